//! Newton–Schulz orthogonalization as graph code.
//!
//! `X ← a·X + (b·A + c·A²)·X` with `A = X Xᵀ`, iterated from `X = U / norm(U)`. The iteration
//! drives every singular value of `U` toward 1 while keeping its singular vectors, so the result
//! approximates `U (UᵀU)^{-1/2}`, the nearest semi-orthogonal matrix. Tall matrices are transposed
//! first so that `A` is `min(m, n)²`.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::graph::{Builder, CompareDir, DType, DotDims, Precision, TensorType, Value};

/// One iteration's polynomial coefficients `(a, b, c)`.
pub type Coefficients = (f64, f64, f64);

/// Keller Jordan's quintic: fast, leaves singular values in about [0.68, 1.13] by design.
pub const KELLER_JORDAN: Coefficients = (3.4445, -4.7750, 2.0315);

/// How `U` is scaled before the first iteration so that its spectral norm is at most ~1.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum Normalization {
    /// `X / (‖X‖_F · factor + eps)` (Keller, optax, Keras, Moonlight: factor 1).
    FrobeniusPlusEps { factor: f64, eps: f64 },
    /// `X / max(‖X‖_F, eps)` (torch.optim.Muon).
    FrobeniusClampEps { eps: f64 },
}

impl Normalization {
    /// `X / (‖X‖_F + eps)`.
    pub fn frobenius(eps: f64) -> Self {
        Normalization::FrobeniusPlusEps { factor: 1.0, eps }
    }
}

/// A complete Newton–Schulz configuration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewtonSchulz {
    /// One `(a, b, c)` per iteration.
    pub schedule: Vec<Coefficients>,
    pub normalization: Normalization,
    /// The dtype the iteration computes in (bf16 in Keller's reference, f32 on CPU by default).
    pub dtype: DType,
    /// Opt-in Gram Newton–Schulz for rectangular matrices (f32/f64 only; `None`: the plain
    /// iteration everywhere).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gram: Option<GramNs>,
}

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

impl NewtonSchulz {
    /// Keller Jordan's default: 5 iterations of [`KELLER_JORDAN`], `X / (‖X‖_F + 1e-7)`.
    pub fn keller_jordan(dtype: DType) -> Self {
        NewtonSchulz {
            schedule: vec![KELLER_JORDAN; 5],
            normalization: Normalization::frobenius(1e-7),
            dtype,
            gram: None,
        }
    }

    /// The fixed coefficients `coeffs` repeated `steps` times.
    pub fn fixed(
        coeffs: Coefficients,
        steps: usize,
        normalization: Normalization,
        dtype: DType,
    ) -> Self {
        NewtonSchulz {
            schedule: vec![coeffs; steps],
            normalization,
            dtype,
            gram: None,
        }
    }

    /// FLOPs of the iteration on one `rows × cols` matrix: per iteration `4m²n + 2m³` with
    /// `m = min(rows, cols)`, `n = max(rows, cols)`.
    pub fn flops(&self, rows: usize, cols: usize) -> u64 {
        let (m, n) = (rows.min(cols) as u64, rows.max(cols) as u64);
        self.schedule.len() as u64 * (4 * m * m * n + 2 * m * m * m)
    }

    /// Whether a `rows × cols` matrix takes the Gram iteration.
    pub fn uses_gram(&self, rows: usize, cols: usize) -> bool {
        let (m, n) = (rows.min(cols) as f64, rows.max(cols) as f64);
        matches!(self.dtype, DType::F32 | DType::F64)
            && self.gram.as_ref().is_some_and(|g| n >= g.min_aspect * m)
    }

    /// FLOPs actually executed on one `rows × cols` matrix ([`NewtonSchulz::flops`] unless the
    /// Gram iteration applies).
    pub fn executed_flops(&self, rows: usize, cols: usize) -> u64 {
        let Some(g) = self.gram.as_ref().filter(|_| self.uses_gram(rows, cols)) else {
            return self.flops(rows, cols);
        };
        let (m, n) = (rows.min(cols) as u64, rows.max(cols) as u64);
        let steps = self.schedule.len();
        let restarts = g.restarts.iter().filter(|&&i| i > 0 && i < steps).count() as u64;
        // R = XXᵀ, final Q·X, and per restart Q·X + XXᵀ.
        let big = 2 * m * m * n * (2 + 2 * restarts);
        // Per iteration R² and (but the first after a start) Q·(aI+Z); R ← P·R·P unless next is
        // a restart or the end.
        let mut small = 0;
        for i in 0..steps {
            small += 2 * m * m * m;
            if !(i == 0 || g.restarts.contains(&i)) {
                small += 2 * m * m * m;
            }
            if i + 1 < steps && !g.restarts.contains(&(i + 1)) {
                small += 4 * m * m * m;
            }
        }
        big + small
    }
}

/// Orthogonalizes `u` (`[..., m, n]`, leading axes are a batch) and returns a result of the same
/// type as `u`.
pub fn orthogonalize(b: &mut Builder, u: Value, ns: &NewtonSchulz) -> Result<Value> {
    let ty = b.ty(u).clone();
    if ty.rank() < 2 {
        return Err(Error::shape(
            "newton_schulz",
            format!("needs a matrix or a batch of matrices, got {ty}"),
        ));
    }
    if !ns.dtype.is_float() || !ty.dtype.is_float() {
        return Err(Error::dtype(
            "newton_schulz",
            format!("needs float types, got {ty} computed in {}", ns.dtype),
        ));
    }
    let r = ty.rank();
    let tall = ty.shape[r - 2] > ty.shape[r - 1];
    let mut x = b.convert(u, ns.dtype)?;
    // In f32 and f64 the iteration is written for the CPU's GEMMs: `a` is folded into the
    // polynomial, X ← (aI + bA + cA²)·X, one product and no m×n elementwise pass, and a tall
    // matrix is never transposed: A = XᵀX and X ← X·(aI + bA + cA²) (the polynomial is
    // symmetric). Equal in exact arithmetic; measured 1.2–1.4× faster on XLA:CPU. In bf16 the
    // reference form is kept: aI + B rounded to bf16 loses B's diagonal next to a ≈ 3.4.
    let fused = matches!(ns.dtype, DType::F32 | DType::F64);
    if let Some(g) = ns
        .gram
        .as_ref()
        .filter(|_| ns.uses_gram(ty.shape[r - 2], ty.shape[r - 1]))
    {
        x = normalize(b, x, ns.normalization)?;
        x = gram_newton_schulz(b, x, &ns.schedule, &g.restarts, tall)?;
        return b.convert(x, ty.dtype);
    }
    if tall && !fused {
        x = b.transpose_last2(x)?;
    }
    x = normalize(b, x, ns.normalization)?;
    if fused {
        let eye = identity(b, x, tall)?;
        for &(ca, cb, cc) in &ns.schedule {
            let a = if tall { gram_left(b, x)? } else { b.gram(x)? };
            let a2 = b.matmul(a, a)?;
            let ba = b.scale_by(a, cb)?;
            let ca2 = b.scale_by(a2, cc)?;
            let ai = b.scale_by(eye, ca)?;
            let poly = b.add(ba, ca2)?;
            let poly = b.add(poly, ai)?;
            x = if tall {
                b.matmul(x, poly)?
            } else {
                b.matmul(poly, x)?
            };
        }
        return b.convert(x, ty.dtype);
    }
    for &(ca, cb, cc) in &ns.schedule {
        let a = b.gram(x)?;
        let a2 = b.matmul(a, a)?;
        let ba = b.scale_by(a, cb)?;
        let ca2 = b.scale_by(a2, cc)?;
        let poly = b.add(ba, ca2)?;
        let px = b.matmul(poly, x)?;
        let ax = b.scale_by(x, ca)?;
        x = b.add(ax, px)?;
    }
    if tall {
        x = b.transpose_last2(x)?;
    }
    b.convert(x, ty.dtype)
}

/// The Gram iteration on a normalized `x`; a tall `x` is kept as it is (`R = XᵀX`, right
/// products), a wide one uses `R = XXᵀ` and left products. Every `R`, `Z` and `Q` is a polynomial
/// in the first `R`, so they commute and stay symmetric.
fn gram_newton_schulz(
    b: &mut Builder,
    mut x: Value,
    schedule: &[Coefficients],
    restarts: &[usize],
    tall: bool,
) -> Result<Value> {
    let gram = |b: &mut Builder, x: Value| if tall { gram_left(b, x) } else { b.gram(x) };
    let apply = |b: &mut Builder, q: Value, x: Value| {
        if tall {
            b.matmul(x, q)
        } else {
            b.matmul(q, x)
        }
    };
    let mut r = gram(b, x)?;
    let eye = identity(b, x, tall)?;
    let mut q: Option<Value> = None;
    for (i, &(ca, cb, cc)) in schedule.iter().enumerate() {
        if i > 0 && restarts.contains(&i) {
            if let Some(qq) = q.take() {
                x = apply(b, qq, x)?;
                r = gram(b, x)?;
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

/// `XᵀX` over the last two axes: `[..., m, n] -> [..., n, n]`, without materializing `Xᵀ`.
fn gram_left(b: &mut Builder, x: Value) -> Result<Value> {
    let rank = b.ty(x).rank();
    let batch: Vec<usize> = (0..rank - 2).collect();
    b.dot_general(
        x,
        x,
        DotDims {
            lhs_batch: batch.clone(),
            rhs_batch: batch,
            lhs_contract: vec![rank - 2],
            rhs_contract: vec![rank - 2],
            precision: Precision::Default,
        },
    )
}

/// The identity matrix of the Gram matrix of `x` (`[..., k, k]`, `k` = the smaller of the last
/// two axes when `tall` picks the columns), in `x`'s dtype.
fn identity(b: &mut Builder, x: Value, tall: bool) -> Result<Value> {
    let ty = b.ty(x).clone();
    let r = ty.rank();
    let k = if tall {
        ty.shape[r - 1]
    } else {
        ty.shape[r - 2]
    };
    let mut shape = ty.shape[..r - 2].to_vec();
    shape.extend([k, k]);
    let rows = b.iota(TensorType::new(DType::I32, shape.clone()), r - 2)?;
    let cols = b.iota(TensorType::new(DType::I32, shape.clone()), r - 1)?;
    let diag = b.compare(CompareDir::Eq, rows, cols)?;
    let one = b.constant(1.0, TensorType::new(ty.dtype, shape.clone()));
    let zero = b.constant(0.0, TensorType::new(ty.dtype, shape));
    b.select(diag, one, zero)
}

fn normalize(b: &mut Builder, x: Value, n: Normalization) -> Result<Value> {
    let norm = b.frobenius_norm_last2(x)?;
    let denom = match n {
        Normalization::FrobeniusPlusEps { factor, eps } => {
            let scaled = if factor == 1.0 {
                norm
            } else {
                b.scale_by(norm, factor)?
            };
            let e = b.constant_like(eps, scaled);
            b.add(scaled, e)?
        }
        Normalization::FrobeniusClampEps { eps } => {
            let e = b.constant_like(eps, norm);
            b.max(norm, e)?
        }
    };
    let shape = b.shape(x).to_vec();
    let denom = b.expand_to(denom, &shape)?;
    b.div(x, denom)
}
