//! The matrices the bench times: GPT-2 layers at one or more widths, and their random contents.

use anyhow::bail;
use muon_xla::config::OptimizerConfig;
use muon_xla::plan::ParamSpec;
use muon_xla::types::{DType, TensorType};
use muon_xla::HostTensor;

use super::{BenchCmd, BenchSet};

/// One list of weight matrices, timed by every system.
#[derive(Debug, Clone)]
pub(super) struct Case {
    pub name: String,
    pub width: usize,
    pub layers: usize,
    /// `(name, rows, cols)`.
    pub matrices: Vec<(String, usize, usize)>,
}

impl Case {
    fn gpt2(name: String, width: usize, layers: usize) -> Case {
        let d = width;
        let mut matrices = Vec::new();
        for l in 0..layers {
            for (part, rows, cols) in [
                ("attn.c_attn", 3 * d, d),
                ("attn.c_proj", d, d),
                ("mlp.c_fc", 4 * d, d),
                ("mlp.c_proj", d, 4 * d),
            ] {
                matrices.push((format!("h.{l}.{part}.weight"), rows, cols));
            }
        }
        Case {
            name,
            width,
            layers,
            matrices,
        }
    }

    pub fn params(&self) -> u64 {
        self.matrices.iter().map(|(_, r, c)| (r * c) as u64).sum()
    }

    pub fn specs(&self) -> Vec<ParamSpec> {
        self.matrices
            .iter()
            .map(|(n, r, c)| ParamSpec::new(n.clone(), DType::F32, [*r, *c]))
            .collect()
    }

    /// Distinct shapes with their counts, in first-seen order.
    pub fn shape_counts(&self) -> Vec<([usize; 2], usize)> {
        let mut out: Vec<([usize; 2], usize)> = Vec::new();
        for (_, r, c) in &self.matrices {
            match out.iter_mut().find(|(s, _)| *s == [*r, *c]) {
                Some((_, n)) => *n += 1,
                None => out.push(([*r, *c], 1)),
            }
        }
        out
    }

    /// Newton–Schulz FLOPs of one step (5 iterations of `4m²n + 2m³`).
    pub fn ns_flops(&self, config: &OptimizerConfig) -> u64 {
        let ns = &config.muon.newton_schulz;
        self.matrices.iter().map(|(_, r, c)| ns.flops(*r, *c)).sum()
    }
}

pub(super) fn cases(cmd: &BenchCmd) -> anyhow::Result<Vec<Case>> {
    let layers = |default: usize| cmd.layers.unwrap_or(default);
    if cmd.layers == Some(0) {
        bail!("--layers must be at least 1");
    }
    Ok(match cmd.set {
        BenchSet::Quick => vec![Case::gpt2("quick".into(), 768, layers(1))],
        BenchSet::Gpt2 => vec![Case::gpt2("gpt2".into(), 768, layers(12))],
        BenchSet::Width => {
            if cmd.widths.is_empty() || cmd.widths.contains(&0) {
                bail!("--widths must list positive widths");
            }
            cmd.widths
                .iter()
                .map(|&w| Case::gpt2(format!("width{w}"), w, layers(1)))
                .collect()
        }
    })
}

/// Deterministic pseudo-normal values (splitmix64 + Box–Muller), scaled by `scale`.
pub(crate) fn random_tensor(ty: &TensorType, seed: u64, scale: f32) -> anyhow::Result<HostTensor> {
    let n = ty.num_elements();
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03;
    let mut next = || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        ((z >> 40) as f32 + 0.5) / (1u64 << 24) as f32
    };
    let mut v = Vec::with_capacity(n);
    while v.len() < n {
        let (u1, u2) = (next(), next());
        let r = (-2.0 * u1.ln()).sqrt() * scale;
        let t = std::f32::consts::TAU * u2;
        v.push(r * t.cos());
        if v.len() < n {
            v.push(r * t.sin());
        }
    }
    Ok(HostTensor::from_f32(ty.shape.clone(), &v)?)
}
