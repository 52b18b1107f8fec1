//! The command line end to end (the real binary): step, checkpoints, extras, plugins, bench, sharded files and streamed writes.
//!
//! One test binary (each module was its own file before; merged so the crate is linked once).

#[path = "../common/mod.rs"]
mod common;
#[path = "../graphs/mod.rs"]
mod graphs;
#[path = "../xla/mod.rs"]
mod xla;

mod ckpt_rules;
mod cli_bench;
mod cli_ckpt;
mod cli_extras;
mod cli_plugin;
mod cli_step;
mod cli_step_devices;
mod device_check;
mod grad_dtypes;
mod sharded;
mod step_memory;
mod tensor_stream;
mod timings;
mod variants;
