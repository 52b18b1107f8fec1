"""Exports the train step of each model in models.py for muon-xla (see README "From JAX").

For MODEL in mlp, mlp_aux (the MLP's step with `has_aux=True`: `((loss, aux), grads)`),
transformer it writes, under OUT/MODEL/:
  step.mlir     `jax.jit(step).lower(params, x, y).as_text()`: StableHLO text (no locations)
  step.mlirbc   `jax.export.export(jax.jit(step))(...).mlir_module_serialized`: portable bytecode
  step.json     the signature of both (argument/result names as JAX writes them, dtypes, shapes,
                donation): bytecode carries no readable signature, and the text has no argument
                names without locations
  init.safetensors  initial parameters (muon-xla names, e.g. `attn.wq`: muon_xla_jax.save_params)
                    and the batch (`x`, `y`)
  step.jaxexport  with --serialized: jax.export's own file, `exp.serialize()` of the same step
                called as `(params, x=x, y=y)` (keywords, so the file names the batch `x`, `y`);
                needs the `flatbuffers` package

    python3 examples/jax/export_step.py --out graphs/jax [--serialized]

    python3 examples/jax/export_step.py --check graphs/jax

`--check DIR` exports into a temporary directory and compares with DIR (what CI runs): the text
and the JSON byte for byte, the batch exactly, the initial parameters within 1e-6 relative (they
come from jax.random and XLA:CPU's transcendental functions, whose last bits may differ between
CPUs; the parity test regenerates them on its own machine anyway). The bytecode embeds source
locations (absolute paths), so it is not compared; nor is the serialized file's module, but with
--serialized its pytrees, shapes and dtypes are (read back with `jax.export.deserialize`).
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

from models import HAS_AUX, MODELS, flat_names, read_safetensors, setup, train_step  # noqa: E402
from muon_xla_jax import save_params  # noqa: E402

_DTYPES = {"float32": "f32", "int32": "i32", "bfloat16": "bf16", "float16": "f16"}


def signature(params, x, y, out):
    """`out`: the step's result tree, `(loss, grads)` or `((loss, aux), grads)`, named as JAX
    names results (`result[0]`, `result[0][1]['mae']`, `result[1]['w0']`)."""
    port = lambda name, a: {"name": name, "dtype": _DTYPES[str(a.dtype)], "shape": list(a.shape)}  # noqa: E731
    inputs = [port(n, a) | {"donated": False}
              for n, a in flat_names(params, "params") + flat_names(x, "x") + flat_names(y, "y")]
    outputs = [port(n, a) for n, a in flat_names(out, "result")]
    return {"format": "muon-xla/jax-step/1", "jax": jax.__version__,
            "inputs": inputs, "outputs": outputs}


def export_model(model, out_dir, serialized=False):
    params, loss, x, y = setup(model)
    step = jax.jit(train_step(loss, has_aux=model in HAS_AUX))
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
    if serialized:
        # Keywords for the batch: the file's in_tree keeps them (`x`, `y`), not positional names.
        blob = export.export(step)(params, x=x, y=y).serialize()
        with open(os.path.join(out_dir, "step.jaxexport"), "wb") as f:
            f.write(blob)
    save_params(os.path.join(out_dir, "init.safetensors"), params, extra={"x": x, "y": y},
                metadata={"model": model, "jax": jax.__version__})
    print(f"{out_dir}: {len(text)} bytes of text, {len(exported.mlir_module_serialized)} of bytecode")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out")
    ap.add_argument("--check", metavar="DIR", help="compare a fresh export with DIR instead of writing")
    ap.add_argument("--model", choices=sorted(MODELS), action="append")
    ap.add_argument("--serialized", action="store_true",
                    help="also write step.jaxexport (exp.serialize(); needs the flatbuffers package)")
    args = ap.parse_args()
    if not (args.out or args.check):
        ap.error("give --out DIR or --check DIR")
    out = args.out or tempfile.mkdtemp()
    for model in args.model or sorted(MODELS):
        export_model(model, os.path.join(out, model), args.serialized)
    if args.check:
        sys.exit(check(out, args.check, args.model or sorted(MODELS), args.serialized))


def serialized_signature(path):
    """What muon-xla reads from a serialized export besides the module: trees, avals, platforms."""
    exp = export.deserialize(bytearray(open(path, "rb").read()))
    return (str(exp.in_tree), str(exp.out_tree), exp.in_avals, exp.out_avals, exp.platforms,
            exp.module_kept_var_idx)


def check(fresh, committed, models, serialized=False):
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
        if serialized and not os.path.exists(os.path.join(b, "step.jaxexport")):
            bad.append(f"{model}/step.jaxexport is missing")
        elif serialized and (serialized_signature(os.path.join(a, "step.jaxexport"))
                             != serialized_signature(os.path.join(b, "step.jaxexport"))):
            bad.append(f"{model}/step.jaxexport differs (trees, shapes, dtypes or platforms)")
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
              f"'python3 examples/jax/export_step.py --out {committed}"
              f"{' --serialized' if serialized else ''}' and commit", file=sys.stderr)
        return 1
    print(f"{committed}: up to date")
    return 0


if __name__ == "__main__":
    main()
