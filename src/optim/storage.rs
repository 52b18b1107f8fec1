//! How a shape group's tensors cross its executable's boundary: one argument and result per
//! parameter, or the group's members stacked along a new leading axis.
//!
//! Why stacking: XLA's CPU backend generates one kernel per result buffer it writes, at about
//! 10–15 ms of compile each, so a group of `n` separate parameters pays about `2n` kernels for
//! writing its results. Stacked, the whole group's update is one set of elementwise kernels over
//! `[n, ...]` tensors and its results are written once per kind, whatever `n` is.

use serde::{Deserialize, Serialize};

use super::clip::GradClip;
use super::extras::StepExtras;
use super::group::Rule;
use crate::error::Result;
use crate::graph::{Builder, TensorType, Value};

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
    /// donated to the result of the same name. Only for groups that [`stackable`] accepts; the
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
    type Err = crate::error::Error;

    fn from_str(s: &str) -> Result<Storage> {
        match s {
            "per-param" => Ok(Storage::PerParam),
            "stacked" => Ok(Storage::Stacked),
            _ => Err(crate::error::Error::Config(format!(
                "unknown storage `{s}`: expected `per-param` or `stacked`"
            ))),
        }
    }
}

/// The name the stacked arguments and results carry (`stack.momentum`, ...).
pub const STACK: &str = "stack";

/// Whether a group of `names` (type `ty`) can be updated as one stacked tensor: at least two
/// members, no per-parameter inputs (learning-rate multipliers, QK-clip logits) and no
/// per-parameter reductions (clipping by each gradient's norm), and for Muon a matrix view that
/// batching over the new leading axis keeps (matrices, or explicit batch axes; flattened conv
/// weights stay separate).
pub fn stackable(names: &[String], ty: &TensorType, rule: &Rule<'_>, extras: &StepExtras) -> bool {
    let per_member_inputs = extras.multipliers.is_some()
        || (extras.qk_clip.is_some() && names.iter().any(|n| extras.qk_target(n).is_some()));
    let per_member_norm = matches!(extras.clip, Some(GradClip::Norm(_)));
    let view_kept = match rule {
        Rule::Muon(cfg) => ty.rank() == 2 || !cfg.batch_axes.is_empty(),
        Rule::Adam(_) => true,
    };
    names.len() >= 2 && !per_member_inputs && !per_member_norm && view_kept
}

/// The batch axes of a stacked Muon group: the new leading axis, then the members' own.
pub fn stacked_batch_axes(member_axes: &[usize]) -> Vec<usize> {
    std::iter::once(0)
        .chain(member_axes.iter().map(|a| a + 1))
        .collect()
}

/// `values` (all of one type) stacked along a new leading axis.
pub fn stack(b: &mut Builder, values: &[Value]) -> Result<Value> {
    let mut rows = Vec::with_capacity(values.len());
    for &v in values {
        let mut shape = vec![1];
        shape.extend_from_slice(b.shape(v));
        rows.push(b.reshape(v, shape)?);
    }
    b.concatenate(&rows, 0)
}

/// `ty` with a leading axis of size `n`.
pub fn stacked_type(ty: &TensorType, n: usize) -> TensorType {
    let mut shape = vec![n];
    shape.extend_from_slice(&ty.shape);
    TensorType::new(ty.dtype, shape)
}
