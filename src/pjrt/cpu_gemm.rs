//! Who runs the CPU's matrix multiplications: XLA's own dot, or oneDNN through our FFI handler.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::types::{Error, Result};

/// How a program compiled for a live CPU client runs its Newton–Schulz matmuls.
///
/// Why a choice: XLA:CPU's bf16 dot converts to f32 and runs no faster than f32, while oneDNN's
/// matmul uses the CPU's bf16 instructions (AVX512-BF16, AMX) at about twice f32's speed, as
/// PyTorch does. In f32, oneDNN's AVX-512 kernels measured 8–12% faster than XLA's dot (Zen 4,
/// BENCHMARKS.md), so `auto` uses them where oneDNN runs AVX-512; on AVX2 (not measured) f32
/// stays XLA's.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CpuGemm {
    /// oneDNN for bf16 matmuls when the CPU has bf16 instructions, and for f32 ones when it has
    /// AVX-512 (oneDNN's ISA says so), when oneDNN loads (installed on demand into the muon-xla
    /// cache); XLA's dot otherwise.
    #[default]
    Auto,
    /// XLA's dot everywhere (the plain `stablehlo.dot_general`).
    Xla,
    /// oneDNN for every f32 and bf16 matmul of matrix size, whatever the CPU (an error when
    /// oneDNN cannot be loaded).
    #[serde(rename = "onednn")]
    OneDnn,
}

impl CpuGemm {
    pub const ALL: [CpuGemm; 3] = [CpuGemm::Auto, CpuGemm::Xla, CpuGemm::OneDnn];

    pub fn name(self) -> &'static str {
        match self {
            CpuGemm::Auto => "auto",
            CpuGemm::Xla => "xla",
            CpuGemm::OneDnn => "onednn",
        }
    }

    /// Whether this is [`CpuGemm::Auto`] (serde's `skip_serializing_if`).
    pub fn is_auto(&self) -> bool {
        *self == CpuGemm::Auto
    }
}

impl fmt::Display for CpuGemm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for CpuGemm {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let want = s.trim().to_ascii_lowercase();
        (CpuGemm::ALL.into_iter())
            .find(|c| c.name() == want)
            .ok_or_else(|| {
                Error::Config(format!(
                    "unknown CPU GEMM `{s}`: expected auto, xla or onednn"
                ))
            })
    }
}
