//! The XLA FFI mirrors (`src/pjrt/sys/xla_ffi.rs`) against the FFI header jaxlib 0.10.2 ships
//! (`jax.ffi.include_dir()`, the jaxlib the tests provision into the muon-xla cache): a C program
//! (`tests/abi/xla_ffi_layout.c`) prints every offset, size and enum value we rely on.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;

use muon_xla::pjrt::sys::xla_ffi::xla_ffi_layout;

#[path = "../pydeps/mod.rs"]
mod pydeps;

fn include_dir() -> PathBuf {
    let out = pydeps::python_with_jax()
        .args(["-c", "import jax.ffi; print(jax.ffi.include_dir())"])
        .output()
        .expect("python3 with jax");
    assert!(
        out.status.success(),
        "jax.ffi.include_dir() failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    PathBuf::from(String::from_utf8(out.stdout).unwrap().trim())
}

#[test]
fn xla_ffi_mirrors_match_jaxlibs_header() {
    let include = include_dir();
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/abi/xla_ffi_layout.c");
    let exe = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("xla_ffi_layout");
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
    let out = Command::new(&cc)
        .args(["-std=c11", "-Wall", "-Werror", "-I"])
        .arg(&include)
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
    let c: BTreeMap<String, usize> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let (k, v) = l.split_once(' ').unwrap();
            (k.to_string(), v.parse().unwrap())
        })
        .collect();
    let ours: BTreeMap<String, usize> = xla_ffi_layout().into_iter().collect();
    let mut problems = Vec::new();
    for (k, v) in &ours {
        match c.get(k) {
            Some(cv) if cv == v => {}
            Some(cv) => problems.push(format!("{k}: Rust {v}, C {cv}")),
            None => problems.push(format!("{k}: in Rust, missing from the C program")),
        }
    }
    for k in c.keys().filter(|k| !ours.contains_key(*k)) {
        problems.push(format!(
            "{k}: in the C program, missing from xla_ffi_layout()"
        ));
    }
    assert!(
        problems.is_empty(),
        "layout differences:\n{}",
        problems.join("\n")
    );
    assert!(ours.len() >= 50, "only {} entries compared", ours.len());
}
