//! Compiled directories for a device this machine does not have (`muon-xla compile --target
//! h100`): each group's program compiled through the plugin's topology API, serialized, and
//! recorded in the manifest with the target, its topology and the plugin that compiled it.

use std::path::Path;

use super::partitioned::partition;
use super::{build, store, Compiled, DeviceBuild};
use crate::cache::{plugin_file_sha256, sha256_hex};
use crate::config::{OptimizerConfig, Settings};
use crate::graph::ShardingDialect;
use crate::pjrt::plugin::DeviceKind;
use crate::pjrt::{
    hlo_op_counts, kernel_summary, CompileOptions, GemmBackend, Plugin, Target, Topology,
};
use crate::plan::model::ModelDescription;
use crate::plan::spmd::SpmdLayout;
use crate::types::{Error, Result};

/// The choices of a deviceless build beyond the target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceOptions {
    /// GPU targets: how matrix multiplications run; `None`: [`GemmBackend::Cublas`]. An error
    /// for other targets.
    pub gemm_backend: Option<GemmBackend>,
    /// Devices of the topology (default 1; see [`Target::topology`] for the counts each target
    /// takes). With more than one, the plain 2-D Muon groups are partitioned over them.
    pub devices: usize,
    /// How a partitioned group lies over the devices.
    pub spmd_layout: SpmdLayout,
    /// The sharding annotations XLA's partitioner reads (GSPMD or Shardy).
    pub dialect: ShardingDialect,
}

impl Default for DeviceOptions {
    fn default() -> Self {
        DeviceOptions {
            gemm_backend: None,
            devices: 1,
            spmd_layout: SpmdLayout::default(),
            dialect: ShardingDialect::Gspmd,
        }
    }
}

/// Plans and emits `model`, compiles every group for `target` (one device) with `plugin` and
/// no device, and writes the directory (programs, executables, manifest).
pub fn write_for_device(
    dir: &Path,
    model: &ModelDescription,
    settings: &Settings,
    config: &OptimizerConfig,
    target: &Target,
    plugin: &Plugin,
    device: &DeviceOptions,
) -> Result<Compiled> {
    let devices = device.devices;
    let gemm = match (target.device, device.gemm_backend) {
        (DeviceKind::Cuda, b) => Some(b.unwrap_or(GemmBackend::Cublas)),
        (_, None) => None,
        (kind, Some(b)) => {
            return Err(Error::InvalidSetting {
                field: "gemm_backend",
                value: b.to_string(),
                expected: format!("nothing for a {kind} target (the GEMM backend is a GPU choice)"),
            })
        }
    };
    let options = CompileOptions {
        env_option_overrides: gemm.map(GemmBackend::overrides).unwrap_or_default(),
        ..CompileOptions::default()
    };
    let topo = target.topology(devices)?;
    let pairs: Vec<(&str, &str)> = (topo.options.iter())
        .map(|(k, v)| (*k, v.as_str()))
        .collect();
    let topology = Topology::create(plugin, &topo.name, &pairs).map_err(|e| {
        Error::Config(format!(
            "the plugin {} cannot describe target `{}` ({e}); a GPU target needs the CUDA \
             or TPU plugin (jax-cuda13-pjrt, libtpu), which muon-xla installs into its cache",
            plugin.path().display(),
            target.name
        ))
    })?;
    let mut compiled = build(model, settings, config, None)?;
    compiled.manifest.compile_options_sha256 = sha256_hex(&options.encode());
    let per_group = partition(
        &mut compiled,
        devices,
        device.spmd_layout,
        device.dialect,
        &options,
    )?;
    let mut bytes = Vec::with_capacity(compiled.programs.len());
    let groups = compiled.programs.iter().zip(&mut compiled.manifest.groups);
    for ((text, group), options) in groups.zip(&per_group) {
        let exe = topology
            .compile(text.as_bytes(), options)
            .map_err(|e| compile_error(e, &group.name, target))?;
        bytes.push(exe.serialize()?);
        let hlo = exe.optimized_hlo()?;
        group.kernels = Some(hlo_op_counts(&hlo)?);
        group.kernel_kinds = Some(kernel_summary(&hlo)?);
    }
    let (plugin_sha256, plugin_size) = plugin_file_sha256(plugin.path())?;
    let (major, minor) = plugin.api_version();
    compiled.manifest.device = Some(DeviceBuild {
        target: target.name.clone(),
        platform: target.device.to_string(),
        topology: topo.recorded,
        spec_sha256: sha256_hex(target.spec.as_deref().unwrap_or_default().as_bytes()),
        plugin_sha256,
        plugin_size,
        pjrt_api_version: format!("{major}.{minor}"),
        gemm_backend: gemm,
        devices,
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
