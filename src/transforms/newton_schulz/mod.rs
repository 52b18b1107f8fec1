//! Newton–Schulz orthogonalization as graph code.
//!
//! `X ← a·X + (b·A + c·A²)·X` with `A = X Xᵀ`, iterated from `X = U / norm(U)`. The iteration
//! drives every singular value of `U` toward 1 while keeping its singular vectors, so the result
//! approximates `U (UᵀU)^{-1/2}`, the nearest semi-orthogonal matrix. Tall matrices are transposed
//! first so that `A` is `min(m, n)²`.

mod gram;
mod precondition;
pub mod spectrum;

use serde::{Deserialize, Serialize};

use gram::gram_newton_schulz;
pub use gram::GramNs;
use precondition::{gram_of, identity};

use crate::graph::{Builder, Precision, Value};
use crate::types::{DType, Error, Result};

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
    /// optax `preconditioning='aol'`: the first iteration's `A = XXᵀ` gives the row scale
    /// `s = rsqrt(max(Σ_j |A_ij|, eps))`; `X ← diag(s)·X`, `A ← diag(s)·A·diag(s)`. No Frobenius
    /// division, and `A` is reused (no extra product).
    Aol { eps: f64 },
    /// optax `preconditioning='schatten'`: `X ← X / max(‖XXᵀ‖_F, eps)^{1/2}`, reusing `A`.
    Schatten { eps: f64 },
}

impl Normalization {
    /// `X / (‖X‖_F + eps)`.
    pub fn frobenius(eps: f64) -> Self {
        Normalization::FrobeniusPlusEps { factor: 1.0, eps }
    }

    /// The same normalization with another epsilon.
    pub fn with_eps(self, eps: f64) -> Self {
        match self {
            Normalization::FrobeniusPlusEps { factor, .. } => {
                Normalization::FrobeniusPlusEps { factor, eps }
            }
            Normalization::FrobeniusClampEps { .. } => Normalization::FrobeniusClampEps { eps },
            Normalization::Aol { .. } => Normalization::Aol { eps },
            Normalization::Schatten { .. } => Normalization::Schatten { eps },
        }
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
    /// The precision the iteration's matmuls ask the backend for (the norm's always ask for the
    /// highest). It matters on GPUs and TPUs: an f32 product at the default precision is TF32 on
    /// NVIDIA Ampere and later and one bf16 pass on TPUs.
    #[serde(default, skip_serializing_if = "NsPrecision::is_default")]
    pub precision: NsPrecision,
    /// Where a 16-bit iteration rounds (f32 and f64 iterations ignore it); see [`NsRounding`].
    #[serde(default, skip_serializing_if = "NsRounding::is_default")]
    pub rounding: NsRounding,
}

/// Where a 16-bit Newton–Schulz iteration `B = b·A + c·A²; X = a·X + B·X` rounds to the 16-bit
/// dtype. bf16 Newton–Schulz is chaotic (one element rounding to a neighbouring value costs
/// ~1e-3 in the result), so each preset rounds where its reference does.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NsRounding {
    /// After every product and every elementwise op, with `c·round(A·A)`.
    #[default]
    EveryOp,
    /// After every op, with `round(c·A)·A`: Keller Jordan's `B = b * A + c * A @ A`, which
    /// Python evaluates left to right.
    KellerOrder,
    /// Once per line, `torch.addmm`'s `B = round(b·A + c·(A·A))`, `X = round(a·X + B·X)` with
    /// the products in f32 (torch.optim.Muon). The form our CPU matmul handler runs with the
    /// sums in its epilogue: one oneDNN call per line, no elementwise pass.
    Addmm,
}

impl NsRounding {
    /// serde's `skip_serializing_if`.
    pub fn is_default(&self) -> bool {
        *self == NsRounding::EveryOp
    }
}

/// The precision of Newton–Schulz's matmuls.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NsPrecision {
    /// The backend's default (JAX's default: TF32 for f32 on NVIDIA Ampere+, one bf16 pass on
    /// TPU); the optax and keras presets.
    #[default]
    Default,
    /// XLA's `HIGH` (bf16×3 on TPU; TF32 on GPU).
    High,
    /// Full precision of the dtype (XLA's `HIGHEST`).
    Highest,
    /// `Highest` when the iteration computes in f32 or f64, else `Default`: PyTorch's default
    /// (its f32 matmuls are full f32); the torch, keller-jordan and moonlight presets. bf16
    /// inputs are exact either way.
    FullF32,
}

impl NsPrecision {
    /// Whether this is the default (serde's `skip_serializing_if`).
    pub fn is_default(&self) -> bool {
        *self == NsPrecision::Default
    }

    /// The matmul precision asked for when the iteration computes in `dtype`.
    pub fn for_dtype(self, dtype: DType) -> Precision {
        match self {
            NsPrecision::Default => Precision::Default,
            NsPrecision::High => Precision::High,
            NsPrecision::Highest => Precision::Highest,
            NsPrecision::FullF32 if matches!(dtype, DType::F32 | DType::F64) => Precision::Highest,
            NsPrecision::FullF32 => Precision::Default,
        }
    }
}

impl std::str::FromStr for NsPrecision {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "default" => Ok(NsPrecision::Default),
            "high" => Ok(NsPrecision::High),
            "highest" => Ok(NsPrecision::Highest),
            "full-f32" => Ok(NsPrecision::FullF32),
            _ => Err(Error::InvalidSetting {
                field: "ns_precision",
                value: format!("`{s}`"),
                expected: "default, high, highest or full-f32".into(),
            }),
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
            precision: NsPrecision::Default,
            rounding: NsRounding::EveryOp,
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
            precision: NsPrecision::Default,
            rounding: NsRounding::EveryOp,
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
/// type as `u`; its matmuls ask for `ns.precision`.
pub fn orthogonalize(b: &mut Builder, u: Value, ns: &NewtonSchulz) -> Result<Value> {
    let precision = ns.precision.for_dtype(ns.dtype);
    b.with_matmul_precision(precision, |b| iterate(b, u, ns))
}

fn iterate(b: &mut Builder, u: Value, ns: &NewtonSchulz) -> Result<Value> {
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
        let (x, first) = precondition::start(b, x, ns.normalization, tall)?;
        let x = gram_newton_schulz(b, x, &ns.schedule, &g.restarts, tall, first)?;
        return b.convert(x, ty.dtype);
    }
    // The bf16 form transposes a tall matrix (from here on it is wide), after scaling it: the
    // scale is the same either way, and computed on the untransposed matrix its sum of squares
    // reads memory in order, where XLA:CPU materialized the transpose in f32 for it first (a
    // strided gather, half of a bf16 step's XLA time at GPT-2's tall shapes).
    let (x0, mut first) = precondition::start(b, x, ns.normalization, tall)?;
    x = match tall && !fused {
        true => b.transpose_last2(x0)?,
        false => x0,
    };
    if fused {
        let eye = identity(b, x, tall)?;
        for &(ca, cb, cc) in &ns.schedule {
            let a = match first.take() {
                Some(a) => a,
                None => gram_of(b, x, tall)?,
            };
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
        let a = match first.take() {
            Some(a) => a,
            None => b.gram(x)?,
        };
        if ns.rounding == NsRounding::Addmm {
            let poly = b.addmm(a, a, a, cc, cb)?;
            x = b.addmm(x, poly, x, 1.0, ca)?;
            continue;
        }
        let ca2 = match ns.rounding {
            NsRounding::KellerOrder => {
                let scaled = b.scale_by_f32(a, cc)?;
                b.matmul(scaled, a)?
            }
            _ => {
                let a2 = b.matmul(a, a)?;
                b.scale_by_f32(a2, cc)?
            }
        };
        let ba = b.scale_by_f32(a, cb)?;
        let poly = b.add(ba, ca2)?;
        let px = b.matmul(poly, x)?;
        let ax = b.scale_by_f32(x, ca)?;
        x = b.add(ax, px)?;
    }
    if tall {
        x = b.transpose_last2(x)?;
    }
    b.convert(x, ty.dtype)
}
