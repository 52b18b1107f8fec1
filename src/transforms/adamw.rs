//! The Adam path: everything that is not routed to Muon (embeddings, heads, gains, biases).

use serde::{Deserialize, Serialize};

use crate::graph::{Builder, CompareDir, Value};
use crate::transforms::momentum::{div_scalar, one_minus_pow};
use crate::types::Result;

/// Where epsilon sits and how bias correction is applied; the references differ here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AdamStyle {
    /// `m̂ / (sqrt(v̂) + eps)` with `m̂ = m/(1−β1^t)`, `v̂ = v/(1−β2^t)` (Keller Jordan, torch AdamW).
    Standard,
    /// `sqrt(1−β2^t)/(1−β1^t) · m / (sqrt(v) + eps)`: epsilon added before the bias correction
    /// (Keras, Moonlight).
    EpsBeforeCorrection,
    /// NAdam as optax: `m̂ = β1·m/(1−β1^{t+1}) + (1−β1)·g/(1−β1^t)`, `v̂ = v/(1−β2^t)`,
    /// `m̂ / (sqrt(v̂ + eps_root) + eps)`.
    Nesterov,
}

/// Hyper-parameters of the Adam path (the learning rates are runtime inputs).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdamConfig {
    pub style: AdamStyle,
    /// Default 0.9.
    pub beta1: f64,
    /// Default 0.95 (Keller, Moonlight) or 0.999 (torch, optax, Keras).
    pub beta2: f64,
    pub eps: f64,
    /// Added under the square root (optax `eps_root`; 0 elsewhere).
    pub eps_root: f64,
    /// Decoupled weight decay: `p ← p − wd_lr · weight_decay · p`.
    pub weight_decay: f64,
    /// Cautious weight decay (arXiv 2510.12402): decay only where the update and the parameter
    /// agree in sign.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cautious_weight_decay: bool,
}

/// The updated `(param, exp_avg, exp_avg_sq)` for one parameter. `lr` is the Adam learning rate,
/// `wd_lr` the learning rate that multiplies weight decay (they differ in Keras), `t` the step
/// (1 at the first step); all three are f32 scalars.
#[allow(clippy::too_many_arguments)]
pub fn adam_update(
    b: &mut Builder,
    cfg: &AdamConfig,
    p: Value,
    g: Value,
    m: Value,
    v: Value,
    lr: Value,
    wd_lr: Value,
    t: Value,
) -> Result<(Value, Value, Value)> {
    let dtype = b.dtype(m);
    let g = b.convert(g, dtype)?;
    let m = b.lerp(m, g, 1.0 - cfg.beta1)?;
    let g2 = b.mul(g, g)?;
    let v = b.lerp(v, g2, 1.0 - cfg.beta2)?;
    let c1 = one_minus_pow(b, cfg.beta1, t, 0.0)?;
    let c2 = one_minus_pow(b, cfg.beta2, t, 0.0)?;
    let with_root = |b: &mut Builder, x: Value| -> Result<Value> {
        if cfg.eps_root == 0.0 {
            return Ok(x);
        }
        let r = b.constant_like(cfg.eps_root, x);
        b.add(x, r)
    };
    let plus_eps = |b: &mut Builder, x: Value| -> Result<Value> {
        let e = b.constant_like(cfg.eps, x);
        b.add(x, e)
    };
    let u = match cfg.style {
        AdamStyle::Standard | AdamStyle::Nesterov => {
            let m_hat = if cfg.style == AdamStyle::Standard {
                div_scalar(b, m, c1)?
            } else {
                let c1_next = one_minus_pow(b, cfg.beta1, t, 1.0)?;
                let k1 = b.scale_by(m, cfg.beta1)?;
                let k1 = div_scalar(b, k1, c1_next)?;
                let k2 = b.scale_by(g, 1.0 - cfg.beta1)?;
                let k2 = div_scalar(b, k2, c1)?;
                b.add(k1, k2)?
            };
            let v_hat = div_scalar(b, v, c2)?;
            let v_hat = with_root(b, v_hat)?;
            let d = b.sqrt(v_hat)?;
            let d = plus_eps(b, d)?;
            b.div(m_hat, d)?
        }
        AdamStyle::EpsBeforeCorrection => {
            let d = b.sqrt(v)?;
            let d = plus_eps(b, d)?;
            let r = b.div(m, d)?;
            let s = b.sqrt(c2)?;
            let s = b.div(s, c1)?;
            let s = b.convert(s, dtype)?;
            b.scale(r, s)?
        }
    };
    let decay = Decay {
        rate: cfg.weight_decay,
        cautious: cfg.cautious_weight_decay,
    };
    let p_new = decay_and_step(b, p, u, lr, wd_lr, decay, 1.0)?;
    Ok((p_new, m, v))
}

/// Decoupled weight decay: its rate, and whether it is cautious.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Decay {
    /// `weight_decay`: each step multiplies `p` by `1 − wd_lr · rate`.
    pub rate: f64,
    /// Only where `u · p > 0`: where the step `−lr·u` already moves `p` toward zero, so decay
    /// never pulls a coordinate against its own update. The mask is read from `u` before the
    /// learning rate and the shape scale (both positive, so neither changes a sign), and only
    /// the decay term is masked, as modded-nanogpt (`mask = (update * p) > 0`, f411b3d) and
    /// heavyball 3.2.1 (`p·(1 − mask·decay·lr) − lr·u`, the mask from sign bits) do.
    pub cautious: bool,
}

/// `p · (1 − wd_lr · decay.rate) − lr · scale · u` (with cautious decay, the first factor only
/// where `u · p > 0`), computed in `u`'s dtype and returned in `p`'s dtype.
pub fn decay_and_step(
    b: &mut Builder,
    p: Value,
    u: Value,
    lr: Value,
    wd_lr: Value,
    decay: Decay,
    scale: f64,
) -> Result<Value> {
    let dtype = b.dtype(u);
    let pw = b.convert(p, dtype)?;
    let pw = if decay.rate == 0.0 {
        pw
    } else {
        let wd_lr = b.convert(wd_lr, dtype)?;
        let k = b.scalar(decay.rate, dtype);
        let d = b.mul(wd_lr, k)?;
        let one = b.scalar(1.0, dtype);
        let keep = b.sub(one, d)?;
        let decayed = b.scale(pw, keep)?;
        if decay.cautious {
            let up = b.mul(u, pw)?;
            let agree = b.compare_const(CompareDir::Gt, up, 0.0)?;
            b.select(agree, decayed, pw)?
        } else {
            decayed
        }
    };
    let lr = b.convert(lr, dtype)?;
    let step = if scale == 1.0 {
        lr
    } else {
        let s = b.scalar(scale, dtype);
        b.mul(lr, s)?
    };
    let delta = b.scale(u, step)?;
    let out = b.sub(pw, delta)?;
    b.convert(out, b.dtype(p))
}
