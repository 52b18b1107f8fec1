//! `muon-xla step --devices D`: the file written with the Muon matrices partitioned over D CPU
//! devices equals the single-device step's (both layouts, D = 2 and 4, from a state with momentum
//! and Adam moments), and what the partitioned step does not take is refused.

use crate::common;
use std::path::{Path, PathBuf};
use std::process::Command;

use muon_xla::io::tensor_file::TensorFile;
use muon_xla::HostTensor;

fn muon_xla(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_muon-xla"))
        .args(args)
        .env_remove("XLA_FLAGS")
        .output()
        .expect("run muon-xla");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out.status.code().unwrap_or(-1), stderr)
}

fn tmp(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("muon-xla-devices-{}-{name}", std::process::id()))
}

fn step(input: &Path, output: &Path, extra: &[&str]) -> String {
    let args = common::moonlight_step_args(input, output, extra);
    let (code, stderr) = muon_xla(&args);
    assert_eq!(code, 0, "muon-xla {args:?}:\n{stderr}");
    stderr
}

/// The tiny model after one step, with new gradients: every kind of state is non-zero.
fn second_step_input() -> PathBuf {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/tiny_model.safetensors");
    let first = tmp("first.safetensors");
    step(&example, &first, &[]);
    let mut file = TensorFile::read(&first).unwrap();
    for (name, g) in TensorFile::read(&example).unwrap().tensors {
        if name.ends_with(".grad") {
            let scaled: Vec<f64> = g.to_f64().iter().map(|v| -0.7 * v).collect();
            let t = HostTensor::from_f64(g.dtype(), g.shape().to_vec(), &scaled).unwrap();
            file.tensors.insert(name, t);
        }
    }
    let input = tmp("second.safetensors");
    file.write_atomic(&input).unwrap();
    let _ = std::fs::remove_file(first);
    input
}

fn rel(a: &HostTensor, b: &HostTensor) -> f64 {
    let (a, b) = (a.to_f64(), b.to_f64());
    let d: f64 = a.iter().zip(&b).map(|(x, y)| (x - y).powi(2)).sum();
    let n: f64 = a.iter().map(|x| x * x).sum();
    (d / n.max(1e-300)).sqrt()
}

#[test]
fn partitioned_steps_write_the_single_device_result() {
    let input = second_step_input();
    let single = tmp("d1.safetensors");
    step(&input, &single, &[]);
    let want = TensorFile::read(&single).unwrap();
    let before = TensorFile::read(&input).unwrap();
    for (layout, devices) in [
        ("work-split", "2"),
        ("work-split", "4"),
        ("sharded-params", "2"),
    ] {
        let out = tmp(&format!("{layout}-{devices}.safetensors"));
        let log = step(
            &input,
            &out,
            &["--devices", devices, "--spmd-layout", layout],
        );
        assert!(
            log.contains(&format!(
                "12 Muon matrices partitioned over {devices} devices"
            )),
            "{log}"
        );
        let got = TensorFile::read(&out).unwrap();
        assert_eq!(got.metadata.get("step"), want.metadata.get("step"));
        assert_eq!(
            got.tensors.keys().collect::<Vec<_>>(),
            want.tensors.keys().collect::<Vec<_>>()
        );
        for (name, w) in &want.tensors {
            let err = rel(&got.tensors[name], w);
            assert!(
                err < 1e-5,
                "{layout} D={devices}: `{name}` differs by {err:e}"
            );
            if let Some(b) = before.tensors.get(name) {
                assert!(rel(w, b) > 1e-4, "`{name}` did not move");
            }
        }
        let _ = std::fs::remove_file(out);
    }
    let _ = std::fs::remove_file(single);
    let _ = std::fs::remove_file(input);
}

#[test]
fn what_the_partitioned_step_does_not_take_is_refused() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/tiny_model.safetensors");
    let out = tmp("refused.safetensors");
    let base = [
        "step",
        "--preset",
        "moonlight",
        "--input",
        example.to_str().unwrap(),
        "--output",
        out.to_str().unwrap(),
        "--devices",
        "2",
    ];
    let (code, stderr) = muon_xla(&[&base[..], &["--clip-global-norm", "1.0"]].concat());
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("run without --devices"), "{stderr}");
    let (code, stderr) = muon_xla(&[&base[..], &["--lr-mult", "layers.0=0.5"]].concat());
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("multiplier"), "{stderr}");
    assert!(!out.exists(), "nothing is written on refusal");
}
