//! The machine-readable outputs: one CSV row per (case, system) and the JSON report.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use anyhow::Context as _;
use serde_json::{json, Value as Json};

use super::cases::Case;
use super::measure::{finite, peak_rss, Timing};
use super::peers::ROOFLINE_PEERS;
use super::report::Row;
use super::{BenchSet, Run};

pub(super) fn set_name(set: BenchSet) -> &'static str {
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

/// Writes `rows` to `path`.
pub(super) fn write_csv(
    path: &Path,
    set: BenchSet,
    rows: &[Row],
    roofline: f64,
) -> anyhow::Result<()> {
    let mut csv = String::from(
        "set,case,width,layers,system,kind,dtype,path,median_s,min_s,max_s,ns_gflop,gflop_per_s,frac_xla_roofline,busy_other_frac,compile_s,warm_start_s,peak_rss_bytes,status,note\n",
    );
    let opt = |v: Option<f64>| v.map_or(String::new(), |v| format!("{v:.6}"));
    for r in rows {
        let t = r.timing.as_ref();
        let _ = writeln!(
            csv,
            "{},{},{},{},{},{},{},{},{},{},{},{:.3},{},{},{},{},{},{},{},{}",
            set_name(set),
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
    Ok(())
}

/// The JSON report.
pub(super) fn json(run: &Run) -> Json {
    let cmd = run.cmd;
    let roof = &run.ours.roofline;
    let cases: Vec<Json> = run
        .cases
        .iter()
        .enumerate()
        .map(|(ci, case)| case_json(run, ci, case))
        .collect();
    json!({
        "muon_xla_version": env!("CARGO_PKG_VERSION"),
        "set": set_name(cmd.set),
        "layout": "(rows, cols) = (out_features, in_features), torch.nn.Linear",
        "repeats": cmd.repeats,
        "warmup": cmd.warmup,
        "threads": run.threads,
        "machine": run.machine,
        "loadavg_start": run.load_start,
        "loadavg_end": run.load_end,
        "plugin": {
            "path": run.plugin.path,
            "source": run.plugin.source,
            "api_version": format!("{}.{}", run.plugin.api_version.0, run.plugin.api_version.1),
            "platform_version": run.plugin.platform_version,
        },
        "xla_options": cmd.xla_options,
        "onednn": run.onednn,
        "roofline": {
            "size": roof.size,
            "flops": roof.flops,
            "gflop_per_s": roof.best(),
            "start": roof.start.json(),
            "end": roof.end.json(),
            "peers": run.peer_rooflines().iter().map(|(p, g)| json!({"peer": p, "gflop_per_s": g})).collect::<Vec<_>>(),
        },
        "cases": cases,
        "peer_runs": run.peers.iter().map(|p| {
            let mut j = p.raw.clone();
            if let Some(o) = j.as_object_mut() { o.remove("cases"); }
            j
        }).collect::<Vec<_>>(),
        "peak_rss_bytes": peak_rss(),
    })
}

/// Adds GFLOP/s and the roofline fraction to a timing's JSON.
fn with_rate(t: &Timing, flops: f64, roofline: f64) -> Json {
    let mut j = t.json();
    let g = flops / t.median() / 1e9;
    j["gflop_per_s"] = finite(g);
    j["frac_xla_roofline"] = finite(g / roofline);
    j
}

fn case_json(run: &Run, ci: usize, case: &Case) -> Json {
    let roofline = run.ours.roofline.best();
    let flops = run.case_flops(case);
    let ours_here = || run.ours.results.iter().filter(move |(c, _)| *c == ci);
    let ours_json: Vec<Json> = ours_here()
        .map(|(_, r)| {
            let f = case.ns_flops(&r.variant.config) as f64;
            let label = r.variant.label();
            let mut j = json!({
                "system": label,
                "preset": r.variant.preset.name(),
                "ns_dtype": r.variant.dtype.to_string(),
                "ns_variant": r.variant.ns.name(),
                "cpu_gemm": r.variant.gemm.name(),
                "groups": r.groups,
                "cold_compile_s": r.cold_compile_s,
                "warm_start_s": r.warm_start_s,
                "ns_flops": f,
                "device": with_rate(&r.device, f, roofline),
                "host": r.host.as_ref().map(|t| with_rate(t, f, roofline)),
                "peak_rss_bytes": r.peak_rss,
            });
            // Only with --fast-variants, so the default report keeps its fields.
            if let Some(a) = run.accuracy.get(&label) {
                j["accuracy"] = json!({
                    "ns_variant": r.variant.ns.name(),
                    "shape": a.shape,
                    "ns_steps": a.steps,
                    "max_sigma_error": finite(a.max_sigma_error),
                    "polar_rel_error": finite(a.polar_rel_error),
                });
            }
            j
        })
        .collect();
    let peers_json: Vec<Json> = run
        .peers
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
                j["step"] = with_rate(&t, flops as f64, roofline);
                j["compile_s"] = c["compile_s"].clone();
                j["extrapolated"] = c["extrapolated"].clone();
                j["shapes_timed"] = c["shapes_timed"].clone();
                let speedups: BTreeMap<String, Json> = ours_here()
                    .map(|(_, r)| (r.variant.label(), finite(t.median() / r.device.median())))
                    .collect();
                j["speedup_of_ours"] = json!(speedups);
            }
            j
        })
        .collect();
    let bd: Option<Vec<Json>> = run.ours.breakdowns.get(&ci).map(|b| {
        b.iter()
            .map(|g| {
                json!({
                    "group": g.name,
                    "shape": g.shape,
                    "members": g.members,
                    "storage": g.storage.to_string(),
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
        "onednn_ratios": super::ratios::json(run, ci),
    })
}
