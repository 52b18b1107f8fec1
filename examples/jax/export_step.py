"""Exports the train step of each model in models.py for muon-xla (see README "From JAX").

For MODEL in mlp, transformer it writes, under OUT/MODEL/:
  step.mlir     `jax.jit(step).lower(params, x, y).as_text()`: StableHLO text (no locations)
  step.mlirbc   `jax.export.export(jax.jit(step))(...).mlir_module_serialized`: portable bytecode
  step.json     the signature of both (argument/result names as JAX writes them, dtypes, shapes,
                donation): bytecode carries no readable signature, and the text has no argument
                names without locations
  init.safetensors  initial parameters (dotted names, e.g. `attn.wq`) and the batch (`x`, `y`)

    python3 examples/jax/export_step.py --out graphs/jax

    python3 examples/jax/export_step.py --check graphs/jax

`--check DIR` exports into a temporary directory and compares with DIR (what CI runs): the text
and the JSON byte for byte, the batch exactly, the initial parameters within 1e-6 relative (they
come from jax.random and XLA:CPU's transcendental functions, whose last bits may differ between
CPUs; the parity test regenerates them on its own machine anyway). The bytecode embeds source
locations (absolute paths), so it is not compared.
"""

import argparse
import hashlib
import json
import os
import sys
import tempfile

os.environ.setdefault("JAX_PLATFORMS", "cpu")

import jax  # noqa: E402
from jax import export  # noqa: E402

import numpy as np  # noqa: E402

from models import MODELS, dotted, flat_names, read_safetensors, setup, train_step, write_safetensors  # noqa: E402

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
    # The modules this sidecar describes, by sha256: muon-xla trusts the argument order of a
    # sidecar written together with its module (it cannot read bytecode's own names).
    sig["modules_sha256"] = [hashlib.sha256(m).hexdigest()
                             for m in (text.encode(), exported.mlir_module_serialized)]
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
    ap.add_argument("--out")
    ap.add_argument("--check", metavar="DIR", help="compare a fresh export with DIR instead of writing")
    ap.add_argument("--model", choices=sorted(MODELS), action="append")
    args = ap.parse_args()
    if not (args.out or args.check):
        ap.error("give --out DIR or --check DIR")
    out = args.out or tempfile.mkdtemp()
    for model in args.model or sorted(MODELS):
        export_model(model, os.path.join(out, model))
    if args.check:
        sys.exit(check(out, args.check, args.model or sorted(MODELS)))


def check(fresh, committed, models):
    bad = []
    for model in models:
        a, b = os.path.join(fresh, model), os.path.join(committed, model)
        if open(os.path.join(a, "step.mlir"), "rb").read() != open(os.path.join(b, "step.mlir"), "rb").read():
            bad.append(f"{model}/step.mlir differs")
        # The bytecode's own bytes may vary between exports; its sha256 in the sidecar must be
        # that of the committed bytecode, and the rest of the sidecar must be the fresh one.
        new_sig, old_sig = (json.load(open(os.path.join(d, "step.json"))) for d in (a, b))
        committed_bc = open(os.path.join(b, "step.mlirbc"), "rb").read()
        if hashlib.sha256(committed_bc).hexdigest() not in old_sig.get("modules_sha256", []):
            bad.append(f"{model}/step.json does not list the sha256 of the committed step.mlirbc")
        new_sig.pop("modules_sha256", None)
        old_sig.pop("modules_sha256", None)
        if new_sig != old_sig:
            bad.append(f"{model}/step.json differs")
        new, old = (read_safetensors(os.path.join(d, "init.safetensors")) for d in (a, b))
        if sorted(new) != sorted(old):
            bad.append(f"{model}/init.safetensors names differ: {sorted(new)} vs {sorted(old)}")
            continue
        for name in new:
            x, y = new[name].astype(np.float64), old[name].astype(np.float64)
            exact = name in ("x", "y") and model == "transformer"
            if x.shape != y.shape or (exact and not np.array_equal(x, y)) or (
                    np.linalg.norm(x - y) > 1e-6 * max(np.linalg.norm(y), 1e-30)):
                bad.append(f"{model}/init.safetensors `{name}` differs")
    for b in bad:
        print(b, file=sys.stderr)
    if bad:
        print(f"{committed} is not what this script exports: run "
              f"'python3 examples/jax/export_step.py --out {committed}' and commit", file=sys.stderr)
        return 1
    print(f"{committed}: up to date")
    return 0


if __name__ == "__main__":
    main()
