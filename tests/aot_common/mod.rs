//! Helpers shared by the ahead-of-time tests (`tests/aot_*.rs`): scratch directories, the CLI,
//! a small model, and running a test of this binary in a fresh process.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A fresh, empty scratch directory under the target's temporary directory.
pub fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("aot")
        .join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The `muon-xla` binary built with the tests.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_muon-xla"))
}

/// Runs `muon-xla args` with extra environment variables; panics with its output on failure.
pub fn cli(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(bin());
    cmd.args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run muon-xla");
    assert!(
        out.status.success(),
        "muon-xla {} failed ({}):\nstdout:\n{}\nstderr:\n{}",
        args.join(" "),
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A small model with Muon groups (two of one shape, a wide and a tall one) and Adam groups
/// (a bias, an embedding sent to Adam by the model's `adamw` pattern).
pub const TINY_MODEL: &str = r#"{
  "name": "tiny",
  "layout": "out-in",
  "adamw": ["embed"],
  "params": [
    {"name": "embed.weight", "shape": [10, 8], "dtype": "f32"},
    {"name": "layers.0.attn.q", "shape": [16, 16], "dtype": "f32"},
    {"name": "layers.0.attn.k", "shape": [16, 16], "dtype": "f32"},
    {"name": "layers.0.mlp.up", "shape": [24, 16], "dtype": "f32"},
    {"name": "layers.0.mlp.down", "shape": [16, 24], "dtype": "f32"},
    {"name": "layers.0.norm.weight", "shape": [16], "dtype": "f32"},
    {"name": "layers.0.norm.bias", "shape": [16], "dtype": "f32"}
  ]
}
"#;

/// Writes [`TINY_MODEL`] into `dir` and returns its path.
pub fn tiny_model(dir: &Path) -> PathBuf {
    let path = dir.join("tiny.json");
    std::fs::write(&path, TINY_MODEL).unwrap();
    path
}

/// The reference model descriptions shipped in graphs/models.
pub fn shipped_model(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("graphs/models")
        .join(format!("{name}.json"))
}

/// Copies the files of `from` into a fresh `to`.
pub fn copy_dir(from: &Path, to: &Path) {
    let _ = std::fs::remove_dir_all(to);
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.path().is_file() {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

/// Runs the test `name` of the current test binary alone, in a fresh process, with `env`; returns
/// its output (panics with it when the process fails).
pub fn fresh_process(name: &str, env: &[(&str, String)]) -> Output {
    let mut cmd = Command::new(std::env::current_exe().unwrap());
    cmd.args([name, "--exact", "--nocapture", "--test-threads=1"]);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run the test binary");
    assert!(
        out.status.success(),
        "fresh process `{name}` failed ({}):\nstdout:\n{}\nstderr:\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// The JSON a fresh-process helper printed after `marker`.
pub fn reported(out: &Output, marker: &str) -> serde_json::Value {
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text
        .lines()
        .find_map(|l| l.find(marker).map(|at| &l[at + marker.len()..]))
        .unwrap_or_else(|| panic!("no `{marker}` line in:\n{text}"));
    serde_json::from_str(line.trim()).unwrap()
}
