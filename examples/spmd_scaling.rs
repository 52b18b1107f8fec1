//! The Muon step partitioned by XLA over D = 1, 2, 4 CPU devices, in both layouts: what the
//! optimized program says about communication (the collectives the SPMD partitioner inserted and
//! the bytes each produces per device), XLA's cost analysis per device, and the measured step
//! time as a ratio against the single-device `Optimizer` in the same run.
//!
//! `cargo run --release --example spmd_scaling [-- ROWS COLS K STEPS]`
//! (default: one group of 8 matrices of 256×1024 and one of 3 matrices of 512×512, 10 steps).
//!
//! The D devices of a CPU client share this machine's cores: the step times say what the
//! partitioned programs cost here, not what D GPUs would gain.

use std::collections::BTreeMap;
use std::time::Instant;

use muon_xla::config::{OptimizerConfig, Preset};
use muon_xla::graph::ShardingDialect;
use muon_xla::pjrt::{plugin, Client, ClientOptions};
use muon_xla::plan::spmd::SpmdLayout;
use muon_xla::plan::ParamSpec;
use muon_xla::runtime::spmd::{SpmdMuon, SpmdOptions};
use muon_xla::runtime::Optimizer;
use muon_xla::{DType, HostTensor};

fn fill(shape: &[usize], seed: usize, k: f64) -> anyhow::Result<HostTensor> {
    let n: usize = shape.iter().product();
    let v: Vec<f64> = (0..n)
        .map(|i| (((i + seed * 7919) * 2654435761usize % 1000) as f64 / 1000.0 - 0.5) * k)
        .collect();
    Ok(HostTensor::from_f64(DType::F32, shape.to_vec(), &v)?)
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

fn main() -> anyhow::Result<()> {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .map(|a| a.parse())
        .collect::<Result<_, _>>()?;
    let (rows, cols, k, steps) = match args[..] {
        [r, c, k, s] => (r, c, k, s),
        [] => (256, 1024, 8, 10),
        _ => anyhow::bail!("usage: spmd_scaling [ROWS COLS K STEPS]"),
    };
    let plugin = plugin::load_default(plugin::DeviceKind::Cpu, None)?;
    let client = Client::with_options(
        &plugin,
        &ClientOptions {
            cpu_device_count: Some(4),
        },
    )?;
    let mut specs: Vec<ParamSpec> = (0..k)
        .map(|i| ParamSpec::new(format!("a{i}"), DType::F32, [rows, cols]))
        .collect();
    specs.extend((0..3).map(|i| ParamSpec::new(format!("b{i}"), DType::F32, [512, 512])));
    let params: Vec<HostTensor> = specs
        .iter()
        .enumerate()
        .map(|(i, s)| fill(&s.ty.shape, i, 0.2))
        .collect::<anyhow::Result<_>>()?;
    let grads: Vec<HostTensor> = specs
        .iter()
        .enumerate()
        .map(|(i, s)| fill(&s.ty.shape, i + 100, 1.0))
        .collect::<anyhow::Result<_>>()?;
    let mut cfg = OptimizerConfig::preset(Preset::Moonlight);
    cfg.muon.newton_schulz.dtype = DType::F32;
    println!(
        "groups: {k} x {rows}x{cols} and 3 x 512x512 (f32 Newton-Schulz, 5 steps); {} steps; \
         host: {} CPU devices on {} cores",
        steps,
        client.device_count(),
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );

    // The single-device optimizer: the baseline every ratio is taken against.
    let mut single = Optimizer::new(&client, specs.clone(), cfg.clone())?;
    single.set_params(params.clone())?;
    let dev_grads = grads
        .iter()
        .map(|g| client.upload(g))
        .collect::<Result<Vec<_>, _>>()?;
    let refs: Vec<_> = dev_grads.iter().collect();
    single.step_device(&refs, 0.02)?;
    let mut times = Vec::new();
    for _ in 0..steps {
        let t = Instant::now();
        single.step_device(&refs, 0.02)?;
        times.push(t.elapsed().as_secs_f64());
    }
    let base = median(times);
    println!(
        "single-device Optimizer: {:.2} ms/step (ratio 1.00)",
        base * 1e3
    );

    let named: Vec<(String, HostTensor)> = specs
        .iter()
        .zip(&params)
        .map(|(s, p)| (s.name.clone(), p.clone()))
        .collect();
    for layout in [SpmdLayout::WorkSplit, SpmdLayout::ShardedParams] {
        println!("\n== layout {} ==", layout.name());
        for devices in [1, 2, 4] {
            let opts = SpmdOptions {
                devices,
                layout,
                dialect: ShardingDialect::Gspmd,
            };
            let mut opt = SpmdMuon::new(&client, &named, &cfg.muon, opts)?;
            for g in opt.groups() {
                let exe = g.exe.executable();
                let mut by_op: BTreeMap<String, (usize, u64)> = BTreeMap::new();
                for c in exe.collectives()? {
                    let e = by_op.entry(c.opcode).or_default();
                    e.0 += 1;
                    e.1 += c.result_bytes;
                }
                let coll: Vec<String> = by_op
                    .iter()
                    .map(|(op, (n, b))| format!("{n} {op} ({:.2} MB/device)", *b as f64 / 1e6))
                    .collect();
                let cost: BTreeMap<String, f64> = exe
                    .cost_analysis()?
                    .unwrap_or_default()
                    .into_iter()
                    .collect();
                let get = |key: &str| cost.get(key).copied().unwrap_or(f64::NAN);
                println!(
                    "  D={devices} group {}x{:?}: collectives: [{}]; per device: {:.2} GFLOP, \
                     {:.1} MB accessed",
                    g.members.len(),
                    g.ty.shape,
                    if coll.is_empty() {
                        "none".to_string()
                    } else {
                        coll.join(", ")
                    },
                    get("flops") / 1e9,
                    get("bytes accessed") / 1e6
                );
            }
            let dg = opt.upload_grads(&grads)?;
            opt.step_device(&dg, 0.02, 1.0)?;
            let mut times = Vec::new();
            for t in 0..steps {
                let start = Instant::now();
                opt.step_device(&dg, 0.02, (t + 2) as f64)?;
                times.push(start.elapsed().as_secs_f64());
            }
            let m = median(times);
            println!(
                "  D={devices}: {:.2} ms/step, ratio to single-device {:.2}",
                m * 1e3,
                m / base
            );
        }
    }
    Ok(())
}
