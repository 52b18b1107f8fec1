//! `muon-xla step`: one optimizer step from a safetensors file to another.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::Args;
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
        super::dry_run::print(&input.plan, &input.config, lr, input.step);
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
