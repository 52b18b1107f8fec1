"""The small JAX models muon-xla's JAX interop is exercised with, and their synthetic data: an
MLP, the same MLP with a `has_aux` loss (mlp_aux), a one-block transformer.

Shared by export_step.py (writes the exported train step under graphs/jax/) and
optax_reference.py (trains the same model in pure JAX with optax.contrib.muon). Everything is
seeded, so both scripts see the same initial parameters and the same batch.

The train step each model exports is `step(params, x, y) -> (loss, grads)` with `grads` the same
pytree as `params` (what `jax.value_and_grad` returns), or `((loss, aux), grads)` for the models
in HAS_AUX: muon-xla binds gradients to parameters by these names.
"""

import os
import sys

import jax
import jax.numpy as jnp
import numpy as np

# The importable module (python/muon_xla_jax): muon-xla's names and safetensors files.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "python"))
from muon_xla_jax import named_leaves, read_safetensors, write_safetensors  # noqa: E402,F401


def mlp_init(key):
    """A 3-layer tanh MLP, optax (in, out) kernel layout."""
    dims = [16, 64, 64, 4]
    params = {}
    keys = jax.random.split(key, len(dims) - 1)
    for i, (a, b) in enumerate(zip(dims[:-1], dims[1:])):
        params[f"w{i}"] = jax.random.normal(keys[i], (a, b), jnp.float32) / np.sqrt(a)
        params[f"b{i}"] = jnp.zeros((b,), jnp.float32)
    return params


def mlp_forward(params, x):
    h = x
    n = len(params) // 2
    for i in range(n):
        h = h @ params[f"w{i}"] + params[f"b{i}"]
        if i < n - 1:
            h = jnp.tanh(h)
    return h


def mlp_loss(params, x, y):
    return jnp.mean((mlp_forward(params, x) - y) ** 2)


def mlp_loss_aux(params, x, y):
    """mlp_loss, and metrics computed with it (a `has_aux` loss): a scalar, a vector and an
    integer count, so the export returns aux leaves of several shapes and dtypes."""
    err = mlp_forward(params, x) - y
    aux = {"mae": jnp.mean(jnp.abs(err)), "per_output": jnp.mean(err ** 2, axis=0),
           "n_big": jnp.sum(jnp.abs(err) > 0.5, dtype=jnp.int32)}
    return jnp.mean(err ** 2), aux


def mlp_data(key):
    """Regression onto a fixed random teacher: y = sin(x A) B."""
    kx, ka, kb = jax.random.split(key, 3)
    x = jax.random.normal(kx, (128, 16), jnp.float32)
    a = jax.random.normal(ka, (16, 8), jnp.float32) / 4.0
    b = jax.random.normal(kb, (8, 4), jnp.float32) / np.sqrt(8.0)
    return x, jnp.sin(x @ a) @ b


VOCAB, SEQ, D, HEADS, FF = 16, 12, 32, 2, 64


def transformer_init(key):
    """One pre-norm decoder block (causal attention + MLP) over token and position embeddings."""
    ks = jax.random.split(key, 8)
    n = lambda k, shape, fan_in: jax.random.normal(k, shape, jnp.float32) / np.sqrt(fan_in)  # noqa: E731
    return {
        "embed": n(ks[0], (VOCAB, D), 1.0) * 0.5,
        "pos": n(ks[1], (SEQ, D), 1.0) * 0.1,
        "attn": {"wq": n(ks[2], (D, D), D), "wk": n(ks[3], (D, D), D),
                 "wv": n(ks[4], (D, D), D), "wo": n(ks[5], (D, D), D)},
        "mlp": {"w_in": n(ks[6], (D, FF), D), "w_out": n(ks[7], (FF, D), FF)},
        "ln1": jnp.ones((D,), jnp.float32),
        "ln2": jnp.ones((D,), jnp.float32),
        "unembed": n(jax.random.fold_in(key, 9), (D, VOCAB), D),
    }


def _norm(h, g):
    return h * jax.lax.rsqrt(jnp.mean(h * h, axis=-1, keepdims=True) + 1e-6) * g


def transformer_loss(params, x, y):
    b, s = x.shape
    h = params["embed"][x] + params["pos"][None, :s]
    a = params["attn"]
    z = _norm(h, params["ln1"])
    split = lambda t: t.reshape(b, s, HEADS, D // HEADS)  # noqa: E731
    q, k, v = split(z @ a["wq"]), split(z @ a["wk"]), split(z @ a["wv"])
    logits = jnp.einsum("bqhd,bkhd->bhqk", q, k) / np.sqrt(D // HEADS)
    mask = jnp.tril(jnp.ones((s, s), bool))
    logits = jnp.where(mask, logits, -1e9)
    att = jax.nn.softmax(logits, axis=-1)
    h = h + jnp.einsum("bhqk,bkhd->bqhd", att, v).reshape(b, s, D) @ a["wo"]
    m = params["mlp"]
    h = h + jax.nn.gelu(_norm(h, params["ln2"]) @ m["w_in"]) @ m["w_out"]
    out = h @ params["unembed"]
    logp = jax.nn.log_softmax(out, axis=-1)
    return -jnp.mean(jnp.take_along_axis(logp, y[..., None], axis=-1))


def transformer_data(key):
    """Next-token prediction on sequences that count up by a per-sequence stride (mod VOCAB)."""
    k0, k1 = jax.random.split(key)
    start = jax.random.randint(k0, (32, 1), 0, VOCAB)
    stride = jax.random.randint(k1, (32, 1), 1, 4)
    seq = (start + stride * jnp.arange(SEQ + 1)[None, :]) % VOCAB
    return seq[:, :-1].astype(jnp.int32), seq[:, 1:].astype(jnp.int32)


MODELS = {
    "mlp": (mlp_init, mlp_loss, mlp_data),
    # The MLP again, its loss returning (loss, aux): `jax.value_and_grad(..., has_aux=True)`.
    "mlp_aux": (mlp_init, mlp_loss_aux, mlp_data),
    "transformer": (transformer_init, transformer_loss, transformer_data),
}
HAS_AUX = {"mlp_aux"}


def setup(model):
    init, loss, data = MODELS[model]
    key = jax.random.PRNGKey(0)
    params = init(jax.random.fold_in(key, 1))
    x, y = data(jax.random.fold_in(key, 2))
    return params, loss, x, y


def train_step(loss, has_aux=False):
    """`(params, x, y) -> (loss, grads)`, or `((loss, aux), grads)` with `has_aux`: the program
    muon-xla runs every step."""

    def step(params, x, y):
        return jax.value_and_grad(loss, has_aux=has_aux)(params, x, y)

    return step


def flat_names(tree, root):
    """`root['a']['b']` style names of a pytree's leaves, in JAX's flattening order (what
    jax.export writes as argument locations and `jax.result_info`)."""
    leaves, _ = jax.tree_util.tree_flatten_with_path(tree)
    return [(root + jax.tree_util.keystr(path), leaf) for path, leaf in leaves]
