"""heavyball's compiled Muon, the peer `heavyball` of `muon-xla bench --peers` (bench/peers.py).

Called by bench/peers.py with its helpers (this file only holds the heavyball-specific part).

heavyball consumes p.grad (sets it to None) and adds its momentum into the gradient in place; the
peer keeps the gradients attached (consume_grad=False), so they drift from step to step: other
values, the same work.
"""

import time
import traceback


def run(spec, threads, run_torch_optimizer, log, package_version):
    """heavyball's Muon as its README has it run: torch.compile'd, bf16 Newton–Schulz.

    heavyball compiles each building block (utils.compile_mode) and, with compile_step=True, the
    whole step (fullgraph); its first step runs eagerly (state init). Warmup steps run until one
    compiles no new graph. If compiling fails, the peer times the eager step (compile_mode None,
    compile_step False) and says so in its label and "settings".
    """
    import heavyball
    import torch
    from torch._dynamo.utils import counters

    # Past the recompile limit dynamo would run the step eagerly without a word; raise instead.
    if hasattr(torch._dynamo.config, "fail_on_recompile_limit_hit"):
        torch._dynamo.config.fail_on_recompile_limit_hit = True
    st = {"compiled": True, "compile_error": None, "after_warm": None, "timed_compiled": False}

    def graphs():
        return counters["stats"]["unique_graphs"]

    def check_timed():  # did a timed step compile? (then the warmup missed a graph)
        if st["after_warm"] is not None and graphs() > st["after_warm"]:
            log("heavyball: a timed step compiled a graph")
            st["timed_compiled"] = True

    def make(torch, params):
        check_timed()
        torch._dynamo.reset()  # each optimizer compiles afresh: no recompile limit across cases
        opt = heavyball.Muon(params, lr=0.02, compile_step=st["compiled"])
        opt.consume_grad = False  # keep p.grad for the next step (see the module docstring)
        st["group"] = opt.param_groups[0]
        return opt

    def warm_steps(opt, warmup):
        g0, t0, n = graphs(), time.perf_counter(), 0
        while True:
            before, t1 = graphs(), time.perf_counter()
            opt.step()
            n, last = n + 1, time.perf_counter() - t1
            if n >= max(warmup, 2) and graphs() == before:
                break
            if n >= 8:
                raise RuntimeError("heavyball still compiles after 8 warmup steps")
        warm_s = time.perf_counter() - t0
        if st["compiled"] and graphs() == g0:
            raise RuntimeError("torch.compile produced no graph")
        st["after_warm"] = graphs()
        # The last warmup step compiled nothing, so it is a plain step: the excess is compiling
        # (and the first step's state init).
        return {"warmup_steps": n, "warmup_s": warm_s, "graphs_compiled": graphs() - g0,
                "compile_s": max(warm_s - n * last, 0.0) if st["compiled"] else None}

    def warm(opt, warmup):
        try:
            return opt, warm_steps(opt, warmup)
        except Exception as e:  # noqa: BLE001 - compile errors have many types; all fall back
            if not st["compiled"]:
                raise
            log("heavyball: torch.compile failed; timing the EAGER step\n" + traceback.format_exc())
            st.update(compiled=False, compile_error=f"{type(e).__name__}: {e}"[:2000])
            heavyball.utils.compile_mode = None  # the building blocks' torch.compile
            opt = make(torch, [p for g in opt.param_groups for p in g["params"]])
            return opt, warm_steps(opt, warmup)

    cases, versions = run_torch_optimizer(make, spec, threads, warm)
    check_timed()
    versions["heavyball"] = package_version("heavyball")
    g = st["group"]
    mode = "torch.compile step" if st["compiled"] else "EAGER: compile failed"
    settings = {
        "class": "heavyball.Muon", "compiled": st["compiled"], "compile_error": st["compile_error"],
        "compile_step": st["compiled"], "compile_mode": heavyball.utils.compile_mode,
        "timed_step_compiled": st["timed_compiled"], "consume_grad": False,
        **{k: g.get(k) for k in ("lr", "betas", "nesterov", "storage_dtype", "multi_tensor")},
        # utils.zeropower_via_newtonschulz5: X = stochastic_round_(G/|G|) in bf16, 5 steps of
        # heavyball's own (a, b, c) schedule, the result cast back to the parameter's f32.
        "zeroth_power_mode": heavyball.utils.zeroth_power_mode, "ns_steps": 5,
        "ns_dtype": "bf16, stochastically rounded input",
    }
    system = f"heavyball {versions['heavyball']} Muon, {mode}"
    versions["_result"] = {"system": system, "settings": settings}
    return cases, versions
