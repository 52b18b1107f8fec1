"""muon-xla's names of a pytree's leaves: what the Rust side reads from JAX's own names.

JAX names an exported step's arguments and results by their key path (`params['attn']['wq']`,
`result[1]['attn']['wq']`); muon-xla drops the root (`params`, `result[1]`) and joins the keys
with dots (`attn.wq`): a dict key is itself, a list or tuple element its index (`layers.0.w`), a
dataclass or namedtuple field its name. A key containing `.`, `[`, `]` or a quote would read back
as another path, so it is refused here, before a file with an unreadable name is written.
"""

import jax

_RESERVED = ".[]'\""


def _key(entry):
    return jax.tree_util.keystr((entry,), simple=True, separator=".")


def named_leaves(tree, prefix=None):
    """[(name, leaf)] in JAX's flattening order (the order of an exported step's arguments):
    `prefix.a.b` for tree['a']['b'], or `a.b` without a prefix."""
    leaves, _ = jax.tree_util.tree_flatten_with_path(tree)
    out = []
    for path, leaf in leaves:
        keys = [_key(e) for e in path]
        bad = [k for k in keys if not k or any(c in k for c in _RESERVED)]
        if bad:
            raise ValueError(f"the pytree key {bad[0]!r} (in {jax.tree_util.keystr(path)}) cannot "
                             f"be a muon-xla name: keys must be non-empty and free of {_RESERVED}")
        name = ".".join(([prefix] if prefix else []) + keys)
        if not name:
            raise ValueError("a single array has no name: pass it in a dict, or give a prefix")
        out.append((name, leaf))
    return out


def param_names(tree):
    """The names alone: `["attn.wq", ...]`."""
    return [name for name, _ in named_leaves(tree)]
