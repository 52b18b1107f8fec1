//! `muon-xla compile`: ahead-of-time compilation of a model's optimizer into a directory.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context as _};
use clap::Args;
use muon_xla::aot as compiled;
use muon_xla::cache::ExecutableCache;
use muon_xla::config::{OptimizerConfig, Settings, Storage};
use muon_xla::graph::ShardingDialect;
use muon_xla::pjrt::plugin::{DeviceKind, Discovery};
use muon_xla::pjrt::{Client, Plugin, Target};
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
    #[arg(
        long,
        value_name = "SHAPES.json",
        required_unless_present = "list_targets"
    )]
    pub model: Option<PathBuf>,
    /// The directory to write: per shape group `<group>.stablehlo.mlir` and `<group>.executable`,
    /// and `manifest.json`.
    #[arg(long, value_name = "DIR", required_unless_present = "list_targets")]
    pub out: Option<PathBuf>,
    /// What to compile for: `cpu` (this machine, the default) or a device this machine need not
    /// have, compiled without one: `h100`, `a100`, `b200` (see --list-targets).
    #[arg(long, value_name = "NAME", default_value = "cpu")]
    pub target: String,
    /// A GPU described by a file in XLA's GpuTargetConfigProto text format (as XLA's gpu_specs);
    /// compiles for it without a device.
    #[arg(long, value_name = "FILE", conflicts_with = "target")]
    pub target_config: Option<PathBuf>,
    /// GPU targets: how matrix multiplications run, `cublas` (the default without a device:
    /// cuBLAS picks its kernel on the GPU at run time) or `triton` (XLA's Triton GEMMs, with
    /// untuned default tiles since nothing can be autotuned without the device).
    #[arg(long, value_name = "cublas|triton")]
    pub gemm_backend: Option<muon_xla::pjrt::GemmBackend>,
    /// GPU and TPU targets: compile for a topology of D devices (GPUs: 1 to 8 on one host; TPUs:
    /// 1, 4, 8 or 16 chips); the plain 2-D Muon groups are partitioned over them by XLA's SPMD
    /// partitioner, the other groups stay single-device programs.
    #[arg(long, value_name = "D", default_value_t = 1)]
    pub devices: usize,
    /// How a partitioned group lies over the devices (with --devices D > 1).
    #[arg(long, value_enum, default_value = "work-split")]
    pub spmd_layout: super::spmd_cmd::LayoutArg,
    /// Write Shardy (`sdy`) shardings instead of GSPMD ones (with --devices D > 1).
    #[arg(long)]
    pub shardy: bool,
    /// Print the targets `--target` takes, and exit.
    #[arg(long)]
    pub list_targets: bool,
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

/// The target `cmd` asks for, checked against `--device`.
fn target(cmd: &CompileCmd) -> anyhow::Result<Target> {
    let target = match &cmd.target_config {
        Some(path) => {
            let spec = std::fs::read_to_string(path)
                .with_context(|| format!("reading the target description {}", path.display()))?;
            Target::custom_gpu(spec)
        }
        None => Target::named(&cmd.target)?,
    };
    // `--device cuda` with the default target keeps compiling with a client of that device.
    if let Some(device) = cmd.plugin.device.filter(|_| target.is_deviceless()) {
        if device != target.device {
            bail!(
                "--device {device} contradicts target `{}`, which the {} plugin compiles: drop \
                 --device, or choose a {device} target",
                target.name,
                target.device
            );
        }
    }
    Ok(target)
}

fn list_targets() {
    for t in Target::all() {
        println!("{:<6} {:<5} {}", t.name, t.device, t.description);
    }
}

/// Runs `muon-xla compile`.
pub fn run(cmd: &CompileCmd) -> anyhow::Result<()> {
    if cmd.list_targets {
        list_targets();
        return Ok(());
    }
    let (Some(model_path), Some(out)) = (&cmd.model, &cmd.out) else {
        bail!("compile needs --model SHAPES.json and --out DIR");
    };
    let target = target(cmd)?;
    if let Some(b) = cmd.gemm_backend {
        if target.device != DeviceKind::Cuda || !target.is_deviceless() {
            bail!(
                "--gemm-backend {b} applies to GPU targets compiled without a device (--target \
                 h100, a100, b200 or --target-config); target `{}` has no such choice",
                target.name
            );
        }
    }
    if cmd.devices != 1 && !target.is_deviceless() {
        bail!(
            "--devices {} compiles for a GPU or TPU topology (--target h100, tpu-v5e, ...); on \
             this machine's CPU, `muon-xla step --devices D` and `muon-xla spmd` partition the \
             step at run time",
            cmd.devices
        );
    }
    let model = ModelDescription::read(model_path)?;
    let (settings, mut config) = resolve(&cmd.settings, &model)?;
    config.storage = cmd.storage;
    let start = Instant::now();
    if target.is_deviceless() && !cmd.emit_only {
        let explicit = cmd.plugin.plugin.as_deref();
        if target.device == DeviceKind::Tpu {
            // libtpu otherwise queries a cloud metadata server when it starts, and takes a
            // machine-wide lock file (/tmp/libtpu_lockfile) that a second compile running at the
            // same time would fail on; neither is needed without a TPU. Set while this process
            // has one thread.
            std::env::set_var("TPU_SKIP_MDS_QUERY", "1");
            std::env::set_var("ALLOW_MULTIPLE_LIBTPU_LOAD", "1");
        }
        let location = Discovery::from_env().locate_or_install_pinned(target.device, explicit)?;
        let plugin = Plugin::load(&location.path)?;
        let options = compiled::DeviceOptions {
            gemm_backend: cmd.gemm_backend,
            devices: cmd.devices,
            spmd_layout: cmd.spmd_layout.layout(),
            dialect: if cmd.shardy {
                ShardingDialect::Shardy
            } else {
                ShardingDialect::Gspmd
            },
        };
        let c = compiled::write_for_device(
            out, &model, &settings, &config, &target, &plugin, &options,
        )?;
        let bytes: u64 = (c.manifest.groups.iter())
            .filter_map(|g| g.executable.as_ref().map(|e| e.bytes))
            .sum();
        eprintln!(
            "muon-xla: compiled {} shape groups of {} ({} parameters, preset {}) for {} without \
             a device into {} in {:.2} s; executables {:.1} KiB",
            c.plan.groups.len(),
            model.name,
            model.num_parameters(),
            config.preset,
            target.name,
            shown(out),
            start.elapsed().as_secs_f64(),
            bytes as f64 / 1024.0
        );
        return Ok(());
    }
    let out = out.as_path();
    if cmd.emit_only {
        let c = compiled::write(out, &model, &settings, &config, None)?;
        eprintln!(
            "muon-xla: emitted {} shape groups of {} ({} parameters, preset {}) into {}",
            c.plan.groups.len(),
            model.name,
            model.num_parameters(),
            config.preset,
            shown(out)
        );
        return Ok(());
    }
    let (plugin, _) = cmd.plugin.load(true)?;
    let client = Client::new(&plugin)?;
    let cache = ExecutableCache::global();
    let before = cache.stats();
    let c = compiled::write(out, &model, &settings, &config, Some((&client, cache)))?;
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
        shown(out),
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
