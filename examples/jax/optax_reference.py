"""Pure-JAX reference for muon-xla's JAX parity test: trains MODEL for STEPS steps with
optax.contrib.muon (defaults, the given learning rate) on the same initial parameters and batch
as export_step.py, and writes the parameters after every step (`NAME.after.T`) and the losses
to OUT (safetensors); for a `has_aux` model also the aux metrics JAX computed with the loss of
step T (`aux.NAME.T`, named as muon-xla names them: `aux.mae` for aux['mae']).

    python3 examples/jax/optax_reference.py --model mlp --steps 5 --lr 0.02 --out /tmp/ref.safetensors

Pins: jax 0.10.2, optax 0.2.8 (CPU). The loss-and-gradient is the same jitted step that
export_step.py exports; optax's update is jitted too (eager optax dispatches hundreds of small ops
per step, which made this script take most of a minute).
"""

import argparse
import os

os.environ.setdefault("JAX_PLATFORMS", "cpu")

import jax  # noqa: E402
import numpy as np  # noqa: E402
import optax  # noqa: E402

from models import HAS_AUX, MODELS, named_leaves, setup, train_step, write_safetensors  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", choices=sorted(MODELS), required=True)
    ap.add_argument("--steps", type=int, default=5)
    ap.add_argument("--lr", type=float, default=0.02)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    params, loss, x, y = setup(args.model)
    has_aux = args.model in HAS_AUX
    step = jax.jit(train_step(loss, has_aux=has_aux))
    tx = optax.contrib.muon(learning_rate=args.lr)
    state = tx.init(params)
    update = jax.jit(tx.update)
    out, losses = {}, []
    for t in range(1, args.steps + 1):
        value, grads = step(params, x, y)
        if has_aux:
            value, aux = value
            for name, leaf in named_leaves(aux, prefix="aux"):
                out[f"{name}.{t}"] = np.asarray(leaf)
        losses.append(float(value))
        updates, state = update(grads, state, params)
        params = optax.apply_updates(params, updates)
        for name, leaf in named_leaves(params):
            out[f"{name}.after.{t}"] = np.asarray(leaf)
    out["losses"] = np.asarray(losses, np.float32)
    meta = {"model": args.model, "steps": str(args.steps), "lr": repr(args.lr),
            "reference": f"optax {optax.__version__} optax.contrib.muon (jax {jax.__version__})"}
    write_safetensors(args.out, out, meta)
    print(f"{args.model}: losses {' '.join(f'{v:.6f}' for v in losses)}")


if __name__ == "__main__":
    main()
