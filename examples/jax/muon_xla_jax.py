"""Call muon-xla's emitted optimizer step from inside your own `jax.jit`.

`muon-xla compile --emit-only --model MODEL.json --preset optax --out DIR` writes one StableHLO
program per shape group and a manifest.json naming every argument and result. `MuonXla(DIR)`
wraps each program as a `jax.export.Exported` (the text serialized to a StableHLO portable
artifact), so `MuonXla.update` is an ordinary JAX function: inside `jax.jit` JAX inlines our
programs into yours and XLA compiles the whole train step, loss, gradients and Muon, as one.

    opt = MuonXla("muon_out")                 # the directory `muon-xla compile` wrote
    state = opt.init(params)
    @jax.jit
    def train_step(params, state, x, y, t):
        loss, grads = jax.value_and_grad(loss_fn)(params, x, y)
        params, state = opt.update(params, grads, state, lr=0.02, step=t)
        return params, state, loss

Parameters are matched by their dotted pytree names (`attn.wq` for params["attn"]["wq"]), the
names the model description gave muon-xla. `python3 examples/jax/muon_xla_jax.py --bin
target/release/muon-xla` runs the MLP of models.py through it and checks it against
optax.contrib.muon.

Uses jax 0.10.2's `jax.export.Exported` constructor and `jax._src.lib._jax.mlir.
serialize_portable_artifact` (the function jax.export itself serializes with): the Exported
fields are public dataclass fields but constructing one by hand is not a documented JAX API.
"""

import json
import os

import jax
import jax.numpy as jnp
import numpy as np
from jax import export
from jax._src.lib import _jax

_DTYPES = {"f32": jnp.float32, "bf16": jnp.bfloat16, "f16": jnp.float16, "f64": jnp.float64,
           "i32": jnp.int32, "i64": jnp.int64, "i1": jnp.bool_}


def _aval(mlir_type):
    """`tensor<3x4xf32>` -> ShapedArray((3, 4), float32)."""
    inner = mlir_type[len("tensor<"):-1]
    *dims, elem = inner.split("x")
    return jax.core.ShapedArray(tuple(int(d) for d in dims), _DTYPES[elem])


def _exported(name, text, in_avals, out_avals):
    """Our StableHLO program as a jax.export.Exported whose `call` takes the arguments flat."""
    n, m = len(in_avals), len(out_avals)
    return export.Exported(
        fun_name=name,
        in_tree=jax.tree_util.tree_structure((tuple(range(n)), {})),
        in_avals=tuple(in_avals),
        out_tree=jax.tree_util.tree_structure(tuple(range(m))),
        out_avals=tuple(out_avals),
        _has_named_shardings=False,
        _in_named_shardings=(None,) * n,
        _out_named_shardings=(None,) * m,
        in_shardings_hlo=(None,) * n,
        out_shardings_hlo=(None,) * m,
        nr_devices=1,
        platforms=("cpu",),
        ordered_effects=(),
        unordered_effects=(),
        disabled_safety_checks=(),
        # jax.export targets the StableHLO of ~4 weeks ago; so do we (our text is plain StableHLO).
        mlir_module_serialized=_jax.mlir.serialize_portable_artifact(text, "1.13.0"),
        calling_convention_version=9,
        module_kept_var_idx=tuple(range(n)),
        uses_global_constants=False,
        _get_vjp=None,
    )


def _flat(tree):
    leaves, treedef = jax.tree_util.tree_flatten_with_path(tree)
    names = [jax.tree_util.keystr(p, simple=True, separator=".") for p, _ in leaves]
    return dict(zip(names, (v for _, v in leaves))), names, treedef


class MuonXla:
    """The optimizer muon-xla compiled for a model, callable from JAX (see the module doc)."""

    def __init__(self, compiled_dir):
        with open(os.path.join(compiled_dir, "manifest.json")) as f:
            manifest = json.load(f)
        config = manifest["config"]
        if config.get("storage", "per-param") != "per-param":
            raise ValueError(
                f"{compiled_dir} was compiled with --storage {config['storage']}: MuonXla passes "
                "every parameter and state tensor separately; compile it again without --storage")
        extras = config.get("extras", {})
        if any(extras.get(k) for k in ("clip", "ema_momentum", "qk_clip", "loss_scale", "skip_nonfinite",
                                       "grad_scale", "accumulate")):
            raise ValueError("MuonXla wraps the plain step only: compile without clipping, EMA, "
                             f"QK-clip, loss scaling or accumulation (extras: {extras})")
        self.config = config
        self.groups = []
        for g in manifest["groups"]:
            with open(os.path.join(compiled_dir, g["graph"])) as f:
                text = f.read()
            args = [(a["name"], _aval(a["type"])) for a in g["arguments"]]
            results = [(r["name"], _aval(r["type"])) for r in g["results"]]
            exp = _exported(g["name"], text, [a for _, a in args], [a for _, a in results])
            self.groups.append((g, args, results, exp))

    def adam_lr(self, lr):
        a = self.config["adam_lr"]
        return a["fixed"] if "fixed" in a else a["ratio"] * lr

    def init(self, params):
        """Zero state for every parameter (`NAME.momentum`, `NAME.exp_avg`, ...), f32 or the
        buffer dtype the program declares."""
        flat, _, _ = _flat(params)
        state = {}
        for _, args, _, _ in self.groups:
            for name, aval in args:
                base, _, kind = name.rpartition(".")
                if base in flat and kind in ("momentum", "exp_avg", "exp_avg_sq"):
                    state[name] = jnp.zeros(aval.shape, aval.dtype)
        return state

    def update(self, params, grads, state, lr, step):
        """One optimizer step (`step` counts from 1). Returns (new params, new state)."""
        flat, names, treedef = _flat(params)
        gflat, _, _ = _flat(grads)
        adam_lr = self.adam_lr(lr)
        scalars = {
            "lr": None,  # depends on the route
            "wd_lr": lr if self.config.get("adam_decay_uses_muon_lr") else adam_lr,
            "step": jnp.asarray(step, jnp.float32),
        }
        new_params, new_state = dict(flat), dict(state)
        for g, args, results, exp in self.groups:
            values = []
            for name, aval in args:
                if name in flat:
                    v = flat[name]
                elif name.endswith(".grad") and name[:-5] in gflat:
                    v = gflat[name[:-5]]
                elif name in state:
                    v = state[name]
                elif name == "lr":
                    v = lr if g["route"] == "muon" else adam_lr
                elif name in scalars:
                    v = scalars[name]
                else:
                    raise KeyError(f"group {g['name']}: no value for argument `{name}`")
                values.append(jnp.asarray(v, aval.dtype))
            outs = exp.call(*values)
            for (name, _), v in zip(results, outs):
                (new_params if name in flat else new_state)[name] = v
        return jax.tree_util.tree_unflatten(treedef, [new_params[n] for n in names]), new_state


def _demo(binary, steps=5, lr=0.02):
    """The MLP of models.py trained by pure optax.contrib.muon and by our step inside jax.jit."""
    import subprocess
    import tempfile

    import optax

    from models import dotted, setup, train_step

    params, loss, x, y = setup("mlp")
    tmp = tempfile.mkdtemp()
    model = {"name": "mlp", "layout": "in-out",
             "params": [{"name": n, "shape": list(v.shape), "dtype": "f32"} for n, v in dotted(params)]}
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
        for (n, a), (_, b) in zip(dotted(p_ours), dotted(p_ref)):
            a, b = np.asarray(a, np.float64), np.asarray(b, np.float64)
            err = np.linalg.norm(a - b) / np.linalg.norm(b)
            worst = max(worst, err)
            assert err <= 1e-4, f"step {t} `{n}`: relative error {err:.3e}"
        print(f"step {t}: loss {float(ours_value):.6f} (optax {float(value):.6f})")
    # One program: JAX inlined every shape group as a private function of the jitted module.
    hlo = ours.lower(params, s_ours, 1).as_text()
    inlined = [g["name"] for g, *_ in opt.groups if f"func.func private @call_exported_{g['name']}" in hlo]
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
