//! `muon-xla device-check`, rehearsed on the CPU (the code path `bench/device.sh run` takes on a
//! borrowed GPU): the prepared case's CPU results are met by both the ahead-of-time and the JIT
//! step, the executables really come from the compiled directory, and the report holds the
//! timings against the matmul floor.

use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_muon-xla"))
}

#[test]
fn device_check_rehearses_on_the_cpu() {
    let dir = std::env::temp_dir().join(format!("muon-xla-device-check-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let case = dir.join("case");
    let out = bin()
        .args(["device-check", "--prepare", case.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for f in ["case", "expected-highest", "expected-default"] {
        assert!(case.join(format!("{f}.safetensors")).is_file(), "{f}");
    }
    // A small model to time: two Muon matrices and an Adam vector.
    let model = dir.join("small.json");
    std::fs::write(
        &model,
        r#"{"name": "small", "layout": "out-in", "params": [
            {"name": "a.weight", "shape": [64, 128], "dtype": "f32"},
            {"name": "b.weight", "shape": [128, 64], "dtype": "f32"},
            {"name": "a.bias", "shape": [64], "dtype": "f32"}]}"#,
    )
    .unwrap();
    let report = dir.join("device.json");
    let out = bin()
        .args([
            "device-check",
            "--case",
            case.to_str().unwrap(),
            "--target",
            "cpu",
        ])
        .args(["--model", model.to_str().unwrap(), "--repeats", "2"])
        .args(["--out", report.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let r: serde_json::Value = serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
    assert_eq!(r["ok"], true, "{r}");
    assert_eq!(r["platform"], "cpu");
    for c in r["checks"].as_array().unwrap() {
        assert_eq!(c["aot_used_stored_executables"], true, "{c}");
        // The same plugin on the same CPU: the results are the prepared ones within f32
        // rounding of a different thread split, far inside the limits.
        for k in ["aot_relative_error", "jit_relative_error"] {
            assert!(c[k].as_f64().unwrap() < 1e-6, "{c}");
        }
    }
    let variants = r["timings"]["variants"].as_array().unwrap();
    assert_eq!(variants.len(), 2);
    for v in variants {
        for k in ["aot_ms", "jit_ms", "matmul_floor_ms", "aot_over_floor"] {
            assert!(v[k].as_f64().unwrap() > 0.0, "{k}: {v}");
        }
    }
    // A case that is not there: an error naming the file.
    let out = bin()
        .args(["device-check", "--case", dir.join("nope").to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("case.safetensors"));
    std::fs::remove_dir_all(&dir).unwrap();
}
