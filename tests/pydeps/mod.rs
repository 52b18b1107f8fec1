//! A `python3` that can import the pinned Python packages some tests compare against (jax, optax).
//! When the system Python lacks them they are installed once, with `pip install --target`, into
//! the muon-xla cache directory (as the tool does for its plugin), so `cargo test --release` works
//! on a fresh machine. An install that fails FAILS the test with the command to run; nothing skips.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

/// What the JAX parity and state-conversion tests need (the versions CI pins).
pub const JAX_STACK: &[&str] = &["jax==0.10.2", "jaxlib==0.10.2", "optax==0.2.8"];
const JAX_MODULES: &str = "jax, jaxlib, optax";

/// `python3` ready to import jax and optax; `PYTHONPATH` points at the cached install if one
/// was needed.
pub fn python_with_jax() -> Command {
    static EXTRA: OnceLock<Option<PathBuf>> = OnceLock::new();
    let extra = EXTRA.get_or_init(|| provision(JAX_MODULES, JAX_STACK));
    let mut cmd = Command::new("python3");
    if let Some(dir) = extra {
        let mut path = std::env::split_paths(&std::env::var_os("PYTHONPATH").unwrap_or_default())
            .collect::<Vec<_>>();
        path.insert(0, dir.clone());
        cmd.env(
            "PYTHONPATH",
            std::env::join_paths(path).expect("paths without separators"),
        );
    }
    cmd
}

fn imports(modules: &str, extra: Option<&PathBuf>) -> bool {
    let mut cmd = Command::new("python3");
    cmd.args(["-c", &format!("import {modules}")]);
    if let Some(dir) = extra {
        cmd.env("PYTHONPATH", dir);
    }
    cmd.output().is_ok_and(|o| o.status.success())
}

fn provision(modules: &str, pins: &[&str]) -> Option<PathBuf> {
    if imports(modules, None) {
        return None;
    }
    let cache = muon_xla::pjrt::plugin::cache_dir()
        .unwrap_or_else(|e| panic!("no cache directory for the test's Python packages: {e}"));
    let dir = cache.join(format!("python-{}", pins.join("-").replace("==", "-")));
    if dir.is_dir() && imports(modules, Some(&dir)) {
        return Some(dir);
    }
    eprintln!(
        "installing {} into {} for this test (once)",
        pins.join(" "),
        dir.display()
    );
    // Install next to the final directory, then rename: a half-finished install is never used.
    let tmp = cache.join(format!(".python-install-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    let status = Command::new("python3")
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
        ])
        .arg("--target")
        .arg(&tmp)
        .args(pins)
        .status();
    let installed = status.is_ok_and(|s| s.success()) && imports(modules, Some(&tmp));
    assert!(
        installed,
        "could not install {pins} for this test: run `python3 -m pip install {pins}`",
        pins = pins.join(" ")
    );
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::rename(&tmp, &dir)
        .unwrap_or_else(|e| panic!("moving {} to {}: {e}", tmp.display(), dir.display()));
    Some(dir)
}
