//! Which values of a graph are symmetric matrices by construction, so that a product printed as
//! a call of our matmul handler can tell it to compute only half (`symmetric = true`).
//!
//! Newton–Schulz's `A = X·Xᵀ` is a Gram product; `A·A` is a symmetric matrix times itself;
//! `b·A + c·A²` and any elementwise op of symmetric matrices (and of values constant over each
//! matrix, such as scalars broadcast) stays symmetric. The rules are structural, so they hold
//! whatever the values: the handler's halves then equal the full product up to the order of its
//! f32 accumulation.

use crate::graph::{BinaryOp, DotDims, Graph, Op, UnaryOp, Value};

/// The symmetric values of a graph, and each value's base: the value it is a constant multiple
/// of (`c·v`, `v·c`, `−v`; itself otherwise), so that `(c·A)·A` is seen as `c·A²`.
pub(super) struct Symmetry {
    sym: Vec<bool>,
    base: Vec<Value>,
}

impl Symmetry {
    /// The analysis of `graph` (one pass: operands come before their users).
    pub(super) fn of(graph: &Graph) -> Symmetry {
        let nodes = graph.nodes();
        let mut s = Symmetry {
            sym: vec![false; nodes.len()],
            base: Vec::with_capacity(nodes.len()),
        };
        // Constant over each matrix of the batch (then symmetric when square).
        let mut flat = vec![false; nodes.len()];
        for (i, node) in nodes.iter().enumerate() {
            let rank = node.ty.rank();
            flat[i] = match &node.op {
                Op::Constant(_) => true,
                Op::BroadcastInDim(_, dims) => rank < 2 || dims.iter().all(|&d| d < rank - 2),
                Op::Convert(x) | Op::Unary(_, x) => flat[x.index()],
                _ => false,
            };
            let base = match &node.op {
                Op::Binary(BinaryOp::Mul, x, k) if flat[k.index()] && !flat[x.index()] => {
                    s.base[x.index()]
                }
                Op::Binary(BinaryOp::Mul, k, x) if flat[k.index()] && !flat[x.index()] => {
                    s.base[x.index()]
                }
                Op::Unary(UnaryOp::Neg, x) => s.base[x.index()],
                _ => Value(i as u32),
            };
            s.base.push(base);
            let square = rank >= 2 && node.ty.shape[rank - 1] == node.ty.shape[rank - 2];
            if !square {
                continue;
            }
            let like = |v: &Value| s.sym[v.index()] || flat[v.index()];
            s.sym[i] = match &node.op {
                Op::DotGeneral(x, y, d) => s.product(*x, *y, d),
                Op::Convert(x) | Op::Unary(_, x) => like(x),
                Op::Binary(op, x, y) => elementwise(*op) && like(x) && like(y),
                _ => flat[i],
            };
        }
        s
    }

    /// Whether `v` is a symmetric matrix (or a batch of them).
    pub(super) fn is(&self, v: Value) -> bool {
        self.sym.get(v.index()).copied().unwrap_or(false)
    }

    /// Whether `x·y` contracted as `d` is symmetric: multiples of one base `v` multiplied as a
    /// Gram product (over the same axis: `v·vᵀ` or `vᵀ·v`), or of a symmetric base in any
    /// way (`S·S = S·Sᵀ`). One contracting axis and the batch axes alike on both sides.
    pub(super) fn product(&self, x: Value, y: Value, d: &DotDims) -> bool {
        let one_axis = d.lhs_contract.len() == 1 && d.rhs_contract.len() == 1;
        let (bx, by) = (self.base[x.index()], self.base[y.index()]);
        let gram = d.lhs_contract == d.rhs_contract;
        bx == by && one_axis && d.lhs_batch == d.rhs_batch && (gram || self.is(bx))
    }
}

/// Ops that act on each element alone, so symmetric operands give a symmetric result.
fn elementwise(op: BinaryOp) -> bool {
    use BinaryOp::*;
    matches!(op, Add | Sub | Mul | Div | Max | Min | Pow)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::Builder;
    use crate::types::{DType, TensorType};

    #[test]
    fn newton_schulz_products_are_found_symmetric_and_the_rest_not() {
        let mut b = Builder::new("ns");
        let x = b.parameter("x", TensorType::new(DType::F32, vec![2, 8, 12]));
        let a = b.gram(x).unwrap(); // x·xᵀ
        let a2 = b.matmul(a, a).unwrap(); // S·S
        let bb = b.scale_by(a, -4.775).unwrap();
        let cc = b.scale_by(a2, 2.0315).unwrap();
        let poly = b.add(bb, cc).unwrap(); // b·A + c·A²
        let bx = b.matmul(poly, x).unwrap(); // B·X: not square
        let pa = b.matmul(poly, a).unwrap(); // two different symmetric matrices: not symmetric
        let ca = b.scale_by(a, 2.0).unwrap();
        let ca_a = b.matmul(ca, a).unwrap(); // (c·A)·A = c·A²: symmetric
        b.output("ca_a", ca_a).unwrap();
        b.output("bx", bx).unwrap();
        b.output("pa", pa).unwrap();
        let g = b.build().unwrap();
        let s = Symmetry::of(&g);
        for (v, want) in [
            (a, true),
            (a2, true),
            (poly, true),
            (bx, false),
            (pa, false),
            (ca, true),
            (ca_a, true),
            (x, false),
        ] {
            assert_eq!(s.is(v), want, "{:?}", g.node(v).op);
        }
    }
}
