//! The device-resident optimizer: XLA against the interpreter, the by-name API, stacked storage, training-loop extras, SPMD, the JAX trainer, NorMuon and cautious weight decay.
//!
//! One test binary (each module was its own file before; merged so the crate is linked once).

#[path = "../aot_common/mod.rs"]
mod aot_common;
#[path = "../graphs/mod.rs"]
mod graphs;
#[path = "../pydeps/mod.rs"]
mod pydeps;
#[path = "../xla/mod.rs"]
mod xla;

mod jax_interop;
mod named_api;
mod optimizer_xla;
mod spmd;
mod stacked_storage;
mod step_extras;
mod variants;
