//! `scale_by_muon`: momentum, Nesterov, Newton–Schulz over a stack of same-shape matrices,
//! NorMuon's per-neuron normalization when on, the shape-based learning-rate scale and decoupled
//! (optionally cautious) weight decay.

use serde::{Deserialize, Serialize};

use crate::graph::{Builder, Value};
use crate::transforms::adamw::{decay_and_step, Decay};
use crate::transforms::momentum::{momentum, MomentumStyle};
use crate::transforms::newton_schulz::{orthogonalize, NewtonSchulz};
use crate::transforms::normuon::NorMuon;
use crate::transforms::scale::{lr_scale, AdjustLr, Layout};
use crate::types::{DType, Error, Result};

/// How tensors of rank 3 and more become matrices for Newton–Schulz.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MatrixView {
    /// 4-D conv weights `(O, I, kh, kw)` flattened to `(O, I·kh·kw)`; 3-D batched over axis 0
    /// (Keller Jordan).
    FlattenConv,
    /// Every ≥3-D tensor flattened to `(d0, rest)` (Moonlight).
    FlattenTrailing,
    /// Newton–Schulz batched over every axis but the last two (Keras < 3.13).
    BatchLeading,
}

impl MatrixView {
    /// The `[batch, rows, cols]` view of a parameter of `shape` (rank ≥ 2).
    pub fn view(self, shape: &[usize]) -> [usize; 3] {
        let n = shape.len();
        let rest = |from: usize| shape[from..].iter().product::<usize>();
        match (self, n) {
            (_, 2) => [1, shape[0], shape[1]],
            (MatrixView::FlattenConv, 4) | (MatrixView::FlattenTrailing, _) => {
                [1, shape[0], rest(1)]
            }
            _ => [shape[..n - 2].iter().product(), shape[n - 2], shape[n - 1]],
        }
    }
}

/// Everything that defines the Muon update of a parameter (learning rate and step are runtime).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MuonConfig {
    /// μ, default 0.95.
    pub momentum: f64,
    /// Default true.
    pub nesterov: bool,
    pub momentum_style: MomentumStyle,
    pub newton_schulz: NewtonSchulz,
    pub adjust_lr: AdjustLr,
    pub layout: Layout,
    /// Decoupled: `p ← p · (1 − lr · weight_decay)` with the unscaled learning rate.
    pub weight_decay: f64,
    /// The momentum buffer's dtype (f32 unless a preset says otherwise).
    pub buffer_dtype: DType,
    pub matrix_view: MatrixView,
    /// Multiply the orthogonalized update by the lr scale in the Newton–Schulz dtype before
    /// widening it (Keller Jordan does `update *= scale` on the bf16 tensor); otherwise the scale
    /// is applied in f32 together with the learning rate.
    #[serde(default)]
    pub scale_in_ns_dtype: bool,
    /// Axes that index a batch of independent matrices (mixture-of-experts `[experts, out, in]`:
    /// `[0]`); the two remaining axes, in stored order, are each matrix. Empty: `matrix_view`
    /// decides. Set per shape group by the partition's batch rules.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub batch_axes: Vec<usize>,
    /// NorMuon's per-neuron normalization after Newton–Schulz (state `NAME.second_momentum`);
    /// `None`: plain Muon. Absent from serialized configurations that do not use it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub normuon: Option<NorMuon>,
    /// Cautious weight decay (arXiv 2510.12402): decay only the coordinates where the update and
    /// the parameter agree in sign.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cautious_weight_decay: bool,
}

/// The state a Muon parameter keeps, by file suffix.
pub const MUON_STATE: [&str; 1] = ["momentum"];
/// The state a NorMuon parameter keeps: the momentum, then the per-neuron second moment.
pub const NORMUON_STATE: [&str; 2] = ["momentum", "second_momentum"];

impl MuonConfig {
    /// The `[batch, rows, cols]` Newton–Schulz view of a parameter of `shape`, and the permutation
    /// that brings the batch axes to the front first (`None`: no transpose needed).
    pub fn ns_view(&self, shape: &[usize]) -> Result<([usize; 3], Option<Vec<usize>>)> {
        if self.batch_axes.is_empty() {
            return Ok((self.matrix_view.view(shape), None));
        }
        let matrix = matrix_axes(&self.batch_axes, shape)?;
        let batch: usize = self.batch_axes.iter().map(|&a| shape[a]).product();
        let perm: Vec<usize> = self.batch_axes.iter().copied().chain(matrix).collect();
        let identity = perm.iter().enumerate().all(|(i, &a)| i == a);
        let view = [batch, shape[matrix[0]], shape[matrix[1]]];
        Ok((view, (!identity).then_some(perm)))
    }

    /// The state kinds this update keeps per parameter, by file suffix.
    pub fn state_names(&self) -> &'static [&'static str] {
        match self.normuon {
            Some(_) => &NORMUON_STATE,
            None => &MUON_STATE,
        }
    }

    /// The shape of NorMuon's second moment for a parameter of `shape` (`None` without NorMuon):
    /// the Newton–Schulz view's batch axes, kept, then `[rows, 1]` (or `[1, cols]`), as torch's
    /// `[rows, 1]` buffer for a matrix.
    pub fn second_moment_shape(&self, shape: &[usize]) -> Result<Option<Vec<usize>>> {
        let Some(normuon) = &self.normuon else {
            return Ok(None);
        };
        let n = shape.len();
        if n < 2 {
            return Err(Error::shape(
                "normuon",
                format!("a second moment needs a parameter of rank 2 or more, got {shape:?}"),
            ));
        }
        let (view, _) = self.ns_view(shape)?;
        let mut dims: Vec<usize> = if !self.batch_axes.is_empty() {
            self.batch_axes.iter().map(|&a| shape[a]).collect()
        } else {
            match (self.matrix_view, n) {
                (_, 2) | (MatrixView::FlattenConv, 4) | (MatrixView::FlattenTrailing, _) => {
                    Vec::new()
                }
                _ => shape[..n - 2].to_vec(),
            }
        };
        dims.extend_from_slice(&normuon.moment_view(view)[1..]);
        Ok(Some(dims))
    }

    /// The shape the learning-rate scale reads: one matrix of a batch, else the whole shape.
    pub fn scale_shape(&self, shape: &[usize]) -> Vec<usize> {
        match matrix_axes(&self.batch_axes, shape) {
            Ok([r, c]) if !self.batch_axes.is_empty() => vec![shape[r], shape[c]],
            _ => shape.to_vec(),
        }
    }
}

/// The two axes of `shape` that are not in `batch`, checking that `batch` is valid for it.
pub fn matrix_axes(batch: &[usize], shape: &[usize]) -> Result<[usize; 2]> {
    let rank = shape.len();
    let mut seen = vec![false; rank];
    for &a in batch {
        if a >= rank || seen[a] {
            return Err(Error::Config(format!(
                "batch axes {batch:?} do not fit a rank-{rank} tensor {shape:?}: each axis must be \
                 below {rank} and listed once"
            )));
        }
        seen[a] = true;
    }
    let rest: Vec<usize> = (0..rank).filter(|&a| !seen[a]).collect();
    match rest[..] {
        [r, c] => Ok([r, c]),
        _ => Err(Error::Config(format!(
            "batch axes {batch:?} of a tensor {shape:?} leave {} axes; exactly two must remain \
             (one matrix per batch entry)",
            rest.len()
        ))),
    }
}

/// Muon-updates `k` parameters of one shape together. `state[k]` holds every parameter's state
/// of kind `k` ([`MuonConfig::state_names`]: the momentum, then NorMuon's second moment); returns
/// the new parameters and the new state, kind by kind. The Newton–Schulz matmuls of all `k` run
/// as one batched `dot_general`.
pub fn muon_update(
    b: &mut Builder,
    cfg: &MuonConfig,
    params: &[Value],
    grads: &[Value],
    state: &[Vec<Value>],
    lr: Value,
    t: Value,
) -> Result<(Vec<Value>, Vec<Vec<Value>>)> {
    let lrs = vec![(lr, lr); params.len()];
    muon_update_each(b, cfg, params, grads, state, &lrs, t)
}

/// [`muon_update`] with a learning rate and a weight-decay learning rate per parameter (runtime
/// multipliers): `lrs[i] = (lr_i, wd_lr_i)`.
pub fn muon_update_each(
    b: &mut Builder,
    cfg: &MuonConfig,
    params: &[Value],
    grads: &[Value],
    state: &[Vec<Value>],
    lrs: &[(Value, Value)],
    t: Value,
) -> Result<(Vec<Value>, Vec<Vec<Value>>)> {
    let Some(&first) = params.first() else {
        return Err(Error::Config("muon_update: no parameters".into()));
    };
    let shape = b.shape(first).to_vec();
    if shape.len() < 2 {
        return Err(Error::shape(
            "muon_update",
            format!("Muon needs parameters of rank 2 or more, got {shape:?}"),
        ));
    }
    let kinds = cfg.state_names().len();
    if grads.len() != params.len()
        || lrs.len() != params.len()
        || state.len() != kinds
        || state.iter().any(|s| s.len() != params.len())
    {
        return Err(Error::Config(format!(
            "muon_update: params, grads and each of the {kinds} state kinds ({}) differ in count",
            cfg.state_names().join(", ")
        )));
    }
    let ([batch, rows, cols], perm) = cfg.ns_view(&shape)?;
    let mut new_buffers = Vec::with_capacity(params.len());
    let mut stacked = Vec::with_capacity(params.len());
    for (&g, &buf) in grads.iter().zip(&state[0]) {
        let g = b.convert(g, cfg.buffer_dtype)?;
        let (buf, u) = momentum(b, cfg.momentum_style, cfg.momentum, cfg.nesterov, buf, g, t)?;
        new_buffers.push(buf);
        let u = match &perm {
            Some(perm) => b.transpose(u, perm)?,
            None => u,
        };
        stacked.push(b.reshape(u, vec![batch, rows, cols])?);
    }
    let all = if stacked.len() == 1 {
        stacked[0]
    } else {
        b.concatenate(&stacked, 0)?
    };
    let ortho = orthogonalize(b, all, &cfg.newton_schulz)?;
    let mut new_params = Vec::with_capacity(params.len());
    let mut new_moments = Vec::new();
    for (i, &p) in params.iter().enumerate() {
        let o = if params.len() == 1 {
            ortho
        } else {
            let start = [i * batch, 0, 0];
            let limit = [(i + 1) * batch, rows, cols];
            b.slice(ortho, &start, &limit, &[1, 1, 1])?
        };
        // NorMuon works on each matrix as Newton–Schulz saw it, before the view is undone.
        let o = match &cfg.normuon {
            Some(normuon) => {
                let v = state[1][i];
                let stored = b.shape(v).to_vec();
                let v = b.reshape(v, normuon.moment_view([batch, rows, cols]).to_vec())?;
                let (o, v) = normuon.normalize(b, o, v)?;
                new_moments.push(b.reshape(v, stored)?);
                o
            }
            None => o,
        };
        let o = match &perm {
            Some(perm) => {
                let moved: Vec<usize> = perm.iter().map(|&a| shape[a]).collect();
                let o = b.reshape(o, moved)?;
                let mut inverse = vec![0; perm.len()];
                for (i, &a) in perm.iter().enumerate() {
                    inverse[a] = i;
                }
                b.transpose(o, &inverse)?
            }
            None => b.reshape(o, shape.clone())?,
        };
        let (lr, wd_lr) = lrs[i];
        new_params.push(apply_orthogonalized_each(b, cfg, p, o, lr, wd_lr)?);
    }
    let mut new_state = vec![new_buffers];
    if cfg.normuon.is_some() {
        new_state.push(new_moments);
    }
    Ok((new_params, new_state))
}

/// `p` after one step along its orthogonalized update `o` (same shape as `p`): the shape-based
/// lr scale, decoupled weight decay, and the step itself.
pub fn apply_orthogonalized(
    b: &mut Builder,
    cfg: &MuonConfig,
    p: Value,
    o: Value,
    lr: Value,
) -> Result<Value> {
    apply_orthogonalized_each(b, cfg, p, o, lr, lr)
}

/// [`apply_orthogonalized`] with its own weight-decay learning rate `wd_lr` (runtime multipliers).
pub fn apply_orthogonalized_each(
    b: &mut Builder,
    cfg: &MuonConfig,
    p: Value,
    o: Value,
    lr: Value,
    wd_lr: Value,
) -> Result<Value> {
    // NorMuon's `match-rms` sets the update's size itself and takes the unscaled learning rate.
    let scale = match &cfg.normuon {
        Some(n) if !n.keeps_lr_scale() => 1.0,
        _ => lr_scale(cfg.adjust_lr, cfg.layout, &cfg.scale_shape(b.shape(p))),
    };
    // NorMuon's update is already f32: the scale goes with the learning rate.
    let (o, scale) = if cfg.scale_in_ns_dtype && cfg.normuon.is_none() && scale != 1.0 {
        let ns = cfg.newton_schulz.dtype;
        let scaled = match ns {
            // Keller's `update *= scale` on Newton–Schulz's bf16 result: narrowing `o` back is
            // exact (it is that result, widened), the product is rounded once, in bf16.
            DType::BF16 | DType::F16 => {
                let narrow = b.convert(o, ns)?;
                b.scale_by_f32(narrow, scale)?
            }
            _ => b.scale_by(o, scale)?,
        };
        (scaled, 1.0)
    } else {
        (o, scale)
    };
    let o = b.convert(o, b.dtype(p).at_least_f32())?;
    let decay = Decay {
        rate: cfg.weight_decay,
        cautious: cfg.cautious_weight_decay,
    };
    decay_and_step(b, p, o, lr, wd_lr, decay, scale)
}
