//! User overrides on top of a preset, shared by the `--config FILE.json` file and the command-line
//! flags. Every field is optional; an absent field keeps the preset's value.

use serde::{Deserialize, Serialize};

use crate::config::presets::{AdamLr, OptimizerConfig, Preset};
use crate::transforms::adamw::AdamStyle;
use crate::transforms::scale::{AdjustLr, Layout};
use crate::types::{DType, Error, Result};

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
    pub ns_schedule: Option<crate::transforms::schedules::NsSchedule>,
    /// Opt-in Gram Newton–Schulz for rectangular matrices (f32/f64 only; aspect ≥ 2:1).
    pub ns_gram: Option<bool>,
    /// How the iteration starts: Frobenius division (default), AOL or Schatten-4 scaling.
    pub ns_precondition: Option<crate::transforms::schedules::NsPrecondition>,
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
    /// The momentum buffer's dtype (optax `mu_dtype`).
    pub mu_dtype: Option<DType>,
    /// Clip every gradient element to [-v, v].
    pub clip_value: Option<f64>,
    /// Clip each gradient tensor to this norm.
    pub clip_norm: Option<f64>,
    /// Clip all gradients together to this global norm.
    pub clip_global_norm: Option<f64>,
    /// Gradients arrive multiplied by this loss scale.
    pub loss_scale: Option<f64>,
    /// Keep an EMA of the weights (state `NAME.ema`) with this momentum.
    pub ema_momentum: Option<f64>,
    /// Enable QK-clip with this threshold τ.
    pub qk_clip_tau: Option<f64>,
    /// QK-clip α (default 0.5).
    pub qk_clip_alpha: Option<f64>,
    /// Regular expression naming query projections (QK-clip).
    pub qk_query: Option<String>,
    /// Regular expression naming key projections (QK-clip).
    pub qk_key: Option<String>,
    /// Key/value heads for grouped-query attention (QK-clip).
    pub qk_kv_heads: Option<usize>,
    /// Regular expressions: matching parameters get no weight decay (runtime multiplier 0).
    #[serde(default)]
    pub no_weight_decay: Vec<String>,
    /// `PATTERN=FACTOR`: the first matching pattern multiplies the learning rate (runtime input).
    #[serde(default)]
    pub lr_mult: Vec<String>,
    /// `PATTERN=AXES`: matching parameters are batches of matrices over AXES (mixture of experts
    /// `[experts, out, in]`: `experts=0`), each orthogonalized on its own by Muon.
    #[serde(default)]
    pub muon_batch: Vec<String>,
    /// bf16/f16 parameters keep f32 master weights as state `NAME.master`.
    pub master_weights: Option<bool>,
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
        // First match wins for these lists, so the flags go before the config file's entries.
        let first = |mut a: Vec<String>, b: Vec<String>| {
            a.extend(b);
            a
        };
        Settings {
            no_weight_decay: first(self.no_weight_decay, base.no_weight_decay),
            lr_mult: first(self.lr_mult, base.lr_mult),
            muon_batch: first(self.muon_batch, base.muon_batch),
            master_weights: self.master_weights.or(base.master_weights),
            preset: self.preset.or(base.preset),
            lr: self.lr.or(base.lr),
            adam_lr: self.adam_lr.or(base.adam_lr),
            momentum: self.momentum.or(base.momentum),
            weight_decay: self.weight_decay.or(base.weight_decay),
            adam_weight_decay: self.adam_weight_decay.or(base.adam_weight_decay),
            ns_steps: self.ns_steps.or(base.ns_steps),
            ns_schedule: self.ns_schedule.or(base.ns_schedule),
            ns_gram: self.ns_gram.or(base.ns_gram),
            ns_precondition: self.ns_precondition.or(base.ns_precondition),
            nesterov: self.nesterov.or(base.nesterov),
            adjust_lr: self.adjust_lr.or(base.adjust_lr),
            adamw,
            ns_dtype: self.ns_dtype.or(base.ns_dtype),
            eps: self.eps.or(base.eps),
            adam_eps: self.adam_eps.or(base.adam_eps),
            betas: self.betas.or(base.betas),
            layout: self.layout.or(base.layout),
            mu_dtype: self.mu_dtype.or(base.mu_dtype),
            clip_value: self.clip_value.or(base.clip_value),
            clip_norm: self.clip_norm.or(base.clip_norm),
            clip_global_norm: self.clip_global_norm.or(base.clip_global_norm),
            loss_scale: self.loss_scale.or(base.loss_scale),
            ema_momentum: self.ema_momentum.or(base.ema_momentum),
            qk_clip_tau: self.qk_clip_tau.or(base.qk_clip_tau),
            qk_clip_alpha: self.qk_clip_alpha.or(base.qk_clip_alpha),
            qk_query: self.qk_query.or(base.qk_query),
            qk_key: self.qk_key.or(base.qk_key),
            qk_kv_heads: self.qk_kv_heads.or(base.qk_kv_heads),
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
                        vec![last.unwrap_or(crate::transforms::newton_schulz::KELLER_JORDAN); n];
                }
            }
        }
        if let Some(p) = self.ns_precondition {
            let ns = &mut c.muon.newton_schulz;
            ns.normalization = p.normalization(ns.normalization);
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
        if let Some(gram) = self.ns_gram {
            c.muon.newton_schulz.gram =
                gram.then(crate::transforms::newton_schulz::GramNs::default);
        }
        if c.muon.newton_schulz.gram.is_some()
            && !matches!(c.muon.newton_schulz.dtype, DType::F32 | DType::F64)
        {
            return Err(Error::Config(format!(
                "--ns-gram needs --ns-dtype f32 or f64 (the {preset} preset computes in {}): \
                 the Gram iteration accumulates its polynomial and drifts in 16-bit floats",
                c.muon.newton_schulz.dtype
            )));
        }
        if let Some(e) = self.eps {
            let e = positive("--eps", e)?;
            c.muon.newton_schulz.normalization = c.muon.newton_schulz.normalization.with_eps(e);
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
        if let Some(d) = self.mu_dtype {
            if !d.is_float() {
                return Err(Error::Config(format!(
                    "--mu-dtype must be a float dtype, got {d}"
                )));
            }
            c.muon.buffer_dtype = d;
        }
        self.apply_extras(&mut c)?;
        self.apply_rules(&mut c)?;
        Ok(c)
    }

    /// Multipliers and batched weights (name rules).
    fn apply_rules(&self, c: &mut OptimizerConfig) -> Result<()> {
        use crate::config::multipliers::{parse_lr_mult, MultiplierRules, Multipliers};
        if !self.no_weight_decay.is_empty() || !self.lr_mult.is_empty() {
            let m = Multipliers {
                no_weight_decay: self.no_weight_decay.clone(),
                lr_mult: self
                    .lr_mult
                    .iter()
                    .map(|s| parse_lr_mult(s))
                    .collect::<Result<_>>()?,
            };
            MultiplierRules::new(&m)?;
            c.extras.multipliers = Some(m);
        }
        if let Some(m) = self.master_weights {
            c.extras.master_weights = m;
        }
        for rule in &self.muon_batch {
            c.partition.batched.push(rule.parse()?);
        }
        crate::config::Partitioner::new(c.partition.clone())?;
        Ok(())
    }

    fn apply_extras(&self, c: &mut OptimizerConfig) -> Result<()> {
        use crate::config::extras::{LossScale, QkRule};
        use crate::transforms::clip::GradClip;
        use crate::transforms::qk_clip::QkClipConfig;
        let positive = |name: &str, v: f64| {
            if v.is_finite() && v > 0.0 {
                Ok(v)
            } else {
                Err(Error::Config(format!(
                    "{name} must be a finite number > 0, got {v}"
                )))
            }
        };
        let clips = [
            self.clip_value
                .map(|v| ("--clip-value", GradClip::Value(v), v)),
            self.clip_norm
                .map(|v| ("--clip-norm", GradClip::Norm(v), v)),
            self.clip_global_norm
                .map(|v| ("--clip-global-norm", GradClip::GlobalNorm(v), v)),
        ];
        let given: Vec<_> = clips.into_iter().flatten().collect();
        if given.len() > 1 {
            return Err(Error::Config(
                "give at most one of --clip-value, --clip-norm, --clip-global-norm".into(),
            ));
        }
        if let Some((name, clip, v)) = given.first().copied() {
            positive(name, v)?;
            c.extras.clip = Some(clip);
        }
        if let Some(s) = self.loss_scale {
            c.extras.loss_scale = Some(LossScale::Fixed(positive("--loss-scale", s)?));
        }
        if let Some(m) = self.ema_momentum {
            if !(0.0..1.0).contains(&m) {
                return Err(Error::Config(format!(
                    "--ema-momentum must be in [0, 1), got {m}"
                )));
            }
            c.extras.ema_momentum = Some(m);
        }
        if let Some(tau) = self.qk_clip_tau {
            let alpha = self.qk_clip_alpha.unwrap_or(0.5);
            if !(0.0..=1.0).contains(&alpha) {
                return Err(Error::Config(format!(
                    "--qk-clip-alpha must be in [0, 1], got {alpha}"
                )));
            }
            c.extras.qk_clip = Some(QkClipConfig {
                tau: positive("--qk-clip-tau", tau)?,
                alpha,
            });
            c.extras.qk_rule = Some(QkRule {
                query: self
                    .qk_query
                    .clone()
                    .unwrap_or_else(|| QkRule::DEFAULT_QUERY.to_string()),
                key: self
                    .qk_key
                    .clone()
                    .unwrap_or_else(|| QkRule::DEFAULT_KEY.to_string()),
                kv_heads: self.qk_kv_heads,
                axis: match c.muon.layout {
                    Layout::OutIn => 0,
                    Layout::InOut => 1,
                },
            });
        } else if self.qk_clip_alpha.is_some()
            || self.qk_query.is_some()
            || self.qk_key.is_some()
            || self.qk_kv_heads.is_some()
        {
            return Err(Error::Config("QK-clip options need --qk-clip-tau".into()));
        }
        Ok(())
    }
}
