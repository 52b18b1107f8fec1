#!/usr/bin/env python3
"""Plot `muon-xla bench --set width --csv FILE` as an SVG: step time and GFLOP/s against width.

    python3 bench/plot.py width.csv -o bench/width.svg

One line per system: our step (device gradients; the host-gradient rows are left out) and every
peer that ran. Uses matplotlib when it is importable, else writes the SVG by hand (no
dependencies), so the plot can always be regenerated.
"""

import argparse
import csv
import math
import sys
from collections import OrderedDict

COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2",
          "#7f7f7f", "#bcbd22", "#17becf"]


def load(path):
    series = OrderedDict()
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            if row["kind"] == "ours" and row["path"] != "device":
                continue
            if not row["median_s"] or row["status"] != "ok":
                continue
            label = row["system"]
            if row["kind"] == "ours":
                label = f"{row['system']} (ours)"
            elif row["dtype"]:
                label = f"{row['system']}"
            s = series.setdefault(label, {"kind": row["kind"], "points": []})
            s["points"].append((
                int(row["width"]),
                float(row["median_s"]),
                float(row["gflop_per_s"]) if row["gflop_per_s"] else float("nan"),
                "extrapolated" in row.get("note", ""),
            ))
    for s in series.values():
        s["points"].sort()
    return series


def plot_matplotlib(series, out, title):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (a1, a2) = plt.subplots(1, 2, figsize=(12, 4.8))
    for i, (label, s) in enumerate(series.items()):
        xs = [p[0] for p in s["points"]]
        style = "-" if s["kind"] == "ours" else "--"
        c = COLORS[i % len(COLORS)]
        a1.plot(xs, [p[1] for p in s["points"]], style, marker="o", color=c, label=label)
        a2.plot(xs, [p[2] for p in s["points"]], style, marker="o", color=c, label=label)
    a1.set_yscale("log")
    a1.set_xlabel("width (hidden size)")
    a1.set_ylabel("step time, s (median; log scale)")
    a2.set_xlabel("width (hidden size)")
    a2.set_ylabel("Newton–Schulz GFLOP/s")
    a1.grid(True, alpha=0.3)
    a2.grid(True, alpha=0.3)
    a2.legend(fontsize=7, loc="best")
    fig.suptitle(title, fontsize=10)
    fig.tight_layout()
    fig.savefig(out, format="svg")


def plot_by_hand(series, out, title):
    W, H = 1100, 460
    panels = [(70, "step time, s (median, log scale)", 1, True),
              (620, "Newton–Schulz GFLOP/s", 2, False)]
    pw, ph, top = 420, 300, 50
    widths = sorted({p[0] for s in series.values() for p in s["points"]})
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" '
             f'font-family="sans-serif" font-size="11">',
             f'<rect width="{W}" height="{H}" fill="white"/>',
             f'<text x="{W / 2}" y="20" text-anchor="middle" font-size="13">{esc(title)}</text>']
    if not widths:
        parts.append('<text x="50" y="80">no data</text></svg>')
        open(out, "w").write("\n".join(parts))
        return
    wmin, wmax = min(widths), max(widths)
    if wmin == wmax:
        wmin, wmax = wmin - 1, wmax + 1

    def xpos(x0, w):
        return x0 + (w - wmin) / (wmax - wmin) * pw

    for x0, ylabel, idx, log in panels:
        vals = [p[idx] for s in series.values() for p in s["points"]
                if p[idx] == p[idx] and p[idx] > 0]
        lo, hi = (min(vals), max(vals)) if vals else (1, 10)
        if log:
            lo, hi = 10 ** math.floor(math.log10(lo)), 10 ** math.ceil(math.log10(hi))
            ticks = [10 ** e for e in range(int(math.log10(lo)), int(math.log10(hi)) + 1)]
            tr = lambda v: (math.log10(v) - math.log10(lo)) / (math.log10(hi) - math.log10(lo))
        else:
            lo, hi = 0, nice_ceil(hi)
            ticks = [hi * i / 5 for i in range(6)]
            tr = lambda v: (v - lo) / (hi - lo)

        def ypos(v):
            return top + ph - tr(v) * ph

        parts.append(f'<rect x="{x0}" y="{top}" width="{pw}" height="{ph}" fill="none" '
                     f'stroke="black"/>')
        for t in ticks:
            y = ypos(t)
            parts.append(f'<line x1="{x0}" y1="{y:.1f}" x2="{x0 + pw}" y2="{y:.1f}" '
                         f'stroke="#ddd"/>')
            parts.append(f'<text x="{x0 - 5}" y="{y + 4:.1f}" text-anchor="end">{fmt(t)}</text>')
        for w in widths:
            x = xpos(x0, w)
            parts.append(f'<text x="{x:.1f}" y="{top + ph + 16}" text-anchor="middle">{w}</text>')
        parts.append(f'<text x="{x0 + pw / 2}" y="{top + ph + 34}" text-anchor="middle">'
                     f'width (hidden size)</text>')
        parts.append(f'<text x="{x0 - 50}" y="{top + ph / 2}" text-anchor="middle" '
                     f'transform="rotate(-90 {x0 - 50} {top + ph / 2})">{esc(ylabel)}</text>')
        for i, (label, s) in enumerate(series.items()):
            c = COLORS[i % len(COLORS)]
            pts = [(xpos(x0, p[0]), ypos(p[idx])) for p in s["points"]
                   if p[idx] == p[idx] and p[idx] > 0]
            dash = "" if s["kind"] == "ours" else ' stroke-dasharray="6 3"'
            if len(pts) > 1:
                d = " ".join(f"{x:.1f},{y:.1f}" for x, y in pts)
                parts.append(f'<polyline points="{d}" fill="none" stroke="{c}" '
                             f'stroke-width="2"{dash}/>')
            for x, y in pts:
                parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{c}"/>')
    # Legend below the panels.
    ly = top + ph + 52
    for i, label in enumerate(series):
        c = COLORS[i % len(COLORS)]
        col, row = i % 2, i // 2
        x, y = 70 + col * 550, ly + row * 16
        dash = "" if series[label]["kind"] == "ours" else ' stroke-dasharray="6 3"'
        parts.append(f'<line x1="{x}" y1="{y - 4}" x2="{x + 24}" y2="{y - 4}" stroke="{c}" '
                     f'stroke-width="2"{dash}/>')
        parts.append(f'<text x="{x + 30}" y="{y}">{esc(label)}</text>')
    parts.append("</svg>")
    with open(out, "w") as f:
        f.write("\n".join(parts) + "\n")


def nice_ceil(v):
    if v <= 0:
        return 1
    e = 10 ** math.floor(math.log10(v))
    for m in (1, 2, 2.5, 5, 10):
        if m * e >= v:
            return m * e
    return 10 * e


def fmt(v):
    if v >= 100 or v == int(v):
        return f"{v:.0f}"
    return f"{v:g}"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("csv")
    ap.add_argument("-o", "--output", default="bench/width.svg")
    ap.add_argument("--title", default="Muon step vs width (1 GPT-2 layer per width)")
    ap.add_argument("--no-matplotlib", action="store_true", help="always write the SVG by hand")
    args = ap.parse_args()
    series = load(args.csv)
    try:
        if args.no_matplotlib:
            raise ImportError("asked not to")
        plot_matplotlib(series, args.output, args.title)
        how = "matplotlib"
    except ImportError:
        plot_by_hand(series, args.output, args.title)
        how = "hand-written SVG"
    print(f"wrote {args.output} ({how}, {len(series)} series)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
