//! The timed part of `device-check`: a model's step (Muon with bf16 Newton–Schulz, and with f32
//! at default precision, TF32 on NVIDIA), each ahead of time and JIT-compiled, against the floor
//! of the same step's matmuls alone measured through the same plugin, and `optax.contrib.muon`
//! under `jax.jit` when a Python with jax is given.

use std::path::Path;
use std::process::Command;

use anyhow::Context as _;
use muon_xla::config::{Preset, Route, Settings};
use muon_xla::emit::emit;
use muon_xla::graph::Builder;
use muon_xla::pjrt::{Arg, Client, CompileOptions, Target};
use muon_xla::plan::model::ModelDescription;
use muon_xla::plan::Plan;
use muon_xla::transforms::newton_schulz::NsPrecision;
use muon_xla::{DType, HostTensor, Optimizer, TensorType};
use serde_json::{json, Value as Json};

use super::super::bench::cases::random_tensor;
use super::super::bench::measure::time_calls;
use super::{ahead_of_time, or_null, DeviceCheckCmd};

/// The variants timed: (name, Newton–Schulz dtype, the floor's dtype).
const VARIANTS: [(&str, DType); 2] = [("bf16", DType::BF16), ("f32-default", DType::F32)];

/// keller-jordan (the model's own settings under it) with the variant's Newton–Schulz dtype.
fn variant_settings(model: &ModelDescription, dtype: DType) -> Settings {
    Settings {
        preset: Some(Preset::KellerJordan),
        ns_dtype: Some(dtype),
        ns_precision: Some(NsPrecision::Default),
        ..model.settings()
    }
}

/// Median seconds of `repeats` steps of `opt` on fixed random device gradients.
fn time_step(client: &Client, opt: &mut Optimizer, repeats: usize) -> anyhow::Result<f64> {
    let specs: Vec<_> = (0..opt.len()).map(|i| opt.spec(i).clone()).collect();
    let params = (specs.iter().enumerate())
        .map(|(i, s)| random_tensor(&s.ty, 7 + i as u64, 0.02))
        .collect::<anyhow::Result<Vec<_>>>()?;
    opt.set_params(params)?;
    let grads = (specs.iter().enumerate())
        .map(|(i, s)| Ok(client.upload(&random_tensor(&s.ty, 1000 + i as u64, 1.0)?)?))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let refs: Vec<_> = grads.iter().collect();
    let timing = time_calls(1, repeats, || {
        opt.step_device(&refs, 1e-3)?;
        Ok(())
    })?;
    Ok(timing.median())
}

/// The step's Newton–Schulz matmuls alone, per Muon group `[k, r, c]` (r ≤ c): five times
/// `A = X Xᵀ`, `B = A A`, `X = B X`, in `dtype` at default precision. Median seconds and flops.
fn matmul_floor(
    client: &Client,
    plan: &Plan,
    dtype: DType,
    repeats: usize,
) -> anyhow::Result<(f64, f64)> {
    // The builder requests the backend's default precision (TF32 for f32 on NVIDIA).
    let mut b = Builder::new("matmul_floor");
    let mut inputs = Vec::new();
    let mut flops = 0f64;
    for (gi, g) in plan.groups.iter().enumerate() {
        if g.route != Route::Muon || g.ty.rank() != 2 {
            continue;
        }
        let (m, n) = (g.ty.shape[0], g.ty.shape[1]);
        let (r, c, k) = (m.min(n), m.max(n), g.members.len());
        let ty = TensorType::new(dtype, [k, r, c]);
        let mut x = b.parameter(format!("x{gi}"), ty.clone());
        for _ in 0..5 {
            let xt = b.transpose_last2(x)?;
            let a = b.matmul(x, xt)?;
            let aa = b.matmul(a, a)?;
            x = b.matmul(aa, x)?;
        }
        b.output(format!("x{gi}"), x)?;
        inputs.push(ty);
        let (r, c, k) = (r as f64, c as f64, k as f64);
        flops += 5.0 * k * (4.0 * r * r * c + 2.0 * r * r * r);
    }
    if inputs.is_empty() {
        return Ok((0.0, 0.0));
    }
    let graph = b.build()?;
    let exe = client.compile(
        &emit(&graph)?,
        graph.signature(),
        &CompileOptions::default(),
    )?;
    // Small values: five cubic iterations must stay finite.
    let bufs = (inputs.iter().enumerate())
        .map(|(i, ty)| {
            let f32s = random_tensor(
                &TensorType::new(DType::F32, ty.shape.clone()),
                50 + i as u64,
                1e-3,
            )?;
            let t = HostTensor::from_f64(ty.dtype, ty.shape.clone(), &f32s.to_f64())?;
            Ok(client.upload(&t)?)
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let timing = time_calls(1, repeats, || {
        exe.execute(bufs.iter().map(Arg::Keep).collect())?;
        Ok(())
    })?;
    Ok((timing.median(), flops))
}

/// `optax.contrib.muon` under `jax.jit` on the model's parameters, on JAX's default device.
fn optax(cmd: &DeviceCheckCmd, python: &str) -> Json {
    let out = Command::new(python)
        .arg(&cmd.optax_script)
        .args(["--model", &cmd.model.display().to_string()])
        .args(["--repeats", &cmd.repeats.to_string()])
        .output();
    match out {
        Ok(o) if o.status.success() => serde_json::from_slice(&o.stdout)
            .unwrap_or_else(|e| json!({ "error": format!("unreadable output: {e}") })),
        Ok(o) => json!({ "error": String::from_utf8_lossy(&o.stderr).trim().to_string() }),
        Err(e) => json!({ "error": format!("{python}: {e}") }),
    }
}

/// Times every variant both ways against its floor; `optax` when asked.
pub(super) fn measure(
    cmd: &DeviceCheckCmd,
    client: &Client,
    target: &Target,
    work: &Path,
) -> anyhow::Result<Json> {
    let model = ModelDescription::read(&cmd.model)
        .with_context(|| format!("the model to time, {}", cmd.model.display()))?;
    let mut variants = Vec::new();
    for (name, dtype) in VARIANTS {
        let settings = variant_settings(&model, dtype);
        let config = settings.resolve()?;
        let plan = Plan::new(model.specs()?, &config)?;
        let (floor_s, flops) = matmul_floor(client, &plan, dtype, cmd.repeats)?;
        let dir = work.join(format!("model-{name}"));
        let (mut aot, stored) = ahead_of_time(client, target, &model, &settings, &dir)?;
        let aot_s = time_step(client, &mut aot, cmd.repeats)?;
        drop(aot);
        let mut jit = Optimizer::new(client, model.specs()?, config)?;
        let jit_s = time_step(client, &mut jit, cmd.repeats)?;
        let ratio = |t: f64| (floor_s > 0.0).then(|| t / floor_s);
        eprintln!(
            "{} {name}: ahead of time {:.3} ms, JIT {:.3} ms; matmul floor {:.3} ms ({:.1} \
             TFLOP/s): {:.2}x and {:.2}x the floor",
            model.name,
            aot_s * 1e3,
            jit_s * 1e3,
            floor_s * 1e3,
            flops / floor_s.max(f64::MIN_POSITIVE) / 1e12,
            ratio(aot_s).unwrap_or(f64::NAN),
            ratio(jit_s).unwrap_or(f64::NAN)
        );
        variants.push(json!({
            "variant": name,
            "aot_ms": aot_s * 1e3,
            "aot_used_stored_executables": stored,
            "jit_ms": jit_s * 1e3,
            "matmul_floor_ms": floor_s * 1e3,
            "matmul_floor_tflops": flops / floor_s.max(f64::MIN_POSITIVE) / 1e12,
            "aot_over_floor": or_null(ratio(aot_s)),
            "jit_over_floor": or_null(ratio(jit_s)),
        }));
    }
    let optax = cmd.python.as_deref().map(|p| optax(cmd, p));
    Ok(json!({
        "model": model.name,
        "repeats": cmd.repeats,
        "variants": variants,
        "optax": or_null(optax),
    }))
}
