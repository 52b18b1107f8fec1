//! PyTorch-in-Rust (`tch`, libtorch) interop, behind the `tch` cargo feature.
//!
//! - [`convert`]: `tch::Tensor` ⇄ [`crate::HostTensor`] / [`crate::pjrt::Buffer`] for every
//!   dtype we support (f32, f64, bf16, f16, i32, i64, bool), without a copy where PJRT allows it.
//! - [`MuonTch`]: the compiled optimizer step applied in place to a `VarStore`'s (or any named)
//!   tensors after `backward()`.
//! - [`EagerMuon`]: Keller Jordan's Muon written with libtorch ops, the reference `MuonTch` is
//!   tested against and timed with.
//!
//! # Memory on the CPU plugin
//! A dense CPU tensor's storage is host memory, which is the CPU plugin's device memory.
//! Gradients are read through `BufferFromHostBuffer(kImmutableZeroCopy)` (the plugin aliases
//! 64-byte-aligned memory, which libtorch's allocator gives; it copies otherwise), parameters
//! through `BufferFromHostBuffer(kMutableZeroCopy)`, donated to the executable, whose aliased
//! output is then the tensor's own storage: the update costs no transfer at all. (A
//! `CreateViewOfDeviceBuffer` view would read without a copy too, but the 0.81 CPU plugin does
//! not alias a donated one: its output is a new allocation, which would cost a copy back.) Results that do not alias are
//! copied back with one `PJRT_Buffer_ToHostBuffer` straight into the storage
//! ([`convert::copy_into`]). [`MuonTch::last_transfers`] reports which route each tensor took.
//!
//! # CUDA tensors (the route, not implemented here)
//! With a CUDA PJRT plugin (`jax-cuda13-pjrt`, found by `--device cuda`), host-buffer semantics
//! do not apply to device memory: parameters and gradients are viewed with
//! `CreateViewOfDeviceBuffer` ([`crate::pjrt::Client::view_device_memory`]) on the tensor's
//! `data_ptr()` (a CUDA pointer), on the PJRT device of the same ordinal. What changes is ordering, because libtorch and PJRT run
//! on different CUDA streams:
//! 1. before the step, the gradients and parameters must be complete: either synchronise
//!    libtorch's current stream (`tch::Cuda::synchronize(device)`), or pass that stream in the
//!    `stream` field of `PJRT_Client_CreateViewOfDeviceBuffer_Args` so PJRT orders its work after
//!    it (what JAX's DLPack import does);
//! 2. after the step, libtorch must not read the parameters until PJRT's writes are done: await
//!    each output's ready event (`PJRT_Buffer_ReadyEvent`) before the next forward pass;
//! 3. check that the executable's output aliases the donated view (`PJRT_Buffer_UnsafePointer`,
//!    as `MuonTch` does on the CPU); when it does not, copy it into the tensor on the device
//!    (libtorch `copy_` from a tensor over the output's memory), since `ToHostBuffer` only
//!    writes host memory.
//!
//! This crate builds and tests only the CPU route: CI has no GPU, and a CUDA libtorch plus a CUDA
//! PJRT plugin in one process also need matching CUDA runtimes. [`convert::view`] and
//! [`MuonTch`] refuse CUDA tensors with an error that says so; [`convert::upload`] and
//! [`convert::to_host`] copy them through host memory.

pub mod convert;
mod muon;
mod reference;

pub use muon::{MuonTch, TransferStats};
pub use reference::{newton_schulz5, EagerMuon};
