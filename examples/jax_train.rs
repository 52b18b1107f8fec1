//! Trains a JAX model from Rust: the loss-and-gradient step exported by
//! `examples/jax/export_step.py` (committed under graphs/jax/MODEL/) runs every step on the
//! optimizer's device-resident parameters, and its gradients go straight to muon-xla's compiled
//! optimizer (preset optax, i.e. `optax.contrib.muon`). No Python, no host copy of parameters or
//! gradients; only the scalar loss is downloaded (and, for a `has_aux` step such as mlp_aux's,
//! its metrics on the steps it prints). Fails unless the loss falls. For a text export
//! it then trains again with the export and the optimizer merged into one executable and
//! compares step times and final parameters (same run, so the ratio is what counts).
//!
//! `cargo run --release --example jax_train -- [mlp|mlp_aux|transformer] [--steps N] [--lr LR] [--bytecode]
//! [--serialized] [--trust-sidecar]` (`--serialized`: step.jaxexport, jax.export's own file;
//! `--trust-sidecar`: use a hand-written `step.json`'s argument order even where same-typed
//! parameters make it uncheckable)

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Context};
use muon_xla::config::{Preset, Settings};
use muon_xla::interop::jax::{ExportedStep, FusedTrainer, JaxTrainer, StepOutput};
use muon_xla::io::tensor_file::TensorFile;
use muon_xla::pjrt::{plugin, Buffer, Client};
use muon_xla::runtime::Optimizer;

fn main() -> anyhow::Result<()> {
    let mut model = "mlp".to_string();
    let mut steps = 100usize;
    let mut lr = 0.02;
    let mut file = "step.mlir";
    let mut trust = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--steps" => steps = args.next().context("--steps N")?.parse()?,
            "--lr" => lr = args.next().context("--lr LR")?.parse()?,
            "--bytecode" => file = "step.mlirbc",
            // jax.export's own file (`exp.serialize()`); any of the three is read by content.
            "--serialized" => file = "step.jaxexport",
            "--trust-sidecar" => trust = true,
            m if !m.starts_with('-') => model = m.to_string(),
            other => bail!("unknown argument {other}"),
        }
    }
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("graphs/jax")
        .join(&model);
    let client = Client::new(&plugin::load_default(plugin::DeviceKind::Cpu, None)?)?;
    let mut step = ExportedStep::load(&dir.join(file))?;
    if trust {
        step = step.trust_sidecar();
    }
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
        let log = s == 1 || s % (steps / 10).max(1) == 0 || s == steps;
        // A `has_aux` step's metrics (mlp_aux) are downloaded on the steps that print them.
        let out = if log && !trainer.aux_types().is_empty() {
            trainer.step_with_aux(&data, lr)?
        } else {
            StepOutput {
                loss: trainer.step(&data, lr)?,
                aux: Vec::new(),
            }
        };
        last = out.loss;
        first.get_or_insert(last);
        if log {
            let aux: Vec<String> = out
                .aux
                .iter()
                .map(|(n, t)| format!("  {n} {}", show(t)))
                .collect();
            println!("  step {s:>4}  loss {last:.6}{}", aux.concat());
        }
    }
    let per_step = start.elapsed().as_secs_f64() / steps as f64;
    let first = first.context("no steps")?;
    println!(
        "loss {first:.6} -> {last:.6}; {:.3} ms per step (exported step + optimizer, two-executable path)",
        per_step * 1e3
    );
    let fell = |l: f64| l.is_finite() && l < 0.5 * first;
    if !fell(last) {
        bail!("the loss did not fall by half: {first} -> {last}");
    }
    if step.text().is_none() {
        return Ok(());
    }
    // The same training as one executable per step: the export merged with every optimizer
    // group under one @main (text exports only).
    let specs: Vec<_> = (0..names.len())
        .map(|i| trainer.optimizer().spec(i).clone())
        .collect();
    let two_exe = trainer.optimizer().params()?;
    let compile = Instant::now();
    let mut fused =
        FusedTrainer::new(&client, &step, &specs, trainer.optimizer().config().clone())?;
    let compile = compile.elapsed().as_secs_f64();
    let values: Vec<_> = names.iter().map(|n| init.tensors[n].clone()).collect();
    fused.set_params(&values)?;
    let start = Instant::now();
    let mut fused_last = f64::NAN;
    for _ in 0..steps {
        fused_last = fused.step(&data, lr)?;
    }
    let fused_per_step = start.elapsed().as_secs_f64() / steps as f64;
    let mut worst: f64 = 0.0;
    for (a, b) in fused.params()?.iter().zip(&two_exe) {
        let (a, b) = (a.to_f64(), b.to_f64());
        let d: f64 = a.iter().zip(&b).map(|(x, y)| (x - y).powi(2)).sum();
        let n: f64 = b.iter().map(|y| y * y).sum();
        worst = worst.max((d / n).sqrt());
    }
    println!(
        "fused (one executable, compiled in {compile:.2} s): last loss {fused_last:.6}, {:.3} ms per \
         step vs {:.3} ms (two-executable path): {:.2}x; parameters after {steps} steps differ by \
         {worst:.1e} (relative)",
        fused_per_step * 1e3,
        per_step * 1e3,
        per_step / fused_per_step
    );
    if !fell(fused_last) || worst > 1e-3 {
        bail!("the fused path diverged from the two-executable path");
    }
    Ok(())
}

/// A metric for the log: `0.8254`, `309`, `[0.8087, 2.3119]`.
fn show(t: &muon_xla::HostTensor) -> String {
    let v: Vec<String> = t
        .to_f64()
        .iter()
        .map(|x| {
            if t.dtype().is_float() {
                format!("{x:.4}")
            } else {
                format!("{x}")
            }
        })
        .collect();
    if t.shape().is_empty() {
        v.concat()
    } else {
        format!("[{}]", v.join(", "))
    }
}
