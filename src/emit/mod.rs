//! StableHLO emission: prints a [`Graph`] as MLIR text in the form JAX emits.
//!
//! The output is deterministic (same graph, same bytes) and readable: constants are named `%cst`,
//! `%cst_0`, ... (`%c`, ... for integers) and every other value `%0`, `%1`, ... in order; no
//! location information is printed. Arguments donated to a result carry
//! `tf.aliasing_output = N : i32`, results carry their names as `jax.result_info`.

mod literal;
mod writer;

pub use literal::literal;

use crate::error::Result;
use crate::graph::Graph;

/// The StableHLO text of `graph`, ready for PJRT's `"mlir"` program format.
pub fn emit(graph: &Graph) -> Result<String> {
    writer::Writer::new(graph).module()
}
