//! Numbers against references: Newton–Schulz (plain, Gram, schedules), the norm, the presets' golden vectors, XLA against the f64 interpreter, QK-clip, mixed precision.
//!
//! One test binary (each module was its own file before; merged so the crate is linked once).

#[path = "../graphs/mod.rs"]
mod graphs;
#[path = "../xla/mod.rs"]
mod xla;

mod frobenius_norm;
mod golden_presets;
mod gram_newton_schulz;
mod graph_builder;
mod newton_schulz;
mod onednn_gemm;
mod onednn_rounded;
mod precision;
mod qk_clip;
mod reference_numbers;
mod xla_differential;
