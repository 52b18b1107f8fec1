//! Resolving [`Settings`] against their preset: every override validated (an invalid value is an
//! [`Error::InvalidSetting`] naming the field) and applied.

use super::{AdjustLrName, Settings};
use crate::config::presets::{AdamLr, OptimizerConfig, Preset};
use crate::transforms::adamw::AdamStyle;
use crate::transforms::scale::{AdjustLr, Layout};
use crate::types::{DType, Error, Result};

/// An invalid value for the setting `field`.
fn invalid(field: &'static str, value: impl std::fmt::Display, expected: &str) -> Error {
    Error::InvalidSetting {
        field,
        value: value.to_string(),
        expected: expected.to_string(),
    }
}

impl Settings {
    /// The preset's configuration with these overrides applied, after validating them.
    pub fn resolve(&self) -> Result<OptimizerConfig> {
        let preset = (self.preset).ok_or_else(|| {
            invalid(
                "preset",
                "none",
                "a preset (keller-jordan, torch, optax, keras, keras-legacy, moonlight, normuon)",
            )
        })?;
        let mut c = OptimizerConfig::preset(preset);
        let positive = |name: &'static str, v: f64| {
            if v.is_finite() && v >= 0.0 {
                Ok(v)
            } else {
                Err(invalid(name, v, "a finite number ≥ 0"))
            }
        };
        if let Some(lr) = self.lr {
            c.lr = Some(positive("lr", lr)?);
        }
        if c.lr.is_none() {
            return Err(invalid(
                "lr",
                "none",
                &format!("a learning rate (the {preset} preset has no default)"),
            ));
        }
        if let Some(v) = self.adam_lr {
            c.adam_lr = AdamLr::Fixed(positive("adam_lr", v)?);
        }
        if let Some(m) = self.momentum {
            if !(0.0..1.0).contains(&m) {
                return Err(invalid("momentum", m, "a number in [0, 1)"));
            }
            c.muon.momentum = m;
        }
        if let Some(wd) = self.weight_decay {
            c.muon.weight_decay = positive("weight_decay", wd)?;
            // Presets whose Adam decay follows the Muon one keep following it.
            if matches!(preset, Preset::Moonlight | Preset::KerasLegacy) {
                c.adam.weight_decay = wd;
            }
        }
        if let Some(wd) = self.adam_weight_decay {
            c.adam.weight_decay = positive("adam_weight_decay", wd)?;
        }
        if let Some(n) = self.ns_steps {
            if n == 0 || n > 100 {
                return Err(invalid("ns_steps", n, "a count in 1..=100"));
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
        if let Some(p) = self.ns_precision {
            c.muon.newton_schulz.precision = p;
        }
        if let Some(g) = self.cpu_gemm {
            c.cpu_gemm = g;
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
                return Err(invalid(
                    "ns_dtype",
                    d,
                    "a float dtype (f32, bf16, f16, f64)",
                ));
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
            return Err(invalid(
                "ns_gram",
                true,
                &format!(
                    "ns_dtype f32 or f64 with it (the {preset} preset computes in {}): the Gram \
                     iteration accumulates its polynomial and drifts in 16-bit floats",
                    c.muon.newton_schulz.dtype
                ),
            ));
        }
        if let Some(e) = self.eps {
            let e = positive("eps", e)?;
            c.muon.newton_schulz.normalization = c.muon.newton_schulz.normalization.with_eps(e);
        }
        if let Some(e) = self.adam_eps {
            c.adam.eps = positive("adam_eps", e)?;
        }
        if let Some((b1, b2)) = self.betas {
            if !(0.0..1.0).contains(&b1) || !(0.0..1.0).contains(&b2) {
                return Err(invalid(
                    "betas",
                    format!("{b1},{b2}"),
                    "two numbers in [0, 1)",
                ));
            }
            c.adam.beta1 = b1;
            c.adam.beta2 = b2;
        }
        if let Some(l) = self.layout {
            c.muon.layout = l;
        }
        if let Some(d) = self.mu_dtype {
            if !d.is_float() {
                return Err(invalid("mu_dtype", d, "a float dtype (f32, bf16)"));
            }
            c.muon.buffer_dtype = d;
        }
        self.apply_extras(&mut c)?;
        self.apply_variants(&mut c)?;
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
        if let Some(d) = self.grad_dtype {
            if !d.is_float() {
                return Err(invalid(
                    "grad_dtype",
                    d,
                    "a float dtype (f32, bf16, f16, f64)",
                ));
            }
            c.extras.grad_dtype = Some(d);
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
        let positive = |name: &'static str, v: f64| {
            if v.is_finite() && v > 0.0 {
                Ok(v)
            } else {
                Err(invalid(name, v, "a finite number > 0"))
            }
        };
        let clips = [
            self.clip_value
                .map(|v| ("clip_value", GradClip::Value(v), v)),
            self.clip_norm.map(|v| ("clip_norm", GradClip::Norm(v), v)),
            self.clip_global_norm
                .map(|v| ("clip_global_norm", GradClip::GlobalNorm(v), v)),
        ];
        let given: Vec<_> = clips.into_iter().flatten().collect();
        if given.len() > 1 {
            return Err(invalid(
                given[1].0,
                given[1].2,
                &format!(
                    "at most one of clip_value, clip_norm, clip_global_norm ({} is set too)",
                    given[0].0
                ),
            ));
        }
        if let Some((name, clip, v)) = given.first().copied() {
            positive(name, v)?;
            c.extras.clip = Some(clip);
        }
        if let Some(s) = self.loss_scale {
            c.extras.loss_scale = Some(LossScale::Fixed(positive("loss_scale", s)?));
        }
        if let Some(m) = self.ema_momentum {
            if !(0.0..1.0).contains(&m) {
                return Err(invalid("ema_momentum", m, "a number in [0, 1)"));
            }
            c.extras.ema_momentum = Some(m);
        }
        if let Some(tau) = self.qk_clip_tau {
            let alpha = self.qk_clip_alpha.unwrap_or(0.5);
            if !(0.0..=1.0).contains(&alpha) {
                return Err(invalid("qk_clip_alpha", alpha, "a number in [0, 1]"));
            }
            c.extras.qk_clip = Some(QkClipConfig {
                tau: positive("qk_clip_tau", tau)?,
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
            return Err(invalid(
                "qk_clip_tau",
                "none",
                "a threshold whenever qk_clip_alpha, qk_query, qk_key or qk_kv_heads is set",
            ));
        }
        Ok(())
    }
}
