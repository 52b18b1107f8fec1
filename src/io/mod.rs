//! Files: safetensors read (or mapped, [`mapped`]) and written whole or tensor by tensor (a large
//! one around the page cache, [`direct`]), sharded checkpoints with their index, and the
//! atomic-write rules every writer follows (temporary sibling, fsync, rename; the leftovers of
//! killed writers removed; a replaced file freed after the process, [`replaced`]). Depends on [`crate::types`] only.

pub mod atomic;
pub mod direct;
pub mod mapped;
pub mod replaced;
pub mod shards;
pub mod tensor_file;
pub mod tensor_stream;

pub use tensor_file::TensorFile;
pub use tensor_stream::TensorStreamWriter;
