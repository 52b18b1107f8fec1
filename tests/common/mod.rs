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

/// Compiles the C layout program `src` (under `tests/abi/`) against headers in `include` with
/// `cc`, runs it, and returns its `name value` lines as a map; `header.version` lines come back
/// under that name with value 0 and their text in the second element.
pub fn c_layout(src: &str, include: &Path) -> (std::collections::BTreeMap<String, usize>, String) {
    use std::process::Command;
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/abi")
        .join(src);
    let stem = src.file_stem().unwrap().to_string_lossy().into_owned();
    let exe = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("abi_{stem}"));
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
    let out = Command::new(&cc)
        .args(["-std=c11", "-Wall", "-Werror", "-I"])
        .arg(include)
        .arg(&src)
        .arg("-o")
        .arg(&exe)
        .output()
        .unwrap_or_else(|e| panic!("cannot run the C compiler `{cc}`: {e}"));
    assert!(
        out.status.success(),
        "{cc} failed on {}:\n{}",
        src.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let out = Command::new(&exe).output().expect("run the layout program");
    assert!(out.status.success());
    let (mut map, mut version) = (std::collections::BTreeMap::new(), String::new());
    for line in String::from_utf8(out.stdout).expect("utf-8").lines() {
        let (name, value) = line.split_once(' ').expect("`name value` lines");
        if name == "header.version" {
            version = value.to_string();
            continue;
        }
        let value: usize = value.parse().expect("a number");
        assert!(
            map.insert(name.to_string(), value).is_none(),
            "duplicate {name}"
        );
    }
    (map, version)
}

/// Every difference between our layout entries and the C program's, named (`rust_side` and
/// `c_side` say where each list lives, for the message).
pub fn layout_differences(
    rust: &std::collections::BTreeMap<String, usize>,
    c: &std::collections::BTreeMap<String, usize>,
    rust_side: &str,
    c_side: &str,
) -> Vec<String> {
    let mut problems = Vec::new();
    for (name, r) in rust {
        match c.get(name) {
            Some(cv) if cv == r => {}
            Some(cv) => problems.push(format!("{name}: Rust {r}, C {cv}")),
            None => problems.push(format!("{name}: in {rust_side}, missing from {c_side}")),
        }
    }
    for name in c.keys().filter(|k| !rust.contains_key(*k)) {
        problems.push(format!("{name}: in {c_side}, missing from {rust_side}"));
    }
    problems
}
