//! `muon-xla bench`: our Muon step against every peer, on the same matrices, in one run.
//!
//! Per case (a list of weight matrices) and per variant (preset × Newton–Schulz dtype × who runs
//! the matmuls, XLA's dot or oneDNN: `--cpu-gemm`) it times
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
//!
//! `run_all` goes in phases: set up (cases, variants, plugin), measure ours ([`ours`]), run the
//! peers ([`peers`]), measure accuracy ([`accuracy`], with `--fast-variants`), then report
//! ([`report`] for the rows and text, [`ratios`] for the oneDNN rows' ratios, [`export`] for CSV
//! and JSON).

mod accuracy;
mod breakdown;
pub(crate) mod cases;
mod export;
pub(crate) mod measure;
mod ours;
mod peers;
mod ratios;
mod report;
mod variants;

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::bail;
use clap::{Args, ValueEnum};
use muon_xla::config::Preset;
use muon_xla::pjrt::{Client, CpuGemm};
use muon_xla::types::DType;
use serde_json::Value as Json;

use super::PluginOpts;
use accuracy::Accuracy;
use cases::Case;
use measure::{loadavg, machine};
use ours::Ours;
use peers::{PeerResult, ROOFLINE_PEERS};
use variants::Variant;

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
    /// Who runs the Newton–Schulz matmuls (repeatable): xla (XLA's dot) or onednn (oneDNN
    /// through our XLA custom call; an error when it cannot load), each for every row. Default:
    /// the XLA rows, plus oneDNN rows for the dtypes `--cpu-gemm auto` sends it when oneDNN
    /// loads: `f32 onednn` where it runs AVX-512, `bf16 onednn` and `bf16 dion-fast onednn`
    /// where the CPU has bf16 instructions (else one line says why none).
    #[arg(long = "cpu-gemm", value_name = "xla|onednn", value_parser = parse_cpu_gemm)]
    pub cpu_gemms: Vec<CpuGemm>,
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
    /// Also time the peers (bench/peers.py: optax, torch.optim.Muon, Keller's package,
    /// heavyball's compiled Muon, an f32 PyTorch port, the MKL and JAX matmul rooflines).
    #[arg(long)]
    pub peers: bool,
    /// Only these peers (repeatable): optax, torch, keller, heavyball, torch-f32-addmm,
    /// torch-matmul, jax-matmul. Each runs under `--python`, or under
    /// `MUON_XLA_PEER_PYTHON_<NAME>` when set (upper case, `-` → `_`), e.g.
    /// `MUON_XLA_PEER_PYTHON_HEAVYBALL=venv/bin/python` for a venv with heavyball.
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
    /// The Python interpreter for the peers (`MUON_XLA_PEER_PYTHON_<NAME>` overrides it for one).
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
    /// Our groups' layout: `stacked` (the presets' default) or `per-param` (what
    /// `muon-xla compile` writes by default), to compare their compile and step times.
    #[arg(long, value_name = "LAYOUT")]
    pub storage: Option<muon_xla::config::Storage>,
    /// Also time each f32 variant with every faster Newton–Schulz form (Gram, the dion-fast
    /// schedule from an AOL start, polar-express, Gram + dion-fast), and report every variant's
    /// accuracy (max |σ−1|, distance to the polar factor) in f64 on a small matrix.
    #[arg(long)]
    pub fast_variants: bool,
    /// Also time every shape group alone (in the storage the optimizer gives it) and its
    /// Newton–Schulz alone (first variant).
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

/// `auto` is refused: it picks by machine, and a row's label must not change meaning with it.
fn parse_cpu_gemm(s: &str) -> Result<CpuGemm, String> {
    match s.parse::<CpuGemm>() {
        Ok(CpuGemm::Auto) => Err("`auto` picks by machine; name xla or onednn".into()),
        Ok(g) => Ok(g),
        Err(e) => Err(e.to_string()),
    }
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

/// Where the plugin came from and what it is.
struct PluginInfo {
    path: PathBuf,
    source: String,
    api_version: (i32, i32),
    platform_version: Option<String>,
}

/// Everything one run set up and measured, for the reports.
struct Run<'a> {
    cmd: &'a BenchCmd,
    cases: Vec<Case>,
    variants: Vec<Variant>,
    /// Which oneDNN rows were added, or why none were.
    onednn: String,
    threads: usize,
    machine: Json,
    plugin: PluginInfo,
    load_start: Option<String>,
    load_end: Option<String>,
    ours: Ours,
    peers: Vec<PeerResult>,
    /// Per variant label, with `--fast-variants`.
    accuracy: BTreeMap<String, Accuracy>,
}

impl Run<'_> {
    /// Newton–Schulz FLOPs of one step of `case` in the first variant: the count peers' rows and
    /// the case headings use.
    fn case_flops(&self, case: &Case) -> u64 {
        self.variants
            .first()
            .map_or(0, |v| case.ns_flops(&v.config))
    }

    /// The first matrix of the first case, `[rows, cols]`.
    fn first_shape(&self) -> Option<[usize; 2]> {
        let (_, r, c) = self.cases.first()?.matrices.first()?;
        Some([*r, *c])
    }

    /// The matmul rooflines the peers measured, in GFLOP/s.
    fn peer_rooflines(&self) -> Vec<(String, Option<f64>)> {
        let roof = &self.ours.roofline;
        self.peers
            .iter()
            .filter(|p| ROOFLINE_PEERS.contains(&p.peer.as_str()))
            .map(|p| {
                let name = format!("matmul{}", roof.size);
                let g = p.timing(&name).map(|t| roof.flops / t.median() / 1e9);
                (p.peer.clone(), g)
            })
            .collect()
    }
}

/// With `--fast-variants`: every variant's accuracy on the reduced first matrix shape.
fn measure_accuracy(
    cmd: &BenchCmd,
    cases: &[Case],
    variants: &[Variant],
) -> anyhow::Result<BTreeMap<String, Accuracy>> {
    let first = cases
        .first()
        .and_then(|c| c.matrices.first())
        .map(|(_, r, c)| [*r, *c]);
    let (true, Some(first)) = (cmd.fast_variants, first) else {
        return Ok(BTreeMap::new());
    };
    let shape = accuracy::reduced_shape(first);
    eprintln!(
        "accuracy: each variant in f64 on a {}x{} matrix",
        shape[0], shape[1]
    );
    variants
        .iter()
        .map(|v| Ok((v.label(), accuracy::measure(v, shape)?)))
        .collect()
}

fn run_all(cmd: &BenchCmd) -> anyhow::Result<Json> {
    // Set up.
    let cases = cases::cases(cmd)?;
    let variants::Plan { variants, onednn } = variants::variants(cmd)?;
    eprintln!("{onednn}");
    let options = ours::parse_xla_options(&cmd.xla_options)?;
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

    // Measure.
    let ours = ours::measure_ours(cmd, &client, &cases, &variants, &options)?;
    let peers = peers::run_peers(cmd, &cases, threads)?;
    let load_end = loadavg();
    let accuracy = measure_accuracy(cmd, &cases, &variants)?;

    // Report.
    let run = Run {
        cmd,
        cases,
        variants,
        onednn,
        threads,
        machine: machine(),
        plugin: PluginInfo {
            path: location.path.clone(),
            source: location.source.to_string(),
            api_version: plugin.api_version(),
            platform_version: client.platform_version().ok(),
        },
        load_start,
        load_end,
        ours,
        peers,
        accuracy,
    };
    let rows = report::rows(&run);
    let text = report::text(&run, &rows);
    if cmd.json {
        eprint!("{text}");
    } else {
        print!("{text}");
    }
    if let Some(path) = &cmd.csv {
        export::write_csv(path, cmd.set, &rows, run.ours.roofline.best())?;
    }
    Ok(export::json(&run))
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
