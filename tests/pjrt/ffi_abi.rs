//! The XLA FFI mirrors (`src/pjrt/sys/xla_ffi.rs`) against the FFI header jaxlib 0.10.2 ships
//! (`jax.ffi.include_dir()`, the jaxlib the tests provision into the muon-xla cache): a C program
//! (`tests/abi/xla_ffi_layout.c`) prints every offset, size and enum value we rely on.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::common;

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
    let (c, _) = common::c_layout("xla_ffi_layout.c", &include_dir());
    let ours: BTreeMap<String, usize> = xla_ffi_layout().into_iter().collect();
    let problems =
        common::layout_differences(&ours, &c, "xla_ffi_layout()", "tests/abi/xla_ffi_layout.c");
    assert!(
        problems.is_empty(),
        "layout differences:\n{}",
        problems.join("\n")
    );
    assert!(ours.len() >= 50, "only {} entries compared", ours.len());
}
