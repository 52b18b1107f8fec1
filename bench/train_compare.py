#!/usr/bin/env python3
"""The table, the CSV and the SVG plot of the Muon-against-AdamW training comparison, from the
JSON `examples/train_compare.rs` writes (bench/train_compare.sh runs both).

    python3 bench/train_compare.py bench/results/train_compare/runs.json \
        --csv bench/results/train_compare/curves.csv --md bench/results/train_compare/table.md \
        --svg bench/train_compare.svg

AdamW's learning rate is the one of its sweep with the lowest validation loss at the last step,
averaged over the seeds; that loss is the target. For each arm, from the validation curve averaged
over the seeds (and from each seed's curve): the first step at which it reaches the target,
linearly interpolated between evaluations, and the training seconds at that point. Standard
library only (the plot is written by hand), so it runs with any python3.
"""

import argparse
import csv
import json
import math
import statistics
from collections import OrderedDict

COLORS = {"adamw": "#1f77b4", "keller-jordan": "#d62728", "moonlight": "#2ca02c",
          "normuon": "#9467bd"}


def family(arm):
    return arm.split(" ")[0]


def crossing(points, target):
    """First x at which y falls to `target`, linear between points [(x, y)]; None if never."""
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        if y1 <= target:
            if y0 <= target:
                return x0
            return x0 + (x1 - x0) * (y0 - target) / (y0 - y1)
    if points and points[0][1] <= target:
        return points[0][0]
    return None


def summarize(doc):
    arms = OrderedDict()
    for r in doc["runs"]:
        arms.setdefault(r["arm"], []).append(r)
    summary = OrderedDict()
    for arm, runs in arms.items():
        steps = [p["step"] for p in runs[0]["curve"]]
        complete = [r for r in runs if [p["step"] for p in r["curve"]] == steps]
        mean = [statistics.fmean(r["curve"][i]["val_loss"] for r in complete) for i in range(len(steps))]
        secs = [statistics.fmean(r["curve"][i]["train_seconds"] for r in complete) for i in range(len(steps))]
        finals = [r["curve"][-1]["val_loss"] for r in runs]
        summary[arm] = {
            "runs": runs, "steps": steps, "mean": mean, "seconds": secs,
            "final_mean": statistics.fmean(finals),
            "final_sd": statistics.stdev(finals) if len(finals) > 1 else 0.0,
            "finals": finals, "diverged": len(runs) - len(complete),
            "step_ms": statistics.median(r["median_step_seconds"] for r in runs) * 1e3,
        }
    adamw = {a: s for a, s in summary.items() if family(a) == "adamw"}
    best = min(adamw, key=lambda a: adamw[a]["final_mean"]) if adamw else None
    target = adamw[best]["final_mean"] if best else None
    for arm, s in summary.items():
        if target is None:
            s["to_target"] = s["to_target_s"] = None
            s["per_seed"] = []
            continue
        s["to_target"] = crossing(list(zip(s["steps"], s["mean"])), target)
        s["to_target_s"] = crossing(list(zip(s["seconds"], s["mean"])), target)
        s["per_seed"] = [crossing([(p["step"], p["val_loss"]) for p in r["curve"]], target)
                         for r in s["runs"]]
    return summary, best, target


def table(doc, summary, best, target):
    steps = doc["steps"]
    lines = ["| arm | lr (Adam lr) | val loss at step %d (mean ± sd, %d seeds) | steps to AdamW's best final "
             "(mean curve; per seed) | × fewer steps than AdamW | ms/step (median) | training s to "
             "target (mean curve) |" % (steps, len(doc["seeds"])),
             "|---|---|---|---|---|---|---|"]
    fmt_step = lambda v: "—" if v is None else f"{v:.0f}"  # noqa: E731
    best_steps = summary[best]["to_target"] if best else None
    for arm, s in summary.items():
        st = s["runs"][0]["settings"]
        lr = f"{st['lr']:g} ({st['adam_lr']:g})" if family(arm) != "adamw" else f"— ({st['adam_lr']:g})"
        name = arm + (" **best AdamW**" if arm == best else "")
        ratio = (f"{best_steps / s['to_target']:.2f}×" if s["to_target"] and best_steps else "—")
        seeds = ", ".join(fmt_step(v) for v in s["per_seed"])
        div = f" ({s['diverged']} diverged)" if s["diverged"] else ""
        secs = "—" if s["to_target_s"] is None else f"{s['to_target_s']:.1f}"
        lines.append(f"| {name} | {lr} | {s['final_mean']:.4f} ± {s['final_sd']:.4f}{div} | "
                     f"{fmt_step(s['to_target'])} ({seeds}) | {ratio} | {s['step_ms']:.0f} | {secs} |")
    lines.append("")
    lines.append(f"Target: {target:.4f}, the best AdamW's final validation loss (mean of the seeds). "
                 "A step count of — means the curve never got there.")
    return "\n".join(lines)


def svg(doc, summary, best, target, path):
    W, H = 1100, 500
    pw, ph, top, lefts = 440, 330, 50, (75, 610)
    others = [a for a in summary if family(a) == "adamw" and a != best]
    dashes = ["6,3", "1.5,2.5", "8,2,2,2"]

    def style(arm):
        """(color, width, extra attributes): the best AdamW solid, the other lrs dashed."""
        color = COLORS.get(family(arm), "#555")
        if arm in others:
            return color, 1.2, f' stroke-dasharray="{dashes[others.index(arm) % len(dashes)]}"'
        return color, 2, ""
    ys = [v for s in summary.values() for v in s["mean"][1:] if math.isfinite(v)]
    second = [s["mean"][min(2, len(s["mean"]) - 1)] for s in summary.values()]
    ymax = min(max(second), max(ys)) if ys else 1
    ymin = min(ys) if ys else 0
    pad = 0.05 * (ymax - ymin or 1)
    ymin, ymax = ymin - pad, ymax + pad
    xmax_steps = doc["steps"]
    xmax_secs = max(max(s["seconds"]) for s in summary.values()) or 1
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" '
           f'font-family="sans-serif" font-size="11">', f'<rect width="{W}" height="{H}" fill="white"/>',
           f'<text x="{W / 2}" y="20" text-anchor="middle" font-size="13">Byte-level GPT '
           f'({doc["model"]["layers"]}×{doc["model"]["width"]}, {doc["model"]["params"]:,} params) on '
           f'jax {doc["jax"]} sources: validation loss, mean of {len(doc["seeds"])} seeds</text>']

    def ticks(lo, hi, n=6):
        raw = (hi - lo) / n
        mag = 10 ** math.floor(math.log10(raw))
        step = min((m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw), default=mag * 10)
        t = math.ceil(lo / step) * step
        while t <= hi + 1e-12:
            yield t
            t += step

    for left, xkey, xmax, xlabel in ((lefts[0], "steps", xmax_steps, "step"),
                                     (lefts[1], "seconds", xmax_secs, "training seconds (evaluation excluded)")):
        sx = lambda x: left + pw * x / xmax  # noqa: E731
        sy = lambda y: top + ph * (ymax - y) / (ymax - ymin)  # noqa: E731
        out.append(f'<rect x="{left}" y="{top}" width="{pw}" height="{ph}" fill="none" stroke="#444"/>')
        for t in ticks(0, xmax):
            out.append(f'<line x1="{sx(t):.1f}" y1="{top}" x2="{sx(t):.1f}" y2="{top + ph}" stroke="#eee"/>'
                       f'<text x="{sx(t):.1f}" y="{top + ph + 15}" text-anchor="middle">{t:g}</text>')
        for t in ticks(ymin, ymax):
            out.append(f'<line x1="{left}" y1="{sy(t):.1f}" x2="{left + pw}" y2="{sy(t):.1f}" stroke="#eee"/>'
                       f'<text x="{left - 5}" y="{sy(t) + 4:.1f}" text-anchor="end">{t:.2f}</text>')
        out.append(f'<text x="{left + pw / 2}" y="{top + ph + 35}" text-anchor="middle">{xlabel}</text>')
        out.append(f'<text x="{left - 50}" y="{top + ph / 2}" text-anchor="middle" '
                   f'transform="rotate(-90 {left - 50} {top + ph / 2})">validation loss (nats/byte)</text>')
        if target is not None:
            out.append(f'<line x1="{left}" y1="{sy(target):.1f}" x2="{left + pw}" y2="{sy(target):.1f}" '
                       f'stroke="#000" stroke-dasharray="2,3"/>')
        out.append(f'<clipPath id="c{left}"><rect x="{left}" y="{top}" width="{pw}" height="{ph}"/></clipPath>')
        for arm, s in summary.items():
            color, width, dash = style(arm)
            pts = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y in zip(s[xkey], s["mean"]) if math.isfinite(y))
            out.append(f'<polyline clip-path="url(#c{left})" points="{pts}" fill="none" '
                       f'stroke="{color}" stroke-width="{width}"{dash}/>')
    # Legend: one row under the panels.
    x, y = lefts[0], top + ph + 62
    for arm in list(summary) + [None]:
        color, width, dash = "#000", 1, ' stroke-dasharray="2,3"'
        label = "target: best AdamW at the last step"
        if arm is not None:
            color, width, dash = style(arm)
            label = arm + (" (best)" if arm == best else "")
        out.append(f'<line x1="{x}" y1="{y - 4}" x2="{x + 25}" y2="{y - 4}" stroke="{color}" '
                   f'stroke-width="{width}"{dash}/><text x="{x + 30}" y="{y}">{label}</text>')
        x += 40 + 6.2 * len(label)
    out.append(f'<text x="10" y="{H - 8}" font-size="9">{doc["cpu"]}, {doc["threads"]} threads; '
               f'corpus file list sha256 {doc["corpus"]["file_list_sha256"][:16]}…; '
               f'batch {doc["data"]["batch"]}×{doc["model"]["ctx"]} bytes; regenerate: bench/train_compare.sh</text>')
    out.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("runs")
    ap.add_argument("--csv")
    ap.add_argument("--md")
    ap.add_argument("--svg")
    args = ap.parse_args()
    doc = json.load(open(args.runs))
    summary, best, target = summarize(doc)
    md = table(doc, summary, best, target)
    if doc.get("notes"):
        md += "\n\n" + "\n".join(f"Note: {n}" for n in doc["notes"])
    print(md)
    if args.md:
        with open(args.md, "w") as f:
            f.write(md + "\n")
    if args.csv:
        with open(args.csv, "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["arm", "seed", "step", "val_loss", "train_seconds"])
            for r in doc["runs"]:
                for p in r["curve"]:
                    w.writerow([r["arm"], r["seed"], p["step"], f"{p['val_loss']:.6f}", f"{p['train_seconds']:.3f}"])
    if args.svg:
        svg(doc, summary, best, target, args.svg)


if __name__ == "__main__":
    main()
