//! The optimizer's transforms as graph code, one concept per module (optax's chain of small named
//! transforms): momentum, Newton–Schulz and its coefficient schedules, the Muon update, NorMuon, AdamW,
//! the shape-based learning-rate scale, gradient clipping and QK-clip. Each runs under XLA and
//! under the f64 reference interpreter alike, and owns the hyper-parameters it reads
//! ([`MuonConfig`], [`AdamConfig`], [`NewtonSchulz`]); [`crate::config`] assembles them.

pub mod adamw;
pub mod clip;
pub mod momentum;
pub mod muon;
pub mod newton_schulz;
pub mod normuon;
pub mod qk_clip;
pub mod scale;
pub mod schedules;

pub use adamw::{AdamConfig, AdamStyle};
pub use momentum::MomentumStyle;
pub use muon::{MatrixView, MuonConfig};
pub use newton_schulz::{orthogonalize, GramNs, NewtonSchulz, Normalization, NsPrecision};
pub use normuon::{NorMuon, NorMuonAxis, NorMuonScale};
pub use scale::{AdjustLr, Layout};
pub use schedules::{NsPrecondition, NsSchedule};
