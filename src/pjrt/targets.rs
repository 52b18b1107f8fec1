//! What `muon-xla compile --target NAME` can compile for. `cpu` is this machine through the CPU
//! plugin (today's executables); the GPU targets are compiled without a device through the CUDA
//! plugin's topology API ([`super::Topology`]), from a description of the device in XLA's
//! `GpuTargetConfigProto` text format (`src/pjrt/targets/*.txtpb`; `--target-config FILE` for any
//! other GPU).

use std::fmt;

use serde::{Deserialize, Serialize};

use super::options::OptionValue;
use super::plugin::DeviceKind;
use crate::types::{Error, Result};

/// How a GPU build runs its matrix multiplications. Without a device XLA cannot autotune, so a
/// deviceless build makes this choice explicitly and records it in the manifest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GemmBackend {
    /// cuBLAS / cuBLASLt library calls (XLA option `xla_gpu_enable_triton_gemm=false`): the
    /// library picks its kernel on the device at run time from NVIDIA's heuristics, so nothing
    /// needs tuning ahead of time. The default for deviceless GPU builds.
    Cublas,
    /// XLA's Triton GEMM fusions (XLA's default with a device, where it autotunes their tiles;
    /// without one they keep an untuned default tile, far from the tensor cores' peak).
    Triton,
}

impl GemmBackend {
    pub const ALL: [GemmBackend; 2] = [GemmBackend::Cublas, GemmBackend::Triton];

    pub fn name(self) -> &'static str {
        match self {
            GemmBackend::Cublas => "cublas",
            GemmBackend::Triton => "triton",
        }
    }

    /// The XLA options that make the choice (compile options' `env_option_overrides`).
    pub fn overrides(self) -> Vec<(String, OptionValue)> {
        let triton = self == GemmBackend::Triton;
        vec![(
            "xla_gpu_enable_triton_gemm".to_string(),
            OptionValue::Bool(triton),
        )]
    }
}

impl fmt::Display for GemmBackend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for GemmBackend {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        (GemmBackend::ALL.into_iter())
            .find(|b| b.name() == s.trim().to_ascii_lowercase())
            .ok_or_else(|| Error::InvalidSetting {
                field: "gemm_backend",
                value: format!("`{s}`"),
                expected: "cublas or triton".into(),
            })
    }
}

/// A device's published dense peak throughput (TFLOP/s) and memory bandwidth (GB/s): the
/// roofline `inspect` estimates a step's time against. `None` where the vendor publishes none.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Peak {
    pub bf16_tflops: f64,
    /// NVIDIA's TF32 tensor-core rate (f32 dots at default precision); `None` on TPU.
    pub tf32_tflops: Option<f64>,
    /// Full-f32 rate: CUDA cores on GPU; on TPU XLA's `HIGHEST` is six bf16 passes.
    pub f32_tflops: f64,
    pub bandwidth_gbs: f64,
}

/// Datasheet numbers (dense, SXM boards for the GPUs), by target name.
const PEAKS: &[(&str, Peak)] = &[
    (
        "h100",
        Peak {
            bf16_tflops: 989.0,
            tf32_tflops: Some(494.0),
            f32_tflops: 67.0,
            bandwidth_gbs: 3352.0,
        },
    ),
    (
        "a100",
        Peak {
            bf16_tflops: 312.0,
            tf32_tflops: Some(156.0),
            f32_tflops: 19.5,
            bandwidth_gbs: 2039.0,
        },
    ),
    (
        "b200",
        Peak {
            bf16_tflops: 2250.0,
            tf32_tflops: Some(1100.0),
            f32_tflops: 75.0,
            bandwidth_gbs: 8000.0,
        },
    ),
    (
        "tpu-v4",
        Peak {
            bf16_tflops: 275.0,
            tf32_tflops: None,
            f32_tflops: 275.0 / 6.0,
            bandwidth_gbs: 1228.0,
        },
    ),
    (
        "tpu-v5e",
        Peak {
            bf16_tflops: 197.0,
            tf32_tflops: None,
            f32_tflops: 197.0 / 6.0,
            bandwidth_gbs: 819.0,
        },
    ),
    (
        "tpu-v6e",
        Peak {
            bf16_tflops: 918.0,
            tf32_tflops: None,
            f32_tflops: 918.0 / 6.0,
            bandwidth_gbs: 1640.0,
        },
    ),
];

/// A device to compile for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The name `--target` takes (`cpu`, `h100`, ...; `custom` for a `--target-config` file).
    pub name: String,
    /// Which plugin compiles for it.
    pub device: DeviceKind,
    /// What it is, for listings.
    pub description: String,
    /// For GPU targets: the device description (`GpuTargetConfigProto` text).
    pub spec: Option<String>,
    /// For TPU targets: libtpu's topology name (`v5e:1x1`: one chip).
    pub tpu_topology: Option<String>,
}

/// The shipped targets: (name, plugin, description, GPU spec or TPU topology).
const SHIPPED: &[(&str, DeviceKind, &str, Option<&str>)] = &[
    (
        "cpu",
        DeviceKind::Cpu,
        "this machine's CPU (XLA's CPU plugin; executables for this CPU's features)",
        None,
    ),
    (
        "h100",
        DeviceKind::Cuda,
        "NVIDIA H100 SXM 80 GB (sm_90), deviceless",
        Some(include_str!("targets/h100.txtpb")),
    ),
    (
        "a100",
        DeviceKind::Cuda,
        "NVIDIA A100 SXM 80 GB (sm_80), deviceless",
        Some(include_str!("targets/a100.txtpb")),
    ),
    (
        "b200",
        DeviceKind::Cuda,
        "NVIDIA B200 (sm_100), deviceless",
        Some(include_str!("targets/b200.txtpb")),
    ),
    (
        "tpu-v4",
        DeviceKind::Tpu,
        "Google TPU v4, one chip, deviceless",
        Some("v4:1x1x1"),
    ),
    (
        "tpu-v5e",
        DeviceKind::Tpu,
        "Google TPU v5e, one chip, deviceless",
        Some("v5e:1x1"),
    ),
    (
        "tpu-v6e",
        DeviceKind::Tpu,
        "Google TPU v6e, one chip, deviceless",
        Some("v6e:1x1"),
    ),
];

impl Target {
    /// Every shipped target, in listing order.
    pub fn all() -> Vec<Target> {
        SHIPPED
            .iter()
            .map(|(name, device, description, detail)| {
                let tpu = *device == DeviceKind::Tpu;
                Target {
                    name: name.to_string(),
                    device: *device,
                    description: description.to_string(),
                    spec: detail.filter(|_| !tpu).map(str::to_string),
                    tpu_topology: detail.filter(|_| tpu).map(str::to_string),
                }
            })
            .collect()
    }

    /// The shipped target `name`; unknown names are an error listing the known ones.
    pub fn named(name: &str) -> Result<Target> {
        let all = Target::all();
        let known: Vec<String> = all.iter().map(|t| t.name.clone()).collect();
        all.into_iter()
            .find(|t| t.name == name.trim().to_ascii_lowercase())
            .ok_or_else(|| Error::InvalidSetting {
                field: "target",
                value: format!("`{name}`"),
                expected: format!(
                    "one of {} (or a GPU described by --target-config FILE)",
                    known.join(", ")
                ),
            })
    }

    /// A GPU described by the user: `GpuTargetConfigProto` text (as XLA's `gpu_specs` files).
    pub fn custom_gpu(spec: String) -> Target {
        Target {
            name: "custom".into(),
            device: DeviceKind::Cuda,
            description: "a GPU described by --target-config".into(),
            spec: Some(spec),
            tpu_topology: None,
        }
    }

    /// The published peak of a shipped accelerator target (`None` for `cpu` and `custom`).
    pub fn peak(&self) -> Option<Peak> {
        PEAKS.iter().find(|(n, _)| *n == self.name).map(|(_, p)| *p)
    }

    /// Whether executables for this target are compiled without a device (through a topology).
    pub fn is_deviceless(&self) -> bool {
        self.spec.is_some() || self.tpu_topology.is_some()
    }

    /// How `PJRT_TopologyDescription_Create` describes `devices` of this target: the topology
    /// name (TPU: `v5e:2x2`; empty for GPU), the options (GPU: `topology` = `1x1xD`, that is
    /// partitions × hosts × devices per host, and `target_config` = the spec; none for TPU) and
    /// the topology as the manifest records it.
    ///
    /// | target | 1 | 4 | 8 | 16 |
    /// |---|---|---|---|---|
    /// | GPU (any D from 1 to 8 on one host) | `1x1x1` | `1x1x4` | `1x1x8` | - |
    /// | tpu-v4 | `v4:1x1x1` | `v4:2x2x1` | `v4:2x2x2` | `v4:2x2x4` |
    /// | tpu-v5e, tpu-v6e | `v5e:1x1` | `v5e:2x2` | `v5e:2x4` | `v5e:4x4` |
    pub fn topology(&self, devices: usize) -> Result<Topo> {
        let bad = |expected: &str| Error::InvalidSetting {
            field: "devices",
            value: devices.to_string(),
            expected: format!("{expected} for target `{}`", self.name),
        };
        if let Some(one_chip) = &self.tpu_topology {
            let generation = one_chip.split(':').next().unwrap_or_default();
            let dims = match (generation, devices) {
                ("v4", 1) => "1x1x1",
                ("v4", 4) => "2x2x1",
                ("v4", 8) => "2x2x2",
                ("v4", 16) => "2x2x4",
                (_, 1) => "1x1",
                (_, 4) => "2x2",
                (_, 8) => "2x4",
                (_, 16) => "4x4",
                _ => return Err(bad("1, 4, 8 or 16 chips")),
            };
            let name = format!("{generation}:{dims}");
            return Ok(Topo {
                name: name.clone(),
                options: Vec::new(),
                recorded: name,
            });
        }
        let Some(spec) = &self.spec else {
            return Err(Error::Config(format!(
                "target `{}` compiles with a client, not a topology",
                self.name
            )));
        };
        if !(1..=8).contains(&devices) {
            return Err(bad("1 to 8 GPUs (one host)"));
        }
        let shape = format!("1x1x{devices}");
        Ok(Topo {
            name: String::new(),
            options: vec![("topology", shape.clone()), ("target_config", spec.clone())],
            recorded: shape,
        })
    }
}

/// A topology as the plugin's `PJRT_TopologyDescription_Create` takes it ([`Target::topology`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topo {
    pub name: String,
    pub options: Vec<(&'static str, String)>,
    /// What the manifest records (`1x1x8`, `v5e:2x2`).
    pub recorded: String,
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.name, self.device)
    }
}
