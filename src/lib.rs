//! # muon-xla
//!
//! The Muon optimizer step expressed as a traced computation graph, emitted as StableHLO and
//! compiled by XLA (through a PJRT plugin) into one fused executable per parameter shape.
//!
//! The modules are layers, listed in pipeline order; each imports only the ones before it
//! (`tests/architecture.rs` checks every `crate::` path against this order, and
//! `ARCHITECTURE.md` says why each sits where it does):
//!
//! | layer | what it holds |
//! |---|---|
//! | [`types`] | `DType`, `TensorType`, `HostTensor`, `Error` |
//! | [`io`] | safetensors files, streamed writes, sharded checkpoints, atomic writes |
//! | [`graph`] | the traced graph: `Builder`, the closed `Op` set, the f64 interpreter |
//! | [`emit`] | graph → StableHLO text |
//! | [`pjrt`] | the PJRT C API: plugins, clients, executables, buffers |
//! | [`transforms`] | momentum, Newton–Schulz, Muon, AdamW, clipping, QK-clip (graph code) |
//! | [`config`] | presets, settings, partition rules, extras |
//! | [`plan`] | parameters, models, shape groups and their graphs (no device) |
//! | [`cache`] | compiled executables in memory and on disk |
//! | [`aot`] | compiled directories (`muon-xla compile`) |
//! | [`runtime`] | the device-resident `Optimizer`, SPMD, checkpoints |
//! | [`jobs`] | the `step` file contract, sharded and partitioned steps |
//! | [`interop`] | JAX and libtorch |

pub mod types;

pub mod io;

pub mod graph;

pub mod emit;

pub mod pjrt;

pub mod transforms;

pub mod config;

pub mod plan;

pub mod cache;

pub mod aot;

pub mod runtime;

pub mod jobs;

pub mod interop;

pub use config::{OptimizerConfig, Preset, Settings};
pub use graph::{Builder, Graph, Value};
pub use pjrt::Client;
pub use plan::ParamSpec;
pub use runtime::{Grads, Optimizer, StateKind};
pub use types::{DType, Error, HostTensor, Result, Signature, TensorType};

// The paths of the previous layout, kept for one release so that code written against them
// still compiles (with a deprecation warning naming the new place).

/// Moved: graph code to [`crate::transforms`], settings to [`crate::config`], group graphs to
/// [`crate::plan`].
#[deprecated(
    note = "moved: muon_xla::transforms (graph code), muon_xla::config (settings), \
                     muon_xla::plan (group graphs)"
)]
pub mod optim {
    pub use crate::config::{extras, multipliers, partition, presets, settings};
    pub use crate::config::{
        AdamLr, BatchRule, LossScale, Multipliers, OptimizerConfig, ParamMultipliers,
        PartitionRules, Partitioner, Preset, QkTarget, Route, Settings, StepExtras, Storage,
    };
    pub use crate::plan::{group, spmd};
    pub use crate::transforms::{
        adamw, clip, momentum, muon, newton_schulz, qk_clip, scale, schedules,
    };
    pub use crate::transforms::{
        orthogonalize, AdamConfig, AdamStyle, AdjustLr, GramNs, Layout, MatrixView, MomentumStyle,
        MuonConfig, NewtonSchulz, Normalization, NsPrecondition, NsSchedule,
    };
    /// Moved: [`crate::config::Storage`] and [`crate::plan::stacking`].
    pub mod storage {
        pub use crate::config::Storage;
        pub use crate::plan::stacking::*;
    }
}

/// Moved: [`crate::runtime`] (the device side) and [`crate::plan`] (`ParamSpec`, `Plan`).
#[deprecated(note = "moved: muon_xla::runtime (Optimizer), muon_xla::plan (ParamSpec, Plan)")]
pub mod optimizer {
    pub use crate::plan::{ParamSpec, Plan, PlannedGroup};
    pub use crate::runtime::*;
}

/// Moved: [`crate::io::tensor_file`].
#[deprecated(note = "moved: muon_xla::io::tensor_file")]
pub mod tensor_file {
    pub use crate::io::tensor_file::*;
}

/// Moved: [`crate::io::tensor_stream`].
#[deprecated(note = "moved: muon_xla::io::tensor_stream")]
pub mod tensor_stream {
    pub use crate::io::tensor_stream::*;
}

/// Moved: [`crate::io::shards`].
#[deprecated(note = "moved: muon_xla::io::shards")]
pub mod sharded {
    pub use crate::io::shards::*;
}

/// Moved: [`crate::types`].
#[deprecated(note = "moved: muon_xla::types")]
pub mod tensor {
    pub use crate::types::{bf16_from_f64, f16_from_f64, round_to, HostTensor};
}

/// Moved: [`crate::types::error`].
#[deprecated(note = "moved: muon_xla::types (Error, Result)")]
pub mod error {
    pub use crate::types::error::*;
}

/// Moved: [`crate::plan::model`].
#[deprecated(note = "moved: muon_xla::plan::model")]
pub mod model {
    pub use crate::plan::model::*;
}

/// Moved: [`crate::jobs::step_file`].
#[deprecated(note = "moved: muon_xla::jobs::step_file")]
pub mod step_file {
    pub use crate::jobs::step_file::*;
}

/// Moved: [`crate::jobs::sharded_step`].
#[deprecated(note = "moved: muon_xla::jobs::sharded_step")]
pub mod sharded_step {
    pub use crate::jobs::sharded_step::*;
}

/// Moved: [`crate::jobs::spmd_step`].
#[deprecated(note = "moved: muon_xla::jobs::spmd_step")]
pub mod spmd_step {
    pub use crate::jobs::spmd_step::*;
}

/// Moved: [`crate::jobs::memory`].
#[deprecated(note = "moved: muon_xla::jobs::memory")]
pub mod memory {
    pub use crate::jobs::memory::*;
}
