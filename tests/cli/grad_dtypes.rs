//! Gradients in another float dtype than their parameters (issue 23, item 9): f32 gradients of
//! bf16 parameters with f32 master weights reach the update unrounded; elsewhere they are cast
//! once to the parameter's dtype; integer gradients stay errors.

use crate::common;
use crate::xla;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use muon_xla::config::{Preset, Settings};
use muon_xla::io::tensor_file::TensorFile;
use muon_xla::jobs::step_file::StepInput;
use muon_xla::{DType, HostTensor};

const LR: f64 = 0.02;

fn dir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("muon-xla-grad-dtypes-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Values with more mantissa than bf16 holds, so rounding them is visible.
fn values(n: usize, seed: u64) -> Vec<f64> {
    (0..n)
        .map(|i| {
            let x = ((i as u64 * 7919 + seed * 104_729) % 10_007) as f64 / 10_007.0;
            (x - 0.5) * 0.3 + 1e-4 * (i as f64).sin()
        })
        .collect()
}

const SHAPES: [(&str, [usize; 2]); 2] = [("w", [12, 8]), ("norm", [1, 16])];

/// Parameters of `pdtype` (from the values `masters` rounded) and gradients of `gdtype`.
fn file(pdtype: DType, gdtype: DType, masters: Option<DType>) -> TensorFile {
    let mut t = BTreeMap::new();
    for (i, (name, shape)) in SHAPES.into_iter().enumerate() {
        let n = shape.iter().product();
        let p = values(n, i as u64);
        t.insert(
            name.into(),
            HostTensor::from_f64(pdtype, shape, &p).unwrap(),
        );
        if let Some(m) = masters {
            let master = HostTensor::from_f64(m, shape, &p).unwrap();
            t.insert(format!("{name}.master"), master);
        }
        // State from earlier steps, so that Adam's update depends on the gradient's value (at
        // its first step it is nearly its sign).
        let state = if name == "w" {
            vec!["momentum"]
        } else {
            vec!["exp_avg", "exp_avg_sq"]
        };
        for (k, kind) in state.into_iter().enumerate() {
            let v: Vec<f64> = values(n, 20 + k as u64).iter().map(|x| x * x).collect();
            let st = HostTensor::from_f64(DType::F32, shape, &v).unwrap();
            t.insert(format!("{name}.{kind}"), st);
        }
        let g = values(n, 10 + i as u64);
        t.insert(
            format!("{name}.grad"),
            HostTensor::from_f64(gdtype, shape, &g).unwrap(),
        );
    }
    TensorFile {
        tensors: t,
        metadata: BTreeMap::from([("step".to_string(), "5".to_string())]),
    }
}

/// `w` goes to Muon, `norm` to Adam (by name: a [1, 16] matrix would go to Muon by shape).
fn settings(master: bool) -> Settings {
    Settings {
        preset: Some(Preset::Moonlight),
        ns_dtype: Some(DType::F32),
        adamw: vec!["^norm$".into()],
        master_weights: Some(master),
        ..Settings::default()
    }
}

/// What parsing decided (the resolved settings, the casts) and the step's output.
struct Stepped {
    grad_dtype: Option<DType>,
    grad_casts: Vec<(String, DType, DType)>,
}

fn library_step(file: TensorFile, settings: Settings) -> (Stepped, TensorFile) {
    let input = StepInput::from_file(file, &settings.resolve().unwrap()).unwrap();
    let seen = Stepped {
        grad_dtype: input.config.extras.grad_dtype,
        grad_casts: input.grad_casts.clone(),
    };
    (seen, input.run(xla::client(), LR).unwrap())
}

fn max_rel(a: &HostTensor, b: &HostTensor) -> f64 {
    let (a, b) = (a.to_f64(), b.to_f64());
    let scale = b.iter().fold(0f64, |m, v| m.max(v.abs()));
    a.iter()
        .zip(&b)
        .fold(0f64, |m, (x, y)| m.max((x - y).abs() / scale))
}

#[test]
fn f32_gradients_reach_f32_master_weights_unrounded() {
    // bf16 parameters, f32 masters, f32 gradients: the update runs on the master in f32, so the
    // masters come out as an all-f32 step of the same values gives.
    let (input, mixed) = library_step(
        file(DType::BF16, DType::F32, Some(DType::F32)),
        settings(true),
    );
    assert_eq!(input.grad_dtype, Some(DType::F32));
    assert!(input.grad_casts.is_empty(), "{:?}", input.grad_casts);
    let (_, all_f32) = library_step(file(DType::F32, DType::F32, None), settings(false));
    // The same masters with the gradients rounded to bf16 first: what casting to the parameter's
    // dtype would have given. The test can tell the two apart.
    let (_, rounded) = library_step(
        file(DType::BF16, DType::BF16, Some(DType::F32)),
        settings(true),
    );
    for (name, _) in SHAPES {
        let master = &mixed.tensors[&format!("{name}.master")];
        let want = &all_f32.tensors[name];
        let err = max_rel(master, want);
        assert!(err <= 2e-6, "`{name}.master` vs the f32 step: {err:e}");
        let lost = max_rel(&rounded.tensors[&format!("{name}.master")], want);
        assert!(
            lost > 10.0 * err.max(1e-7),
            "`{name}`: rounding lost {lost:e}"
        );
        // The parameter is its master rounded to bf16.
        let p = &mixed.tensors[name];
        assert_eq!(p.dtype(), DType::BF16);
        let r = HostTensor::from_f64(DType::BF16, p.shape().to_vec(), &master.to_f64()).unwrap();
        assert_eq!(p.to_f64(), r.to_f64(), "`{name}`");
    }
}

#[test]
fn other_float_gradients_are_cast_once_to_the_parameter_dtype() {
    // f16 gradients of f32 parameters: widened exactly, the same step as f32 gradients.
    let (input, widened) = library_step(file(DType::F32, DType::F16, None), settings(false));
    assert_eq!(input.grad_casts.len(), 2);
    assert!(input
        .grad_casts
        .iter()
        .all(|(_, from, to)| (*from, *to) == (DType::F16, DType::F32)));
    let mut same = file(DType::F32, DType::F16, None);
    for (name, _) in SHAPES {
        let g = same.tensors[&format!("{name}.grad")].clone();
        let g32 = HostTensor::from_f64(DType::F32, g.shape().to_vec(), &g.to_f64()).unwrap();
        same.tensors.insert(format!("{name}.grad"), g32);
    }
    let (_, direct) = library_step(same, settings(false));
    for (name, _) in SHAPES {
        assert_eq!(
            widened.tensors[name].to_f64(),
            direct.tensors[name].to_f64(),
            "`{name}`"
        );
    }
    // f32 gradients of bf16 parameters without masters: rounded to bf16 once, as if given so.
    let (input, narrowed) = library_step(file(DType::BF16, DType::F32, None), settings(false));
    assert_eq!(input.grad_dtype, None);
    assert_eq!(input.grad_casts.len(), 2);
    let (_, given) = library_step(file(DType::BF16, DType::BF16, None), settings(false));
    for (name, _) in SHAPES {
        assert_eq!(
            narrowed.tensors[name].to_f64(),
            given.tensors[name].to_f64(),
            "`{name}`"
        );
    }
}

fn cli(input: &Path, output: &Path, extra: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_muon-xla"))
        .args(common::moonlight_step_args(input, output, extra))
        .args(["--adamw", "^norm$", "--lr", "0.02"])
        .output()
        .unwrap()
}

#[test]
fn dry_run_states_the_casts_and_integer_gradients_are_refused() {
    let d = dir("cli");
    let input = d.join("in.safetensors");
    file(DType::BF16, DType::F32, None)
        .write_atomic(&input)
        .unwrap();
    let o = cli(&input, &d.join("out.safetensors"), &["--dry-run"]);
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(
        stdout.contains("gradient cast once on reading: `w.grad` f32 -> bf16"),
        "{stdout}"
    );
    // With masters the f32 gradients are kept: nothing is cast.
    file(DType::BF16, DType::F32, Some(DType::F32))
        .write_atomic(&input)
        .unwrap();
    let o = cli(
        &input,
        &d.join("out.safetensors"),
        &["--dry-run", "--master-weights"],
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(
        !String::from_utf8_lossy(&o.stdout).contains("cast once"),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    // Integer gradients: exit 2, naming the tensor.
    let mut f = file(DType::F32, DType::F32, None);
    f.tensors.insert(
        "w.grad".into(),
        HostTensor::from_f64(DType::I32, [12, 8], &[1.0; 96]).unwrap(),
    );
    f.write_atomic(&input).unwrap();
    let o = cli(&input, &d.join("out.safetensors"), &[]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("`w.grad` is i32[12, 8]"), "{stderr}");
    assert!(!d.join("out.safetensors").exists());
    std::fs::remove_dir_all(&d).ok();
}

#[test]
fn the_library_takes_gradients_in_grad_dtype_and_names_it_otherwise() {
    use muon_xla::plan::ParamSpec;
    use muon_xla::runtime::Optimizer;
    let mut config = settings(true).resolve().unwrap();
    config.extras.grad_dtype = Some(DType::F32);
    let specs: Vec<ParamSpec> = (SHAPES.iter())
        .map(|(n, s)| ParamSpec {
            name: n.to_string(),
            ty: muon_xla::TensorType::new(DType::BF16, s.to_vec()),
        })
        .collect();
    let mut opt = Optimizer::new(xla::client(), specs, config).unwrap();
    let f = file(DType::BF16, DType::F32, None);
    let params = SHAPES.iter().map(|(n, _)| f.tensors[*n].clone()).collect();
    opt.set_params(params).unwrap();
    let grads: Vec<HostTensor> = (SHAPES.iter())
        .map(|(n, _)| f.tensors[&format!("{n}.grad")].clone())
        .collect();
    assert!(opt.step(&grads[..], LR).unwrap().applied);
    let bf16: Vec<HostTensor> = (grads.iter())
        .map(|g| HostTensor::from_f64(DType::BF16, g.shape().to_vec(), &g.to_f64()).unwrap())
        .collect();
    let err = opt.step(&bf16[..], LR).unwrap_err().to_string();
    assert!(
        err.contains("`w` must be f32[12, 8], got bf16[12, 8]"),
        "{err}"
    );
}
