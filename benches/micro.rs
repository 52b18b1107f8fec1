//! Micro-benchmarks of the pieces under one Muon step, each printed with a ratio against a
//! baseline measured in the same run (timings only compare within one run on these machines):
//!
//! - `matmul`: the f32 N×N×N matmul through the plugin, the roofline of the rows below;
//! - `ns`: Newton–Schulz alone on one matrix per GPT-2 shape, plain and Gram, as a share of it;
//! - `step`: one Muon step of a matrix (momentum, Newton–Schulz, scale, update) against its
//!   Newton–Schulz alone: what the elementwise part costs;
//! - `transfer`: host → device → host of 64 MB against a host memcpy of the same bytes;
//! - `safetensors`: a 256 MB file streamed tensor by tensor against the whole-file writer;
//! - `compile`: the cold compile of a step's program against loading it from the disk cache.
//!
//! `cargo bench --bench micro [-- NAME...]` (names pick groups above, e.g. `-- ns step`; `MICRO_REPEATS`
//! sets the timed repeats, default 5). The whole `muon-xla bench` compares full steps with peers.

use std::time::Instant;

use muon_xla::cache::ExecutableCache;
use muon_xla::config::{OptimizerConfig, Preset};
use muon_xla::emit::emit;
use muon_xla::graph::Graph;
use muon_xla::io::tensor_file::TensorFile;
use muon_xla::io::tensor_stream::TensorStreamWriter;
use muon_xla::pjrt::{plugin, Arg, Client, CompileOptions};
use muon_xla::plan::ParamSpec;
use muon_xla::runtime::Optimizer;
use muon_xla::transforms::{orthogonalize, GramNs, NewtonSchulz};
use muon_xla::{Builder, DType, HostTensor, TensorType};

type Res<T> = anyhow::Result<T>;

/// Median, min and max seconds of `repeats` calls after one warm-up call.
fn time(repeats: usize, mut f: impl FnMut() -> Res<()>) -> Res<[f64; 3]> {
    f()?;
    let mut t: Vec<f64> = (0..repeats.max(1))
        .map(|_| {
            let t0 = Instant::now();
            f().map(|_| t0.elapsed().as_secs_f64())
        })
        .collect::<Res<_>>()?;
    t.sort_by(f64::total_cmp);
    Ok([t[t.len() / 2], t[0], t[t.len() - 1]])
}

fn row(name: &str, t: [f64; 3], extra: &str) {
    let ms = |s: f64| s * 1e3;
    println!(
        "{name:<34} {:>9.2} ms  (min {:>8.2}, max {:>8.2})  {extra}",
        ms(t[0]),
        ms(t[1]),
        ms(t[2])
    );
}

/// Deterministic values in [-1, 1).
fn values(ty: &TensorType, seed: u64) -> Res<HostTensor> {
    let v: Vec<f64> = (0..ty.num_elements() as u64)
        .map(|i| {
            let z = (i ^ (seed << 32)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
            (z >> 40) as f64 / (1u64 << 23) as f64 - 1.0
        })
        .collect();
    Ok(HostTensor::from_f64(ty.dtype, ty.shape.clone(), &v)?)
}

fn compile(client: &Client, g: &Graph) -> Res<muon_xla::pjrt::Executable> {
    Ok(client.compile(&emit(g)?, g.signature(), &CompileOptions::default())?)
}

/// Keller Jordan's preset with its Newton–Schulz in f32 (it ships bf16; on CPUs without native
/// bf16 the f32 step is the one to run, as `muon-xla bench` reports).
fn f32_config() -> OptimizerConfig {
    let mut c = OptimizerConfig::preset(Preset::KellerJordan);
    c.muon.newton_schulz.dtype = DType::F32;
    c
}

/// GFLOP/s of the f32 n³ matmul through the plugin.
fn matmul(client: &Client, n: usize, repeats: usize) -> Res<f64> {
    let ty = TensorType::new(DType::F32, [n, n]);
    let mut b = Builder::new("matmul");
    let (x, y) = (b.parameter("x", ty.clone()), b.parameter("y", ty.clone()));
    let z = b.matmul(x, y)?;
    b.output("z", z)?;
    let exe = compile(client, &b.build()?)?;
    let (xb, yb) = (
        client.upload(&values(&ty, 1)?)?,
        client.upload(&values(&ty, 2)?)?,
    );
    let t = time(repeats, || {
        exe.execute(vec![Arg::Keep(&xb), Arg::Keep(&yb)])?;
        Ok(())
    })?;
    let gflops = 2.0 * (n as f64).powi(3) / t[0] / 1e9;
    row(
        &format!("matmul {n}³ f32"),
        t,
        &format!("{gflops:.0} GFLOP/s"),
    );
    Ok(gflops)
}

fn ns_time(client: &Client, shape: [usize; 2], ns: &NewtonSchulz, reps: usize) -> Res<[f64; 3]> {
    let ty = TensorType::new(DType::F32, [1, shape[0], shape[1]]);
    let mut b = Builder::new("ns_only");
    let x = b.parameter("x", ty.clone());
    let y = orthogonalize(&mut b, x, ns)?;
    b.output("y", y)?;
    let exe = compile(client, &b.build()?)?;
    let xb = client.upload(&values(&ty, 3)?)?;
    time(reps, || {
        exe.execute(vec![Arg::Keep(&xb)])?;
        Ok(())
    })
}

fn ns_rows(client: &Client, roof: f64, reps: usize) -> Res<()> {
    let plain = f32_config().muon.newton_schulz;
    let gram = NewtonSchulz {
        gram: Some(GramNs::default()),
        ..plain.clone()
    };
    for shape in [[768, 768], [768, 3072], [3072, 768], [2304, 768]] {
        let flops = plain.flops(shape[0], shape[1]) as f64;
        for (label, ns) in [("plain", &plain), ("gram", &gram)] {
            if label == "gram" && !ns.uses_gram(shape[0], shape[1]) {
                continue;
            }
            let t = ns_time(client, shape, ns, reps)?;
            let g = flops / t[0] / 1e9;
            let extra = format!("{g:.0} GFLOP/s, {:.0}% of the roofline", 100.0 * g / roof);
            row(&format!("ns {}x{} {label}", shape[0], shape[1]), t, &extra);
        }
    }
    Ok(())
}

fn step_rows(client: &Client, reps: usize) -> Res<()> {
    let config = f32_config();
    for shape in [[768, 3072], [3072, 768]] {
        let spec = ParamSpec::new("h.0.w", DType::F32, shape.to_vec());
        let mut opt = Optimizer::new(client, vec![spec.clone()], config.clone())?;
        opt.set_params(vec![values(&spec.ty, 4)?])?;
        let g = client.upload(&values(&spec.ty, 5)?)?;
        let t = time(reps, || {
            opt.step_device(&[&g], 0.02)?;
            Ok(())
        })?;
        let ns = ns_time(client, shape, &config.muon.newton_schulz, reps)?;
        let extra = format!(
            "{:.2}× its Newton–Schulz alone ({:.2} ms, timed right after)",
            t[0] / ns[0],
            ns[0] * 1e3
        );
        row(&format!("step {}x{}", shape[0], shape[1]), t, &extra);
    }
    Ok(())
}

fn transfer_rows(client: &Client, reps: usize) -> Res<()> {
    let ty = TensorType::new(DType::F32, [16 << 20]);
    let host = values(&ty, 6)?;
    let copy = time(reps, || {
        std::hint::black_box(host.bytes().to_vec());
        Ok(())
    })?;
    row("memcpy 64 MB into a new buffer", copy, "(baseline)");
    let t = time(reps, || {
        client.upload(&host)?.to_host()?;
        Ok(())
    })?;
    let gbs = 2.0 * 64.0 / 1024.0 / t[0];
    let extra = format!("{gbs:.1} GB/s both ways, {:.2}× memcpy", t[0] / copy[0]);
    row("upload + download 64 MB", t, &extra);
    Ok(())
}

fn safetensors_rows(reps: usize) -> Res<()> {
    let dir = std::env::temp_dir().join(format!("muon-xla-micro-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let mut file = TensorFile::default();
    for i in 0..16 {
        let ty = TensorType::new(DType::F32, [1024, 4096]);
        file.tensors.insert(format!("w{i:02}"), values(&ty, i)?);
    }
    let whole = time(reps, || {
        let bytes = file.to_bytes()?;
        Ok(muon_xla::io::atomic::write_file_atomic(
            &dir.join("whole.safetensors"),
            &[&bytes],
        )?)
    })?;
    row("safetensors 256 MB, whole file", whole, "(baseline)");
    let streamed = time(reps, || {
        let path = dir.join("streamed.safetensors");
        let w = TensorStreamWriter::create_atomic(&path, file.layout(), &file.metadata)?;
        Ok(w.write_all(&file.tensors)?)
    })?;
    row(
        "safetensors 256 MB, streamed",
        streamed,
        &format!("{:.2}× whole", streamed[0] / whole[0]),
    );
    let read = time(reps, || {
        TensorFile::read(&dir.join("streamed.safetensors"))?;
        Ok(())
    })?;
    row(
        "safetensors 256 MB, read",
        read,
        &format!("{:.2}× writing it whole", read[0] / whole[0]),
    );
    std::fs::remove_dir_all(&dir)?;
    Ok(())
}

fn compile_rows(client: &Client) -> Res<()> {
    let dir = std::env::temp_dir().join(format!("muon-xla-micro-cache-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let specs = vec![ParamSpec::new("h.0.w", DType::F32, vec![768, 3072])];
    let config = f32_config();
    let load = || -> Res<()> {
        let cache = ExecutableCache::with_dir(&dir);
        Optimizer::with_cache(client, specs.clone(), config.clone(), &cache)?;
        Ok(())
    };
    let t0 = Instant::now();
    load()?;
    let cold = t0.elapsed().as_secs_f64();
    row("compile 768x3072 step, cold", [cold; 3], "(baseline)");
    let t = time(3, load)?;
    row(
        "compile 768x3072 step, disk cache",
        t,
        &format!("{:.3}× cold", t[0] / cold),
    );
    std::fs::remove_dir_all(&dir)?;
    Ok(())
}

fn main() -> Res<()> {
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let on = |name: &str| filters.is_empty() || filters.iter().any(|f| f == name);
    let reps = std::env::var("MICRO_REPEATS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    let plugin = plugin::load_default(plugin::DeviceKind::Cpu, None)?;
    let client = Client::new(&plugin)?;
    // The roofline of the rows below: the better of the matmul before and after them (these VMs
    // drift within a run).
    let roof = matmul(&client, 2048, reps)?;
    if on("ns") {
        ns_rows(&client, roof, reps)?;
    }
    if on("step") {
        step_rows(&client, reps)?;
    }
    if on("transfer") {
        transfer_rows(&client, reps)?;
    }
    if on("safetensors") {
        safetensors_rows(reps)?;
    }
    if on("compile") {
        compile_rows(&client)?;
    }
    let end = matmul(&client, 2048, reps)?;
    if end > roof * 1.1 || end < roof / 1.1 {
        println!("note: the roofline moved from {roof:.0} to {end:.0} GFLOP/s during this run");
    }
    Ok(())
}
