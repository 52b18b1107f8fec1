//! QK-clip (MuonClip): after the update, rescale the query and key projections of every attention
//! head whose largest pre-softmax logit `S_h` in this step's forward pass exceeded `τ`.
//!
//! `η = τ / S` where `S > τ` (strictly), else 1. Query rows of a head get `η^α`, key rows
//! `η^(1−α)`, so their product — the logit — shrinks by `η`. With grouped-query attention one `η`
//! per key/value group is taken from the largest `S` over the group's query heads. For MLA
//! (Kimi, DeepSeek) a head's non-rotary query part gets `η^α`, its rotary query part `η`, its
//! non-rotary key part `η^(1−α)`, and the shared rotary key is never touched.
//!
//! A weight is described by [`HeadBlock`]s laid along its head axis: a fused QKV weight is three
//! blocks, a plain `W_q` one. Heads at or under `τ` get a factor of exactly 1, so they stay bit
//! for bit unchanged.

use serde::{Deserialize, Serialize};

use crate::graph::{Builder, CompareDir, Value};
use crate::types::{DType, Error, Result, TensorType};

/// τ and α (Kimi K2 and Megatron-LM defaults: 100 and 0.5).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct QkClipConfig {
    pub tau: f64,
    pub alpha: f64,
}

impl Default for QkClipConfig {
    fn default() -> Self {
        QkClipConfig {
            tau: 100.0,
            alpha: 0.5,
        }
    }
}

/// The power of `η` a segment of a head's rows is multiplied by.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Exponent {
    /// `η^α` (queries, MLA's non-rotary query part).
    Alpha,
    /// `η^(1−α)` (keys, MLA's non-rotary key part).
    OneMinusAlpha,
    /// `η` (MLA's rotary query part).
    Full,
    /// Untouched (values, MLA's value part).
    None,
}

/// `heads` consecutive heads along the head axis, each made of `segments` (length, exponent).
/// `heads_per_eta` heads share one `η` (1 for queries of MHA and for keys; `H / G` for the query
/// heads of grouped-query attention).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HeadBlock {
    pub heads: usize,
    pub heads_per_eta: usize,
    pub segments: Vec<(usize, Exponent)>,
}

impl HeadBlock {
    /// Rows of one head.
    pub fn head_dim(&self) -> usize {
        self.segments.iter().map(|s| s.0).sum()
    }

    /// The query projection of multi-head or grouped-query attention.
    pub fn query(heads: usize, kv_groups: usize, head_dim: usize) -> HeadBlock {
        HeadBlock {
            heads,
            heads_per_eta: heads / kv_groups.max(1),
            segments: vec![(head_dim, Exponent::Alpha)],
        }
    }

    /// The key projection (one head per key/value group).
    pub fn key(kv_groups: usize, head_dim: usize) -> HeadBlock {
        HeadBlock {
            heads: kv_groups,
            heads_per_eta: 1,
            segments: vec![(head_dim, Exponent::OneMinusAlpha)],
        }
    }

    /// The value projection: untouched, but part of a fused QKV weight.
    pub fn value(kv_groups: usize, head_dim: usize) -> HeadBlock {
        HeadBlock {
            heads: kv_groups,
            heads_per_eta: 1,
            segments: vec![(head_dim, Exponent::None)],
        }
    }
}

/// Where a weight's heads lie: `axis` 0 for `(out, in)` weights, 1 for `(in, out)` kernels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HeadLayout {
    pub axis: usize,
    pub blocks: Vec<HeadBlock>,
}

/// `η` per group: `τ / S` where `S > τ`, else exactly 1. `max_logits` is `[G · per_group]`
/// (f32), reduced to `[G]` with a max over each group's query heads.
pub fn eta(b: &mut Builder, max_logits: Value, tau: Value, per_group: usize) -> Result<Value> {
    let h = b.shape(max_logits).first().copied().unwrap_or(0);
    if b.ty(max_logits).rank() != 1 || per_group == 0 || h % per_group != 0 {
        return Err(Error::shape(
            "qk_clip",
            format!(
                "max_logits must be [heads] with heads divisible by {per_group}, got {}",
                b.ty(max_logits)
            ),
        ));
    }
    let grouped = b.reshape(max_logits, vec![h / per_group, per_group])?;
    let s = b.reduce_max(grouped, &[1])?;
    let tau = b.splat_like(tau, s)?;
    let over = b.compare(CompareDir::Gt, s, tau)?;
    let ratio = b.div(tau, s)?;
    let one = b.constant_like(1.0, s);
    b.select(over, ratio, one)
}

/// Multiplies the rows (or columns) of `w` by the per-head factors that `eta` (one per group,
/// from [`eta`]) gives the blocks of `layout`.
pub fn scale_heads(
    b: &mut Builder,
    w: Value,
    eta: Value,
    layout: &HeadLayout,
    cfg: QkClipConfig,
) -> Result<Value> {
    let wt = b.ty(w).clone();
    let groups = b.shape(eta).first().copied().unwrap_or(0);
    let rows: usize = layout
        .blocks
        .iter()
        .map(|bl| bl.heads * bl.head_dim())
        .sum();
    if wt.rank() != 2 || layout.axis > 1 || wt.shape[layout.axis] != rows {
        return Err(Error::shape(
            "qk_clip",
            format!(
                "weight {wt} does not have {rows} head rows along axis {}",
                layout.axis
            ),
        ));
    }
    let mut parts = Vec::new();
    for block in &layout.blocks {
        if block.heads_per_eta == 0 || block.heads != groups * block.heads_per_eta {
            return Err(Error::shape(
                "qk_clip",
                format!(
                    "{} heads in groups of {} do not match {groups} η values",
                    block.heads, block.heads_per_eta
                ),
            ));
        }
        // η of every head of the block: [G] -> [G, per] -> [heads].
        let per_head = b.broadcast_in_dim(eta, vec![groups, block.heads_per_eta], &[0])?;
        let per_head = b.reshape(per_head, vec![block.heads])?;
        let mut segs = Vec::new();
        for &(len, exp) in &block.segments {
            let power = match exp {
                Exponent::Alpha => Some(cfg.alpha),
                Exponent::OneMinusAlpha => Some(1.0 - cfg.alpha),
                Exponent::Full => Some(1.0),
                Exponent::None => None,
            };
            let f = match power {
                None => b.constant(1.0, TensorType::new(DType::F32, vec![block.heads])),
                Some(1.0) => per_head,
                Some(p) => {
                    let p = b.constant(p, TensorType::new(DType::F32, vec![block.heads]));
                    b.pow(per_head, p)?
                }
            };
            segs.push(b.broadcast_in_dim(f, vec![block.heads, len], &[0])?);
        }
        let head = if segs.len() == 1 {
            segs[0]
        } else {
            b.concatenate(&segs, 1)?
        };
        parts.push(b.reshape(head, vec![block.heads * block.head_dim()])?);
    }
    let factors = if parts.len() == 1 {
        parts[0]
    } else {
        b.concatenate(&parts, 0)?
    };
    let factors = b.convert(factors, wt.dtype)?;
    let full = b.broadcast_in_dim(factors, wt.shape.clone(), &[layout.axis])?;
    b.mul(w, full)
}
