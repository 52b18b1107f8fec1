//! Parity presets: the exact defaults and formulas of the reference implementations
//! (see ../shared/REFERENCE.md, summarized in the README).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::config::partition::PartitionRules;
use crate::config::Storage;
use crate::pjrt::CpuGemm;
use crate::transforms::adamw::{AdamConfig, AdamStyle};
use crate::transforms::momentum::MomentumStyle;
use crate::transforms::muon::{MatrixView, MuonConfig};
use crate::transforms::newton_schulz::{
    NewtonSchulz, Normalization, NsPrecision, NsRounding, KELLER_JORDAN,
};
use crate::transforms::scale::{AdjustLr, Layout};
use crate::types::{DType, Error, Result};

/// A reference implementation whose behaviour a configuration reproduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Preset {
    /// KellerJordan/Muon `muon.py` (`SingleDeviceMuonWithAuxAdam`).
    KellerJordan,
    /// `torch.optim.Muon` paired with `torch.optim.AdamW` at its defaults.
    Torch,
    /// `optax.contrib.muon`.
    Optax,
    /// `keras.optimizers.Muon`, Keras 3.13+.
    Keras,
    /// `keras.optimizers.Muon` before 3.13.
    KerasLegacy,
    /// MoonshotAI/Moonlight `examples/toy_train.py`.
    Moonlight,
    /// pytorch-optimizer 4.1.0's `NorMuon` (NorMuon on ≥2-D weights, its AdamW on the rest).
    Normuon,
}

impl Preset {
    pub const ALL: [Preset; 7] = [
        Preset::KellerJordan,
        Preset::Torch,
        Preset::Optax,
        Preset::Keras,
        Preset::KerasLegacy,
        Preset::Moonlight,
        Preset::Normuon,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Preset::KellerJordan => "keller-jordan",
            Preset::Torch => "torch",
            Preset::Optax => "optax",
            Preset::Keras => "keras",
            Preset::KerasLegacy => "keras-legacy",
            Preset::Moonlight => "moonlight",
            Preset::Normuon => "normuon",
        }
    }
}

impl fmt::Display for Preset {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Preset {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Preset::ALL
            .into_iter()
            .find(|p| p.name() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = Preset::ALL.iter().map(|p| p.name()).collect();
                Error::Config(format!(
                    "unknown preset `{s}`; choose one of {}",
                    names.join(", ")
                ))
            })
    }
}

/// How the Adam learning rate follows the Muon one.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AdamLr {
    /// A fixed value (Keller Jordan's own group: 3e-4; torch's AdamW default: 1e-3).
    Fixed(f64),
    /// `ratio · lr` (optax and Moonlight: 1; Keras: `adam_lr_ratio`).
    Ratio(f64),
}

/// A complete optimizer configuration. Learning rates given here are the defaults `step` uses;
/// the compiled executables take them as runtime inputs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OptimizerConfig {
    pub preset: Preset,
    /// The preset's default Muon learning rate (`None` only for optax, which has no default):
    /// what the command line and the compiled manifests use when no `lr` is given. The library
    /// never reads it: [`crate::Optimizer::step`] takes the learning rate of every step (a
    /// runtime input, so a schedule never recompiles).
    pub lr: Option<f64>,
    pub adam_lr: AdamLr,
    pub muon: MuonConfig,
    pub adam: AdamConfig,
    /// Keras multiplies weight decay on Adam parameters by the Muon learning rate.
    pub adam_decay_uses_muon_lr: bool,
    pub partition: PartitionRules,
    /// Clipping, loss scaling, accumulation, EMA, QK-clip: all off by default.
    #[serde(default)]
    pub extras: crate::config::extras::StepExtras,
    /// How [`crate::runtime::Optimizer`] lays out each group's tensors: the presets say
    /// [`Storage::Stacked`] (about half the compile time); a configuration read without the field
    /// is [`Storage::PerParam`], the layout `muon-xla compile` writes by default.
    #[serde(default, skip_serializing_if = "Storage::is_per_param")]
    pub storage: Storage,
    /// Who runs the Newton–Schulz matmuls when compiling for a live CPU client (see
    /// [`CpuGemm`]); default [`CpuGemm::Auto`]. Programs that leave the process ignore it.
    #[serde(default, skip_serializing_if = "CpuGemm::is_auto")]
    pub cpu_gemm: CpuGemm,
}

impl OptimizerConfig {
    /// The reference defaults of `preset`.
    pub fn preset(preset: Preset) -> Self {
        let muon = |lr_style, ns: NewtonSchulz, adjust, layout, wd, view| MuonConfig {
            momentum: 0.95,
            nesterov: true,
            momentum_style: lr_style,
            newton_schulz: ns,
            adjust_lr: adjust,
            layout,
            weight_decay: wd,
            buffer_dtype: DType::F32,
            matrix_view: view,
            scale_in_ns_dtype: false,
            batch_axes: Vec::new(),
            normuon: None,
            cautious_weight_decay: false,
        };
        let adam = |style, beta2, eps, wd| AdamConfig {
            style,
            beta1: 0.9,
            beta2,
            eps,
            eps_root: 0.0,
            weight_decay: wd,
            cautious_weight_decay: false,
        };
        let ns = |steps, norm, dtype| NewtonSchulz::fixed(KELLER_JORDAN, steps, norm, dtype);
        // Keller's and Moonlight's bf16 iteration, `B = b * A + c * A @ A` (Python reads
        // `(c·A)·A`), rounded after every op.
        let keller_ns = || NewtonSchulz {
            rounding: NsRounding::KellerOrder,
            ..ns(5, Normalization::frobenius(1e-7), DType::BF16)
        };
        // torch.optim.Muon's (and pytorch-optimizer's NorMuon's): `X / max(‖X‖, 1e-7)`, then
        // `addmm(A, A, A, beta=b, alpha=c)` and `addmm(X, B, X, beta=a)`, one rounding per line.
        let torch_ns = || NewtonSchulz {
            rounding: NsRounding::Addmm,
            ..ns(
                5,
                Normalization::FrobeniusClampEps { eps: 1e-7 },
                DType::BF16,
            )
        };
        let rank2 = |max_rank| PartitionRules {
            min_rank: 2,
            max_rank,
            ..PartitionRules::default()
        };
        use MomentumStyle::*;
        let mut config = match preset {
            Preset::KellerJordan => OptimizerConfig {
                preset,
                lr: Some(0.02),
                adam_lr: AdamLr::Fixed(3e-4),
                muon: MuonConfig {
                    // Keller multiplies the bf16 Newton–Schulz output by the scale in bf16.
                    scale_in_ns_dtype: true,
                    ..muon(
                        Ema,
                        keller_ns(),
                        AdjustLr::OriginalLastTwoAxes,
                        Layout::OutIn,
                        0.0,
                        MatrixView::FlattenConv,
                    )
                },
                adam: adam(AdamStyle::Standard, 0.95, 1e-10, 0.0),
                adam_decay_uses_muon_lr: false,
                partition: rank2(None),
                extras: Default::default(),
                storage: Storage::Stacked,
                cpu_gemm: CpuGemm::Auto,
            },
            Preset::Torch => OptimizerConfig {
                preset,
                lr: Some(1e-3),
                adam_lr: AdamLr::Fixed(1e-3),
                muon: muon(
                    Ema,
                    torch_ns(),
                    AdjustLr::Original,
                    Layout::OutIn,
                    0.1,
                    MatrixView::FlattenConv,
                ),
                adam: adam(AdamStyle::Standard, 0.999, 1e-8, 0.01),
                adam_decay_uses_muon_lr: false,
                partition: rank2(Some(2)),
                extras: Default::default(),
                storage: Storage::Stacked,
                cpu_gemm: CpuGemm::Auto,
            },
            Preset::Optax => OptimizerConfig {
                preset,
                lr: None,
                adam_lr: AdamLr::Ratio(1.0),
                muon: muon(
                    BiasCorrectedEma,
                    ns(5, Normalization::frobenius(1e-8), DType::F32),
                    AdjustLr::Original,
                    Layout::InOut,
                    0.0,
                    MatrixView::BatchLeading,
                ),
                adam: adam(AdamStyle::Nesterov, 0.999, 1e-8, 0.0),
                adam_decay_uses_muon_lr: false,
                partition: rank2(Some(2)),
                extras: Default::default(),
                storage: Storage::Stacked,
                cpu_gemm: CpuGemm::Auto,
            },
            Preset::Keras => OptimizerConfig {
                preset,
                lr: Some(1e-3),
                adam_lr: AdamLr::Ratio(1.0),
                muon: muon(
                    HeavyBall,
                    ns(5, Normalization::frobenius(1e-7), DType::F32),
                    AdjustLr::MatchRmsAdamW,
                    Layout::InOut,
                    0.004,
                    MatrixView::BatchLeading,
                ),
                adam: adam(AdamStyle::EpsBeforeCorrection, 0.999, 1e-7, 0.004),
                adam_decay_uses_muon_lr: true,
                partition: PartitionRules {
                    exclude_substrings_ci: vec!["embedding".into()],
                    ..rank2(Some(2))
                },
                extras: Default::default(),
                storage: Storage::Stacked,
                cpu_gemm: CpuGemm::Auto,
            },
            Preset::KerasLegacy => OptimizerConfig {
                preset,
                lr: Some(1e-3),
                adam_lr: AdamLr::Ratio(0.1),
                // Keras < 3.13 applies max(1, d0/d1) to (in, out) kernels: the out-in reading.
                muon: muon(
                    HeavyBall,
                    ns(6, Normalization::frobenius(1e-7), DType::F32),
                    AdjustLr::Original,
                    Layout::OutIn,
                    0.1,
                    MatrixView::BatchLeading,
                ),
                adam: adam(AdamStyle::EpsBeforeCorrection, 0.999, 1e-7, 0.1),
                adam_decay_uses_muon_lr: true,
                partition: PartitionRules {
                    exclude_substrings_ci: vec!["embedding".into()],
                    ..rank2(Some(3))
                },
                extras: Default::default(),
                storage: Storage::Stacked,
                cpu_gemm: CpuGemm::Auto,
            },
            Preset::Moonlight => OptimizerConfig {
                preset,
                lr: Some(1e-3),
                adam_lr: AdamLr::Ratio(1.0),
                muon: muon(
                    HeavyBall,
                    keller_ns(),
                    AdjustLr::MatchRmsAdamW,
                    Layout::OutIn,
                    0.1,
                    MatrixView::FlattenTrailing,
                ),
                adam: adam(AdamStyle::EpsBeforeCorrection, 0.95, 1e-8, 0.1),
                adam_decay_uses_muon_lr: false,
                partition: PartitionRules {
                    exclude_substrings: vec!["embed_tokens".into(), "lm_head".into()],
                    ..rank2(None)
                },
                extras: Default::default(),
                storage: Storage::Stacked,
                cpu_gemm: CpuGemm::Auto,
            },
            // pytorch-optimizer's NorMuon: Newton–Schulz as torch.optim.Muon's (bf16, addmm,
            // X / max(‖X‖, 1e-7)) on `update.reshape(len(update), -1)`, Keller's scale
            // sqrt(max(1, rows/cols)) (`get_adjusted_lr` without `use_adjusted_lr`), decay before
            // the update with the unscaled lr; its AdamW: lr 3e-4, β (0.9, 0.95), eps 1e-10.
            Preset::Normuon => OptimizerConfig {
                preset,
                lr: Some(0.02),
                adam_lr: AdamLr::Fixed(3e-4),
                muon: MuonConfig {
                    normuon: Some(crate::transforms::normuon::NorMuon::default()),
                    ..muon(
                        Ema,
                        torch_ns(),
                        AdjustLr::Original,
                        Layout::OutIn,
                        0.0,
                        MatrixView::FlattenTrailing,
                    )
                },
                adam: adam(AdamStyle::Standard, 0.95, 1e-10, 0.0),
                adam_decay_uses_muon_lr: false,
                partition: rank2(None),
                extras: Default::default(),
                storage: Storage::Stacked,
                cpu_gemm: CpuGemm::Auto,
            },
        };
        // The matmul precision of the reference's framework: PyTorch's f32 matmuls are full f32,
        // JAX's follow the backend's default (TF32 on NVIDIA Ampere+, one bf16 pass on TPU).
        config.muon.newton_schulz.precision = match preset {
            Preset::KellerJordan | Preset::Torch | Preset::Moonlight | Preset::Normuon => {
                NsPrecision::FullF32
            }
            Preset::Optax | Preset::Keras | Preset::KerasLegacy => NsPrecision::Default,
        };
        config
    }

    /// The dtype of the state a parameter of `param` dtype keeps on `route`: the configured
    /// momentum-buffer dtype for Muon, at least f32 for Adam's moments.
    pub fn state_dtype(&self, route: crate::config::Route, param: DType) -> DType {
        match route {
            crate::config::Route::Muon => self.muon.buffer_dtype,
            crate::config::Route::Adam => param.at_least_f32(),
        }
    }

    /// The Adam learning rate for a Muon learning rate `lr`.
    pub fn adam_lr_for(&self, lr: f64) -> f64 {
        match self.adam_lr {
            AdamLr::Fixed(v) => v,
            AdamLr::Ratio(r) => r * lr,
        }
    }

    /// The learning rate that multiplies the Adam path's weight decay.
    pub fn adam_decay_lr_for(&self, lr: f64) -> f64 {
        if self.adam_decay_uses_muon_lr {
            lr
        } else {
            self.adam_lr_for(lr)
        }
    }
}
