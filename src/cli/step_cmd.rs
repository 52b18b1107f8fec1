//! `muon-xla step`: one optimizer step from a safetensors file to another.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::Args;
use muon_xla::optim::OptimizerConfig;
use muon_xla::pjrt::Client;
use muon_xla::step_file::StepInput;
use muon_xla::tensor_file::TensorFile;

use super::settings_args::SettingsArgs;
use super::PluginOpts;

/// Arguments of `muon-xla step`. Precedence: preset defaults < `--config` file < flags.
#[derive(Debug, Args)]
pub struct StepCmd {
    /// Input safetensors: NAME, NAME.grad, optional state, metadata `step`.
    #[arg(long, value_name = "IN.safetensors")]
    pub input: PathBuf,
    /// Output safetensors (may equal --input; written atomically).
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
    #[command(flatten)]
    pub plugin: PluginOpts,
}

/// Runs `muon-xla step`.
pub fn run(cmd: &StepCmd) -> anyhow::Result<()> {
    let config = cmd.settings.settings()?.resolve()?;
    let file = TensorFile::read(&cmd.input)?;
    let input = StepInput::parse(&file, &config)?;
    let lr = config.lr.context("no learning rate")?;
    if cmd.dry_run {
        print_plan(&input, &config, lr);
        return Ok(());
    }
    let (plugin, _) = cmd.plugin.load(true)?;
    let client = Client::new(&plugin)?;
    let output_path = cmd.output.clone().context("--output is required")?;
    let out = input.run(&client, lr)?;
    out.write_atomic(&output_path)?;
    eprintln!(
        "muon-xla: step {} done: {} parameters written to {}",
        out.metadata.get("step").map(String::as_str).unwrap_or("?"),
        out.tensors.len(),
        output_path.display()
    );
    Ok(())
}

fn print_plan(input: &StepInput, config: &OptimizerConfig, lr: f64) {
    let plan = &input.plan;
    println!(
        "preset {}  step {} -> {}",
        config.preset,
        input.step,
        input.step + 1
    );
    println!(
        "muon: lr {lr}  momentum {}  nesterov {}  weight_decay {}  ns {} x {} in {}  adjust_lr {:?}  layout {:?}",
        config.muon.momentum,
        config.muon.nesterov,
        config.muon.weight_decay,
        config.muon.newton_schulz.schedule.len(),
        config.muon.newton_schulz.schedule.first().map(|c| format!("{c:?}")).unwrap_or_default(),
        config.muon.newton_schulz.dtype,
        config.muon.adjust_lr,
        config.muon.layout
    );
    println!(
        "adam: lr {}  betas ({}, {})  eps {}  weight_decay {}  style {:?}",
        config.adam_lr_for(lr),
        config.adam.beta1,
        config.adam.beta2,
        config.adam.eps,
        config.adam.weight_decay,
        config.adam.style
    );
    for (i, spec) in plan.specs.iter().enumerate() {
        let (route, why) = &plan.routes[i];
        let scale = match route {
            muon_xla::optim::Route::Muon => format!(
                "  lr scale {:.6}",
                muon_xla::optim::scale::lr_scale(
                    config.muon.adjust_lr,
                    config.muon.layout,
                    &spec.ty.shape
                )
            ),
            muon_xla::optim::Route::Adam => String::new(),
        };
        println!(
            "  {:<40} {:<16} {route:<5} ({why}){scale}",
            spec.name,
            spec.ty.to_string()
        );
    }
    println!("{} executables (one per shape group)", plan.groups.len());
}
