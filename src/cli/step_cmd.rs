//! `muon-xla step`: one optimizer step from a safetensors file to another.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::Context as _;
use clap::Args;
use muon_xla::cache::ExecutableCache;
use muon_xla::config::OptimizerConfig;
use muon_xla::graph::ShardingDialect;
use muon_xla::io::shards::{is_index, ShardIndex};
use muon_xla::io::tensor_file::TensorFile;
use muon_xla::jobs::sharded_step;
use muon_xla::jobs::spmd_step::run_partitioned;
use muon_xla::jobs::step_file::{StepInput, WRITE};
use muon_xla::jobs::timings::Timings;
use muon_xla::pjrt::plugin::DeviceKind;
use muon_xla::pjrt::{Client, ClientOptions, Plugin};
use muon_xla::runtime::spmd::SpmdOptions;

use super::settings_args::SettingsArgs;
use super::spmd_cmd::LayoutArg;
use super::PluginOpts;

/// Arguments of `muon-xla step`. Precedence: preset defaults < `--config` file < flags.
#[derive(Debug, Args)]
pub struct StepCmd {
    /// Input safetensors: NAME, NAME.grad, optional state, metadata `step`; or a sharded
    /// checkpoint's `*.safetensors.index.json` (stepped shard by shard).
    #[arg(long, value_name = "IN.safetensors")]
    pub input: PathBuf,
    /// Output safetensors (may equal --input; written atomically); an index
    /// `*.safetensors.index.json` when the input is sharded (shards keep their names).
    #[arg(
        long,
        value_name = "OUT.safetensors",
        required_unless_present = "dry_run"
    )]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub settings: SettingsArgs,
    /// Print the partition and the resolved settings per parameter; change nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Gradients from their own file (names `NAME` or `NAME.grad`), so a training loop can keep
    /// one state file: `step --input state.safetensors --grads g.safetensors --output
    /// state.safetensors`.
    #[arg(long, value_name = "G.safetensors")]
    pub grads: Option<PathBuf>,
    /// Regular expression searched in names: matching parameters (frozen layers, buffers such as
    /// `rotary_emb.inv_freq`) are copied through unchanged with their state, and need no
    /// gradient (repeatable; `--dry-run` lists them).
    #[arg(long, value_name = "PATTERN")]
    pub frozen: Vec<String>,
    /// The completed steps, overriding the input's metadata `step` (needed when a file with
    /// optimizer state has no `step`, e.g. one written by `safetensors.numpy.save_file`).
    #[arg(long, value_name = "N")]
    pub step: Option<u64>,
    /// Partition the 2-D Muon parameters' step over D devices with XLA's SPMD partitioner (a
    /// CPU client gets D devices); the other parameters step on device 0.
    #[arg(long, value_name = "D", default_value_t = 1)]
    pub devices: usize,
    /// How a shape group is laid over the devices (with --devices D > 1).
    #[arg(long, value_enum, default_value = "work-split")]
    pub spmd_layout: LayoutArg,
    /// Write Shardy (`sdy`) shardings instead of GSPMD ones (with --devices D > 1).
    #[arg(long)]
    pub shardy: bool,
    /// Print where the time went, phase by phase (reading, checking, compiling, uploading, the
    /// step, downloading, writing, syncing), on stderr.
    #[arg(long)]
    pub timings: bool,
    #[command(flatten)]
    pub plugin: PluginOpts,
}

/// Adds the gradients of `path` to the step's input; a gradient given twice (in both files, or
/// as both `NAME` and `NAME.grad` in the gradients' file) is refused.
fn merge_grads(file: &mut TensorFile, path: &Path) -> anyhow::Result<()> {
    let grads = TensorFile::map(path)?;
    let (mut in_input, mut twice_here) = (Vec::new(), Vec::new());
    let mut seen = std::collections::BTreeSet::new();
    for (name, t) in grads.tensors {
        let key = match name.strip_suffix(".grad") {
            Some(_) => name,
            None => format!("{name}.grad"),
        };
        if !seen.insert(key.clone()) {
            twice_here.push(key);
            continue;
        }
        match file.tensors.entry(key) {
            std::collections::btree_map::Entry::Occupied(e) => in_input.push(e.key().clone()),
            std::collections::btree_map::Entry::Vacant(e) => {
                e.insert(t);
            }
        }
    }
    let shown = |v: &[String]| {
        let head = v.iter().take(5).cloned().collect::<Vec<_>>().join(", ");
        match v.len() {
            n if n > 5 => format!("{head} and {} more", n - 5),
            _ => head,
        }
    };
    if !twice_here.is_empty() {
        anyhow::bail!(
            "{}: gradients given both as `NAME` and `NAME.grad`: {} (give each gradient once; \
             a --grads file holds gradients only)",
            path.display(),
            shown(&twice_here)
        );
    }
    if !in_input.is_empty() {
        anyhow::bail!(
            "{}: gradients also in --input: {} (give each gradient once)",
            path.display(),
            shown(&in_input)
        );
    }
    Ok(())
}

/// Runs `muon-xla step`.
pub fn run(cmd: &StepCmd) -> anyhow::Result<()> {
    let wall = Instant::now();
    let mut timings = Timings::new();
    if let Some(s) = super::since_process_start() {
        timings.add("process start (to main)", s);
    }
    let config = timings.time("settings", || -> anyhow::Result<_> {
        Ok(cmd.settings.settings()?.resolve()?)
    })?;
    if is_index(&cmd.input) {
        return run_sharded(cmd, &config);
    }
    run_single(cmd, config, &mut timings)?;
    if cmd.timings {
        let total = wall.elapsed().as_secs_f64() + timings.get("process start (to main)");
        eprint!("muon-xla: where the time went\n{}", timings.table(total));
    }
    Ok(())
}

/// `step` on one file.
fn run_single(cmd: &StepCmd, config: OptimizerConfig, timings: &mut Timings) -> anyhow::Result<()> {
    if cmd.output.as_deref().is_some_and(is_index) {
        anyhow::bail!(
            "--output is a shard index but --input is a single file: give a single output file, \
             or a sharded input (`*.safetensors.index.json`)"
        );
    }
    // The plugin is found (asking `python3`: 0.1–0.5 s) while the input is read and checked.
    let finding = (!cmd.dry_run).then(|| {
        let opts = cmd.plugin.clone();
        std::thread::spawn(move || opts.load(true))
    });
    // Mapped: the tensors are read in place, copied once into the buffers that keep them.
    let mut file = timings.time("read input", || TensorFile::map(&cmd.input))?;
    if let Some(path) = &cmd.grads {
        timings.time("read --grads", || merge_grads(&mut file, path))?;
    }
    if let Some(n) = cmd.step {
        file.metadata.insert("step".into(), n.to_string());
    }
    let mut input = timings.time("check (contract, finiteness)", || {
        StepInput::from_file_with(file, &config, &cmd.frozen)
    })?;
    // The CPU plugin reads only 64-byte-aligned gradients in place; others are copied into
    // aligned memory now, while `python3` finds the plugin, rather than inside the step.
    if !cmd.dry_run && cmd.devices <= 1 && cmd.plugin.kind() == DeviceKind::Cpu {
        input.align_grads_in_background();
    }
    let lr = config.lr.context("no learning rate")?;
    if cmd.dry_run {
        super::dry_run::print(&input.plan, &input.config, lr, input.step);
        let frozen: Vec<&String> = (input.frozen.keys())
            .filter(|n| muon_xla::jobs::step_file::split(n).1.is_none())
            .collect();
        for (name, from, to) in &input.grad_casts {
            println!("gradient cast once on reading: `{name}` {from} -> {to}");
        }
        if !frozen.is_empty() {
            println!(
                "frozen (copied through unchanged): {}",
                frozen
                    .iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        return Ok(());
    }
    let (plugin, _) = timings.time("load the plugin", || match finding {
        Some(thread) => (thread.join()).unwrap_or_else(|_| {
            Err(anyhow::anyhow!(
                "finding the plugin failed (its thread panicked)"
            ))
        }),
        None => cmd.plugin.load(true),
    })?;
    let output_path = cmd.output.clone().context("--output is required")?;
    let (tensors, step) = if cmd.devices > 1 {
        let client = multi_device_client(&plugin, cmd)?;
        let opts = SpmdOptions {
            devices: cmd.devices,
            layout: cmd.spmd_layout.layout(),
            dialect: if cmd.shardy {
                ShardingDialect::Shardy
            } else {
                ShardingDialect::Gspmd
            },
        };
        let (out, n) = timings.time("partitioned step (all phases)", || {
            run_partitioned(input, &client, lr, opts)
        })?;
        eprintln!(
            "muon-xla: {n} Muon matrices partitioned over {} devices ({}), the rest on device 0",
            cmd.devices,
            cmd.spmd_layout.layout().name()
        );
        timings.time(WRITE, || out.write_atomic(&output_path))?;
        (out.tensors.len(), out.metadata.get("step").cloned())
    } else {
        // Written behind the step: each shape group's results go to the disk while the later
        // groups run.
        let client = timings.time("create the client", || Client::new(&plugin))?;
        let cache = ExecutableCache::global();
        let written = input.step_into_file_timed(&client, lr, cache, &output_path, timings)?;
        (written.tensors, written.metadata.get("step").cloned())
    };
    eprintln!(
        "muon-xla: step {} done: {tensors} tensors written to {}",
        step.as_deref().unwrap_or("?"),
        output_path.display()
    );
    Ok(())
}

/// A client with `--devices` devices: a CPU client is created with that many; other plugins
/// expose their own devices.
fn multi_device_client(plugin: &Plugin, cmd: &StepCmd) -> anyhow::Result<Client> {
    Ok(match cmd.plugin.kind() {
        DeviceKind::Cpu => Client::with_options(
            plugin,
            &ClientOptions {
                cpu_device_count: Some(cmd.devices as i64),
            },
        )?,
        _ => Client::new(plugin)?,
    })
}

/// `step` over a sharded checkpoint, shard by shard.
fn run_sharded(cmd: &StepCmd, config: &OptimizerConfig) -> anyhow::Result<()> {
    if cmd.grads.is_some() || cmd.step.is_some() || !cmd.frozen.is_empty() {
        anyhow::bail!(
            "--grads, --step and --frozen are not supported with a sharded checkpoint yet: put \
             the gradients (NAME.grad) and the metadata `step` in the shards"
        );
    }
    if cmd.devices > 1 {
        anyhow::bail!(
            "--devices is not supported with a sharded checkpoint yet: step it on one device"
        );
    }
    let lr = config.lr.context("no learning rate")?;
    if cmd.dry_run {
        let index = ShardIndex::open(&cmd.input)?;
        let plan = sharded_step::plan(&index, config)?;
        let step = index
            .metadata
            .get("step")
            .and_then(|s| s.trim().parse::<u64>().ok())
            .unwrap_or(0);
        super::dry_run::print(&plan, config, lr, step);
        return Ok(());
    }
    let output = cmd.output.clone().context("--output is required")?;
    if !is_index(&output) {
        anyhow::bail!(
            "--input is sharded, so --output must be an index `*.safetensors.index.json` (got {})",
            output.display()
        );
    }
    let (plugin, _) = cmd.plugin.load(true)?;
    let client = Client::new(&plugin)?;
    let report = sharded_step::step_sharded(&client, &cmd.input, &output, config, lr)?;
    eprintln!(
        "muon-xla: step {} done: {} parameters in {} shards written to {}",
        report.step,
        report.params,
        report.shards_written,
        output.display()
    );
    Ok(())
}
