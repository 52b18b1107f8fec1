//! Compiled directories: what `muon-xla compile` writes and [`crate::optimizer::Optimizer::load_compiled`]
//! reads.
//!
//! A directory holds, per shape group, `<group>.stablehlo.mlir` (the emitted program) and
//! `<group>.executable` (the plugin's serialization of the compiled program), plus `manifest.json`
//! ([`Manifest`]): the model description, the settings and the resolved optimizer configuration,
//! the sha256 of the serialized compile options, the plugin's identity and the host CPU's features
//! (`target`), and per group its members in argument order, the names and types of its arguments
//! and results, which argument is donated to which result, and the sha256 of each file.
//!
//! Written with `--emit-only`, a directory holds no executables and its manifest no `target`:
//! nothing in it depends on the plugin or the machine, and the same inputs give the same bytes.
//!
//! Loading re-plans the groups from the manifest's model and configuration and re-emits each
//! group's program (cheap: no XLA). A group's stored executable is used only when everything
//! agrees: the plugin build, API and platform versions, the CPU features and the compile options
//! match this process; the re-emitted program, the `.stablehlo.mlir` file and the manifest have the
//! same sha256; the `.executable` file has the manifest's length and sha256 (checked **before** the
//! plugin sees it). Otherwise the group is compiled again (through the [`ExecutableCache`]), with a
//! warning on stderr saying why: never executed blindly, never a crash. Loading never writes into
//! the directory; run `muon-xla compile` again to refresh it.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::{
    host_cpu, sha256_hex, warn, write_file_atomic, ExecutableCache, HostCpu, PluginIdentity,
    Program,
};
use crate::emit::emit;
use crate::error::{Error, Result};
use crate::model::ModelDescription;
use crate::optim::{OptimizerConfig, Route, Settings};
use crate::optimizer::{Plan, PlannedGroup};
use crate::pjrt::{Client, CompileOptions, Executable};

/// The manifest's file name.
pub const MANIFEST_FILE: &str = "manifest.json";
/// The manifest format this build writes and reads.
pub const FORMAT: &str = "muon-xla-compiled/1";
/// Suffix of a group's program file.
pub const GRAPH_SUFFIX: &str = ".stablehlo.mlir";
/// Suffix of a group's executable file.
pub const EXECUTABLE_SUFFIX: &str = ".executable";

/// `manifest.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// [`FORMAT`].
    pub format: String,
    /// The model the directory was compiled for (parameters in optimizer order).
    pub model: ModelDescription,
    /// The settings given (preset and overrides; unset ones left out), for reference.
    pub settings: serde_json::Value,
    /// The resolved configuration the groups were built from.
    pub config: OptimizerConfig,
    /// sha256 of the serialized `CompileOptionsProto`.
    pub compile_options_sha256: String,
    /// Where the executables were built; absent with `--emit-only`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Target>,
    pub groups: Vec<ManifestGroup>,
}

/// The plugin and CPU the executables were compiled for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub plugin: PluginIdentity,
    pub cpu: HostCpu,
}

/// One shape group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestGroup {
    /// The group's name (its program's module name and file stem).
    pub name: String,
    pub route: Route,
    /// The members' type, e.g. `tensor<768x2304xf32>`.
    #[serde(rename = "type")]
    pub ty: String,
    /// Parameter names in argument order.
    pub members: Vec<String>,
    /// Total parameter elements of the group.
    pub parameters: u64,
    /// Analytic Newton–Schulz FLOPs per step (Muon groups).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub newton_schulz_flops: Option<u64>,
    /// The program file, relative to the directory.
    pub graph: String,
    pub graph_sha256: String,
    pub graph_bytes: u64,
    /// The executable file; absent with `--emit-only`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub executable: Option<StoredFile>,
    pub arguments: Vec<ManifestValue>,
    pub results: Vec<ManifestValue>,
}

/// A file of the directory and its hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoredFile {
    pub file: String,
    pub sha256: String,
    pub bytes: u64,
}

/// An argument or result of a group's program.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestValue {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: String,
    /// For a donated argument: the result its memory becomes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub donated_to: Option<usize>,
}

/// Where a group's executable came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GroupSource {
    /// Compiled (or found in the cache) while writing the directory.
    Built,
    /// Only the program was emitted (`--emit-only`).
    EmittedOnly,
    /// Loaded from the directory's `.executable` (or already in memory).
    Stored,
    /// The stored executable could not be trusted: compiled again (or found in the cache).
    Recompiled(String),
}

/// A planned, emitted and (unless emit-only) compiled model.
pub struct Compiled {
    pub manifest: Manifest,
    pub config: OptimizerConfig,
    pub plan: Plan,
    /// The StableHLO text of each group, in plan order.
    pub programs: Vec<String>,
    /// One executable per group in plan order; empty when emit-only.
    pub executables: Vec<Arc<Executable>>,
    pub sources: Vec<GroupSource>,
}

/// The analytic Newton–Schulz FLOPs of one step of a Muon group (`None` for Adam groups).
pub fn newton_schulz_flops(config: &OptimizerConfig, group: &PlannedGroup) -> Option<u64> {
    if group.route != Route::Muon {
        return None;
    }
    let [batch, rows, cols] = config.muon.matrix_view.view(&group.ty.shape);
    let per = config.muon.newton_schulz.flops(rows, cols);
    Some(per * batch as u64 * group.members.len() as u64)
}

/// The settings a manifest records: set fields only.
fn settings_json(settings: &Settings) -> serde_json::Value {
    let mut v = serde_json::to_value(settings).unwrap_or(serde_json::Value::Null);
    if let serde_json::Value::Object(map) = &mut v {
        map.retain(|_, x| !(x.is_null() || x.as_array().is_some_and(|a| a.is_empty())));
    }
    v
}

fn describe_group(
    config: &OptimizerConfig,
    plan: &Plan,
    group: &PlannedGroup,
    text: &str,
) -> ManifestGroup {
    let g = &group.graph;
    let types: Vec<String> = g.signature().outputs.iter().map(|t| t.mlir()).collect();
    ManifestGroup {
        name: g.name().to_string(),
        route: group.route,
        ty: group.ty.mlir(),
        members: group
            .members
            .iter()
            .map(|&i| plan.specs[i].name.clone())
            .collect(),
        parameters: group.ty.num_elements() as u64 * group.members.len() as u64,
        newton_schulz_flops: newton_schulz_flops(config, group),
        graph: format!("{}{GRAPH_SUFFIX}", g.name()),
        graph_sha256: sha256_hex(text.as_bytes()),
        graph_bytes: text.len() as u64,
        executable: None,
        arguments: g
            .params()
            .iter()
            .map(|p| ManifestValue {
                name: p.name.clone(),
                ty: p.ty.mlir(),
                donated_to: p.alias,
            })
            .collect(),
        results: g
            .outputs()
            .iter()
            .zip(types)
            .map(|(o, ty)| ManifestValue {
                name: o.name.clone(),
                ty,
                donated_to: None,
            })
            .collect(),
    }
}

/// Plans and emits `model` under `config`, and compiles each group through `cache` when a client
/// is given. Nothing is written.
pub fn build(
    model: &ModelDescription,
    settings: &Settings,
    config: &OptimizerConfig,
    target: Option<(&Client, &ExecutableCache)>,
) -> Result<Compiled> {
    model.validate()?;
    let plan = Plan::new(model.specs()?, config)?;
    let options = CompileOptions::default();
    let mut programs = Vec::with_capacity(plan.groups.len());
    let mut groups = Vec::with_capacity(plan.groups.len());
    for group in &plan.groups {
        let text = emit(&group.graph)?;
        groups.push(describe_group(config, &plan, group, &text));
        programs.push(text);
    }
    let executables = match target {
        Some((client, cache)) => {
            let signatures: Vec<_> = plan.groups.iter().map(|g| g.graph.signature()).collect();
            cache.compile_all(client, &options, &Program::fresh(&programs, &signatures))?
        }
        None => Vec::new(),
    };
    let target = match target {
        Some((client, _)) => Some(Target {
            plugin: PluginIdentity::of(client)?,
            cpu: host_cpu().clone(),
        }),
        None => None,
    };
    let source = if target.is_some() {
        GroupSource::Built
    } else {
        GroupSource::EmittedOnly
    };
    Ok(Compiled {
        manifest: Manifest {
            format: FORMAT.to_string(),
            model: model.clone(),
            settings: settings_json(settings),
            config: config.clone(),
            compile_options_sha256: sha256_hex(&options.encode()),
            target,
            groups,
        },
        config: config.clone(),
        sources: vec![source; plan.groups.len()],
        plan,
        programs,
        executables,
    })
}

/// [`build`], then writes the directory: each group's program (and executable, unless emit-only)
/// and `manifest.json`, every file atomically. Program and executable files of groups that are no
/// longer part of the model are removed, so the directory always matches its manifest.
pub fn write(
    dir: &Path,
    model: &ModelDescription,
    settings: &Settings,
    config: &OptimizerConfig,
    target: Option<(&Client, &ExecutableCache)>,
) -> Result<Compiled> {
    let mut compiled = build(model, settings, config, target)?;
    fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let mut keep = BTreeSet::new();
    for (i, group) in compiled.manifest.groups.iter_mut().enumerate() {
        let text = &compiled.programs[i];
        write_if_changed(&dir.join(&group.graph), text.as_bytes())?;
        keep.insert(group.graph.clone());
        if let Some(exe) = compiled.executables.get(i) {
            // The cache's bytes: a deserialized executable must not be serialized again.
            let bytes = match target {
                Some((_, cache)) => cache.serialize(exe)?,
                None => exe.serialize()?,
            };
            let file = format!("{}{EXECUTABLE_SUFFIX}", group.name);
            write_if_changed(&dir.join(&file), &bytes)?;
            group.executable = Some(StoredFile {
                sha256: sha256_hex(&bytes),
                bytes: bytes.len() as u64,
                file: file.clone(),
            });
            keep.insert(file);
        }
    }
    let entries = fs::read_dir(dir).map_err(|e| Error::io(dir, e))?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let ours = name.ends_with(GRAPH_SUFFIX) || name.ends_with(EXECUTABLE_SUFFIX);
        if ours && !keep.contains(&name) && entry.path().is_file() {
            fs::remove_file(entry.path()).map_err(|e| Error::io(entry.path(), e))?;
        }
    }
    let json = serde_json::to_string_pretty(&compiled.manifest)
        .map_err(|e| Error::Cache(format!("cannot serialize the manifest: {e}")))?;
    let json = compact_json(&json, 110);
    write_if_changed(&dir.join(MANIFEST_FILE), json.as_bytes())?;
    Ok(compiled)
}

/// Leaves a file that already holds `bytes` untouched (its time stamps too).
fn write_if_changed(path: &Path, bytes: &[u8]) -> Result<()> {
    if fs::read(path).is_ok_and(|old| old == bytes) {
        return Ok(());
    }
    write_file_atomic(path, &[bytes])
}

/// Reads `DIR/manifest.json`.
pub fn read_manifest(dir: &Path) -> Result<Manifest> {
    let path = dir.join(MANIFEST_FILE);
    let text = fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
    let manifest: Manifest = serde_json::from_str(&text).map_err(|e| {
        Error::Cache(format!(
            "{} is not a manifest this muon-xla can read ({e}); run `muon-xla compile` again",
            path.display()
        ))
    })?;
    if manifest.format != FORMAT {
        return Err(Error::Cache(format!(
            "{} has format `{}`, this muon-xla reads `{FORMAT}`; run `muon-xla compile` again",
            path.display(),
            manifest.format
        )));
    }
    Ok(manifest)
}

/// Why the directory's executables cannot be used here at all, or `None`.
fn target_mismatch(manifest: &Manifest, here: &PluginIdentity) -> Option<String> {
    let Some(t) = &manifest.target else {
        return Some("it holds no executables (written with --emit-only)".into());
    };
    if let Some(why) = here.mismatch(&t.plugin) {
        return Some(format!("its executables were {why}"));
    }
    let cpu = host_cpu();
    if t.cpu.arch != cpu.arch || t.cpu.features_sha256 != cpu.features_sha256 {
        return Some(format!(
            "its executables were built on another kind of CPU ({} `{}`, this one is {} `{}`)",
            t.cpu.arch, t.cpu.model, cpu.arch, cpu.model
        ));
    }
    let options = sha256_hex(&CompileOptions::default().encode());
    if manifest.compile_options_sha256 != options {
        return Some("its executables were built with other compile options".into());
    }
    None
}

/// Why one group's stored executable cannot be used, or its bytes.
fn check_group(
    dir: &Path,
    stored: Option<&ManifestGroup>,
    fresh: &ManifestGroup,
) -> std::result::Result<Vec<u8>, String> {
    let Some(stored) = stored else {
        return Err("the manifest has no such group".into());
    };
    if stored.members != fresh.members || stored.ty != fresh.ty || stored.route != fresh.route {
        return Err("the manifest's members of this group differ from the model's".into());
    }
    if stored.graph_sha256 != fresh.graph_sha256 {
        return Err(
            "this muon-xla emits a different program for it than the one in the manifest \
             (written by another version)"
                .into(),
        );
    }
    let graph_path = dir.join(&stored.graph);
    match fs::read(&graph_path) {
        Ok(b) if sha256_hex(&b) == stored.graph_sha256 => {}
        Ok(_) => {
            return Err(format!(
                "{} was modified (its sha256 differs from the manifest's)",
                graph_path.display()
            ))
        }
        Err(e) => return Err(format!("{} cannot be read ({e})", graph_path.display())),
    }
    let Some(exe) = &stored.executable else {
        return Err("the manifest lists no executable for it".into());
    };
    let exe_path = dir.join(&exe.file);
    let bytes =
        fs::read(&exe_path).map_err(|e| format!("{} cannot be read ({e})", exe_path.display()))?;
    if bytes.len() as u64 != exe.bytes || sha256_hex(&bytes) != exe.sha256 {
        return Err(format!(
            "{} is corrupt or was replaced (its length or sha256 differs from the manifest's)",
            exe_path.display()
        ));
    }
    Ok(bytes)
}

/// Loads a compiled directory for `client`: the stored executables where they can be trusted,
/// else compiled again through `cache` with a warning (see the module docs).
pub fn load(client: &Client, dir: &Path, cache: &ExecutableCache) -> Result<Compiled> {
    let manifest = read_manifest(dir)?;
    let fresh = build(
        &manifest.model,
        &Settings::default(),
        &manifest.config,
        None,
    )?;
    let here = PluginIdentity::of(client)?;
    let whole = target_mismatch(&manifest, &here);
    let shown = dir.display();
    if let Some(why) = &whole {
        warn(&format!(
            "{shown}: {why}; compiling its {} groups again",
            fresh.plan.groups.len()
        ));
    }
    let mut stored_bytes = Vec::with_capacity(fresh.plan.groups.len());
    let mut sources = Vec::with_capacity(fresh.plan.groups.len());
    for described in &fresh.manifest.groups {
        let stored = manifest.groups.iter().find(|g| g.name == described.name);
        let checked = match &whole {
            Some(why) => Err(why.clone()),
            None => check_group(dir, stored, described),
        };
        match checked {
            Ok(bytes) => {
                sources.push(GroupSource::Stored);
                stored_bytes.push(Some(bytes));
            }
            Err(why) => {
                if whole.is_none() {
                    warn(&format!(
                        "{shown}: group {}: {why}; not using its stored executable, compiling it \
                         again",
                        described.name
                    ));
                }
                sources.push(GroupSource::Recompiled(why));
                stored_bytes.push(None);
            }
        }
    }
    let signatures: Vec<_> = fresh
        .plan
        .groups
        .iter()
        .map(|g| g.graph.signature())
        .collect();
    let programs: Vec<Program<'_>> = fresh
        .programs
        .iter()
        .zip(&signatures)
        .zip(&stored_bytes)
        .map(|((mlir, signature), bytes)| Program {
            mlir,
            signature,
            serialized: bytes.as_deref(),
        })
        .collect();
    let executables = cache.compile_all(client, &CompileOptions::default(), &programs)?;
    Ok(Compiled {
        manifest,
        config: fresh.config,
        plan: fresh.plan,
        programs: fresh.programs,
        executables,
        sources,
    })
}

/// Re-flows `serde_json`'s pretty output so that arrays and objects whose elements all fit on one
/// line of at most `width` characters are written on one line (`"shape": [768, 2304]`), for
/// readable diffs. Ends with a newline.
pub fn compact_json(pretty: &str, width: usize) -> String {
    // Each frame: the opening line and the rendered elements (each one or more lines).
    let mut stack: Vec<(String, Vec<Vec<String>>)> = vec![(String::new(), Vec::new())];
    for line in pretty.lines() {
        let t = line.trim();
        if t.ends_with('[') || t.ends_with('{') {
            stack.push((line.to_string(), Vec::new()));
        } else if t.starts_with(']') || t.starts_with('}') {
            let Some((open, items)) = stack.pop() else {
                return format!("{pretty}\n");
            };
            let mut rendered = Vec::new();
            let inline = items.iter().all(|i| i.len() == 1);
            let joined = format!(
                "{open}{}{t}",
                items
                    .iter()
                    .map(|i| i[0].trim())
                    .collect::<Vec<_>>()
                    .join(" ")
            );
            if inline && joined.chars().count() <= width {
                rendered.push(joined);
            } else {
                rendered.push(open);
                rendered.extend(items.into_iter().flatten());
                rendered.push(line.to_string());
            }
            match stack.last_mut() {
                Some(parent) => parent.1.push(rendered),
                None => return format!("{pretty}\n"),
            }
        } else {
            match stack.last_mut() {
                Some(parent) => parent.1.push(vec![line.to_string()]),
                None => return format!("{pretty}\n"),
            }
        }
    }
    let mut out = String::with_capacity(pretty.len());
    for line in stack.into_iter().flat_map(|(_, items)| items).flatten() {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::compact_json;

    #[test]
    fn short_containers_go_on_one_line() {
        let v = serde_json::json!({"a": [1, 2], "b": {"c": "x", "d": [3]}, "e": [], "f": "[not {"});
        let pretty = serde_json::to_string_pretty(&v).unwrap();
        let out = compact_json(&pretty, 80);
        assert_eq!(
            out,
            format!(
                "{}\n",
                serde_json::to_string(&v)
                    .unwrap()
                    .replace(",", ", ")
                    .replace(":", ": ")
            )
        );
        let narrow = compact_json(&pretty, 16);
        assert!(narrow.contains("\n  \"a\": [1, 2],\n"), "{narrow}");
        let back: serde_json::Value = serde_json::from_str(&narrow).unwrap();
        assert_eq!(back, v);
    }
}
