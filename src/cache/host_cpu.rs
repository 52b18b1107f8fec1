//! The host CPU's identity for cache keys: an executable built for AVX-512 must never run on a
//! CPU without it.

use std::fs;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::sha256_hex;

/// The host CPU as far as compiled code cares: its architecture and instruction-set extensions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HostCpu {
    /// `std::env::consts::ARCH`.
    pub arch: String,
    /// The CPU model name (informational: only the features are compared).
    pub model: String,
    /// sha256 of the architecture and the sorted feature flags (`flags` of `/proc/cpuinfo` on
    /// Linux, the detected target features elsewhere).
    pub features_sha256: String,
    pub num_features: usize,
}

/// This machine's CPU, read once per process.
pub fn host_cpu() -> &'static HostCpu {
    static CPU: OnceLock<HostCpu> = OnceLock::new();
    CPU.get_or_init(|| {
        let info = fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        host_cpu_from(&info)
    })
}

fn host_cpu_from(cpuinfo: &str) -> HostCpu {
    let field = |names: &[&str]| {
        cpuinfo.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            names.contains(&k.trim()).then(|| v.trim().to_string())
        })
    };
    let mut features: Vec<String> = match field(&["flags", "Features", "isa"]) {
        Some(flags) => flags.split_whitespace().map(str::to_string).collect(),
        None => detected_features(),
    };
    features.sort();
    features.dedup();
    let arch = std::env::consts::ARCH.to_string();
    let text = format!("{arch}\n{}", features.join(" "));
    HostCpu {
        model: field(&["model name", "Model", "uarch", "CPU part"]).unwrap_or_default(),
        features_sha256: sha256_hex(text.as_bytes()),
        num_features: features.len(),
        arch,
    }
}

/// Target features detected at run time, where `/proc/cpuinfo` is not available.
fn detected_features() -> Vec<String> {
    #[allow(unused_mut)]
    let mut out: Vec<String> = Vec::new();
    #[cfg(target_arch = "x86_64")]
    {
        macro_rules! detect {
            ($($f:tt),*) => {$(
                if std::arch::is_x86_feature_detected!($f) {
                    out.push($f.to_string());
                }
            )*};
        }
        detect!(
            "sse3",
            "ssse3",
            "sse4.1",
            "sse4.2",
            "popcnt",
            "avx",
            "avx2",
            "fma",
            "f16c",
            "bmi1",
            "bmi2",
            "lzcnt",
            "avx512f",
            "avx512bw",
            "avx512cd",
            "avx512dq",
            "avx512vl",
            "avx512vnni",
            "avx512bf16"
        );
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Keys

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_features_are_order_independent_and_feature_sensitive() {
        let a = host_cpu_from("processor : 0\nmodel name : X\nflags : fpu sse avx2 avx512f\n");
        let b = host_cpu_from("processor : 0\nmodel name : Y\nflags : avx512f avx2 sse fpu\n");
        let c = host_cpu_from("processor : 0\nmodel name : X\nflags : fpu sse avx2\n");
        assert_eq!(a.features_sha256, b.features_sha256);
        assert_ne!(a.features_sha256, c.features_sha256);
        assert_eq!(a.model, "X");
        assert_eq!(a.num_features, 4);
    }
}
