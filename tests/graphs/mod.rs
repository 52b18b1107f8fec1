//! Representative graphs shared by the snapshot tests and the XLA-vs-interpreter tests.
#![allow(dead_code)]

use muon_xla::graph::{CompareDir, DotDims, Precision};
use muon_xla::transforms::{orthogonalize, NewtonSchulz};
use muon_xla::{Builder, DType, Graph, HostTensor, Result, TensorType};

/// A deterministic pseudo-random stream (SplitMix64) so tests need no extra crate.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [lo, hi).
    pub fn uniform(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A tensor of `ty` with values in [lo, hi) (integers truncated, preds 0/1).
    pub fn tensor(&mut self, ty: &TensorType, lo: f64, hi: f64) -> HostTensor {
        let vals: Vec<f64> = (0..ty.num_elements())
            .map(|_| match ty.dtype {
                DType::Pred => (self.next_u64() & 1) as f64,
                _ => self.uniform(lo, hi),
            })
            .collect();
        HostTensor::from_f64(ty.dtype, ty.shape.clone(), &vals).expect("sizes match")
    }
}

pub fn f32t(shape: &[usize]) -> TensorType {
    TensorType::new(DType::F32, shape.to_vec())
}

/// Every elementwise op on a 3×4 f32 pair (inputs are drawn positive so sqrt/log are defined).
pub fn elementwise() -> Result<Graph> {
    let mut b = Builder::new("elementwise");
    let x = b.parameter("x", f32t(&[3, 4]));
    let y = b.parameter("y", f32t(&[3, 4]));
    let s = b.add(x, y)?;
    let d = b.sub(x, y)?;
    let m = b.mul(s, d)?;
    let q = b.div(m, y)?;
    let mx = b.max(q, x)?;
    let mn = b.min(q, x)?;
    let p = b.pow(x, y)?;
    let r = b.sqrt(x)?;
    let rr = b.rsqrt(y)?;
    let a = b.abs(d)?;
    let e = b.exp(d)?;
    let l = b.log(x)?;
    let n = b.neg(l)?;
    let t = b.tanh(d)?;
    let acc = [mn, p, r, rr, a, e, n, t]
        .into_iter()
        .try_fold(mx, |acc, v| b.add(acc, v))?;
    b.output("sum_of_all", acc)?;
    b.output("quotient", q)?;
    b.build()
}

/// Compare, select (full and scalar predicate), is_finite, and converts through bf16, f16, i32.
pub fn select_and_convert() -> Result<Graph> {
    let mut b = Builder::new("select_and_convert");
    let x = b.parameter("x", f32t(&[4, 3]));
    let y = b.parameter("y", f32t(&[4, 3]));
    let flag = b.parameter("flag", TensorType::scalar(DType::Pred));
    let gt = b.compare(CompareDir::Gt, x, y)?;
    let sel = b.select(gt, x, y)?;
    let sel2 = b.select(flag, sel, y)?;
    let fin = b.is_finite(x)?;
    let fin_f = b.convert(fin, DType::F32)?;
    let h = b.convert(sel2, DType::BF16)?;
    let h = b.convert(h, DType::F16)?;
    let h = b.convert(h, DType::F32)?;
    let i = b.convert(x, DType::I32)?;
    let le = b.compare_const(CompareDir::Le, x, 0.5)?;
    b.output("selected", sel2)?;
    b.output("finite", fin_f)?;
    b.output("rounded", h)?;
    b.output("truncated", i)?;
    b.output("le_half", le)?;
    b.build()
}

/// broadcast_in_dim, reshape, transpose, slice (with a stride), concatenate, iota.
pub fn shapes() -> Result<Graph> {
    let mut b = Builder::new("shapes");
    let x = b.parameter("x", f32t(&[2, 3, 4]));
    let v = b.parameter("v", f32t(&[4]));
    let bv = b.broadcast_in_dim(v, vec![2, 3, 4], &[2])?;
    let s = b.add(x, bv)?;
    let t = b.transpose(s, &[2, 0, 1])?; // [4, 2, 3]
    let r = b.reshape(t, vec![4, 6])?;
    let sl = b.slice(r, &[1, 0], &[4, 6], &[1, 2])?; // [3, 3]
    let io = b.iota(TensorType::new(DType::F32, vec![3, 3]), 1)?;
    let c = b.concatenate(&[sl, io], 0)?; // [6, 3]
    b.output("concatenated", c)?;
    b.output("transposed", t)?;
    b.build()
}

/// A batched dot_general and sum/max/min reductions.
pub fn contractions() -> Result<Graph> {
    let mut b = Builder::new("contractions");
    let x = b.parameter("x", f32t(&[2, 3, 5]));
    let y = b.parameter("y", f32t(&[2, 5, 4]));
    let z = b.matmul(x, y)?; // [2, 3, 4]
    let dims = DotDims {
        lhs_batch: vec![],
        rhs_batch: vec![],
        lhs_contract: vec![0, 2],
        rhs_contract: vec![0, 1],
        precision: Precision::Highest,
    };
    let w = b.dot_general(x, y, dims)?; // [3, 4]
    let s = b.reduce_sum(z, &[0])?;
    let m = b.reduce_max(z, &[0, 2])?;
    let mn = b.reduce(muon_xla::graph::ReduceKind::Min, z, &[1])?;
    b.output("batched", z)?;
    b.output("full_contraction", w)?;
    b.output("sum0", s)?;
    b.output("max02", m)?;
    b.output("min1", mn)?;
    b.build()
}

/// Keller's Newton–Schulz (5 steps, f32) on one `rows × cols` matrix.
pub fn newton_schulz(rows: usize, cols: usize) -> Result<Graph> {
    let mut b = Builder::new(format!("newton_schulz_{rows}x{cols}"));
    let g = b.parameter("g", f32t(&[rows, cols]));
    let o = orthogonalize(&mut b, g, &NewtonSchulz::keller_jordan(DType::F32))?;
    b.output("orthogonalized", o)?;
    b.build()
}

/// `p - lr * g` with `p` donated to the result: the in-place update pattern.
pub fn sgd_in_place(shape: &[usize]) -> Result<Graph> {
    let mut b = Builder::new("sgd_in_place");
    let p = b.parameter("p", f32t(shape));
    let g = b.parameter("g", f32t(shape));
    let lr = b.parameter("lr", TensorType::scalar(DType::F32));
    let step = b.scale(g, lr)?;
    let out = b.sub(p, step)?;
    let i = b.output("p", out)?;
    b.donate(p, i)?;
    b.build()
}
