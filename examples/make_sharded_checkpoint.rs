//! Writes a sharded step input the size of GPT-2 medium (24 layers, d 1024, 50257-token vocab,
//! 355M parameters): parameters and gradients in Hugging Face layout (`Conv1D` kernels are
//! `(in, out)`), shards of at most `--shard-mb` MB, one shard in memory at a time. Deterministic
//! values (a cheap hash, not a real model). Also writes the same tensors as one file with
//! `--single PATH` (to compare the peak memory of a single-file step).
//!
//! `cargo run --release --example make_sharded_checkpoint -- OUT/model.safetensors.index.json
//!  [--shard-mb 500] [--layers 24] [--single OUT.safetensors]`

use std::collections::BTreeMap;
use std::path::PathBuf;

use muon_xla::io::shards::ShardWriter;
use muon_xla::io::tensor_file::TensorFile;
use muon_xla::{DType, HostTensor};

/// Uniform values in [-scale, scale) from a hash of (seed, index): same bytes on every machine.
fn tensor(shape: &[usize], seed: u64, scale: f32) -> anyhow::Result<HostTensor> {
    let n: usize = shape.iter().product();
    let mut bytes = Vec::with_capacity(n * 4);
    for i in 0..n as u64 {
        let mut z = (seed << 40) ^ i;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        let u = ((z ^ (z >> 31)) >> 40) as f32 / (1u64 << 24) as f32;
        bytes.extend_from_slice(&((2.0 * u - 1.0) * scale).to_le_bytes());
    }
    Ok(HostTensor::from_bytes(
        muon_xla::TensorType::new(DType::F32, shape.to_vec()),
        bytes,
    )?)
}

fn gpt2_shapes(layers: usize) -> Vec<(String, Vec<usize>)> {
    let (d, vocab, ctx) = (1024, 50257, 1024);
    let mut v = vec![
        ("wte.weight".to_string(), vec![vocab, d]),
        ("wpe.weight".to_string(), vec![ctx, d]),
    ];
    for l in 0..layers {
        let p = format!("h.{l}");
        for (n, s) in [
            ("ln_1.weight", vec![d]),
            ("ln_1.bias", vec![d]),
            ("attn.c_attn.weight", vec![d, 3 * d]),
            ("attn.c_attn.bias", vec![3 * d]),
            ("attn.c_proj.weight", vec![d, d]),
            ("attn.c_proj.bias", vec![d]),
            ("ln_2.weight", vec![d]),
            ("ln_2.bias", vec![d]),
            ("mlp.c_fc.weight", vec![d, 4 * d]),
            ("mlp.c_fc.bias", vec![4 * d]),
            ("mlp.c_proj.weight", vec![4 * d, d]),
            ("mlp.c_proj.bias", vec![d]),
        ] {
            v.push((format!("{p}.{n}"), s));
        }
    }
    v.push(("ln_f.weight".into(), vec![d]));
    v.push(("ln_f.bias".into(), vec![d]));
    v
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opt = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1).cloned())
    };
    let index = PathBuf::from(
        args.first()
            .cloned()
            .unwrap_or_else(|| "target/gpt2-medium/model.safetensors.index.json".into()),
    );
    let shard_bytes = opt("--shard-mb").map_or(Ok(500), |s| s.parse::<u64>())? * 1_000_000;
    let layers = opt("--layers").map_or(Ok(24), |s| s.parse::<usize>())?;
    if let Some(dir) = index.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let shapes = gpt2_shapes(layers);
    let total_params: usize = shapes
        .iter()
        .map(|(_, s)| s.iter().product::<usize>())
        .sum();
    let mut writer = ShardWriter::new(&index)?;
    let mut single = opt("--single").map(|_| TensorFile::default());
    let mut shard = TensorFile::default();
    let (mut size, mut n) = (0u64, 0usize);
    let name = |n: usize| format!("model-{:05}.safetensors", n + 1);
    for (seed, (param, shape)) in shapes.iter().enumerate() {
        let bytes = 8 * shape.iter().product::<usize>() as u64;
        if size > 0 && size + bytes > shard_bytes {
            writer.write_shard(&name(n), &std::mem::take(&mut shard))?;
            (size, n) = (0, n + 1);
        }
        let fan_in = shape[0] as f32;
        let p = tensor(shape, 2 * seed as u64, 1.0 / fan_in.sqrt())?;
        let g = tensor(shape, 2 * seed as u64 + 1, 1e-3)?;
        if let Some(s) = &mut single {
            s.tensors.insert(param.clone(), p.clone());
            s.tensors.insert(format!("{param}.grad"), g.clone());
        }
        shard.tensors.insert(param.clone(), p);
        shard.tensors.insert(format!("{param}.grad"), g);
        size += bytes;
    }
    writer.write_shard(&name(n), &shard)?;
    let meta = BTreeMap::from([(
        "model".to_string(),
        format!("gpt2-medium-sized ({layers} layers)"),
    )]);
    writer.finish(&meta)?;
    println!(
        "wrote {} ({} parameters, {} shards)",
        index.display(),
        total_params,
        n + 1
    );
    if let (Some(path), Some(mut s)) = (opt("--single"), single) {
        s.metadata = meta;
        s.write_atomic(std::path::Path::new(&path))?;
        println!("wrote {path}");
    }
    Ok(())
}
