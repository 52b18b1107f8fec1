//! Stacked storage, the graph side: the stacked types and the stacking itself (see
//! [`crate::config::Storage`] for why, and [`crate::plan::group::stackable`] for which groups).

use crate::graph::{Builder, Value};
use crate::types::{Result, TensorType};

/// The name the stacked arguments and results carry (`stack.momentum`, ...).
pub const STACK: &str = "stack";

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
