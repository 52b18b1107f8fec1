//! Reference interpreter: evaluates a [`Graph`] on the host in f64.
//!
//! It is slow and simple on purpose. Tests run the same graph through XLA and through this
//! interpreter and compare, so every op's semantics has a second, independent implementation.
//! Arithmetic is exact f64; only `convert` (and constants) round to the target dtype, which is
//! what changes a program's meaning rather than its rounding error.

use super::op::{BinaryOp, CompareDir, DotDims, Op, ReduceKind, UnaryOp};
use super::{num_elements, DType, Graph, TensorType};
use crate::types::{round_to, Error, HostTensor, Result};

/// A tensor of f64 values with the dtype it stands for.
#[derive(Debug, Clone, PartialEq)]
pub struct F64Tensor {
    pub ty: TensorType,
    pub data: Vec<f64>,
}

impl F64Tensor {
    pub fn shape(&self) -> &[usize] {
        &self.ty.shape
    }

    /// Rounds to the dtype it stands for.
    pub fn to_host(&self) -> Result<HostTensor> {
        HostTensor::from_f64(self.ty.dtype, self.ty.shape.clone(), &self.data)
    }
}

/// Evaluates `graph` on `inputs` (one per parameter, matching its type exactly).
pub fn evaluate(graph: &Graph, inputs: &[HostTensor]) -> Result<Vec<F64Tensor>> {
    let params = graph.params();
    if inputs.len() != params.len() {
        return Err(Error::shape(
            "evaluate",
            format!(
                "graph takes {} arguments, got {}",
                params.len(),
                inputs.len()
            ),
        ));
    }
    for (i, (p, x)) in params.iter().zip(inputs).enumerate() {
        if &p.ty != x.ty() {
            return Err(Error::shape(
                "evaluate",
                format!("argument {i} `{}` expects {}, got {}", p.name, p.ty, x.ty()),
            ));
        }
    }
    let live = graph.live_nodes();
    let mut vals: Vec<Option<Vec<f64>>> = vec![None; graph.nodes().len()];
    for (i, node) in graph.nodes().iter().enumerate() {
        if !live[i] {
            continue;
        }
        let get = |v: super::Value| -> &[f64] { vals[v.index()].as_deref().unwrap_or(&[]) };
        let ty_of = |v: super::Value| &graph.nodes()[v.index()].ty;
        let n = node.ty.num_elements();
        let dtype = node.ty.dtype;
        let out = match &node.op {
            Op::Parameter(k) => inputs[*k].to_f64(),
            Op::Constant(c) => vec![round_to(dtype, *c); n],
            Op::Iota(dim) => {
                let strides = strides(&node.ty.shape);
                (0..n)
                    .map(|j| ((j / strides[*dim]) % node.ty.shape[*dim]) as f64)
                    .collect()
            }
            Op::Unary(u, x) => get(*x).iter().map(|&a| unary(*u, a)).collect(),
            Op::Binary(b, x, y) => {
                let int = dtype.is_int();
                get(*x)
                    .iter()
                    .zip(get(*y))
                    .map(|(&a, &c)| binary(*b, a, c, int))
                    .collect()
            }
            Op::IsFinite(x) => get(*x)
                .iter()
                .map(|a| f64::from(u8::from(a.is_finite())))
                .collect(),
            Op::Compare(d, x, y) => get(*x)
                .iter()
                .zip(get(*y))
                .map(|(&a, &c)| f64::from(u8::from(compare(*d, a, c))))
                .collect(),
            Op::Select(p, x, y) => {
                let (p, x, y) = (get(*p), get(*x), get(*y));
                (0..n)
                    .map(|j| {
                        if p[if p.len() == 1 { 0 } else { j }] != 0.0 {
                            x[j]
                        } else {
                            y[j]
                        }
                    })
                    .collect()
            }
            Op::Convert(x) => get(*x).iter().map(|&a| round_to(dtype, a)).collect(),
            Op::Reshape(x) | Op::Shard(x, _) => get(*x).to_vec(),
            Op::BroadcastInDim(x, dims) => {
                broadcast(get(*x), &ty_of(*x).shape, &node.ty.shape, dims)
            }
            Op::Transpose(x, perm) => transpose(get(*x), &ty_of(*x).shape, perm),
            Op::Slice {
                operand,
                start,
                stride,
                ..
            } => slice(
                get(*operand),
                &ty_of(*operand).shape,
                &node.ty.shape,
                start,
                stride,
            ),
            Op::Concatenate(xs, dim) => {
                let parts: Vec<(&[f64], &[usize])> =
                    xs.iter().map(|&x| (get(x), &ty_of(x).shape[..])).collect();
                concatenate(&parts, *dim)
            }
            Op::DotGeneral(x, y, d) => {
                dot_general(get(*x), &ty_of(*x).shape, get(*y), &ty_of(*y).shape, d)
            }
            Op::Reduce(kind, x, dims) => reduce(*kind, get(*x), &ty_of(*x).shape, dims),
        };
        vals[i] = Some(out);
    }
    Ok(graph
        .outputs()
        .iter()
        .map(|o| F64Tensor {
            ty: graph.node(o.value).ty.clone(),
            data: vals[o.value.index()].clone().unwrap_or_default(),
        })
        .collect())
}

fn unary(op: UnaryOp, a: f64) -> f64 {
    match op {
        UnaryOp::Neg => -a,
        UnaryOp::Sqrt => a.sqrt(),
        UnaryOp::Rsqrt => 1.0 / a.sqrt(),
        UnaryOp::Abs => a.abs(),
        UnaryOp::Exp => a.exp(),
        UnaryOp::Log => a.ln(),
        UnaryOp::Tanh => a.tanh(),
    }
}

fn binary(op: BinaryOp, a: f64, b: f64, int: bool) -> f64 {
    match op {
        BinaryOp::Add => a + b,
        BinaryOp::Sub => a - b,
        BinaryOp::Mul => a * b,
        BinaryOp::Div if int => (a / b).trunc(),
        BinaryOp::Div => a / b,
        // StableHLO's maximum/minimum propagate NaN.
        BinaryOp::Max if a.is_nan() || b.is_nan() => f64::NAN,
        BinaryOp::Min if a.is_nan() || b.is_nan() => f64::NAN,
        BinaryOp::Max => a.max(b),
        BinaryOp::Min => a.min(b),
        BinaryOp::Pow => a.powf(b),
        BinaryOp::And => f64::from(u8::from(a != 0.0 && b != 0.0)),
        BinaryOp::Or => f64::from(u8::from(a != 0.0 || b != 0.0)),
    }
}

fn compare(d: CompareDir, a: f64, b: f64) -> bool {
    match d {
        CompareDir::Eq => a == b,
        CompareDir::Ne => a != b,
        CompareDir::Lt => a < b,
        CompareDir::Le => a <= b,
        CompareDir::Gt => a > b,
        CompareDir::Ge => a >= b,
    }
}

/// Row-major strides of a shape.
fn strides(shape: &[usize]) -> Vec<usize> {
    let mut s = vec![1; shape.len()];
    for i in (0..shape.len().saturating_sub(1)).rev() {
        s[i] = s[i + 1] * shape[i + 1];
    }
    s
}

/// Calls `f(out_flat_index, multi_index)` for every position of `shape`, in row-major order.
fn for_each_index(shape: &[usize], mut f: impl FnMut(usize, &[usize])) {
    let n = num_elements(shape);
    let mut idx = vec![0usize; shape.len()];
    for flat in 0..n {
        f(flat, &idx);
        for ax in (0..shape.len()).rev() {
            idx[ax] += 1;
            if idx[ax] < shape[ax] {
                break;
            }
            idx[ax] = 0;
        }
    }
}

fn broadcast(x: &[f64], xs: &[usize], out: &[usize], dims: &[usize]) -> Vec<f64> {
    let st = strides(xs);
    let mut r = vec![0.0; num_elements(out)];
    for_each_index(out, |flat, idx| {
        let src: usize = dims
            .iter()
            .enumerate()
            .map(|(i, &d)| if xs[i] == 1 { 0 } else { idx[d] * st[i] })
            .sum();
        r[flat] = x[src];
    });
    r
}

fn transpose(x: &[f64], xs: &[usize], perm: &[usize]) -> Vec<f64> {
    let st = strides(xs);
    let out: Vec<usize> = perm.iter().map(|&p| xs[p]).collect();
    let mut r = vec![0.0; x.len()];
    for_each_index(&out, |flat, idx| {
        let src: usize = perm.iter().enumerate().map(|(i, &p)| idx[i] * st[p]).sum();
        r[flat] = x[src];
    });
    r
}

fn slice(x: &[f64], xs: &[usize], out: &[usize], start: &[usize], stride: &[usize]) -> Vec<f64> {
    let st = strides(xs);
    let mut r = vec![0.0; num_elements(out)];
    for_each_index(out, |flat, idx| {
        let src: usize = (0..xs.len())
            .map(|i| (start[i] + idx[i] * stride[i]) * st[i])
            .sum();
        r[flat] = x[src];
    });
    r
}

fn concatenate(parts: &[(&[f64], &[usize])], dim: usize) -> Vec<f64> {
    // Row-major: the result is, for each index of the axes before `dim`, the parts' blocks in turn.
    let outer: usize = parts
        .first()
        .map(|(_, s)| s[..dim].iter().product())
        .unwrap_or(0);
    let mut r = Vec::new();
    for o in 0..outer {
        for (data, shape) in parts {
            let block: usize = shape[dim..].iter().product();
            r.extend_from_slice(&data[o * block..(o + 1) * block]);
        }
    }
    r
}

fn dot_general(x: &[f64], xs: &[usize], y: &[f64], ys: &[usize], d: &DotDims) -> Vec<f64> {
    // Permute both operands to [batch, free, contract] / [batch, contract, free] and multiply.
    let free = |rank: usize, batch: &[usize], contract: &[usize]| -> Vec<usize> {
        (0..rank)
            .filter(|i| !batch.contains(i) && !contract.contains(i))
            .collect()
    };
    let xf = free(xs.len(), &d.lhs_batch, &d.lhs_contract);
    let yf = free(ys.len(), &d.rhs_batch, &d.rhs_contract);
    let xperm = [d.lhs_batch.clone(), xf.clone(), d.lhs_contract.clone()].concat();
    let yperm = [d.rhs_batch.clone(), d.rhs_contract.clone(), yf.clone()].concat();
    let (xt, yt) = (transpose(x, xs, &xperm), transpose(y, ys, &yperm));
    let prod = |dims: &[usize], shape: &[usize]| dims.iter().map(|&i| shape[i]).product::<usize>();
    let (b, m, k, n) = (
        prod(&d.lhs_batch, xs),
        prod(&xf, xs),
        prod(&d.lhs_contract, xs),
        prod(&yf, ys),
    );
    let mut r = vec![0.0; b * m * n];
    for bi in 0..b {
        for i in 0..m {
            let row = &xt[(bi * m + i) * k..(bi * m + i + 1) * k];
            let out = &mut r[(bi * m + i) * n..(bi * m + i + 1) * n];
            for (kk, &a) in row.iter().enumerate() {
                let col = &yt[(bi * k + kk) * n..(bi * k + kk + 1) * n];
                for (o, &c) in out.iter_mut().zip(col) {
                    *o += a * c;
                }
            }
        }
    }
    r
}

fn reduce(kind: ReduceKind, x: &[f64], xs: &[usize], dims: &[usize]) -> Vec<f64> {
    let keep: Vec<usize> = (0..xs.len()).filter(|i| !dims.contains(i)).collect();
    let out_shape: Vec<usize> = keep.iter().map(|&i| xs[i]).collect();
    let ost = strides(&out_shape);
    let init = match kind {
        ReduceKind::Sum => 0.0,
        ReduceKind::Max => f64::NEG_INFINITY,
        ReduceKind::Min => f64::INFINITY,
    };
    let mut r = vec![init; num_elements(&out_shape)];
    for_each_index(xs, |flat, idx| {
        let o: usize = keep.iter().enumerate().map(|(j, &i)| idx[i] * ost[j]).sum();
        let a = x[flat];
        r[o] = match kind {
            ReduceKind::Sum => r[o] + a,
            ReduceKind::Max if a.is_nan() || r[o].is_nan() => f64::NAN,
            ReduceKind::Min if a.is_nan() || r[o].is_nan() => f64::NAN,
            ReduceKind::Max => r[o].max(a),
            ReduceKind::Min => r[o].min(a),
        };
    });
    r
}

/// Whether a dtype's values are integers in this interpreter (used by tests).
pub fn is_integral(dtype: DType) -> bool {
    dtype.is_int() || dtype == DType::Pred
}
