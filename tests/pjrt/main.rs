//! The PJRT C API wrapper: ABI against the header, the runtime, host views, plugin discovery.
//!
//! One test binary (each module was its own file before; merged so the crate is linked once).

#[path = "../common/mod.rs"]
mod common;
#[path = "../xla/mod.rs"]
mod xla;

mod ffi_abi;
mod pjrt_abi;
mod pjrt_runtime;
mod pjrt_views;
mod plugin_discovery;
