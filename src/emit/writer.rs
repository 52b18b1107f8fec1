//! The printer behind [`super::emit`].

use std::fmt::Write;

use std::collections::HashMap;

use super::gemm_call::{fused_gemms, live_with, FusedGemm, GemmCall, GemmCalls};
use super::literal::literal;
use super::symmetry::Symmetry;
use crate::graph::{DotDims, Graph, Op, Partitioning, Precision, ReduceKind, Value};
use crate::types::{DType, Error, Result, TensorType};

pub(super) struct Writer<'g> {
    graph: &'g Graph,
    /// SPMD annotations; `None` writes the single-device module.
    part: Option<&'g Partitioning>,
    /// Products printed as calls of our CPU matmul handler ([`super::gemm_call`]).
    gemm: GemmCalls,
    /// `addmm` chains printed as one such call, by the index of their final node.
    fused: HashMap<usize, FusedGemm>,
    /// Which values are symmetric matrices ([`super::symmetry`]); `None` without calls.
    symmetric: Option<Symmetry>,
    names: Vec<String>,
    next_value: usize,
    next_cst: usize,
    next_int_cst: usize,
    body: String,
}

/// Writes into a `String`, which cannot fail.
macro_rules! line {
    ($dst:expr, $($arg:tt)*) => {{
        let _ = writeln!($dst, $($arg)*);
    }};
}

impl<'g> Writer<'g> {
    pub(super) fn new(graph: &'g Graph, part: Option<&'g Partitioning>, gemm: GemmCalls) -> Self {
        let symmetric = gemm.any().then(|| Symmetry::of(graph));
        Writer {
            graph,
            part,
            gemm,
            fused: symmetric
                .as_ref()
                .map(|sym| fused_gemms(graph, gemm, sym))
                .unwrap_or_default(),
            symmetric,
            names: vec![String::new(); graph.nodes().len()],
            next_value: 0,
            next_cst: 0,
            next_int_cst: 0,
            body: String::new(),
        }
    }

    pub(super) fn module(mut self) -> Result<String> {
        let g = self.graph;
        for p in g.params() {
            self.names[p.value.index()] = format!("%arg{}", index_of(g, p.value));
        }
        let live = live_with(g, &self.fused);
        for (i, node) in g.nodes().iter().enumerate() {
            if live[i] && !matches!(node.op, Op::Parameter(_)) {
                self.node(i)?;
            }
        }
        let args: Vec<String> = g
            .params()
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let mut attrs = Vec::new();
                if let Some(part) = self.part {
                    attrs.push(part.attr(part.args[i], p.ty.rank()));
                }
                if let Some(o) = p.alias {
                    attrs.push(format!("tf.aliasing_output = {o} : i32"));
                }
                match attrs.is_empty() {
                    true => format!("%arg{i}: {}", p.ty.mlir()),
                    false => format!("%arg{i}: {} {{{}}}", p.ty.mlir(), attrs.join(", ")),
                }
            })
            .collect();
        let results: Vec<String> = g
            .outputs()
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let ty = &g.node(o.value).ty;
                let sharding = match self.part {
                    Some(part) => format!(", {}", part.attr(part.results[i], ty.rank())),
                    None => String::new(),
                };
                format!(
                    "{} {{jax.result_info = \"{}\"{sharding}}}",
                    ty.mlir(),
                    escape(&o.name)
                )
            })
            .collect();
        let mut out = String::new();
        line!(
            out,
            "module @{} attributes {{mhlo.num_partitions = {} : i32, mhlo.num_replicas = 1 : i32}} {{",
            symbol(g.name()),
            self.part.map_or(1, |p| p.devices)
        );
        if let Some(pre) = self.part.and_then(Partitioning::preamble) {
            line!(out, "{pre}");
        }
        line!(
            out,
            "  func.func public @main({}) -> ({}) {{",
            args.join(", "),
            results.join(", ")
        );
        out.push_str(&self.body);
        let ret_names: Vec<&str> = g.outputs().iter().map(|o| self.name(o.value)).collect();
        let ret_types: Vec<String> = g
            .outputs()
            .iter()
            .map(|o| g.node(o.value).ty.mlir())
            .collect();
        line!(
            out,
            "    return {} : {}",
            ret_names.join(", "),
            ret_types.join(", ")
        );
        line!(out, "  }}");
        line!(out, "}}");
        Ok(out)
    }

    fn name(&self, v: Value) -> &str {
        &self.names[v.index()]
    }

    fn fresh_value(&mut self) -> String {
        self.next_value += 1;
        format!("%{}", self.next_value - 1)
    }

    /// JAX's constant names: `%cst`, `%cst_0`, `%cst_1`, ... (floats) and `%c`, `%c_0`, ... (others).
    fn fresh_constant(&mut self, dtype: DType) -> String {
        let (base, counter) = if dtype.is_float() {
            ("%cst", &mut self.next_cst)
        } else {
            ("%c", &mut self.next_int_cst)
        };
        let name = match *counter {
            0 => base.to_string(),
            n => format!("{base}_{}", n - 1),
        };
        *counter += 1;
        name
    }

    fn constant(&mut self, value: f64, ty: &TensorType) -> String {
        let name = self.fresh_constant(ty.dtype);
        let lit = literal(ty.dtype, value);
        line!(
            self.body,
            "    {name} = stablehlo.constant dense<{lit}> : {}",
            ty.mlir()
        );
        name
    }

    fn node(&mut self, i: usize) -> Result<()> {
        let g = self.graph;
        let node = &g.nodes()[i];
        let ty = node.ty.mlir();
        let t = |v: Value| g.node(v).ty.mlir();
        if let Op::Constant(c) = node.op {
            self.names[i] = self.constant(c, &node.ty);
            return Ok(());
        }
        if let Some(f) = self.fused.get(&i).copied() {
            let [l, r, c] = f.operands();
            let types = [&g.node(l).ty, &g.node(r).ty, &g.node(c).ty, &node.ty];
            let text = f.text([self.name(l), self.name(r), self.name(c)], types);
            let name = self.fresh_value();
            line!(self.body, "    {name} = {text}");
            self.names[i] = name;
            return Ok(());
        }
        let text = match &node.op {
            Op::Parameter(_) | Op::Constant(_) => String::new(),
            Op::Iota(dim) => format!("stablehlo.iota dim = {dim} : {ty}"),
            Op::Unary(u, x) => format!("stablehlo.{} {} : {ty}", u.stablehlo_name(), self.name(*x)),
            Op::Binary(b, x, y) => format!(
                "stablehlo.{} {}, {} : {ty}",
                b.stablehlo_name(),
                self.name(*x),
                self.name(*y)
            ),
            Op::IsFinite(x) => format!(
                "stablehlo.is_finite {} : ({}) -> {ty}",
                self.name(*x),
                t(*x)
            ),
            Op::Compare(d, x, y) => {
                let kind = match g.node(*x).ty.dtype {
                    d if d.is_float() => "FLOAT",
                    DType::Pred => "UNSIGNED",
                    _ => "SIGNED",
                };
                format!(
                    "stablehlo.compare {}, {}, {}, {kind} : ({}, {}) -> {ty}",
                    d.stablehlo_name(),
                    self.name(*x),
                    self.name(*y),
                    t(*x),
                    t(*y)
                )
            }
            Op::Select(p, x, y) => format!(
                "stablehlo.select {}, {}, {} : {}, {ty}",
                self.name(*p),
                self.name(*x),
                self.name(*y),
                t(*p)
            ),
            Op::Convert(x) => format!("stablehlo.convert {} : ({}) -> {ty}", self.name(*x), t(*x)),
            Op::Reshape(x) => format!("stablehlo.reshape {} : ({}) -> {ty}", self.name(*x), t(*x)),
            Op::Shard(x, s) => match self.part {
                Some(part) => part.constraint(self.name(*x), &ty, *s, node.ty.rank()),
                None => {
                    return Err(Error::Config(format!(
                        "emit: node {i} is a sharding constraint; emit this graph with emit_partitioned"
                    )))
                }
            },
            Op::BroadcastInDim(x, dims) => format!(
                "stablehlo.broadcast_in_dim {}, dims = {} : ({}) -> {ty}",
                self.name(*x),
                list(dims),
                t(*x)
            ),
            Op::Transpose(x, perm) => format!(
                "stablehlo.transpose {}, dims = {} : ({}) -> {ty}",
                self.name(*x),
                list(perm),
                t(*x)
            ),
            Op::Slice {
                operand,
                start,
                limit,
                stride,
            } => {
                let ranges: Vec<String> = (0..start.len())
                    .map(|a| match stride[a] {
                        1 => format!("{}:{}", start[a], limit[a]),
                        s => format!("{}:{}:{s}", start[a], limit[a]),
                    })
                    .collect();
                format!(
                    "stablehlo.slice {} [{}] : ({}) -> {ty}",
                    self.name(*operand),
                    ranges.join(", "),
                    t(*operand)
                )
            }
            Op::Concatenate(xs, dim) => {
                let names: Vec<&str> = xs.iter().map(|&x| self.name(x)).collect();
                let types: Vec<String> = xs.iter().map(|&x| t(x)).collect();
                format!(
                    "stablehlo.concatenate {}, dim = {dim} : ({}) -> {ty}",
                    names.join(", "),
                    types.join(", ")
                )
            }
            Op::DotGeneral(x, y, dims) if self.gemm.any() => {
                let types = [&self.graph.node(*x).ty, &self.graph.node(*y).ty, &node.ty];
                match GemmCall::of(types[0], types[1], types[2], dims) {
                    Some(mut call) if self.gemm.routes(call.dtype) => {
                        if let Some(sym) = &self.symmetric {
                            call.mark_symmetric(sym, *x, *y, dims);
                        }
                        call.text([self.name(*x), self.name(*y)], types)
                    }
                    _ => dot_text(self.name(*x), self.name(*y), dims, &t(*x), &t(*y), &ty),
                }
            }
            Op::DotGeneral(x, y, dims) => {
                dot_text(self.name(*x), self.name(*y), dims, &t(*x), &t(*y), &ty)
            }
            Op::Reduce(kind, x, dims) => {
                let scalar = TensorType::scalar(node.ty.dtype);
                let (init, combiner) = match kind {
                    ReduceKind::Sum => (0.0, "add"),
                    ReduceKind::Max => (f64::NEG_INFINITY, "maximum"),
                    ReduceKind::Min => (f64::INFINITY, "minimum"),
                };
                let init = match node.ty.dtype {
                    DType::I32 if init.is_infinite() => init.signum() * -(i32::MIN as f64),
                    DType::I64 if init.is_infinite() => init.signum() * -(i64::MIN as f64),
                    _ => init,
                };
                let init = self.constant(init, &scalar);
                format!(
                    "stablehlo.reduce({} init: {init}) applies stablehlo.{combiner} across dimensions = {} : ({}, {}) -> {ty}",
                    self.name(*x),
                    list(dims),
                    t(*x),
                    scalar.mlir()
                )
            }
        };
        if text.is_empty() {
            return Err(Error::Config(format!("emit: unexpected op at node {i}")));
        }
        let name = self.fresh_value();
        line!(self.body, "    {name} = {text}");
        self.names[i] = name;
        Ok(())
    }
}

fn index_of(g: &Graph, v: Value) -> usize {
    g.params().iter().position(|p| p.value == v).unwrap_or(0)
}

fn list(xs: &[usize]) -> String {
    let items: Vec<String> = xs.iter().map(|x| x.to_string()).collect();
    format!("[{}]", items.join(", "))
}

/// A `dot_general`'s text after `%name = `.
fn dot_text(x: &str, y: &str, d: &DotDims, tx: &str, ty_y: &str, ty: &str) -> String {
    format!(
        "stablehlo.dot_general {x}, {y}, {} : ({tx}, {ty_y}) -> {ty}",
        dot_dims(d)
    )
}

fn dot_dims(d: &DotDims) -> String {
    let mut s = String::new();
    if !d.lhs_batch.is_empty() {
        let _ = write!(
            s,
            "batching_dims = {} x {}, ",
            list(&d.lhs_batch),
            list(&d.rhs_batch)
        );
    }
    let _ = write!(
        s,
        "contracting_dims = {} x {}",
        list(&d.lhs_contract),
        list(&d.rhs_contract)
    );
    let p = match d.precision {
        Precision::Default => "DEFAULT",
        Precision::High => "HIGH",
        Precision::Highest => "HIGHEST",
    };
    let _ = write!(s, ", precision = [{p}, {p}]");
    s
}

/// A valid MLIR symbol name: letters, digits, `_`, `$`, `.`; anything else becomes `_`.
fn symbol(name: &str) -> String {
    let s: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "_$.".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    match s.chars().next() {
        Some(c) if c.is_ascii_digit() => format!("_{s}"),
        None => "main_module".to_string(),
        _ => s,
    }
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}
