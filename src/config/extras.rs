//! Optional parts of the step, compiled into every group's executable when enabled: gradient
//! scaling (loss scaling, accumulation), clipping, skipping non-finite steps, an EMA of the
//! weights, and QK-clip.

use serde::{Deserialize, Serialize};

use crate::transforms::clip::GradClip;
use crate::transforms::qk_clip::{HeadLayout, QkClipConfig};

/// Which optional inputs and state the step graphs carry. All default off: the plain step.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct StepExtras {
    /// Gradients are multiplied by the runtime scalar `grad_scale` (`1 / (loss_scale · k)`).
    pub grad_scale: bool,
    pub clip: Option<GradClip>,
    /// Parameters and state stay unchanged when any gradient (of any group) is not finite.
    pub skip_nonfinite: bool,
    /// Keep `ema = ema · m + p · (1 − m)` of every parameter as state `ema`.
    pub ema_momentum: Option<f64>,
    /// QK-clip after the update for the parameters in `qk_targets`.
    pub qk_clip: Option<QkClipConfig>,
    pub qk_targets: Vec<QkTarget>,
    /// Every `n` steps the weights are overwritten with their EMA (Keras'
    /// `ema_overwrite_frequency`); `None`: never.
    pub ema_overwrite_every: Option<u64>,
    /// Gradients of `accumulate` consecutive calls are summed on the device and averaged; the
    /// update runs on the `accumulate`-th call (0 and 1: every call).
    pub accumulate: usize,
    /// Gradients arrive multiplied by a loss scale and are divided by it inside the step.
    pub loss_scale: Option<LossScale>,
    /// How the `step` command finds QK-clip targets by name (the API takes `qk_targets`).
    pub qk_rule: Option<QkRule>,
    /// Per-parameter learning-rate and weight-decay multipliers, fed as runtime scalars
    /// (`NAME.lr_mult`, `NAME.wd_mult`); `None`: the graphs take none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub multipliers: Option<crate::config::multipliers::Multipliers>,
    /// bf16/f16 parameters keep an f32 master copy as state `NAME.master`: the update runs on
    /// the master and the parameter is its rounded copy (no update is rounded away).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub master_weights: bool,
    /// The float dtype gradients arrive in; `None`: each parameter's own. f32 gradients for
    /// bf16 parameters with master weights keep their precision into the f32 update.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub grad_dtype: Option<crate::types::DType>,
}

/// Name rules that turn a parameter list plus `PREFIX.max_logits` tensors into [`QkTarget`]s:
/// a parameter matching `query` (or `key`) whose name starts with `PREFIX.` is clipped with the
/// logits `PREFIX.max_logits` (the longest such prefix wins). Heads lie along axis 0 of `(out, in)`
/// weights and axis 1 of `(in, out)` kernels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QkRule {
    /// Regular expression for query projections.
    pub query: String,
    /// Regular expression for key projections.
    pub key: String,
    /// Key/value heads (grouped-query attention); `None`: as many as query heads.
    pub kv_heads: Option<usize>,
    /// The axis the heads lie along.
    pub axis: usize,
}

impl QkRule {
    pub const DEFAULT_QUERY: &'static str = r"(^|\.)(q_proj|wq|query)(\.|$)";
    pub const DEFAULT_KEY: &'static str = r"(^|\.)(k_proj|wk|key)(\.|$)";

    /// The targets among `params` (name, shape) given the logits tensors (name → heads).
    pub fn targets(
        &self,
        params: &[(String, Vec<usize>)],
        logits: &[(String, usize)],
    ) -> crate::Result<Vec<QkTarget>> {
        use crate::transforms::qk_clip::HeadBlock;
        use crate::Error;
        let re = |p: &str| {
            regex::Regex::new(p)
                .map_err(|e| Error::Config(format!("invalid QK-clip pattern `{p}`: {e}")))
        };
        let (q, k) = (re(&self.query)?, re(&self.key)?);
        let mut out = Vec::new();
        for (name, shape) in params {
            let is_q = q.is_match(name);
            if !is_q && !k.is_match(name) {
                continue;
            }
            let found = logits
                .iter()
                .filter(|(l, _)| {
                    let prefix = l.trim_end_matches("max_logits");
                    name.starts_with(prefix)
                })
                .max_by_key(|(l, _)| l.len());
            let Some((lname, heads)) = found else {
                return Err(Error::Config(format!(
                    "QK-clip: `{name}` is a {} projection but no `PREFIX.max_logits` tensor has a prefix of its name",
                    if is_q { "query" } else { "key" }
                )));
            };
            let heads = *heads;
            let kv = self.kv_heads.unwrap_or(heads);
            let rows = shape.get(self.axis).copied().unwrap_or(0);
            let n = if is_q { heads } else { kv };
            if shape.len() != 2 || kv == 0 || heads % kv != 0 || rows % n != 0 {
                return Err(Error::shape(
                    "qk_clip",
                    format!("`{name}` {shape:?}: axis {} ({rows}) is not {n} heads ({heads} query, {kv} key/value heads)", self.axis),
                ));
            }
            let block = if is_q {
                HeadBlock::query(heads, kv, rows / n)
            } else {
                HeadBlock::key(kv, rows / n)
            };
            out.push(QkTarget {
                param: name.clone(),
                logits: lname.clone(),
                heads,
                heads_per_group: heads / kv,
                layout: crate::transforms::qk_clip::HeadLayout {
                    axis: self.axis,
                    blocks: vec![block],
                },
            });
        }
        Ok(out)
    }
}

/// Loss scaling for low-precision training.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LossScale {
    /// A constant scale.
    Fixed(f64),
    /// Dynamic: start at `initial`; a non-finite step is skipped and the scale divided by
    /// `factor`; after `growth_interval` finite steps in a row it is multiplied by `factor`.
    Dynamic {
        initial: f64,
        factor: f64,
        growth_interval: u64,
    },
}

impl LossScale {
    /// The usual dynamic defaults (2^15, ×2, every 2000 steps).
    pub fn dynamic() -> Self {
        LossScale::Dynamic {
            initial: 32768.0,
            factor: 2.0,
            growth_interval: 2000,
        }
    }

    pub fn initial(self) -> f64 {
        match self {
            LossScale::Fixed(s) => s,
            LossScale::Dynamic { initial, .. } => initial,
        }
    }
}

/// A weight that QK-clip rescales, the logits input that drives it and how its heads lie.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QkTarget {
    /// The parameter (a query, key, fused QKV or MLA projection).
    pub param: String,
    /// Name of the `[heads]` max-logits input (e.g. `layers.0.attn.max_logits`), shared by the
    /// query and key weights of one attention layer.
    pub logits: String,
    /// Number of entries of the logits input (query heads).
    pub heads: usize,
    /// Query heads per key/value group (1 without GQA).
    pub heads_per_group: usize,
    pub layout: HeadLayout,
}

impl StepExtras {
    /// Whether a parameter of `dtype` keeps an f32 master copy.
    pub fn keeps_master(&self, dtype: crate::types::DType) -> bool {
        use crate::types::DType;
        self.master_weights && matches!(dtype, DType::BF16 | DType::F16)
    }

    /// The type a parameter of type `ty` takes its gradient in ([`StepExtras::grad_dtype`]).
    pub fn grad_type(&self, ty: &crate::types::TensorType) -> crate::types::TensorType {
        match self.grad_dtype {
            Some(d) => crate::types::TensorType::new(d, ty.shape.clone()),
            None => ty.clone(),
        }
    }

    /// Whether nothing is on but multipliers: the plain step, which is all the partitioned
    /// Muon step takes (multipliers are checked per parameter where it runs).
    pub fn is_plain_but_multipliers(&self) -> bool {
        let plain = StepExtras {
            multipliers: None,
            ..self.clone()
        };
        plain == StepExtras::default()
    }

    /// Whether the step needs the gradient pre-pass (global norm or finiteness over all groups).
    pub fn needs_prepass(&self) -> bool {
        self.skips_nonfinite() || matches!(self.clip, Some(GradClip::GlobalNorm(_)))
    }

    /// Dynamic loss scaling implies skipping non-finite steps.
    pub fn skips_nonfinite(&self) -> bool {
        self.skip_nonfinite || matches!(self.loss_scale, Some(LossScale::Dynamic { .. }))
    }

    /// Whether the graphs take a `grad_scale` input.
    pub fn scales_grads(&self) -> bool {
        self.grad_scale || self.accumulate > 1 || self.loss_scale.is_some()
    }

    /// The QK-clip target for a parameter name, if any.
    pub fn qk_target(&self, param: &str) -> Option<&QkTarget> {
        self.qk_clip.as_ref()?;
        self.qk_targets.iter().find(|t| t.param == param)
    }
}
