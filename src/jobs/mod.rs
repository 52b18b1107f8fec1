//! The jobs the command line runs, as library functions: the `step` file contract (one step on a
//! safetensors file), the shard-by-shard step of a sharded checkpoint, and the step partitioned
//! over several devices.

pub mod memory;
pub mod sharded_step;
pub mod spmd_step;
pub mod step_file;
pub mod timings;
