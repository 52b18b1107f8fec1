//! The Muon step of one shape group partitioned over D devices, as sharding annotations that
//! XLA's SPMD partitioner turns into collectives (we write none ourselves).
//!
//! Two layouts:
//! - [`SpmdLayout::WorkSplit`] (Keller Jordan's distributed Muon): parameters are replicated
//!   (data parallel); the gradients and momentum buffers of the group are stacked `[K, m, n]`
//!   tensors split over the devices on axis 0, so device `d` owns matrices `d·K/D .. (d+1)·K/D`:
//!   it receives only their gradients (a reduce-scatter in a training step, not an all-reduce),
//!   keeps only their momentum, and orthogonalizes only them; the orthogonalized updates are
//!   gathered (one all-gather) and every device applies all of them. `K` is `k` rounded up to a
//!   multiple of D with zero matrices, which stay exactly zero through Newton–Schulz (0 / (0 + ε)
//!   normalizes to 0) and are never read back.
//! - [`SpmdLayout::ShardedParams`] (ZeRO-1/FSDP, as in Moonlight): every parameter, gradient and
//!   momentum buffer is split by rows; the momentum step is local, the full update matrices are
//!   gathered only for Newton–Schulz (one all-gather), and each device applies the rows it owns.
//!
//! Argument order: `p_0..p_k`, the gradients (work split: one stacked `grads`; sharded params:
//! `g_0..g_k`), the momentum (work split: one stacked `momentum`; sharded params: `m_0..m_k`),
//! `lr`, `step`. Results: the parameters, then the momentum; each
//! donated from its argument.

use crate::graph::{Builder, Graph, Partitioning, Sharding, ShardingDialect, Value};
use crate::transforms::momentum::momentum;
use crate::transforms::muon::{apply_orthogonalized, MuonConfig};
use crate::transforms::newton_schulz::orthogonalize;
use crate::types::{DType, Error, Result, TensorType};

/// How a shape group is laid out over the devices.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SpmdLayout {
    /// Each device orthogonalizes its share of the group's matrices; results are gathered.
    #[default]
    WorkSplit,
    /// Parameters and state sharded by rows; gathered only for Newton–Schulz.
    ShardedParams,
}

impl SpmdLayout {
    pub fn name(self) -> &'static str {
        match self {
            SpmdLayout::WorkSplit => "work-split",
            SpmdLayout::ShardedParams => "sharded-params",
        }
    }
}

/// The partitioned graph of one group and the sharding of each argument and result.
#[derive(Debug, Clone)]
pub struct SpmdGroup {
    pub graph: Graph,
    pub partitioning: Partitioning,
    /// Work split: matrices in the stacked momentum (k rounded up to a multiple of D); else k.
    pub stacked: usize,
}

const SPLIT0: Sharding = Sharding::Split { axis: 0 };
const SPLIT1: Sharding = Sharding::Split { axis: 1 };
const REP: Sharding = Sharding::Replicated;

/// The Muon step of the 2-D parameters `names` of type `ty`, partitioned over `devices`.
pub fn spmd_muon_graph(
    names: &[String],
    ty: &TensorType,
    cfg: &MuonConfig,
    layout: SpmdLayout,
    devices: usize,
    dialect: ShardingDialect,
) -> Result<SpmdGroup> {
    let k = names.len();
    if k == 0 || devices == 0 {
        return Err(Error::Config(format!(
            "spmd_muon_graph: {k} parameters over {devices} devices"
        )));
    }
    // Its state is the momentum alone: NorMuon's second moment would need its own sharding.
    if cfg.normuon.is_some() {
        return Err(Error::InvalidSetting {
            field: "normuon",
            value: "true".into(),
            expected: "false for the partitioned Muon step (it keeps no second moment); run \
                       NorMuon with the single-device optimizer"
                .into(),
        });
    }
    let [rows, cols] = match ty.shape[..] {
        [r, c] => [r, c],
        _ => {
            return Err(Error::shape(
                "spmd_muon_graph",
                format!(
                    "`{}` is {ty}: the partitioned Muon step takes 2-D parameters (reshape \
                     others to matrices first)",
                    names[0]
                ),
            ))
        }
    };
    if layout == SpmdLayout::ShardedParams && rows % devices != 0 {
        return Err(Error::shape(
            "spmd_muon_graph",
            format!(
                "`{}` is {ty}: sharding by rows needs the row count to be a multiple of the \
                 {devices} devices; use the work-split layout for this group",
                names[0]
            ),
        ));
    }
    let stacked = match layout {
        SpmdLayout::WorkSplit => k.div_ceil(devices) * devices,
        SpmdLayout::ShardedParams => k,
    };
    let mut b = Builder::new(format!(
        "muon_{}_{rows}x{cols}",
        layout.name().replace('-', "_")
    ));
    let buf_ty = TensorType::new(cfg.buffer_dtype, vec![rows, cols]);
    let p: Vec<Value> = names
        .iter()
        .map(|n| b.parameter(n.clone(), ty.clone()))
        .collect();
    let g: Vec<Value> = match layout {
        SpmdLayout::WorkSplit => vec![b.parameter(
            "grads",
            TensorType::new(ty.dtype, vec![stacked, rows, cols]),
        )],
        SpmdLayout::ShardedParams => names
            .iter()
            .map(|n| b.parameter(format!("{n}.grad"), ty.clone()))
            .collect(),
    };
    let m: Vec<Value> = match layout {
        SpmdLayout::WorkSplit => vec![b.parameter(
            "momentum",
            TensorType::new(cfg.buffer_dtype, vec![stacked, rows, cols]),
        )],
        SpmdLayout::ShardedParams => names
            .iter()
            .map(|n| b.parameter(format!("{n}.momentum"), buf_ty.clone()))
            .collect(),
    };
    let lr = b.parameter("lr", TensorType::scalar(DType::F32));
    let t = b.parameter("step", TensorType::scalar(DType::F32));

    let (new_p, new_m) = match layout {
        SpmdLayout::WorkSplit => work_split(&mut b, cfg, &p, g[0], m[0], lr, t)?,
        SpmdLayout::ShardedParams => sharded_params(&mut b, cfg, &p, &g, &m, lr, t)?,
    };
    let (p_sharding, m_sharding) = match layout {
        SpmdLayout::WorkSplit => (REP, SPLIT0),
        SpmdLayout::ShardedParams => (SPLIT0, SPLIT0),
    };
    for (i, n) in names.iter().enumerate() {
        let out = b.output(n.clone(), new_p[i])?;
        b.donate(p[i], out)?;
    }
    for (i, &mi) in m.iter().enumerate() {
        let name = match layout {
            SpmdLayout::WorkSplit => "momentum".to_string(),
            SpmdLayout::ShardedParams => format!("{}.momentum", names[i]),
        };
        let out = b.output(name, new_m[i])?;
        b.donate(mi, out)?;
    }
    let graph = b.build()?;
    let mut args = vec![p_sharding; k];
    args.extend(std::iter::repeat(m_sharding).take(g.len()));
    args.extend(std::iter::repeat(m_sharding).take(m.len()));
    args.extend([REP, REP]);
    let mut results = vec![p_sharding; k];
    results.extend(std::iter::repeat(m_sharding).take(m.len()));
    let partitioning = Partitioning {
        devices,
        dialect,
        args,
        results,
    };
    partitioning.check(&graph)?;
    Ok(SpmdGroup {
        graph,
        partitioning,
        stacked,
    })
}

/// Work split: each device steps the momentum of, and orthogonalizes, only the matrices it
/// owns; pinning the updates to replicated is the gather.
fn work_split(
    b: &mut Builder,
    cfg: &MuonConfig,
    p: &[Value],
    g: Value,
    m: Value,
    lr: Value,
    t: Value,
) -> Result<(Vec<Value>, Vec<Value>)> {
    let shape = b.shape(p[0]).to_vec();
    let (rows, cols) = (shape[0], shape[1]);
    let g = b.convert(g, cfg.buffer_dtype)?;
    let (m_new, u) = momentum(b, cfg.momentum_style, cfg.momentum, cfg.nesterov, m, g, t)?;
    let u = b.shard(u, SPLIT0)?;
    let o = orthogonalize(b, u, &cfg.newton_schulz)?;
    let o = b.shard(o, SPLIT0)?;
    let o = b.shard(o, REP)?;
    let mut new_p = Vec::with_capacity(p.len());
    for (i, &pi) in p.iter().enumerate() {
        let oi = b.slice(o, &[i, 0, 0], &[i + 1, rows, cols], &[1, 1, 1])?;
        let oi = b.reshape(oi, shape.clone())?;
        new_p.push(apply_orthogonalized(b, cfg, pi, oi, lr)?);
    }
    Ok((new_p, vec![m_new]))
}

/// Sharded parameters: local momentum steps, one gather of the stacked updates before
/// Newton–Schulz, and each device keeps its own rows of the result.
fn sharded_params(
    b: &mut Builder,
    cfg: &MuonConfig,
    p: &[Value],
    g: &[Value],
    m: &[Value],
    lr: Value,
    t: Value,
) -> Result<(Vec<Value>, Vec<Value>)> {
    let shape = b.shape(p[0]).to_vec();
    let (rows, cols) = (shape[0], shape[1]);
    let mut new_m = Vec::with_capacity(p.len());
    let mut parts = Vec::with_capacity(p.len());
    for (&gi, &mi) in g.iter().zip(m) {
        let gi = b.convert(gi, cfg.buffer_dtype)?;
        let (mn, u) = momentum(b, cfg.momentum_style, cfg.momentum, cfg.nesterov, mi, gi, t)?;
        new_m.push(mn);
        let u = b.shard(u, SPLIT0)?;
        parts.push(b.reshape(u, vec![1, rows, cols])?);
    }
    let all = if parts.len() == 1 {
        parts[0]
    } else {
        b.concatenate(&parts, 0)?
    };
    let all = b.shard(all, SPLIT1)?;
    let all = b.shard(all, REP)?;
    let o = orthogonalize(b, all, &cfg.newton_schulz)?;
    let o = b.shard(o, REP)?;
    let mut new_p = Vec::with_capacity(p.len());
    for (i, &pi) in p.iter().enumerate() {
        let oi = b.slice(o, &[i, 0, 0], &[i + 1, rows, cols], &[1, 1, 1])?;
        let oi = b.reshape(oi, shape.clone())?;
        let oi = b.shard(oi, SPLIT0)?;
        new_p.push(apply_orthogonalized(b, cfg, pi, oi, lr)?);
    }
    Ok((new_p, new_m))
}
