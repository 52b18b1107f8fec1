#!/usr/bin/env python3
"""Peer timings for `muon-xla bench --peers`: one peer per process, JSON on stdout.

    python3 bench/peers.py --peer NAME --spec SPEC.json     # SPEC.json as below, or - for stdin
    python3 bench/peers.py --list

SPEC: {"cases": [{"name": "gpt2", "shapes": [[rows, cols], ...]}], "warmup": 1, "repeats": 5,
       "threads": 2, "matmul_size": 2048}

Shapes are (rows, cols) = torch's (out_features, in_features). Every peer times one full optimizer
step over all the matrices of a case (momentum, Nesterov, Newton–Schulz, update), the same work
`muon-xla bench` times for its own step. A peer whose package cannot be imported is reported with
"status": "missing" and the reason, never dropped. Diagnostics go to stderr; stdout is one JSON
object.

Threads: torch.set_num_threads(threads) (and OMP/MKL env set by the caller); XLA (jax) sizes its
CPU thread pool from the cores the process may run on, so the caller pins the process to `threads`
cores with sched_setaffinity when fewer than all cores are asked for.
"""

import argparse
import json
import os
import resource
import sys
import time
import traceback

KELLER = (3.4445, -4.7750, 2.0315)
NS_STEPS = 5

PEERS = {
    "optax": "optax.contrib.muon under jax.jit (f32)",
    "torch": "torch.optim.Muon (bf16 Newton-Schulz, eager, as it ships)",
    "keller": "Keller Jordan's muon-optimizer SingleDeviceMuon (bf16, eager)",
    # The row label; the run replaces it with the installed version, or with the EAGER fallback.
    "heavyball": "heavyball Muon, torch.compile step",
    "torch-f32-addmm": "Keller's algorithm in f32 eager PyTorch, Newton-Schulz fused with torch.addmm",
    "torch-matmul": "f32 matmul N^3 through torch (MKL roofline)",
    "jax-matmul": "f32 matmul N^3 through jax.jit (XLA roofline as JAX ships it)",
}


def log(*args):
    print("peers.py:", *args, file=sys.stderr, flush=True)


def peak_rss_bytes():
    # VmHWM belongs to this program's address space; ru_maxrss would carry the parent's peak
    # across fork + exec (it is kept per process, not per address space).
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux


class CpuMeter:
    """Share of all CPUs used by *other* processes between start() and stop() (/proc/stat)."""

    @staticmethod
    def sample():
        try:
            with open("/proc/stat") as f:
                v = [int(x) for x in f.readline().split()[1:9]]
        except (OSError, ValueError):
            return None
        t = os.times()
        own = (t.user + t.system) * os.sysconf("SC_CLK_TCK")
        return sum(v), sum(v) - v[3] - v[4], own

    def __init__(self):
        self.start = self.sample()

    def foreign(self):
        end = self.sample()
        if self.start is None or end is None:
            return None
        total = end[0] - self.start[0]
        if total <= 0:
            return 0.0
        other = (end[1] - self.start[1]) - (end[2] - self.start[2])
        return min(max(other / total, 0.0), 1.0)


def time_steps(step, sync, warmup, repeats):
    """Returns (times, busy_other_frac)."""
    for _ in range(warmup):
        step()
    sync()
    meter = CpuMeter()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        step()
        sync()
        times.append(time.perf_counter() - t0)
    return times, meter.foreign()


# ---------------------------------------------------------------------------------------- torch


def torch_setup(threads):
    import torch

    torch.set_num_threads(threads)
    return torch


def torch_params(torch, shapes, seed=0):
    g = torch.Generator().manual_seed(seed)
    params = []
    for rows, cols in shapes:
        p = torch.nn.Parameter(torch.randn(rows, cols, generator=g) * 0.02)
        p.grad = torch.randn(rows, cols, generator=g)
        params.append(p)
    return params


def run_torch_optimizer(make, spec, threads, warm=None):
    """Times `make(torch, params).step()` on every case.

    `warm(opt, warmup) -> (opt, info)`, when given, replaces the untimed warmup of every fresh
    optimizer (probe ones included): a compiled peer's first steps compile, and no timed step may.
    Its `info` goes into the case's entry (a list of them when extrapolated).

    A probe step over one matrix of each distinct shape (it doubles as the warmup) predicts the
    full step. When warmup + repeats full steps would exceed spec["budget_s"]:
    - a case with repeated shapes is timed per distinct shape (a one-matrix optimizer each) and
      its step time is the count-weighted sum, marked "extrapolated": eager PyTorch updates the
      matrices one after the other, so a step costs the sum of its matrices' costs;
    - otherwise the full step is timed with fewer repeats (at least 1), recorded as
      "repeats_run".
    """
    torch = torch_setup(threads)
    budget = float(spec.get("budget_s") or 0)
    out = []
    for case in spec["cases"]:
        counts = case.get("shape_counts") or [{"shape": s, "count": 1} for s in case["shapes"]]
        warmup, repeats = spec["warmup"], spec["repeats"]
        predicted = None
        if budget > 0:
            per_shape = []
            for sc in counts:
                opt = make(torch, torch_params(torch, [sc["shape"]]))
                if warm:
                    opt, _ = warm(opt, 0)
                t0 = time.perf_counter()
                opt.step()
                per_shape.append(time.perf_counter() - t0)
            predicted = sum(t * sc["count"] for t, sc in zip(per_shape, counts))
        if predicted is not None and predicted * (warmup + repeats) > budget:
            if len(case["shapes"]) > len(counts):
                one_round = sum(per_shape)
                reps = max(1, min(repeats, int(budget // max(one_round, 1e-9))))
                log(f"{case['name']}: a full step would take ~{predicted:.0f} s; timing each "
                    f"distinct shape alone ({reps} repeats) and summing")
                totals = [0.0] * reps
                busy, infos = [], []
                for sc in counts:
                    opt = make(torch, torch_params(torch, [sc["shape"]]))
                    if warm:
                        opt, info = warm(opt, 0)
                        infos.append(info)
                    times, b = time_steps(opt.step, lambda: None, 0, reps)
                    busy.append(b)
                    for r, t in enumerate(times):
                        totals[r] += t * sc["count"]
                out.append({
                    "name": case["name"],
                    "times_s": totals,
                    "extrapolated": True,
                    "repeats_run": reps,
                    "predicted_full_step_s": predicted,
                    "shapes_timed": [sc["shape"] for sc in counts],
                    "busy_other_frac": None if None in busy else sum(busy) / len(busy),
                })
                if warm:
                    cs = [i.get("compile_s") for i in infos]
                    out[-1].update(warmups=infos, compile_s=None if None in cs else sum(cs))
                continue
            reps = max(1, min(repeats, int(budget // max(predicted, 1e-9))))
            log(f"{case['name']}: a full step would take ~{predicted:.0f} s; {reps} repeats, "
                f"no warmup beyond the probe")
            warmup, repeats = 0, reps
        params = torch_params(torch, case["shapes"])
        opt, info = make(torch, params), {}
        if warm:
            opt, info = warm(opt, warmup)
            warmup = 0
        times, busy = time_steps(opt.step, lambda: None, warmup, repeats)
        out.append({"name": case["name"], "times_s": times, "busy_other_frac": busy,
                    "extrapolated": False, "repeats_run": repeats, **info})
        del opt, params
    return out, {"torch": torch.__version__, "threads": torch.get_num_threads()}


def peer_torch(spec, threads):
    def make(torch, params):
        # torch.optim.Muon's own defaults except lr; it computes Newton–Schulz in bf16.
        return torch.optim.Muon(params, lr=0.02)

    return run_torch_optimizer(make, spec, threads)


def peer_keller(spec, threads):
    import muon  # Keller Jordan's package `muon-optimizer`

    def make(torch, params):
        return muon.SingleDeviceMuon(params, lr=0.02)

    cases, versions = run_torch_optimizer(make, spec, threads)
    versions["muon-optimizer"] = package_version("muon-optimizer")
    return cases, versions


def peer_heavyball(spec, threads):
    # In its own file to keep this one short; bench/ is sys.path[0] when this runs as a script.
    import peers_heavyball

    return peers_heavyball.run(spec, threads, run_torch_optimizer, log, package_version)


def peer_torch_f32_addmm(spec, threads):
    torch = torch_setup(threads)
    a, b, c = KELLER

    def newton_schulz(g):
        x = g.float()
        tall = x.size(0) > x.size(1)
        if tall:
            x = x.T
        x = x / (x.norm() + 1e-7)
        for _ in range(NS_STEPS):
            gram = x @ x.T
            poly = torch.addmm(gram, gram, gram, beta=b, alpha=c)
            x = torch.addmm(x, poly, x, beta=a)
        return x.T if tall else x

    class F32Muon(torch.optim.Optimizer):
        def __init__(self, params, lr=0.02, momentum=0.95):
            super().__init__(params, dict(lr=lr, momentum=momentum))

        @torch.no_grad()
        def step(self):
            for group in self.param_groups:
                for p in group["params"]:
                    state = self.state[p]
                    if not state:
                        state["momentum_buffer"] = torch.zeros_like(p)
                    buf = state["momentum_buffer"]
                    buf.lerp_(p.grad, 1 - group["momentum"])
                    update = p.grad.lerp(buf, group["momentum"])  # Nesterov
                    update = newton_schulz(update)
                    scale = max(1, p.size(-2) / p.size(-1)) ** 0.5
                    p.add_(update, alpha=-group["lr"] * scale)

    return run_torch_optimizer(lambda torch, params: F32Muon(params), spec, threads)


def peer_torch_matmul(spec, threads):
    torch = torch_setup(threads)
    n = spec["matmul_size"]
    g = torch.Generator().manual_seed(0)
    x = torch.randn(n, n, generator=g)
    y = torch.randn(n, n, generator=g)
    times, busy = time_steps(lambda: torch.mm(x, y), lambda: None, 2, max(spec["repeats"], 5))
    flops = 2 * n**3
    return [{"name": f"matmul{n}", "flops": flops, "times_s": times, "busy_other_frac": busy}], {
        "torch": torch.__version__,
        "threads": torch.get_num_threads(),
    }


# ------------------------------------------------------------------------------------------ jax


def peer_optax(spec, threads):
    import jax
    import jax.numpy as jnp
    import optax

    out = []
    for case in spec["cases"]:
        key = jax.random.PRNGKey(0)
        params, grads = {}, {}
        for i, (rows, cols) in enumerate(case["shapes"]):
            key, k1, k2 = jax.random.split(key, 3)
            # optax wants (in, out) kernels: store the transpose; same matrices, same cost.
            params[f"w{i:03d}"] = jax.random.normal(k1, (cols, rows), jnp.float32) * 0.02
            grads[f"w{i:03d}"] = jax.random.normal(k2, (cols, rows), jnp.float32)
        opt = optax.contrib.muon(learning_rate=0.02)
        state = opt.init(params)

        def step(params, state, grads):
            updates, state = opt.update(grads, state, params)
            return optax.apply_updates(params, updates), state

        jitted = jax.jit(step, donate_argnums=(0, 1))
        t0 = time.perf_counter()
        compiled = jitted.lower(params, state, grads).compile()
        compile_s = time.perf_counter() - t0
        holder = {"p": params, "s": state}

        def one():
            holder["p"], holder["s"] = compiled(holder["p"], holder["s"], grads)

        def sync():
            jax.block_until_ready(holder["p"])

        times, busy = time_steps(one, sync, spec["warmup"], spec["repeats"])
        out.append({"name": case["name"], "times_s": times, "compile_s": compile_s,
                    "busy_other_frac": busy, "extrapolated": False})
        del holder, compiled, params, state, grads
    return out, {
        "jax": jax.__version__,
        "optax": optax.__version__,
        "devices": [str(d) for d in jax.devices()],
    }


def peer_jax_matmul(spec, threads):
    import jax
    import jax.numpy as jnp

    n = spec["matmul_size"]
    k1, k2 = jax.random.split(jax.random.PRNGKey(0))
    x = jax.random.normal(k1, (n, n), jnp.float32)
    y = jax.random.normal(k2, (n, n), jnp.float32)
    f = jax.jit(lambda a, b: a @ b).lower(x, y).compile()
    holder = {}

    def one():
        holder["r"] = f(x, y)

    times, busy = time_steps(
        one, lambda: jax.block_until_ready(holder["r"]), 2, max(spec["repeats"], 5))
    return [{"name": f"matmul{n}", "flops": 2 * n**3, "times_s": times,
             "busy_other_frac": busy}], {"jax": jax.__version__}


# ----------------------------------------------------------------------------------------- main


def package_version(name):
    try:
        from importlib.metadata import version

        return version(name)
    except Exception:  # noqa: BLE001 - informational only
        return None


RUNNERS = {
    "optax": peer_optax,
    "torch": peer_torch,
    "keller": peer_keller,
    "heavyball": peer_heavyball,
    "torch-f32-addmm": peer_torch_f32_addmm,
    "torch-matmul": peer_torch_matmul,
    "jax-matmul": peer_jax_matmul,
}

DTYPES = {
    "optax": "f32",
    "torch": "bf16",
    "keller": "bf16",
    "heavyball": "bf16",
    "torch-f32-addmm": "f32",
    "torch-matmul": "f32",
    "jax-matmul": "f32",
}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--peer", choices=sorted(RUNNERS))
    ap.add_argument("--spec", help="JSON spec file, or - for stdin")
    ap.add_argument("--list", action="store_true", help="print the peers as JSON and exit")
    args = ap.parse_args()
    if args.list:
        print(json.dumps([{"peer": k, "system": v, "dtype": DTYPES[k]} for k, v in PEERS.items()]))
        return 0
    if not args.peer or not args.spec:
        ap.error("--peer and --spec are required")
    text = sys.stdin.read() if args.spec == "-" else open(args.spec).read()
    spec = json.loads(text)
    threads = int(spec.get("threads") or os.cpu_count() or 1)
    result = {
        "peer": args.peer,
        "system": PEERS[args.peer],
        "dtype": DTYPES[args.peer],
        "threads": threads,
        "python": sys.version.split()[0],
        "python_executable": sys.executable,  # peers may run under different venvs
    }
    try:
        t0 = time.perf_counter()
        cases, versions = RUNNERS[args.peer](spec, threads)
        result.update(versions.pop("_result", {}))  # a runner's own label and settings
        result.update(status="ok", cases=cases, versions=versions)
        result["wall_s"] = time.perf_counter() - t0
    except ImportError as e:
        result.update(status="missing", reason=f"{type(e).__name__}: {e}")
    except Exception as e:  # noqa: BLE001 - reported, not hidden
        log(traceback.format_exc())
        result.update(status="error", reason=f"{type(e).__name__}: {e}")
    result["peak_rss_bytes"] = peak_rss_bytes()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
