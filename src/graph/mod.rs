//! The graph IR: typed values, a closed set of ops, and the [`Builder`] that records them.
//!
//! A [`Graph`] is a straight-line program in static single assignment form: nodes are stored in
//! creation order, so every operand precedes its users.

mod builder;
pub mod eval;
pub mod op;
mod ops;
mod shape_ops;
pub mod sharding;

pub use builder::Builder;
pub use op::{BinaryOp, CompareDir, DotDims, Op, Precision, ReduceKind, UnaryOp};
pub use sharding::{Partitioning, Sharding, ShardingDialect};
// The tensor types the graph is typed with, where users of the graph look for them.
pub use crate::types::{num_elements, DType, Shape, Signature, TensorType};

/// A handle to a value recorded by a [`Builder`]; its type is `builder.ty(value)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Value(pub(crate) u32);

impl Value {
    /// Position of the defining node in [`Graph::nodes`].
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// One recorded operation and the type of its result.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub op: Op,
    pub ty: TensorType,
}

/// An argument of the graph.
#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    pub name: String,
    pub ty: TensorType,
    pub value: Value,
    /// The result this argument is donated to, if any.
    pub alias: Option<usize>,
}

/// A result of the graph.
#[derive(Debug, Clone, PartialEq)]
pub struct Output {
    pub name: String,
    pub value: Value,
}

/// A finished, type-checked computation.
#[derive(Debug, Clone, PartialEq)]
pub struct Graph {
    name: String,
    nodes: Vec<Node>,
    params: Vec<Param>,
    outputs: Vec<Output>,
}

impl Graph {
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    pub fn params(&self) -> &[Param] {
        &self.params
    }

    pub fn outputs(&self) -> &[Output] {
        &self.outputs
    }

    pub fn node(&self, v: Value) -> &Node {
        &self.nodes[v.index()]
    }

    /// Argument and result types and donation, as the runtime needs them.
    pub fn signature(&self) -> Signature {
        Signature {
            inputs: self.params.iter().map(|p| p.ty.clone()).collect(),
            outputs: self
                .outputs
                .iter()
                .map(|o| self.nodes[o.value.index()].ty.clone())
                .collect(),
            aliases: self.params.iter().map(|p| p.alias).collect(),
        }
    }

    /// `live[i]` is true when node `i` contributes to a result (parameters always count).
    pub fn live_nodes(&self) -> Vec<bool> {
        let mut live = vec![false; self.nodes.len()];
        for o in &self.outputs {
            live[o.value.index()] = true;
        }
        for i in (0..self.nodes.len()).rev() {
            if live[i] {
                for v in self.nodes[i].op.operands() {
                    live[v.index()] = true;
                }
            }
        }
        for p in &self.params {
            live[p.value.index()] = true;
        }
        live
    }
}
