//! Shared helpers for tests that need the XLA CPU PJRT plugin. A missing plugin FAILS the test
//! with what to install; it never skips.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The XLA CPU plugin, found the way the tool finds it (`MUON_XLA_PLUGIN`, python3's
/// `xla-cpu-pjrt`, the muon-xla cache) and installed into the muon-xla cache when none is found, so
/// the tests run on a fresh machine exactly as `muon-xla step` does. A failed install FAILS the test.
pub fn plugin_path() -> PathBuf {
    use muon_xla::pjrt::plugin::{locate_or_install, DeviceKind};
    match locate_or_install(DeviceKind::Cpu, None) {
        Ok(found) => found.path,
        Err(e) => panic!(
            "the XLA CPU PJRT plugin is required for this test and could not be found or \
             installed: {e}"
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
        "pjrt_c_api.h not found in {}: the xla-cpu-pjrt package ships it next to the plugin; \
         set MUON_XLA_PJRT_INCLUDE to the directory holding it",
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
