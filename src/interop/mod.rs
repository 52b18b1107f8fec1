//! Interoperability with other frameworks' training loops.

#[cfg(feature = "tch")]
pub mod tch;
