//! Writes `examples/tiny_model.safetensors`: the parameters and one step's gradients of a tiny
//! two-layer transformer (deterministic values), the input of the README quick start.
//!
//! `cargo run --example make_tiny_model [OUT]`

use std::collections::BTreeMap;
use std::path::PathBuf;

use muon_xla::io::tensor_file::TensorFile;
use muon_xla::{DType, HostTensor};

/// SplitMix64, so the file is the same on every machine.
struct Rng(u64);

impl Rng {
    fn normal(&mut self) -> f64 {
        let mut u = || {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            ((z ^ (z >> 31)) >> 11) as f64 / (1u64 << 53) as f64
        };
        let (a, b) = (u().max(1e-300), u());
        (-2.0 * a.ln()).sqrt() * (2.0 * std::f64::consts::PI * b).cos()
    }

    fn tensor(&mut self, shape: &[usize], scale: f64) -> anyhow::Result<HostTensor> {
        let n: usize = shape.iter().product();
        let v: Vec<f64> = (0..n).map(|_| self.normal() * scale).collect();
        Ok(HostTensor::from_f64(DType::F32, shape.to_vec(), &v)?)
    }
}

fn main() -> anyhow::Result<()> {
    let out = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| "examples/tiny_model.safetensors".into());
    let (vocab, d, hidden) = (64, 32, 128);
    let mut shapes: Vec<(String, Vec<usize>)> =
        vec![("embed_tokens.weight".into(), vec![vocab, d])];
    for l in 0..2 {
        for w in ["q_proj", "k_proj", "v_proj", "o_proj"] {
            shapes.push((format!("layers.{l}.attn.{w}.weight"), vec![d, d]));
        }
        shapes.push((format!("layers.{l}.mlp.up_proj.weight"), vec![hidden, d]));
        shapes.push((format!("layers.{l}.mlp.down_proj.weight"), vec![d, hidden]));
        shapes.push((format!("layers.{l}.norm.weight"), vec![d]));
    }
    shapes.push(("lm_head.weight".into(), vec![vocab, d]));
    let mut rng = Rng(2024);
    let mut tensors = BTreeMap::new();
    for (name, shape) in shapes {
        let fan_in = *shape.last().unwrap_or(&1) as f64;
        tensors.insert(name.clone(), rng.tensor(&shape, 1.0 / fan_in.sqrt())?);
        tensors.insert(format!("{name}.grad"), rng.tensor(&shape, 1e-2)?);
    }
    let metadata = BTreeMap::from([("model".to_string(), "tiny-transformer".to_string())]);
    TensorFile { tensors, metadata }.write_atomic(&out)?;
    println!("wrote {}", out.display());
    Ok(())
}
