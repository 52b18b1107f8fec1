//! # muon-xla
//!
//! The Muon optimizer step expressed as a traced computation graph, emitted as StableHLO and
//! compiled by XLA (through a PJRT plugin) into one fused executable per parameter shape.

pub mod cache;
pub mod checkpoint;
pub mod emit;
pub mod error;
pub mod graph;
pub mod interop;
pub mod memory;
pub mod model;
pub mod optim;
pub mod optimizer;
pub mod pjrt;
pub mod sharded;
pub mod sharded_step;
pub mod spmd_step;
pub mod step_file;
pub mod tensor;
pub mod tensor_file;
pub mod tensor_stream;

pub use error::{Error, Result};
pub use graph::{Builder, DType, Graph, Signature, TensorType, Value};
pub use tensor::HostTensor;
