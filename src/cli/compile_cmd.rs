//! `muon-xla compile`: ahead-of-time compilation of a model's optimizer into a directory.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context as _;
use clap::Args;
use muon_xla::cache::{compiled, ExecutableCache};
use muon_xla::graph::DType;
use muon_xla::model::ModelDescription;
use muon_xla::optim::settings::AdjustLrName;
use muon_xla::optim::{Layout, OptimizerConfig, Preset, Settings};
use muon_xla::pjrt::Client;

use super::PluginOpts;

/// The optimizer settings `compile` and `inspect` take. Precedence: preset defaults < the model
/// file's `layout` and `adamw` < `--config` file < flags.
#[derive(Debug, Clone, Args)]
pub struct SettingsArgs {
    /// Reference behaviour to reproduce: keller-jordan, torch, optax, keras, keras-legacy, moonlight.
    #[arg(long, value_parser = parse::<Preset>)]
    pub preset: Option<Preset>,
    /// Settings as JSON (the `step` command's flag names, with underscores).
    #[arg(long, value_name = "FILE.json")]
    pub config: Option<PathBuf>,
    /// Muon learning rate (a default only: executables take it at run time).
    #[arg(long)]
    pub lr: Option<f64>,
    /// Momentum μ.
    #[arg(long)]
    pub momentum: Option<f64>,
    /// Nesterov momentum.
    #[arg(long, value_name = "true|false")]
    pub nesterov: Option<bool>,
    /// Muon weight decay.
    #[arg(long)]
    pub weight_decay: Option<f64>,
    /// Newton–Schulz iterations.
    #[arg(long)]
    pub ns_steps: Option<usize>,
    /// Newton–Schulz compute dtype.
    #[arg(long, value_name = "f32|bf16", value_parser = parse_dtype)]
    pub ns_dtype: Option<DType>,
    /// Shape-based learning-rate scale.
    #[arg(long, value_name = "none|original|match-rms-adamw", value_parser = parse::<AdjustLrName>)]
    pub adjust_lr: Option<AdjustLrName>,
    /// Regular expression searched in parameter names: matches use Adam (repeatable).
    #[arg(long, value_name = "PATTERN")]
    pub adamw: Vec<String>,
    /// How weight matrices store their axes (default: the model file's `layout`).
    #[arg(long, value_name = "out-in|in-out", value_parser = parse_layout)]
    pub layout: Option<Layout>,
}

fn parse<T: std::str::FromStr<Err = muon_xla::Error>>(s: &str) -> Result<T, String> {
    s.parse().map_err(|e: muon_xla::Error| e.to_string())
}

fn parse_dtype(s: &str) -> Result<DType, String> {
    DType::parse(s)
        .filter(|d| d.is_float())
        .ok_or_else(|| format!("`{s}` is not a float dtype (f32, bf16)"))
}

fn parse_layout(s: &str) -> Result<Layout, String> {
    match s {
        "out-in" => Ok(Layout::OutIn),
        "in-out" => Ok(Layout::InOut),
        _ => Err(format!("`{s}`: expected out-in or in-out")),
    }
}

impl SettingsArgs {
    /// Whether any setting was given on the command line.
    pub fn any(&self) -> bool {
        self.preset.is_some()
            || self.config.is_some()
            || self.lr.is_some()
            || self.momentum.is_some()
            || self.nesterov.is_some()
            || self.weight_decay.is_some()
            || self.ns_steps.is_some()
            || self.ns_dtype.is_some()
            || self.adjust_lr.is_some()
            || !self.adamw.is_empty()
            || self.layout.is_some()
    }

    /// The merged settings and the configuration they resolve to for `model`.
    pub fn resolve(&self, model: &ModelDescription) -> anyhow::Result<(Settings, OptimizerConfig)> {
        let flags = Settings {
            preset: self.preset,
            lr: self.lr,
            momentum: self.momentum,
            nesterov: self.nesterov,
            weight_decay: self.weight_decay,
            ns_steps: self.ns_steps,
            ns_dtype: self.ns_dtype,
            adjust_lr: self.adjust_lr,
            adamw: self.adamw.clone(),
            layout: self.layout,
            ..Settings::default()
        };
        let file = match &self.config {
            None => Settings::default(),
            Some(p) => {
                let text = std::fs::read_to_string(p)
                    .with_context(|| format!("reading {}", p.display()))?;
                Settings::from_json(&text, &p.display().to_string())?
            }
        };
        let settings = flags.or(file).or(model.settings());
        let config = settings.resolve()?;
        Ok((settings, config))
    }
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
    #[command(flatten)]
    pub plugin: PluginOpts,
}

/// Runs `muon-xla compile`.
pub fn run(cmd: &CompileCmd) -> anyhow::Result<()> {
    let model = ModelDescription::read(&cmd.model)?;
    let (settings, config) = cmd.settings.resolve(&model)?;
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
