//! Ahead-of-time compilation: the executable cache, model directories, deviceless GPU and TPU builds.
//!
//! One test binary (each module was its own file before; merged so the crate is linked once).

#[path = "../aot_common/mod.rs"]
mod aot_common;
#[path = "../graphs/mod.rs"]
mod graphs;
#[path = "../xla/mod.rs"]
mod xla;

mod aot_cache;
mod aot_cpu_gemm;
mod aot_device;
mod aot_model;
