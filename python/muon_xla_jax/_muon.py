"""MuonXla: the programs `muon-xla compile --emit-only` writes, as one JAX optimizer."""

import json
import os

import jax
import jax.numpy as jnp

from ._names import named_leaves
from ._private import stablehlo_function

_DTYPES = {"f32": jnp.float32, "bf16": jnp.bfloat16, "f16": jnp.float16, "f64": jnp.float64,
           "i32": jnp.int32, "i64": jnp.int64, "i1": jnp.bool_}
_STATE_KINDS = ("momentum", "exp_avg", "exp_avg_sq")


def _type(mlir_type):
    """`tensor<3x4xf32>` -> ShapeDtypeStruct((3, 4), float32)."""
    inner = mlir_type[len("tensor<"):-1]
    *dims, elem = inner.split("x")
    return jax.ShapeDtypeStruct(tuple(int(d) for d in dims), _DTYPES[elem])


class MuonXla:
    """The optimizer muon-xla compiled for a model, callable from JAX.

        opt = MuonXla("muon_out")                 # the directory `muon-xla compile` wrote
        state = opt.init(params)
        @jax.jit
        def train_step(params, state, x, y, t):
            loss, grads = jax.value_and_grad(loss_fn)(params, x, y)
            params, state = opt.update(params, grads, state, lr=0.02, step=t)
            return params, state, loss

    Parameters are matched by muon-xla's names of the pytree's leaves (`attn.wq` for
    params["attn"]["wq"]; see `param_names`), the names the model description gave muon-xla.
    """

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
            args = [(a["name"], _type(a["type"])) for a in g["arguments"]]
            results = [(r["name"], _type(r["type"])) for r in g["results"]]
            fn = stablehlo_function(text, [t for _, t in args], [t for _, t in results],
                                    name=g["name"], in_names=[n for n, _ in args])
            self.groups.append((g, args, results, fn))

    def adam_lr(self, lr):
        a = self.config["adam_lr"]
        return a["fixed"] if "fixed" in a else a["ratio"] * lr

    def init(self, params):
        """Zero state for every parameter (`NAME.momentum`, `NAME.exp_avg`, ...), f32 or the
        buffer dtype the program declares."""
        flat = dict(named_leaves(params))
        state = {}
        for _, args, _, _ in self.groups:
            for name, t in args:
                base, _, kind = name.rpartition(".")
                if base in flat and kind in _STATE_KINDS:
                    state[name] = jnp.zeros(t.shape, t.dtype)
        return state

    def update(self, params, grads, state, lr, step):
        """One optimizer step (`step` counts from 1). Returns (new params, new state)."""
        leaves = named_leaves(params)
        flat = dict(leaves)
        gflat = dict(named_leaves(grads))
        treedef = jax.tree_util.tree_structure(params)
        adam_lr = self.adam_lr(lr)
        scalars = {
            "wd_lr": lr if self.config.get("adam_decay_uses_muon_lr") else adam_lr,
            "step": jnp.asarray(step, jnp.float32),
        }
        new_params, new_state = dict(flat), dict(state)
        for g, args, results, fn in self.groups:
            values = []
            for name, t in args:
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
                    raise KeyError(f"group {g['name']}: no value for argument `{name}` (parameters: "
                                   f"{', '.join(flat)}; is this the directory compiled for this model?)")
                values.append(jnp.asarray(v, t.dtype))
            for (name, _), v in zip(results, fn(*values)):
                (new_params if name in flat else new_state)[name] = v
        return jax.tree_util.tree_unflatten(treedef, [new_params[n] for n, _ in leaves]), new_state
