"""The peer `muon-xla device-check` times on the same device: optax.contrib.muon under jax.jit on a
model description's parameters (random f32 values), the model's `adamw` patterns and every
non-matrix on Adam, as our step routes them. Prints one JSON object.

    python3 bench/device_optax.py --model graphs/models/gpt2-small.json --repeats 10
"""

import argparse
import json
import re
import statistics
import time

import jax
import jax.numpy as jnp
import optax
from optax import contrib


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", required=True)
    ap.add_argument("--repeats", type=int, default=10)
    args = ap.parse_args()
    with open(args.model) as f:
        model = json.load(f)
    adamw = [re.compile(p) for p in model.get("adamw", [])]
    key = jax.random.PRNGKey(0)
    params, grads, dims = {}, {}, {}
    for i, p in enumerate(model["params"]):
        k1, k2 = jax.random.split(jax.random.fold_in(key, i))
        shape = tuple(p["shape"])
        params[p["name"]] = 0.02 * jax.random.normal(k1, shape, jnp.float32)
        grads[p["name"]] = jax.random.normal(k2, shape, jnp.float32)
        matrix = len(shape) == 2 and not any(r.search(p["name"]) for r in adamw)
        dims[p["name"]] = contrib.MuonDimensionNumbers(0, 1) if matrix else None
    opt = contrib.muon(learning_rate=0.02, muon_weight_dimension_numbers=dims)
    state = opt.init(params)

    @jax.jit
    def step(params, state, grads):
        updates, state = opt.update(grads, state, params)
        return optax.apply_updates(params, updates), state

    t0 = time.perf_counter()
    params, state = jax.block_until_ready(step(params, state, grads))
    compile_s = time.perf_counter() - t0
    times = []
    for _ in range(max(args.repeats, 1)):
        t0 = time.perf_counter()
        params, state = jax.block_until_ready(step(params, state, grads))
        times.append(time.perf_counter() - t0)
    print(json.dumps({
        "system": f"optax {optax.__version__} contrib.muon under jax.jit (jax {jax.__version__})",
        "device": str(jax.devices()[0].device_kind),
        "first_call_s": compile_s,
        "median_ms": statistics.median(times) * 1e3,
        "min_ms": min(times) * 1e3,
    }))


if __name__ == "__main__":
    main()
