//! The kernels XLA made for a program, by kind, read from its optimized HLO module: which
//! library or generator runs each matrix multiplication (cuBLAS, cuBLASLt, Triton with its tile,
//! a fused dot on TPU and CPU), the other fusions, copies, collectives with the bytes they move,
//! and transfers between host and device inside the program. This is what `inspect` shows for a
//! GPU or TPU build, where nothing can be run or timed: the program itself is the evidence.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::collectives::COLLECTIVES;
use super::hlo_module::{HloComputation, HloInstr, HloModule};
use crate::types::Result;

/// Kernels per run, by kind.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KernelSummary {
    /// Matrix multiplications by how they run: `cublas`, `cublas-lt`, `triton MxNxK wW sS`
    /// (Triton's output tile, warps and pipeline stages; `splitK` when the reduction is split),
    /// `cutlass`, `fused-dot` (a fusion around a dot or convolution, as TPU and CPU make them),
    /// `dot` (not fused).
    pub gemms: BTreeMap<String, usize>,
    /// The other fusions by kind: `loop` (elementwise), `input` (reductions), `output`,
    /// `triton` (Triton fusions that are no GEMM), `custom`.
    pub fusions: BTreeMap<String, usize>,
    pub copies: usize,
    /// Collectives by opcode: (how many, bytes of their results on one device).
    pub collectives: BTreeMap<String, (usize, u64)>,
    /// Transfers between host and device inside the program (host send/recv, infeed, outfeed,
    /// host offloading). A step has none: its inputs and results stay on the device.
    pub host_transfers: usize,
    /// Everything else that launches work, by opcode.
    pub other: BTreeMap<String, usize>,
}

impl KernelSummary {
    /// Kernels (and library calls) per run.
    pub fn kernels(&self) -> usize {
        self.gemms.values().sum::<usize>()
            + self.fusions.values().sum::<usize>()
            + self.copies
            + self.collectives.values().map(|(n, _)| n).sum::<usize>()
            + self.host_transfers
            + self.other.values().sum::<usize>()
    }

    /// The GEMM backends used (`triton`, `cublas`, `cublas-lt`, `fused-dot`, ...).
    pub fn gemm_backends(&self) -> std::collections::BTreeSet<String> {
        (self.gemms.keys())
            .map(|k| k.split(' ').next().unwrap_or_default().to_string())
            .collect()
    }
}

/// The kernels of a serialized `HloModuleProtoWithConfig` or `HloModuleProto`.
pub fn kernel_summary(bytes: &[u8]) -> Result<KernelSummary> {
    let module = HloModule::parse(bytes)?;
    let mut out = KernelSummary::default();
    walk(&module, module.entry(), &mut out, 0);
    Ok(out)
}

/// Instructions that launch nothing, or whose work is counted at their `-start`.
fn launches_nothing(op: &str) -> bool {
    matches!(
        op,
        "parameter" | "constant" | "tuple" | "get-tuple-element" | "bitcast" | "after-all"
    ) || op.ends_with("-done")
        || op == "async-update"
}

fn walk(module: &HloModule, comp: &HloComputation, out: &mut KernelSummary, depth: usize) {
    for i in &comp.instructions {
        let op = i.opcode.as_str();
        match op {
            _ if launches_nothing(op) => {}
            // Outlined sequences (command buffers) and async wrappers: what they call runs.
            "call" | "async-start" if depth < 8 => {
                for c in i.called.iter().filter_map(|id| module.computation(*id)) {
                    walk(module, c, out, depth + 1);
                }
            }
            "fusion" => fusion(module, i, out),
            "custom-call" => custom_call(i, out),
            "dot" | "convolution" => *out.gemms.entry("dot".into()).or_default() += 1,
            "copy" | "copy-start" => out.copies += 1,
            "infeed" | "outfeed" => out.host_transfers += 1,
            "send" | "recv" if i.is_host_transfer => out.host_transfers += 1,
            _ if COLLECTIVES.contains(&op) => {
                let e = (out.collectives)
                    .entry(op.trim_end_matches("-start").to_string())
                    .or_default();
                e.0 += 1;
                e.1 += i.result_bytes;
            }
            _ => *out.other.entry(op.to_string()).or_default() += 1,
        }
    }
}

fn custom_call(i: &HloInstr, out: &mut KernelSummary) {
    let target = i.custom_call_target.as_str();
    if target.starts_with("__cublas$lt") {
        *out.gemms.entry("cublas-lt".into()).or_default() += 1;
    } else if target.starts_with("__cublas") {
        *out.gemms.entry("cublas".into()).or_default() += 1;
    } else if target.contains("MoveToHost") || target.contains("MoveToDevice") {
        out.host_transfers += 1;
    } else {
        *out.other
            .entry(format!("custom-call {target}"))
            .or_default() += 1;
    }
}

fn fusion(module: &HloModule, i: &HloInstr, out: &mut KernelSummary) {
    let config: serde_json::Value = serde_json::from_slice(&i.backend_config).unwrap_or_default();
    let backend = &config["fusion_backend_config"];
    let kind = backend["kind"].as_str().unwrap_or_default();
    let has_dot = i
        .called
        .iter()
        .filter_map(|id| module.computation(*id))
        .any(|c| contains_dot(module, c, 0));
    let gemm = match kind {
        "__triton_gemm" => Some(triton_tile(&backend["triton_gemm_config"])),
        k if k.starts_with("__triton") && has_dot => {
            Some(nested_tile(&backend["block_level_fusion_config"]))
        }
        k if k.starts_with("__custom_fusion") && has_dot => Some("cutlass".into()),
        "__dynamic_memcpy" => {
            out.copies += 1;
            return;
        }
        _ if has_dot => Some("fused-dot".into()),
        _ => None,
    };
    if let Some(g) = gemm {
        *out.gemms.entry(g).or_default() += 1;
        return;
    }
    let name = if kind.starts_with("__triton") {
        "triton"
    } else {
        match i.fusion_kind.as_str() {
            "kLoop" | "" => "loop",
            "kInput" => "input",
            "kOutput" => "output",
            _ => "custom",
        }
    };
    *out.fusions.entry(name.into()).or_default() += 1;
}

fn contains_dot(module: &HloModule, c: &HloComputation, depth: usize) -> bool {
    c.instructions.iter().any(|i| {
        matches!(i.opcode.as_str(), "dot" | "convolution" | "ragged-dot")
            || (i.opcode == "fusion" && depth < 4)
                && (i.called.iter().filter_map(|id| module.computation(*id)))
                    .any(|n| contains_dot(module, n, depth + 1))
    })
}

/// A JSON int64 (the proto's JSON form writes them as strings).
fn num(v: &serde_json::Value) -> Option<u64> {
    v.as_u64()
        .or_else(|| v.as_str().and_then(|s| s.parse().ok()))
}

/// `triton 64x128x32 w4 s3` (+ ` split4`) from a `TritonGemmConfig`.
fn triton_tile(c: &serde_json::Value) -> String {
    let get = |k: &str| num(&c[k]).map_or("?".to_string(), |v| v.to_string());
    let mut s = format!(
        "triton {}x{}x{} w{} s{}",
        get("block_m"),
        get("block_n"),
        get("block_k"),
        get("num_warps"),
        get("num_stages")
    );
    if num(&c["split_k"]).is_some_and(|k| k > 1) {
        s += &format!(" split{}", get("split_k"));
    }
    s
}

/// `triton MxN wW` from a `BlockLevelFusionConfig` (the generic Triton emitter's GEMMs).
fn nested_tile(c: &serde_json::Value) -> String {
    let sizes: Vec<String> = (c["output_tiles"][0]["sizes"].as_array())
        .map(|a| a.iter().filter_map(num).map(|v| v.to_string()).collect())
        .unwrap_or_default();
    let tile = if sizes.is_empty() {
        "?".to_string()
    } else {
        sizes.join("x")
    };
    match num(&c["num_warps"]) {
        Some(w) => format!("triton {tile} w{w}"),
        None => format!("triton {tile}"),
    }
}

fn mb(bytes: u64) -> String {
    format!("{:.2} MB", bytes as f64 / 1e6)
}

impl fmt::Display for KernelSummary {
    /// One line: `gemm triton 16x16x8 w2 s1 ×30; fusion loop ×10; copy ×2; all-gather ×4 (1.20 MB)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut parts = Vec::new();
        let list = |m: &BTreeMap<String, usize>| {
            m.iter()
                .map(|(k, n)| format!("{k} x{n}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        if !self.gemms.is_empty() {
            parts.push(format!("gemm {}", list(&self.gemms)));
        }
        if !self.fusions.is_empty() {
            parts.push(format!("fusion {}", list(&self.fusions)));
        }
        if self.copies > 0 {
            parts.push(format!("copy x{}", self.copies));
        }
        for (op, (n, bytes)) in &self.collectives {
            parts.push(format!("{op} x{n} ({})", mb(*bytes)));
        }
        if self.host_transfers > 0 {
            parts.push(format!("HOST TRANSFERS x{}", self.host_transfers));
        }
        if !self.other.is_empty() {
            parts.push(format!("other {}", list(&self.other)));
        }
        write!(f, "{} kernels: {}", self.kernels(), parts.join("; "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pjrt::proto_wire::{put_bytes, put_uint};

    fn instr(opcode: &str, extra: impl Fn(&mut Vec<u8>)) -> Vec<u8> {
        let mut b = Vec::new();
        put_bytes(&mut b, 2, opcode.as_bytes());
        extra(&mut b);
        b
    }

    fn computation(id: u64, fusion: bool, ops: &[Vec<u8>]) -> Vec<u8> {
        let mut b = Vec::new();
        put_bytes(&mut b, 1, format!("c{id}").as_bytes());
        for op in ops {
            put_bytes(&mut b, 2, op);
        }
        put_uint(&mut b, 5, id);
        put_uint(&mut b, 7, u64::from(fusion));
        b
    }

    #[test]
    fn kernels_are_classified_by_kind() {
        // f32[4, 8]: 128 bytes.
        let mut f32_4x8 = Vec::new();
        put_uint(&mut f32_4x8, 2, 11);
        put_uint(&mut f32_4x8, 3, 4);
        put_uint(&mut f32_4x8, 3, 8);
        let dot_body = computation(1, true, &[instr("parameter", |_| {}), instr("dot", |_| {})]);
        let add_body = computation(2, true, &[instr("add", |_| {})]);
        let triton = br#"{"fusion_backend_config":{"kind":"__triton_gemm","triton_gemm_config":{"block_m":"64","block_n":"128","block_k":"32","split_k":"1","num_stages":"3","num_warps":"4"}}}"#;
        let entry = computation(
            3,
            false,
            &[
                instr("parameter", |_| {}),
                instr("fusion", |b| {
                    put_bytes(b, 11, b"kCustom");
                    put_uint(b, 38, 1);
                    put_bytes(b, 43, triton);
                }),
                instr("fusion", |b| {
                    put_bytes(b, 11, b"kOutput");
                    put_uint(b, 38, 1);
                }),
                instr("fusion", |b| {
                    put_bytes(b, 11, b"kLoop");
                    put_uint(b, 38, 2);
                }),
                instr("custom-call", |b| put_bytes(b, 28, b"__cublas$lt$matmul")),
                instr("all-gather-start", |b| put_bytes(b, 3, &f32_4x8)),
                instr("all-gather-done", |_| {}),
                instr("send", |b| put_uint(b, 47, 1)),
                instr("copy", |_| {}),
                instr("sort", |_| {}),
                instr("tuple", |_| {}),
            ],
        );
        let mut module = Vec::new();
        put_bytes(&mut module, 2, b"c3");
        for c in [&dot_body, &add_body, &entry] {
            put_bytes(&mut module, 3, c);
        }
        put_uint(&mut module, 6, 3);
        let k = kernel_summary(&module).unwrap();
        let gemms: Vec<(&str, usize)> = k.gemms.iter().map(|(n, c)| (n.as_str(), *c)).collect();
        assert_eq!(
            gemms,
            [
                ("cublas-lt", 1),
                ("fused-dot", 1),
                ("triton 64x128x32 w4 s3", 1)
            ]
        );
        assert_eq!(k.fusions.get("loop"), Some(&1));
        assert_eq!(k.collectives.get("all-gather"), Some(&(1, 128)));
        assert_eq!((k.host_transfers, k.copies), (1, 1));
        assert_eq!(k.other.get("sort"), Some(&1));
        assert_eq!(k.kernels(), 8);
        assert_eq!(
            k.gemm_backends().into_iter().collect::<Vec<_>>(),
            ["cublas-lt", "fused-dot", "triton"]
        );
        assert!(
            k.to_string().starts_with("8 kernels: gemm cublas-lt x1"),
            "{k}"
        );
        assert!(kernel_summary(b"\xff\xff").is_err());
    }
}
