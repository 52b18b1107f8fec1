//! How a shape group's tensors cross its executable's boundary: one argument and result per
//! parameter, or the group's members stacked along a new leading axis (the graph side is
//! [`crate::plan::stacking`]).
//!
//! Why stacking: XLA's CPU backend generates one kernel per result buffer it writes, at about
//! 10–15 ms of compile each, so a group of `n` separate parameters pays about `2n` kernels for
//! writing its results. Stacked, the whole group's update is one set of elementwise kernels over
//! `[n, ...]` tensors and its results are written once per kind, whatever `n` is.

use serde::{Deserialize, Serialize};

use crate::types::{Error, Result};

/// The argument and result layout of a shape group's executable.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Storage {
    /// Every parameter and state tensor is its own argument, donated to its own result: the
    /// contract of `muon-xla compile`, the JAX interop and the SPMD paths.
    #[default]
    PerParam,
    /// The gradients stay separate arguments; the parameters and every state kind are stacked
    /// along a new leading axis of size `n`: `stack.params`, then `stack.momentum` (or
    /// `stack.exp_avg` and `stack.exp_avg_sq`), `stack.ema` and `stack.master`, each argument
    /// donated to the result of the same name. Only for groups that [`crate::plan::group::stackable`] accepts; the
    /// others stay [`Storage::PerParam`].
    Stacked,
}

impl Storage {
    /// Whether this is [`Storage::PerParam`] (serde's `skip_serializing_if`).
    pub fn is_per_param(&self) -> bool {
        *self == Storage::PerParam
    }
}

impl std::fmt::Display for Storage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Storage::PerParam => "per-param",
            Storage::Stacked => "stacked",
        })
    }
}

impl std::str::FromStr for Storage {
    type Err = Error;

    fn from_str(s: &str) -> Result<Storage> {
        match s {
            "per-param" => Ok(Storage::PerParam),
            "stacked" => Ok(Storage::Stacked),
            _ => Err(Error::Config(format!(
                "unknown storage `{s}`: expected `per-param` or `stacked`"
            ))),
        }
    }
}
