//! The `step` command with the optional parts: QK-clip from `PREFIX.max_logits` tensors, the EMA
//! as state `NAME.ema`, gradient clipping, loss scaling. Each run is compared with the library.

use crate::common;
use crate::xla;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use muon_xla::config::{Preset, Settings};
use muon_xla::io::tensor_file::TensorFile;
use muon_xla::runtime::{Optimizer, StepInputs};
use muon_xla::{DType, HostTensor};

fn dir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("muon-xla-cli-extras-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn tensor(shape: &[usize], seed: u64) -> HostTensor {
    let n: usize = shape.iter().product();
    let v: Vec<f64> = (0..n)
        .map(|i| (((i as u64 * 7919 + seed * 104729) % 1000) as f64 / 1000.0 - 0.5) * 0.4)
        .collect();
    HostTensor::from_f64(DType::F32, shape.to_vec(), &v).unwrap()
}

/// One attention layer (4 heads of dim 2) plus an MLP matrix and a bias.
fn model() -> TensorFile {
    let mut t = BTreeMap::new();
    for (i, (name, shape)) in [
        ("l0.attn.q_proj", vec![8, 6]),
        ("l0.attn.k_proj", vec![8, 6]),
        ("l0.mlp.w", vec![6, 10]),
        ("l0.norm.b", vec![6]),
    ]
    .into_iter()
    .enumerate()
    {
        t.insert(name.to_string(), tensor(&shape, i as u64));
        t.insert(format!("{name}.grad"), tensor(&shape, 10 + i as u64));
    }
    TensorFile {
        tensors: t,
        metadata: BTreeMap::new(),
    }
}

fn run(input: &Path, output: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_muon-xla"))
        .args(common::moonlight_step_args(input, output, args))
        .output()
        .unwrap()
}

/// The library's result for the same file and settings.
fn library(file: &TensorFile, settings: Settings) -> BTreeMap<String, HostTensor> {
    let input =
        muon_xla::jobs::step_file::StepInput::parse(file, &settings.resolve().unwrap()).unwrap();
    let config = input.config.clone();
    let mut opt = Optimizer::new(xla::client(), input.plan.specs.clone(), config).unwrap();
    opt.set_params(input.params.clone()).unwrap();
    let r = opt
        .step_with(
            &input.grads,
            1e-3,
            &StepInputs {
                max_logits: input.max_logits.clone(),
                qk_tau: None,
            },
        )
        .unwrap();
    assert!(r.applied);
    let mut out = BTreeMap::new();
    for (i, p) in opt.params().unwrap().into_iter().enumerate() {
        out.insert(opt.spec(i).name.clone(), p);
    }
    out
}

fn settings() -> Settings {
    Settings {
        preset: Some(Preset::Moonlight),
        ns_dtype: Some(DType::F32),
        ..Settings::default()
    }
}

#[test]
fn qk_clip_from_max_logits_tensors() {
    let d = dir("qk");
    let mut f = model();
    let logits = HostTensor::from_f64(DType::F32, vec![4], &[10.0, 500.0, 99.0, 100.0]).unwrap();
    f.tensors.insert("l0.attn.max_logits".into(), logits);
    let (input, output) = (d.join("in.safetensors"), d.join("out.safetensors"));
    f.write_atomic(&input).unwrap();
    let out = run(&input, &output, &["--qk-clip-tau", "100"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got = TensorFile::read(&output).unwrap();
    assert!(
        !got.tensors.contains_key("l0.attn.max_logits"),
        "logits are inputs, not outputs"
    );
    let clipped = library(
        &f,
        Settings {
            qk_clip_tau: Some(100.0),
            ..settings()
        },
    );
    let plain = library(
        &{
            let mut g = f.clone();
            g.tensors.remove("l0.attn.max_logits");
            g
        },
        settings(),
    );
    for name in ["l0.attn.q_proj", "l0.attn.k_proj"] {
        assert_eq!(
            got.tensors[name], clipped[name],
            "{name}: CLI equals library"
        );
        let (a, b) = (clipped[name].to_f64(), plain[name].to_f64());
        for (e, (x, y)) in a.iter().zip(&b).enumerate() {
            let head = (e / 6) / 2;
            let want = if head == 1 {
                y * (100.0f64 / 500.0).sqrt()
            } else {
                *y
            };
            assert!(
                (x - want).abs() <= 1e-6 * want.abs().max(1e-6),
                "{name}[{e}]: {x} vs {want}"
            );
        }
    }
    assert_eq!(got.tensors["l0.mlp.w"], plain["l0.mlp.w"]);
    // A query projection without logits is refused, naming it.
    f.tensors.remove("l0.attn.max_logits");
    f.write_atomic(&input).unwrap();
    let out = run(
        &input,
        &d.join("none.safetensors"),
        &["--qk-clip-tau", "100"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("l0.attn.k_proj"));
    assert!(!d.join("none.safetensors").exists());
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn ema_state_is_written_and_read_back() {
    let d = dir("ema");
    let f = model();
    let (input, output) = (d.join("in.safetensors"), d.join("out.safetensors"));
    f.write_atomic(&input).unwrap();
    let out = run(&input, &output, &["--ema-momentum", "0.5"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got = TensorFile::read(&output).unwrap();
    for name in ["l0.attn.q_proj", "l0.norm.b"] {
        // From a fresh EMA (= the parameter): ema = 0.5 · p0 + 0.5 · p1.
        let (p0, p1, e) = (
            f.tensors[name].to_f64(),
            got.tensors[name].to_f64(),
            got.tensors[&format!("{name}.ema")].to_f64(),
        );
        for ((a, b), c) in p0.iter().zip(&p1).zip(&e) {
            assert!(
                (0.5 * a + 0.5 * b - c).abs() < 1e-6,
                "{name}: ema {c} vs {}",
                0.5 * a + 0.5 * b
            );
        }
    }
    // Step 1 without the EMA state is refused once the EMA is on.
    let mut next = got.clone();
    next.tensors.remove("l0.norm.b.ema");
    for (n, t) in &f.tensors {
        if n.ends_with(".grad") {
            next.tensors.insert(n.clone(), t.clone());
        }
    }
    next.write_atomic(&input).unwrap();
    let out = run(&input, &d.join("x.safetensors"), &["--ema-momentum", "0.5"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("l0.norm.b.ema"));
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn clipping_and_loss_scale_flags_match_the_library() {
    let d = dir("clip");
    let f = model();
    let (input, output) = (d.join("in.safetensors"), d.join("out.safetensors"));
    f.write_atomic(&input).unwrap();
    let out = run(&input, &output, &["--clip-global-norm", "0.1"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got = TensorFile::read(&output).unwrap();
    let want = library(
        &f,
        Settings {
            clip_global_norm: Some(0.1),
            ..settings()
        },
    );
    let plain = library(&f, settings());
    for (name, w) in &want {
        assert_eq!(&got.tensors[name], w, "{name}");
    }
    assert_ne!(
        want["l0.norm.b"], plain["l0.norm.b"],
        "clipping at 0.1 changes the Adam step"
    );
    // Two clipping modes at once are a usage error.
    let out = run(
        &input,
        &d.join("y.safetensors"),
        &["--clip-value", "1", "--clip-norm", "1"],
    );
    assert_eq!(out.status.code(), Some(2));
    // Loss scale 8 on gradients multiplied by 8: the same as no scaling.
    let mut scaled = f.clone();
    for (n, t) in f.tensors.iter().filter(|(n, _)| n.ends_with(".grad")) {
        let v: Vec<f64> = t.to_f64().iter().map(|x| x * 8.0).collect();
        scaled.tensors.insert(
            n.clone(),
            HostTensor::from_f64(DType::F32, t.shape().to_vec(), &v).unwrap(),
        );
    }
    scaled.write_atomic(&input).unwrap();
    let out = run(&input, &output, &["--loss-scale", "8"]);
    assert_eq!(out.status.code(), Some(0));
    let got = TensorFile::read(&output).unwrap();
    // Unscaling by 8 is exact; the compiled programs differ (an extra multiply), so XLA may
    // fuse them differently: equal to float32 rounding.
    for (name, w) in &plain {
        let (a, b) = (got.tensors[name].to_f64(), w.to_f64());
        let d = a
            .iter()
            .zip(&b)
            .map(|(x, y)| (x - y).powi(2))
            .sum::<f64>()
            .sqrt();
        let n = b.iter().map(|y| y * y).sum::<f64>().sqrt();
        assert!(d / n < 1e-6, "{name}: loss scale 8 differs by {:e}", d / n);
    }
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn momentum_buffer_dtype_is_stored_as_asked() {
    let d = dir("mu");
    let f = model();
    let (input, output) = (d.join("in.safetensors"), d.join("out.safetensors"));
    f.write_atomic(&input).unwrap();
    let out = run(&input, &output, &["--mu-dtype", "bf16"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got = TensorFile::read(&output).unwrap();
    let m = &got.tensors["l0.mlp.w.momentum"];
    assert_eq!(m.dtype(), DType::BF16);
    // Moonlight's buffer after one step from zero is the gradient itself, rounded to bf16.
    let g = f.tensors["l0.mlp.w.grad"].to_f64();
    let want: Vec<f64> = g
        .iter()
        .map(|&x| half::bf16::from_f32(x as f32).to_f64())
        .collect();
    assert_eq!(m.to_f64(), want);
    assert_eq!(
        got.tensors["l0.norm.b.exp_avg"].dtype(),
        DType::F32,
        "Adam state stays f32"
    );
    // A f32 momentum in the next file is then the wrong dtype, named.
    let mut next = got.clone();
    next.tensors.insert(
        "l0.mlp.w.momentum".into(),
        HostTensor::zeros(muon_xla::TensorType::new(DType::F32, vec![6, 10])),
    );
    for (n, t) in f.tensors.iter().filter(|(n, _)| n.ends_with(".grad")) {
        next.tensors.insert(n.clone(), t.clone());
    }
    next.write_atomic(&input).unwrap();
    let out = run(&input, &d.join("x.safetensors"), &["--mu-dtype", "bf16"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("l0.mlp.w.momentum"));
    std::fs::remove_dir_all(&d).unwrap();
}
