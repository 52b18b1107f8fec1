//! Tracing: the [`Builder`] records typed operations and checks shapes and dtypes as it goes.

use super::op::{BinaryOp, CompareDir, DotDims, Op, ReduceKind, UnaryOp};
use super::{DType, Graph, Node, Output, Param, Shape, TensorType, Value};
use crate::error::{Error, Result};

/// Records a computation. Every method checks its operands and returns an error naming the op
/// and the types involved; nothing here panics on user input.
#[derive(Debug, Clone)]
pub struct Builder {
    name: String,
    nodes: Vec<Node>,
    params: Vec<Param>,
    outputs: Vec<Output>,
}

impl Builder {
    /// A new, empty graph; `name` becomes the module name (`module @name`).
    pub fn new(name: impl Into<String>) -> Self {
        Builder {
            name: name.into(),
            nodes: Vec::new(),
            params: Vec::new(),
            outputs: Vec::new(),
        }
    }

    /// The type of a value.
    ///
    /// A `Value` from another builder is a caller bug; it reads as the type of a scalar pred so
    /// that the next shape check reports it instead of panicking.
    pub fn ty(&self, v: Value) -> &TensorType {
        static INVALID: TensorType = TensorType {
            dtype: DType::Pred,
            shape: Vec::new(),
        };
        self.nodes.get(v.index()).map(|n| &n.ty).unwrap_or(&INVALID)
    }

    pub fn shape(&self, v: Value) -> &[usize] {
        &self.ty(v).shape
    }

    pub fn dtype(&self, v: Value) -> DType {
        self.ty(v).dtype
    }

    fn push(&mut self, op: Op, ty: TensorType) -> Value {
        self.nodes.push(Node { op, ty });
        Value(self.nodes.len() as u32 - 1)
    }

    fn check(&self, op: &str, v: Value) -> Result<()> {
        if v.index() < self.nodes.len() {
            Ok(())
        } else {
            Err(Error::shape(
                op,
                format!("{v:?} does not belong to this graph"),
            ))
        }
    }

    /// A new argument of the graph, named for readers of the emitted IR and of errors.
    pub fn parameter(&mut self, name: impl Into<String>, ty: TensorType) -> Value {
        let index = self.params.len();
        let value = self.push(Op::Parameter(index), ty.clone());
        self.params.push(Param {
            name: name.into(),
            ty,
            value,
            alias: None,
        });
        value
    }

    /// A constant of type `ty` with every element equal to `value` (rounded to the dtype).
    pub fn constant(&mut self, value: f64, ty: TensorType) -> Value {
        self.push(Op::Constant(value), ty)
    }

    /// A scalar constant.
    pub fn scalar(&mut self, value: f64, dtype: DType) -> Value {
        self.constant(value, TensorType::scalar(dtype))
    }

    /// The index along `dim` at every position of `ty`.
    pub fn iota(&mut self, ty: TensorType, dim: usize) -> Result<Value> {
        if dim >= ty.rank() {
            return Err(Error::shape(
                "iota",
                format!("dim {dim} out of range for {ty}"),
            ));
        }
        if ty.dtype == DType::Pred {
            return Err(Error::dtype("iota", "iota needs a numeric dtype, got pred"));
        }
        Ok(self.push(Op::Iota(dim), ty))
    }

    /// An elementwise function of one float operand.
    pub fn unary(&mut self, op: UnaryOp, x: Value) -> Result<Value> {
        let name = op.stablehlo_name();
        self.check(name, x)?;
        let ty = self.ty(x).clone();
        let ok = match op {
            UnaryOp::Neg | UnaryOp::Abs => ty.dtype != DType::Pred,
            _ => ty.dtype.is_float(),
        };
        if !ok {
            return Err(Error::dtype(name, format!("unsupported operand type {ty}")));
        }
        Ok(self.push(Op::Unary(op, x), ty))
    }

    /// An elementwise function of two operands of the same type.
    pub fn binary(&mut self, op: BinaryOp, x: Value, y: Value) -> Result<Value> {
        let name = op.stablehlo_name();
        self.check(name, x)?;
        self.check(name, y)?;
        let (tx, ty) = (self.ty(x).clone(), self.ty(y).clone());
        if tx.shape != ty.shape {
            return Err(Error::shape(name, format!("operands differ: {tx} vs {ty}")));
        }
        if tx.dtype != ty.dtype {
            return Err(Error::dtype(name, format!("operands differ: {tx} vs {ty}")));
        }
        let ok = match op {
            BinaryOp::And | BinaryOp::Or => !tx.dtype.is_float(),
            _ => tx.dtype != DType::Pred,
        };
        if !ok {
            return Err(Error::dtype(name, format!("unsupported operand type {tx}")));
        }
        Ok(self.push(Op::Binary(op, x, y), tx))
    }

    /// `true` where `x` is finite.
    pub fn is_finite(&mut self, x: Value) -> Result<Value> {
        self.check("is_finite", x)?;
        let tx = self.ty(x).clone();
        if !tx.dtype.is_float() {
            return Err(Error::dtype(
                "is_finite",
                format!("needs a float operand, got {tx}"),
            ));
        }
        Ok(self.push(Op::IsFinite(x), TensorType::new(DType::Pred, tx.shape)))
    }

    /// Elementwise comparison; the result is a pred tensor of the operands' shape.
    pub fn compare(&mut self, dir: CompareDir, x: Value, y: Value) -> Result<Value> {
        self.check("compare", x)?;
        self.check("compare", y)?;
        let (tx, ty) = (self.ty(x).clone(), self.ty(y).clone());
        if tx != ty {
            return Err(Error::shape(
                "compare",
                format!("operands differ: {tx} vs {ty}"),
            ));
        }
        Ok(self.push(
            Op::Compare(dir, x, y),
            TensorType::new(DType::Pred, tx.shape),
        ))
    }

    /// `pred ? on_true : on_false`; `pred` is a pred tensor of the same shape or a pred scalar.
    pub fn select(&mut self, pred: Value, on_true: Value, on_false: Value) -> Result<Value> {
        for v in [pred, on_true, on_false] {
            self.check("select", v)?;
        }
        let (tp, tt, tf) = (
            self.ty(pred).clone(),
            self.ty(on_true).clone(),
            self.ty(on_false).clone(),
        );
        if tt != tf {
            return Err(Error::shape(
                "select",
                format!("branches differ: {tt} vs {tf}"),
            ));
        }
        if tp.dtype != DType::Pred {
            return Err(Error::dtype(
                "select",
                format!("predicate must be pred, got {tp}"),
            ));
        }
        if !tp.shape.is_empty() && tp.shape != tt.shape {
            return Err(Error::shape(
                "select",
                format!("predicate {tp} does not match branches {tt}"),
            ));
        }
        Ok(self.push(Op::Select(pred, on_true, on_false), tt))
    }

    /// Converts to another dtype (round to nearest even for floats).
    pub fn convert(&mut self, x: Value, dtype: DType) -> Result<Value> {
        self.check("convert", x)?;
        if self.dtype(x) == dtype {
            return Ok(x);
        }
        let shape = self.shape(x).to_vec();
        Ok(self.push(Op::Convert(x), TensorType::new(dtype, shape)))
    }

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
        self.check("dot_general", lhs)?;
        self.check("dot_general", rhs)?;
        let (tl, tr) = (self.ty(lhs).clone(), self.ty(rhs).clone());
        let shape = dot_result_shape(&tl, &tr, &dims)?;
        Ok(self.push(
            Op::DotGeneral(lhs, rhs, dims),
            TensorType::new(tl.dtype, shape),
        ))
    }

    /// Reduces `x` over `dims` with sum, max or min.
    pub fn reduce(&mut self, kind: ReduceKind, x: Value, dims: &[usize]) -> Result<Value> {
        self.check("reduce", x)?;
        let tx = self.ty(x).clone();
        let mut keep = vec![true; tx.rank()];
        for &d in dims {
            if d >= tx.rank() || !keep[d] {
                return Err(Error::shape(
                    "reduce",
                    format!("dims {dims:?} are not distinct axes of {tx}"),
                ));
            }
            keep[d] = false;
        }
        if tx.dtype == DType::Pred {
            return Err(Error::dtype("reduce", format!("cannot reduce {tx}")));
        }
        let shape = (0..tx.rank())
            .filter(|&i| keep[i])
            .map(|i| tx.shape[i])
            .collect::<Vec<_>>();
        let mut sorted = dims.to_vec();
        sorted.sort_unstable();
        Ok(self.push(
            Op::Reduce(kind, x, sorted),
            TensorType::new(tx.dtype, shape),
        ))
    }

    /// Marks `value` as the next result of the graph.
    pub fn output(&mut self, name: impl Into<String>, value: Value) -> Result<usize> {
        self.check("output", value)?;
        self.outputs.push(Output {
            name: name.into(),
            value,
        });
        Ok(self.outputs.len() - 1)
    }

    /// Donates argument `param` to result `output`: XLA may write that result into the
    /// argument's memory (`tf.aliasing_output`). Types must match.
    pub fn donate(&mut self, param: Value, output: usize) -> Result<()> {
        let Some(index) = self.params.iter().position(|p| p.value == param) else {
            return Err(Error::Config(format!(
                "donate: {param:?} is not a parameter"
            )));
        };
        let Some(out) = self.outputs.get(output) else {
            return Err(Error::Config(format!("donate: no result {output}")));
        };
        let (tp, to) = (&self.params[index].ty, &self.nodes[out.value.index()].ty);
        if tp != to {
            return Err(Error::shape(
                "donate",
                format!(
                    "argument `{}` {tp} cannot become result {output} {to}",
                    self.params[index].name
                ),
            ));
        }
        if let Some(other) = self.params.iter().find(|p| p.alias == Some(output)) {
            return Err(Error::Config(format!(
                "donate: result {output} already aliases argument `{}`",
                other.name
            )));
        }
        self.params[index].alias = Some(output);
        Ok(())
    }

    /// The finished graph.
    pub fn build(self) -> Result<Graph> {
        if self.outputs.is_empty() {
            return Err(Error::Config(format!(
                "graph `{}` has no outputs",
                self.name
            )));
        }
        Ok(Graph {
            name: self.name,
            nodes: self.nodes,
            params: self.params,
            outputs: self.outputs,
        })
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
