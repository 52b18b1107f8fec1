//! The closed set of operations a graph can hold.

use serde::{Deserialize, Serialize};

use super::sharding::Sharding;
use super::Value;

/// Elementwise functions of one operand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum UnaryOp {
    Neg,
    Sqrt,
    Rsqrt,
    Abs,
    Exp,
    Log,
    Tanh,
}

/// Elementwise functions of two operands of the same type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BinaryOp {
    Add,
    Sub,
    Mul,
    Div,
    Max,
    Min,
    Pow,
    And,
    Or,
}

/// Comparison direction of `compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CompareDir {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

/// The combining function of a reduction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReduceKind {
    Sum,
    Max,
    Min,
}

/// Requested matmul precision; `Highest` keeps f32 matmuls in full f32 on GPUs (no TF32) and on
/// TPUs (no single bf16 pass). The CPU computes f32 products in f32 whatever is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    #[default]
    Default,
    High,
    Highest,
}

/// Dimension numbers of a `dot_general`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct DotDims {
    pub lhs_batch: Vec<usize>,
    pub rhs_batch: Vec<usize>,
    pub lhs_contract: Vec<usize>,
    pub rhs_contract: Vec<usize>,
    pub precision: Precision,
}

impl DotDims {
    /// A (batched) matrix product `[..., m, k] x [..., k, n] -> [..., m, n]` for operands of rank
    /// `rank` (the leading `rank - 2` axes are batch axes).
    pub fn matmul(rank: usize) -> DotDims {
        let batch: Vec<usize> = (0..rank.saturating_sub(2)).collect();
        DotDims {
            lhs_batch: batch.clone(),
            rhs_batch: batch,
            lhs_contract: vec![rank.saturating_sub(1)],
            rhs_contract: vec![rank.saturating_sub(2)],
            precision: Precision::Default,
        }
    }

    /// `[..., m, k] x [..., n, k] -> [..., m, n]`: the product with the transpose of the right
    /// operand, without materializing the transpose (Newton–Schulz's `X Xᵀ`).
    pub fn matmul_transposed_rhs(rank: usize) -> DotDims {
        let batch: Vec<usize> = (0..rank.saturating_sub(2)).collect();
        DotDims {
            lhs_batch: batch.clone(),
            rhs_batch: batch,
            lhs_contract: vec![rank.saturating_sub(1)],
            rhs_contract: vec![rank.saturating_sub(1)],
            precision: Precision::Default,
        }
    }
}

/// One operation. The result type of every op lives in its [`super::Node`].
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// The `index`-th argument of the graph.
    Parameter(usize),
    /// A constant, splat over the node's shape.
    Constant(f64),
    /// Index along `dim` (as the node's dtype).
    Iota(usize),
    Unary(UnaryOp, Value),
    Binary(BinaryOp, Value, Value),
    /// `true` where the operand is neither infinite nor NaN.
    IsFinite(Value),
    Compare(CompareDir, Value, Value),
    /// `pred ? on_true : on_false`, elementwise (`pred` may also be a scalar).
    Select(Value, Value, Value),
    /// Convert to the node's dtype.
    Convert(Value),
    /// Operand axis `i` becomes result axis `dims[i]`.
    BroadcastInDim(Value, Vec<usize>),
    Reshape(Value),
    /// Result axis `i` is operand axis `perm[i]`.
    Transpose(Value, Vec<usize>),
    Slice {
        operand: Value,
        start: Vec<usize>,
        limit: Vec<usize>,
        stride: Vec<usize>,
    },
    Concatenate(Vec<Value>, usize),
    DotGeneral(Value, Value, DotDims),
    /// Reduce over `dims`, which disappear from the result.
    Reduce(ReduceKind, Value, Vec<usize>),
    /// Identity that pins its result to a device layout (SPMD partitioning only).
    Shard(Value, Sharding),
}

impl Op {
    /// The values this op reads, in order.
    pub fn operands(&self) -> Vec<Value> {
        match self {
            Op::Parameter(_) | Op::Constant(_) | Op::Iota(_) => Vec::new(),
            Op::Unary(_, x)
            | Op::IsFinite(x)
            | Op::Convert(x)
            | Op::BroadcastInDim(x, _)
            | Op::Reshape(x)
            | Op::Transpose(x, _)
            | Op::Reduce(_, x, _)
            | Op::Shard(x, _)
            | Op::Slice { operand: x, .. } => vec![*x],
            Op::Binary(_, x, y) | Op::Compare(_, x, y) | Op::DotGeneral(x, y, _) => vec![*x, *y],
            Op::Select(p, x, y) => vec![*p, *x, *y],
            Op::Concatenate(xs, _) => xs.clone(),
        }
    }

    /// A short name used in error messages (`add`, `dot_general`, ...).
    pub fn name(&self) -> &'static str {
        match self {
            Op::Parameter(_) => "parameter",
            Op::Constant(_) => "constant",
            Op::Iota(_) => "iota",
            Op::Unary(u, _) => u.stablehlo_name(),
            Op::Binary(b, _, _) => b.stablehlo_name(),
            Op::IsFinite(_) => "is_finite",
            Op::Compare(..) => "compare",
            Op::Select(..) => "select",
            Op::Convert(_) => "convert",
            Op::BroadcastInDim(..) => "broadcast_in_dim",
            Op::Reshape(_) => "reshape",
            Op::Transpose(..) => "transpose",
            Op::Slice { .. } => "slice",
            Op::Concatenate(..) => "concatenate",
            Op::DotGeneral(..) => "dot_general",
            Op::Reduce(..) => "reduce",
            Op::Shard(..) => "sharding",
        }
    }
}

impl UnaryOp {
    /// The StableHLO op name without the dialect prefix.
    pub fn stablehlo_name(self) -> &'static str {
        match self {
            UnaryOp::Neg => "negate",
            UnaryOp::Sqrt => "sqrt",
            UnaryOp::Rsqrt => "rsqrt",
            UnaryOp::Abs => "abs",
            UnaryOp::Exp => "exponential",
            UnaryOp::Log => "log",
            UnaryOp::Tanh => "tanh",
        }
    }
}

impl BinaryOp {
    /// The StableHLO op name without the dialect prefix.
    pub fn stablehlo_name(self) -> &'static str {
        match self {
            BinaryOp::Add => "add",
            BinaryOp::Sub => "subtract",
            BinaryOp::Mul => "multiply",
            BinaryOp::Div => "divide",
            BinaryOp::Max => "maximum",
            BinaryOp::Min => "minimum",
            BinaryOp::Pow => "power",
            BinaryOp::And => "and",
            BinaryOp::Or => "or",
        }
    }
}

impl CompareDir {
    pub fn stablehlo_name(self) -> &'static str {
        match self {
            CompareDir::Eq => "EQ",
            CompareDir::Ne => "NE",
            CompareDir::Lt => "LT",
            CompareDir::Le => "LE",
            CompareDir::Gt => "GT",
            CompareDir::Ge => "GE",
        }
    }
}
