"""Writes the bad-input fixtures of tests/optimizer/jax_interop.rs under tests/jax/ (committed; run again
only to refresh them):

  cuda_eigh.mlir (+ .json)   a train step lowered for CUDA: its eigh lowers to the custom call
                             `cusolver_syevd_ffi`, which no CPU plugin has
  lapack_eigh.mlir (+ .json) the same step lowered for CPU: jaxlib's `lapack_ssyevd_ffi`, a kernel
                             registered by jaxlib itself, not by a standalone PJRT plugin
  too_new.mlirbc (+ .json)   the MLP step of export_step.py serialized as a StableHLO portable
                             artifact, with the version it declares raised to 9.99.0: what a
                             future jax would write. The artifact's StableHLO version is only the
                             `StableHLO_vX.Y.Z` producer string after the bytecode magic (serializing
                             at 1.13.0 and at 1.17.0 differ in that string alone), and the
                             xla-cpu-pjrt 0.0.1 plugin, though it reports StableHLO 1.13.3, reads
                             jax 0.10.2's newest (1.17.0), so no real jax output is too new for it

    python3 examples/jax/export_fixtures.py --out tests/jax
"""

import argparse
import json
import os
import shutil

os.environ.setdefault("JAX_PLATFORMS", "cpu")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
from jax._src.lib import _jax  # noqa: E402

from export_step import signature  # noqa: E402


def eigh_loss(p, x):
    w = p["w"]
    return jnp.sum(jnp.linalg.eigh(w @ w.T + x)[0] ** 2)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--graphs", default=os.path.join(os.path.dirname(__file__), "../../graphs/jax"))
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    step = jax.jit(lambda p, x: jax.value_and_grad(eigh_loss)(p, x))
    p, x = {"w": jnp.ones((4, 4))}, jnp.eye(4)
    sig = signature(p, x, None, jax.eval_shape(step, p, x))
    sig["inputs"] = [i for i in sig["inputs"] if i["name"] != "y"]
    for name, platform in [("cuda_eigh", "cuda"), ("lapack_eigh", "cpu")]:
        text = step.trace(p, x).lower(lowering_platforms=(platform,)).as_text()
        with open(os.path.join(args.out, f"{name}.mlir"), "w") as f:
            f.write(text)
        with open(os.path.join(args.out, f"{name}.json"), "w") as f:
            json.dump(sig, f, indent=1)
            f.write("\n")
    mlp = open(os.path.join(args.graphs, "mlp/step.mlir")).read()
    with open(os.path.join(args.out, "too_new.mlirbc"), "wb") as f:
        code = _jax.mlir.serialize_portable_artifact(mlp, "1.17.0")
        assert code.count(b"StableHLO_v1.17.0") == 1
        f.write(code.replace(b"StableHLO_v1.17.0", b"StableHLO_v9.99.0"))
    shutil.copy(os.path.join(args.graphs, "mlp/step.json"), os.path.join(args.out, "too_new.json"))


if __name__ == "__main__":
    main()
