//! `muon-xla spmd`: a model's Muon step partitioned by XLA over `--devices D` devices — what the
//! partitioner inserted per shape group, and a check of the result against the single-device
//! step on the same synthetic gradients, with both step times.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context as _;
use clap::{Args, ValueEnum};
use muon_xla::config::Route;
use muon_xla::graph::ShardingDialect;
use muon_xla::pjrt::plugin::DeviceKind;
use muon_xla::pjrt::{Client, ClientOptions};
use muon_xla::plan::model::ModelDescription;
use muon_xla::plan::spmd::SpmdLayout;
use muon_xla::plan::ParamSpec;
use muon_xla::runtime::spmd::{SpmdMuon, SpmdOptions};
use muon_xla::runtime::Optimizer;
use muon_xla::HostTensor;

use super::settings_args::SettingsArgs;
use super::PluginOpts;

/// The layouts, as flag values.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LayoutArg {
    WorkSplit,
    ShardedParams,
}

impl LayoutArg {
    pub fn layout(self) -> SpmdLayout {
        match self {
            LayoutArg::WorkSplit => SpmdLayout::WorkSplit,
            LayoutArg::ShardedParams => SpmdLayout::ShardedParams,
        }
    }
}

/// Arguments of `muon-xla spmd`.
#[derive(Debug, Args)]
pub struct SpmdCmd {
    /// The model description; its 2-D Muon parameters are stepped (the others are listed).
    #[arg(long, value_name = "SHAPES.json")]
    pub model: PathBuf,
    /// Number of devices to partition over (a CPU client is created with that many).
    #[arg(long, default_value_t = 2)]
    pub devices: usize,
    #[arg(long, value_enum, default_value = "work-split")]
    pub layout: LayoutArg,
    /// Write Shardy (`sdy`) shardings instead of GSPMD ones.
    #[arg(long)]
    pub shardy: bool,
    /// Steps to run and compare (0: only compile and report).
    #[arg(long, default_value_t = 2)]
    pub steps: usize,
    #[command(flatten)]
    pub settings: SettingsArgs,
    #[command(flatten)]
    pub plugin: PluginOpts,
}

/// Runs `muon-xla spmd`.
pub fn run(cmd: &SpmdCmd) -> anyhow::Result<()> {
    let model = ModelDescription::read(&cmd.model)?;
    let (_, config) = super::compile_cmd::resolve(&cmd.settings, &model)?;
    let lr = config.lr.context("no learning rate")?;
    let (plugin, _) = cmd.plugin.load(true)?;
    let client = match cmd.plugin.kind() {
        DeviceKind::Cpu => Client::with_options(
            &plugin,
            &ClientOptions {
                cpu_device_count: Some(cmd.devices as i64),
            },
        )?,
        _ => Client::new(&plugin)?,
    };
    let plan = muon_xla::plan::Plan::new(model.specs()?, &config)?;
    let mut specs: Vec<ParamSpec> = Vec::new();
    for (spec, (route, _)) in model.specs()?.into_iter().zip(&plan.routes) {
        if *route == Route::Muon && spec.ty.rank() == 2 {
            specs.push(spec);
        } else {
            println!(
                "not partitioned (single-device step): {} {}",
                spec.name, spec.ty
            );
        }
    }
    anyhow::ensure!(!specs.is_empty(), "the model has no 2-D Muon parameters");
    let mut rng = 0x9e3779b97f4a7c15u64;
    let mut tensor = |s: &ParamSpec, k: f64| {
        let v: Vec<f64> = (0..s.ty.num_elements())
            .map(|_| {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                ((rng >> 11) as f64 / (1u64 << 53) as f64 - 0.5) * k
            })
            .collect();
        HostTensor::from_f64(s.ty.dtype, s.ty.shape.clone(), &v)
    };
    let params: Vec<HostTensor> = specs
        .iter()
        .map(|s| tensor(s, 0.2))
        .collect::<Result<_, _>>()?;
    let named: Vec<(String, HostTensor)> = specs
        .iter()
        .map(|s| s.name.clone())
        .zip(params.iter().cloned())
        .collect();
    let layout = cmd.layout.layout();
    let dialect = if cmd.shardy {
        ShardingDialect::Shardy
    } else {
        ShardingDialect::Gspmd
    };
    let opts = SpmdOptions {
        devices: cmd.devices,
        layout,
        dialect,
    };
    let mut spmd = SpmdMuon::new(&client, &named, &config.muon, opts)?;
    println!(
        "{} over {} devices ({dialect:?}):",
        layout.name(),
        cmd.devices
    );
    for g in spmd.groups() {
        let exe = g.exe.executable();
        let coll: Vec<String> = exe
            .collectives()?
            .iter()
            .map(|c| format!("{} {} B", c.opcode, c.result_bytes))
            .collect();
        let flops = exe
            .cost_analysis()?
            .and_then(|c| c.into_iter().find(|(n, _)| n == "flops"))
            .map_or("unavailable".to_string(), |(_, f)| {
                format!("{:.3} GFLOP", f / 1e9)
            });
        println!(
            "  {} x {}: collectives [{}]; per device {flops}",
            g.members.len(),
            g.ty,
            coll.join(", ")
        );
    }
    if cmd.steps == 0 {
        return Ok(());
    }
    let mut single = Optimizer::new(&client, specs.clone(), config)?;
    single.set_params(params)?;
    let (mut t_single, mut t_spmd) = (0.0, 0.0);
    for t in 1..=cmd.steps {
        let grads: Vec<HostTensor> = specs
            .iter()
            .map(|s| tensor(s, 1.0))
            .collect::<Result<_, _>>()?;
        // Step 1 of the single-device optimizer compiles its programs: time steps 2.. only.
        let timed = if t > 1 { 1.0 } else { 0.0 };
        let start = Instant::now();
        single.step(&grads, lr)?;
        t_single += timed * start.elapsed().as_secs_f64();
        let start = Instant::now();
        spmd.step(&grads, lr, t as f64)?;
        t_spmd += timed * start.elapsed().as_secs_f64();
    }
    let timed_steps = (cmd.steps - 1).max(1) as f64;
    let mut worst: f64 = 0.0;
    for ((_, got), want) in spmd.params()?.iter().zip(single.params()?) {
        let (a, b) = (got.to_f64(), want.to_f64());
        let scale = b.iter().fold(1e-30f64, |m, v| m.max(v.abs()));
        worst = worst.max(
            a.iter()
                .zip(&b)
                .map(|(x, y)| (x - y).abs())
                .fold(0.0, f64::max)
                / scale,
        );
    }
    println!(
        "{} steps: largest relative difference from the single-device step {worst:.2e}; \
         steps 2..: {:.1} ms/step against {:.1} ms/step on one device (uploads included)",
        cmd.steps,
        t_spmd / timed_steps * 1e3,
        t_single / timed_steps * 1e3
    );
    anyhow::ensure!(
        worst < 1e-4,
        "the partitioned step differs from the single-device step"
    );
    Ok(())
}
