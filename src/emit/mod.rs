//! StableHLO emission: prints a [`Graph`] as MLIR text in the form JAX emits.
//!
//! The output is deterministic (same graph, same bytes) and readable: constants are named `%cst`,
//! `%cst_0`, ... (`%c`, ... for integers) and every other value `%0`, `%1`, ... in order; no
//! location information is printed. Arguments donated to a result carry
//! `tf.aliasing_output = N : i32`, results carry their names as `jax.result_info`.

mod gemm_call;
mod literal;
mod sharding;
mod symmetry;
mod writer;

pub use gemm_call::{GemmCall, GemmCalls, GEMM_TARGET, MIN_GEMM_DIM};
pub use literal::literal;

use crate::graph::{Graph, Partitioning};
use crate::types::Result;

/// The StableHLO text of `graph`, ready for PJRT's `"mlir"` program format.
pub fn emit(graph: &Graph) -> Result<String> {
    writer::Writer::new(graph, None, GemmCalls::NONE).module()
}

/// [`emit`] with the matrix products `gemm` selects printed as calls of our CPU matmul handler
/// ([`GEMM_TARGET`]). Only for programs compiled here for a CPU client that registered the
/// handler (`crate::pjrt::onednn`); with [`GemmCalls::NONE`] it is [`emit`].
pub fn emit_with_gemm(graph: &Graph, gemm: GemmCalls) -> Result<String> {
    writer::Writer::new(graph, None, gemm).module()
}

/// The StableHLO text of `graph` for SPMD compilation over `part.devices` devices: the module
/// declares `mhlo.num_partitions = D` and every argument and result carries its sharding.
pub fn emit_partitioned(graph: &Graph, part: &Partitioning) -> Result<String> {
    part.check(graph)?;
    writer::Writer::new(graph, Some(part), GemmCalls::NONE).module()
}
