//! Compiled directories for a device this machine does not have (`muon-xla compile --target
//! h100`): each group's program compiled through the plugin's topology API, serialized, and
//! recorded in the manifest with the target, its topology and the plugin that compiled it.

use std::path::Path;

use super::{build, store, Compiled, DeviceBuild};
use crate::cache::{plugin_file_sha256, sha256_hex};
use crate::config::{OptimizerConfig, Settings};
use crate::pjrt::{hlo_op_counts, CompileOptions, Plugin, Target, Topology};
use crate::plan::model::ModelDescription;
use crate::types::{Error, Result};

/// Plans and emits `model`, compiles every group for `target` (one device) with `plugin` and
/// no device, and writes the directory (programs, executables, manifest).
pub fn write_for_device(
    dir: &Path,
    model: &ModelDescription,
    settings: &Settings,
    config: &OptimizerConfig,
    target: &Target,
    plugin: &Plugin,
) -> Result<Compiled> {
    let devices = 1;
    let options = target.topology_options(devices)?;
    let pairs: Vec<(&str, &str)> = options.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let topology = Topology::create(plugin, target.topology_name(), &pairs).map_err(|e| {
        Error::Config(format!(
            "the plugin {} cannot describe target `{}` ({e}); a GPU target needs the CUDA \
             or TPU plugin (jax-cuda13-pjrt, libtpu), which muon-xla installs into its cache",
            plugin.path().display(),
            target.name
        ))
    })?;
    let mut compiled = build(model, settings, config, None)?;
    let mut bytes = Vec::with_capacity(compiled.programs.len());
    for (text, group) in compiled.programs.iter().zip(&mut compiled.manifest.groups) {
        let exe = topology
            .compile(text.as_bytes(), &CompileOptions::default())
            .map_err(|e| compile_error(e, &group.name, target))?;
        bytes.push(exe.serialize()?);
        group.kernels = Some(hlo_op_counts(&exe.optimized_hlo()?)?);
    }
    let (plugin_sha256, plugin_size) = plugin_file_sha256(plugin.path())?;
    let (major, minor) = plugin.api_version();
    compiled.manifest.device = Some(DeviceBuild {
        target: target.name.clone(),
        platform: target.device.to_string(),
        topology: match target.tpu_topology.as_deref() {
            Some(t) => t.to_string(),
            None => format!("1x1x{devices}"),
        },
        spec_sha256: sha256_hex(target.spec.as_deref().unwrap_or_default().as_bytes()),
        plugin_sha256,
        plugin_size,
        pjrt_api_version: format!("{major}.{minor}"),
    });
    store(dir, compiled, bytes)
}

/// A failed deviceless compile, with what to do when it is the CUDA toolchain that is missing.
fn compile_error(e: Error, group: &str, target: &Target) -> Error {
    let text = e.to_string();
    let hint = if text.contains("PTX compilation provider") || text.contains("ptxas") {
        " The CUDA compiler was not found: the wheel nvidia-cuda-nvcc (ptxas, nvlink) must be \
         installed two folders above the plugin (muon-xla's own install does that), or pass \
         XLA_FLAGS=--xla_gpu_cuda_data_dir=DIR."
    } else if text.contains("libdevice") {
        " libdevice was not found: the wheel nvidia-nvvm must be installed two folders above the \
         plugin (muon-xla's own install does that), or pass XLA_FLAGS=--xla_gpu_cuda_data_dir=DIR."
    } else {
        ""
    };
    Error::Config(format!(
        "compiling group {group} for target `{}`: {text}.{hint}",
        target.name
    ))
}
