//! `inspect DIR` of a directory compiled for a device this machine need not have: the target,
//! and per group the kernels XLA made by kind (from the manifest: no plugin is loaded) and an
//! estimated time on the device from a stated roofline model.

use muon_xla::aot::{Manifest, ManifestGroup};
use muon_xla::pjrt::targets::Peak;
use muon_xla::pjrt::Target;
use muon_xla::transforms::newton_schulz::NsPrecision;
use muon_xla::DType;

/// The model the estimate follows, said wherever the estimate is shown.
const MODEL: &str = "time >= max(Newton-Schulz flops / peak flop rate, bytes / memory bandwidth): \
    the flops at the target's published dense peak for the iteration's dtype and precision (bf16; \
    f32 at default precision: TF32 on NVIDIA, one bf16 pass on TPU; f32 at highest: CUDA cores, \
    six bf16 passes on TPU; per device for a work-split group), the bytes of the program's (global) \
    arguments and results read and written once (intermediates excluded). A lower bound: launch \
    gaps, unfused traffic and collectives (listed with their bytes) come on top";

/// Bytes of an MLIR tensor type such as `tensor<768x2304xf32>` (the manifest's spelling).
fn mlir_bytes(ty: &str) -> Option<u64> {
    let inner = ty.strip_prefix("tensor<")?.strip_suffix('>')?;
    let t = muon_xla::interop::jax::mlir_sig::tensor_type(inner).ok()?;
    Some(t.size_bytes() as u64)
}

/// The flop rate the Newton–Schulz dots run at (TFLOP/s).
fn rate(peak: &Peak, manifest: &Manifest) -> f64 {
    let ns = &manifest.config.muon.newton_schulz;
    let full = match ns.precision {
        NsPrecision::Highest => true,
        NsPrecision::FullF32 => ns.dtype != DType::BF16,
        NsPrecision::Default | NsPrecision::High => false,
    };
    match (ns.dtype, full, peak.tf32_tflops) {
        (DType::BF16, _, _) => peak.bf16_tflops,
        (_, true, _) => peak.f32_tflops,
        (_, false, Some(tf32)) => tf32,
        // TPU: HIGH is three bf16 passes, DEFAULT one.
        (_, false, None) if ns.precision == NsPrecision::High => peak.bf16_tflops / 3.0,
        (_, false, None) => peak.bf16_tflops,
    }
}

struct Estimate {
    flops: u64,
    bytes: u64,
    micros: f64,
    bound: &'static str,
}

fn estimate(g: &ManifestGroup, peak: &Peak, tflops: f64) -> Estimate {
    let mut flops = g.newton_schulz_flops.unwrap_or(0);
    // Work split over D devices: each orthogonalizes ceil(k / D) of the group's k matrices.
    if let (Some(d), Some("work-split")) = (g.partitions, g.spmd_layout.as_deref()) {
        let k = g.members.len() as u64;
        flops = flops * k.div_ceil(d as u64) / k.max(1);
    }
    let bytes: u64 = (g.arguments.iter().chain(&g.results))
        .filter_map(|v| mlir_bytes(&v.ty))
        .sum();
    let compute = flops as f64 / (tflops * 1e12) * 1e6;
    let memory = bytes as f64 / (peak.bandwidth_gbs * 1e9) * 1e6;
    Estimate {
        flops,
        bytes,
        micros: compute.max(memory),
        bound: if compute > memory {
            "compute"
        } else {
            "memory"
        },
    }
}

pub fn report(json: bool, manifest: &Manifest) -> anyhow::Result<()> {
    let device = manifest.device.as_ref().expect("a device build");
    let peak = Target::named(&device.target).ok().and_then(|t| t.peak());
    let tflops = peak.as_ref().map(|p| rate(p, manifest));
    let estimates: Vec<Option<Estimate>> = (manifest.groups.iter())
        .map(|g| Some(estimate(g, peak.as_ref()?, tflops?)))
        .collect();
    if json {
        let groups: Vec<serde_json::Value> = (manifest.groups.iter().zip(&estimates))
            .map(|(g, e)| {
                serde_json::json!({
                    "name": g.name,
                    "members": g.members.len(),
                    "parameters": g.parameters,
                    "executable_bytes": g.executable.as_ref().map(|e| e.bytes),
                    "fusions": g.kernels.as_ref().map(|k| k.fusions),
                    "kernels": g.kernels.as_ref().map(|k| k.kernels()),
                    "unfused": g.kernels.as_ref().map(|k| &k.unfused),
                    "kernel_kinds": g.kernel_kinds,
                    "gemm_backends": g.kernel_kinds.as_ref().map(|k| k.gemm_backends()),
                    "estimate": e.as_ref().map(|e| serde_json::json!({
                        "flops": e.flops,
                        "bytes": e.bytes,
                        "microseconds": e.micros,
                        "bound": e.bound,
                    })),
                })
            })
            .collect();
        let report = serde_json::json!({
            "model": manifest.model.name,
            "preset": manifest.config.preset.to_string(),
            "device": device,
            "estimate_model": peak.map(|p| serde_json::json!({
                "rule": MODEL,
                "tflops": tflops,
                "bandwidth_gbs": p.bandwidth_gbs,
            })),
            "groups": groups,
        });
        println!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(());
    }
    let gemm = device
        .gemm_backend
        .map_or(String::new(), |b| format!(", GEMMs {b}"));
    println!(
        "{} ({}), compiled without a device for target {} ({}, topology {}, PJRT {}{gemm})",
        manifest.model.name,
        manifest.config.preset,
        device.target,
        device.platform,
        device.topology,
        device.pjrt_api_version
    );
    println!(
        "{:<28} {:>7} {:>12} {:>10} {:>8} {:>10}",
        "group", "members", "parameters", "exe KiB", "kernels", "est. us"
    );
    for (g, e) in manifest.groups.iter().zip(&estimates) {
        println!(
            "{:<28} {:>7} {:>12} {:>10.1} {:>8} {:>10}",
            g.name,
            g.members.len(),
            g.parameters,
            (g.executable.as_ref()).map_or(0.0, |e| e.bytes as f64 / 1024.0),
            (g.kernels.as_ref()).map_or("-".into(), |k| k.kernels().to_string()),
            e.as_ref()
                .map_or("-".into(), |e| format!("{:.1} {}", e.micros, &e.bound[..3])),
        );
    }
    println!("kernels by kind:");
    for g in &manifest.groups {
        if let Some(k) = &g.kernel_kinds {
            println!("  {:<28} {k}", g.name);
        }
    }
    match (peak, tflops) {
        (Some(p), Some(t)) => {
            let total: f64 = estimates.iter().flatten().map(|e| e.micros).sum();
            println!(
                "estimated step: {total:.1} us at {t} TFLOP/s and {} GB/s\nmodel: {MODEL}",
                p.bandwidth_gbs
            );
        }
        _ => println!(
            "no estimate: no published peak for target {}",
            device.target
        ),
    }
    Ok(())
}
