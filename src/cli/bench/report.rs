//! The rows every output shares, and the text report (tables, speedups, breakdown, accuracy).

use std::fmt::Write as _;

use super::measure::{peak_rss, Timing};
use super::peers::ROOFLINE_PEERS;
use super::variants::Variant;
use super::Run;

pub(super) fn secs(s: f64) -> String {
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

pub(super) fn pct(v: Option<f64>) -> String {
    v.map_or("–".into(), |v| format!("{:.0}%", v * 100.0))
}

/// One row of the table (and of the CSV).
pub(super) struct Row {
    pub case: String,
    pub width: usize,
    pub layers: usize,
    pub system: String,
    pub kind: &'static str,
    pub dtype: String,
    pub path: String,
    pub timing: Option<Timing>,
    pub flops: u64,
    pub compile_s: Option<f64>,
    pub warm_start_s: Option<f64>,
    pub status: String,
    pub note: String,
    pub peak_rss: Option<u64>,
}

impl Row {
    pub fn gflops(&self) -> Option<f64> {
        let t = self.timing.as_ref()?.median();
        (t.is_finite() && t > 0.0).then(|| self.flops as f64 / t / 1e9)
    }

    pub fn reason_or_note(&self) -> String {
        self.note.clone()
    }

    /// The name in the table's first column.
    fn display_name(&self) -> String {
        match (self.kind, self.path.as_str()) {
            ("ours", "host") => format!("{} (host grads)", self.system),
            _ => self.system.clone(),
        }
    }
}

/// Per case: ours (device, then host, per variant), then every step peer.
pub(super) fn rows(run: &Run) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::new();
    for (ci, case) in run.cases.iter().enumerate() {
        for (_, r) in run.ours.results.iter().filter(|(c, _)| *c == ci) {
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
        let flops = run.case_flops(case);
        for p in run
            .peers
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
    rows
}

/// The whole text report.
pub(super) fn text(run: &Run, rows: &[Row]) -> String {
    let mut text = String::new();
    header(&mut text, run);
    // The system column fits our longest label (the fast variants' run past the usual 46).
    let width = rows
        .iter()
        .filter(|r| r.kind == "ours")
        .map(|r| r.display_name().chars().count())
        .fold(46, usize::max);
    for (ci, case) in run.cases.iter().enumerate() {
        let _ = writeln!(
            text,
            "\n== {}: {} layer(s) at width {}, {} matrices, {:.1} M parameters, {:.1} GFLOP of Newton–Schulz per step",
            case.name,
            case.layers,
            case.width,
            case.matrices.len(),
            case.params() as f64 / 1e6,
            run.case_flops(case) as f64 / 1e9
        );
        let here: Vec<&Row> = rows.iter().filter(|r| r.case == case.name).collect();
        table(&mut text, run, &here, width);
        speedups(&mut text, &here);
        super::ratios::text(&mut text, run, ci);
        if run.peers.iter().any(|p| {
            p.case(&case.name)
                .is_some_and(|c| c["extrapolated"] == true)
        }) {
            let _ = writeln!(
                text,
                "* extrapolated: each distinct shape timed alone, times its count (the full step \
                 would exceed --peer-budget-s)"
            );
        }
        breakdown(&mut text, run, ci);
    }
    accuracy(&mut text, run);
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
    text
}

/// Machine, plugin, load and rooflines.
fn header(text: &mut String, run: &Run) {
    let m = &run.machine;
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
        run.plugin.path.display(),
        run.plugin.api_version.0,
        run.plugin.api_version.1,
        run.load_start.as_deref().unwrap_or("?"),
        run.load_end.as_deref().unwrap_or("?")
    );
    let _ = writeln!(text, "{}", run.onednn);
    let roof = &run.ours.roofline;
    let _ = writeln!(
        text,
        "XLA f32 matmul roofline ({0}³, this plugin): {1:.0} GFLOP/s (start {2:.0}, end {3:.0}; busy {4}/{5})",
        roof.size,
        roof.best(),
        roof.gflops(&roof.start),
        roof.gflops(&roof.end),
        pct(roof.start.busy),
        pct(roof.end.busy),
    );
    for (peer, g) in run.peer_rooflines() {
        let _ = writeln!(
            text,
            "{peer} roofline: {}",
            g.map_or("unavailable".into(), |g| format!("{g:.0} GFLOP/s"))
        );
    }
}

/// One case's table.
fn table(text: &mut String, run: &Run, rows: &[&Row], width: usize) {
    let roofline = run.ours.roofline.best();
    let _ = writeln!(
        text,
        "{:<width$} {:>5} {:>10} {:>10} {:>10} {:>8} {:>7} {:>6} {:>9} {:>8}",
        "system", "dtype", "median", "min", "max", "GFLOP/s", "roof", "busy", "compile", "warm"
    );
    for r in rows {
        let name: String = r.display_name().chars().take(width).collect();
        match &r.timing {
            Some(t) => {
                let _ = writeln!(
                    text,
                    "{:<width$} {:>5} {:>10} {:>10} {:>10} {:>8} {:>7} {:>6} {:>9} {:>8}{}",
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
                    "{:<width$} {:>5} {} — {}",
                    name,
                    r.dtype,
                    r.status,
                    r.reason_or_note()
                );
            }
        }
    }
}

/// Ratios: ours (device path) against each peer of one case.
fn speedups(text: &mut String, rows: &[&Row]) {
    let peers_here: Vec<&Row> = rows
        .iter()
        .copied()
        .filter(|r| r.kind == "peer" && r.timing.is_some())
        .collect();
    if peers_here.is_empty() {
        return;
    }
    let _ = writeln!(text, "speedup of ours over each peer (>1× = ours faster):");
    let ours = || {
        rows.iter()
            .filter(|r| r.kind == "ours" && r.path == "device")
    };
    // The oneDNN and fast-variant labels run past 30 characters; keep the columns aligned.
    let w = ours()
        .map(|o| o.system.chars().count())
        .fold(30, usize::max);
    for o in ours() {
        let ot = o.timing.as_ref().map_or(f64::NAN, Timing::median);
        let parts: Vec<String> = peers_here
            .iter()
            .map(|p| {
                let pt = p.timing.as_ref().map_or(f64::NAN, Timing::median);
                format!("{} {:.2}×", p.path, pt / ot)
            })
            .collect();
        let _ = writeln!(text, "  {:<w$} {}", o.system, parts.join(", "));
    }
}

/// With `--breakdown`: case `ci`'s groups alone, and their Newton–Schulz alone.
fn breakdown(text: &mut String, run: &Run, ci: usize) {
    let Some(bd) = run.ours.breakdowns.get(&ci) else {
        return;
    };
    let roofline = run.ours.roofline.best();
    let _ = writeln!(
        text,
        "breakdown, {}: each shape group alone, and its Newton–Schulz alone",
        run.variants.first().map(Variant::label).unwrap_or_default()
    );
    let _ = writeln!(
        text,
        "  {:<11} {:>3} {:<9} {:>10} {:>8} {:>6} {:>10} {:>8} {:>6}",
        "shape", "k", "storage", "group", "GFLOP/s", "roof", "NS only", "GFLOP/s", "roof"
    );
    for g in bd {
        let gf = |t: &Timing| g.flops as f64 / t.median() / 1e9;
        let _ = writeln!(
            text,
            "  {:<11} {:>3} {:<9} {:>10} {:>8.0} {:>6} {:>10} {:>8.0} {:>6}",
            format!("{}x{}", g.shape[0], g.shape[1]),
            g.members,
            g.storage.to_string(),
            secs(g.group.median()),
            gf(&g.group),
            pct(Some(gf(&g.group) / roofline)),
            secs(g.ns_only.median()),
            gf(&g.ns_only),
            pct(Some(gf(&g.ns_only) / roofline)),
        );
    }
}

/// With `--fast-variants`: each variant's orthogonalization error.
fn accuracy(text: &mut String, run: &Run) {
    let Some(first) = run.accuracy.values().next() else {
        return;
    };
    let [r, c] = first.shape;
    let from = run.first_shape().map_or(String::new(), |[fr, fc]| {
        format!(" (the aspect of {fr}x{fc})")
    });
    let _ = writeln!(
        text,
        "\nNewton–Schulz accuracy, in f64 (reference interpreter) on one random {r}x{c} matrix{from}; \
         vs polar = ‖O − polar(X)‖_F / ‖polar(X)‖_F:"
    );
    let _ = writeln!(
        text,
        "  {:<44} {:>5} {:>9} {:>9}",
        "system", "steps", "max|σ−1|", "vs polar"
    );
    for v in &run.variants {
        let label = v.label();
        if let Some(a) = run.accuracy.get(&label) {
            let _ = writeln!(
                text,
                "  {:<44} {:>5} {:>9.4} {:>9.2e}",
                label, a.steps, a.max_sigma_error, a.polar_rel_error
            );
        }
    }
}
