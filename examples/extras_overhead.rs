//! What the optional parts of the step cost: one GPT-2 layer's hidden matrices (f32 Newton–Schulz),
//! the plain step against the step with global-norm clipping (the pre-pass executable plus one
//! scalar input per group), with the non-finite skip, and with the EMA. Ratios from one run.
//!
//! `cargo run --release --example extras_overhead`

use std::time::Instant;

use muon_xla::config::{OptimizerConfig, Preset, StepExtras};
use muon_xla::pjrt::{plugin, Client};
use muon_xla::plan::ParamSpec;
use muon_xla::runtime::Optimizer;
use muon_xla::transforms::clip::GradClip;
use muon_xla::{DType, HostTensor};

fn main() -> anyhow::Result<()> {
    let plugin = plugin::load_default(plugin::DeviceKind::Cpu, None)?;
    let client = Client::new(&plugin)?;
    let specs = vec![
        ParamSpec::new("attn.c_attn", DType::F32, [2304, 768]),
        ParamSpec::new("attn.c_proj", DType::F32, [768, 768]),
        ParamSpec::new("mlp.c_fc", DType::F32, [3072, 768]),
        ParamSpec::new("mlp.c_proj", DType::F32, [768, 3072]),
    ];
    let fill = |s: &ParamSpec, k: f64| {
        let n = s.ty.num_elements();
        let v: Vec<f64> = (0..n)
            .map(|i| ((i * 2654435761usize % 1000) as f64 / 1000.0 - 0.5) * k)
            .collect();
        HostTensor::from_f64(DType::F32, s.ty.shape.clone(), &v)
    };
    let params = specs
        .iter()
        .map(|s| fill(s, 0.02))
        .collect::<Result<Vec<_>, _>>()?;
    let grads = specs
        .iter()
        .map(|s| fill(s, 1.0))
        .collect::<Result<Vec<_>, _>>()?;
    let device_grads = grads
        .iter()
        .map(|g| client.upload(g))
        .collect::<Result<Vec<_>, _>>()?;
    let refs: Vec<_> = device_grads.iter().collect();
    let variants = [
        ("plain step", StepExtras::default()),
        (
            "+ global-norm clip",
            StepExtras {
                clip: Some(GradClip::GlobalNorm(1.0)),
                ..Default::default()
            },
        ),
        (
            "+ non-finite skip",
            StepExtras {
                skip_nonfinite: true,
                ..Default::default()
            },
        ),
        (
            "+ EMA",
            StepExtras {
                ema_momentum: Some(0.999),
                ..Default::default()
            },
        ),
    ];
    let mut base = None;
    println!("{:<22} {:>10} {:>10}", "variant", "median ms", "vs plain");
    for (name, extras) in variants {
        let mut config = OptimizerConfig::preset(Preset::Moonlight);
        config.muon.newton_schulz.dtype = DType::F32;
        config.extras = extras;
        let mut opt = Optimizer::new(&client, specs.clone(), config)?;
        opt.set_params(params.clone())?;
        opt.step_device(&refs, 1e-3)?; // warm-up
        let mut times: Vec<f64> = (0..5)
            .map(|_| {
                let t = Instant::now();
                opt.step_device(&refs, 1e-3)
                    .map(|_| t.elapsed().as_secs_f64() * 1e3)
            })
            .collect::<Result<_, _>>()?;
        times.sort_by(f64::total_cmp);
        let median = times[times.len() / 2];
        let b = *base.get_or_insert(median);
        println!("{name:<22} {median:>10.1} {:>9.3}x", median / b);
    }
    Ok(())
}
