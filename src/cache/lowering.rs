//! The programs compiled for a live client: each graph's StableHLO, with the matrix products the
//! CPU-GEMM choice selects printed as calls of our oneDNN handler (see [`crate::pjrt::onednn`]).

use crate::emit::{emit_with_gemm, GemmCalls};
use crate::graph::Graph;
use crate::pjrt::{onednn, Client, CpuGemm};
use crate::types::Result;

/// The texts of `graphs` for compiling on `client` under `choice`. `auto` is resolved here, and
/// only here: for a CPU client, once per call, from the products the graphs hold and what
/// oneDNN reports; any other client gets the plain programs.
pub fn emit_for_client(client: &Client, choice: CpuGemm, graphs: &[&Graph]) -> Result<Vec<String>> {
    let wanted = graphs
        .iter()
        .fold(GemmCalls::NONE, |w, g| w.or(GemmCalls::wanted_by(g)));
    let calls = onednn::gemm_calls(client, choice, wanted)?;
    graphs.iter().map(|g| emit_with_gemm(g, calls)).collect()
}
