//! How `U` is brought to spectral norm ≲ 1 before the iteration: by its Frobenius norm (the
//! classic start), or by a preconditioner that already forms the first Gram matrix and hands it
//! to the first iteration (optax's `aol` and `schatten`).

use super::Normalization;
use crate::graph::{Builder, CompareDir, DotDims, Precision, Value};
use crate::types::{DType, Result, TensorType};

/// `X` scaled for the first iteration and, when the preconditioner formed it, that iteration's
/// Gram matrix (of the scaled `X`). A tall `x` (kept untransposed) has the Gram matrix `XᵀX` and
/// its scale acts on columns; a wide one `XXᵀ` and rows.
pub(super) fn start(
    b: &mut Builder,
    x: Value,
    n: Normalization,
    tall: bool,
) -> Result<(Value, Option<Value>)> {
    match n {
        Normalization::FrobeniusPlusEps { factor, eps } => {
            let norm = b.frobenius_norm_last2(x)?;
            let scaled = if factor == 1.0 {
                norm
            } else {
                b.scale_by(norm, factor)?
            };
            let e = b.constant_like(eps, scaled);
            let denom = b.add(scaled, e)?;
            Ok((divide(b, x, denom)?, None))
        }
        Normalization::FrobeniusClampEps { eps } => {
            let norm = b.frobenius_norm_last2(x)?;
            let e = b.constant_like(eps, norm);
            let denom = b.max(norm, e)?;
            Ok((divide(b, x, denom)?, None))
        }
        Normalization::Schatten { eps } => {
            // ‖XXᵀ‖_F^{1/2} is the Schatten-4 norm of X: a tighter bound on σ_max than ‖X‖_F.
            let a = gram_of(b, x, tall)?;
            let norm = b.frobenius_norm_last2(a)?;
            let e = b.constant_like(eps, norm);
            let clamped = b.max(norm, e)?;
            let s = b.rsqrt(clamped)?;
            let s2 = b.mul(s, s)?;
            let xs = expand_mul(b, x, s)?;
            let a = expand_mul(b, a, s2)?;
            Ok((xs, Some(a)))
        }
        Normalization::Aol { eps } => {
            // Almost-orthogonal-layer rescaling: s_i = (Σ_j |A_ij|)^{-1/2} bounds σ(diag(s)·X)
            // by 1 (Gershgorin) while equalizing the rows, so fewer iterations are needed.
            let a = gram_of(b, x, tall)?;
            let ty = b.ty(a).clone();
            let r = ty.rank();
            let abs = b.abs(a)?;
            let sums = row_sums(b, abs)?;
            let e = b.constant_like(eps, sums);
            let clamped = b.max(sums, e)?;
            let s = b.rsqrt(clamped)?;
            let batch: Vec<usize> = (0..r - 2).collect();
            let along = |axis: usize| [batch.clone(), vec![axis]].concat();
            let x_shape = b.shape(x).to_vec();
            let sx = b.broadcast_in_dim(s, x_shape, &along(if tall { r - 1 } else { r - 2 }))?;
            let xs = b.mul(x, sx)?;
            let s_rows = b.broadcast_in_dim(s, ty.shape.clone(), &along(r - 2))?;
            let s_cols = b.broadcast_in_dim(s, ty.shape.clone(), &along(r - 1))?;
            let a = b.mul(a, s_rows)?;
            let a = b.mul(a, s_cols)?;
            Ok((xs, Some(a)))
        }
    }
}

/// `Σ_j a_ij` of a batch of square matrices, as a matrix-vector product with ones: XLA's CPU
/// backend compiles a `reduce` into kernels of its tree reduction (about 40% of a dion-fast
/// program's compile), a dot into a call of its library.
fn row_sums(b: &mut Builder, a: Value) -> Result<Value> {
    let ty = b.ty(a).clone();
    let r = ty.rank();
    let ones = b.constant(1.0, TensorType::new(ty.dtype, ty.shape[..r - 1].to_vec()));
    let batch: Vec<usize> = (0..r - 2).collect();
    let dims = DotDims {
        lhs_batch: batch.clone(),
        rhs_batch: batch,
        lhs_contract: vec![r - 1],
        rhs_contract: vec![r - 2],
        precision: Precision::Highest,
    };
    b.dot_general(a, ones, dims)
}

/// The Gram matrix on the small side: `XᵀX` for a tall `x`, `XXᵀ` otherwise.
pub(super) fn gram_of(b: &mut Builder, x: Value, tall: bool) -> Result<Value> {
    if tall {
        gram_left(b, x)
    } else {
        b.gram(x)
    }
}

/// `x · s` for `s` of shape `[..., 1, 1]`.
fn expand_mul(b: &mut Builder, x: Value, s: Value) -> Result<Value> {
    let shape = b.shape(x).to_vec();
    let s = b.expand_to(s, &shape)?;
    b.mul(x, s)
}

/// `XᵀX` over the last two axes: `[..., m, n] -> [..., n, n]`, without materializing `Xᵀ`.
pub(super) fn gram_left(b: &mut Builder, x: Value) -> Result<Value> {
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
            precision: b.matmul_precision(),
        },
    )
}

/// The identity matrix of the Gram matrix of `x` (`[..., k, k]`, `k` = the smaller of the last
/// two axes when `tall` picks the columns), in `x`'s dtype.
pub(super) fn identity(b: &mut Builder, x: Value, tall: bool) -> Result<Value> {
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

/// `x / denom` for `denom` of shape `[..., 1, 1]`.
fn divide(b: &mut Builder, x: Value, denom: Value) -> Result<Value> {
    let shape = b.shape(x).to_vec();
    let denom = b.expand_to(denom, &shape)?;
    b.div(x, denom)
}
