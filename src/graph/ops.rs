//! Convenience methods on [`Builder`] built from the primitive ops: named arithmetic, scalar
//! broadcasting, matmuls and norms. They add no new op kinds.

use super::op::{BinaryOp, CompareDir, DotDims, Precision, ReduceKind, UnaryOp};
use super::{Builder, Value};
use crate::types::{DType, Result};

macro_rules! binary_methods {
    ($($name:ident => $op:ident),* $(,)?) => {$(
        #[doc = concat!("Elementwise `", stringify!($name), "` of two values of the same type.")]
        pub fn $name(&mut self, x: Value, y: Value) -> Result<Value> {
            self.binary(BinaryOp::$op, x, y)
        }
    )*};
}

macro_rules! unary_methods {
    ($($name:ident => $op:ident),* $(,)?) => {$(
        #[doc = concat!("Elementwise `", stringify!($name), "`.")]
        pub fn $name(&mut self, x: Value) -> Result<Value> {
            self.unary(UnaryOp::$op, x)
        }
    )*};
}

impl Builder {
    binary_methods!(add => Add, sub => Sub, mul => Mul, div => Div, max => Max, min => Min,
        pow => Pow, and => And, or => Or);
    unary_methods!(neg => Neg, sqrt => Sqrt, rsqrt => Rsqrt, abs => Abs, exp => Exp, log => Log,
        tanh => Tanh);

    /// Broadcasts a scalar value to the shape of `like`.
    pub fn splat_like(&mut self, scalar: Value, like: Value) -> Result<Value> {
        let shape = self.shape(like).to_vec();
        if shape.is_empty() {
            return Ok(scalar);
        }
        self.broadcast_in_dim(scalar, shape, &[])
    }

    /// A constant with the dtype and shape of `like`.
    pub fn constant_like(&mut self, value: f64, like: Value) -> Value {
        let ty = self.ty(like).clone();
        self.constant(value, ty)
    }

    /// `x * s` for a scalar value `s` (broadcast to `x`'s shape).
    pub fn scale(&mut self, x: Value, s: Value) -> Result<Value> {
        let s = self.splat_like(s, x)?;
        self.mul(x, s)
    }

    /// `x * c` for a constant `c`.
    pub fn scale_by(&mut self, x: Value, c: f64) -> Result<Value> {
        let c = self.constant_like(c, x);
        self.mul(x, c)
    }

    /// `x · c` with the constant kept in f32 when `x` is a 16-bit float: the product computed in
    /// f32 and rounded once, as PyTorch multiplies a bf16 tensor by a Python float. (`scale_by`
    /// would round `c` itself to bf16 first: Newton–Schulz's 3.4445 becomes 3.4375.)
    pub fn scale_by_f32(&mut self, x: Value, c: f64) -> Result<Value> {
        let dtype = self.ty(x).dtype;
        if !matches!(dtype, DType::BF16 | DType::F16) {
            return self.scale_by(x, c);
        }
        let wide = self.convert(x, DType::F32)?;
        let product = self.scale_by(wide, c)?;
        self.convert(product, dtype)
    }

    /// Linear interpolation from `x` to `y` by a constant `t`, as `torch.lerp` computes it: `x +
    /// (y - x)·t` for `t < 0.5`, else `y - (y - x)·(1 - t)` with `1 - t` taken in f32 (exact in
    /// real numbers, not in floats: torch.optim.Muon's Nesterov `lerp(g, buf, 0.95)` differs in
    /// the last bits otherwise, which bf16 Newton–Schulz amplifies to ~1e-3).
    pub fn lerp(&mut self, x: Value, y: Value, t: f64) -> Result<Value> {
        let d = self.sub(y, x)?;
        if t < 0.5 {
            let d = self.scale_by(d, t)?;
            return self.add(x, d);
        }
        let rest = (1.0f32 - t as f32) as f64;
        let d = self.scale_by(d, rest)?;
        self.sub(y, d)
    }

    /// Batched matrix product `[..., m, k] x [..., k, n] -> [..., m, n]`.
    pub fn matmul(&mut self, x: Value, y: Value) -> Result<Value> {
        let rank = self.ty(x).rank();
        let dims = DotDims {
            precision: self.matmul_precision(),
            ..DotDims::matmul(rank)
        };
        self.dot_general(x, y, dims)
    }

    /// `beta·c + alpha·(x·y)` (batched matmul) as `torch.addmm` rounds it: for 16-bit operands
    /// the product is kept in f32, the sum taken in f32 with f32 coefficients, and the result
    /// rounded once to `c`'s dtype; in f32 and f64 plainly. On the CPU with oneDNN the whole
    /// expression becomes one call of our matmul handler (its epilogue does the sum).
    pub fn addmm(&mut self, c: Value, x: Value, y: Value, alpha: f64, beta: f64) -> Result<Value> {
        let dtype = self.ty(c).dtype;
        let rank = self.ty(x).rank();
        let dims = DotDims {
            precision: self.matmul_precision(),
            ..DotDims::matmul(rank)
        };
        if !matches!(dtype, DType::BF16 | DType::F16) {
            let mut p = self.dot_general(x, y, dims)?;
            if alpha != 1.0 {
                p = self.scale_by(p, alpha)?;
            }
            let c = self.scale_by(c, beta)?;
            return self.add(c, p);
        }
        let mut p = self.dot_general_to(x, y, dims, DType::F32)?;
        if alpha != 1.0 {
            p = self.scale_by(p, alpha)?;
        }
        let wide = self.convert(c, DType::F32)?;
        let c = self.scale_by(wide, beta)?;
        let sum = self.add(c, p)?;
        self.convert(sum, dtype)
    }

    /// `x xᵀ` over the last two axes: `[..., m, k] -> [..., m, m]`.
    pub fn gram(&mut self, x: Value) -> Result<Value> {
        let rank = self.ty(x).rank();
        let dims = DotDims {
            precision: self.matmul_precision(),
            ..DotDims::matmul_transposed_rhs(rank)
        };
        self.dot_general(x, x, dims)
    }

    /// Swaps the last two axes.
    pub fn transpose_last2(&mut self, x: Value) -> Result<Value> {
        let rank = self.ty(x).rank();
        let mut perm: Vec<usize> = (0..rank).collect();
        if rank >= 2 {
            perm.swap(rank - 1, rank - 2);
        }
        self.transpose(x, &perm)
    }

    /// Sum over `dims`.
    pub fn reduce_sum(&mut self, x: Value, dims: &[usize]) -> Result<Value> {
        self.reduce(ReduceKind::Sum, x, dims)
    }

    /// Maximum over `dims`.
    pub fn reduce_max(&mut self, x: Value, dims: &[usize]) -> Result<Value> {
        self.reduce(ReduceKind::Max, x, dims)
    }

    /// Sum of all elements, as a scalar.
    pub fn sum_all(&mut self, x: Value) -> Result<Value> {
        let dims: Vec<usize> = (0..self.ty(x).rank()).collect();
        self.reduce_sum(x, &dims)
    }

    /// `Σ x²` over every axis from `keep` on, shaped `x.shape[..keep]`, in f32 at least (a bf16
    /// sum of squares loses digits).
    ///
    /// Two `dot_general`s, not a `reduce`: each row (the last axis) with itself, then the row sums
    /// with ones. XLA's CPU backend turns a large reduction into three generated kernels (the
    /// squares and two reduce-window passes of its tree reduction, about a third of a one-matrix
    /// Muon program's compile time), while a dot calls its precompiled library kernel. Two levels
    /// keep the accuracy of the tree reduction (one dot over all elements summed them nearly in
    /// sequence: relative error 6e-4 at 768×3072 against 2e-8). `Highest` keeps both out of TF32
    /// on GPUs.
    pub fn sum_of_squares(&mut self, x: Value, keep: usize) -> Result<Value> {
        let ty = self.ty(x).clone();
        let keep = keep.min(ty.rank());
        let xw = self.convert(x, ty.dtype.at_least_f32())?;
        let lead: usize = ty.shape[..keep].iter().product();
        let (m, n) = balanced_rows(&ty.shape[keep..]);
        let xw = self.reshape(xw, vec![lead, m, n])?;
        let dims = |batch: usize| DotDims {
            lhs_batch: (0..batch).collect(),
            rhs_batch: (0..batch).collect(),
            lhs_contract: vec![batch],
            rhs_contract: vec![batch],
            precision: Precision::Highest,
        };
        let rows = self.dot_general(xw, xw, dims(2))?;
        let ones = self.constant_like(1.0, rows);
        let s = self.dot_general(rows, ones, dims(1))?;
        self.reshape(s, ty.shape[..keep].to_vec())
    }

    /// The Frobenius norm over the last two axes, shaped `[..., 1, 1]` so it divides `x`
    /// after a broadcast; computed in f32 at least (see [`Builder::sum_of_squares`]).
    pub fn frobenius_norm_last2(&mut self, x: Value) -> Result<Value> {
        let ty = self.ty(x).clone();
        let split = ty.rank().saturating_sub(2);
        let s = self.sum_of_squares(x, split)?;
        let n = self.sqrt(s)?;
        let mut keep = ty.shape.clone();
        keep[split..].fill(1);
        let n = self.reshape(n, keep)?;
        self.convert(n, ty.dtype)
    }

    /// Broadcasts `x` (whose shape equals `shape` with some axes of size 1) to `shape`.
    pub fn expand_to(&mut self, x: Value, shape: &[usize]) -> Result<Value> {
        if self.shape(x) == shape {
            return Ok(x);
        }
        let dims: Vec<usize> = (0..shape.len()).collect();
        self.broadcast_in_dim(x, shape.to_vec(), &dims)
    }

    /// `pred ? a : b` where `pred` compares `x` against a constant `c`.
    pub fn compare_const(&mut self, dir: CompareDir, x: Value, c: f64) -> Result<Value> {
        let c = self.constant_like(c, x);
        self.compare(dir, x, c)
    }
}

/// `(rows, row length)` for summing a tensor of `shape` in two levels (any split of the
/// contiguous elements is a free reshape), so that neither level sums a long run: the second is
/// a plain loop, and one long dot sums almost in sequence. The row length is the product of
/// trailing axes nearest √(elements) (a `[3072, 768]` matrix is 3072 rows of 768, a conv kernel
/// `[64, 64, 3, 3]` 64 rows of 576); when no such product is within 4× of it (a long vector),
/// the divisor of the element count nearest it.
fn balanced_rows(shape: &[usize]) -> (usize, usize) {
    let total: usize = shape.iter().product();
    let target = (total as f64).sqrt();
    let distance = |len: usize| (len as f64 / target).ln().abs();
    let mut best = total;
    let mut suffix = 1usize;
    for &d in shape.iter().rev() {
        suffix *= d;
        if distance(suffix) < distance(best) {
            best = suffix;
        }
    }
    if distance(best) > 4f64.ln() {
        for d in (1..).take_while(|d| d * d <= total) {
            if total % d == 0 {
                for len in [d, total / d] {
                    if distance(len) < distance(best) {
                        best = len;
                    }
                }
            }
        }
    }
    (total / best, best)
}

#[cfg(test)]
mod tests {
    use super::balanced_rows;

    #[test]
    fn rows_are_the_trailing_axes_nearest_the_square_root() {
        assert_eq!(balanced_rows(&[768, 3072]), (768, 3072));
        assert_eq!(balanced_rows(&[3072, 768]), (3072, 768));
        assert_eq!(balanced_rows(&[64, 64, 3, 3]), (64, 576));
        assert_eq!(balanced_rows(&[]), (1, 1));
        // No trailing product near √16384 = 128: the divisor nearest it.
        assert_eq!(balanced_rows(&[4096, 2, 2]), (128, 128));
        // 50257 = 29 · 1733: the nearest split a prime-free count allows.
        let (m, n) = balanced_rows(&[50257]);
        assert_eq!((m * n, m.max(n)), (50257, 1733));
        // A prime count has only one row.
        assert_eq!(balanced_rows(&[7919]), (1, 7919));
    }
}
