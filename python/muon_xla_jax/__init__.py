"""muon-xla from JAX: call muon-xla's compiled optimizer inside your own `jax.jit`, and write
the files muon-xla reads. Import it with this repository's `python/` directory on `sys.path`
(or PYTHONPATH); it needs jax (and numpy, which jax brings), nothing else.

- `MuonXla(DIR)`: the programs `muon-xla compile --emit-only --model MODEL.json --out DIR`
  wrote, as a JAX optimizer (`init`, `update`): inside `jax.jit`, JAX inlines every shape group's
  program into yours and XLA compiles loss, gradients and Muon as one program.
- `stablehlo_function(text, in_types, out_types)`: any StableHLO module as a JAX function. The
  only code here that uses JAX lowering API JAX does not document as stable: it runs on the jax
  versions in `TESTED_JAX_VERSIONS` and raises `UntestedJaxError` on others (set
  MUON_XLA_JAX_UNTESTED=1 to try anyway).
- `save_params(path, params, extra=None)`: the initial-values safetensors file for muon-xla
  (`muon-xla step --input`, `Optimizer::set_params` by name), the parameters under muon-xla's
  names (`named_leaves`: params["attn"]["wq"] is `attn.wq`, a list element `layers.0.w`).
- `write_safetensors` / `read_safetensors`: flat {name: array} files.
"""

from ._muon import MuonXla
from ._names import named_leaves, param_names
from ._private import TESTED_JAX_VERSIONS, UntestedJaxError, check_jax_version, stablehlo_function
from ._safetensors import read_safetensors, write_safetensors

__all__ = ["MuonXla", "TESTED_JAX_VERSIONS", "UntestedJaxError", "check_jax_version", "named_leaves",
           "param_names", "read_safetensors", "save_params", "stablehlo_function", "write_safetensors"]


def save_params(path, params, extra=None, metadata=None):
    """Writes `params` (a pytree of arrays) to the safetensors file `path` under muon-xla's names
    (`named_leaves`), plus `extra` ({name: array}, e.g. a batch `x`, `y`) and string `metadata`.
    Returns the names written, in the parameters' flattening order, then extra's."""
    tensors = dict(named_leaves(params))
    clash = sorted(set(tensors) & set(extra or {}))
    if clash:
        raise ValueError(f"`extra` names parameters too: {', '.join(clash)}")
    tensors.update(extra or {})
    write_safetensors(path, tensors, metadata)
    return list(tensors)
