//! The graph of one shape group: every parameter of one shape, dtype and route is updated by a
//! single executable that takes them as separate, donated arguments.
//!
//! Argument order (the contract between this file and the runtime):
//! - Muon: `p_0..p_k`, `g_0..g_k`, `momentum_0..momentum_k`, `lr`, `step`;
//!   results `p_0..p_k`, `momentum_0..momentum_k`.
//! - Adam: `p_0..p_k`, `g_0..g_k`, `exp_avg_0..`, `exp_avg_sq_0..`, `lr`, `wd_lr`, `step`;
//!   results `p_0..p_k`, `exp_avg_0..`, `exp_avg_sq_0..`.
//!
//! Parameters and state are donated to their results; gradients and scalars are not.

use super::adamw::{adam_update, AdamConfig};
use super::muon::{muon_update, MuonConfig};
use crate::error::Result;
use crate::graph::{Builder, DType, Graph, TensorType, Value};

/// The per-step scalar inputs are f32.
pub const SCALAR: DType = DType::F32;

/// The state tensors a route keeps per parameter, by their file names.
pub fn state_names(muon: bool) -> &'static [&'static str] {
    if muon {
        &["momentum"]
    } else {
        &["exp_avg", "exp_avg_sq"]
    }
}

fn params(b: &mut Builder, prefix: &str, names: &[String], ty: &TensorType) -> Vec<Value> {
    names
        .iter()
        .map(|n| b.parameter(format!("{n}.{prefix}").trim_end_matches('.'), ty.clone()))
        .collect()
}

fn finish(
    b: &mut Builder,
    inputs: &[Vec<Value>],
    results: &[Vec<Value>],
    labels: &[&str],
    names: &[String],
) -> Result<()> {
    for ((ins, outs), label) in inputs.iter().zip(results).zip(labels) {
        for ((&input, &out), name) in ins.iter().zip(outs).zip(names) {
            let label = if label.is_empty() {
                name.clone()
            } else {
                format!("{name}.{label}")
            };
            let index = b.output(label, out)?;
            b.donate(input, index)?;
        }
    }
    Ok(())
}

/// The Muon update graph for parameters `names` sharing type `ty`.
pub fn muon_group_graph(
    name: &str,
    names: &[String],
    ty: &TensorType,
    cfg: &MuonConfig,
) -> Result<Graph> {
    let mut b = Builder::new(name);
    let state_ty = TensorType::new(cfg.buffer_dtype, ty.shape.clone());
    let p = params(&mut b, "", names, ty);
    let g = params(&mut b, "grad", names, ty);
    let m = params(&mut b, "momentum", names, &state_ty);
    let lr = b.parameter("lr", TensorType::scalar(SCALAR));
    let t = b.parameter("step", TensorType::scalar(SCALAR));
    let (p2, m2) = muon_update(&mut b, cfg, &p, &g, &m, lr, t)?;
    finish(&mut b, &[p, m], &[p2, m2], &["", "momentum"], names)?;
    b.build()
}

/// The Adam update graph for parameters `names` sharing type `ty`.
pub fn adam_group_graph(
    name: &str,
    names: &[String],
    ty: &TensorType,
    cfg: &AdamConfig,
) -> Result<Graph> {
    let mut b = Builder::new(name);
    let state_ty = TensorType::new(ty.dtype.at_least_f32(), ty.shape.clone());
    let p = params(&mut b, "", names, ty);
    let g = params(&mut b, "grad", names, ty);
    let m = params(&mut b, "exp_avg", names, &state_ty);
    let v = params(&mut b, "exp_avg_sq", names, &state_ty);
    let lr = b.parameter("lr", TensorType::scalar(SCALAR));
    let wd_lr = b.parameter("wd_lr", TensorType::scalar(SCALAR));
    let t = b.parameter("step", TensorType::scalar(SCALAR));
    let (mut p2, mut m2, mut v2) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..names.len() {
        let (pn, mn, vn) = adam_update(&mut b, cfg, p[i], g[i], m[i], v[i], lr, wd_lr, t)?;
        p2.push(pn);
        m2.push(mn);
        v2.push(vn);
    }
    finish(
        &mut b,
        &[p, m, v],
        &[p2, m2, v2],
        &["", "exp_avg", "exp_avg_sq"],
        names,
    )?;
    b.build()
}
