//! Gram Newton–Schulz: the iteration rewritten on the small Gram matrix (opt-in).

use serde::{Deserialize, Serialize};

use super::precondition::{gram_of, identity};
use super::Coefficients;
use crate::graph::{Builder, Value};
use crate::types::Result;

/// Gram Newton–Schulz (Dao-AILab `gram-newton-schulz`): iterate on the small Gram matrix
/// `R = X Xᵀ` and accumulate the polynomial `Q`, touching the large `X` only at restarts and at
/// the end. The same result as the plain iteration in exact arithmetic; for an m×n matrix
/// (m ≤ n) 5 iterations with one restart cost `8m²n + 28m³` instead of `20m²n + 10m³` flops:
/// 0.67× at 4:1, 0.74× at 3:1, about as much as the plain iteration at 1.5:1.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GramNs {
    /// Iterations (0-based) before which `X ← Q·X` and `R = X Xᵀ` are recomputed from `X`
    /// (Dao-AILab's default: `[2]`); restarts bound the drift of the accumulated `R`.
    pub restarts: Vec<usize>,
    /// Matrices with `max(rows, cols) / min(rows, cols)` below this use the plain iteration.
    pub min_aspect: f64,
}

impl Default for GramNs {
    fn default() -> Self {
        GramNs {
            restarts: vec![2],
            min_aspect: 2.0,
        }
    }
}

/// The Gram iteration on a normalized `x` (`first`: its Gram matrix when the preconditioner
/// already formed it); a tall `x` is kept as it is (`R = XᵀX`, right
/// products), a wide one uses `R = XXᵀ` and left products. Every `R`, `Z` and `Q` is a polynomial
/// in the first `R`, so they commute and stay symmetric.
pub(super) fn gram_newton_schulz(
    b: &mut Builder,
    mut x: Value,
    schedule: &[Coefficients],
    restarts: &[usize],
    tall: bool,
    first: Option<Value>,
) -> Result<Value> {
    let apply = |b: &mut Builder, q: Value, x: Value| {
        if tall {
            b.matmul(x, q)
        } else {
            b.matmul(q, x)
        }
    };
    let mut r = match first {
        Some(r) => r,
        None => gram_of(b, x, tall)?,
    };
    let eye = identity(b, x, tall)?;
    let mut q: Option<Value> = None;
    for (i, &(ca, cb, cc)) in schedule.iter().enumerate() {
        if i > 0 && restarts.contains(&i) {
            if let Some(qq) = q.take() {
                x = apply(b, qq, x)?;
                r = gram_of(b, x, tall)?;
            }
        }
        let r2 = b.matmul(r, r)?;
        let br = b.scale_by(r, cb)?;
        let cr2 = b.scale_by(r2, cc)?;
        let ai = b.scale_by(eye, ca)?;
        let z = b.add(br, cr2)?;
        let p = b.add(z, ai)?; // aI + bR + cR²
        q = Some(match q {
            None => p,
            Some(qq) => b.matmul(qq, p)?,
        });
        if i + 1 < schedule.len() && !restarts.contains(&(i + 1)) {
            let pr = b.matmul(p, r)?;
            r = b.matmul(pr, p)?;
        }
    }
    match q {
        Some(q) => apply(b, q, x),
        None => Ok(x),
    }
}
