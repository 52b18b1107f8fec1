//! `muon-xla step --timings`: every phase of the step is reported, with its share of the whole
//! process; and a `--grads` file holding a gradient twice is refused by name.

use std::process::Command;

use muon_xla::io::tensor_file::TensorFile;
use muon_xla::jobs::step_file;

fn tiny() -> String {
    format!(
        "{}/examples/tiny_model.safetensors",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn timings_name_every_phase_and_add_up() {
    let out_path = std::env::temp_dir().join(format!("muon-xla-timings-{}.st", std::process::id()));
    let out = Command::new(env!("CARGO_BIN_EXE_muon-xla"))
        .args([
            "step",
            "--preset",
            "moonlight",
            "--timings",
            "--input",
            &tiny(),
        ])
        .args(["--output", out_path.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let table = stderr.split("where the time went").nth(1).expect(&stderr);
    let ms = |phase: &str| -> f64 {
        let line = (table.lines())
            .find(|l| l.trim_start().starts_with(phase))
            .unwrap_or_else(|| panic!("no `{phase}` in {table}"));
        let rest = &line.trim_start()[phase.len()..];
        rest.split_whitespace().next().unwrap().parse().unwrap()
    };
    let phases = [
        "read input",
        "check (contract, finiteness)",
        "load the plugin",
        step_file::COMPILE,
        step_file::UPLOAD_PARAMS,
        step_file::UPLOAD_GRADS,
        step_file::STEP,
        step_file::WRITE,
        step_file::SYNC,
    ];
    let sum: f64 = phases.iter().map(|p| ms(p)).sum();
    let total = ms("total");
    assert!(sum > 0.0 && sum <= total + 0.5, "{sum} of {total}: {table}");
    assert!(ms(step_file::STEP) > 0.0, "{table}");
    // On the CPU the results are written from the buffers' memory: nothing is downloaded.
    assert!(
        !table.contains(step_file::DOWNLOAD),
        "the CPU step downloaded its results: {table}"
    );
    // The output is the same as without --timings: a real step was written.
    assert_eq!(TensorFile::read(&out_path).unwrap().metadata["step"], "1");
    std::fs::remove_file(&out_path).unwrap();
}

#[test]
fn a_gradient_given_twice_in_the_grads_file_is_named() {
    let dir = std::env::temp_dir().join(format!("muon-xla-grads-twice-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let input = TensorFile::read(tiny().as_ref()).unwrap();
    let (mut state, mut grads) = (TensorFile::default(), TensorFile::default());
    for (name, t) in input.tensors {
        if let Some(base) = name.strip_suffix(".grad") {
            // Both `NAME` and `NAME.grad` for every gradient.
            grads.tensors.insert(base.to_string(), t.clone());
            grads.tensors.insert(name, t);
        } else {
            state.tensors.insert(name, t);
        }
    }
    let (s, g) = (dir.join("state.st"), dir.join("grads.st"));
    state.write_atomic(&s).unwrap();
    grads.write_atomic(&g).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_muon-xla"))
        .args([
            "step",
            "--preset",
            "moonlight",
            "--input",
            s.to_str().unwrap(),
        ])
        .args([
            "--grads",
            g.to_str().unwrap(),
            "--output",
            dir.join("o.st").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("both as `NAME` and `NAME.grad`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("more") || stderr.matches(".grad").count() >= 2,
        "{stderr}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
