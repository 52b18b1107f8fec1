"""The one place muon_xla_jax relies on JAX API that JAX does not document as stable.

`stablehlo_function` puts a StableHLO module (text, as muon-xla emits it) into JAX as a primitive
whose lowering merges the module into the caller's and calls its `@main`: inside `jax.jit`, XLA
then compiles the caller's program and ours as one. The names it uses are all exported by JAX's
public modules (`jax.extend.core.Primitive`, `jax.interpreters.mlir.register_lowering` and
`merge_mlir_modules`, `jax.extend.mlir`), none from `jax._src`, but `merge_mlir_modules` and the
lowering context's `module_context` are not documented, so `stablehlo_function` runs only on the
jax versions it is tested with (`TESTED_JAX_VERSIONS`; `MUON_XLA_JAX_UNTESTED=1` to try another).

Why not another route:
- `jax.export.Exported(...)` built by hand (what this module did before) needs its dataclass
  fields, which changed between the tested versions (jax 0.11 dropped `_has_named_shardings`),
  and `jax._src.lib._jax.mlir.serialize_portable_artifact`.
- `jax.export.deserialize` is public, but takes the flatbuffer `Exported.serialize()` writes:
  JAX's internal schema (`serialization.fbs`, whose layout changed in 2026), encoded with the
  `flatbuffers` package, which jax does not depend on. Writing it ourselves would trade one
  undocumented surface for a larger one.
"""

import os
import warnings

import jax
import jax.numpy as jnp

# The jax versions CI runs this module with (.ci/run): the demo against optax.contrib.muon.
TESTED_JAX_VERSIONS = ("0.10.2", "0.11.2")
UNTESTED_ENV = "MUON_XLA_JAX_UNTESTED"


class UntestedJaxError(RuntimeError):
    """The installed jax is not one muon_xla_jax is tested with."""


def check_jax_version(version=None):
    """Raises UntestedJaxError unless `version` (default: the installed jax) is tested, or the
    environment variable MUON_XLA_JAX_UNTESTED is 1 (then it warns)."""
    version = version or jax.__version__
    if version in TESTED_JAX_VERSIONS:
        return
    tested = " and ".join(TESTED_JAX_VERSIONS)
    if os.environ.get(UNTESTED_ENV) == "1":
        warnings.warn(f"muon_xla_jax is tested with jax {tested}, not {version}: trying anyway "
                      f"({UNTESTED_ENV}=1)", stacklevel=3)
        return
    raise UntestedJaxError(
        f"muon_xla_jax is tested with jax {tested}, and this is jax {version}. It lowers "
        "StableHLO into your jax.jit through JAX lowering API that JAX does not document as "
        "stable (jax.interpreters.mlir.merge_mlir_modules), so it refuses untested versions. "
        f"Install a tested one (`pip install jax==V jaxlib==V`, V one of {tested}; jax 0.11 "
        f"needs Python 3.12 or newer), or set {UNTESTED_ENV}=1 to try this one (an error from "
        "JAX's lowering then means that API changed).")


def stablehlo_function(text, in_types, out_types, name="main", in_names=None):
    """A StableHLO module as a JAX function: `f(*args)` returns the tuple of `@main`'s results.

    `in_types`/`out_types`: `@main`'s argument and result types, as objects with `.shape` and
    `.dtype` (`jax.ShapeDtypeStruct`). Arguments of another shape or dtype are a TypeError naming
    the argument (`in_names[i]`, or its index). Works eagerly and inside `jax.jit` (where the
    module is inlined as a private function `@muon_xla_NAME`); not differentiable.
    """
    check_jax_version()
    from jax.extend.core import Primitive
    from jax.extend.mlir import ir
    from jax.extend.mlir.dialects import func
    from jax.interpreters import mlir

    ins = [jax.core.ShapedArray(tuple(t.shape), t.dtype) for t in in_types]
    outs = tuple(jax.core.ShapedArray(tuple(t.shape), t.dtype) for t in out_types)
    names = list(in_names) if in_names is not None else [f"argument {i}" for i in range(len(ins))]
    prim = Primitive(f"muon_xla_{name}")
    prim.multiple_results = True

    def abstract_eval(*avals):
        if len(avals) != len(ins):
            raise TypeError(f"{name} takes {len(ins)} arguments ({', '.join(names)}), got {len(avals)}")
        for n, got, want in zip(names, avals, ins):
            if tuple(got.shape) != want.shape or got.dtype != want.dtype:
                raise TypeError(f"{name}: `{n}` must be {want.str_short()}, got {got.str_short()}")
        return outs

    def lowering(ctx, *args):
        module_ctx = ctx.module_context
        src = ir.Module.parse(text, context=module_ctx.context)
        main = [op for op in src.body.operations
                if "sym_name" in op.attributes and ir.StringAttr(op.attributes["sym_name"]).value == "main"]
        if len(main) != 1:
            raise ValueError(f"{name}: the StableHLO module has no `@main` function")
        result_types = list(ir.FunctionType(ir.TypeAttr(main[0].attributes["function_type"]).value).results)
        # Renames the module's functions apart from the caller's, makes them private and moves
        # them into the caller's module; returns the new name of its @main.
        callee = mlir.merge_mlir_modules(module_ctx.module, f"muon_xla_{name}", src)
        return func.CallOp(result_types, ir.FlatSymbolRefAttr.get(callee), list(args)).results

    prim.def_abstract_eval(abstract_eval)
    # Eager calls compile the primitive alone (once: jit caches by this function).
    prim.def_impl(jax.jit(lambda *args: prim.bind(*args)))
    mlir.register_lowering(prim, lowering)

    def call(*args):
        return tuple(prim.bind(*(jnp.asarray(a) for a in args)))

    call.__name__ = name
    return call
