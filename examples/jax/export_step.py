"""Exports the train step of each model in models.py for muon-xla (see README "From JAX").

For MODEL in mlp, transformer it writes, under OUT/MODEL/:
  step.mlir     `jax.jit(step).lower(params, x, y).as_text()`: StableHLO text (no locations)
  step.mlirbc   `jax.export.export(jax.jit(step))(...).mlir_module_serialized`: portable bytecode
  step.json     the signature of both (argument/result names as JAX writes them, dtypes, shapes,
                donation): bytecode carries no readable signature, and the text has no argument
                names without locations
  init.safetensors  initial parameters (dotted names, e.g. `attn.wq`) and the batch (`x`, `y`)

    python3 examples/jax/export_step.py --out graphs/jax

The text, the JSON and the safetensors file are deterministic (CI regenerates and compares them);
the bytecode embeds source locations, so it is regenerated but not compared byte for byte.
"""

import argparse
import json
import os

os.environ.setdefault("JAX_PLATFORMS", "cpu")

import jax  # noqa: E402
from jax import export  # noqa: E402

from models import MODELS, dotted, flat_names, setup, train_step, write_safetensors  # noqa: E402

_DTYPES = {"float32": "f32", "int32": "i32", "bfloat16": "bf16", "float16": "f16"}


def signature(params, x, y, out):
    loss, grads = out
    port = lambda name, a: {"name": name, "dtype": _DTYPES[str(a.dtype)], "shape": list(a.shape)}  # noqa: E731
    inputs = [port(n, a) | {"donated": False}
              for n, a in flat_names(params, "params") + flat_names(x, "x") + flat_names(y, "y")]
    outputs = [port("result[0]", loss)] + [port(n, a) for n, a in flat_names(grads, "result[1]")]
    return {"format": "muon-xla/jax-step/1", "jax": jax.__version__,
            "inputs": inputs, "outputs": outputs}


def export_model(model, out_dir):
    params, loss, x, y = setup(model)
    step = jax.jit(train_step(loss))
    os.makedirs(out_dir, exist_ok=True)
    text = step.lower(params, x, y).as_text()
    with open(os.path.join(out_dir, "step.mlir"), "w") as f:
        f.write(text)
    exported = export.export(step)(params, x, y)
    with open(os.path.join(out_dir, "step.mlirbc"), "wb") as f:
        f.write(exported.mlir_module_serialized)
    sig = signature(params, x, y, jax.eval_shape(step, params, x, y))
    with open(os.path.join(out_dir, "step.json"), "w") as f:
        json.dump(sig, f, indent=1)
        f.write("\n")
    tensors = dict(dotted(params))
    tensors["x"], tensors["y"] = x, y
    write_safetensors(os.path.join(out_dir, "init.safetensors"), tensors,
                      {"model": model, "jax": jax.__version__})
    print(f"{out_dir}: {len(text)} bytes of text, {len(exported.mlir_module_serialized)} of bytecode")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--model", choices=sorted(MODELS), action="append")
    args = ap.parse_args()
    for model in args.model or sorted(MODELS):
        export_model(model, os.path.join(args.out, model))


if __name__ == "__main__":
    main()
