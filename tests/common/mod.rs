//! Shared helpers for tests that need the XLA CPU PJRT plugin. A missing plugin FAILS the test
//! with what to install; it never skips.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The XLA CPU plugin: `MUON_XLA_PLUGIN`, else the `xla-cpu-pjrt` Python package.
pub fn plugin_path() -> PathBuf {
    if let Some(p) = std::env::var_os("MUON_XLA_PLUGIN").filter(|p| !p.is_empty()) {
        let p = PathBuf::from(p);
        assert!(p.is_file(), "MUON_XLA_PLUGIN={} is not a file", p.display());
        return p;
    }
    let script = "import xla_plugins.xla_cpu_pjrt as m, os; print(os.path.dirname(m.__file__))";
    let found = Command::new("python3")
        .args(["-c", script])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| Path::new(String::from_utf8_lossy(&o.stdout).trim()).join("xla_cpu_pjrt.so"))
        .filter(|p| p.is_file());
    match found {
        Some(p) => p,
        None => panic!(
            "the XLA CPU PJRT plugin is required for this test and was not found: \
             run `pip install xla-cpu-pjrt`, or set MUON_XLA_PLUGIN to the path of xla_cpu_pjrt.so"
        ),
    }
}

/// The `pjrt_c_api.h` shipped next to the plugin (`<plugin dir>/include`), or
/// `MUON_XLA_PJRT_INCLUDE`.
pub fn pjrt_include_dir() -> PathBuf {
    let dir = match std::env::var_os("MUON_XLA_PJRT_INCLUDE").filter(|p| !p.is_empty()) {
        Some(d) => PathBuf::from(d),
        None => plugin_path()
            .parent()
            .map(|d| d.join("include"))
            .unwrap_or_default(),
    };
    assert!(
        dir.join("pjrt_c_api.h").is_file(),
        "pjrt_c_api.h not found in {}: run `pip install xla-cpu-pjrt` (it ships the header), \
         or set MUON_XLA_PJRT_INCLUDE to the directory holding it",
        dir.display()
    );
    dir
}

/// Files in `dir` whose names mark an unfinished atomic write (none may stay behind).
pub fn partial_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("partial"))
        .collect()
}

/// `muon-xla step` arguments with the moonlight preset and f32 Newton–Schulz, then `extra`.
pub fn moonlight_step_args<'a>(
    input: &'a Path,
    output: &'a Path,
    extra: &[&'a str],
) -> Vec<&'a str> {
    let mut args = vec![
        "step",
        "--preset",
        "moonlight",
        "--ns-dtype",
        "f32",
        "--input",
    ];
    args.push(input.to_str().unwrap());
    args.extend(["--output", output.to_str().unwrap()]);
    args.extend(extra);
    args
}
