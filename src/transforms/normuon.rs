//! NorMuon (Li et al. 2025, arXiv 2510.05491): after Newton–Schulz, a per-neuron second moment
//! of the orthogonalized update, a division by its root, and a rescale of the whole matrix.
//!
//! Newton–Schulz equalizes singular values, not rows: some neurons still get much larger updates
//! than others. NorMuon keeps an EMA of each row's (or column's) mean square and divides it out,
//! then restores a norm the learning rate was tuned for. The state is one value per neuron
//! (`NAME.second_momentum`, `[rows, 1]` for a matrix), far smaller than the momentum.

use serde::{Deserialize, Serialize};

use crate::graph::{Builder, Value};
use crate::types::{Error, Result};

/// The norm NorMuon gives the normalized update.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NorMuonScale {
    /// `O · ‖O_before‖ / (‖O‖ + eps)`: the Frobenius norm Newton–Schulz produced, then the Muon
    /// learning-rate scale as usual (pytorch-optimizer's default, the official code's).
    PreserveNorm,
    /// `O · 0.2·√(rows·cols) / (‖O‖ + eps)`: an RMS of 0.2 (the paper's Algorithm 1), with the
    /// unscaled learning rate (the shape scale is not applied).
    MatchRms,
}

/// Which axis of each (rows × cols) matrix the mean square runs over.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NorMuonAxis {
    /// Always the last axis (one value per row, `[rows, 1]`): pytorch-optimizer 4.1.0's
    /// `update.square().mean(dim=-1)` on the matrix as stored.
    Last,
    /// The last axis when rows ≥ cols, else the rows (`[1, cols]`): modded-nanogpt's rule, one
    /// value per neuron of the larger side.
    Auto,
}

impl NorMuonAxis {
    /// Whether a `rows × cols` matrix averages over its columns (one value per row).
    pub fn per_row(self, rows: usize, cols: usize) -> bool {
        match self {
            NorMuonAxis::Last => true,
            NorMuonAxis::Auto => rows >= cols,
        }
    }
}

/// NorMuon's hyper-parameters (defaults: pytorch-optimizer 4.1.0's `NorMuon`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct NorMuon {
    /// β₂ of the second moment's EMA, default 0.95.
    pub beta2: f64,
    /// Added to `√v` and to the norm it divides by, default 1e-10.
    pub eps: f64,
    pub scale: NorMuonScale,
    pub axis: NorMuonAxis,
}

impl Default for NorMuon {
    fn default() -> Self {
        NorMuon {
            beta2: 0.95,
            eps: 1e-10,
            scale: NorMuonScale::PreserveNorm,
            axis: NorMuonAxis::Last,
        }
    }
}

impl NorMuon {
    /// The second moment's shape over a `[batch, rows, cols]` view: `[batch, rows, 1]` or
    /// `[batch, 1, cols]`.
    pub fn moment_view(&self, [batch, rows, cols]: [usize; 3]) -> [usize; 3] {
        if self.axis.per_row(rows, cols) {
            [batch, rows, 1]
        } else {
            [batch, 1, cols]
        }
    }

    /// Whether the shape-based learning-rate scale still applies after this normalization
    /// (`match-rms` sets the update's RMS itself and takes the unscaled learning rate).
    pub fn keeps_lr_scale(&self) -> bool {
        self.scale == NorMuonScale::PreserveNorm
    }

    /// The normalized update and the new second moment, for an orthogonalized update `o`
    /// (`[batch, rows, cols]`, computed in f32 at least) and the second moment `v` (the shape of
    /// [`NorMuon::moment_view`], f32). Norms are per matrix of the batch, so a stacked group, a
    /// batched weight and separate parameters give the same result.
    pub fn normalize(&self, b: &mut Builder, o: Value, v: Value) -> Result<(Value, Value)> {
        let shape = b.shape(o).to_vec();
        let [batch, rows, cols] = shape[..] else {
            return Err(Error::shape(
                "normuon",
                format!("needs a [batch, rows, cols] update, got {shape:?}"),
            ));
        };
        let want = self.moment_view([batch, rows, cols]);
        if b.shape(v) != want {
            return Err(Error::shape(
                "normuon",
                format!(
                    "second moment is {:?}, expected {want:?} for an update {shape:?}",
                    b.shape(v)
                ),
            ));
        }
        let dtype = b.dtype(o).at_least_f32();
        let o = b.convert(o, dtype)?;
        let before = b.frobenius_norm_last2(o)?;
        // The mean of squares along one axis, as torch's `square().mean(dim)`: a sum, then a
        // division by the count.
        let (axis, count) = if self.axis.per_row(rows, cols) {
            (2, cols)
        } else {
            (1, rows)
        };
        let sq = b.mul(o, o)?;
        let sum = b.reduce_sum(sq, &[axis])?;
        let sum = b.reshape(sum, want.to_vec())?;
        let n = b.constant_like(count as f64, sum);
        let mean = b.div(sum, n)?;
        let v_dtype = b.dtype(v);
        let mean = b.convert(mean, v_dtype)?;
        let v = b.lerp(v, mean, 1.0 - self.beta2)?;
        let root = b.convert(v, dtype)?;
        let root = b.sqrt(root)?;
        let eps = b.constant_like(self.eps, root);
        let denom = b.add(root, eps)?;
        let denom = b.expand_to(denom, &shape)?;
        let o = b.div(o, denom)?;
        let after = b.frobenius_norm_last2(o)?;
        let eps = b.constant_like(self.eps, after);
        let after = b.add(after, eps)?;
        let target = match self.scale {
            NorMuonScale::PreserveNorm => before,
            NorMuonScale::MatchRms => {
                let rms = 0.2 * ((rows * cols) as f64).sqrt();
                b.constant_like(rms, after)
            }
        };
        let ratio = b.div(target, after)?;
        let ratio = b.expand_to(ratio, &shape)?;
        let o = b.mul(o, ratio)?;
        Ok((o, v))
    }
}

impl std::str::FromStr for NorMuonScale {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "preserve-norm" => Ok(NorMuonScale::PreserveNorm),
            "match-rms" => Ok(NorMuonScale::MatchRms),
            _ => Err(Error::InvalidSetting {
                field: "normuon_scale",
                value: format!("`{s}`"),
                expected: "preserve-norm or match-rms".into(),
            }),
        }
    }
}

impl std::str::FromStr for NorMuonAxis {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "last" => Ok(NorMuonAxis::Last),
            "auto" => Ok(NorMuonAxis::Auto),
            _ => Err(Error::InvalidSetting {
                field: "normuon_axis",
                value: format!("`{s}`"),
                expected: "last (pytorch-optimizer) or auto (modded-nanogpt)".into(),
            }),
        }
    }
}

impl std::fmt::Display for NorMuonScale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            NorMuonScale::PreserveNorm => "preserve-norm",
            NorMuonScale::MatchRms => "match-rms",
        })
    }
}

impl std::fmt::Display for NorMuonAxis {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            NorMuonAxis::Last => "last",
            NorMuonAxis::Auto => "auto",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_moment_runs_over_the_larger_side_under_auto() {
        let last = NorMuon::default();
        let auto = NorMuon {
            axis: NorMuonAxis::Auto,
            ..last
        };
        assert_eq!(last.moment_view([1, 16, 48]), [1, 16, 1]);
        assert_eq!(auto.moment_view([1, 16, 48]), [1, 1, 48]);
        assert_eq!(auto.moment_view([2, 48, 16]), [2, 48, 1]);
        assert_eq!(auto.moment_view([1, 32, 32]), [1, 32, 1]);
    }
}
