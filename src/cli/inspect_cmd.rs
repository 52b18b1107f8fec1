//! `muon-xla inspect`: what XLA made of each shape group — cost analysis, fused kernels, memory —
//! next to the analytic Newton–Schulz FLOPs.

use std::collections::BTreeMap;
use std::path::PathBuf;

use clap::Args;
use muon_xla::aot as compiled;
use muon_xla::aot::{Compiled, GroupSource};
use muon_xla::cache::{ExecutableCache, PluginIdentity};
use muon_xla::config::Storage;
use muon_xla::pjrt::{Client, CompiledMemoryStats, Executable};
use muon_xla::plan::model::ModelDescription;
use serde::Serialize;

use super::settings_args::SettingsArgs;
use super::PluginOpts;

/// Arguments of `muon-xla inspect`.
#[derive(Debug, Args)]
pub struct InspectCmd {
    /// A directory written by `muon-xla compile` (its stored executables are used).
    #[arg(
        value_name = "DIR",
        required_unless_present = "model",
        conflicts_with = "model"
    )]
    pub dir: Option<PathBuf>,
    /// A model description to compile (through the executable cache) and inspect instead.
    #[arg(long, value_name = "SHAPES.json")]
    pub model: Option<PathBuf>,
    #[command(flatten)]
    pub settings: SettingsArgs,
    /// With --model: the groups' layout, `stacked` (what `Optimizer::new` builds, the default)
    /// or `per-param` (what `muon-xla compile` writes by default).
    #[arg(long, value_name = "LAYOUT", requires = "model")]
    pub storage: Option<Storage>,
    /// Print JSON instead of a table.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub plugin: PluginOpts,
}

/// One shape group's report.
#[derive(Debug, Serialize)]
struct GroupReport {
    name: String,
    route: String,
    #[serde(rename = "type")]
    ty: String,
    members: usize,
    parameters: u64,
    /// Analytic: per iteration `4m²n + 2m³` per matrix.
    newton_schulz_flops: Option<u64>,
    /// XLA's cost analysis `flops` (None: unavailable).
    flops: Option<f64>,
    /// XLA's cost analysis `bytes accessed`.
    bytes_accessed: Option<f64>,
    transcendentals: Option<f64>,
    /// Every property of XLA's cost analysis (None: the plugin does not provide it).
    cost_analysis: Option<BTreeMap<String, f64>>,
    /// `fusion` instructions in the optimized entry computation.
    fusions: Option<usize>,
    /// Fusions plus the unfused instructions that do work.
    kernels: Option<usize>,
    unfused: Option<BTreeMap<String, usize>>,
    /// What XLA reserves (None: unavailable).
    memory: Option<CompiledMemoryStats>,
    /// `stored`, `recompiled: why`, or `compiled` (built now or found in the cache).
    executable: String,
    /// Why something is unavailable.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    notes: Vec<String>,
}

#[derive(Debug, Default, Serialize)]
struct Totals {
    parameters: u64,
    newton_schulz_flops: u64,
    flops: Option<f64>,
    bytes_accessed: Option<f64>,
    fusions: Option<usize>,
    kernels: Option<usize>,
    temp_bytes: Option<i64>,
}

#[derive(Debug, Serialize)]
struct Report {
    model: String,
    preset: String,
    parameters: u64,
    plugin: PluginIdentity,
    groups: Vec<GroupReport>,
    totals: Totals,
}

fn group_report(c: &Compiled, i: usize, exe: &Executable) -> GroupReport {
    let g = &c.manifest.groups[i];
    let mut notes = Vec::new();
    let cost = match exe.cost_analysis() {
        Ok(Some(v)) => Some(v.into_iter().collect::<BTreeMap<_, _>>()),
        Ok(None) => {
            notes.push("cost analysis: unavailable in this plugin".into());
            None
        }
        Err(e) => {
            notes.push(format!("cost analysis: unavailable ({e})"));
            None
        }
    };
    let prop = |name: &str| cost.as_ref().and_then(|m| m.get(name).copied());
    let ops = match exe.hlo_op_counts() {
        Ok(o) => Some(o),
        Err(e) => {
            notes.push(format!("fused kernels: unavailable ({e})"));
            None
        }
    };
    let memory = match exe.compiled_memory_stats() {
        Ok(m) => {
            if m.is_none() {
                notes.push("memory: unavailable in this plugin".into());
            }
            m
        }
        Err(e) => {
            notes.push(format!("memory: unavailable ({e})"));
            None
        }
    };
    GroupReport {
        name: g.name.clone(),
        route: g.route.to_string(),
        ty: g.ty.clone(),
        members: g.members.len(),
        parameters: g.parameters,
        newton_schulz_flops: g.newton_schulz_flops,
        flops: prop("flops"),
        bytes_accessed: prop("bytes accessed"),
        transcendentals: prop("transcendentals"),
        fusions: ops.as_ref().map(|o| o.fusions),
        kernels: ops.as_ref().map(|o| o.kernels()),
        unfused: ops.map(|o| o.unfused),
        cost_analysis: cost,
        memory,
        executable: match &c.sources[i] {
            GroupSource::Stored => "stored".into(),
            GroupSource::Recompiled(why) => format!("recompiled: {why}"),
            GroupSource::Built | GroupSource::EmittedOnly => "compiled".into(),
        },
        notes,
    }
}

fn sum_opt<T: std::iter::Sum<T> + Copy>(items: impl Iterator<Item = Option<T>>) -> Option<T> {
    items
        .collect::<Option<Vec<T>>>()
        .map(|v| v.into_iter().sum())
}

/// Runs `muon-xla inspect`.
pub fn run(cmd: &InspectCmd) -> anyhow::Result<()> {
    if let Some(dir) = &cmd.dir {
        let manifest = compiled::read_manifest(dir)?;
        if manifest.device.is_some() {
            return super::inspect_device::report(cmd.json, &manifest);
        }
    }
    let (plugin, _) = cmd.plugin.load(true)?;
    let client = Client::new(&plugin)?;
    let cache = ExecutableCache::global();
    let c = match (&cmd.dir, &cmd.model) {
        (Some(dir), _) => {
            if cmd.settings.any() {
                anyhow::bail!(
                    "settings flags apply to --model; a compiled directory carries its own \
                     configuration (recompile it with `muon-xla compile` to change them)"
                );
            }
            compiled::load(&client, dir, cache)?
        }
        (None, Some(model)) => {
            let model = ModelDescription::read(model)?;
            let (settings, mut config) = super::compile_cmd::resolve(&cmd.settings, &model)?;
            config.storage = cmd.storage.unwrap_or(config.storage);
            compiled::build(&model, &settings, &config, Some((&client, cache)))?
        }
        (None, None) => anyhow::bail!("give a compiled DIR or --model SHAPES.json"),
    };
    let groups: Vec<GroupReport> = c
        .executables
        .iter()
        .enumerate()
        .map(|(i, exe)| group_report(&c, i, exe))
        .collect();
    let totals = Totals {
        parameters: groups.iter().map(|g| g.parameters).sum(),
        newton_schulz_flops: groups.iter().filter_map(|g| g.newton_schulz_flops).sum(),
        flops: sum_opt(groups.iter().map(|g| g.flops)),
        bytes_accessed: sum_opt(groups.iter().map(|g| g.bytes_accessed)),
        fusions: sum_opt(groups.iter().map(|g| g.fusions)),
        kernels: sum_opt(groups.iter().map(|g| g.kernels)),
        temp_bytes: sum_opt(groups.iter().map(|g| g.memory.map(|m| m.temp_bytes))),
    };
    let report = Report {
        model: c.manifest.model.name.clone(),
        preset: c.config.preset.to_string(),
        parameters: c.manifest.model.num_parameters(),
        plugin: PluginIdentity::of(&client)?,
        groups,
        totals,
    };
    if cmd.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print_table(&report);
    }
    Ok(())
}

fn si(v: Option<f64>, unit: &str) -> String {
    match v {
        None => "n/a".into(),
        Some(v) => {
            let (scale, prefix) = [(1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")]
                .into_iter()
                .find(|(s, _)| v.abs() >= *s)
                .unwrap_or((1.0, ""));
            format!("{:.2} {prefix}{unit}", v / scale)
        }
    }
}

fn count(v: Option<usize>) -> String {
    v.map_or_else(|| "n/a".into(), |v| v.to_string())
}

fn print_table(r: &Report) {
    println!(
        "{}: {} parameters, preset {}, plugin {} (PJRT {}, {} {})",
        r.model,
        r.parameters,
        r.preset,
        r.plugin.path.display(),
        r.plugin.api_version,
        r.plugin.platform,
        r.plugin.platform_version
    );
    let header = [
        "group",
        "route",
        "members",
        "params",
        "NS flops",
        "XLA flops",
        "bytes",
        "fusions",
        "kernels",
        "temp mem",
    ];
    let mut rows: Vec<Vec<String>> = r
        .groups
        .iter()
        .map(|g| {
            vec![
                g.name.clone(),
                g.route.clone(),
                g.members.to_string(),
                si(Some(g.parameters as f64), ""),
                g.newton_schulz_flops
                    .map_or_else(|| "-".into(), |f| si(Some(f as f64), "FLOP")),
                si(g.flops, "FLOP"),
                si(g.bytes_accessed, "B"),
                count(g.fusions),
                count(g.kernels),
                si(g.memory.map(|m| m.temp_bytes as f64), "B"),
            ]
        })
        .collect();
    let t = &r.totals;
    rows.push(vec![
        "total".into(),
        String::new(),
        r.groups
            .iter()
            .map(|g| g.members)
            .sum::<usize>()
            .to_string(),
        si(Some(t.parameters as f64), ""),
        si(Some(t.newton_schulz_flops as f64), "FLOP"),
        si(t.flops, "FLOP"),
        si(t.bytes_accessed, "B"),
        count(t.fusions),
        count(t.kernels),
        si(t.temp_bytes.map(|b| b as f64), "B"),
    ]);
    let widths: Vec<usize> = (0..header.len())
        .map(|c| {
            rows.iter()
                .map(|r| r[c].chars().count())
                .chain([header[c].len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: Vec<String>| {
        let parts: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(c, s)| {
                if c < 2 {
                    format!("{s:<w$}", w = widths[c])
                } else {
                    format!("{s:>w$}", w = widths[c])
                }
            })
            .collect();
        println!("{}", parts.join("  ").trim_end());
    };
    line(header.iter().map(|s| s.to_string()).collect());
    let n = rows.len();
    for (i, row) in rows.into_iter().enumerate() {
        if i + 1 == n {
            println!(
                "{}",
                "-".repeat(widths.iter().sum::<usize>() + 2 * (widths.len() - 1))
            );
        }
        line(row);
    }
    for g in &r.groups {
        if g.executable != "stored" && g.executable != "compiled" {
            println!("{}: {}", g.name, g.executable);
        }
        for note in &g.notes {
            println!("{}: {note}", g.name);
        }
    }
}
