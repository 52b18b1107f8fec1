//! Trains a JAX model from Rust: the loss-and-gradient step exported by
//! `examples/jax/export_step.py` (committed under graphs/jax/MODEL/) runs every step on the
//! optimizer's device-resident parameters, and its gradients go straight to muon-xla's compiled
//! optimizer (preset optax, i.e. `optax.contrib.muon`). No Python, no host copy of parameters or
//! gradients; only the scalar loss is downloaded. Fails unless the loss falls.
//!
//! `cargo run --release --example jax_train -- [mlp|transformer] [--steps N] [--lr LR] [--bytecode]`

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Context};
use muon_xla::interop::jax::{ExportedStep, JaxTrainer};
use muon_xla::optim::{Preset, Settings};
use muon_xla::optimizer::Optimizer;
use muon_xla::pjrt::{plugin, Buffer, Client};
use muon_xla::tensor_file::TensorFile;

fn main() -> anyhow::Result<()> {
    let mut model = "mlp".to_string();
    let mut steps = 100usize;
    let mut lr = 0.02;
    let mut file = "step.mlir";
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--steps" => steps = args.next().context("--steps N")?.parse()?,
            "--lr" => lr = args.next().context("--lr LR")?.parse()?,
            "--bytecode" => file = "step.mlirbc",
            m if !m.starts_with('-') => model = m.to_string(),
            other => bail!("unknown argument {other}"),
        }
    }
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("graphs/jax")
        .join(&model);
    let client = Client::new(&plugin::load_default(plugin::DeviceKind::Cpu, None)?)?;
    let step = ExportedStep::load(&dir.join(file))?;
    let config = Settings {
        preset: Some(Preset::Optax),
        lr: Some(lr),
        ..Settings::default()
    }
    .resolve()?;
    let opt = Optimizer::new(&client, step.param_specs()?, config)?;
    let mut trainer = JaxTrainer::new(&client, &step, opt)?;
    let init = TensorFile::read(&dir.join("init.safetensors"))?;
    let names: Vec<String> = (0..trainer.optimizer().len())
        .map(|i| trainer.optimizer().spec(i).name.clone())
        .collect();
    for (i, n) in names.iter().enumerate() {
        let (route, why) = trainer.optimizer().route(i);
        println!(
            "  {n:<14} {:<12} {route} ({why})",
            init.tensors[n].ty().to_string()
        );
    }
    trainer
        .optimizer_mut()
        .set_params(names.iter().map(|n| init.tensors[n].clone()).collect())?;
    let data: Vec<Buffer> = trainer
        .data_types()
        .iter()
        .map(|(n, _)| client.upload(&init.tensors[n]))
        .collect::<Result<_, _>>()?;
    let data: Vec<&Buffer> = data.iter().collect();
    println!(
        "{model}: {} parameters, {} optimizer executables, {steps} steps at lr {lr} ({})",
        names.len(),
        trainer.optimizer().num_groups(),
        step.path.display()
    );
    let start = Instant::now();
    let mut first = None;
    let mut last = f64::NAN;
    for s in 1..=steps {
        last = trainer.step(&data, lr)?;
        first.get_or_insert(last);
        if s == 1 || s % (steps / 10).max(1) == 0 || s == steps {
            println!("  step {s:>4}  loss {last:.6}");
        }
    }
    let per_step = start.elapsed().as_secs_f64() / steps as f64;
    let first = first.context("no steps")?;
    println!(
        "loss {first:.6} -> {last:.6}; {:.3} ms per step (exported step + optimizer, two-executable path)",
        per_step * 1e3
    );
    if !(last < 0.5 * first) {
        bail!("the loss did not fall by half: {first} -> {last}");
    }
    Ok(())
}
