//! Matrix products emitted as calls of our CPU FFI matmul handler instead of `dot_general`.
//!
//! Only programs compiled in this process for a live CPU client use this form (the handler must
//! be registered with the plugin that runs them); every program that leaves the process is the
//! plain [`super::emit`]. The call stands for exactly the `dot_general` it replaces, so the graph,
//! its f64 interpreter and its snapshots are unchanged; only the printed op differs.
//!
//! The form is the one JAX's `jax.ffi.ffi_call` lowers to: a typed-FFI custom call whose
//! attributes are the `mhlo.backend_config` dictionary, with row-major operand and result layouts
//! (the handler reads dense row-major buffers).

use std::collections::HashMap;

use super::literal::literal;
use super::symmetry::Symmetry;
use crate::graph::{BinaryOp, DotDims, Graph, Op, Value};
use crate::types::{DType, TensorType};

/// The row-major layout attribute of `t` (the handler reads dense row-major buffers).
fn layout(t: &TensorType) -> String {
    let dims: Vec<String> = (0..t.rank()).rev().map(|d| d.to_string()).collect();
    format!("dense<[{}]> : tensor<{}xindex>", dims.join(", "), t.rank())
}

/// The custom-call target our handler is registered under.
pub const GEMM_TARGET: &str = "muon_xla_onednn_matmul";

/// Products with any of `m`, `n`, `k` below this stay XLA's: the call's fixed cost would exceed
/// what a faster kernel saves (and the norm's row sums are such products).
pub const MIN_GEMM_DIM: usize = 16;

/// Which matrix products are emitted as calls of [`GEMM_TARGET`], by operand dtype.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct GemmCalls {
    pub bf16: bool,
    pub f32: bool,
}

impl GemmCalls {
    /// Every product stays XLA's `dot_general`.
    pub const NONE: GemmCalls = GemmCalls {
        bf16: false,
        f32: false,
    };

    /// Whether any dtype is routed to the handler.
    pub fn any(self) -> bool {
        self.bf16 || self.f32
    }

    /// Whether products with operands of `dtype` are routed.
    pub fn routes(self, dtype: DType) -> bool {
        match dtype {
            DType::BF16 => self.bf16,
            DType::F32 => self.f32,
            _ => false,
        }
    }

    /// The dtypes of the products in `graph` that could be routed (what a caller needs to know
    /// before deciding whether oneDNN is worth loading).
    pub fn wanted_by(graph: &Graph) -> GemmCalls {
        let mut out = GemmCalls::NONE;
        let live = graph.live_nodes();
        for (node, _) in graph.nodes().iter().zip(live).filter(|(_, l)| *l) {
            if let Op::DotGeneral(x, y, d) = &node.op {
                let (tx, ty) = (&graph.node(*x).ty, &graph.node(*y).ty);
                if let Some(call) = GemmCall::of(tx, ty, &node.ty, d) {
                    match call.dtype {
                        DType::BF16 => out.bf16 = true,
                        _ => out.f32 = true,
                    }
                }
            }
        }
        out
    }

    /// The union of two choices.
    pub fn or(self, other: GemmCalls) -> GemmCalls {
        GemmCalls {
            bf16: self.bf16 || other.bf16,
            f32: self.f32 || other.f32,
        }
    }

    /// The intersection of two choices.
    pub fn and(self, other: GemmCalls) -> GemmCalls {
        GemmCalls {
            bf16: self.bf16 && other.bf16,
            f32: self.f32 && other.f32,
        }
    }
}

/// A `dot_general` the handler can run: `[b,] m×k · k×n` with either operand transposed, both
/// operands of one dtype (bf16 or f32), the result in bf16 or f32.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GemmCall {
    pub dtype: DType,
    pub transpose_lhs: bool,
    pub transpose_rhs: bool,
    /// The result is symmetric by construction ([`super::symmetry`]): the handler computes half
    /// of it and mirrors the rest.
    pub symmetric: bool,
}

impl GemmCall {
    /// The call for a `dot_general` of `lhs` and `rhs` giving `out`, or `None` when the handler
    /// cannot run it (other ranks, several batch or contracting axes, small or mixed operands).
    pub fn of(lhs: &TensorType, rhs: &TensorType, out: &TensorType, d: &DotDims) -> Option<Self> {
        let rank = lhs.rank();
        let dtype = lhs.dtype;
        let float = |t: DType| matches!(t, DType::BF16 | DType::F32);
        if !(rank == 2 || rank == 3) || rhs.rank() != rank || out.rank() != rank {
            return None;
        }
        if rhs.dtype != dtype || !float(dtype) || !float(out.dtype) {
            return None;
        }
        let batch: Vec<usize> = (0..rank - 2).collect();
        if d.lhs_batch != batch || d.rhs_batch != batch {
            return None;
        }
        let (last, prev) = (rank - 1, rank - 2);
        let transpose_lhs = match d.lhs_contract.as_slice() {
            [c] if *c == last => false,
            [c] if *c == prev => true,
            _ => return None,
        };
        let transpose_rhs = match d.rhs_contract.as_slice() {
            [c] if *c == prev => false,
            [c] if *c == last => true,
            _ => return None,
        };
        let (l, r) = (&lhs.shape, &rhs.shape);
        let k = if transpose_lhs { l[prev] } else { l[last] };
        let m = if transpose_lhs { l[last] } else { l[prev] };
        let n = if transpose_rhs { r[prev] } else { r[last] };
        if m.min(n).min(k) < MIN_GEMM_DIM {
            return None;
        }
        Some(GemmCall {
            dtype,
            transpose_lhs,
            transpose_rhs,
            symmetric: false,
        })
    }

    /// Marks the call symmetric when its product is ([`Symmetry::product`]), and then reads a
    /// symmetric operand untransposed on the left and transposed on the right, which is the
    /// same matrix (`S = Sᵀ`) in the form whose row stripes are dense (`pjrt::onednn`'s halves).
    pub(super) fn mark_symmetric(&mut self, sym: &Symmetry, lhs: Value, rhs: Value, d: &DotDims) {
        if !sym.product(lhs, rhs, d) {
            return;
        }
        self.symmetric = true;
        if sym.is(lhs) {
            self.transpose_lhs = false;
        }
        if sym.is(rhs) {
            self.transpose_rhs = true;
        }
    }

    /// The `symmetric = true, ` attribute when the result is symmetric, else nothing (so that
    /// other calls print as before).
    fn symmetric_attr(&self) -> &'static str {
        if self.symmetric {
            "symmetric = true, "
        } else {
            ""
        }
    }

    /// The op's text after `%name = `, given the operands' names and the three types.
    pub(super) fn text(&self, names: [&str; 2], types: [&TensorType; 3]) -> String {
        format!(
            "stablehlo.custom_call @{GEMM_TARGET}({}, {}) {{backend_config = \"\", \
             mhlo.backend_config = {{{}transpose_lhs = {}, transpose_rhs = {}}}, operand_layouts = \
             [{}, {}], result_layouts = [{}]}} : ({}, {}) -> {}",
            names[0],
            names[1],
            self.symmetric_attr(),
            self.transpose_lhs,
            self.transpose_rhs,
            layout(types[0]),
            layout(types[1]),
            layout(types[2]),
            types[0].mlir(),
            types[1].mlir(),
            types[2].mlir()
        )
    }
}

/// A product and a scaled addend that the handler runs as one call, in either of two forms:
/// - `convert(add(mul(convert(c), β), mul(dot(l, r), α)))` (or the product unscaled): the graph
///   of [`crate::graph::Builder::addmm`] on 16-bit operands: the product in f32, `α·product +
///   β·c` in oneDNN's epilogue and one rounding;
/// - `rounded`: `add(r(c·β), r(product))` or `add(r(c·β), r(r(product)·α))` in bf16, each term
///   rounded before the sum (`r` = round to bf16; Keller's `a·X + B·X` and `b·A + (c·A)·A`, and
///   `Builder::scale_by_f32` after a product): the handler rounds exactly as the ops say, after
///   the product. As separate ops XLA:CPU fused each iteration's sum with every earlier one,
///   recomputing X from all the products so far.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct FusedGemm {
    pub lhs: Value,
    pub rhs: Value,
    pub c: Value,
    pub alpha: f64,
    pub beta: f64,
    pub rounded: bool,
    pub call: GemmCall,
}

impl FusedGemm {
    /// The operands the call reads, in its argument order.
    pub fn operands(&self) -> [Value; 3] {
        [self.lhs, self.rhs, self.c]
    }

    /// The op's text after `%name = `.
    pub(super) fn text(&self, names: [&str; 3], types: [&TensorType; 4]) -> String {
        format!(
            "stablehlo.custom_call @{GEMM_TARGET}({}, {}, {}) {{backend_config = \"\", \
             mhlo.backend_config = {{alpha = {} : f32, beta = {} : f32, {}{}transpose_lhs = {}, \
             transpose_rhs = {}}}, operand_layouts = [{}, {}, {}], result_layouts = [{}]}} : ({}, \
             {}, {}) -> {}",
            names[0],
            names[1],
            names[2],
            literal(DType::F32, self.alpha),
            literal(DType::F32, self.beta),
            if self.rounded { "rounded = true, " } else { "" },
            self.call.symmetric_attr(),
            self.call.transpose_lhs,
            self.call.transpose_rhs,
            layout(types[0]),
            layout(types[1]),
            layout(types[2]),
            layout(types[3]),
            types[0].mlir(),
            types[1].mlir(),
            types[2].mlir(),
            types[3].mlir()
        )
    }
}

/// Every [`FusedGemm`] of `graph` that `calls` routes, by the index of its final `convert`.
/// Each intermediate must have no other use, so that nothing else needs it printed. `sym` is
/// the graph's [`Symmetry`].
pub(super) fn fused_gemms(
    graph: &Graph,
    calls: GemmCalls,
    sym: &Symmetry,
) -> HashMap<usize, FusedGemm> {
    let mut out = HashMap::new();
    if !calls.any() {
        return out;
    }
    let mut uses = vec![0usize; graph.nodes().len()];
    for node in graph.nodes() {
        for v in node.op.operands() {
            uses[v.index()] += 1;
        }
    }
    for o in graph.outputs() {
        uses[o.value.index()] += 2; // an output is needed whatever else uses it
    }
    let once = |v: Value| uses[v.index()] == 1;
    let constant = |v: Value| match graph.node(v).op {
        Op::Constant(c) => Some(c),
        _ => None,
    };
    // `mul(x, constant)` (as `Builder::scale_by` writes it): (x, constant).
    let scaled = |v: Value| match graph.node(v).op {
        Op::Binary(BinaryOp::Mul, x, k) if once(v) => constant(k).map(|c| (x, c)),
        _ => None,
    };
    // `convert(mul(convert(x), k))` (as `Builder::scale_by_f32` writes it) in `dtype`: (x, k).
    let narrowed = |v: Value, dtype: DType| match graph.node(v).op {
        Op::Convert(m) if once(v) && graph.node(v).ty.dtype == dtype => {
            let (wide, k) = scaled(m)?;
            match graph.node(wide).op {
                Op::Convert(x) if once(wide) && graph.node(x).ty.dtype == dtype => Some((x, k)),
                _ => None,
            }
        }
        _ => None,
    };
    let is_dot = |v: Value| matches!(graph.node(v).op, Op::DotGeneral(..)) && once(v);
    for (i, node) in graph.nodes().iter().enumerate() {
        // (c, β, the product, α, rounded)
        let parts = match node.op {
            Op::Convert(sum) => match graph.node(sum).op {
                Op::Binary(BinaryOp::Add, cb, p)
                    if once(sum) && graph.node(sum).ty.dtype == DType::F32 =>
                {
                    scaled(cb).and_then(|(wide, beta)| match graph.node(wide).op {
                        Op::Convert(c) if once(wide) => {
                            let (dot, alpha) = scaled(p).unwrap_or((p, 1.0));
                            Some((c, beta, dot, alpha, false))
                        }
                        _ => None,
                    })
                }
                _ => None,
            },
            Op::Binary(BinaryOp::Add, u, v) if node.ty.dtype == DType::BF16 => {
                let dtype = node.ty.dtype;
                let rounded = |s: Value, p: Value| {
                    let (c, beta) = narrowed(s, dtype)?;
                    match narrowed(p, dtype) {
                        Some((dot, alpha)) => Some((c, beta, dot, alpha, true)),
                        None => Some((c, beta, p, 1.0, true)),
                    }
                    .filter(|&(_, _, dot, ..)| is_dot(dot))
                };
                rounded(u, v).or_else(|| rounded(v, u))
            }
            _ => None,
        };
        let Some((c, beta, dot, alpha, rounded)) = parts else {
            continue;
        };
        let Op::DotGeneral(lhs, rhs, ref dims) = graph.node(dot).op else {
            continue;
        };
        let (tl, tr, tc) = (&graph.node(lhs).ty, &graph.node(rhs).ty, &graph.node(c).ty);
        let fits = once(dot) && tc == &node.ty && tl.dtype == node.ty.dtype;
        let call = GemmCall::of(tl, tr, &node.ty, dims).filter(|_| fits);
        if let Some(mut call) = call.filter(|call| calls.routes(call.dtype)) {
            if sym.is(c) {
                call.mark_symmetric(sym, lhs, rhs, dims);
            }
            out.insert(
                i,
                FusedGemm {
                    lhs,
                    rhs,
                    c,
                    alpha,
                    beta,
                    rounded,
                    call,
                },
            );
        }
    }
    out
}

/// [`Graph::live_nodes`] when each fused node reads its call's operands instead of its own.
pub(super) fn live_with(graph: &Graph, fused: &HashMap<usize, FusedGemm>) -> Vec<bool> {
    let n = graph.nodes().len();
    let mut live = vec![false; n];
    for o in graph.outputs() {
        live[o.value.index()] = true;
    }
    for i in (0..n).rev() {
        if !live[i] {
            continue;
        }
        let operands = match fused.get(&i) {
            Some(f) => f.operands().to_vec(),
            None => graph.nodes()[i].op.operands(),
        };
        for v in operands {
            live[v.index()] = true;
        }
    }
    for p in graph.params() {
        live[p.value.index()] = true;
    }
    live
}
