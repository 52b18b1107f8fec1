//! Sharded checkpoints (`*.safetensors.index.json` + shards): the shard-by-shard step equals the
//! single-file step on the same tensors, over two steps (the second reads the state the first
//! wrote), with gradients stored in other shards than their parameters; bad input is refused
//! before anything is written.

use crate::common;
use crate::xla;

use std::path::{Path, PathBuf};
use std::process::Command;

use muon_xla::config::{OptimizerConfig, Preset, Settings};
use muon_xla::io::shards::{ShardIndex, ShardWriter};
use muon_xla::io::tensor_file::TensorFile;
use muon_xla::jobs::sharded_step::step_sharded;
use muon_xla::jobs::step_file::StepInput;
use muon_xla::{DType, HostTensor};

fn scratch(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("muon-xla-sharded-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn tensor(shape: &[usize], seed: u64, scale: f64) -> HostTensor {
    let n: usize = shape.iter().product();
    let v: Vec<f64> = (0..n as u64)
        .map(|i| {
            let z = (i + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ seed.wrapping_mul(0xBF58_476D);
            ((z >> 11) % 10_000) as f64 / 10_000.0 * 2.0 * scale - scale
        })
        .collect();
    HostTensor::from_f64(DType::F32, shape.to_vec(), &v).unwrap()
}

fn model() -> TensorFile {
    let shapes: Vec<(&str, Vec<usize>)> = vec![
        ("wte", vec![32, 16]),
        ("h.0.w", vec![16, 24]),
        ("h.0.b", vec![24]),
        ("h.1.w", vec![16, 24]),
        ("h.1.b", vec![24]),
        ("h.1.v", vec![16, 16]),
    ];
    let mut f = TensorFile::default();
    for (i, (n, s)) in shapes.into_iter().enumerate() {
        f.tensors.insert(n.into(), tensor(&s, 2 * i as u64, 0.5));
        f.tensors
            .insert(format!("{n}.grad"), tensor(&s, 2 * i as u64 + 1, 1.0));
    }
    f.metadata.insert("model".into(), "tiny".into());
    f
}

/// Writes `file` as shards: tensor names sorted and dealt round-robin into `n` shards, so a
/// parameter's gradient usually lies in another shard than the parameter.
fn write_sharded(file: &TensorFile, index: &Path, n: usize) {
    let mut shards = vec![TensorFile::default(); n];
    for (i, (name, t)) in file.tensors.iter().enumerate() {
        shards[i % n].tensors.insert(name.clone(), t.clone());
    }
    let mut w = ShardWriter::new(index).unwrap();
    for (i, s) in shards.iter().enumerate() {
        w.write_shard(&format!("model-{i}.safetensors"), s).unwrap();
    }
    w.finish(&file.metadata).unwrap();
}

fn config() -> OptimizerConfig {
    Settings {
        preset: Some(Preset::Optax),
        lr: Some(0.05),
        adamw: vec!["wte".into()],
        weight_decay: Some(0.01),
        ..Settings::default()
    }
    .resolve()
    .unwrap()
}

fn rel(a: &HostTensor, b: &HostTensor) -> f64 {
    let (a, b) = (a.to_f64(), b.to_f64());
    let d: f64 = a.iter().zip(&b).map(|(x, y)| (x - y).powi(2)).sum();
    let n: f64 = b.iter().map(|y| y * y).sum();
    (d / n.max(1e-300)).sqrt()
}

#[test]
fn sharded_steps_equal_single_file_steps() {
    let dir = scratch("equal");
    let index = dir.join("in").join("model.safetensors.index.json");
    std::fs::create_dir_all(index.parent().unwrap()).unwrap();
    let file = model();
    write_sharded(&file, &index, 3);
    let opened = ShardIndex::open(&index).unwrap();
    assert_eq!(opened.shards().len(), 3);
    assert_eq!(opened.read_all().unwrap().tensors, file.tensors);

    let c = config();
    let client = xla::client();
    let out = dir.join("out").join("model.safetensors.index.json");
    std::fs::create_dir_all(out.parent().unwrap()).unwrap();
    let report = step_sharded(client, &index, &out, &c, 0.05).unwrap();
    assert_eq!((report.params, report.step), (6, 1));
    let single1 = StepInput::parse(&file, &c)
        .unwrap()
        .run(client, 0.05)
        .unwrap();
    let got1 = ShardIndex::open(&out).unwrap();
    assert_eq!(got1.metadata["step"], "1");
    assert_eq!(got1.metadata["model"], "tiny");
    let got1 = got1.read_all().unwrap();
    assert_eq!(
        got1.tensors.keys().collect::<Vec<_>>(),
        single1.tensors.keys().collect::<Vec<_>>()
    );
    for (name, want) in &single1.tensors {
        let e = rel(&got1.tensors[name], want);
        assert!(e <= 1e-6, "step 1 `{name}`: {e}");
    }

    // Step 2 reads the state step 1 wrote (new gradients added to the output checkpoint), in place.
    let mut next = got1.clone();
    let mut single_next = single1.clone();
    for (name, t) in &file.tensors {
        if let Some(base) = name.strip_suffix(".grad") {
            let g = tensor(t.shape(), 1000 + base.len() as u64, 1.0);
            next.tensors.insert(name.clone(), g.clone());
            single_next.tensors.insert(name.clone(), g);
        }
    }
    next.metadata = got1.metadata.clone();
    next.metadata.remove("total_size");
    write_sharded(&next, &out, 2);
    step_sharded(client, &out, &out, &c, 0.05).unwrap();
    let single2 = StepInput::parse(&single_next, &c)
        .unwrap()
        .run(client, 0.05)
        .unwrap();
    let got2 = ShardIndex::open(&out).unwrap();
    assert_eq!(got2.metadata["step"], "2");
    let got2 = got2.read_all().unwrap();
    let mut worst: f64 = 0.0;
    for (name, want) in &single2.tensors {
        let e = rel(&got2.tensors[name], want);
        worst = worst.max(e);
        assert!(e <= 1e-6, "step 2 `{name}`: {e}");
    }
    eprintln!("worst relative difference sharded vs single file: {worst:.2e}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_sharded_input_is_refused_before_anything_is_written() {
    let dir = scratch("bad");
    let index = dir.join("model.safetensors.index.json");
    let mut file = model();
    file.tensors.remove("h.1.b.grad");
    file.tensors
        .insert("h.0.w.grad".into(), tensor(&[16, 23], 9, 1.0));
    write_sharded(&file, &index, 3);
    let out = dir.join("out.safetensors.index.json");
    let res = Command::new(env!("CARGO_BIN_EXE_muon-xla"))
        .args(["step", "--preset", "optax", "--lr", "0.05", "--input"])
        .arg(&index)
        .arg("--output")
        .arg(&out)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&res.stderr);
    assert_eq!(res.status.code(), Some(2), "{err}");
    assert!(
        err.contains("h.1.b.grad") && err.contains("h.0.w.grad"),
        "{err}"
    );
    assert!(!out.exists(), "no index written");
    let leftovers = common::partial_files(&dir);
    assert!(leftovers.is_empty(), "{leftovers:?}");

    // An index naming a tensor its shard lacks.
    let text = std::fs::read_to_string(&index).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["weight_map"]["ghost"] = "model-0.safetensors".into();
    std::fs::write(&index, json.to_string()).unwrap();
    let err = ShardIndex::open(&index).unwrap_err().to_string();
    assert!(err.contains("`ghost`"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
