"""The two small JAX models muon-xla's JAX interop is exercised with, and their synthetic data.

Shared by export_step.py (writes the exported train step under graphs/jax/) and
optax_reference.py (trains the same model in pure JAX with optax.contrib.muon). Everything is
seeded, so both scripts see the same initial parameters and the same batch.

The train step each model exports is `step(params, x, y) -> (loss, grads)` with `grads` the same
pytree as `params` (what `jax.value_and_grad` returns): muon-xla binds gradients to parameters by
these names.
"""

import json
import struct

import jax
import jax.numpy as jnp
import numpy as np


def mlp_init(key):
    """A 3-layer tanh MLP, optax (in, out) kernel layout."""
    dims = [16, 64, 64, 4]
    params = {}
    keys = jax.random.split(key, len(dims) - 1)
    for i, (a, b) in enumerate(zip(dims[:-1], dims[1:])):
        params[f"w{i}"] = jax.random.normal(keys[i], (a, b), jnp.float32) / np.sqrt(a)
        params[f"b{i}"] = jnp.zeros((b,), jnp.float32)
    return params


def mlp_loss(params, x, y):
    h = x
    n = len(params) // 2
    for i in range(n):
        h = h @ params[f"w{i}"] + params[f"b{i}"]
        if i < n - 1:
            h = jnp.tanh(h)
    return jnp.mean((h - y) ** 2)


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
    "transformer": (transformer_init, transformer_loss, transformer_data),
}


def setup(model):
    init, loss, data = MODELS[model]
    key = jax.random.PRNGKey(0)
    params = init(jax.random.fold_in(key, 1))
    x, y = data(jax.random.fold_in(key, 2))
    return params, loss, x, y


def train_step(loss):
    """`(params, x, y) -> (loss, grads)`: the program muon-xla runs every step."""

    def step(params, x, y):
        return jax.value_and_grad(loss)(params, x, y)

    return step


def flat_names(tree, root):
    """`root['a']['b']` style names of a pytree's leaves, in JAX's flattening order (what
    jax.export writes as argument locations and `jax.result_info`)."""
    leaves, _ = jax.tree_util.tree_flatten_with_path(tree)
    return [(root + jax.tree_util.keystr(path), leaf) for path, leaf in leaves]


def dotted(tree):
    """`a.b` names (muon-xla's parameter names) of a pytree's leaves, in flattening order."""
    leaves, _ = jax.tree_util.tree_flatten_with_path(tree)
    return [(jax.tree_util.keystr(path, simple=True, separator="."), leaf) for path, leaf in leaves]


_ST_DTYPES = {"float32": "F32", "int32": "I32"}


def write_safetensors(path, tensors, metadata=None):
    """A minimal safetensors writer (the format is an 8-byte header length, a JSON header and
    the raw little-endian data), so CI needs no extra Python package."""
    header, blobs, offset = {}, [], 0
    for name in sorted(tensors):
        a = np.ascontiguousarray(np.asarray(tensors[name]))
        data = a.astype(a.dtype.newbyteorder("<")).tobytes()
        header[name] = {"dtype": _ST_DTYPES[str(a.dtype)], "shape": list(a.shape),
                        "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    if metadata:
        header["__metadata__"] = metadata
    raw = json.dumps(header, separators=(",", ":"), sort_keys=True).encode()
    raw += b" " * (-len(raw) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(raw)))
        f.write(raw)
        for b in blobs:
            f.write(b)


def read_safetensors(path):
    """Reads what write_safetensors wrote: {name: array}."""
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    kinds = {v: k for k, v in _ST_DTYPES.items()}
    out = {}
    for name, h in header.items():
        if name == "__metadata__":
            continue
        a, b = h["data_offsets"]
        out[name] = np.frombuffer(data[a:b], np.dtype(kinds[h["dtype"]]).newbyteorder("<")).reshape(h["shape"])
    return out
