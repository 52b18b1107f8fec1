//! StableHLO emission: prints a [`Graph`] as MLIR text in the form JAX emits.
//!
//! The output is deterministic (same graph, same bytes) and readable: constants are named `%cst`,
//! `%cst_0`, ... (`%c`, ... for integers) and every other value `%0`, `%1`, ... in order; no
//! location information is printed. Arguments donated to a result carry
//! `tf.aliasing_output = N : i32`, results carry their names as `jax.result_info`.

mod literal;
mod sharding;
mod writer;

pub use literal::literal;

use crate::graph::{Graph, Partitioning};
use crate::types::Result;

/// The StableHLO text of `graph`, ready for PJRT's `"mlir"` program format.
pub fn emit(graph: &Graph) -> Result<String> {
    writer::Writer::new(graph, None).module()
}

/// The StableHLO text of `graph` for SPMD compilation over `part.devices` devices: the module
/// declares `mhlo.num_partitions = D` and every argument and result carries its sharding.
pub fn emit_partitioned(graph: &Graph, part: &Partitioning) -> Result<String> {
    part.check(graph)?;
    writer::Writer::new(graph, Some(part)).module()
}
