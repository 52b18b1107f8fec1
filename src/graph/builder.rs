//! Tracing: the [`Builder`] records typed operations and checks shapes and dtypes as it goes.

use super::op::{BinaryOp, CompareDir, Op, Precision, ReduceKind, UnaryOp};
use super::{DType, Graph, Node, Output, Param, TensorType, Value};
use crate::types::{Error, Result};

/// Records a computation. Every method checks its operands and returns an error naming the op
/// and the types involved; nothing here panics on user input.
#[derive(Debug, Clone)]
pub struct Builder {
    name: String,
    nodes: Vec<Node>,
    params: Vec<Param>,
    outputs: Vec<Output>,
    /// The precision [`Builder::matmul`] and [`Builder::gram`] request.
    matmul_precision: Precision,
}

impl Builder {
    /// A new, empty graph; `name` becomes the module name (`module @name`).
    pub fn new(name: impl Into<String>) -> Self {
        Builder {
            name: name.into(),
            nodes: Vec::new(),
            params: Vec::new(),
            outputs: Vec::new(),
            matmul_precision: Precision::Default,
        }
    }

    /// The precision [`Builder::matmul`] and [`Builder::gram`] request (default: the backend's
    /// default, e.g. TF32 for f32 on NVIDIA Ampere and later).
    pub fn matmul_precision(&self) -> Precision {
        self.matmul_precision
    }

    /// Runs `f` with [`Builder::matmul`] and [`Builder::gram`] requesting `precision`, then
    /// restores the previous setting (also when `f` fails).
    pub fn with_matmul_precision<T>(
        &mut self,
        precision: Precision,
        f: impl FnOnce(&mut Self) -> Result<T>,
    ) -> Result<T> {
        let before = std::mem::replace(&mut self.matmul_precision, precision);
        let out = f(self);
        self.matmul_precision = before;
        out
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

    pub(super) fn push(&mut self, op: Op, ty: TensorType) -> Value {
        self.nodes.push(Node { op, ty });
        Value(self.nodes.len() as u32 - 1)
    }

    pub(super) fn check(&self, op: &str, v: Value) -> Result<()> {
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
