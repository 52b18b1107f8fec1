//! `muon-xla device-check`: the one-go check for a borrowed accelerator (`bench/device.sh`).
//!
//! `--prepare DIR` runs here, on the CPU: a small seeded case (parameters and three steps of
//! gradients) and the CPU's results after those steps at two Newton–Schulz precisions. On the
//! device, `--case DIR` then (a) compiles the case ahead of time for `--target` (deviceless for a
//! GPU target) and runs those stored executables, (b) JIT-compiles it on the device and runs it,
//! (c) compares both with the CPU's results (≤ 1e-4 relative at `highest`, ≤ 2e-2 at `default`,
//! which is TF32 on NVIDIA), (d) times a model's step both ways against the matmul floor measured
//! through the same plugin and (with `--python`) `optax.contrib.muon` under `jax.jit`, and (e)
//! writes one JSON report. The rehearsal is the same code with the CPU plugin and `--target cpu`.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context as _};
use clap::Args;
use muon_xla::aot::{self, DeviceOptions, GroupSource};
use muon_xla::cache::ExecutableCache;
use muon_xla::config::{Preset, Settings};
use muon_xla::io::tensor_file::TensorFile;
use muon_xla::pjrt::{Client, Target};
use muon_xla::plan::model::ModelDescription;
use muon_xla::plan::ParamSpec;
use muon_xla::transforms::newton_schulz::NsPrecision;
use muon_xla::transforms::scale::Layout;
use muon_xla::{DType, HostTensor, Optimizer, TensorType};
use serde_json::{json, Value as Json};

use super::bench::cases::random_tensor;
use super::PluginOpts;

mod timing;

/// Arguments of `muon-xla device-check`.
#[derive(Debug, Args)]
pub struct DeviceCheckCmd {
    /// Write the seeded case and the CPU's results into DIR, and exit (run before the case
    /// travels to the device).
    #[arg(long, value_name = "DIR")]
    pub prepare: Option<PathBuf>,
    /// The case `--prepare` wrote.
    #[arg(long, value_name = "DIR")]
    pub case: Option<PathBuf>,
    /// What to compile ahead of time for: a GPU target (compiled without the device, then loaded
    /// on it) or `cpu` (the rehearsal).
    #[arg(long, default_value = "cpu")]
    pub target: String,
    /// The model whose step is timed.
    #[arg(
        long,
        value_name = "SHAPES.json",
        default_value = "graphs/models/gpt2-small.json"
    )]
    pub model: PathBuf,
    /// Timed steps per measurement (the median is reported).
    #[arg(long, default_value_t = 10)]
    pub repeats: usize,
    /// A Python with jax and optax: also time `optax.contrib.muon` under `jax.jit` on the same
    /// device (`--optax-script`).
    #[arg(long, value_name = "PYTHON")]
    pub python: Option<String>,
    #[arg(long, value_name = "FILE", default_value = "bench/device_optax.py")]
    pub optax_script: PathBuf,
    /// The JSON report.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub plugin: PluginOpts,
}

/// The case: two Muon matrices (one wide, one tall) and an Adam vector.
fn case_specs() -> Vec<ParamSpec> {
    [
        ("l0.w_in", vec![256, 512]),
        ("l0.w_out", vec![512, 256]),
        ("l0.bias", vec![512]),
    ]
    .into_iter()
    .map(|(name, shape)| ParamSpec {
        name: name.into(),
        ty: TensorType::new(DType::F32, shape),
    })
    .collect()
}

const STEPS: usize = 3;
const LR: f64 = 0.02;
/// (precision, the largest relative difference from the CPU's f32 result accepted).
const PRECISIONS: [(NsPrecision, &str, f64); 2] = [
    (NsPrecision::Highest, "highest", 1e-4),
    (NsPrecision::Default, "default", 2e-2),
];

/// keller-jordan with f32 Newton–Schulz at `precision` (bf16 would make precision moot).
fn settings(precision: NsPrecision) -> Settings {
    Settings {
        preset: Some(Preset::KellerJordan),
        ns_dtype: Some(DType::F32),
        ns_precision: Some(precision),
        ..Settings::default()
    }
}

fn grad_name(name: &str, step: usize) -> String {
    format!("{name}.grad{step}")
}

/// Runs the case's steps from its initial values; the parameters after them, by name.
fn run_case(opt: &mut Optimizer, case: &TensorFile) -> anyhow::Result<Vec<(String, HostTensor)>> {
    let names: Vec<String> = (0..opt.len()).map(|i| opt.spec(i).name.clone()).collect();
    let initial = names.iter().map(|n| case.tensors[n].clone()).collect();
    opt.set_params(initial)?;
    for s in 0..STEPS {
        let grads: Vec<HostTensor> = (names.iter())
            .map(|n| case.tensors[&grad_name(n, s)].clone())
            .collect();
        opt.step(&grads[..], LR)?;
    }
    Ok(names.into_iter().zip(opt.params()?).collect())
}

/// Writes the case and the CPU's results (`expected-PRECISION.safetensors`).
fn prepare(dir: &Path, cmd: &DeviceCheckCmd) -> anyhow::Result<()> {
    std::fs::create_dir_all(dir)?;
    let mut case = TensorFile::default();
    for (i, s) in case_specs().iter().enumerate() {
        case.tensors
            .insert(s.name.clone(), random_tensor(&s.ty, 1 + i as u64, 0.05)?);
        for step in 0..STEPS {
            let g = random_tensor(&s.ty, 100 + (10 * i + step) as u64, 1.0)?;
            case.tensors.insert(grad_name(&s.name, step), g);
        }
    }
    case.write_atomic(&dir.join("case.safetensors"))?;
    let (plugin, _) = cmd.plugin.load(true)?;
    let client = Client::new(&plugin)?;
    for (precision, name, _) in PRECISIONS {
        let config = settings(precision).resolve()?;
        let mut opt = Optimizer::new(&client, case_specs(), config)?;
        let out = TensorFile {
            tensors: run_case(&mut opt, &case)?.into_iter().collect(),
            metadata: Default::default(),
        };
        out.write_atomic(&dir.join(format!("expected-{name}.safetensors")))?;
    }
    eprintln!(
        "muon-xla: device-check case and the CPU's results written to {}",
        dir.display()
    );
    Ok(())
}

/// ‖a − b‖ / ‖b‖, the worst over the tensors.
fn worst_relative(got: &[(String, HostTensor)], want: &TensorFile) -> anyhow::Result<f64> {
    let mut worst = 0f64;
    for (name, t) in got {
        let w = want
            .tensors
            .get(name)
            .context("the expected results lack a parameter")?;
        let (a, b) = (t.to_f64(), w.to_f64());
        let diff: f64 = a.iter().zip(&b).map(|(x, y)| (x - y) * (x - y)).sum();
        let norm: f64 = b.iter().map(|y| y * y).sum();
        worst = worst.max((diff / norm.max(f64::MIN_POSITIVE)).sqrt());
    }
    Ok(worst)
}

/// Compiles `model` under `settings` ahead of time for `target` into `dir` (deviceless for an
/// accelerator target, through `client` for `cpu`), then loads it: the optimizer and whether
/// every executable came from the directory.
pub(super) fn ahead_of_time(
    client: &Client,
    target: &Target,
    model: &ModelDescription,
    settings: &Settings,
    dir: &Path,
) -> anyhow::Result<(Optimizer, bool)> {
    let config = settings.resolve()?;
    let cache = ExecutableCache::in_memory();
    if target.is_deviceless() {
        let options = DeviceOptions::default();
        aot::write_for_device(
            dir,
            model,
            settings,
            &config,
            target,
            client.plugin(),
            &options,
        )?;
    } else {
        aot::write(dir, model, settings, &config, Some((client, &cache)))?;
    }
    // A fresh cache: the executables must come from the directory, not from the compile above.
    let fresh = ExecutableCache::in_memory();
    let loaded = aot::load(client, dir, &fresh)?;
    let stored = loaded
        .sources
        .iter()
        .all(|s| matches!(s, GroupSource::Stored));
    Ok((Optimizer::from_loaded(client, &fresh, loaded), stored))
}

/// Runs `muon-xla device-check`.
pub fn run(cmd: &DeviceCheckCmd) -> anyhow::Result<()> {
    if let Some(dir) = &cmd.prepare {
        return prepare(dir, cmd);
    }
    let Some(case_dir) = &cmd.case else {
        bail!("device-check needs --case DIR (written here by --prepare DIR)");
    };
    let target = Target::named(&cmd.target)?;
    let (plugin, location) = cmd.plugin.load(false)?;
    let client = Client::new(&plugin)?;
    let case = TensorFile::read(&case_dir.join("case.safetensors"))?;
    let work = std::env::temp_dir().join(format!("muon-xla-device-check-{}", std::process::id()));
    let mut checks = Vec::new();
    let mut ok = true;
    for (precision, name, limit) in PRECISIONS {
        let want = TensorFile::read(&case_dir.join(format!("expected-{name}.safetensors")))?;
        let model = ModelDescription::from_specs("device-check", Layout::OutIn, &case_specs());
        let s = settings(precision);
        let (mut aot_opt, stored) = ahead_of_time(&client, &target, &model, &s, &work.join(name))?;
        let aot_err = worst_relative(&run_case(&mut aot_opt, &case)?, &want)?;
        let mut jit = Optimizer::new(&client, case_specs(), s.resolve()?)?;
        let jit_err = worst_relative(&run_case(&mut jit, &case)?, &want)?;
        let passed = stored && aot_err <= limit && jit_err <= limit;
        ok &= passed;
        eprintln!(
            "precision {name}: ahead of time {aot_err:.2e} (stored executables: {stored}), \
             JIT {jit_err:.2e}; limit {limit:e}: {}",
            if passed { "ok" } else { "FAILED" }
        );
        checks.push(json!({
            "precision": name, "limit": limit, "aot_relative_error": aot_err,
            "aot_used_stored_executables": stored, "jit_relative_error": jit_err, "ok": passed,
        }));
    }
    let timings = timing::measure(cmd, &client, &target, &work)?;
    let _ = std::fs::remove_dir_all(&work);
    let report = json!({
        "device": client.device_descriptions().unwrap_or_default(),
        "platform": client.platform_name().ok(),
        "platform_version": client.platform_version().ok(),
        "plugin": location.path.display().to_string(),
        "pjrt_api_version": format!("{}.{}", plugin.api_version().0, plugin.api_version().1),
        "target": target.name,
        "muon_xla": env!("CARGO_PKG_VERSION"),
        "checks": checks,
        "timings": timings,
        "ok": ok,
    });
    let text = serde_json::to_string_pretty(&report)?;
    match &cmd.out {
        Some(path) => std::fs::write(path, &text).with_context(|| path.display().to_string())?,
        None => println!("{text}"),
    }
    if !ok {
        bail!("device-check: a result differs from the CPU's beyond its limit (see the report)");
    }
    Ok(())
}

/// The report's value for an optional measurement.
pub(super) fn or_null<T: Into<Json>>(v: Option<T>) -> Json {
    v.map_or(Json::Null, Into::into)
}
