#!/usr/bin/env python3
"""Regenerate the golden test vectors of muon-xla from the REAL reference optimizers.

Run from the repository root:

    python3 tests/golden/generate.py            # writes tests/golden/<preset>/<case>.safetensors
    python3 tests/golden/generate.py --check    # regenerate in memory, compare with the files on disk

Pinned versions (the same pins are in tests/golden/requirements.txt; the script refuses to run
with other versions unless --allow-other-versions is given):

    torch==2.15.0           torch.optim.Muon + torch.optim.AdamW            (preset torch)
    muon-optimizer==0.1.0   muon.SingleDeviceMuonWithAuxAdam                (preset keller-jordan)
                            + the one-line conv fix of KellerJordan/Muon commit 857d1ad, see below
    optax==0.2.8            optax.contrib.muon                              (preset optax)
    jax==0.10.2, jaxlib==0.10.2 (CPU)
    keras==3.15.1           keras.optimizers.Muon, KERAS_BACKEND=jax        (preset keras)
    numpy==2.4.6, ml_dtypes==0.6.0, safetensors==0.8.0

Preset moonlight is NOT the reference code: MoonshotAI/Moonlight examples/toy_train.py cannot be
run as is (its module imports datasets/transformers/loguru and loads a hub data set, its
Newton-Schulz is @torch.compile'd, and its Muon asserts 2-D parameters). It is a faithful float64
numpy port of that file's `Muon.step` (see `moonlight_port`). Its bf16 variant emulates eager
torch bf16 rounding op by op with ml_dtypes. Set MOONLIGHT_TOY_TRAIN=/path/to/toy_train.py to
additionally run the real Moonlight class (extracted with `ast`, @torch.compile dropped) and
print how far the port is from it; this never changes the golden files.

Keller Jordan's muon.py: PyPI muon-optimizer 0.1.0 is an older copy of KellerJordan/Muon whose
SingleDeviceMuonWithAuxAdam cannot take a conv weight (it adds the flattened (O, I*kh*kw) update
to the 4-D parameter, which does not broadcast). Upstream fixed exactly that line
(`p.add_(update.reshape(p.shape), ...)`; commit 857d1ad, the newest). For the keller-jordan preset
this script loads the PyPI module and applies that single source-line change to
SingleDeviceMuonWithAuxAdam.step (asserted to match once). Set KELLER_MUON_PY=/path/to/muon.py
(upstream 857d1ad) to use the upstream file instead; the results are bit-identical.

f32 Newton-Schulz variants (`*_f32` files) = the same reference with ONLY its NS function
replaced by a copy of its own source in which the single cast to bfloat16 is changed to float32:
    torch:         torch.optim._muon._zeropower_via_newtonschulz:
                   `grad.to(dtype=torch.bfloat16, copy=True)` -> `grad.to(dtype=torch.float32, copy=True)`
    keller-jordan: muon.zeropower_via_newtonschulz5:  `X = G.bfloat16()` -> `X = G.float()`
    moonlight:     (port) the NS runs in float32 instead of emulated bf16.
The copy is compiled with the module's own globals and assigned to the module attribute (the
optimizer looks it up there at call time), and restored afterwards.

Keller's optimizer has no nesterov switch (muon_update(..., nesterov=True) is called with its
default); the keller-jordan no_nesterov case replaces muon.muon_update by
functools.partial(muon.muon_update, nesterov=False), i.e. the reference's own nesterov=False path.

Everything runs on CPU, single-threaded for torch, eagerly (no jit) for optax/keras.
After generating, every file is checked against an independent float64 numpy implementation of
the formulas in shared/REFERENCE.md (NS in float64) and the errors are printed.
"""

import argparse
import ast
import contextlib
import functools
import hashlib
import inspect
import json
import math
import os
import sys
import textwrap
import types

os.environ.setdefault("KERAS_BACKEND", "jax")
os.environ.setdefault("JAX_PLATFORMS", "cpu")

import numpy as np  # noqa: E402

PINS = {
    "torch": "2.15.0",
    "muon-optimizer": "0.1.0",
    "optax": "0.2.8",
    "jax": "0.10.2",
    "jaxlib": "0.10.2",
    "keras": "3.15.1",
    "numpy": "2.4.6",
    "ml_dtypes": "0.6.0",
    "safetensors": "0.8.0",
}

HERE = os.path.dirname(os.path.abspath(__file__))
STEPS = 3

# ----------------------------------------------------------------------------------------------
# Test data: seeded, identical across presets (a preset takes the subset it needs).
# ----------------------------------------------------------------------------------------------
COMMON = [
    ("layers.0.attn.square", (32, 32)),
    ("layers.0.mlp.wide", (16, 48)),
    ("layers.0.mlp.tall", (48, 16)),
    ("layers.0.norm.bias", (32,)),
]
CANONICAL = COMMON + [
    ("conv.weight", (8, 4, 3, 3)),
    ("token_embedding.weight", (20, 8)),
    ("embed_tokens.weight", (20, 8)),
]
# extra keller-jordan case showing the conv scale quirk (scale from the 4-D gradient's last two axes)
CONV_QUIRK = COMMON + [
    ("conv.weight", (8, 2, 5, 3)),    # quirk: sqrt(5/3); flattened (8,30) reading would give 1
    ("conv2.weight", (64, 2, 3, 3)),  # quirk: 1; flattened (64,18) reading would give sqrt(64/18)
]
SEEDS = {"default": 1, "no_nesterov": 2, "wd": 3, "conv_quirk": 4, "aol": 5, "schatten": 6}

PRESET_PARAMS = {
    "keller-jordan": [n for n, _ in COMMON] + ["conv.weight"],
    "torch": [n for n, _ in COMMON],
    "optax": [n for n, _ in COMMON],
    "keras": [n for n, _ in COMMON] + ["token_embedding.weight"],
    "moonlight": [n for n, _ in COMMON] + ["embed_tokens.weight"],
}


def make_data(seed, specs):
    """params ~ N(0,1)*0.1, grads ~ N(0,1); numpy default_rng(seed); float32."""
    rng = np.random.default_rng(seed)
    init = {}
    for name, shape in specs:
        init[name] = (rng.standard_normal(shape) * 0.1).astype(np.float32)
    grads = []
    for _ in range(STEPS):
        grads.append({name: rng.standard_normal(shape).astype(np.float32) for name, shape in specs})
    return init, grads


def fmt(x):
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, (tuple, list)):
        return ",".join(fmt(v) for v in x)
    return repr(x) if isinstance(x, float) else str(x)


# ----------------------------------------------------------------------------------------------
# Monkeypatch helpers
# ----------------------------------------------------------------------------------------------
def source_patched(fn, old, new, after=None):
    """Recompile `fn` from its own source with exactly one occurrence of `old` replaced by `new`
    (with `after`: the first occurrence of `old` that follows the unique string `after`).
    The new function uses the original module's globals."""
    src = textwrap.dedent(inspect.getsource(fn))
    start = 0
    if after is not None:
        if src.count(after) != 1:
            raise RuntimeError(f"expected exactly one {after!r} in {fn.__module__}.{fn.__qualname__}")
        start = src.index(after)
    elif src.count(old) != 1:
        raise RuntimeError(f"expected exactly one {old!r} in {fn.__module__}.{fn.__qualname__}, "
                           f"found {src.count(old)}")
    i = src.index(old, start)
    src = src[:i] + new + src[i + len(old):]
    local = {}
    code = compile(src, f"<patched {fn.__module__}.{fn.__qualname__}>", "exec")
    exec(code, inspect.unwrap(fn).__globals__, local)  # noqa: S102 (the reference source, one change)
    return local[fn.__name__]


@contextlib.contextmanager
def patched_attr(obj, name, value):
    old = getattr(obj, name)
    setattr(obj, name, value)
    try:
        yield
    finally:
        setattr(obj, name, old)


# ----------------------------------------------------------------------------------------------
# torch preset: torch.optim.Muon (2-D) + torch.optim.AdamW (the rest)
# ----------------------------------------------------------------------------------------------
def run_torch(init, grads, names, case, ns_dtype):
    import torch
    import torch.optim._muon as tmuon

    torch.set_num_threads(1)
    muon_kw = {}
    adamw_kw = dict(lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.01)  # AdamW defaults
    if case == "no_nesterov":
        muon_kw["nesterov"] = False
    if case == "wd":
        muon_kw["weight_decay"] = 0.1
        adamw_kw["weight_decay"] = 0.1
    params = {n: torch.nn.Parameter(torch.from_numpy(init[n].copy())) for n in names}
    routing = {n: ("muon" if params[n].ndim == 2 else "adam") for n in names}
    muon_opt = torch.optim.Muon([params[n] for n in names if routing[n] == "muon"], **muon_kw)
    adamw_opt = torch.optim.AdamW([params[n] for n in names if routing[n] == "adam"], **adamw_kw)
    g = muon_opt.param_groups[0]
    ns_fn = tmuon._zeropower_via_newtonschulz
    if ns_dtype == "f32":
        ns_fn = source_patched(ns_fn, "grad.to(dtype=torch.bfloat16, copy=True)",
                               "grad.to(dtype=torch.float32, copy=True)")
    afters = []
    with patched_attr(tmuon, "_zeropower_via_newtonschulz", ns_fn):
        for k in range(STEPS):
            for n in names:
                params[n].grad = torch.from_numpy(grads[k][n].copy())
            muon_opt.step()
            adamw_opt.step()
            afters.append({n: params[n].detach().numpy().copy() for n in names})
    meta = {
        "reference": f"torch {torch.__version__} torch.optim.Muon (2-D) + torch.optim.AdamW (rest)",
        "lr": fmt(g["lr"]), "adam_lr": fmt(adamw_kw["lr"]), "momentum": fmt(g["momentum"]),
        "nesterov": fmt(g["nesterov"]), "weight_decay": fmt(g["weight_decay"]),
        "adam_weight_decay": fmt(adamw_kw["weight_decay"]), "ns_steps": fmt(g["ns_steps"]),
        "ns_coefficients": fmt(list(g["ns_coefficients"])),
        "adam_betas": fmt(adamw_kw["betas"]), "adam_eps": fmt(adamw_kw["eps"]), "layout": "out-in",
        "eps": fmt(g["eps"]), "ns_normalization": "X / max(||X||_F, eps)",
        "adjust_lr_fn": "original", "scale_rule": "sqrt(max(1, shape[0]/shape[1]))",
        "momentum_form": "ema: B=lerp(B,g,1-mu); nesterov U=lerp(g,B,mu)",
        "weight_decay_rule": "p*=(1-lr*wd); p-=lr*scale*O",
        "adam_variant": "torch.optim.AdamW: p*=(1-lr*wd); p-=lr/bc1 * m/(sqrt(v)/sqrt(bc2)+eps)",
        "ns_result_dtype": "bf16" if ns_dtype == "bf16" else "f32",
    }
    return afters, routing, meta


# ----------------------------------------------------------------------------------------------
# keller-jordan preset: SingleDeviceMuonWithAuxAdam
# ----------------------------------------------------------------------------------------------
KELLER_UPSTREAM_COMMIT = "857d1ad"


def load_keller_module():
    path = os.environ.get("KELLER_MUON_PY")
    if path:
        spec_src = open(path).read()
        mod = types.ModuleType("keller_muon_upstream")
        mod.__file__ = path
        exec(compile(spec_src, path, "exec"), mod.__dict__)  # noqa: S102
        return mod, f"KellerJordan/Muon muon.py (file {os.path.basename(path)}, sha256 " \
                    f"{hashlib.sha256(spec_src.encode()).hexdigest()[:12]})"
    import muon as mod  # PyPI muon-optimizer 0.1.0
    cls = mod.SingleDeviceMuonWithAuxAdam
    fixed_step = source_patched(cls.step, 'p.add_(update, alpha=-group["lr"])',
                                'p.add_(update.reshape(p.shape), alpha=-group["lr"])',
                                after="update = muon_update(")
    patched_cls = type("SingleDeviceMuonWithAuxAdam", (cls,), {"step": fixed_step})
    shim = types.SimpleNamespace(SingleDeviceMuonWithAuxAdam=patched_cls, module=mod)
    return shim, ("muon-optimizer 0.1.0 muon.SingleDeviceMuonWithAuxAdam "
                  f"(+ upstream {KELLER_UPSTREAM_COMMIT} conv reshape fix)")


def run_keller(init, grads, names, case, ns_dtype):
    import torch

    torch.set_num_threads(1)
    kmod, desc = load_keller_module()
    mod = getattr(kmod, "module", kmod)
    muon_group = dict(use_muon=True)
    adam_group = dict(use_muon=False)
    if case == "wd":
        muon_group["weight_decay"] = 0.1
        adam_group["weight_decay"] = 0.1
    params = {n: torch.nn.Parameter(torch.from_numpy(init[n].copy())) for n in names}
    # hidden >=2-D weights (conv included) -> Muon, the rest -> Adam
    routing = {n: ("muon" if params[n].ndim >= 2 else "adam") for n in names}
    muon_group["params"] = [params[n] for n in names if routing[n] == "muon"]
    adam_group["params"] = [params[n] for n in names if routing[n] == "adam"]
    opt = kmod.SingleDeviceMuonWithAuxAdam([muon_group, adam_group])
    mg, ag = opt.param_groups
    ns_fn = mod.zeropower_via_newtonschulz5
    if ns_dtype == "f32":
        ns_fn = source_patched(ns_fn, "X = G.bfloat16()", "X = G.float()")
    upd_fn = mod.muon_update
    nesterov = True
    if case == "no_nesterov":
        upd_fn = functools.partial(mod.muon_update, nesterov=False)
        nesterov = False
    afters = []
    with patched_attr(mod, "zeropower_via_newtonschulz5", ns_fn), patched_attr(mod, "muon_update", upd_fn):
        for k in range(STEPS):
            for n in names:
                # fresh tensor each step: with nesterov, muon_update overwrites p.grad in place
                params[n].grad = torch.from_numpy(grads[k][n].copy())
            opt.step()
            afters.append({n: params[n].detach().numpy().copy() for n in names})
    meta = {
        "reference": desc, "lr": fmt(mg["lr"]), "adam_lr": fmt(ag["lr"]), "momentum": fmt(mg["momentum"]),
        "nesterov": fmt(nesterov), "weight_decay": fmt(mg["weight_decay"]),
        "adam_weight_decay": fmt(ag["weight_decay"]), "ns_steps": "5",
        "ns_coefficients": "3.4445,-4.775,2.0315",
        "adam_betas": fmt(ag["betas"]), "adam_eps": fmt(ag["eps"]), "layout": "out-in",
        "eps": "1e-07", "ns_normalization": "X / (||X||_F + eps)",
        "scale_rule": "sqrt(max(1, grad.shape[-2]/grad.shape[-1])) of the UNFLATTENED gradient "
                      "(4-D conv: kh/kw); multiplied into O in the NS dtype",
        "conv_flatten": "(O, I, kh, kw) -> (O, I*kh*kw) for NS; momentum kept 4-D",
        "momentum_form": "ema: B=lerp(B,g,1-mu); nesterov U=lerp(g,B,mu)",
        "weight_decay_rule": "p*=(1-lr*wd); p-=lr*scale*O",
        "adam_variant": "p*=(1-lr*wd); p-=lr*(m/bc1)/(sqrt(v/bc2)+eps)",
        "ns_result_dtype": "bf16" if ns_dtype == "bf16" else "f32",
    }
    if case == "no_nesterov":
        meta["note"] = "nesterov=False is not exposed by the reference: muon_update called with nesterov=False"
    return afters, routing, meta


# ----------------------------------------------------------------------------------------------
# optax preset: optax.contrib.muon
# ----------------------------------------------------------------------------------------------
def run_optax(init, grads, names, case, ns_dtype):
    import jax
    import jax.numpy as jnp
    import optax

    kw = dict(learning_rate=0.02)
    if case == "no_nesterov":
        kw["nesterov"] = False
    if case == "wd":
        kw["weight_decay"] = 0.1
        kw["adam_weight_decay"] = 0.1
    if case in ("aol", "schatten"):
        kw["preconditioning"] = case
    sig = inspect.signature(optax.contrib.muon).parameters
    d = lambda k: kw.get(k, sig[k].default)  # noqa: E731
    tx = optax.contrib.muon(**kw)
    params = {n: jnp.asarray(init[n]) for n in names}
    state = tx.init(params)
    # routing as the reference built it: the 'muon' inner state masks non-muon leaves
    muon_state = state.inner_states["muon"].inner_state[0]
    routing = {n: ("adam" if type(muon_state.mu[n]).__name__ == "MaskedNode" else "muon") for n in names}
    afters = []
    for k in range(STEPS):
        g = {n: jnp.asarray(grads[k][n]) for n in names}
        updates, state = tx.update(g, state, params)
        params = optax.apply_updates(params, updates)
        afters.append({n: np.asarray(jax.device_get(params[n])).copy() for n in names})
    alr = d("adam_learning_rate")
    meta = {
        "reference": f"optax {optax.__version__} optax.contrib.muon (jax {jax.__version__})",
        "lr": fmt(kw["learning_rate"]), "adam_lr": fmt(kw["learning_rate"] if alr is None else alr),
        "momentum": fmt(d("beta")), "nesterov": fmt(d("nesterov")), "weight_decay": fmt(float(d("weight_decay"))),
        "adam_weight_decay": fmt(float(d("adam_weight_decay"))), "ns_steps": fmt(d("ns_steps")),
        "ns_coefficients": "3.4445,-4.775,2.0315",
        "adam_betas": fmt((d("adam_b1"), d("adam_b2"))), "adam_eps": fmt(d("eps")), "adam_eps_root": fmt(d("adam_eps_root")),
        "layout": "in-out", "eps": fmt(d("eps")), "ns_normalization": "X / (||X||_F + eps)",
        "preconditioning": d("preconditioning"),
        "scale_rule": "sqrt(max(1, fan_out/fan_in)), fan_in=shape[0], fan_out=shape[1]",
        "momentum_form": "bias-corrected ema: B=mu*B+(1-mu)*g; nesterov U=mu*B/(1-mu^(t+1))+(1-mu)*g/(1-mu^t); "
                         "else U=B/(1-mu^t)",
        "weight_decay_rule": "p-=lr*(scale*O + wd*p)",
        "adam_variant": ("optax.adamw(nesterov=True) = NAdamW: m_hat=b1*m/(1-b1^(t+1))+(1-b1)*g/(1-b1^t)"
                         if d("nesterov") else "optax.adamw(nesterov=False): m_hat=m/(1-b1^t)")
                        + "; u=m_hat/(sqrt(v/(1-b2^t))+eps); p-=lr*(u+wd*p)",
        "adam_nesterov": fmt(d("nesterov")),
        "ns_result_dtype": "f32",
    }
    return afters, routing, meta


# ----------------------------------------------------------------------------------------------
# keras preset: keras.optimizers.Muon (jax backend)
# ----------------------------------------------------------------------------------------------
def run_keras(init, grads, names, case, ns_dtype):
    import jax
    import keras

    assert keras.backend.backend() == "jax"
    kw = {}
    if case == "no_nesterov":
        kw["nesterov"] = False
    if case == "wd":
        kw["weight_decay"] = 0.1
        kw["adam_weight_decay"] = 0.1
    opt = keras.optimizers.Muon(**kw)
    variables = {n: keras.Variable(init[n].copy(), name=n, dtype="float32") for n in names}
    routing = {n: ("adam" if opt._should_use_adamw(variables[n]) else "muon") for n in names}
    afters = []
    for k in range(STEPS):
        opt.apply_gradients([(jax.numpy.asarray(grads[k][n]), variables[n]) for n in names])
        afters.append({n: np.asarray(variables[n].value).copy() for n in names})
    # nominal lr (keras keeps it in a float32 variable: the value used is float32(lr))
    lr = kw.get("learning_rate", inspect.signature(keras.optimizers.Muon).parameters["learning_rate"].default)
    meta = {
        "reference": f"keras {keras.__version__} keras.optimizers.Muon (backend jax {jax.__version__})",
        "lr_storage": "float32 variable",
        "lr": fmt(lr), "adam_lr": fmt(lr * opt.adam_lr_ratio), "adam_lr_ratio": fmt(opt.adam_lr_ratio),
        "momentum": fmt(opt.momentum), "nesterov": fmt(opt.nesterov), "weight_decay": fmt(opt.weight_decay),
        "adam_weight_decay": fmt(opt.adam_weight_decay), "ns_steps": fmt(opt.ns_steps),
        "ns_coefficients": fmt([opt.muon_a, opt.muon_b, opt.muon_c]),
        "adam_betas": fmt((opt.adam_beta_1, opt.adam_beta_2)), "adam_eps": fmt(opt.epsilon),
        "layout": "in-out", "eps": "1e-07", "ns_normalization": "X / (||X||_F + 1e-7)",
        "rms_rate": fmt(opt.rms_rate), "scale_rule": "rms_rate*sqrt(max(shape[0], shape[1]))",
        "exclude_embeddings": fmt(opt.exclude_embeddings),
        "momentum_form": "heavy-ball: B=mu*B+g; nesterov U=g+mu*B",
        "weight_decay_rule": "first p-=p*wd*lr (optimizer lr, not ratio-scaled; wd=weight_decay for Muon "
                             "vars, adam_weight_decay for AdamW vars), then p-=lr*scale*O",
        "adam_variant": "alpha=lr*adam_lr_ratio*sqrt(1-b2^t)/(1-b1^t); m+=(g-m)(1-b1); v+=(g^2-v)(1-b2); "
                        "p-=alpha*m/(sqrt(v)+eps)",
        "ns_result_dtype": "f32",
    }
    return afters, routing, meta


# ----------------------------------------------------------------------------------------------
# moonlight preset: float64 numpy port of MoonshotAI/Moonlight examples/toy_train.py Muon.step
# ----------------------------------------------------------------------------------------------
NS_ABC = (3.4445, -4.7750, 2.0315)


def ns_bf16_torch_eager(G, steps):
    """Emulates, op by op, torch eager bf16 of Moonlight's/Keller's
         X = G.bfloat16(); X = X / (X.norm() + 1e-7)
         A = X @ X.T; B = b * A + c * A @ A; X = a * X + B @ X
    Each torch op computes in f32 and rounds its result to bf16. `c * A @ A` is (c*A) @ A."""
    from ml_dtypes import bfloat16 as bf16

    f32 = np.float32
    r = lambda x: np.asarray(x, dtype=f32).astype(bf16)  # noqa: E731  round an f32 result to bf16
    a, b, c = (f32(v) for v in NS_ABC)
    X = np.asarray(G, dtype=f32).astype(bf16)
    tr = G.shape[0] > G.shape[1]
    if tr:
        X = X.T
    Xf = X.astype(f32)
    n = r(np.sqrt(np.sum(Xf.astype(np.float64) ** 2)))  # bf16 norm (f32 accumulation)
    n = r(n.astype(f32) + f32(1e-7))
    X = r(X.astype(f32) / n.astype(f32))
    for _ in range(steps):
        Xf = X.astype(f32)
        A = r(Xf @ Xf.T)
        Af = A.astype(f32)
        bA = r(b * Af)
        cA = r(c * Af)
        cAA = r(cA.astype(f32) @ Af)
        B = r(bA.astype(f32) + cAA.astype(f32))
        aX = r(a * Xf)
        BX = r(B.astype(f32) @ Xf)
        X = r(aX.astype(f32) + BX.astype(f32))
    if tr:
        X = X.T
    return X.astype(np.float64)


def ns_f32(G, steps):
    f32 = np.float32
    a, b, c = (f32(v) for v in NS_ABC)
    X = np.asarray(G, dtype=f32)
    tr = X.shape[0] > X.shape[1]
    if tr:
        X = X.T
    X = X / (np.linalg.norm(X) + f32(1e-7))
    for _ in range(steps):
        A = X @ X.T
        B = b * A + (c * A) @ A
        X = a * X + B @ X
    if tr:
        X = X.T
    return X.astype(np.float64)


MOON_DEFAULTS = dict(lr=1e-3, wd=0.1, momentum=0.95, nesterov=True, ns_steps=5, adamw_betas=(0.9, 0.95),
                     adamw_eps=1e-8)


def moonlight_routing(name, shape):
    return "muon" if (len(shape) >= 2 and "embed_tokens" not in name and "lm_head" not in name) else "adam"


def moonlight_port(init, grads, names, cfg, ns_fn):
    """float64 port of Moonlight toy_train.py Muon.step (one param group). Non-2-D Muon tensors
    (which the reference asserts against) are flattened to (O, rest) with the scale from shape[:2]."""
    lr, wd, mom = cfg["lr"], cfg["wd"], cfg["momentum"]
    b1, b2 = cfg["adamw_betas"]
    eps = cfg["adamw_eps"]
    p = {n: init[n].astype(np.float64) for n in names}
    routing = {n: moonlight_routing(n, init[n].shape) for n in names}
    st = {}
    afters = []
    for k in range(STEPS):
        for n in names:                       # Muon part
            if routing[n] != "muon":
                continue
            g = grads[k][n].astype(np.float64)
            if g.ndim > 2:
                g = g.reshape(g.shape[0], -1)
            buf = st.setdefault(n, np.zeros_like(g))
            buf *= mom
            buf += g                          # buf.mul_(momentum).add_(g)
            u_in = g + mom * buf if cfg["nesterov"] else buf
            u = ns_fn(u_in, cfg["ns_steps"])
            A, B = p[n].shape[:2]
            adjusted_lr = lr * (0.2 * math.sqrt(max(A, B)))
            p[n] = p[n] * (1 - lr * wd)
            p[n] = p[n] - adjusted_lr * u.reshape(p[n].shape)
        for n in names:                       # AdamW backup
            if routing[n] != "adam":
                continue
            g = grads[k][n].astype(np.float64)
            s = st.setdefault(n, {"step": 0, "m1": np.zeros_like(g), "m2": np.zeros_like(g)})
            s["step"] += 1
            t = s["step"]
            s["m1"] = s["m1"] + (1 - b1) * (g - s["m1"])          # lerp_(g, 1-b1)
            s["m2"] = s["m2"] + (1 - b2) * (g * g - s["m2"])      # lerp_(g^2, 1-b2)
            upd = s["m1"] / (eps + np.sqrt(s["m2"]))
            scale = (1 - b1 ** t) / (1 - b2 ** t) ** 0.5
            p[n] = p[n] * (1 - lr * wd)
            p[n] = p[n] - (lr / scale) * upd
        afters.append({n: p[n].astype(np.float32) for n in names})
    return afters, routing


def run_moonlight(init, grads, names, case, ns_dtype):
    cfg = dict(MOON_DEFAULTS)
    if case == "no_nesterov":
        cfg["nesterov"] = False
    if case == "wd":
        cfg["wd"] = 0.1
    ns_fn = ns_bf16_torch_eager if ns_dtype == "bf16" else ns_f32
    afters, routing = moonlight_port(init, grads, names, cfg, ns_fn)
    meta = {
        "reference": "float64 numpy PORT of MoonshotAI/Moonlight examples/toy_train.py Muon.step "
                     "(not run: module not importable; NS " +
                     ("bf16 emulated op by op as torch eager" if ns_dtype == "bf16" else "in float32") + ")",
        "lr": fmt(cfg["lr"]), "adam_lr": fmt(cfg["lr"]), "momentum": fmt(cfg["momentum"]),
        "nesterov": fmt(cfg["nesterov"]), "weight_decay": fmt(cfg["wd"]), "adam_weight_decay": fmt(cfg["wd"]),
        "ns_steps": fmt(cfg["ns_steps"]), "ns_coefficients": "3.4445,-4.775,2.0315",
        "adam_betas": fmt(cfg["adamw_betas"]), "adam_eps": fmt(cfg["adamw_eps"]),
        "layout": "out-in", "eps": "1e-07", "ns_normalization": "X / (||X||_F + eps)",
        "scale_rule": "0.2*sqrt(max(shape[0], shape[1]))",
        "momentum_form": "heavy-ball: B=mu*B+g; nesterov U=g+mu*B",
        "weight_decay_rule": "p*=(1-lr*wd); p-=lr*scale*O (Muon and AdamW share lr and wd)",
        "adam_variant": "p*=(1-lr*wd); p-=lr*sqrt(1-b2^t)/(1-b1^t)*m/(sqrt(v)+eps)",
        "ns_result_dtype": "bf16" if ns_dtype == "bf16" else "f32",
    }
    return afters, routing, meta


RUNNERS = {
    "keller-jordan": (run_keller, ("bf16", "f32")),
    "torch": (run_torch, ("bf16", "f32")),
    "optax": (run_optax, ("f32",)),
    "keras": (run_keras, ("f32",)),
    "moonlight": (run_moonlight, ("bf16", "f32")),
}
CASES = {p: ["default", "no_nesterov", "wd"] for p in RUNNERS}
CASES["keller-jordan"].append("conv_quirk")
CASES["optax"] += ["aol", "schatten"]


# ----------------------------------------------------------------------------------------------
# safetensors writing (canonical header order so the bytes are reproducible)
# ----------------------------------------------------------------------------------------------
def serialize(tensors, metadata):
    from safetensors.numpy import save

    raw = save(tensors, metadata=metadata)
    n = int.from_bytes(raw[:8], "little")
    header = json.loads(raw[8:8 + n])
    md = header.pop("__metadata__")
    canon = {"__metadata__": dict(sorted(md.items()))}
    for k in sorted(header, key=lambda k: header[k]["data_offsets"][0]):
        canon[k] = header[k]
    text = json.dumps(canon, separators=(",", ":")).encode()
    assert len(text) <= n, "canonical header longer than the original"
    text += b" " * (n - len(text))
    out = raw[:8] + text + raw[8 + n:]
    # round-trip check through the safetensors package
    from safetensors.numpy import load
    back = load(out)
    assert set(back) == set(tensors) and all(np.array_equal(back[k], tensors[k]) for k in tensors)
    return out


def build_file(preset, case, ns_dtype):
    runner, _ = RUNNERS[preset]
    specs = CONV_QUIRK if case == "conv_quirk" else CANONICAL
    names = [n for n, _ in specs] if case == "conv_quirk" else PRESET_PARAMS[preset]
    init, grads = make_data(SEEDS[case], specs)
    init = {n: init[n] for n in names}
    grads = [{n: g[n] for n in names} for g in grads]
    afters, routing, meta = runner(init, grads, names, "default" if case == "conv_quirk" else case, ns_dtype)
    tensors = {}
    for n in names:
        tensors[n] = np.ascontiguousarray(init[n], dtype=np.float32)
        for k in range(STEPS):
            tensors[f"{n}.grad.{k + 1}"] = np.ascontiguousarray(grads[k][n], dtype=np.float32)
            tensors[f"{n}.after.{k + 1}"] = np.ascontiguousarray(afters[k][n], dtype=np.float32)
    md = {"preset": preset, "case": case, "ns_dtype": ns_dtype, "steps": str(STEPS), "seed": str(SEEDS[case]),
          "routing": json.dumps(routing, sort_keys=True), "params": ",".join(names),
          "generator": "tests/golden/generate.py", "data": "numpy default_rng(seed): for each param in order, "
          "normal*0.1 (f32); then per step, per param, normal (f32)"}
    md.update(meta)
    assert all(isinstance(v, str) for v in md.values())
    return tensors, md


def file_name(preset, case, ns_dtype):
    variants = RUNNERS[preset][1]
    suffix = f"_{ns_dtype}" if len(variants) > 1 else ""
    return os.path.join(HERE, preset, f"{case}{suffix}.safetensors")


# ----------------------------------------------------------------------------------------------
# Independent float64 check from shared/REFERENCE.md formulas (NS in float64)
# ----------------------------------------------------------------------------------------------
def ns64(U, steps, eps, mode):
    """mode: "clamp" X/max(|X|_F, eps), "add" X/(|X|_F + eps), or optax's first-iteration
    preconditioners "aol" (rows scaled by rsqrt(max(sum_j |A_ij|, 1e-8))) and "schatten"
    (X / max(|XX^T|_F, 1e-8)^(1/2)), which use no Frobenius division."""
    a, b, c = NS_ABC
    X = np.array(U, dtype=np.float64)
    tr = X.shape[0] > X.shape[1]
    if tr:
        X = X.T
    if mode in ("clamp", "add"):
        nrm = np.linalg.norm(X)
        X = X / (max(nrm, eps) if mode == "clamp" else nrm + eps)
    elif mode == "aol":
        X = X / np.sqrt(np.maximum(np.abs(X @ X.T).sum(axis=1), 1e-8))[:, None]
    elif mode == "schatten":
        X = X / np.sqrt(max(np.linalg.norm(X @ X.T), 1e-8))
    for _ in range(steps):
        A = X @ X.T
        X = a * X + (b * A + c * A @ A) @ X
    return X.T if tr else X


def check_model(md, init, grads):
    """Returns the float64 parameter trajectory from the REFERENCE.md formulas of md['preset']."""
    preset = md["preset"]
    routing = json.loads(md["routing"])
    lr, alr = float(md["lr"]), float(md["adam_lr"])
    mu = float(md["momentum"])
    nest = md["nesterov"] == "true"
    wd, awd = float(md["weight_decay"]), float(md["adam_weight_decay"])
    steps = int(md["ns_steps"])
    b1, b2 = (float(x) for x in md["adam_betas"].split(","))
    aeps = float(md["adam_eps"])
    p = {n: init[n].astype(np.float64) for n in init}
    B = {n: np.zeros_like(p[n]) for n in p}
    m = {n: np.zeros_like(p[n]) for n in p}
    v = {n: np.zeros_like(p[n]) for n in p}
    out = []
    for t in range(1, STEPS + 1):
        for n in p:
            g = grads[t - 1][n].astype(np.float64)
            if routing[n] == "muon":
                shape = p[n].shape
                if preset in ("keller-jordan", "torch"):          # EMA form
                    B[n] = B[n] + (1 - mu) * (g - B[n])
                    U = g + mu * (B[n] - g) if nest else B[n]
                elif preset == "optax":                           # bias-corrected EMA
                    B[n] = mu * B[n] + (1 - mu) * g
                    U = (mu * B[n] / (1 - mu ** (t + 1)) + (1 - mu) * g / (1 - mu ** t)) if nest \
                        else B[n] / (1 - mu ** t)
                else:                                             # heavy-ball (keras, moonlight)
                    B[n] = mu * B[n] + g
                    U = g + mu * B[n] if nest else B[n]
                U2 = U.reshape(shape[0], -1)
                if preset == "torch":
                    O = ns64(U2, steps, 1e-7, "clamp")
                elif md.get("preconditioning", "frobenius") != "frobenius":
                    O = ns64(U2, steps, 1e-8, md["preconditioning"])
                else:
                    O = ns64(U2, steps, {"optax": 1e-8}.get(preset, 1e-7), "add")
                O = O.reshape(shape)
                if preset == "keller-jordan":
                    scale = math.sqrt(max(1, shape[-2] / shape[-1]))
                elif preset == "torch":
                    scale = math.sqrt(max(1, shape[0] / shape[1]))
                elif preset == "optax":
                    scale = math.sqrt(max(1, shape[1] / shape[0]))
                else:                                             # keras, moonlight
                    scale = 0.2 * math.sqrt(max(shape[0], shape[1]))
                if preset == "optax":
                    p[n] = p[n] - lr * (scale * O + wd * p[n])
                elif preset == "keras":
                    p[n] = p[n] - p[n] * wd * lr
                    p[n] = p[n] - lr * scale * O
                else:
                    p[n] = p[n] * (1 - lr * wd) - lr * scale * O
            else:
                if preset == "keras":
                    p[n] = p[n] - p[n] * awd * lr                  # keras wd uses the optimizer lr
                    alpha = alr * math.sqrt(1 - b2 ** t) / (1 - b1 ** t)
                    m[n] += (g - m[n]) * (1 - b1)
                    v[n] += (g * g - v[n]) * (1 - b2)
                    p[n] = p[n] - alpha * m[n] / (np.sqrt(v[n]) + aeps)
                    continue
                m[n] = b1 * m[n] + (1 - b1) * g
                v[n] = b2 * v[n] + (1 - b2) * g * g
                if preset == "moonlight":
                    u = math.sqrt(1 - b2 ** t) / (1 - b1 ** t) * m[n] / (np.sqrt(v[n]) + aeps)
                    p[n] = p[n] * (1 - alr * awd) - alr * u
                    continue
                if preset == "optax" and nest:
                    mhat = b1 * m[n] / (1 - b1 ** (t + 1)) + (1 - b1) * g / (1 - b1 ** t)
                else:
                    mhat = m[n] / (1 - b1 ** t)
                u = mhat / (np.sqrt(v[n] / (1 - b2 ** t)) + aeps)
                if preset == "optax":
                    p[n] = p[n] - alr * (u + awd * p[n])
                else:                                             # keller aux Adam, torch AdamW
                    p[n] = p[n] * (1 - alr * awd) - alr * u
        out.append({n: p[n].copy() for n in p})
    return out


def rel(a, b):
    a = np.asarray(a, np.float64)
    b = np.asarray(b, np.float64)
    d = np.linalg.norm(b)
    return float(np.linalg.norm(a - b) / d) if d > 0 else float(np.linalg.norm(a - b))


def self_check(tensors, md):
    names = md["params"].split(",")
    init = {n: tensors[n] for n in names}
    grads = [{n: tensors[f"{n}.grad.{k}"] for n in names} for k in range(1, STEPS + 1)]
    ours = check_model(md, init, grads)
    worst_p = worst_u = 0.0
    worst_u_name = ""
    routing = json.loads(md["routing"])
    per_route = {"muon": 0.0, "adam": 0.0}
    for k in range(STEPS):
        for n in names:
            ref = tensors[f"{n}.after.{k + 1}"]
            prev_ref = tensors[n] if k == 0 else tensors[f"{n}.after.{k}"]
            prev_ours = init[n] if k == 0 else ours[k - 1][n]
            e_p = rel(ours[k][n], ref)
            e_u = rel(ours[k][n] - np.asarray(prev_ours, np.float64), ref.astype(np.float64) - prev_ref)
            worst_p = max(worst_p, e_p)
            per_route[routing[n]] = max(per_route[routing[n]], e_u)
            if e_u > worst_u:
                worst_u, worst_u_name = e_u, f"{n}@{k + 1}"
    return worst_p, worst_u, worst_u_name, per_route


# ----------------------------------------------------------------------------------------------
# Optional: run the real Moonlight class (eager torch) against the port
# ----------------------------------------------------------------------------------------------
def moonlight_real_crosscheck(path):
    import torch

    torch.set_num_threads(1)
    tree = ast.parse(open(path).read())
    keep = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "zeropower_via_newtonschulz5":
            node.decorator_list = []          # drop @torch.compile: eager torch
            keep.append(node)
        elif isinstance(node, ast.ClassDef) and node.name == "Muon":
            keep.append(node)
    mod = ast.Module(body=keep, type_ignores=[])
    ns = {"torch": torch, "math": math}
    exec(compile(mod, path, "exec"), ns)      # noqa: S102
    MoonMuon, ns_orig = ns["Muon"], ns["zeropower_via_newtonschulz5"]
    print("moonlight: real toy_train.py Muon (eager) vs the port; max norm-wise rel. error of the update")
    for case in ("default", "no_nesterov", "wd"):
        for ns_dtype in ("bf16", "f32"):
            tensors, md = build_file("moonlight", case, ns_dtype)
            names = md["params"].split(",")
            params = {n: torch.nn.Parameter(torch.from_numpy(tensors[n].copy())) for n in names}
            routing = json.loads(md["routing"])
            opt = MoonMuon(lr=float(md["lr"]), wd=float(md["weight_decay"]),
                           muon_params=[params[n] for n in names if routing[n] == "muon"],
                           adamw_params=[params[n] for n in names if routing[n] == "adam"],
                           nesterov=md["nesterov"] == "true")
            nsf = ns_orig if ns_dtype == "bf16" else source_patched(ns_orig, "X = G.bfloat16()", "X = G.float()")
            ns["zeropower_via_newtonschulz5"] = nsf
            worst = 0.0
            prev = {n: tensors[n].astype(np.float64) for n in names}
            prev_real = {n: tensors[n].astype(np.float64) for n in names}
            for k in range(1, STEPS + 1):
                for n in names:
                    params[n].grad = torch.from_numpy(tensors[f"{n}.grad.{k}"].copy())
                opt.step()
                for n in names:
                    real = params[n].detach().numpy().astype(np.float64)
                    port = tensors[f"{n}.after.{k}"].astype(np.float64)
                    worst = max(worst, rel(port - prev[n], real - prev_real[n]))
                    prev[n], prev_real[n] = port, real
            ns["zeropower_via_newtonschulz5"] = ns_orig
            print(f"  {case:12s} ns={ns_dtype}: {worst:.2e}")


# ----------------------------------------------------------------------------------------------
def check_versions(allow):
    from importlib.metadata import version

    bad = []
    for pkg, want in PINS.items():
        try:
            have = version(pkg)
        except Exception:  # noqa: BLE001
            have = "missing"
        if have.split("+")[0] != want:
            bad.append(f"{pkg}: want {want}, have {have}")
    if bad:
        msg = "version mismatch (pip install -r tests/golden/requirements.txt):\n  " + "\n  ".join(bad)
        if not allow:
            sys.exit(msg)
        print("WARNING " + msg)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the files on disk, write nothing")
    ap.add_argument("--only", default=None, help="comma-separated presets")
    ap.add_argument("--allow-other-versions", action="store_true")
    args = ap.parse_args()
    check_versions(args.allow_other_versions)
    presets = args.only.split(",") if args.only else list(RUNNERS)
    failed = False
    print(f"{'preset':14s} {'case':12s} {'ns':4s} {'param rel.err':>13s} {'update rel.err':>14s} "
          f"{'(muon / adam)':>22s}  worst update at")
    for preset in presets:
        for case in CASES[preset]:
            for ns_dtype in RUNNERS[preset][1]:
                tensors, md = build_file(preset, case, ns_dtype)
                data = serialize(tensors, md)
                path = file_name(preset, case, ns_dtype)
                rp = os.path.relpath(path, os.getcwd())
                if args.check:
                    same = os.path.exists(path) and open(path, "rb").read() == data
                    if not same:
                        failed = True
                        print(f"DIFFERS: {rp}")
                else:
                    os.makedirs(os.path.dirname(path), exist_ok=True)
                    with open(path, "wb") as f:
                        f.write(data)
                wp, wu, wn, per = self_check(tensors, md)
                print(f"{preset:14s} {case:12s} {ns_dtype:4s} {wp:13.2e} {wu:14.2e} "
                      f"{per['muon']:10.2e} /{per['adam']:10.2e}  {wn}  ({len(data)} B)")
    if os.environ.get("MOONLIGHT_TOY_TRAIN") and "moonlight" in presets:
        moonlight_real_crosscheck(os.environ["MOONLIGHT_TOY_TRAIN"])
    if failed:
        sys.exit("some golden files differ from a fresh generation")


if __name__ == "__main__":
    main()
