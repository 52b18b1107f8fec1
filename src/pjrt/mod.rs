//! Safe wrapper over the PJRT C API: load a plugin, create a client, compile StableHLO, move
//! tensors between host and device, execute with or without donation, (de)serialize executables.
//!
//! Written against `pjrt_c_api.h` 0.81 (hand-written mirrors in [`sys`], checked against the
//! header by `tests/pjrt/pjrt_abi.rs`); any plugin with API major version 0 loads, and an entry point a
//! plugin lacks is an error naming it.

mod api;
mod buffer;
mod client;
mod collectives;
mod cost;
mod cpu_gemm;
mod executable;
mod handle;
mod hlo_module;
mod hlo_shapes;
mod host_memory;
mod kernels;
pub mod onednn;
mod options;
mod partitioned;
pub mod plugin;
mod proto_wire;
mod rows;
#[doc(hidden)]
pub mod sys;
pub mod targets;
mod topology;
mod view;
pub mod xla_flags;

pub use api::Plugin;
pub use buffer::Buffer;
pub use client::{Client, ClientOptions};
pub use collectives::{collectives, Collective};
pub use cost::{hlo_op_counts, CompiledMemoryStats, HloOpCounts};
pub use cpu_gemm::CpuGemm;
pub use executable::{Arg, Executable};
pub use hlo_shapes::hlo_entry_types;
pub use kernels::{kernel_summary, KernelSummary};
pub use options::{CompileOptions, OptionValue};
pub use partitioned::PartitionedExecutable;
pub use rows::ROW_ALIGN;
pub use targets::{GemmBackend, Target};
pub use topology::{DevicelessExecutable, Topology};
pub use view::{HostView, MutHostView};
