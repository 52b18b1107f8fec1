//! The `muon-xla` command line: argument parsing and one module per subcommand.
//!
//! Errors are `anyhow` here, at the edge; `main` prints them and exits with status 2 for bad input
//! (the status clap uses for usage errors too) or 3 when the plugin or XLA fails.

mod bench;
mod compile_cmd;
mod device_check;
mod dry_run;
mod inspect_cmd;
mod inspect_device;
pub mod large_alloc;
mod plugin_cmd;
mod settings_args;
mod spmd_cmd;
mod step_cmd;

use std::path::PathBuf;

use anyhow::Context as _;
use clap::{Args, Parser, Subcommand};
use muon_xla::pjrt::plugin::{DeviceKind, Discovery, PluginLocation};
use muon_xla::pjrt::Plugin;

/// The Muon optimizer step as one fused XLA executable per parameter shape.
#[derive(Debug, Parser)]
#[command(name = "muon-xla", version, about, propagate_version = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Find (installing if needed) and load the PJRT plugin, and describe it.
    Plugin(plugin_cmd::PluginCmd),
    /// One optimizer step: read parameters, gradients and state from a safetensors file, write
    /// the updated parameters and state.
    Step(Box<step_cmd::StepCmd>),
    /// Compile a model's optimizer ahead of time: per shape group the StableHLO program and the
    /// serialized executable, plus a manifest.
    Compile(Box<compile_cmd::CompileCmd>),
    /// Per shape group: parameters, XLA's FLOPs and bytes, fused kernels, reserved memory.
    Inspect(Box<inspect_cmd::InspectCmd>),
    /// Time our step against the peers (optax, torch.optim.Muon, Keller's package, an f32 PyTorch
    /// port) on the same matrices, with the f32 matmul roofline measured in the same run.
    Bench(Box<bench::BenchCmd>),
    /// The Muon step partitioned by XLA over `--devices D` devices (work split or sharded
    /// parameters): the collectives per shape group and a check against the single-device step.
    Spmd(Box<spmd_cmd::SpmdCmd>),
    /// The one-go check for a borrowed GPU (bench/device.sh): the AOT and JIT steps against the
    /// CPU's results, and their times against the matmul floor (`--prepare` writes the case).
    DeviceCheck(Box<device_check::DeviceCheckCmd>),
}

/// Runs the parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Plugin(cmd) => plugin_cmd::run(&cmd),
        Command::Step(cmd) => step_cmd::run(&cmd),
        Command::Compile(cmd) => compile_cmd::run(&cmd),
        Command::Inspect(cmd) => inspect_cmd::run(&cmd),
        Command::Bench(cmd) => bench::run(&cmd),
        Command::Spmd(cmd) => spmd_cmd::run(&cmd),
        Command::DeviceCheck(cmd) => device_check::run(&cmd),
    }
}

/// A failure of the plugin or runtime found by the CLI itself (exit status 3, like the library's
/// plugin and PJRT errors).
#[derive(Debug)]
pub struct RuntimeFailure(pub String);

impl std::fmt::Display for RuntimeFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for RuntimeFailure {}

/// Options every subcommand that needs a PJRT plugin shares (`#[command(flatten)]` them).
#[derive(Debug, Clone, Args)]
pub struct PluginOpts {
    /// Path of the PJRT plugin library; default: MUON_XLA_PLUGIN, an installed Python package,
    /// the muon-xla cache, else install one into the cache.
    #[arg(long, value_name = "PATH")]
    pub plugin: Option<PathBuf>,

    /// Which kind of device the plugin drives (default: cpu; `compile --target` picks the
    /// target's).
    #[arg(long, value_name = "cpu|cuda")]
    pub device: Option<DeviceKind>,
}

impl PluginOpts {
    /// The device kind asked for (cpu when not given).
    pub fn kind(&self) -> DeviceKind {
        self.device.unwrap_or_default()
    }

    /// Finds the plugin (installing one when `install` and none is found) and loads it.
    pub fn load(&self, install: bool) -> anyhow::Result<(Plugin, PluginLocation)> {
        let discovery = Discovery::from_env();
        let explicit = self.plugin.as_deref();
        let location = if install {
            discovery.locate_or_install(self.kind(), explicit)?
        } else {
            discovery.locate(self.kind(), explicit)?.ok_or_else(|| {
                let package = self.kind().packages()[0];
                RuntimeFailure(format!(
                    "no {} PJRT plugin found (looked for the Python packages {} and in the muon-xla \
                     cache). Run without --no-install to install {package} into the cache, or run \
                     `python3 -m pip install {package}`, or point at a plugin file with `--plugin \
                     PATH` or `export MUON_XLA_PLUGIN=PATH`",
                    self.kind(),
                    self.kind().packages().join(", ")
                ))
            })?
        };
        let plugin = Plugin::load(&location.path)
            .with_context(|| format!("loading the plugin found through the {}", location.source))?;
        Ok((plugin, location))
    }
}

/// Seconds since this process started (Linux: `/proc/self/stat`'s start time against
/// `/proc/uptime`, 10 ms resolution); `None` elsewhere.
pub fn since_process_start() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which may hold spaces) start at state (field 3);
    // starttime is field 22.
    let after = stat.rsplit_once(')')?.1;
    let start_ticks: f64 = after.split_whitespace().nth(19)?.parse().ok()?;
    let uptime: f64 = std::fs::read_to_string("/proc/uptime")
        .ok()?
        .split_whitespace()
        .next()?
        .parse()
        .ok()?;
    // The kernel's USER_HZ, 100 on every Linux build we run on.
    Some((uptime - start_ticks / 100.0).max(0.0))
}
