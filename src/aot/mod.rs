//! Compiled directories: what `muon-xla compile` writes and [`crate::runtime::Optimizer::load_compiled`]
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

use crate::cache::{
    emit_for_client, host_cpu, sha256_hex, ExecutableCache, HostCpu, PluginIdentity, Program,
};
use crate::config::{OptimizerConfig, Route, Settings};
use crate::emit::emit;
use crate::io::atomic::write_file_atomic;
use crate::pjrt::onednn;
use crate::pjrt::{Client, CompileOptions, Executable, GemmBackend, HloOpCounts, KernelSummary};
use crate::plan::model::ModelDescription;
use crate::plan::{Plan, PlannedGroup};
use crate::types::{Error, Result};

mod device;
mod json;
mod load;
mod partitioned;

pub use device::{write_for_device, DeviceOptions};
pub use json::compact_json;
pub use load::{load, read_manifest};

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
    /// Where the executables were built; absent with `--emit-only` and for device targets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Target>,
    /// The device the executables were compiled for without a device (`--target h100`, ...);
    /// absent for CPU builds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<DeviceBuild>,
    pub groups: Vec<ManifestGroup>,
}

/// The plugin and CPU the executables were compiled for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub plugin: PluginIdentity,
    pub cpu: HostCpu,
}

/// A deviceless build: the target, its topology and the plugin that compiled it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeviceBuild {
    /// The `--target` name (`h100`, ...; `custom` for `--target-config`).
    pub target: String,
    /// The platform that runs the executables (`cuda`).
    pub platform: String,
    /// The topology compiled for (`1x1x1`: one device).
    pub topology: String,
    /// sha256 of the device description (`GpuTargetConfigProto` text).
    pub spec_sha256: String,
    /// sha256 and size of the plugin file that compiled, and its PJRT C API version.
    pub plugin_sha256: String,
    pub plugin_size: u64,
    pub pjrt_api_version: String,
    /// How the matrix multiplications run (GPU targets; see [`GemmBackend`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gemm_backend: Option<GemmBackend>,
    /// Devices of the topology (the 2-D Muon groups are partitioned over them).
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub devices: usize,
}

fn one() -> usize {
    1
}

fn is_one(n: &usize) -> bool {
    *n == 1
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
    /// The oneDNN matmul handler the executable calls (its library and handler version, see
    /// [`crate::pjrt::onednn`]); absent: XLA's dots only. The program file is always the plain
    /// program; only the executable was compiled from its custom-call form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cpu_gemm: Option<String>,
    /// For device builds: the kernels XLA made (from the optimized HLO), readable here without
    /// the device.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kernels: Option<HloOpCounts>,
    /// For device builds: those kernels by kind (GEMM backend and tile, fusions, copies,
    /// collectives, host transfers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kernel_kinds: Option<KernelSummary>,
    /// Multi-device builds: the group's program is partitioned over this many devices by XLA's
    /// SPMD partitioner, in this layout (`work-split`, `sharded-params`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partitions: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spmd_layout: Option<String>,
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
        cpu_gemm: None,
        kernels: None,
        kernel_kinds: None,
        partitions: None,
        spmd_layout: None,
        arguments: arguments(g),
        results: results(g),
    }
}

/// A program's arguments as the manifest lists them.
fn arguments(g: &crate::graph::Graph) -> Vec<ManifestValue> {
    (g.params().iter())
        .map(|p| ManifestValue {
            name: p.name.clone(),
            ty: p.ty.mlir(),
            donated_to: p.alias,
        })
        .collect()
}

/// A program's results as the manifest lists them.
fn results(g: &crate::graph::Graph) -> Vec<ManifestValue> {
    let types = g.signature().outputs.into_iter().map(|t| t.mlir());
    (g.outputs().iter().zip(types))
        .map(|(o, ty)| ManifestValue {
            name: o.name.clone(),
            ty,
            donated_to: None,
        })
        .collect()
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
    let plan = Plan::with_storage(model.specs()?, config, config.storage)?;
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
            let graphs: Vec<_> = plan.groups.iter().map(|g| &g.graph).collect();
            let texts = emit_for_client(client, config.cpu_gemm, &graphs)?;
            for (group, text) in groups.iter_mut().zip(&texts) {
                group.cpu_gemm = onednn::program_identity(text.as_bytes());
            }
            let signatures: Vec<_> = plan.groups.iter().map(|g| g.graph.signature()).collect();
            cache.compile_all(client, &options, &Program::fresh(&texts, &signatures))?
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
            device: None,
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
    let compiled = build(model, settings, config, target)?;
    // The cache's bytes: a deserialized executable must not be serialized again.
    let bytes = (compiled.executables.iter())
        .map(|exe| match target {
            Some((_, cache)) => cache.serialize(exe),
            None => exe.serialize(),
        })
        .collect::<Result<Vec<_>>>()?;
    store(dir, compiled, bytes)
}

/// Writes `compiled` into `dir`: each group's program, its executable's `bytes` (one per group,
/// or none when emit-only) and `manifest.json`, every file atomically. Program and executable
/// files of groups that are no longer part of the model are removed, so the directory always
/// matches its manifest.
fn store(dir: &Path, mut compiled: Compiled, bytes: Vec<Vec<u8>>) -> Result<Compiled> {
    fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let mut keep = BTreeSet::new();
    for (i, group) in compiled.manifest.groups.iter_mut().enumerate() {
        let text = &compiled.programs[i];
        write_if_changed(&dir.join(&group.graph), text.as_bytes())?;
        keep.insert(group.graph.clone());
        if let Some(bytes) = bytes.get(i) {
            let file = format!("{}{EXECUTABLE_SUFFIX}", group.name);
            write_if_changed(&dir.join(&file), bytes)?;
            group.executable = Some(StoredFile {
                sha256: sha256_hex(bytes),
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
