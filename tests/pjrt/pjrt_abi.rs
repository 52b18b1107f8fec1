//! The hand-written `#[repr(C)]` mirrors in `src/pjrt/sys.rs` against the installed
//! `pjrt_c_api.h`: a C program (`tests/abi/layout.c`), compiled with `cc`, prints every field
//! offset, `PJRT_STRUCT_SIZE` and `PJRT_Api` slot offset we rely on; they must equal ours.

use crate::common;

use std::collections::BTreeMap;

use muon_xla::pjrt::sys;

#[test]
fn rust_mirrors_match_the_c_header() {
    let (c, version) = common::c_layout("layout.c", &common::pjrt_include_dir());
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
    let problems = common::layout_differences(&rust, &c, "sys::abi_layout()", "tests/abi/layout.c");
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
