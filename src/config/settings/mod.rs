//! Every setting a user can override on top of a preset, written once: this struct is the JSON
//! `--config` file (keys are the field names), the command line's flags (clap's derive on the
//! same fields, behind the `cli` feature: `--field-name`), and what the library resolves
//! ([`Settings::resolve`]). Every field is optional; an absent field keeps the preset's value.

use serde::{Deserialize, Serialize};

use crate::config::presets::Preset;
use crate::pjrt::CpuGemm;
use crate::transforms::newton_schulz::NsPrecision;
use crate::transforms::normuon::{NorMuonAxis, NorMuonScale};
use crate::transforms::scale::Layout;
use crate::transforms::schedules::{NsPrecondition, NsSchedule};
use crate::types::{DType, Error, Result};

#[cfg(feature = "cli")]
mod parse;
mod resolve;
mod variants;

#[cfg(feature = "cli")]
use parse::{parse, parse_betas, parse_dtype, parse_layout};

/// Overrides of a preset's defaults. Precedence: the preset < a `--config` file < flags.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// Reference behaviour to reproduce: keller-jordan, torch, optax, keras, keras-legacy, moonlight, normuon.
    #[cfg_attr(feature = "cli", arg(long, value_parser = parse::<Preset>))]
    pub preset: Option<Preset>,
    /// Muon learning rate.
    #[cfg_attr(feature = "cli", arg(long))]
    pub lr: Option<f64>,
    /// Adam learning rate (default: the preset's rule).
    #[cfg_attr(feature = "cli", arg(long))]
    pub adam_lr: Option<f64>,
    /// Momentum μ.
    #[cfg_attr(feature = "cli", arg(long))]
    pub momentum: Option<f64>,
    /// Muon weight decay.
    #[cfg_attr(feature = "cli", arg(long))]
    pub weight_decay: Option<f64>,
    /// Adam weight decay (default: the preset's rule).
    #[cfg_attr(feature = "cli", arg(long))]
    pub adam_weight_decay: Option<f64>,
    /// Newton–Schulz iterations.
    #[cfg_attr(feature = "cli", arg(long))]
    pub ns_steps: Option<usize>,
    /// Newton–Schulz coefficient schedule: keller-jordan, dion, polar-express, polar-express-basic, dion-fast (4 steps, AOL).
    #[cfg_attr(feature = "cli", arg(long, value_name = "NAME", value_parser = parse::<NsSchedule>))]
    pub ns_schedule: Option<NsSchedule>,
    /// Gram Newton–Schulz for matrices with aspect ≥ 2:1 (opt-in, f32/f64 only; fewer flops).
    #[cfg_attr(feature = "cli", arg(long, value_name = "true|false"))]
    pub ns_gram: Option<bool>,
    /// How Newton–Schulz starts: frobenius (default), aol (row scaling from XXᵀ) or schatten.
    #[cfg_attr(feature = "cli", arg(long, value_name = "NAME", value_parser = parse::<NsPrecondition>))]
    pub ns_precondition: Option<NsPrecondition>,
    /// Precision of the Newton–Schulz matmuls on GPUs and TPUs: default (TF32 for f32 on NVIDIA
    /// Ampere+), high, highest (full f32), full-f32 (highest when computing in f32, the
    /// PyTorch-based presets' default; optax and keras: default). No effect on the CPU.
    #[cfg_attr(feature = "cli", arg(long, value_name = "NAME", value_parser = parse::<NsPrecision>))]
    pub ns_precision: Option<NsPrecision>,
    /// Who runs the Newton–Schulz matmuls on the CPU: auto (default: oneDNN for bf16 when the
    /// CPU has bf16 instructions and for f32 when it has AVX-512, installed on demand; XLA
    /// otherwise), xla, or onednn (f32 and bf16 at any ISA). Only programs compiled here for the CPU; exported programs always use XLA's dot.
    #[cfg_attr(feature = "cli", arg(long, value_name = "auto|xla|onednn", value_parser = parse::<CpuGemm>))]
    pub cpu_gemm: Option<CpuGemm>,
    /// Nesterov momentum.
    #[cfg_attr(feature = "cli", arg(long, value_name = "true|false"))]
    pub nesterov: Option<bool>,
    /// Shape-based learning-rate scale.
    #[cfg_attr(feature = "cli", arg(long, value_name = "none|original|match-rms-adamw", value_parser = parse::<AdjustLrName>))]
    pub adjust_lr: Option<AdjustLrName>,
    /// Regular expression searched in parameter names: matches use Adam (repeatable; on top of
    /// the preset's rules).
    #[serde(default)]
    #[cfg_attr(feature = "cli", arg(long, value_name = "PATTERN"))]
    pub adamw: Vec<String>,
    /// Newton–Schulz compute dtype.
    #[cfg_attr(feature = "cli", arg(long, value_name = "f32|bf16", value_parser = parse_dtype))]
    pub ns_dtype: Option<DType>,
    /// Momentum buffer dtype (state NAME.momentum; optax's `mu_dtype`).
    #[cfg_attr(feature = "cli", arg(long, value_name = "f32|bf16", value_parser = parse_dtype))]
    pub mu_dtype: Option<DType>,
    /// Newton–Schulz normalization epsilon.
    #[cfg_attr(feature = "cli", arg(long))]
    pub eps: Option<f64>,
    /// Adam epsilon.
    #[cfg_attr(feature = "cli", arg(long))]
    pub adam_eps: Option<f64>,
    /// Adam betas, `B1,B2`.
    #[cfg_attr(feature = "cli", arg(long, value_name = "B1,B2", value_parser = parse_betas))]
    pub betas: Option<(f64, f64)>,
    /// How weight matrices store their axes (for the lr scale).
    #[cfg_attr(feature = "cli", arg(long, value_name = "out-in|in-out", value_parser = parse_layout))]
    pub layout: Option<Layout>,
    /// Clip every gradient element to [-V, V].
    #[cfg_attr(feature = "cli", arg(long))]
    pub clip_value: Option<f64>,
    /// Clip each gradient tensor to this norm.
    #[cfg_attr(feature = "cli", arg(long))]
    pub clip_norm: Option<f64>,
    /// Clip all gradients together to this global norm.
    #[cfg_attr(feature = "cli", arg(long))]
    pub clip_global_norm: Option<f64>,
    /// Gradients arrive multiplied by this loss scale.
    #[cfg_attr(feature = "cli", arg(long))]
    pub loss_scale: Option<f64>,
    /// Keep an EMA of the weights as state NAME.ema, with this momentum.
    #[cfg_attr(feature = "cli", arg(long))]
    pub ema_momentum: Option<f64>,
    /// QK-clip threshold tau (needs PREFIX.max_logits tensors in the input).
    #[cfg_attr(feature = "cli", arg(long))]
    pub qk_clip_tau: Option<f64>,
    /// QK-clip alpha (default 0.5).
    #[cfg_attr(feature = "cli", arg(long))]
    pub qk_clip_alpha: Option<f64>,
    /// Regular expression naming query projections for QK-clip.
    #[cfg_attr(feature = "cli", arg(long, value_name = "PATTERN"))]
    pub qk_query: Option<String>,
    /// Regular expression naming key projections for QK-clip.
    #[cfg_attr(feature = "cli", arg(long, value_name = "PATTERN"))]
    pub qk_key: Option<String>,
    /// Key/value heads (grouped-query attention) for QK-clip.
    #[cfg_attr(feature = "cli", arg(long))]
    pub qk_kv_heads: Option<usize>,
    /// Regular expression searched in parameter names: matches get no weight decay (repeatable;
    /// a runtime input, e.g. `'\.bias$'`, `norm`).
    #[serde(default)]
    #[cfg_attr(feature = "cli", arg(long, value_name = "PATTERN"))]
    pub no_weight_decay: Vec<String>,
    /// `PATTERN=FACTOR`: multiply the learning rate of matching parameters (repeatable; the first
    /// matching pattern wins; a runtime input).
    #[serde(default)]
    #[cfg_attr(feature = "cli", arg(long, value_name = "PATTERN=FACTOR"))]
    pub lr_mult: Vec<String>,
    /// `PATTERN=AXES`: matching weights are batches of matrices over AXES (comma-separated), each
    /// orthogonalized on its own (mixture of experts `[experts, out, in]`: `experts=0`).
    #[serde(default)]
    #[cfg_attr(feature = "cli", arg(long, value_name = "PATTERN=AXES"))]
    pub muon_batch: Vec<String>,
    /// bf16/f16 parameters keep f32 master weights as state NAME.master (the update runs on
    /// the master; the parameter is its rounded copy). `--master-weights` alone means true.
    #[cfg_attr(feature = "cli", arg(long, value_name = "true|false", num_args = 0..=1, require_equals = true, default_missing_value = "true"))]
    pub master_weights: Option<bool>,
    /// The float dtype gradients arrive in (default: each parameter's own), e.g. f32 gradients
    /// for bf16 parameters with --master-weights.
    #[cfg_attr(feature = "cli", arg(long, value_name = "f32|bf16|f16", value_parser = parse_dtype))]
    pub grad_dtype: Option<DType>,
    /// NorMuon: after Newton–Schulz, divide each neuron's update by the root of its second moment
    /// (state NAME.second_momentum), then rescale (the normuon preset's default; off elsewhere).
    #[cfg_attr(feature = "cli", arg(long, value_name = "true|false"))]
    pub normuon: Option<bool>,
    /// NorMuon's β₂, the second moment's EMA decay (default 0.95).
    #[cfg_attr(feature = "cli", arg(long, value_name = "B"))]
    pub normuon_beta2: Option<f64>,
    /// NorMuon's update scale: preserve-norm (Newton–Schulz's norm, then the usual lr scale;
    /// default) or match-rms (RMS 0.2, unscaled lr).
    #[cfg_attr(feature = "cli", arg(long, value_name = "preserve-norm|match-rms", value_parser = parse::<NorMuonScale>))]
    pub normuon_scale: Option<NorMuonScale>,
    /// The axis NorMuon averages over: last (pytorch-optimizer; default) or auto (modded-nanogpt:
    /// the columns when rows ≥ cols, else the rows).
    #[cfg_attr(feature = "cli", arg(long, value_name = "last|auto", value_parser = parse::<NorMuonAxis>))]
    pub normuon_axis: Option<NorMuonAxis>,
    /// Cautious weight decay on the Muon path: decay only where the update and the parameter
    /// agree in sign.
    #[cfg_attr(feature = "cli", arg(long, value_name = "true|false"))]
    pub cautious_weight_decay: Option<bool>,
    /// Cautious weight decay on the Adam path.
    #[cfg_attr(feature = "cli", arg(long, value_name = "true|false"))]
    pub adam_cautious_weight_decay: Option<bool>,
}

/// The `adjust_lr` choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AdjustLrName {
    None,
    Original,
    MatchRmsAdamw,
}

impl std::str::FromStr for AdjustLrName {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "none" => Ok(AdjustLrName::None),
            "original" => Ok(AdjustLrName::Original),
            "match-rms-adamw" => Ok(AdjustLrName::MatchRmsAdamw),
            _ => Err(Error::InvalidSetting {
                field: "adjust_lr",
                value: format!("`{s}`"),
                expected: "none, original or match-rms-adamw".into(),
            }),
        }
    }
}

/// The list settings whose entries are searched in order, first match winning: the overriding
/// side's entries go first. (`adamw` patterns all apply, so its order does not matter.)
const FIRST_MATCH_LISTS: &[&str] = &["no_weight_decay", "lr_mult", "muon_batch"];

impl Settings {
    /// Reads a JSON settings file; unknown keys are errors (a typo must not pass silently).
    pub fn from_json(text: &str, origin: &str) -> Result<Settings> {
        serde_json::from_str(text).map_err(|e| Error::Config(format!("{origin}: {e}")))
    }

    /// Whether no setting is given.
    pub fn is_empty(&self) -> bool {
        *self == Settings::default()
    }

    /// `self` where set, else `base` (flags over a config file); lists are joined. Field by field
    /// through the serialized form, so a new field needs no line here.
    pub fn or(self, base: Settings) -> Settings {
        merge(&self, base).unwrap_or(self)
    }
}

fn merge(mine: &Settings, base: Settings) -> Option<Settings> {
    use serde_json::Value;
    let (Value::Object(mine), Value::Object(mut theirs)) = (
        serde_json::to_value(mine).ok()?,
        serde_json::to_value(&base).ok()?,
    ) else {
        return None;
    };
    for (key, value) in mine {
        let merged = match (value, theirs.remove(&key)) {
            (Value::Array(a), Some(Value::Array(b))) => {
                let (first, second) = if FIRST_MATCH_LISTS.contains(&key.as_str()) {
                    (a, b)
                } else {
                    (b, a)
                };
                Value::Array(first.into_iter().chain(second).collect())
            }
            (Value::Null, Some(b)) => b,
            (a, _) => a,
        };
        theirs.insert(key, merged);
    }
    serde_json::from_value(Value::Object(theirs)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn or_prefers_self_and_joins_lists() {
        let flags = Settings {
            lr: Some(0.1),
            adamw: vec!["b".into()],
            lr_mult: vec!["x=2".into()],
            ..Settings::default()
        };
        let file = Settings {
            lr: Some(0.5),
            momentum: Some(0.9),
            adamw: vec!["a".into()],
            lr_mult: vec!["y=3".into()],
            master_weights: Some(true),
            ..Settings::default()
        };
        let got = flags.or(file);
        assert_eq!(got.lr, Some(0.1));
        assert_eq!(got.momentum, Some(0.9));
        assert_eq!(got.master_weights, Some(true));
        assert_eq!(got.adamw, ["a", "b"]);
        assert_eq!(got.lr_mult, ["x=2", "y=3"]);
        assert!(Settings::default().is_empty() && !got.is_empty());
    }
}
