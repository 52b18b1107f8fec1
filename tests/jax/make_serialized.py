"""Writes the small jax.export serialized files (`exp.serialize()`) tests/optimizer/jax_interop.rs
reads, next to this script:

  nested.jaxexport      `step(params, x, y) -> (loss, grads)`, params {'attn': {'wk', 'wq'}, 'b'}:
                        two same-shaped f32[8, 8] parameters, so only names can bind them; the
                        batch passed as keywords (`x=`, `y=`)
  nested.mlir           the same step as text with debug locations (`loc("params['attn']['wq']")`)
  nested_init.safetensors  initial parameters (`attn.wq`, ...), the batch (`x`, `y`) and `losses`:
                        optax.contrib.muon(0.02)'s first 3 losses on them in pure JAX
  positional.jaxexport  the same step with the batch passed positionally (named `args[1]`, ...)
  unused_batch.jaxexport  a step ignoring its argument `z`: jax drops it (module_kept_var_idx)
  unused_param.jaxexport  a step ignoring the parameter `b`: dropped too, which must be refused
  two_platforms.jaxexport  exported for cpu and cuda (a platform-index argument): refused
  poly.jaxexport        a symbolic batch dimension `b`: refused
  nested_jax0.11.2.jaxexport  nested.jaxexport as jax 0.11.2 writes it (serialization version
                        12, where 0.10.2 writes 3): run with that jax, the script writes only it

    python3 tests/jax/make_serialized.py

Pins: jax 0.10.2 (and 0.11.2 for the one file), optax 0.2.8, and the `flatbuffers` package (jax's
serializer imports it).
"""

import json
import os
import struct

os.environ.setdefault("JAX_PLATFORMS", "cpu")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402
import optax  # noqa: E402
from jax import export  # noqa: E402

HERE = os.path.dirname(os.path.relpath(__file__))
LR, STEPS = 0.02, 3


def loss(params, x, y):
    h = jnp.tanh(x @ params["attn"]["wq"]) @ params["attn"]["wk"] + params["b"]
    return jnp.mean((h - y) ** 2)


def step(params, x, y):
    return jax.value_and_grad(loss)(params, x, y)


def setup():
    k = jax.random.split(jax.random.PRNGKey(23), 4)
    params = {"attn": {"wq": jax.random.normal(k[0], (8, 8)) / np.sqrt(8.0),
                       "wk": jax.random.normal(k[1], (8, 8)) / np.sqrt(8.0)},
              "b": jnp.zeros((8,), jnp.float32)}
    x = jax.random.normal(k[2], (16, 8))
    y = jnp.sin(x @ jax.random.normal(k[3], (8, 8)) / 2.0)
    return params, x, y


def write(name, data):
    with open(os.path.join(HERE, name), "wb" if isinstance(data, (bytes, bytearray)) else "w") as f:
        f.write(data)
    print(f"{name}: {len(data)} bytes")


def write_safetensors(path, tensors, metadata):
    header, blobs, offset = {}, [], 0
    for name in sorted(tensors):
        data = np.ascontiguousarray(np.asarray(tensors[name], np.float32)).astype("<f4").tobytes()
        header[name] = {"dtype": "F32", "shape": list(np.shape(tensors[name])),
                        "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    header["__metadata__"] = metadata
    raw = json.dumps(header, separators=(",", ":"), sort_keys=True).encode()
    raw += b" " * (-len(raw) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(raw)) + raw + b"".join(blobs))


def optax_losses(params, x, y):
    """The pure-JAX reference: optax.contrib.muon at LR, the losses of its first STEPS steps."""
    tx = optax.contrib.muon(learning_rate=LR)
    state, losses = tx.init(params), []
    for _ in range(STEPS):
        value, grads = jax.jit(step)(params, x, y)
        losses.append(float(value))
        updates, state = tx.update(grads, state, params)
        params = optax.apply_updates(params, updates)
    return losses


def main():
    params, x, y = setup()
    jitted = jax.jit(step)
    if jax.__version__ != "0.10.2":
        write(f"nested_jax{jax.__version__}.jaxexport",
              export.export(jitted)(params, x=x, y=y).serialize())
        return
    write("nested.jaxexport", export.export(jitted)(params, x=x, y=y).serialize())
    write("nested.mlir", jitted.lower(params, x, y).as_text(debug_info=True))
    tensors = {"attn.wq": params["attn"]["wq"], "attn.wk": params["attn"]["wk"], "b": params["b"],
               "x": x, "y": y, "losses": np.asarray(optax_losses(params, x, y), np.float32)}
    write_safetensors(os.path.join(HERE, "nested_init.safetensors"), tensors,
                      {"jax": jax.__version__, "optax": optax.__version__, "lr": repr(LR)})
    write("positional.jaxexport", export.export(jitted)(params, x, y).serialize())

    def ignores_z(params, x, y, z):
        return step(params, x, y)
    write("unused_batch.jaxexport", export.export(jax.jit(ignores_z))(params, x=x, y=y, z=x).serialize())

    def ignores_b(params, x, y):
        def ignoring_b(p):
            return jnp.mean((jnp.tanh(x @ p["attn"]["wq"]) @ p["attn"]["wk"] - y) ** 2)
        return jax.value_and_grad(ignoring_b)(params)
    write("unused_param.jaxexport", export.export(jax.jit(ignores_b))(params, x=x, y=y).serialize())
    write("two_platforms.jaxexport",
          export.export(jitted, platforms=["cpu", "cuda"])(params, x=x, y=y).serialize())
    b, = export.symbolic_shape("b")
    batch = jax.ShapeDtypeStruct((b, 8), jnp.float32)
    write("poly.jaxexport", export.export(jitted)(params, x=batch, y=batch).serialize())


if __name__ == "__main__":
    main()
