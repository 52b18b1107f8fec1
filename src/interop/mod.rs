//! Working with programs from other frameworks: JAX-exported train steps (see [`jax`]).

pub mod jax;
