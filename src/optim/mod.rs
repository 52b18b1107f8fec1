//! Optimizer transforms written as graph code, so they run under XLA and under the f64
//! reference interpreter alike.

pub mod adamw;
pub mod clip;
pub mod extras;
pub mod group;
pub mod momentum;
pub mod multipliers;
pub mod muon;
pub mod newton_schulz;
pub mod partition;
pub mod presets;
pub mod qk_clip;
pub mod scale;
pub mod schedules;
pub mod settings;
pub mod spmd;
pub mod storage;

pub use adamw::{AdamConfig, AdamStyle};
pub use extras::{LossScale, QkTarget, StepExtras};
pub use momentum::MomentumStyle;
pub use multipliers::{Multipliers, ParamMultipliers};
pub use muon::{MatrixView, MuonConfig};
pub use newton_schulz::{orthogonalize, GramNs, NewtonSchulz, Normalization};
pub use partition::{BatchRule, PartitionRules, Partitioner, Route};
pub use presets::{AdamLr, OptimizerConfig, Preset};
pub use scale::{AdjustLr, Layout};
pub use schedules::{NsPrecondition, NsSchedule};
pub use settings::Settings;
pub use storage::Storage;
