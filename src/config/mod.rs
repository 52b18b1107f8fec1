//! What the user chooses, as data: the presets ([`Preset`] → [`OptimizerConfig`]), the settings
//! a CLI flag or a JSON key can override ([`Settings`]), the routing of parameters to Muon or
//! AdamW ([`Partitioner`]), learning-rate and weight-decay multipliers, the training-loop extras
//! ([`StepExtras`]) and the storage layout of a group ([`Storage`]). No graph code: the
//! transforms' own hyper-parameter structs come from [`crate::transforms`].

pub mod extras;
pub mod multipliers;
pub mod partition;
pub mod presets;
pub mod settings;
mod storage;
mod variants;

pub use extras::{LossScale, QkTarget, StepExtras};
pub use multipliers::{Multipliers, ParamMultipliers};
pub use partition::{BatchRule, PartitionRules, Partitioner, Route};
pub use presets::{AdamLr, OptimizerConfig, Preset};
pub use settings::Settings;
pub use storage::Storage;
