//! User overrides on top of a preset, shared by the `--config FILE.json` file and the command-line
//! flags. Every field is optional; an absent field keeps the preset's value.

use serde::{Deserialize, Serialize};

use super::adamw::AdamStyle;
use super::presets::{AdamLr, OptimizerConfig, Preset};
use super::scale::{AdjustLr, Layout};
use crate::error::{Error, Result};
use crate::graph::DType;

/// Overrides of a preset's defaults (JSON keys are these field names).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub preset: Option<Preset>,
    /// Muon learning rate.
    pub lr: Option<f64>,
    /// Adam learning rate (default: the preset's rule).
    pub adam_lr: Option<f64>,
    /// μ.
    pub momentum: Option<f64>,
    /// Muon weight decay.
    pub weight_decay: Option<f64>,
    /// Adam weight decay (default: the preset's rule).
    pub adam_weight_decay: Option<f64>,
    pub ns_steps: Option<usize>,
    /// Named Newton–Schulz coefficient schedule.
    pub ns_schedule: Option<super::schedules::NsSchedule>,
    pub nesterov: Option<bool>,
    pub adjust_lr: Option<AdjustLrName>,
    /// Regular expressions: matching names go to the Adam path (on top of the preset's rules).
    #[serde(default)]
    pub adamw: Vec<String>,
    pub ns_dtype: Option<DType>,
    /// Newton–Schulz normalization epsilon.
    pub eps: Option<f64>,
    /// Adam epsilon.
    pub adam_eps: Option<f64>,
    /// Adam (β1, β2).
    pub betas: Option<(f64, f64)>,
    pub layout: Option<Layout>,
}

/// The `--adjust-lr` choices.
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
            _ => Err(Error::Config(format!(
                "unknown --adjust-lr `{s}`: expected none, original or match-rms-adamw"
            ))),
        }
    }
}

impl Settings {
    /// Reads a JSON settings file; unknown keys are errors (a typo must not pass silently).
    pub fn from_json(text: &str, origin: &str) -> Result<Settings> {
        serde_json::from_str(text).map_err(|e| Error::Config(format!("{origin}: {e}")))
    }

    /// `self` where set, else `base` (flags over a config file).
    pub fn or(self, base: Settings) -> Settings {
        let mut adamw = base.adamw;
        adamw.extend(self.adamw);
        Settings {
            preset: self.preset.or(base.preset),
            lr: self.lr.or(base.lr),
            adam_lr: self.adam_lr.or(base.adam_lr),
            momentum: self.momentum.or(base.momentum),
            weight_decay: self.weight_decay.or(base.weight_decay),
            adam_weight_decay: self.adam_weight_decay.or(base.adam_weight_decay),
            ns_steps: self.ns_steps.or(base.ns_steps),
            ns_schedule: self.ns_schedule.or(base.ns_schedule),
            nesterov: self.nesterov.or(base.nesterov),
            adjust_lr: self.adjust_lr.or(base.adjust_lr),
            adamw,
            ns_dtype: self.ns_dtype.or(base.ns_dtype),
            eps: self.eps.or(base.eps),
            adam_eps: self.adam_eps.or(base.adam_eps),
            betas: self.betas.or(base.betas),
            layout: self.layout.or(base.layout),
        }
    }

    /// The preset's configuration with these overrides applied, after validating them.
    pub fn resolve(&self) -> Result<OptimizerConfig> {
        let preset = self
            .preset
            .ok_or_else(|| Error::Config("no preset given: use --preset NAME".into()))?;
        let mut c = OptimizerConfig::preset(preset);
        let positive = |name: &str, v: f64| {
            if v.is_finite() && v >= 0.0 {
                Ok(v)
            } else {
                Err(Error::Config(format!(
                    "{name} must be a finite number ≥ 0, got {v}"
                )))
            }
        };
        if let Some(lr) = self.lr {
            c.lr = Some(positive("--lr", lr)?);
        }
        if c.lr.is_none() {
            return Err(Error::Config(format!(
                "the {preset} preset has no default learning rate: give --lr"
            )));
        }
        if let Some(v) = self.adam_lr {
            c.adam_lr = AdamLr::Fixed(positive("--adam-lr", v)?);
        }
        if let Some(m) = self.momentum {
            if !(0.0..1.0).contains(&m) {
                return Err(Error::Config(format!(
                    "--momentum must be in [0, 1), got {m}"
                )));
            }
            c.muon.momentum = m;
        }
        if let Some(wd) = self.weight_decay {
            c.muon.weight_decay = positive("--weight-decay", wd)?;
            // Presets whose Adam decay follows the Muon one keep following it.
            if matches!(preset, Preset::Moonlight | Preset::KerasLegacy) {
                c.adam.weight_decay = wd;
            }
        }
        if let Some(wd) = self.adam_weight_decay {
            c.adam.weight_decay = positive("--adam-weight-decay", wd)?;
        }
        if let Some(n) = self.ns_steps {
            if n == 0 || n > 100 {
                return Err(Error::Config(format!(
                    "--ns-steps must be in 1..=100, got {n}"
                )));
            }
        }
        match self.ns_schedule {
            Some(schedule) => {
                let (list, norm) = schedule.coefficients(self.ns_steps)?;
                c.muon.newton_schulz.schedule = list;
                if let Some(norm) = norm {
                    c.muon.newton_schulz.normalization = norm;
                }
            }
            None => {
                if let Some(n) = self.ns_steps {
                    let last = c.muon.newton_schulz.schedule.last().copied();
                    c.muon.newton_schulz.schedule =
                        vec![last.unwrap_or(super::newton_schulz::KELLER_JORDAN); n];
                }
            }
        }
        if let Some(n) = self.nesterov {
            c.muon.nesterov = n;
            // optax's Adam path is NAdam exactly when Muon uses Nesterov.
            if preset == Preset::Optax {
                c.adam.style = if n {
                    AdamStyle::Nesterov
                } else {
                    AdamStyle::Standard
                };
            }
        }
        if let Some(a) = self.adjust_lr {
            c.muon.adjust_lr = match a {
                AdjustLrName::None => AdjustLr::None,
                AdjustLrName::Original => AdjustLr::Original,
                AdjustLrName::MatchRmsAdamw => AdjustLr::MatchRmsAdamW,
            };
        }
        c.partition
            .exclude_patterns
            .extend(self.adamw.iter().cloned());
        if let Some(d) = self.ns_dtype {
            if !matches!(d, DType::F32 | DType::BF16 | DType::F16 | DType::F64) {
                return Err(Error::Config(format!(
                    "--ns-dtype must be a float dtype, got {d}"
                )));
            }
            c.muon.newton_schulz.dtype = d;
        }
        if let Some(e) = self.eps {
            let e = positive("--eps", e)?;
            c.muon.newton_schulz.normalization = match c.muon.newton_schulz.normalization {
                super::Normalization::FrobeniusPlusEps { factor, .. } => {
                    super::Normalization::FrobeniusPlusEps { factor, eps: e }
                }
                super::Normalization::FrobeniusClampEps { .. } => {
                    super::Normalization::FrobeniusClampEps { eps: e }
                }
            };
        }
        if let Some(e) = self.adam_eps {
            c.adam.eps = positive("--adam-eps", e)?;
        }
        if let Some((b1, b2)) = self.betas {
            if !(0.0..1.0).contains(&b1) || !(0.0..1.0).contains(&b2) {
                return Err(Error::Config(format!(
                    "--betas must be in [0, 1), got {b1},{b2}"
                )));
            }
            c.adam.beta1 = b1;
            c.adam.beta2 = b2;
        }
        if let Some(l) = self.layout {
            c.muon.layout = l;
        }
        Ok(c)
    }
}
