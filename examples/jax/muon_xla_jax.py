"""Call muon-xla's emitted optimizer step from inside your own `jax.jit`: a demo of the
importable module python/muon_xla_jax (see its docstring and README "From JAX").

`muon-xla compile --emit-only --model MODEL.json --preset optax --out DIR` writes one StableHLO
program per shape group and a manifest.json naming every argument and result.
`muon_xla_jax.MuonXla(DIR)` makes each program a JAX function, so `MuonXla.update` is an ordinary
JAX function: inside `jax.jit` JAX inlines our programs into yours and XLA compiles the whole
train step, loss, gradients and Muon, as one.

    from muon_xla_jax import MuonXla          # with python/ on sys.path or PYTHONPATH
    opt = MuonXla("muon_out")                 # the directory `muon-xla compile` wrote
    state = opt.init(params)
    @jax.jit
    def train_step(params, state, x, y, t):
        loss, grads = jax.value_and_grad(loss_fn)(params, x, y)
        params, state = opt.update(params, grads, state, lr=0.02, step=t)
        return params, state, loss

`python3 examples/jax/muon_xla_jax.py --bin target/release/muon-xla` runs the MLP of models.py
through it and checks it against optax.contrib.muon, and that the jitted module holds every
muon-xla program.
"""

import json
import os

import jax
import numpy as np

# models.py puts python/ (the muon_xla_jax module) on sys.path.
from models import named_leaves, setup, train_step  # noqa: E402
from muon_xla_jax import MuonXla  # noqa: E402


def _demo(binary, steps=5, lr=0.02):
    """The MLP of models.py trained by pure optax.contrib.muon and by our step inside jax.jit."""
    import subprocess
    import tempfile

    import optax

    params, loss, x, y = setup("mlp")
    tmp = tempfile.mkdtemp()
    model = {"name": "mlp", "layout": "in-out",
             "params": [{"name": n, "shape": list(v.shape), "dtype": "f32"} for n, v in named_leaves(params)]}
    with open(os.path.join(tmp, "mlp.json"), "w") as f:
        json.dump(model, f)
    out = os.path.join(tmp, "compiled")
    subprocess.run([binary, "compile", "--emit-only", "--model", os.path.join(tmp, "mlp.json"),
                    "--preset", "optax", "--lr", str(lr), "--out", out], check=True)
    opt = MuonXla(out)

    @jax.jit
    def ours(params, state, t):
        value, grads = jax.value_and_grad(loss)(params, x, y)
        params, state = opt.update(params, grads, state, lr, t)
        return params, state, value

    tx = optax.contrib.muon(learning_rate=lr)
    step = jax.jit(train_step(loss))
    update = jax.jit(tx.update)
    p_ref, s_ref, p_ours, s_ours = params, tx.init(params), params, opt.init(params)
    worst = 0.0
    for t in range(1, steps + 1):
        value, grads = step(p_ref, x, y)
        upd, s_ref = update(grads, s_ref, p_ref)
        p_ref = optax.apply_updates(p_ref, upd)
        p_ours, s_ours, ours_value = ours(p_ours, s_ours, t)
        for (n, a), (_, b) in zip(named_leaves(p_ours), named_leaves(p_ref)):
            a, b = np.asarray(a, np.float64), np.asarray(b, np.float64)
            err = np.linalg.norm(a - b) / np.linalg.norm(b)
            worst = max(worst, err)
            assert err <= 1e-4, f"step {t} `{n}`: relative error {err:.3e}"
        print(f"step {t}: loss {float(ours_value):.6f} (optax {float(value):.6f})")
    # One program: JAX inlined every shape group as a private function of the jitted module.
    hlo = ours.lower(params, s_ours, 1).as_text()
    inlined = [g["name"] for g, *_ in opt.groups if f"func.func private @muon_xla_{g['name']}" in hlo]
    assert len(inlined) == len(opt.groups), (inlined, [g["name"] for g, *_ in opt.groups])
    print(f"the jitted train step holds all {len(inlined)} muon-xla programs: {', '.join(inlined)}")
    print(f"muon-xla's step inside jax.jit matches optax.contrib.muon: worst relative error {worst:.2e}")


if __name__ == "__main__":
    import argparse

    os.environ.setdefault("JAX_PLATFORMS", "cpu")
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default="target/release/muon-xla", help="the muon-xla binary")
    ap.add_argument("--steps", type=int, default=5)
    _demo(ap.parse_args().bin, ap.parse_args().steps)
