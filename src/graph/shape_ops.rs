//! Shape-changing ops of the [`Builder`]: broadcast, reshape, transpose, slice, concatenate and
//! the contraction `dot_general`, each with its trace-time checks.

use super::op::{DotDims, Op};
use super::sharding::Sharding;
use super::{Builder, DType, Shape, TensorType, Value};
use crate::types::{Error, Result};

impl Builder {
    /// Broadcasts `x` into `shape`: operand axis `i` becomes result axis `dims[i]`.
    pub fn broadcast_in_dim(&mut self, x: Value, shape: Shape, dims: &[usize]) -> Result<Value> {
        self.check("broadcast_in_dim", x)?;
        let tx = self.ty(x).clone();
        let bad = |msg: String| Error::shape("broadcast_in_dim", msg);
        if dims.len() != tx.rank() {
            return Err(bad(format!("{tx} needs {} dims, got {dims:?}", tx.rank())));
        }
        for (i, &d) in dims.iter().enumerate() {
            let Some(&out) = shape.get(d) else {
                return Err(bad(format!("dim {d} out of range for result {shape:?}")));
            };
            if tx.shape[i] != 1 && tx.shape[i] != out {
                return Err(bad(format!(
                    "operand {tx} axis {i} (size {}) cannot broadcast to {shape:?} axis {d}",
                    tx.shape[i]
                )));
            }
            if i > 0 && dims[i - 1] >= d {
                return Err(bad(format!("dims {dims:?} must be strictly increasing")));
            }
        }
        Ok(self.push(
            Op::BroadcastInDim(x, dims.to_vec()),
            TensorType::new(tx.dtype, shape),
        ))
    }

    /// Same elements, new shape of the same element count.
    pub fn reshape(&mut self, x: Value, shape: Shape) -> Result<Value> {
        self.check("reshape", x)?;
        let tx = self.ty(x).clone();
        let out = TensorType::new(tx.dtype, shape);
        if out.num_elements() != tx.num_elements() {
            return Err(Error::shape(
                "reshape",
                format!("cannot reshape {tx} to {out}"),
            ));
        }
        if out == tx {
            return Ok(x);
        }
        Ok(self.push(Op::Reshape(x), out))
    }

    /// Permutes axes: result axis `i` is operand axis `perm[i]`.
    pub fn transpose(&mut self, x: Value, perm: &[usize]) -> Result<Value> {
        self.check("transpose", x)?;
        let tx = self.ty(x).clone();
        let mut seen = vec![false; tx.rank()];
        let valid = perm.len() == tx.rank()
            && perm
                .iter()
                .all(|&p| p < tx.rank() && !std::mem::replace(&mut seen[p], true));
        if !valid {
            return Err(Error::shape(
                "transpose",
                format!("{perm:?} is not a permutation of the axes of {tx}"),
            ));
        }
        let shape = perm.iter().map(|&p| tx.shape[p]).collect::<Vec<_>>();
        Ok(self.push(
            Op::Transpose(x, perm.to_vec()),
            TensorType::new(tx.dtype, shape),
        ))
    }

    /// Elements `start..limit` by `stride` along every axis.
    pub fn slice(
        &mut self,
        x: Value,
        start: &[usize],
        limit: &[usize],
        stride: &[usize],
    ) -> Result<Value> {
        self.check("slice", x)?;
        let tx = self.ty(x).clone();
        let r = tx.rank();
        if start.len() != r || limit.len() != r || stride.len() != r {
            return Err(Error::shape(
                "slice",
                format!(
                    "{tx} needs {r} start/limit/stride entries, got {start:?} {limit:?} {stride:?}"
                ),
            ));
        }
        let mut shape = Vec::with_capacity(r);
        for i in 0..r {
            if start[i] > limit[i] || limit[i] > tx.shape[i] || stride[i] == 0 {
                return Err(Error::shape(
                    "slice",
                    format!(
                        "axis {i}: {}:{}:{} is not a valid slice of size {}",
                        start[i], limit[i], stride[i], tx.shape[i]
                    ),
                ));
            }
            shape.push((limit[i] - start[i]).div_ceil(stride[i]));
        }
        Ok(self.push(
            Op::Slice {
                operand: x,
                start: start.to_vec(),
                limit: limit.to_vec(),
                stride: stride.to_vec(),
            },
            TensorType::new(tx.dtype, shape),
        ))
    }

    /// Joins tensors along `dim`; all other axes and the dtype must agree.
    pub fn concatenate(&mut self, xs: &[Value], dim: usize) -> Result<Value> {
        let Some(&first) = xs.first() else {
            return Err(Error::shape("concatenate", "needs at least one operand"));
        };
        for &x in xs {
            self.check("concatenate", x)?;
        }
        let t0 = self.ty(first).clone();
        if dim >= t0.rank() {
            return Err(Error::shape(
                "concatenate",
                format!("dim {dim} out of range for {t0}"),
            ));
        }
        let mut shape = t0.shape.clone();
        shape[dim] = 0;
        for &x in xs {
            let t = self.ty(x);
            let same_rest = t.rank() == t0.rank()
                && (0..t0.rank()).all(|i| i == dim || t.shape[i] == t0.shape[i]);
            if !same_rest || t.dtype != t0.dtype {
                return Err(Error::shape(
                    "concatenate",
                    format!("{t} does not fit {t0} along dim {dim}"),
                ));
            }
            shape[dim] += t.shape[dim];
        }
        Ok(self.push(
            Op::Concatenate(xs.to_vec(), dim),
            TensorType::new(t0.dtype, shape),
        ))
    }

    /// General tensor contraction. The result axes are the batch axes, then the free axes of
    /// `lhs`, then those of `rhs`.
    pub fn dot_general(&mut self, lhs: Value, rhs: Value, dims: DotDims) -> Result<Value> {
        let dtype = self.ty(lhs).dtype;
        self.dot_general_to(lhs, rhs, dims, dtype)
    }

    /// [`Builder::dot_general`] with the result in `dtype`: the operands' own dtype, or f32 for
    /// 16-bit operands (products accumulated and returned in f32, StableHLO's mixed-precision
    /// `dot_general`, as `torch.addmm` keeps them before its epilogue).
    pub fn dot_general_to(
        &mut self,
        lhs: Value,
        rhs: Value,
        dims: DotDims,
        dtype: DType,
    ) -> Result<Value> {
        self.check("dot_general", lhs)?;
        self.check("dot_general", rhs)?;
        let (tl, tr) = (self.ty(lhs).clone(), self.ty(rhs).clone());
        let shape = dot_result_shape(&tl, &tr, &dims)?;
        let widened = dtype == DType::F32 && matches!(tl.dtype, DType::BF16 | DType::F16);
        if dtype != tl.dtype && !widened {
            return Err(Error::dtype(
                "dot_general",
                format!(
                    "a {} result of {tl} operands (only 16-bit operands widen, to f32)",
                    dtype
                ),
            ));
        }
        Ok(self.push(
            Op::DotGeneral(lhs, rhs, dims),
            TensorType::new(dtype, shape),
        ))
    }
}

/// The result shape of a `dot_general`, or an error naming both operand types.
fn dot_result_shape(tl: &TensorType, tr: &TensorType, d: &DotDims) -> Result<Shape> {
    let bad = |msg: &str| Error::shape("dot_general", format!("{msg}: lhs {tl}, rhs {tr}, {d:?}"));
    if tl.dtype != tr.dtype {
        return Err(Error::dtype(
            "dot_general",
            format!("operands differ: {tl} vs {tr}"),
        ));
    }
    if tl.dtype == DType::Pred {
        return Err(Error::dtype("dot_general", format!("cannot multiply {tl}")));
    }
    if d.lhs_batch.len() != d.rhs_batch.len() || d.lhs_contract.len() != d.rhs_contract.len() {
        return Err(bad("batch/contracting dimension lists differ in length"));
    }
    let distinct = |dims: Vec<usize>, rank: usize| {
        let mut seen = vec![false; rank];
        dims.iter()
            .all(|&x| x < rank && !std::mem::replace(&mut seen[x], true))
    };
    let lhs_used = [d.lhs_batch.clone(), d.lhs_contract.clone()].concat();
    let rhs_used = [d.rhs_batch.clone(), d.rhs_contract.clone()].concat();
    if !distinct(lhs_used.clone(), tl.rank()) || !distinct(rhs_used.clone(), tr.rank()) {
        return Err(bad("dimensions out of range or repeated"));
    }
    let pairs = d
        .lhs_batch
        .iter()
        .zip(&d.rhs_batch)
        .chain(d.lhs_contract.iter().zip(&d.rhs_contract));
    for (&l, &r) in pairs {
        if tl.shape[l] != tr.shape[r] {
            return Err(bad(&format!(
                "lhs axis {l} (size {}) does not match rhs axis {r} (size {})",
                tl.shape[l], tr.shape[r]
            )));
        }
    }
    let mut shape: Shape = d.lhs_batch.iter().map(|&i| tl.shape[i]).collect();
    shape.extend(
        (0..tl.rank())
            .filter(|i| !lhs_used.contains(i))
            .map(|i| tl.shape[i]),
    );
    shape.extend(
        (0..tr.rank())
            .filter(|i| !rhs_used.contains(i))
            .map(|i| tr.shape[i]),
    );
    Ok(shape)
}

impl Builder {
    /// Constrains `x` to `sharding` (identity on values): XLA inserts whatever collective moves
    /// the value from its propagated layout into this one.
    pub fn shard(&mut self, x: Value, sharding: Sharding) -> Result<Value> {
        self.check("sharding", x)?;
        let ty = self.ty(x).clone();
        if let Some(axis) = sharding.split_axis() {
            if axis >= ty.rank() {
                return Err(Error::shape(
                    "sharding",
                    format!("cannot split axis {axis} of {ty}"),
                ));
            }
        }
        Ok(self.push(Op::Shard(x, sharding), ty))
    }
}
