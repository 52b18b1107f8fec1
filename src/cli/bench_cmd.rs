//! `muon-xla bench`: our Muon step against every peer, on the same matrices, in one run.
//!
//! Per case (a list of weight matrices) and per variant (preset × Newton–Schulz dtype) it times
//! [`Optimizer::step_device`] (gradients already on the device, so no host transfer is timed) and
//! [`Optimizer::step`] (host gradients: finiteness check, upload, step), and reports the analytic
//! Newton–Schulz FLOPs, GFLOP/s, the fraction of the f32 matmul roofline measured in the same run
//! through the same plugin, the cold compile of all groups, the warm start from the disk cache and
//! the peak RSS. With `--peers` it runs `bench/peers.py` once per peer (a subprocess, JSON on
//! stdout) on the same shapes, and prints each peer's step and our speedup over it.
//!
//! Shapes are `(rows, cols) = (out_features, in_features)`, `torch.nn.Linear`'s layout; a GPT-2
//! layer of width `d` has `(3d, d)`, `(d, d)`, `(4d, d)` and `(d, 4d)`. The transposed (in, out)
//! layout costs the same: Newton–Schulz transposes tall matrices so that its Gram matrix is
//! `min(rows, cols)²`.
//!
//! The machine is measured, not assumed: `/proc/stat` is sampled around every timed loop and the
//! share of the CPUs used by *other* processes meanwhile is reported ("busy"), because absolute
//! times on a shared machine mean little without it.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use anyhow::{bail, Context as _};
use clap::{Args, ValueEnum};
use muon_xla::cache::ExecutableCache;
use muon_xla::emit::emit;
use muon_xla::graph::{Builder, DType, TensorType};
use muon_xla::optim::{orthogonalize, OptimizerConfig, Preset, Route};
use muon_xla::optimizer::{Optimizer, ParamSpec, Plan};
use muon_xla::pjrt::{Arg, Buffer, Client, CompileOptions, Executable, OptionValue};
use muon_xla::HostTensor;
use serde_json::{json, Value as Json};

use super::PluginOpts;

/// Which matrices to time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BenchSet {
    /// One GPT-2 small layer's four hidden matrices.
    Quick,
    /// GPT-2 small's 48 hidden matrices (12 layers).
    Gpt2,
    /// 1 layer (`--layers`) at the GPT-2 S/M/L/XL widths (768, 1024, 1280, 1600; `--widths`).
    Width,
}

/// Arguments of `muon-xla bench`.
#[derive(Debug, Args)]
pub struct BenchCmd {
    /// Which matrices: quick (1 GPT-2 layer), gpt2 (12 layers), width (GPT-2 S/M/L/XL widths).
    #[arg(long, value_enum, default_value_t = BenchSet::Quick)]
    pub set: BenchSet,
    /// Presets to time (repeatable; default keller-jordan).
    #[arg(long = "preset", value_name = "NAME", value_parser = parse_preset)]
    pub presets: Vec<Preset>,
    /// Newton–Schulz dtypes to time (repeatable); default: f32, plus the preset's own dtype when
    /// that is bf16.
    #[arg(long = "ns-dtype", value_name = "f32|bf16", value_parser = parse_dtype)]
    pub ns_dtypes: Vec<DType>,
    /// Timed steps per measurement (median, min and max are reported).
    #[arg(long, default_value_t = 5)]
    pub repeats: usize,
    /// Untimed steps before the timed ones.
    #[arg(long, default_value_t = 1)]
    pub warmup: usize,
    /// Layers per case (default: quick 1, gpt2 12, width 1).
    #[arg(long)]
    pub layers: Option<usize>,
    /// Widths of the width set (comma-separated).
    #[arg(long, value_delimiter = ',', default_value = "768,1024,1280,1600")]
    pub widths: Vec<usize>,
    /// Also time the peers (bench/peers.py: optax, torch.optim.Muon, Keller's package, an f32
    /// PyTorch port, the MKL and JAX matmul rooflines).
    #[arg(long)]
    pub peers: bool,
    /// Only these peers (repeatable): optax, torch, keller, torch-f32-addmm, torch-matmul,
    /// jax-matmul.
    #[arg(long = "peer", value_name = "NAME")]
    pub peer_names: Vec<String>,
    /// A peer whose full case would take longer than this many seconds of steps is timed per
    /// distinct shape and summed (marked "extrapolated"); eager PyTorch updates its matrices one
    /// after the other, so the sum is its step time.
    #[arg(long, default_value_t = 240.0)]
    pub peer_budget_s: f64,
    /// The peer script (default: bench/peers.py of this source tree).
    #[arg(long, value_name = "FILE")]
    pub peers_script: Option<PathBuf>,
    /// The Python interpreter for the peers.
    #[arg(long, default_value = "python3")]
    pub python: String,
    /// Threads the peers may use (torch.set_num_threads, OMP/MKL); default: all cores.
    #[arg(long)]
    pub threads: Option<usize>,
    /// Skip the host-gradient path (step with gradients uploaded each time).
    #[arg(long)]
    pub skip_host: bool,
    /// Also time each f32 variant with the opt-in Gram Newton–Schulz for rectangular matrices.
    #[arg(long)]
    pub gram: bool,
    /// Also time every shape group alone and its Newton–Schulz alone (first variant).
    #[arg(long)]
    pub breakdown: bool,
    /// Side of the square f32 matmul that measures the roofline.
    #[arg(long, default_value_t = 2048)]
    pub roofline_size: usize,
    /// XLA option override `NAME=VALUE` for the roofline and breakdown programs (repeatable).
    #[arg(long = "xla-option", value_name = "NAME=VALUE")]
    pub xla_options: Vec<String>,
    /// Before each timed measurement, wait up to this many seconds for other processes to use
    /// less than 15% of the CPUs (over 2 s windows); 0 disables. For shared machines.
    #[arg(long, default_value_t = 0.0, value_name = "SECONDS")]
    pub quiet_wait: f64,
    /// Print one JSON object with everything on stdout (the tables go to stderr).
    #[arg(long)]
    pub json: bool,
    /// Write one CSV row per (case, system) to FILE.
    #[arg(long, value_name = "FILE")]
    pub csv: Option<PathBuf>,
    #[command(flatten)]
    pub plugin: PluginOpts,
}

fn parse_preset(s: &str) -> Result<Preset, String> {
    s.parse().map_err(|e: muon_xla::Error| e.to_string())
}

fn parse_dtype(s: &str) -> Result<DType, String> {
    match s {
        "f32" => Ok(DType::F32),
        "bf16" => Ok(DType::BF16),
        "f16" => Ok(DType::F16),
        "f64" => Ok(DType::F64),
        _ => Err(format!("unknown dtype `{s}`: f32, bf16, f16 or f64")),
    }
}

const ALL_PEERS: [&str; 6] = [
    "optax",
    "torch",
    "keller",
    "torch-f32-addmm",
    "torch-matmul",
    "jax-matmul",
];
/// Peers that time a matmul, not an optimizer step.
const ROOFLINE_PEERS: [&str; 2] = ["torch-matmul", "jax-matmul"];

// ---------------------------------------------------------------------------------------------
// Cases

/// One list of weight matrices, timed by every system.
#[derive(Debug, Clone)]
struct Case {
    name: String,
    width: usize,
    layers: usize,
    /// `(name, rows, cols)`.
    matrices: Vec<(String, usize, usize)>,
}

impl Case {
    fn gpt2(name: String, width: usize, layers: usize) -> Case {
        let d = width;
        let mut matrices = Vec::new();
        for l in 0..layers {
            for (part, rows, cols) in [
                ("attn.c_attn", 3 * d, d),
                ("attn.c_proj", d, d),
                ("mlp.c_fc", 4 * d, d),
                ("mlp.c_proj", d, 4 * d),
            ] {
                matrices.push((format!("h.{l}.{part}.weight"), rows, cols));
            }
        }
        Case {
            name,
            width,
            layers,
            matrices,
        }
    }

    fn params(&self) -> u64 {
        self.matrices.iter().map(|(_, r, c)| (r * c) as u64).sum()
    }

    fn specs(&self) -> Vec<ParamSpec> {
        self.matrices
            .iter()
            .map(|(n, r, c)| ParamSpec::new(n.clone(), DType::F32, [*r, *c]))
            .collect()
    }

    /// Distinct shapes with their counts, in first-seen order.
    fn shape_counts(&self) -> Vec<([usize; 2], usize)> {
        let mut out: Vec<([usize; 2], usize)> = Vec::new();
        for (_, r, c) in &self.matrices {
            match out.iter_mut().find(|(s, _)| *s == [*r, *c]) {
                Some((_, n)) => *n += 1,
                None => out.push(([*r, *c], 1)),
            }
        }
        out
    }

    /// Newton–Schulz FLOPs of one step (5 iterations of `4m²n + 2m³`).
    fn ns_flops(&self, config: &OptimizerConfig) -> u64 {
        let ns = &config.muon.newton_schulz;
        self.matrices.iter().map(|(_, r, c)| ns.flops(*r, *c)).sum()
    }
}

fn cases(cmd: &BenchCmd) -> anyhow::Result<Vec<Case>> {
    let layers = |default: usize| cmd.layers.unwrap_or(default);
    if cmd.layers == Some(0) {
        bail!("--layers must be at least 1");
    }
    Ok(match cmd.set {
        BenchSet::Quick => vec![Case::gpt2("quick".into(), 768, layers(1))],
        BenchSet::Gpt2 => vec![Case::gpt2("gpt2".into(), 768, layers(12))],
        BenchSet::Width => {
            if cmd.widths.is_empty() || cmd.widths.contains(&0) {
                bail!("--widths must list positive widths");
            }
            cmd.widths
                .iter()
                .map(|&w| Case::gpt2(format!("width{w}"), w, layers(1)))
                .collect()
        }
    })
}

// ---------------------------------------------------------------------------------------------
// Measurement helpers

/// Times `f`: `warmup` untimed calls, then `repeats` timed ones; also the CPU share other
/// processes used meanwhile.
fn time_calls(
    warmup: usize,
    repeats: usize,
    mut f: impl FnMut() -> anyhow::Result<()>,
) -> anyhow::Result<Timing> {
    for _ in 0..warmup {
        f()?;
    }
    let before = CpuSample::now();
    let mut times = Vec::with_capacity(repeats);
    for _ in 0..repeats.max(1) {
        let t0 = Instant::now();
        f()?;
        times.push(t0.elapsed().as_secs_f64());
    }
    let busy = before.and_then(|b| CpuSample::now().map(|a| a.foreign_since(&b)));
    Ok(Timing { times, busy })
}

/// Step times of one system.
#[derive(Debug, Clone, Default)]
struct Timing {
    times: Vec<f64>,
    /// Share of all CPUs used by other processes during the timed calls.
    busy: Option<f64>,
}

impl Timing {
    fn sorted(&self) -> Vec<f64> {
        let mut v = self.times.clone();
        v.sort_by(f64::total_cmp);
        v
    }
    fn median(&self) -> f64 {
        let v = self.sorted();
        if v.is_empty() {
            return f64::NAN;
        }
        let n = v.len();
        if n % 2 == 1 {
            v[n / 2]
        } else {
            0.5 * (v[n / 2 - 1] + v[n / 2])
        }
    }
    fn min(&self) -> f64 {
        self.sorted().first().copied().unwrap_or(f64::NAN)
    }
    fn max(&self) -> f64 {
        self.sorted().last().copied().unwrap_or(f64::NAN)
    }
    fn json(&self) -> Json {
        json!({
            "times_s": self.times,
            "median_s": finite(self.median()),
            "min_s": finite(self.min()),
            "max_s": finite(self.max()),
            "busy_other_frac": self.busy,
        })
    }
}

fn finite(v: f64) -> Json {
    if v.is_finite() {
        json!(v)
    } else {
        Json::Null
    }
}

/// Aggregate CPU time from `/proc/stat` and this process's own (and its waited children's) CPU
/// time, in clock ticks.
#[derive(Debug, Clone, Copy)]
struct CpuSample {
    busy: u64,
    all: u64,
    own: u64,
}

impl CpuSample {
    fn now() -> Option<CpuSample> {
        let stat = std::fs::read_to_string("/proc/stat").ok()?;
        let line = stat.lines().next()?;
        let v: Vec<u64> = line
            .split_whitespace()
            .skip(1)
            .filter_map(|x| x.parse().ok())
            .collect();
        if v.len() < 5 {
            return None;
        }
        // user nice system idle iowait irq softirq steal (guest time is already in user).
        let all: u64 = v.iter().take(8).sum();
        let busy = all - v[3] - v[4];
        let own_stat = std::fs::read_to_string("/proc/self/stat").ok()?;
        let after = own_stat.rsplit_once(')')?.1;
        let f: Vec<&str> = after.split_whitespace().collect();
        // After the command name: state ppid pgrp session tty_nr tpgid flags minflt cminflt
        // majflt cmajflt utime stime cutime cstime (tpgid may be -1: index, do not filter).
        let tick = |i: usize| f.get(i).and_then(|v| v.parse::<u64>().ok());
        let own = tick(11)? + tick(12)? + tick(13)? + tick(14)?;
        Some(CpuSample { busy, all, own })
    }

    fn foreign_since(&self, before: &CpuSample) -> f64 {
        let all = self.all.saturating_sub(before.all);
        if all == 0 {
            return 0.0;
        }
        let busy = self.busy.saturating_sub(before.busy);
        let own = self.own.saturating_sub(before.own);
        (busy.saturating_sub(own) as f64 / all as f64).clamp(0.0, 1.0)
    }
}

/// Waits (up to `max_s`) until other processes use less than 15% of the CPUs over a 2 s window.
fn wait_quiet(max_s: f64, what: &str) {
    if max_s <= 0.0 {
        return;
    }
    let start = Instant::now();
    let mut last = None;
    while start.elapsed().as_secs_f64() < max_s {
        let Some(a) = CpuSample::now() else { return };
        std::thread::sleep(std::time::Duration::from_secs(2));
        let Some(b) = CpuSample::now() else { return };
        let busy = b.foreign_since(&a);
        last = Some(busy);
        if busy < 0.15 {
            if start.elapsed().as_secs_f64() > 2.5 {
                eprintln!(
                    "  waited {:.0} s for a quiet machine before {what}",
                    start.elapsed().as_secs_f64()
                );
            }
            return;
        }
    }
    eprintln!(
        "  the machine stayed busy ({}) for {max_s:.0} s; timing {what} anyway",
        pct(last)
    );
}

/// Resets the peak-RSS counter of this process (Linux `clear_refs` 5); false when unsupported.
fn reset_peak_rss() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// `VmHWM` of this process in bytes.
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

fn loadavg() -> Option<String> {
    let s = std::fs::read_to_string("/proc/loadavg").ok()?;
    Some(s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
}

/// The CPU model and the instruction-set flags that decide matmul speed.
fn machine() -> Json {
    let info = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let field = |name: &str| {
        info.lines()
            .find(|l| l.split(':').next().map(str::trim) == Some(name))
            .and_then(|l| l.split_once(':'))
            .map(|(_, v)| v.trim().to_string())
    };
    let flags: Vec<String> = field("flags")
        .unwrap_or_default()
        .split_whitespace()
        .map(String::from)
        .collect();
    let interesting = [
        "avx2",
        "fma",
        "avx512f",
        "avx512bw",
        "avx512_vnni",
        "avx512_bf16",
        "amx_bf16",
        "amx_tile",
    ];
    let present: BTreeMap<&str, bool> = interesting
        .iter()
        .map(|f| (*f, flags.iter().any(|x| x == f)))
        .collect();
    let mem = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| {
            m.lines()
                .find(|l| l.starts_with("MemTotal:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<u64>().ok())
        })
        .map(|kb| kb * 1024);
    json!({
        "cpu_model": field("model name"),
        "cores": std::thread::available_parallelism().map(|n| n.get()).ok(),
        "flags": present,
        "memory_bytes": mem,
        "os": std::env::consts::OS,
        "arch": std::env::consts::ARCH,
    })
}

/// Deterministic pseudo-normal values (splitmix64 + Box–Muller), scaled by `scale`.
fn random_tensor(ty: &TensorType, seed: u64, scale: f32) -> anyhow::Result<HostTensor> {
    let n = ty.num_elements();
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03;
    let mut next = || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        ((z >> 40) as f32 + 0.5) / (1u64 << 24) as f32
    };
    let mut v = Vec::with_capacity(n);
    while v.len() < n {
        let (u1, u2) = (next(), next());
        let r = (-2.0 * u1.ln()).sqrt() * scale;
        let t = std::f32::consts::TAU * u2;
        v.push(r * t.cos());
        if v.len() < n {
            v.push(r * t.sin());
        }
    }
    Ok(HostTensor::from_f32(ty.shape.clone(), &v)?)
}

fn parse_xla_options(raw: &[String]) -> anyhow::Result<CompileOptions> {
    let mut opts = CompileOptions::default();
    for item in raw {
        let Some((name, value)) = item.split_once('=') else {
            bail!("--xla-option wants NAME=VALUE, got `{item}`");
        };
        let value = match value {
            "true" => OptionValue::Bool(true),
            "false" => OptionValue::Bool(false),
            v => match (v.parse::<i64>(), v.parse::<f64>()) {
                (Ok(i), _) => OptionValue::Int(i),
                (_, Ok(d)) => OptionValue::Double(d),
                _ => OptionValue::String(v.to_string()),
            },
        };
        opts.env_option_overrides.push((name.to_string(), value));
    }
    Ok(opts)
}

// ---------------------------------------------------------------------------------------------
// Our measurements

/// The XLA f32 matmul roofline through our plugin: `size³` `dot` built with our own builder.
fn xla_roofline(
    client: &Client,
    size: usize,
    repeats: usize,
    options: &CompileOptions,
    quiet_wait: f64,
) -> anyhow::Result<(Timing, f64)> {
    let ty = TensorType::new(DType::F32, [size, size]);
    let mut b = Builder::new("roofline_matmul");
    let x = b.parameter("x", ty.clone());
    let y = b.parameter("y", ty.clone());
    let z = b.matmul(x, y)?;
    b.output("z", z)?;
    let graph = b.build()?;
    let exe = client.compile(&emit(&graph)?, graph.signature(), options)?;
    let xb = client.upload(&random_tensor(&ty, 1, 1.0)?)?;
    let yb = client.upload(&random_tensor(&ty, 2, 1.0)?)?;
    wait_quiet(quiet_wait, "the roofline");
    let timing = time_calls(2, repeats.max(5), || {
        exe.execute(vec![Arg::Keep(&xb), Arg::Keep(&yb)])?;
        Ok(())
    })?;
    let flops = 2.0 * (size as f64).powi(3);
    Ok((timing, flops))
}

/// One of our configurations.
#[derive(Debug, Clone)]
struct Variant {
    preset: Preset,
    dtype: DType,
    config: OptimizerConfig,
}

impl Variant {
    fn label(&self) -> String {
        let gram = if self.config.muon.newton_schulz.gram.is_some() {
            " gram"
        } else {
            ""
        };
        format!("muon-xla {} {}{gram}", self.preset, self.dtype)
    }
}

fn variants(cmd: &BenchCmd) -> Vec<Variant> {
    let presets = if cmd.presets.is_empty() {
        vec![Preset::KellerJordan]
    } else {
        cmd.presets.clone()
    };
    let mut out = Vec::new();
    for preset in presets {
        let base = OptimizerConfig::preset(preset);
        let dtypes = if cmd.ns_dtypes.is_empty() {
            let native = base.muon.newton_schulz.dtype;
            if native == DType::F32 {
                vec![DType::F32]
            } else {
                vec![DType::F32, native]
            }
        } else {
            cmd.ns_dtypes.clone()
        };
        for dtype in dtypes {
            let mut config = base.clone();
            config.muon.newton_schulz.dtype = dtype;
            let gram = (cmd.gram && dtype == DType::F32).then(|| {
                let mut g = config.clone();
                g.muon.newton_schulz.gram = Some(muon_xla::optim::newton_schulz::GramNs::default());
                g
            });
            out.push(Variant {
                preset,
                dtype,
                config,
            });
            if let Some(config) = gram {
                out.push(Variant {
                    preset,
                    dtype,
                    config,
                });
            }
        }
    }
    out
}

/// What we measured for one variant on one case.
struct OursResult {
    variant: Variant,
    groups: usize,
    cold_compile_s: f64,
    warm_start_s: f64,
    device: Timing,
    host: Option<Timing>,
    peak_rss: Option<u64>,
}

/// A scratch directory removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new(tag: &str) -> anyhow::Result<Scratch> {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let dir =
            std::env::temp_dir().join(format!("muon-xla-bench-{}-{tag}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("creating the scratch directory {}", dir.display()))?;
        Ok(Scratch(dir))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn run_ours(
    cmd: &BenchCmd,
    client: &Client,
    case: &Case,
    variant: &Variant,
) -> anyhow::Result<OursResult> {
    let rss_reset = reset_peak_rss();
    let specs = case.specs();
    // Cold: an empty disk cache of our own (the user's cache is never read or written).
    let scratch = Scratch::new("cache")?;
    let cold_cache = ExecutableCache::with_dir(&scratch.0);
    let t0 = Instant::now();
    let cold = Optimizer::with_cache(client, specs.clone(), variant.config.clone(), &cold_cache)?;
    let cold_compile_s = t0.elapsed().as_secs_f64();
    let groups = cold.num_groups();
    drop(cold);
    drop(cold_cache);
    // Warm: a new process would find every executable on disk.
    let warm_cache = ExecutableCache::with_dir(&scratch.0);
    let t0 = Instant::now();
    let mut opt =
        Optimizer::with_cache(client, specs.clone(), variant.config.clone(), &warm_cache)?;
    let warm_start_s = t0.elapsed().as_secs_f64();
    let stats = warm_cache.stats();
    eprintln!(
        "  {}: {groups} groups, cold compile {:.2} s, warm start {:.3} s ({stats:?})",
        variant.label(),
        cold_compile_s,
        warm_start_s
    );

    let params = specs
        .iter()
        .enumerate()
        .map(|(i, s)| random_tensor(&s.ty, 1000 + i as u64, 0.02))
        .collect::<anyhow::Result<Vec<_>>>()?;
    opt.set_params(params)?;
    let host_grads = specs
        .iter()
        .enumerate()
        .map(|(i, s)| random_tensor(&s.ty, 2000 + i as u64, 1.0))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let device_grads = host_grads
        .iter()
        .map(|g| client.upload(g))
        .collect::<muon_xla::Result<Vec<Buffer>>>()?;
    let grad_refs: Vec<&Buffer> = device_grads.iter().collect();
    let lr = variant.config.lr.unwrap_or(0.02);

    wait_quiet(cmd.quiet_wait, &variant.label());
    let device = time_calls(cmd.warmup, cmd.repeats, || {
        opt.step_device(&grad_refs, lr)?;
        Ok(())
    })?;
    eprintln!(
        "  {} step (device gradients): median {}",
        variant.label(),
        secs(device.median())
    );
    let host = if cmd.skip_host {
        None
    } else {
        wait_quiet(cmd.quiet_wait, "the host-gradient path");
        let t = time_calls(0, cmd.repeats, || {
            opt.step(&host_grads, lr)?;
            Ok(())
        })?;
        eprintln!(
            "  {} step (host gradients): median {}",
            variant.label(),
            secs(t.median())
        );
        Some(t)
    };
    // A NaN would mean the step is not doing what it should; the timing would still be real.
    let p0 = opt.params()?.swap_remove(0);
    if p0.to_f32().iter().any(|v| !v.is_finite()) {
        eprintln!(
            "  warning: {} produced non-finite parameters",
            variant.label()
        );
    }
    Ok(OursResult {
        variant: variant.clone(),
        groups,
        cold_compile_s,
        warm_start_s,
        device,
        host,
        peak_rss: if rss_reset { peak_rss() } else { None },
    })
}

/// One shape group timed alone, and its Newton–Schulz alone.
struct GroupBreakdown {
    name: String,
    shape: [usize; 2],
    members: usize,
    flops: u64,
    group: Timing,
    ns_only: Timing,
}

fn run_breakdown(
    cmd: &BenchCmd,
    client: &Client,
    case: &Case,
    variant: &Variant,
    options: &CompileOptions,
) -> anyhow::Result<Vec<GroupBreakdown>> {
    let config = &variant.config;
    let plan = Plan::new(case.specs(), config)?;
    let mut out = Vec::new();
    for g in &plan.groups {
        if g.route != Route::Muon || g.ty.rank() != 2 {
            continue;
        }
        let (rows, cols) = (g.ty.shape[0], g.ty.shape[1]);
        let k = g.members.len();
        let exe = client.compile(&emit(&g.graph)?, g.graph.signature(), options)?;
        let state_ty = TensorType::new(config.muon.buffer_dtype, g.ty.shape.clone());
        let mut params = (0..k)
            .map(|i| {
                client
                    .upload(&random_tensor(&g.ty, 10 + i as u64, 0.02)?)
                    .map_err(Into::into)
            })
            .collect::<anyhow::Result<Vec<Buffer>>>()?;
        let grads = (0..k)
            .map(|i| {
                client
                    .upload(&random_tensor(&g.ty, 50 + i as u64, 1.0)?)
                    .map_err(Into::into)
            })
            .collect::<anyhow::Result<Vec<Buffer>>>()?;
        let mut moms = (0..k)
            .map(|_| client.upload(&HostTensor::zeros(state_ty.clone())))
            .collect::<muon_xla::Result<Vec<Buffer>>>()?;
        let lr = client.upload(&HostTensor::scalar(DType::F32, 0.02))?;
        let t = client.upload(&HostTensor::scalar(DType::F32, 1.0))?;
        wait_quiet(cmd.quiet_wait, g.graph.name());
        let group = time_calls(cmd.warmup, cmd.repeats, || {
            let mut args: Vec<Arg<'_>> = params.drain(..).map(Arg::Donate).collect();
            args.extend(grads.iter().map(Arg::Keep));
            args.extend(moms.drain(..).map(Arg::Donate));
            args.extend([Arg::Keep(&lr), Arg::Keep(&t)]);
            let mut outs = exe.execute(args)?;
            moms = outs.split_off(k);
            params = outs;
            Ok(())
        })?;

        let ns_exe = ns_only_program(client, [k, rows, cols], config, options)?;
        let x = client.upload(&random_tensor(
            &TensorType::new(DType::F32, [k, rows, cols]),
            7,
            1.0,
        )?)?;
        wait_quiet(cmd.quiet_wait, "Newton–Schulz alone");
        let ns_only = time_calls(cmd.warmup, cmd.repeats, || {
            ns_exe.execute(vec![Arg::Keep(&x)])?;
            Ok(())
        })?;
        out.push(GroupBreakdown {
            name: g.graph.name().to_string(),
            shape: [rows, cols],
            members: k,
            flops: k as u64 * config.muon.newton_schulz.flops(rows, cols),
            group,
            ns_only,
        });
    }
    Ok(out)
}

/// `orthogonalize` alone on an f32 `[k, rows, cols]` input.
fn ns_only_program(
    client: &Client,
    shape: [usize; 3],
    config: &OptimizerConfig,
    options: &CompileOptions,
) -> anyhow::Result<Executable> {
    let mut b = Builder::new("newton_schulz_only");
    let x = b.parameter("x", TensorType::new(DType::F32, shape));
    let y = orthogonalize(&mut b, x, &config.muon.newton_schulz)?;
    b.output("y", y)?;
    let graph = b.build()?;
    Ok(client.compile(&emit(&graph)?, graph.signature(), options)?)
}

// ---------------------------------------------------------------------------------------------
// Peers

/// One peer's answer, parsed.
#[derive(Debug, Clone)]
struct PeerResult {
    peer: String,
    system: String,
    dtype: String,
    status: String,
    reason: Option<String>,
    raw: Json,
}

impl PeerResult {
    fn missing(peer: &str, status: &str, reason: String) -> PeerResult {
        PeerResult {
            peer: peer.to_string(),
            system: peer.to_string(),
            dtype: String::new(),
            status: status.to_string(),
            reason: Some(reason.clone()),
            raw: json!({"peer": peer, "status": status, "reason": reason}),
        }
    }

    fn case(&self, name: &str) -> Option<&Json> {
        self.raw["cases"]
            .as_array()?
            .iter()
            .find(|c| c["name"] == name)
    }

    fn timing(&self, name: &str) -> Option<Timing> {
        let c = self.case(name)?;
        let times: Vec<f64> = c["times_s"]
            .as_array()?
            .iter()
            .filter_map(Json::as_f64)
            .collect();
        if times.is_empty() {
            return None;
        }
        Some(Timing {
            times,
            busy: c["busy_other_frac"].as_f64(),
        })
    }
}

fn peers_script(cmd: &BenchCmd) -> PathBuf {
    if let Some(p) = &cmd.peers_script {
        return p.clone();
    }
    let source_tree = Path::new(env!("CARGO_MANIFEST_DIR")).join("bench/peers.py");
    if source_tree.is_file() {
        source_tree
    } else {
        PathBuf::from("bench/peers.py")
    }
}

fn run_peer(cmd: &BenchCmd, peer: &str, spec: &Json, threads: usize) -> PeerResult {
    let script = peers_script(cmd);
    if !script.is_file() {
        return PeerResult::missing(
            peer,
            "missing",
            format!("the peer script {} does not exist", script.display()),
        );
    }
    let t = threads.to_string();
    let child = Command::new(&cmd.python)
        .arg(&script)
        .args(["--peer", peer, "--spec", "-"])
        .env("OMP_NUM_THREADS", &t)
        .env("MKL_NUM_THREADS", &t)
        .env("OPENBLAS_NUM_THREADS", &t)
        .env("JAX_PLATFORMS", "cpu")
        // A user's leftover XLA_FLAGS could kill the peer (an unknown flag aborts XLA).
        .env_remove("XLA_FLAGS")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => {
            return PeerResult::missing(
                peer,
                "missing",
                format!("cannot run `{}`: {e}", cmd.python),
            )
        }
    };
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(spec.to_string().as_bytes());
    }
    let output = match child.wait_with_output() {
        Ok(o) => o,
        Err(e) => return PeerResult::missing(peer, "error", format!("waiting for it: {e}")),
    };
    let stdout = String::from_utf8_lossy(&output.stdout);
    let Some(line) = stdout
        .lines()
        .rev()
        .find(|l| l.trim_start().starts_with('{'))
    else {
        return PeerResult::missing(
            peer,
            "error",
            format!(
                "no JSON on stdout (exit status {}); see its stderr above",
                output.status
            ),
        );
    };
    match serde_json::from_str::<Json>(line) {
        Ok(raw) => PeerResult {
            peer: peer.to_string(),
            system: raw["system"].as_str().unwrap_or(peer).to_string(),
            dtype: raw["dtype"].as_str().unwrap_or("").to_string(),
            status: raw["status"].as_str().unwrap_or("error").to_string(),
            reason: raw["reason"].as_str().map(String::from),
            raw,
        },
        Err(e) => PeerResult::missing(peer, "error", format!("unreadable JSON: {e}")),
    }
}

// ---------------------------------------------------------------------------------------------
// Report

fn secs(s: f64) -> String {
    if !s.is_finite() {
        "–".into()
    } else if s >= 1.0 {
        format!("{s:.2} s")
    } else if s >= 1e-3 {
        format!("{:.1} ms", s * 1e3)
    } else {
        format!("{:.0} µs", s * 1e6)
    }
}

fn pct(v: Option<f64>) -> String {
    v.map_or("–".into(), |v| format!("{:.0}%", v * 100.0))
}

/// One row of the table (and of the CSV).
struct Row {
    case: String,
    width: usize,
    layers: usize,
    system: String,
    kind: &'static str,
    dtype: String,
    path: String,
    timing: Option<Timing>,
    flops: u64,
    compile_s: Option<f64>,
    warm_start_s: Option<f64>,
    status: String,
    note: String,
    peak_rss: Option<u64>,
}

impl Row {
    fn gflops(&self) -> Option<f64> {
        let t = self.timing.as_ref()?.median();
        (t.is_finite() && t > 0.0).then(|| self.flops as f64 / t / 1e9)
    }
}

fn run_all(cmd: &BenchCmd) -> anyhow::Result<Json> {
    let cases = cases(cmd)?;
    let variants = variants(cmd);
    let options = parse_xla_options(&cmd.xla_options)?;
    let threads = cmd.threads.unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    });
    let load_start = loadavg();
    let (plugin, location) = cmd.plugin.load(true)?;
    let client = Client::new(&plugin)?;
    // The plugin's identity (a hash of its file) is computed once per process: do it untimed.
    muon_xla::cache::PluginIdentity::of(&client)?;

    eprintln!(
        "roofline: f32 matmul {0}x{0}x{0} through the plugin",
        cmd.roofline_size
    );
    let (roof_start, roof_flops) = xla_roofline(
        &client,
        cmd.roofline_size,
        cmd.repeats,
        &options,
        cmd.quiet_wait,
    )?;

    let mut ours: Vec<(usize, OursResult)> = Vec::new();
    let mut breakdowns: BTreeMap<usize, Vec<GroupBreakdown>> = BTreeMap::new();
    for (ci, case) in cases.iter().enumerate() {
        eprintln!(
            "case {}: {} matrices, {:.1} M parameters",
            case.name,
            case.matrices.len(),
            case.params() as f64 / 1e6
        );
        for v in &variants {
            ours.push((ci, run_ours(cmd, &client, case, v)?));
        }
        if cmd.breakdown {
            if let Some(v) = variants.first() {
                breakdowns.insert(ci, run_breakdown(cmd, &client, case, v, &options)?);
            }
        }
    }
    let (roof_end, _) = xla_roofline(
        &client,
        cmd.roofline_size,
        cmd.repeats,
        &options,
        cmd.quiet_wait,
    )?;
    let roofline_gflops = |t: &Timing| roof_flops / t.median() / 1e9;
    // The roofline is the best the plugin reached in this run.
    let roofline = roofline_gflops(&roof_start).max(roofline_gflops(&roof_end));

    // Peers, one subprocess each.
    let mut peer_results: Vec<PeerResult> = Vec::new();
    if cmd.peers {
        let names: Vec<String> = if cmd.peer_names.is_empty() {
            ALL_PEERS.iter().map(|s| s.to_string()).collect()
        } else {
            cmd.peer_names.clone()
        };
        for n in &names {
            if !ALL_PEERS.contains(&n.as_str()) {
                bail!("unknown peer `{n}`: choose from {}", ALL_PEERS.join(", "));
            }
        }
        let spec = json!({
            "cases": cases.iter().map(|c| json!({
                "name": c.name,
                "shapes": c.matrices.iter().map(|(_, r, c)| [*r, *c]).collect::<Vec<_>>(),
                "shape_counts": c.shape_counts().iter().map(|(s, n)| json!({"shape": s, "count": n})).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "warmup": cmd.warmup,
            "repeats": cmd.repeats,
            "threads": threads,
            "matmul_size": cmd.roofline_size,
            "budget_s": cmd.peer_budget_s,
        });
        for n in &names {
            wait_quiet(cmd.quiet_wait, n);
            eprintln!("peer {n}: running bench/peers.py");
            let r = run_peer(cmd, n, &spec, threads);
            if r.status != "ok" {
                eprintln!(
                    "peer {n}: {} ({})",
                    r.status,
                    r.reason.as_deref().unwrap_or("")
                );
            }
            peer_results.push(r);
        }
    }
    let load_end = loadavg();

    // Rows.
    let mut rows: Vec<Row> = Vec::new();
    for (ci, case) in cases.iter().enumerate() {
        for (_, r) in ours.iter().filter(|(c, _)| *c == ci) {
            let flops = case.ns_flops(&r.variant.config);
            let base = |path: &str, timing: Timing| Row {
                case: case.name.clone(),
                width: case.width,
                layers: case.layers,
                system: r.variant.label(),
                kind: "ours",
                dtype: r.variant.dtype.to_string(),
                path: path.to_string(),
                timing: Some(timing),
                flops,
                compile_s: Some(r.cold_compile_s),
                warm_start_s: Some(r.warm_start_s),
                status: "ok".into(),
                note: format!("{} groups", r.groups),
                peak_rss: r.peak_rss,
            };
            rows.push(base("device", r.device.clone()));
            if let Some(h) = &r.host {
                rows.push(base("host", h.clone()));
            }
        }
        let flops = variants.first().map_or(0, |v| case.ns_flops(&v.config));
        for p in peer_results
            .iter()
            .filter(|p| !ROOFLINE_PEERS.contains(&p.peer.as_str()))
        {
            let c = p.case(&case.name);
            let extrapolated = c.is_some_and(|c| c["extrapolated"] == true);
            rows.push(Row {
                case: case.name.clone(),
                width: case.width,
                layers: case.layers,
                system: p.system.clone(),
                kind: "peer",
                dtype: p.dtype.clone(),
                path: p.peer.clone(),
                timing: p.timing(&case.name),
                flops,
                compile_s: c.and_then(|c| c["compile_s"].as_f64()),
                warm_start_s: None,
                status: p.status.clone(),
                note: if extrapolated {
                    "extrapolated: per-shape steps × counts".into()
                } else {
                    p.reason.clone().unwrap_or_default()
                },
                peak_rss: p.raw["peak_rss_bytes"].as_u64(),
            });
        }
    }

    // Rooflines measured by the peers.
    let peer_roofs: Vec<(String, Option<f64>)> = peer_results
        .iter()
        .filter(|p| ROOFLINE_PEERS.contains(&p.peer.as_str()))
        .map(|p| {
            let name = format!("matmul{}", cmd.roofline_size);
            let g = p.timing(&name).map(|t| roof_flops / t.median() / 1e9);
            (p.peer.clone(), g)
        })
        .collect();

    // Text report.
    let mut text = String::new();
    let m = machine();
    let _ = writeln!(
        text,
        "machine: {} ({} cores; avx2 {}, fma {}, avx512f {}, avx512_bf16 {}, amx_bf16 {})",
        m["cpu_model"].as_str().unwrap_or("?"),
        m["cores"],
        m["flags"]["avx2"],
        m["flags"]["fma"],
        m["flags"]["avx512f"],
        m["flags"]["avx512_bf16"],
        m["flags"]["amx_bf16"]
    );
    let _ = writeln!(
        text,
        "plugin: {} (PJRT API {}.{}); load average {} at start, {} at end",
        location.path.display(),
        plugin.api_version().0,
        plugin.api_version().1,
        load_start.as_deref().unwrap_or("?"),
        load_end.as_deref().unwrap_or("?")
    );
    let _ = writeln!(
        text,
        "XLA f32 matmul roofline ({0}³, this plugin): {1:.0} GFLOP/s (start {2:.0}, end {3:.0}; busy {4}/{5})",
        cmd.roofline_size,
        roofline,
        roofline_gflops(&roof_start),
        roofline_gflops(&roof_end),
        pct(roof_start.busy),
        pct(roof_end.busy),
    );
    for (peer, g) in &peer_roofs {
        let _ = writeln!(
            text,
            "{peer} roofline: {}",
            g.map_or("unavailable".into(), |g| format!("{g:.0} GFLOP/s"))
        );
    }
    for (ci, case) in cases.iter().enumerate() {
        let flops = variants.first().map_or(0, |v| case.ns_flops(&v.config));
        let _ = writeln!(
            text,
            "\n== {}: {} layer(s) at width {}, {} matrices, {:.1} M parameters, {:.1} GFLOP of Newton–Schulz per step",
            case.name,
            case.layers,
            case.width,
            case.matrices.len(),
            case.params() as f64 / 1e6,
            flops as f64 / 1e9
        );
        let _ = writeln!(
            text,
            "{:<46} {:>5} {:>10} {:>10} {:>10} {:>8} {:>7} {:>6} {:>9} {:>8}",
            "system", "dtype", "median", "min", "max", "GFLOP/s", "roof", "busy", "compile", "warm"
        );
        for r in rows.iter().filter(|r| r.case == case.name) {
            let name = match (r.kind, r.path.as_str()) {
                ("ours", "host") => format!("{} (host grads)", r.system),
                _ => r.system.clone(),
            };
            let name: String = name.chars().take(46).collect();
            match &r.timing {
                Some(t) => {
                    let _ = writeln!(
                        text,
                        "{:<46} {:>5} {:>10} {:>10} {:>10} {:>8} {:>7} {:>6} {:>9} {:>8}{}",
                        name,
                        r.dtype,
                        secs(t.median()),
                        secs(t.min()),
                        secs(t.max()),
                        r.gflops().map_or("–".into(), |g| format!("{g:.0}")),
                        pct(r.gflops().map(|g| g / roofline)),
                        pct(t.busy),
                        r.compile_s.map_or("".into(), secs),
                        r.warm_start_s.map_or("".into(), secs),
                        if r.note.starts_with("extrapolated") {
                            " *"
                        } else {
                            ""
                        }
                    );
                }
                None => {
                    let _ = writeln!(
                        text,
                        "{:<46} {:>5} {} — {}",
                        name,
                        r.dtype,
                        r.status,
                        r.reason_or_note()
                    );
                }
            }
        }
        // Ratios: ours (device path) against each peer.
        let peers_here: Vec<&Row> = rows
            .iter()
            .filter(|r| r.case == case.name && r.kind == "peer" && r.timing.is_some())
            .collect();
        if !peers_here.is_empty() {
            let _ = writeln!(text, "speedup of ours over each peer (>1× = ours faster):");
            for o in rows
                .iter()
                .filter(|r| r.case == case.name && r.kind == "ours" && r.path == "device")
            {
                let ot = o.timing.as_ref().map_or(f64::NAN, Timing::median);
                let parts: Vec<String> = peers_here
                    .iter()
                    .map(|p| {
                        let pt = p.timing.as_ref().map_or(f64::NAN, Timing::median);
                        format!("{} {:.2}×", p.path, pt / ot)
                    })
                    .collect();
                let _ = writeln!(text, "  {:<30} {}", o.system, parts.join(", "));
            }
        }
        if peer_results.iter().any(|p| {
            p.case(&case.name)
                .is_some_and(|c| c["extrapolated"] == true)
        }) {
            let _ = writeln!(
                text,
                "* extrapolated: each distinct shape timed alone, times its count (the full step \
                 would exceed --peer-budget-s)"
            );
        }
        if let Some(bd) = breakdowns.get(&ci) {
            let _ = writeln!(
                text,
                "breakdown, {}: each shape group alone, and its Newton–Schulz alone",
                variants.first().map(Variant::label).unwrap_or_default()
            );
            let _ = writeln!(
                text,
                "  {:<11} {:>3} {:>10} {:>8} {:>6} {:>10} {:>8} {:>6}",
                "shape", "k", "group", "GFLOP/s", "roof", "NS only", "GFLOP/s", "roof"
            );
            for g in bd {
                let gf = |t: &Timing| g.flops as f64 / t.median() / 1e9;
                let _ = writeln!(
                    text,
                    "  {:<11} {:>3} {:>10} {:>8.0} {:>6} {:>10} {:>8.0} {:>6}",
                    format!("{}x{}", g.shape[0], g.shape[1]),
                    g.members,
                    secs(g.group.median()),
                    gf(&g.group),
                    pct(Some(gf(&g.group) / roofline)),
                    secs(g.ns_only.median()),
                    gf(&g.ns_only),
                    pct(Some(gf(&g.ns_only) / roofline)),
                );
            }
        }
    }
    let _ = writeln!(
        text,
        "\nroof = GFLOP/s over the XLA f32 matmul roofline above; busy = share of the CPUs other \
         processes used while the steps were timed; compile = cold compile of all groups (ours) or \
         jit compile (optax); warm = all groups loaded from the disk cache."
    );
    if let Some(rss) = peak_rss() {
        let _ = writeln!(
            text,
            "peak RSS of this process: {:.0} MiB",
            rss as f64 / (1 << 20) as f64
        );
    }
    if cmd.json {
        eprint!("{text}");
    } else {
        print!("{text}");
    }

    // CSV.
    if let Some(path) = &cmd.csv {
        let mut csv = String::from(
            "set,case,width,layers,system,kind,dtype,path,median_s,min_s,max_s,ns_gflop,gflop_per_s,frac_xla_roofline,busy_other_frac,compile_s,warm_start_s,peak_rss_bytes,status,note\n",
        );
        let opt = |v: Option<f64>| v.map_or(String::new(), |v| format!("{v:.6}"));
        for r in &rows {
            let t = r.timing.as_ref();
            let _ = writeln!(
                csv,
                "{},{},{},{},{},{},{},{},{},{},{},{:.3},{},{},{},{},{},{},{},{}",
                set_name(cmd.set),
                r.case,
                r.width,
                r.layers,
                csv_field(&r.system),
                r.kind,
                r.dtype,
                r.path,
                opt(t.map(Timing::median)),
                opt(t.map(Timing::min)),
                opt(t.map(Timing::max)),
                r.flops as f64 / 1e9,
                opt(r.gflops()),
                opt(r.gflops().map(|g| g / roofline)),
                opt(t.and_then(|t| t.busy)),
                opt(r.compile_s),
                opt(r.warm_start_s),
                r.peak_rss.map_or(String::new(), |v| v.to_string()),
                r.status,
                csv_field(&r.reason_or_note()),
            );
        }
        std::fs::write(path, csv).with_context(|| format!("writing {}", path.display()))?;
        eprintln!("wrote {}", path.display());
    }

    // JSON.
    let case_json: Vec<Json> = cases
        .iter()
        .enumerate()
        .map(|(ci, case)| {
            let flops = variants.first().map_or(0, |v| case.ns_flops(&v.config));
            let ours_json: Vec<Json> = ours
                .iter()
                .filter(|(c, _)| *c == ci)
                .map(|(_, r)| {
                    let f = case.ns_flops(&r.variant.config) as f64;
                    let per = |t: &Timing| {
                        let mut j = t.json();
                        let g = f / t.median() / 1e9;
                        j["gflop_per_s"] = finite(g);
                        j["frac_xla_roofline"] = finite(g / roofline);
                        j
                    };
                    json!({
                        "system": r.variant.label(),
                        "preset": r.variant.preset.name(),
                        "ns_dtype": r.variant.dtype.to_string(),
                        "groups": r.groups,
                        "cold_compile_s": r.cold_compile_s,
                        "warm_start_s": r.warm_start_s,
                        "ns_flops": f,
                        "device": per(&r.device),
                        "host": r.host.as_ref().map(per),
                        "peak_rss_bytes": r.peak_rss,
                    })
                })
                .collect();
            let peers_json: Vec<Json> = peer_results
                .iter()
                .filter(|p| !ROOFLINE_PEERS.contains(&p.peer.as_str()))
                .map(|p| {
                    let mut j = json!({
                        "peer": p.peer,
                        "system": p.system,
                        "dtype": p.dtype,
                        "status": p.status,
                        "reason": p.reason,
                    });
                    if let (Some(t), Some(c)) = (p.timing(&case.name), p.case(&case.name)) {
                        let mut tj = t.json();
                        let g = flops as f64 / t.median() / 1e9;
                        tj["gflop_per_s"] = finite(g);
                        tj["frac_xla_roofline"] = finite(g / roofline);
                        j["step"] = tj;
                        j["compile_s"] = c["compile_s"].clone();
                        j["extrapolated"] = c["extrapolated"].clone();
                        j["shapes_timed"] = c["shapes_timed"].clone();
                        let speedups: BTreeMap<String, Json> = ours
                            .iter()
                            .filter(|(c, _)| *c == ci)
                            .map(|(_, r)| (r.variant.label(), finite(t.median() / r.device.median())))
                            .collect();
                        j["speedup_of_ours"] = json!(speedups);
                    }
                    j
                })
                .collect();
            let bd: Option<Vec<Json>> = breakdowns.get(&ci).map(|b| {
                b.iter()
                    .map(|g| {
                        json!({
                            "group": g.name,
                            "shape": g.shape,
                            "members": g.members,
                            "ns_flops": g.flops,
                            "group_step": g.group.json(),
                            "ns_only": g.ns_only.json(),
                        })
                    })
                    .collect()
            });
            json!({
                "name": case.name,
                "width": case.width,
                "layers": case.layers,
                "matrices": case.matrices.len(),
                "shapes": case.shape_counts().iter().map(|(s, n)| json!({"shape": s, "count": n})).collect::<Vec<_>>(),
                "params": case.params(),
                "ns_flops": flops,
                "ours": ours_json,
                "peers": peers_json,
                "breakdown": bd,
            })
        })
        .collect();
    Ok(json!({
        "muon_xla_version": env!("CARGO_PKG_VERSION"),
        "set": set_name(cmd.set),
        "layout": "(rows, cols) = (out_features, in_features), torch.nn.Linear",
        "repeats": cmd.repeats,
        "warmup": cmd.warmup,
        "threads": threads,
        "machine": m,
        "loadavg_start": load_start,
        "loadavg_end": load_end,
        "plugin": {
            "path": location.path,
            "source": location.source.to_string(),
            "api_version": format!("{}.{}", plugin.api_version().0, plugin.api_version().1),
            "platform_version": client.platform_version().ok(),
        },
        "xla_options": cmd.xla_options,
        "roofline": {
            "size": cmd.roofline_size,
            "flops": roof_flops,
            "gflop_per_s": roofline,
            "start": roof_start.json(),
            "end": roof_end.json(),
            "peers": peer_roofs.iter().map(|(p, g)| json!({"peer": p, "gflop_per_s": g})).collect::<Vec<_>>(),
        },
        "cases": case_json,
        "peer_runs": peer_results.iter().map(|p| {
            let mut j = p.raw.clone();
            if let Some(o) = j.as_object_mut() { o.remove("cases"); }
            j
        }).collect::<Vec<_>>(),
        "peak_rss_bytes": peak_rss(),
    }))
}

impl Row {
    fn reason_or_note(&self) -> String {
        self.note.clone()
    }
}

fn set_name(set: BenchSet) -> &'static str {
    match set {
        BenchSet::Quick => "quick",
        BenchSet::Gpt2 => "gpt2",
        BenchSet::Width => "width",
    }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Runs `muon-xla bench`.
pub fn run(cmd: &BenchCmd) -> anyhow::Result<()> {
    if cmd.repeats == 0 {
        bail!("--repeats must be at least 1");
    }
    let report = run_all(cmd)?;
    if cmd.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    }
    Ok(())
}
