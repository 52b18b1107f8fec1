//! Train a small libtorch MLP with the compiled Muon step (`MuonTch`) and, in the same run, the
//! same model from the same initial weights with Keller Jordan's Muon written with libtorch ops
//! (`EagerMuon`). Prints both losses, the parameters' relative difference after 5 steps, and both
//! optimizers' step times.
//!
//! ```text
//! LIBTORCH=$(bash .ci/install-libtorch.sh) OMP_WAIT_POLICY=PASSIVE \
//!     cargo run --release --features tch --example tch_mlp -- [STEPS] [f32|bf16]
//! ```
//! `OMP_WAIT_POLICY=PASSIVE`: libtorch's OpenMP threads otherwise spin after each parallel region
//! and fight XLA's thread pool for the same cores (measured on 2 busy cores: the eager step 7×
//! slower, ours 1.7× slower). It must be set before the process starts (libgomp reads it at load).
//! The task: regress `sin(x · W)` for a fixed random teacher `W` from 64 inputs to 16 outputs.
//! Newton–Schulz runs in f32 by default (the parity check is then to f32 rounding); `bf16` is
//! Keller Jordan's own choice (parity then holds to the bf16 band, ~1e-2).

use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use muon_xla::config::{OptimizerConfig, Preset};
use muon_xla::interop::tch::{EagerMuon, MuonTch};
use muon_xla::pjrt::{plugin, Client};
use muon_xla::DType;
use tch::nn::{self, Module};
use tch::{Device, Kind, Tensor};

fn mlp(vs: &nn::VarStore) -> impl Module {
    let root = vs.root();
    nn::seq()
        .add(nn::linear(&root / "fc1", 64, 512, Default::default()))
        .add_fn(|x| x.tanh())
        .add(nn::linear(&root / "fc2", 512, 512, Default::default()))
        .add_fn(|x| x.tanh())
        .add(nn::linear(&root / "fc3", 512, 16, Default::default()))
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

fn rel_err(a: &Tensor, b: &Tensor) -> Result<f64> {
    let (a, b) = (a.to_kind(Kind::Double), b.to_kind(Kind::Double));
    let diff = (&a - &b).norm().f_double_value(&[])?;
    Ok(diff / b.norm().f_double_value(&[])?)
}

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let steps: usize = args.next().map(|s| s.parse()).transpose()?.unwrap_or(100);
    let (ns_dtype, ns_kind, tol) = match args.next().as_deref() {
        None | Some("f32") => (DType::F32, Kind::Float, 1e-5),
        Some("bf16") => (DType::BF16, Kind::BFloat16, 2e-2),
        Some(other) => bail!("Newton-Schulz dtype must be f32 or bf16, got {other}"),
    };
    if steps < 5 {
        bail!("train at least 5 steps (the parity check is after step 5)");
    }

    if std::env::var_os("OMP_WAIT_POLICY").is_none() {
        eprintln!(
            "note: OMP_WAIT_POLICY is unset: libtorch's spinning OpenMP threads will compete with \
             XLA's; set OMP_WAIT_POLICY=PASSIVE for step times that mean something"
        );
    }
    let plugin = plugin::load_default(plugin::DeviceKind::Cpu, None)?;
    let client = Client::new(&plugin)?;

    tch::manual_seed(0);
    let teacher = Tensor::randn([64, 16], (Kind::Float, Device::Cpu)) * 0.5;
    let batches: Vec<(Tensor, Tensor)> = (0..8)
        .map(|_| {
            let x = Tensor::randn([512, 64], (Kind::Float, Device::Cpu));
            let y = x.matmul(&teacher).sin();
            (x, y)
        })
        .collect();

    let vs = nn::VarStore::new(Device::Cpu);
    let net = mlp(&vs);
    let mut vs_ref = nn::VarStore::new(Device::Cpu);
    let net_ref = mlp(&vs_ref);
    vs_ref.copy(&vs)?;

    let mut config = OptimizerConfig::preset(Preset::KellerJordan);
    config.muon.newton_schulz.dtype = ns_dtype;
    let compile_start = Instant::now();
    let mut ours = MuonTch::from_var_store(&client, &vs, config)?;
    println!(
        "MuonTch: {} parameters in {} compiled groups ({:.2?} to compile or load)",
        ours.optimizer().len(),
        ours.optimizer().num_groups(),
        compile_start.elapsed()
    );
    let names: Vec<String> = (0..ours.optimizer().len())
        .map(|i| ours.optimizer().spec(i).name.clone())
        .collect();
    for (i, name) in names.iter().enumerate() {
        println!(
            "  {name:12} {}  -> {}",
            ours.optimizer().spec(i).ty,
            ours.optimizer().route(i).0
        );
    }
    let ref_vars = vs_ref.variables();
    let ref_params = names
        .iter()
        .map(|n| {
            ref_vars
                .get(n)
                .map(Tensor::shallow_clone)
                .context(n.clone())
        })
        .collect::<Result<Vec<_>>>()?;
    let mut reference = EagerMuon::new(&ref_params, ns_kind)?;

    let lr = 0.02;
    let (mut t_ours, mut t_ref) = (Vec::new(), Vec::new());
    let mut first_loss = None;
    println!("step   loss (MuonTch)   loss (eager libtorch Muon)");
    for step in 1..=steps {
        let (x, y) = &batches[(step - 1) % batches.len()];

        ours.zero_grad();
        let loss = net.forward(x).mse_loss(y, tch::Reduction::Mean);
        loss.backward();
        let start = Instant::now();
        ours.step(lr)?;
        t_ours.push(start.elapsed());

        reference.zero_grad();
        let loss_ref = net_ref.forward(x).mse_loss(y, tch::Reduction::Mean);
        loss_ref.backward();
        let start = Instant::now();
        reference.step(lr)?;
        t_ref.push(start.elapsed());

        let (l, lr_) = (loss.f_double_value(&[])?, loss_ref.f_double_value(&[])?);
        first_loss.get_or_insert(l);
        if step <= 5 || step % 10 == 0 || step == steps {
            println!("{step:4}   {l:14.6}   {lr_:14.6}");
        }
        if step == 5 {
            let ours_vars = vs.variables();
            let mut worst: f64 = 0.0;
            for (name, r) in names.iter().zip(&ref_params) {
                let e = rel_err(&ours_vars[name], r)?;
                worst = worst.max(e);
                println!("       {name:12} relative difference after 5 steps {e:.2e}");
            }
            if worst > tol {
                bail!("MuonTch and the eager reference differ by {worst:e} after 5 steps (limit {tol:e})");
            }
            println!("       parity after 5 steps: worst {worst:.2e} <= {tol:e}");
        }
    }
    let stats = ours.last_transfers();
    println!(
        "memory: {} parameters updated in place, {} copied back; {} gradients read without a copy",
        stats.params_in_place, stats.params_copied, stats.grads_zero_copy
    );
    let (mo, mr) = (median(t_ours), median(t_ref));
    println!(
        "optimizer step time (median of {steps}): MuonTch {mo:.2?}, eager libtorch {mr:.2?} ({:.2}x)",
        mr.as_secs_f64() / mo.as_secs_f64()
    );
    let x_all = Tensor::cat(
        &batches
            .iter()
            .map(|b| b.0.shallow_clone())
            .collect::<Vec<_>>(),
        0,
    );
    let y_all = Tensor::cat(
        &batches
            .iter()
            .map(|b| b.1.shallow_clone())
            .collect::<Vec<_>>(),
        0,
    );
    let final_loss = net
        .forward(&x_all)
        .mse_loss(&y_all, tch::Reduction::Mean)
        .f_double_value(&[])?;
    let first = first_loss.unwrap_or(f64::NAN);
    println!("loss {first:.5} -> {final_loss:.5} over {steps} steps");
    if final_loss.is_nan() || final_loss >= first {
        bail!("the loss did not fall");
    }
    Ok(())
}
