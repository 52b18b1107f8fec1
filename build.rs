//! Build script, only active with the `tch` feature.
//!
//! torch-sys links libtorch from `$LIBTORCH/lib` but gives the linked programs no runtime search
//! path, so every test and example would fail to start ("libtorch_cpu.so: cannot open shared
//! object file") unless the user also set `LD_LIBRARY_PATH`. Embedding the directory as an rpath
//! makes `cargo test --features tch` work with `LIBTORCH` alone. (With `LIBTORCH_USE_PYTORCH=1`
//! the libraries live in the Python package: set `LD_LIBRARY_PATH` to its `torch/lib`.)

use std::env;
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=LIBTORCH");
    println!("cargo:rerun-if-env-changed=LIBTORCH_LIB");
    if env::var_os("CARGO_FEATURE_TCH").is_none() {
        return;
    }
    let os = env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if os != "linux" && os != "macos" {
        return;
    }
    // The same precedence as torch-sys: LIBTORCH_LIB, else LIBTORCH, each with `lib/` appended.
    let root = env::var_os("LIBTORCH_LIB").or_else(|| env::var_os("LIBTORCH"));
    if let Some(root) = root {
        let lib = PathBuf::from(root).join("lib");
        println!("cargo:rustc-link-arg=-Wl,-rpath,{}", lib.display());
    }
}
