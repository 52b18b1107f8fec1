//! The hand-written `#[repr(C)]` mirrors in `src/pjrt/sys.rs` against the installed
//! `pjrt_c_api.h`: a C program (`tests/abi/layout.c`), compiled with `cc`, prints every field
//! offset, `PJRT_STRUCT_SIZE` and `PJRT_Api` slot offset we rely on; they must equal ours.

use crate::common;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;

use muon_xla::pjrt::sys;

fn c_layout() -> (String, BTreeMap<String, usize>) {
    let include = common::pjrt_include_dir();
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/abi/layout.c");
    let exe = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("pjrt_abi_layout");
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".to_string());
    let out = Command::new(&cc)
        .arg("-std=c11")
        .arg("-Wall")
        .arg("-Werror")
        .arg("-I")
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
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf-8 output");
    let mut version = String::new();
    let mut map = BTreeMap::new();
    for line in text.lines() {
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
    (version, map)
}

#[test]
fn rust_mirrors_match_the_c_header() {
    let (version, c) = c_layout();
    assert_eq!(
        version,
        format!("{}.{}", sys::PJRT_API_MAJOR, sys::PJRT_API_MINOR),
        "the header's API version differs from the one the mirrors were written against"
    );
    let mut rust = BTreeMap::new();
    for (name, value) in sys::abi_layout() {
        assert!(
            rust.insert(name.clone(), value).is_none(),
            "duplicate {name}"
        );
    }
    let mut problems = Vec::new();
    for (name, r) in &rust {
        match c.get(name) {
            Some(cv) if cv == r => {}
            Some(cv) => problems.push(format!("{name}: Rust {r}, C {cv}")),
            None => problems.push(format!("{name}: in Rust, missing from tests/abi/layout.c")),
        }
    }
    for name in c.keys().filter(|k| !rust.contains_key(*k)) {
        problems.push(format!(
            "{name}: in tests/abi/layout.c, missing from sys::abi_layout()"
        ));
    }
    assert!(
        problems.is_empty(),
        "ABI mismatches:\n{}",
        problems.join("\n")
    );
    // Sanity: the comparison covered what we call.
    for key in [
        "PJRT_LoadedExecutable_Execute_Args.STRUCT_SIZE",
        "PJRT_ExecuteOptions.non_donatable_input_indices",
        "PJRT_Client_BufferFromHostBuffer_Args.buffer",
        "PJRT_Api.PJRT_Buffer_ReadyEvent",
        "PJRT_NamedValue.value",
    ] {
        assert!(rust.contains_key(key), "{key} not compared");
    }
    assert!(rust.len() > 200, "only {} entries compared", rust.len());
}

#[test]
fn struct_sizes_exclude_trailing_padding() {
    // PJRT_STRUCT_SIZE stops at the end of the last field: for a struct ending in an int after a
    // pointer, that is 4 bytes short of sizeof.
    assert_eq!(sys::PJRT_Error_GetCode_Args::STRUCT_SIZE, 28);
    assert_eq!(std::mem::size_of::<sys::PJRT_Error_GetCode_Args>(), 32);
    assert_eq!(sys::PJRT_Plugin_Initialize_Args::STRUCT_SIZE, 16);
}
