//! Muon against AdamW on a real (small) training run, through the product as users run it: the
//! byte-level GPT of `examples/jax/char_gpt.py` (its loss-and-gradient step exported from JAX as
//! StableHLO text) trained from Rust with `JaxTrainer` and the compiled optimizer, on the Python
//! sources of the pinned jax package. `bench/train_compare.sh` runs the whole comparison (export,
//! this, the table and the plot); see BENCHMARKS.md "Muon against AdamW on a real run".
//!
//! ```text
//! cargo run --release --example train_compare -- --dir DIR --out runs.json
//!     [--steps N] [--eval-every K] [--seeds 0,1,2] [--adamw-lrs 1e-3,3e-3,1e-2] [--warmup W]
//!     [--arms adamw,keller-jordan,moonlight,normuon]
//! ```
//!
//! Arms (every arm: same initial parameters and data order per seed, same steps, same schedule):
//! - `adamw`: the moonlight preset with `adamw: ["."]`, i.e. every parameter on its AdamW path
//!   (β 0.9/0.95, eps 1e-8, weight decay 0.1), one run per learning rate of `--adamw-lrs`;
//! - `keller-jordan`, `moonlight`: the presets at their default learning rates, the embedding and
//!   the head sent to their Adam path by `adamw: ["^embed_tokens$", "^lm_head$"]` (the
//!   moonlight preset routes them there by name already; KellerJordan/Muon leaves that choice to
//!   the user), norm gains by rank;
//! - `normuon`: the same, when this build has a `normuon` preset (`Preset::from_str`); otherwise
//!   the arm is skipped and the output says so.
//!
//! The learning rate of every step is `lr · w(t)`, `w` a linear warmup over `--warmup` steps then
//! constant; the Adam learning rate follows the same `w` (a preset's fixed Adam lr is turned into
//! the equivalent ratio to the Muon lr, so both groups see the schedule, as a PyTorch scheduler
//! would scale both). Validation: the mean loss over the fixed held-out windows of `order.val`,
//! at step 0, every `--eval-every` steps and at the end, computed with the exported step on the
//! current parameters (`JaxTrainer::loss_and_grads`). Wall-clock: the seconds spent in training
//! steps only (batch upload, exported step, optimizer), evaluation excluded.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::str::FromStr;
use std::time::Instant;

use anyhow::{bail, Context};
use muon_xla::config::{AdamLr, OptimizerConfig, Preset, Settings};
use muon_xla::interop::jax::{ExportedStep, JaxTrainer};
use muon_xla::io::tensor_file::TensorFile;
use muon_xla::pjrt::{plugin, Buffer, Client};
use muon_xla::runtime::Optimizer;
use muon_xla::types::{DType, HostTensor, TensorType};
use serde_json::{json, Value};

/// Embedding and head: AdamW under every Muon arm.
const ADAM_NAMES: &[&str] = &["^embed_tokens$", "^lm_head$"];

struct Arm {
    name: String,
    /// Muon lr (for the AdamW arm: the Adam lr; its Muon path is empty).
    lr: f64,
    config: OptimizerConfig,
    settings: Value,
}

fn arm(name: &str, settings: Settings, lr: Option<f64>) -> anyhow::Result<Arm> {
    let mut config = settings.resolve()?;
    let lr = lr.or(config.lr).context("no learning rate")?;
    // The Adam lr as a ratio of the Muon lr, so the schedule scales both.
    if let AdamLr::Fixed(v) = config.adam_lr {
        config.adam_lr = AdamLr::Ratio(v / lr);
    }
    Ok(Arm {
        name: name.to_string(),
        lr,
        settings: json!({
            "preset": settings.preset.map(|p| p.name()),
            "adamw": settings.adamw,
            "lr": lr,
            "adam_lr": config.adam_lr_for(lr),
        }),
        config,
    })
}

fn main() -> anyhow::Result<()> {
    let mut dir = PathBuf::from("target/train_compare");
    let mut out = PathBuf::from("bench/results/train_compare/runs.json");
    let mut steps: Option<usize> = None;
    let mut eval_every = 25usize;
    let mut seeds: Vec<u64> = vec![0, 1, 2];
    let mut adamw_lrs: Vec<f64> = vec![1e-3, 3e-3, 1e-2];
    let mut warmup = 20usize;
    let mut arms_wanted: Vec<String> = ["adamw", "keller-jordan", "moonlight", "normuon"]
        .map(String::from)
        .to_vec();
    let mut args = std::env::args().skip(1);
    let list = |s: String| -> Vec<String> { s.split(',').map(|p| p.trim().to_string()).collect() };
    while let Some(a) = args.next() {
        let mut val = || args.next().with_context(|| format!("{a} needs a value"));
        match a.as_str() {
            "--dir" => dir = val()?.into(),
            "--out" => out = val()?.into(),
            "--steps" => steps = Some(val()?.parse()?),
            "--eval-every" => eval_every = val()?.parse()?,
            "--warmup" => warmup = val()?.parse()?,
            "--seeds" => {
                seeds = list(val()?)
                    .iter()
                    .map(|s| s.parse())
                    .collect::<Result<_, _>>()?
            }
            "--adamw-lrs" => {
                adamw_lrs = list(val()?)
                    .iter()
                    .map(|s| s.parse())
                    .collect::<Result<_, _>>()?
            }
            "--arms" => arms_wanted = list(val()?),
            other => bail!("unknown argument {other}"),
        }
    }

    // The export, the corpus and the data order written by examples/jax/char_gpt.py.
    let meta: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("corpus.json"))
            .with_context(|| format!("{}: run examples/jax/char_gpt.py first", dir.display()))?,
    )?;
    let ctx = meta["model"]["ctx"].as_u64().context("model.ctx")? as usize;
    let batch = meta["data"]["batch"].as_u64().context("data.batch")? as usize;
    let steps = steps.unwrap_or(meta["data"]["steps"].as_u64().context("data.steps")? as usize);
    let train = std::fs::read(dir.join("train.bin"))?;
    let val = std::fs::read(dir.join("val.bin"))?;
    let order = TensorFile::read(&dir.join("order.safetensors"))?;
    let offsets = |name: &str| -> anyhow::Result<Vec<Vec<usize>>> {
        let t = order
            .tensors
            .get(name)
            .with_context(|| format!("order.safetensors has no `{name}`"))?;
        let v: Vec<usize> = t.to_f64().iter().map(|&x| x as usize).collect();
        Ok(v.chunks(t.shape()[1]).map(|c| c.to_vec()).collect())
    };
    // [batch, ctx] i32 inputs and next-byte targets starting at each offset.
    let make_batch = |bytes: &[u8], offs: &[usize]| -> anyhow::Result<(HostTensor, HostTensor)> {
        let (mut x, mut y) = (Vec::with_capacity(4 * batch * ctx), Vec::new());
        for &o in offs {
            for i in 0..ctx {
                x.extend_from_slice(&(bytes[o + i] as i32).to_le_bytes());
                y.extend_from_slice(&(bytes[o + i + 1] as i32).to_le_bytes());
            }
        }
        let ty = TensorType::new(DType::I32, vec![offs.len(), ctx]);
        Ok((
            HostTensor::from_bytes(ty.clone(), x)?,
            HostTensor::from_bytes(ty, y)?,
        ))
    };

    let client = Client::new(&plugin::load_default(plugin::DeviceKind::Cpu, None)?)?;
    let step = ExportedStep::load(&dir.join("step.mlir"))?;
    let val_batches: Vec<(Buffer, Buffer)> = offsets("val")?
        .iter()
        .map(|o| {
            let (x, y) = make_batch(&val, o)?;
            Ok((client.upload(&x)?, client.upload(&y)?))
        })
        .collect::<anyhow::Result<_>>()?;

    // The arms.
    let muon_settings = |preset| Settings {
        preset: Some(preset),
        adamw: ADAM_NAMES.iter().map(|s| s.to_string()).collect(),
        ..Settings::default()
    };
    let mut arms = Vec::new();
    let mut notes = Vec::new();
    for want in &arms_wanted {
        match want.as_str() {
            "adamw" => {
                for &lr in &adamw_lrs {
                    let s = Settings {
                        preset: Some(Preset::Moonlight),
                        adamw: vec![".".into()],
                        lr: Some(lr),
                        ..Settings::default()
                    };
                    let mut a = arm(&format!("adamw lr={lr:e}"), s, Some(lr))?;
                    a.config.adam_lr = AdamLr::Ratio(1.0);
                    arms.push(a);
                }
            }
            name => match Preset::from_str(name) {
                Ok(p) => arms.push(arm(name, muon_settings(p), None)?),
                Err(e) => {
                    let note = format!("arm `{name}` skipped: this build has no such preset ({e})");
                    eprintln!("{note}");
                    notes.push(note);
                }
            },
        }
    }

    let evals: Vec<usize> = (0..=steps)
        .filter(|s| s % eval_every == 0 || *s == steps)
        .collect();
    let mut runs = Vec::new();
    let total = Instant::now();
    // Seeds outermost: the arms of one seed run back to back, so a slow spell of the machine
    // falls on all arms alike.
    for &seed in &seeds {
        let init = TensorFile::read(&dir.join(format!("init_seed{seed}.safetensors")))?;
        let order = offsets(&format!("train_seed{seed}"))?;
        if order.len() < steps {
            bail!(
                "order.safetensors has {} steps for seed {seed}, {steps} asked: re-export with --steps",
                order.len()
            );
        }
        for a in &arms {
            let setup = Instant::now();
            let opt = Optimizer::new(&client, step.param_specs()?, a.config.clone())?;
            let mut trainer = JaxTrainer::new(&client, &step, opt)?;
            let n = trainer.optimizer().len();
            let names: Vec<String> = (0..n)
                .map(|i| trainer.optimizer().spec(i).name.clone())
                .collect();
            let routes: BTreeMap<String, String> = (0..n)
                .map(|i| {
                    let (r, why) = trainer.optimizer().route(i);
                    (names[i].clone(), format!("{r} ({why})"))
                })
                .collect();
            let values = names
                .iter()
                .map(|n| {
                    init.tensors
                        .get(n)
                        .cloned()
                        .with_context(|| format!("init lacks {n}"))
                })
                .collect::<anyhow::Result<Vec<_>>>()?;
            trainer.optimizer_mut().set_params(values)?;
            let setup = setup.elapsed().as_secs_f64();

            let evaluate = |t: &JaxTrainer| -> anyhow::Result<f64> {
                let mut sum = 0.0;
                for (x, y) in &val_batches {
                    sum += t.loss_and_grads(&[x, y])?.0;
                }
                Ok(sum / val_batches.len() as f64)
            };
            let mut curve =
                vec![json!({"step": 0, "val_loss": evaluate(&trainer)?, "train_seconds": 0.0})];
            let mut train_loss = Vec::with_capacity(steps);
            let mut step_seconds = Vec::with_capacity(steps);
            let mut elapsed = 0.0;
            for (t, offs) in order.iter().take(steps).enumerate() {
                let w = if warmup == 0 {
                    1.0
                } else {
                    ((t + 1) as f64 / warmup as f64).min(1.0)
                };
                let start = Instant::now();
                let (x, y) = make_batch(&train, offs)?;
                let (x, y) = (client.upload(&x)?, client.upload(&y)?);
                let loss = trainer.step(&[&x, &y], a.lr * w)?;
                let dt = start.elapsed().as_secs_f64();
                elapsed += dt;
                step_seconds.push(dt);
                train_loss.push(loss);
                if !loss.is_finite() {
                    eprintln!(
                        "  {} seed {seed}: loss {loss} at step {}, stopping",
                        a.name,
                        t + 1
                    );
                    break;
                }
                if evals.contains(&(t + 1)) {
                    let v = evaluate(&trainer)?;
                    curve.push(json!({"step": t + 1, "val_loss": v, "train_seconds": elapsed}));
                }
            }
            let mut sorted = step_seconds.clone();
            sorted.sort_by(f64::total_cmp);
            let median = sorted.get(sorted.len() / 2).copied().unwrap_or(f64::NAN);
            let last = curve.last().cloned().unwrap_or(Value::Null);
            eprintln!(
                "  seed {seed} {:<22} val {:.4} after {} steps, {:.1} ms/step median, {:.1} s training, setup {:.1} s",
                a.name,
                last["val_loss"].as_f64().unwrap_or(f64::NAN),
                last["step"],
                median * 1e3,
                elapsed,
                setup
            );
            runs.push(json!({
                "arm": a.name,
                "seed": seed,
                "settings": a.settings,
                "routes": routes,
                "setup_seconds": setup,
                "median_step_seconds": median,
                "train_seconds": elapsed,
                "curve": curve,
                "train_loss": train_loss,
            }));
        }
    }
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_default();
    let result = json!({
        "format": "muon-xla/train-compare/1",
        "corpus": meta["corpus"],
        "model": meta["model"],
        "data": meta["data"],
        "jax": meta["jax"],
        "steps": steps,
        "eval_every": eval_every,
        "warmup": warmup,
        "schedule": "lr * min(1, (t+1)/warmup), Adam lr scaled alike",
        "seeds": seeds,
        "notes": notes,
        "cpu": cpu,
        "threads": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0),
        "plugin": client.plugin().path().display().to_string(),
        "wall_seconds": total.elapsed().as_secs_f64(),
        "runs": runs,
    });
    if let Some(parent) = out.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(&out, serde_json::to_string_pretty(&result)? + "\n")?;
    eprintln!(
        "{}: {} runs in {:.0} s",
        out.display(),
        runs.len(),
        total.elapsed().as_secs_f64()
    );
    Ok(())
}
