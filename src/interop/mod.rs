//! Working with other frameworks: JAX-exported train steps ([`jax`]) and, behind the `tch`
//! feature, libtorch training loops (`tch`).

pub mod jax;
#[cfg(feature = "tch")]
pub mod tch;
