//! Momentum and Nesterov in the three forms the references use.

use serde::{Deserialize, Serialize};

use crate::graph::{Builder, Value};
use crate::types::Result;

/// How the momentum buffer is accumulated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MomentumStyle {
    /// `B = lerp(B, g, 1−μ)`; Nesterov `U = lerp(g, B, μ)` (Keller Jordan, torch).
    Ema,
    /// `B = μB + g`; Nesterov `U = g + μB` (Keras, Moonlight, burn, Dion).
    HeavyBall,
    /// optax: `B = μB + (1−μ)g`, bias-corrected with the step count `t`:
    /// Nesterov `U = μ·B/(1−μ^{t+1}) + (1−μ)·g/(1−μ^t)`, else `U = B/(1−μ^t)`.
    BiasCorrectedEma,
}

/// Returns `(new_buffer, update)` for gradient `g` and buffer `buf` (same type). `t` is the
/// f32 scalar step count (1 at the first step), used only by [`MomentumStyle::BiasCorrectedEma`].
pub fn momentum(
    b: &mut Builder,
    style: MomentumStyle,
    mu: f64,
    nesterov: bool,
    buf: Value,
    g: Value,
    t: Value,
) -> Result<(Value, Value)> {
    match style {
        MomentumStyle::Ema => {
            let buf = b.lerp(buf, g, 1.0 - mu)?;
            let u = if nesterov { b.lerp(g, buf, mu)? } else { buf };
            Ok((buf, u))
        }
        MomentumStyle::HeavyBall => {
            let mb = b.scale_by(buf, mu)?;
            let buf = b.add(mb, g)?;
            let u = if nesterov {
                let mb = b.scale_by(buf, mu)?;
                b.add(g, mb)?
            } else {
                buf
            };
            Ok((buf, u))
        }
        MomentumStyle::BiasCorrectedEma => {
            let mb = b.scale_by(buf, mu)?;
            let gg = b.scale_by(g, 1.0 - mu)?;
            let buf = b.add(mb, gg)?;
            let c_t = one_minus_pow(b, mu, t, 0.0)?;
            let u = if nesterov {
                let c_t1 = one_minus_pow(b, mu, t, 1.0)?;
                let k1 = b.scale_by(buf, mu)?;
                let k1 = div_scalar(b, k1, c_t1)?;
                let k2 = b.scale_by(g, 1.0 - mu)?;
                let k2 = div_scalar(b, k2, c_t)?;
                b.add(k1, k2)?
            } else {
                div_scalar(b, buf, c_t)?
            };
            Ok((buf, u))
        }
    }
}

/// The scalar `1 − beta^(t + offset)` for the runtime step `t`.
pub fn one_minus_pow(b: &mut Builder, beta: f64, t: Value, offset: f64) -> Result<Value> {
    let dtype = b.dtype(t);
    let base = b.scalar(beta, dtype);
    let exp = if offset == 0.0 {
        t
    } else {
        let o = b.scalar(offset, dtype);
        b.add(t, o)?
    };
    let p = b.pow(base, exp)?;
    let one = b.scalar(1.0, dtype);
    b.sub(one, p)
}

/// `x / s` for a scalar `s` of the same dtype.
pub fn div_scalar(b: &mut Builder, x: Value, s: Value) -> Result<Value> {
    let s = b.convert(s, b.dtype(x))?;
    let s = b.splat_like(s, x)?;
    b.div(x, s)
}
