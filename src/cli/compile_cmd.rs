//! `muon-xla compile`: ahead-of-time compilation of a model's optimizer into a directory.

use std::path::{Path, PathBuf};
use std::time::Instant;

use clap::Args;
use muon_xla::aot as compiled;
use muon_xla::cache::ExecutableCache;
use muon_xla::config::{OptimizerConfig, Settings, Storage};
use muon_xla::pjrt::Client;
use muon_xla::plan::model::ModelDescription;

use super::settings_args::SettingsArgs;
use super::PluginOpts;

/// The merged settings for `model` (preset < model file < `--config` < flags) and the
/// configuration they resolve to.
pub fn resolve(
    args: &SettingsArgs,
    model: &ModelDescription,
) -> anyhow::Result<(Settings, OptimizerConfig)> {
    let settings = args.settings()?.or(model.settings());
    let config = settings.resolve()?;
    Ok((settings, config))
}

/// Arguments of `muon-xla compile`.
#[derive(Debug, Args)]
pub struct CompileCmd {
    /// The model description (parameter names, shapes, dtypes; see the README).
    #[arg(long, value_name = "SHAPES.json")]
    pub model: PathBuf,
    /// The directory to write: per shape group `<group>.stablehlo.mlir` and `<group>.executable`,
    /// and `manifest.json`.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    #[command(flatten)]
    pub settings: SettingsArgs,
    /// Write only the programs and a plugin-independent manifest (deterministic bytes); load no
    /// plugin and compile nothing.
    #[arg(long)]
    pub emit_only: bool,
    /// How each group's program takes its tensors: `per-param`, one argument and result per
    /// tensor, each donated (the layout the JAX interop reads), or `stacked`, a group's state and
    /// results as one `[n, ...]` tensor per kind (about half the compile time; for Rust programs
    /// that load the directory with `Optimizer::load_compiled`).
    #[arg(long, value_name = "LAYOUT", default_value = "per-param")]
    pub storage: Storage,
    #[command(flatten)]
    pub plugin: PluginOpts,
}

/// Runs `muon-xla compile`.
pub fn run(cmd: &CompileCmd) -> anyhow::Result<()> {
    let model = ModelDescription::read(&cmd.model)?;
    let (settings, mut config) = resolve(&cmd.settings, &model)?;
    config.storage = cmd.storage;
    let start = Instant::now();
    if cmd.emit_only {
        let c = compiled::write(&cmd.out, &model, &settings, &config, None)?;
        eprintln!(
            "muon-xla: emitted {} shape groups of {} ({} parameters, preset {}) into {}",
            c.plan.groups.len(),
            model.name,
            model.num_parameters(),
            config.preset,
            shown(&cmd.out)
        );
        return Ok(());
    }
    let (plugin, _) = cmd.plugin.load(true)?;
    let client = Client::new(&plugin)?;
    let cache = ExecutableCache::global();
    let before = cache.stats();
    let c = compiled::write(&cmd.out, &model, &settings, &config, Some((&client, cache)))?;
    let after = cache.stats();
    let bytes: u64 = c
        .manifest
        .groups
        .iter()
        .filter_map(|g| g.executable.as_ref().map(|e| e.bytes))
        .sum();
    eprintln!(
        "muon-xla: compiled {} shape groups of {} ({} parameters, preset {}) into {} in {:.2} s: \
         {} compiled by XLA, {} from the executable cache; executables {:.1} KiB",
        c.plan.groups.len(),
        model.name,
        model.num_parameters(),
        config.preset,
        shown(&cmd.out),
        start.elapsed().as_secs_f64(),
        after.compiles - before.compiles,
        (after.memory_hits + after.disk_hits) - (before.memory_hits + before.disk_hits),
        bytes as f64 / 1024.0
    );
    Ok(())
}

fn shown(p: &Path) -> String {
    p.display().to_string()
}
