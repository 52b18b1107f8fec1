//! Gradient clipping (by value, by per-tensor norm, by global norm) and the finiteness check that
//! dynamic loss scaling needs.
//!
//! The global norm spans every shape group. It is computed by one small pre-pass executable over
//! all gradients, whose scalar results stay on the device and are fed to every group's executable:
//! one extra launch per step, no host round trip per group.

use serde::{Deserialize, Serialize};

use crate::graph::{Builder, CompareDir, Graph, Value};
use crate::types::{DType, Error, Result, TensorType};

/// How gradients are clipped before the update.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GradClip {
    /// Every element to `[-limit, limit]`.
    Value(f64),
    /// Each gradient tensor rescaled to norm at most `max` (`g · max / ‖g‖` when `‖g‖ > max`).
    Norm(f64),
    /// All gradients rescaled together so that their global norm is at most `max`.
    GlobalNorm(f64),
}

/// `g` clipped elementwise to `[-limit, limit]`.
pub fn clip_by_value(b: &mut Builder, g: Value, limit: f64) -> Result<Value> {
    let hi = b.constant_like(limit, g);
    let lo = b.constant_like(-limit, g);
    let g = b.min(g, hi)?;
    b.max(g, lo)
}

/// `Σ g²` of one tensor, as an f32 scalar (computed in f32 at least, by dots: see
/// [`Builder::sum_of_squares`]).
pub fn sum_squares(b: &mut Builder, g: Value) -> Result<Value> {
    let s = b.sum_of_squares(g, 0)?;
    b.convert(s, DType::F32)
}

/// The factor `max / norm` where `norm > max`, else exactly 1 (optax's `clip_by_global_norm`).
pub fn clip_factor(b: &mut Builder, sum_sq: Value, max: f64) -> Result<Value> {
    let norm = b.sqrt(sum_sq)?;
    let limit = b.constant_like(max, norm);
    let over = b.compare(CompareDir::Gt, norm, limit)?;
    let ratio = b.div(limit, norm)?;
    let one = b.constant_like(1.0, norm);
    b.select(over, ratio, one)
}

/// `g` rescaled to norm at most `max`.
pub fn clip_by_norm(b: &mut Builder, g: Value, max: f64) -> Result<Value> {
    let s = sum_squares(b, g)?;
    let f = clip_factor(b, s, max)?;
    let f = b.convert(f, b.dtype(g))?;
    b.scale(g, f)
}

/// `true` when every element of every value is finite (a pred scalar).
pub fn all_finite(b: &mut Builder, values: &[Value]) -> Result<Value> {
    let mut acc: Option<Value> = None;
    for &v in values {
        // Σ of a 0/1 mask of non-finite elements is 0 exactly when all are finite.
        let fin = b.is_finite(v)?;
        let ones = b.constant(1.0, TensorType::new(DType::F32, b.shape(v).to_vec()));
        let zeros = b.constant(0.0, TensorType::new(DType::F32, b.shape(v).to_vec()));
        let bad = b.select(fin, zeros, ones)?;
        // The mask is its own square: its sum of squares counts the bad elements, by dots rather
        // than a reduction (cheaper to compile; a sum of non-negative terms that is not 0 cannot
        // round to 0).
        let count = b.sum_of_squares(bad, 0)?;
        acc = Some(match acc {
            None => count,
            Some(a) => b.add(a, count)?,
        });
    }
    let Some(count) = acc else {
        return Err(Error::Config("all_finite: no values".into()));
    };
    b.compare_const(CompareDir::Eq, count, 0.0)
}

/// The pre-pass over all gradients: results `sum_sq` (f32: Σ‖g‖² over every tensor, after
/// dividing by `grad_scale`) and `finite` (pred: no NaN or infinity anywhere).
pub fn prepass_graph(grads: &[TensorType]) -> Result<Graph> {
    let mut b = Builder::new("grad_prepass");
    let gs: Vec<Value> = grads
        .iter()
        .enumerate()
        .map(|(i, t)| b.parameter(format!("g{i}"), t.clone()))
        .collect();
    let scale = b.parameter("grad_scale", TensorType::scalar(DType::F32));
    let mut total: Option<Value> = None;
    for &g in &gs {
        let s = sum_squares(&mut b, g)?;
        total = Some(match total {
            None => s,
            Some(t) => b.add(t, s)?,
        });
    }
    let Some(total) = total else {
        return Err(Error::Config("prepass: no gradients".into()));
    };
    let sq_scale = b.mul(scale, scale)?;
    let total = b.mul(total, sq_scale)?;
    let finite = all_finite(&mut b, &gs)?;
    b.output("sum_sq", total)?;
    b.output("finite", finite)?;
    b.build()
}
