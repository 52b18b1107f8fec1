#!/usr/bin/env python3
"""Golden vectors of the Muon variants: NorMuon and cautious weight decay.

Run from the repository root, in a virtual environment with exactly the pins below (CI's torch
stage makes one; see .ci/run):

    python3 tests/golden/generate_variants.py            # writes tests/golden/{normuon,cautious}/
    python3 tests/golden/generate_variants.py --check    # regenerate in memory, compare with disk

Pins: torch==2.13.0, pytorch-optimizer==4.1.0, heavyball==3.2.1, numpy==2.4.6, safetensors==0.8.0
(python 3.11, CPU, torch single-threaded).

- normuon/<case>_<bf16|f32>.safetensors: the REAL pytorch-optimizer 4.1.0 `NorMuon`, three steps,
  `foreach=False` (its per-tensor path), NorMuon on the >=2-D parameters and its AdamW on the rest.
  `_f32`: its Newton-Schulz wrapped with `dtype=torch.float32` (the function's own argument; the
  module attribute `normuon.zero_power_via_newton_schulz_5` is replaced for the run and restored).
  `_bf16`: its default. Each file also holds the `second_momentum_buffer` after every step.
- cautious/modded_nanogpt.safetensors: a float64 numpy PORT of modded-nanogpt's cautious update
  (KellerJordan/modded-nanogpt train_gpt.py at f411b3d: `mask = (update * p) > 0`, then
  `p - p*mask*wd*lr - update*lr`) on Keller Jordan's Muon and Adam (NS in float64). modded-nanogpt
  cannot run here (CUDA, torch.compile, distributed); its own inputs also differ (its `wd` tensor
  already holds wd*lr and its `lr` tensor the shape multiplier), the formula is what is ported.
- cautious/heavyball_adamw.safetensors: the REAL heavyball 3.2.1 `AdamW(cautious_weight_decay=True)`
  with its compile step off (`compile_step=False`, `heavyball.utils.compile_mode = None`), every
  parameter on it (our Adam path: routing `--adamw .`). Its mask is `1 - (signbit(p) ^
  signbit(u))`: equal to `u*p > 0` wherever neither is zero; its eps is `max(sqrt(v_hat), eps)`,
  not `sqrt(v_hat) + eps` (a 1e-8 difference here). The script checks it against the float64
  port and prints the distance.
"""

import argparse
import functools
import json
import math
import os
import sys
from importlib.metadata import version

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate as base  # noqa: E402  (make_data, fmt, serialize, ns64)

PINS = {"torch": "2.13.0", "pytorch-optimizer": "4.1.0", "heavyball": "3.2.1",
        "numpy": "2.4.6", "safetensors": "0.8.0"}
STEPS = base.STEPS
MODDED_NANOGPT_COMMIT = "f411b3d"
PARAMS = base.COMMON + [("conv.weight", (8, 4, 3, 3))]
SEEDS = {"default": 1, "match_rms": 7, "wd": 3, "modded_nanogpt": 8, "heavyball_adamw": 9}


def run_normuon(init, grads, names, case, ns_dtype):
    import torch
    import pytorch_optimizer
    from pytorch_optimizer.optimizer.muon import normuon as mod

    torch.set_num_threads(1)
    params = {n: torch.nn.Parameter(torch.from_numpy(init[n].copy())) for n in names}
    routing = {n: ("muon" if params[n].ndim >= 2 else "adam") for n in names}
    kw = dict(foreach=False)
    if case == "match_rms":
        kw["update_scale"] = "match_rms"
    if case == "wd":
        kw.update(weight_decay=0.1, adamw_wd=0.1)
    groups = [dict(params=[params[n] for n in names if routing[n] == "muon"], use_muon=True),
              dict(params=[params[n] for n in names if routing[n] == "adam"], use_muon=False)]
    opt = pytorch_optimizer.NorMuon(groups, **kw)
    ns = mod.zero_power_via_newton_schulz_5
    if ns_dtype == "f32":
        ns = functools.partial(ns, dtype=torch.float32)
    afters, moments = [], []
    old = mod.zero_power_via_newton_schulz_5
    mod.zero_power_via_newton_schulz_5 = ns
    try:
        for k in range(STEPS):
            for n in names:
                params[n].grad = torch.from_numpy(grads[k][n].copy())
            opt.step()
            afters.append({n: params[n].detach().numpy().copy() for n in names})
            moments.append({n: opt.state[params[n]]["second_momentum_buffer"].numpy().copy()
                            for n in names if routing[n] == "muon"})
    finally:
        mod.zero_power_via_newton_schulz_5 = old
    g, a = opt.param_groups[0], opt.param_groups[1]
    meta = {
        "reference": f"pytorch-optimizer {version('pytorch-optimizer')} NorMuon (foreach=False), "
                     f"torch {torch.__version__}",
        "lr": base.fmt(g["lr"]), "adam_lr": base.fmt(a["lr"]), "momentum": base.fmt(g["momentum"]),
        "nesterov": base.fmt(g["nesterov"]), "weight_decay": base.fmt(g["weight_decay"]),
        "adam_weight_decay": base.fmt(a["weight_decay"]), "ns_steps": base.fmt(g["ns_steps"]),
        "ns_coefficients": base.fmt([c for t in g["ns_coeffs"] for c in t]),
        "adam_betas": base.fmt(a["betas"]), "adam_eps": base.fmt(a["eps"]),
        "normuon_beta2": base.fmt(g["beta2"]), "normuon_eps": base.fmt(g["eps"]),
        "normuon_scale": g["update_scale"].replace("_", "-"), "normuon_axis": "last",
        "use_adjusted_lr": base.fmt(g["use_adjusted_lr"]),
        "ns_result_dtype": ns_dtype, "layout": "out-in",
    }
    return afters, moments, routing, meta


# ----------------------------------------------------------------------------------------------
# Cautious weight decay: float64 port of modded-nanogpt's formula on Keller Jordan's Muon + Adam
# ----------------------------------------------------------------------------------------------
def cautious_step(p, u, lr, wd):
    """modded-nanogpt f411b3d: mask = (update * p) > 0; p - p*mask*wd*lr - update*lr."""
    mask = (u * p) > 0
    return p - p * mask * wd * lr - u * lr


def port_keller_cautious(init, grads, names, cfg):
    p = {n: init[n].astype(np.float64) for n in names}
    st = {n: {} for n in names}
    routing = {n: ("muon" if p[n].ndim >= 2 and n not in cfg["adam_names"] else "adam")
               for n in names}
    afters = []
    for k in range(STEPS):
        t = k + 1
        for n in names:
            g = grads[k][n].astype(np.float64)
            if routing[n] == "muon":
                mu = cfg["momentum"]
                buf = st[n].setdefault("buf", np.zeros_like(g))
                buf += (g - buf) * (1 - mu)
                u = g + (buf - g) * mu
                mat = u.reshape(len(u), -1)
                o = base.ns64(mat, 5, 1e-7, "add").reshape(u.shape)
                scale = math.sqrt(max(1.0, u.shape[-2] / u.shape[-1]))
                p[n] = cautious_step(p[n], scale * o, cfg["lr"], cfg["wd"])
            else:
                b1, b2 = cfg["betas"]
                m = st[n].setdefault("m", np.zeros_like(g))
                v = st[n].setdefault("v", np.zeros_like(g))
                m += (g - m) * (1 - b1)
                v += (g * g - v) * (1 - b2)
                u = (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + cfg["eps"])
                p[n] = cautious_step(p[n], u, cfg["adam_lr"], cfg["adam_wd"])
        afters.append({n: p[n].astype(np.float32) for n in names})
    return afters, routing


def run_modded(init, grads, names):
    cfg = dict(lr=0.02, wd=0.1, momentum=0.95, adam_lr=0.01, adam_wd=0.5, betas=(0.9, 0.95),
               eps=1e-10, adam_names=())
    afters, routing = port_keller_cautious(init, grads, names, cfg)
    meta = {
        "preset": "keller-jordan",
        "reference": f"float64 port of modded-nanogpt {MODDED_NANOGPT_COMMIT} cautious weight decay "
                     "(mask = (update * p) > 0) on Keller Jordan's Muon and Adam, NS float64",
        "ns_dtype": "f32", "lr": base.fmt(cfg["lr"]), "adam_lr": base.fmt(cfg["adam_lr"]),
        "weight_decay": base.fmt(cfg["wd"]), "adam_weight_decay": base.fmt(cfg["adam_wd"]),
        "adam_betas": base.fmt(cfg["betas"]), "adam_eps": base.fmt(cfg["eps"]),
        "cautious_weight_decay": "true", "adam_cautious_weight_decay": "true",
    }
    return afters, routing, meta


def run_heavyball(init, grads, names):
    import torch
    import heavyball

    torch.set_num_threads(1)
    heavyball.utils.compile_mode = None
    cfg = dict(lr=0.01, wd=0.5, betas=(0.9, 0.99), eps=1e-8)
    params = {n: torch.nn.Parameter(torch.from_numpy(init[n].copy())) for n in names}
    opt = heavyball.AdamW([params[n] for n in names], lr=cfg["lr"], betas=cfg["betas"],
                          eps=cfg["eps"], weight_decay=cfg["wd"], cautious_weight_decay=True,
                          compile_step=False, palm=False, gradient_clipping=None,
                          update_clipping=None, multi_tensor=False)
    afters = []
    for k in range(STEPS):
        for n in names:
            params[n].grad = torch.from_numpy(grads[k][n].copy())
        opt.step()
        afters.append({n: params[n].detach().numpy().copy() for n in names})
    # Its semantics against the float64 port of the same cautious AdamW.
    port, _ = port_keller_cautious(init, grads, names, dict(
        lr=0, wd=0, momentum=0, adam_lr=cfg["lr"], adam_wd=cfg["wd"], betas=cfg["betas"],
        eps=cfg["eps"], adam_names=tuple(names)))
    worst = max(base.rel(afters[k][n], port[k][n]) for k in range(STEPS) for n in names)
    print(f"heavyball AdamW (cautious) vs the float64 port: {worst:.2e}")
    routing = {n: "adam" for n in names}
    meta = {
        "preset": "keller-jordan",
        "reference": f"heavyball {version('heavyball')} "
                     f"AdamW(cautious_weight_decay=True, compile_step=False), torch {torch.__version__}",
        "ns_dtype": "f32", "adamw": ".", "lr": "0.02", "adam_lr": base.fmt(cfg["lr"]),
        "adam_weight_decay": base.fmt(cfg["wd"]), "adam_betas": base.fmt(cfg["betas"]),
        "adam_eps": base.fmt(cfg["eps"]), "adam_cautious_weight_decay": "true",
        "heavyball_vs_port": f"{worst:.2e}",
    }
    return afters, routing, meta


def build(kind, case, ns_dtype):
    init, grads = base.make_data(SEEDS[case], PARAMS)
    names = [n for n, _ in PARAMS]
    moments = None
    if kind == "normuon":
        afters, moments, routing, meta = run_normuon(init, grads, names, case, ns_dtype)
        meta["preset"] = "normuon"
        meta["ns_dtype"] = ns_dtype
    elif case == "modded_nanogpt":
        names = [n for n, _ in base.COMMON]
        afters, routing, meta = run_modded(init, grads, names)
    else:
        names = [n for n, _ in base.COMMON]
        afters, routing, meta = run_heavyball(init, grads, names)
    tensors = {}
    for n in names:
        tensors[n] = np.ascontiguousarray(init[n], dtype=np.float32)
        for k in range(STEPS):
            tensors[f"{n}.grad.{k + 1}"] = np.ascontiguousarray(grads[k][n], dtype=np.float32)
            tensors[f"{n}.after.{k + 1}"] = np.ascontiguousarray(afters[k][n], dtype=np.float32)
            if moments is not None and n in moments[k]:
                tensors[f"{n}.second_momentum.{k + 1}"] = np.ascontiguousarray(
                    moments[k][n], dtype=np.float32)
    md = {"case": case, "steps": str(STEPS), "seed": str(SEEDS[case]),
          "routing": json.dumps(routing, sort_keys=True), "params": ",".join(names),
          "generator": "tests/golden/generate_variants.py",
          "data": "numpy default_rng(seed): for each param in order, normal*0.1 (f32); then per "
                  "step, per param, normal (f32)"}
    md.update(meta)
    assert all(isinstance(v, str) for v in md.values()), md
    return tensors, md


FILES = [("normuon", c, d) for c in ("default", "match_rms", "wd") for d in ("bf16", "f32")] + [
    ("cautious", "modded_nanogpt", None), ("cautious", "heavyball_adamw", None)]


def compare(path, raw, tensors, md, bf16):
    """`same` when the file on disk has these bytes; `same within ...` when only last bits differ
    (another CPU's matmul kernels may sum in another order: up to 1e-3 in bf16, 1e-6 in f32, far
    below the tests' tolerances); else why not."""
    if not os.path.exists(path):
        return "MISSING"
    disk = open(path, "rb").read()
    if disk == raw:
        return "same"
    from safetensors import safe_open
    from safetensors.numpy import load
    with safe_open(path, "np") as f:
        if f.metadata() != md:
            return "DIFFERS (metadata)"
    old = load(disk)
    if set(old) != set(tensors):
        return "DIFFERS (tensor names)"
    worst = max(base.rel(tensors[k], old[k]) for k in tensors)
    if worst <= (1e-3 if bf16 else 1e-6):
        return f"same within {worst:.1e} (rounding on this CPU)"
    return f"DIFFERS by {worst:.1e}"


def check_versions():
    bad = {k: version(k) for k in PINS if version(k) != PINS[k]}
    if bad:
        sys.exit(f"other package versions than the pins {PINS}: {bad}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the files on disk")
    args = ap.parse_args()
    check_versions()
    stale = []
    for kind, case, ns_dtype in FILES:
        tensors, md = build(kind, case, ns_dtype)
        name = f"{case}_{ns_dtype}" if ns_dtype else case
        path = os.path.join(HERE, kind, f"{name}.safetensors")
        raw = base.serialize(tensors, md)
        if args.check:
            verdict = compare(path, raw, tensors, md, bf16=ns_dtype == "bf16")
            print(f"{verdict}  {os.path.relpath(path)}")
            stale += [] if verdict.startswith("same") else [path]
        else:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(raw)
            print(f"wrote {os.path.relpath(path)}")
    if stale:
        sys.exit(f"{len(stale)} golden file(s) differ from what the references produce")


if __name__ == "__main__":
    main()
