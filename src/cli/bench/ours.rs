//! Our measurements: the XLA matmul roofline, each variant's step (cold compile, warm start,
//! device and host gradients, peak RSS), and the per-group breakdown.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Context as _};
use muon_xla::cache::ExecutableCache;
use muon_xla::emit::emit;
use muon_xla::graph::Builder;
use muon_xla::pjrt::{Arg, Buffer, Client, CompileOptions, OptionValue};
use muon_xla::runtime::Optimizer;
use muon_xla::types::{DType, TensorType};

use super::breakdown::{run_breakdown, GroupBreakdown};
use super::cases::{random_tensor, Case};
use super::measure::{peak_rss, reset_peak_rss, time_calls, wait_quiet, Timing};
use super::report::secs;
use super::variants::Variant;
use super::BenchCmd;

/// The XLA f32 matmul roofline, timed at the start and at the end of our measurements.
pub(super) struct Roofline {
    pub size: usize,
    /// FLOPs of one matmul.
    pub flops: f64,
    pub start: Timing,
    pub end: Timing,
}

impl Roofline {
    pub fn gflops(&self, t: &Timing) -> f64 {
        self.flops / t.median() / 1e9
    }

    /// The best the plugin reached in this run.
    pub fn best(&self) -> f64 {
        self.gflops(&self.start).max(self.gflops(&self.end))
    }
}

/// Everything we measured of our own.
pub(super) struct Ours {
    pub roofline: Roofline,
    /// `(case index, result)`, per case in variant order.
    pub results: Vec<(usize, OursResult)>,
    /// Per case index, with `--breakdown`.
    pub breakdowns: BTreeMap<usize, Vec<GroupBreakdown>>,
}

/// The roofline, every variant on every case (and the breakdowns), then the roofline again.
pub(super) fn measure_ours(
    cmd: &BenchCmd,
    client: &Client,
    cases: &[Case],
    variants: &[Variant],
    options: &CompileOptions,
) -> anyhow::Result<Ours> {
    eprintln!(
        "roofline: f32 matmul {0}x{0}x{0} through the plugin",
        cmd.roofline_size
    );
    let roofline = |client| {
        xla_roofline(
            client,
            cmd.roofline_size,
            cmd.repeats,
            options,
            cmd.quiet_wait,
        )
    };
    let (start, flops) = roofline(client)?;
    let mut results = Vec::new();
    let mut breakdowns = BTreeMap::new();
    for (ci, case) in cases.iter().enumerate() {
        eprintln!(
            "case {}: {} matrices, {:.1} M parameters",
            case.name,
            case.matrices.len(),
            case.params() as f64 / 1e6
        );
        for v in variants {
            results.push((ci, run_ours(cmd, client, case, v)?));
        }
        if cmd.breakdown {
            if let Some(v) = variants.first() {
                breakdowns.insert(ci, run_breakdown(cmd, client, case, v, options)?);
            }
        }
    }
    let (end, _) = roofline(client)?;
    Ok(Ours {
        roofline: Roofline {
            size: cmd.roofline_size,
            flops,
            start,
            end,
        },
        results,
        breakdowns,
    })
}

pub(super) fn parse_xla_options(raw: &[String]) -> anyhow::Result<CompileOptions> {
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

/// What we measured for one variant on one case.
pub(super) struct OursResult {
    pub variant: Variant,
    pub groups: usize,
    pub cold_compile_s: f64,
    pub warm_start_s: f64,
    pub device: Timing,
    pub host: Option<Timing>,
    pub peak_rss: Option<u64>,
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

pub(super) fn run_ours(
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
