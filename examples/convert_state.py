#!/usr/bin/env python3
"""Optimizer state in and out of muon-xla's `step` file layout.

Our layout (one safetensors file, or a sharded index): for each parameter NAME the tensors NAME,
NAME.grad (input only), NAME.momentum (Muon) or NAME.exp_avg + NAME.exp_avg_sq (Adam), and the
metadata key `step` (completed steps). This helper converts, using the libraries themselves:

  optax.contrib.muon          MuonState.mu            <-> NAME.momentum
                              ScaleByAdamState.mu/nu  <-> NAME.exp_avg / NAME.exp_avg_sq
                              count                   <-> step
  torch.optim.Muon + AdamW    state[p]["momentum_buffer"]       <-> NAME.momentum
                              state[p]["exp_avg"/"exp_avg_sq"]  <-> NAME.exp_avg / .exp_avg_sq
                              AdamW state[p]["step"]            <-> step
  Keller's SingleDeviceMuonWithAuxAdam (pip muon-optimizer): the same keys in one optimizer.

Names: optax pytrees are flattened with "." (`{"mlp": {"w": ..}}` -> `mlp.w`); torch names are
`model.named_parameters()`. Layouts: optax kernels are (in, out), so run `muon-xla step --preset
optax`; torch weights are (out, in): `--preset torch` / `--preset keller-jordan`.

Round trip self-tests (theirs -> ours -> one `muon-xla step` -> theirs -> their next step, against
continuing in the original library; exit status 1 on a mismatch):

  python3 examples/convert_state.py selftest-optax  --muon-xla target/release/muon-xla
  python3 examples/convert_state.py selftest-torch  --muon-xla target/release/muon-xla
  python3 examples/convert_state.py selftest-keller --muon-xla target/release/muon-xla

Only numpy is needed for the file format (safetensors is read and written here directly).
"""

import argparse
import json
import os
import struct
import subprocess
import sys
import tempfile

import numpy as np

_DTYPES = {"F32": np.float32, "F64": np.float64, "F16": np.float16, "I32": np.int32, "I64": np.int64}


# --------------------------------------------------------------------------------------------
# The safetensors format (header length, JSON header, raw little-endian data)

def write_safetensors(path, tensors, metadata=None):
    """Writes {name: np.ndarray} (f32/f64/f16/i32/i64) and string metadata to `path`."""
    names = sorted(tensors)
    header, offset, blobs = {}, 0, []
    for n in names:
        a = np.ascontiguousarray(tensors[n])
        kind = {v: k for k, v in _DTYPES.items()}[a.dtype.type]
        b = a.astype(a.dtype.newbyteorder("<"), copy=False).tobytes()
        header[n] = {"dtype": kind, "shape": list(a.shape), "data_offsets": [offset, offset + len(b)]}
        offset += len(b)
        blobs.append(b)
    if metadata:
        header["__metadata__"] = {k: str(v) for k, v in metadata.items()}
    h = json.dumps(header, separators=(",", ":")).encode()
    h += b" " * (-len(h) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(h)))
        f.write(h)
        for b in blobs:
            f.write(b)


def read_safetensors(path):
    """Returns ({name: np.ndarray}, metadata)."""
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n])
    meta = header.pop("__metadata__", {}) or {}
    out = {}
    for name, info in header.items():
        a, b = info["data_offsets"]
        dt = np.dtype(_DTYPES[info["dtype"]]).newbyteorder("<")
        out[name] = np.frombuffer(data[8 + n + a:8 + n + b], dtype=dt).reshape(info["shape"]).copy()
    return out, meta


# --------------------------------------------------------------------------------------------
# optax.contrib.muon

def _flatten(tree, prefix=""):
    """Nested dicts of arrays -> {"a.b": array}."""
    out = {}
    for k, v in tree.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(_flatten(v, key + "."))
        else:
            out[key] = v
    return out


def _unflatten_like(template, flat, prefix=""):
    return {k: (_unflatten_like(v, flat, f"{prefix}{k}.") if isinstance(v, dict) else flat[f"{prefix}{k}"])
            for k, v in template.items()}


def _optax_parts(opt_state):
    """(MuonState, ScaleByAdamState) inside the state of `optax.contrib.muon`."""
    import optax
    muon_state = adam_state = None
    for leaf in _walk(opt_state):
        if type(leaf).__name__ == "MuonState":
            muon_state = leaf
        elif isinstance(leaf, optax.ScaleByAdamState):
            adam_state = leaf
    if muon_state is None or adam_state is None:
        raise ValueError("not the state of optax.contrib.muon: no MuonState / ScaleByAdamState found")
    return muon_state, adam_state


def _walk(x):
    yield x
    if isinstance(x, dict):
        for v in x.values():
            yield from _walk(v)
    elif isinstance(x, (tuple, list)):  # NamedTuple states are tuples
        for v in x:
            yield from _walk(v)


def _masked(x):
    return type(x).__name__ == "MaskedNode"


def optax_to_ours(params, opt_state, grads=None):
    """Parameters, `optax.contrib.muon` state (and optionally gradients) -> (tensors, metadata)."""
    muon_state, adam_state = _optax_parts(opt_state)
    p = _flatten(params)
    mu, m, v = _flatten(muon_state.mu), _flatten(adam_state.mu), _flatten(adam_state.nu)
    out = {}
    for name, value in p.items():
        out[name] = np.asarray(value)
        if not _masked(mu[name]):
            out[f"{name}.momentum"] = np.asarray(mu[name])
        else:
            out[f"{name}.exp_avg"] = np.asarray(m[name])
            out[f"{name}.exp_avg_sq"] = np.asarray(v[name])
    if grads is not None:
        for name, g in _flatten(grads).items():
            out[f"{name}.grad"] = np.asarray(g)
    counts = {int(muon_state.count), int(adam_state.count)}
    if len(counts) != 1:
        raise ValueError(f"the Muon and Adam step counts differ: {counts}")
    return out, {"step": str(counts.pop())}


def ours_to_optax(tensors, metadata, params_like, opt_state_like):
    """(tensors, metadata) -> (params, opt_state) shaped like the templates (e.g. `opt.init(params)`)."""
    import jax
    import jax.numpy as jnp
    count = jnp.asarray(int(metadata.get("step", 0)), dtype=jnp.int32)
    flat = _flatten(params_like)
    params = _unflatten_like(params_like, {n: jnp.asarray(tensors[n]) for n in flat})

    def fill(tree, key):
        return _unflatten_like(tree, {n: (x if _masked(x) else jnp.asarray(tensors[f"{n}.{key}"]))
                                      for n, x in _flatten(tree).items()})

    def rebuild(node):
        name = type(node).__name__
        if name == "MuonState":
            return node._replace(count=count, mu=fill(node.mu, "momentum"))
        if name == "ScaleByAdamState":
            return node._replace(count=count, mu=fill(node.mu, "exp_avg"), nu=fill(node.nu, "exp_avg_sq"))
        return None

    state = jax.tree_util.tree_map(lambda x: x, opt_state_like)
    return params, _map_states(state, rebuild)


def _map_states(x, f):
    r = f(x)
    if r is not None:
        return r
    if isinstance(x, dict):
        return {k: _map_states(v, f) for k, v in x.items()}
    if isinstance(x, tuple) and hasattr(x, "_fields"):
        return type(x)(*[_map_states(v, f) for v in x])
    if isinstance(x, (tuple, list)):
        return type(x)(_map_states(v, f) for v in x)
    return x


# --------------------------------------------------------------------------------------------
# torch.optim.Muon + torch.optim.AdamW, and Keller's SingleDeviceMuonWithAuxAdam

def torch_to_ours(named_params, optimizers, grads=None):
    """`model.named_parameters()` pairs and the optimizers updating them -> (tensors, metadata).

    A parameter with `momentum_buffer` state is a Muon parameter; one with `exp_avg` an Adam one.
    The step count is the Adam `step` (torch keeps none for Muon); parameters without state (step
    0) export no state, which `muon-xla step` starts at zero.
    """
    out, steps = {}, set()
    for name, p in named_params:
        out[name] = p.detach().cpu().numpy().copy()
        st = next((o.state[p] for o in optimizers if p in o.state and len(o.state[p])), {})
        if "momentum_buffer" in st:
            out[f"{name}.momentum"] = st["momentum_buffer"].detach().cpu().numpy().copy()
        if "exp_avg" in st:
            out[f"{name}.exp_avg"] = st["exp_avg"].detach().cpu().numpy().copy()
            out[f"{name}.exp_avg_sq"] = st["exp_avg_sq"].detach().cpu().numpy().copy()
        if "step" in st:
            steps.add(int(st["step"]))
        if grads is not None and name in grads:
            out[f"{name}.grad"] = grads[name].detach().cpu().numpy().copy()
    if len(steps) > 1:
        raise ValueError(f"the Adam parameters have different step counts: {steps}")
    return out, {"step": str(steps.pop() if steps else 0)}


def ours_to_torch(tensors, metadata, named_params, optimizers, is_muon):
    """Writes parameters and state from our layout into the live parameters and optimizers.

    `is_muon(name)` says which parameters the Muon optimizer (or Keller's Muon group) owns.
    """
    import torch
    step = int(metadata.get("step", 0))
    for name, p in named_params:
        with torch.no_grad():
            p.copy_(torch.from_numpy(tensors[name]))
        opt = next(o for o in optimizers if any(p is q for g in o.param_groups for q in g["params"]))
        st = opt.state[p]
        if is_muon(name):
            st["momentum_buffer"] = torch.from_numpy(tensors[f"{name}.momentum"]).clone()
        else:
            st["exp_avg"] = torch.from_numpy(tensors[f"{name}.exp_avg"]).clone()
            st["exp_avg_sq"] = torch.from_numpy(tensors[f"{name}.exp_avg_sq"]).clone()
            # torch.optim.AdamW keeps a float tensor; Keller's package a Python int.
            st["step"] = torch.tensor(float(step)) if isinstance(opt, torch.optim.AdamW) else step


# --------------------------------------------------------------------------------------------
# Self-tests: theirs -> ours -> one muon-xla step -> theirs -> their next step

def _run_step(binary, tensors, metadata, args):
    with tempfile.TemporaryDirectory() as d:
        src, dst = os.path.join(d, "in.safetensors"), os.path.join(d, "out.safetensors")
        write_safetensors(src, tensors, metadata)
        res = subprocess.run([binary, "step", "--input", src, "--output", dst, *args],
                             capture_output=True, text=True)
        if res.returncode != 0:
            raise SystemExit(f"muon-xla step failed ({res.returncode}):\n{res.stderr}")
        return read_safetensors(dst)


def _report(label, ours, ref, start, tol):
    """Relative to the size of the last step: ||ours - ref|| / ||ref - start||."""
    worst = 0.0
    for n in ref:
        d = np.linalg.norm(np.asarray(ours[n], np.float64) - np.asarray(ref[n], np.float64))
        s = np.linalg.norm(np.asarray(ref[n], np.float64) - np.asarray(start[n], np.float64))
        worst = max(worst, d / max(s, 1e-30))
        if os.environ.get("CONVERT_VERBOSE"):
            print(f"  {n}: {d / max(s, 1e-30):.2e}")
    print(f"{label}: worst relative difference {worst:.2e} (tolerance {tol:.0e})")
    return worst <= tol


def selftest_optax(binary):
    import jax
    import jax.numpy as jnp
    from optax.contrib import muon
    rng = np.random.default_rng(0)
    shapes = {"mlp": {"w_in": (16, 32), "w_out": (32, 16), "b": (32,)}, "emb": (8, 16)}
    init = lambda s: {k: init(v) for k, v in s.items()} if isinstance(s, dict) else \
        jnp.asarray(rng.standard_normal(s).astype(np.float32) * 0.3)
    params = init(shapes)
    grads = [init(shapes) for _ in range(3)]
    lr = 0.02
    opt = muon(learning_rate=lr)
    state = opt.init(params)

    def step(p, s, g):
        u, s = opt.update(g, s, p)
        return jax.tree_util.tree_map(lambda a, b: a + b, p, u), s

    p1, s1 = step(params, state, grads[0])
    p2, s2 = step(p1, s1, grads[1])
    p3, _ = step(p2, s2, grads[2])
    # The round trip: state after step 1 -> ours -> muon-xla does step 2 -> back -> optax step 3.
    tensors, meta = optax_to_ours(p1, s1, grads[1])
    out, out_meta = _run_step(binary, tensors, meta, ["--preset", "optax", "--lr", str(lr)])
    assert out_meta["step"] == "2", out_meta
    q2, r2 = ours_to_optax(out, out_meta, p1, s1)
    q3, _ = step(q2, r2, grads[2])
    ok = _report("optax step 2 in muon-xla", _flatten(q2), _flatten(p2), _flatten(p1), 2e-5)
    ok &= _report("optax step 3 after the round trip", _flatten(q3), _flatten(p3), _flatten(p2), 2e-5)
    # The state muon-xla wrote equals optax's own after step 2 (relative to the state's size).
    back, _ = optax_to_ours(q2, r2)
    again, _ = optax_to_ours(p2, s2)
    kinds = ("momentum", "exp_avg", "exp_avg_sq")
    state = {k: again[k] for k in again if k.endswith(kinds)}
    ok &= _report("optax state after step 2", {k: back[k] for k in state}, state,
                  {k: np.zeros_like(v) for k, v in state.items()}, 2e-5)
    return ok


def _torch_case(binary, keller):
    import torch
    torch.manual_seed(0)
    shapes = {"w1": (32, 16), "w2": (16, 32), "bias": (32,), "emb": (16, 8)}

    def make():
        torch.manual_seed(0)
        return {n: torch.nn.Parameter(torch.randn(s) * 0.3) for n, s in shapes.items()}

    is_muon = lambda n: n in ("w1", "w2")
    gen = torch.Generator().manual_seed(1)
    grads = [{n: torch.randn(s, generator=gen) for n, s in shapes.items()} for _ in range(3)]

    def optimizers(ps):
        if keller:
            import muon
            groups = [dict(params=[ps[n] for n in shapes if is_muon(n)], use_muon=True, lr=0.02),
                      dict(params=[ps[n] for n in shapes if not is_muon(n)], use_muon=False, lr=3e-4)]
            return [muon.SingleDeviceMuonWithAuxAdam(groups)]
        return [torch.optim.Muon([ps[n] for n in shapes if is_muon(n)], lr=1e-3),
                torch.optim.AdamW([ps[n] for n in shapes if not is_muon(n)], lr=1e-3)]

    def step(ps, opts, g):
        for n, p in ps.items():
            p.grad = g[n].clone()
        for o in opts:
            o.step()

    snap = lambda ps: {n: p.detach().numpy().copy() for n, p in ps.items()}
    ref = make()
    ref_opts = optimizers(ref)
    step(ref, ref_opts, grads[0])
    p1 = snap(ref)
    step(ref, ref_opts, grads[1])
    p2 = snap(ref)
    theirs_2, _ = torch_to_ours(ref.items(), ref_opts)
    step(ref, ref_opts, grads[2])
    p3 = snap(ref)

    live = make()
    live_opts = optimizers(live)
    step(live, live_opts, grads[0])
    tensors, meta = torch_to_ours(live.items(), live_opts, grads[1])
    preset = ["--preset", "keller-jordan"] if keller else ["--preset", "torch", "--lr", "1e-3"]
    # The Adam side of a 2-D embedding must be named: Muon would otherwise take every 2-D weight.
    preset += ["--adamw", "^emb$"]
    out, out_meta = _run_step(binary, tensors, meta, preset)
    assert out_meta["step"] == "2", out_meta
    ours_to_torch(out, out_meta, live.items(), live_opts, is_muon)
    q2 = snap(live)
    step(live, live_opts, grads[2])
    q3 = snap(live)
    label = "Keller SingleDeviceMuonWithAuxAdam" if keller else "torch.optim.Muon + AdamW"
    muon_names = [n for n in shapes if is_muon(n)]
    adam_names = [n for n in shapes if not is_muon(n)]
    pick = lambda d, names: {n: d[n] for n in names}
    ok = True
    for tag, q, p, start in (("step 2 in muon-xla", q2, p2, p1), ("step 3 after the round trip", q3, p3, p2)):
        # Newton-Schulz runs in bf16 on both sides, each rounding its own way: torch's own bf16
        # iteration differs from the f32 one by ~3% on these matrices, so Muon weights are held
        # to the bf16 band; the Adam weights (f32 on both sides) to f32 rounding (a 0.3 weight
        # rounds at ~3e-8, i.e. ~3e-5 of a 1e-3 AdamW step).
        ok &= _report(f"{label} {tag}, Muon weights", pick(q, muon_names), pick(p, muon_names),
                      pick(start, muon_names), 1e-1)
        ok &= _report(f"{label} {tag}, Adam weights", pick(q, adam_names), pick(p, adam_names),
                      pick(start, adam_names), 1e-4)
    # The state muon-xla wrote (f32 on both sides) equals the library's own after step 2.
    theirs, mine = theirs_2, out
    kinds = ("momentum", "exp_avg", "exp_avg_sq")
    st = {k: theirs[k] for k in theirs if k.endswith(kinds)}
    ok &= _report(f"{label} state after step 2", {k: mine[k] for k in st}, st,
                  {k: np.zeros_like(v) for k, v in st.items()}, 1e-5)
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=["selftest-optax", "selftest-torch", "selftest-keller"])
    ap.add_argument("--muon-xla", default="target/release/muon-xla", help="the muon-xla binary")
    a = ap.parse_args()
    ok = {"selftest-optax": lambda: selftest_optax(a.muon_xla),
          "selftest-torch": lambda: _torch_case(a.muon_xla, keller=False),
          "selftest-keller": lambda: _torch_case(a.muon_xla, keller=True)}[a.command]()
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
