//! The learning-rate multiplier Muon applies per parameter, from its shape alone.

use serde::{Deserialize, Serialize};

/// How a weight matrix stores its axes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Layout {
    /// `(out, in)` as `torch.nn.Linear.weight` (and conv `(O, I, kh, kw)`).
    #[default]
    OutIn,
    /// `(in, out)` as Flax/Keras kernels.
    InOut,
}

/// The shape-based learning-rate scale.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AdjustLr {
    /// No scaling.
    None,
    /// `sqrt(max(1, fan_out / fan_in))`, fans read according to the [`Layout`]
    /// (torch `original`, optax default, Keras < 3.13 applied to `(d0, d1)` as out-in).
    Original,
    /// Keller Jordan's reading: `sqrt(max(1, size(-2) / size(-1)))` of the raw gradient shape, so a
    /// 4-D conv weight gets `kh / kw` (a quirk of the reference, reproduced on purpose).
    OriginalLastTwoAxes,
    /// `0.2 · sqrt(max(A, B))` with `A, B` the first two axes (torch `match_rms_adamw`, Moonlight,
    /// Keras 3.13+): the update's RMS then matches AdamW's typical 0.2–0.4.
    MatchRmsAdamW,
    /// `r · sqrt(max(fan_in, fan_out))` (optax `consistent_rms = r`).
    ConsistentRms(f64),
}

/// `(fan_out, fan_in)` of a weight under a layout; axes beyond the first two count toward fan-in
/// (conv receptive field).
pub fn fans(shape: &[usize], layout: Layout) -> (f64, f64) {
    let rest: usize = shape.iter().skip(2).product();
    let d0 = shape.first().copied().unwrap_or(1) as f64;
    let d1 = shape.get(1).copied().unwrap_or(1) as f64 * rest as f64;
    match layout {
        Layout::OutIn => (d0, d1),
        Layout::InOut => (shape.get(1).copied().unwrap_or(1) as f64, d0 * rest as f64),
    }
}

/// The multiplier on the orthogonalized update of a parameter of `shape`.
pub fn lr_scale(adjust: AdjustLr, layout: Layout, shape: &[usize]) -> f64 {
    let (fan_out, fan_in) = fans(shape, layout);
    let first_two = || {
        let a = shape.first().copied().unwrap_or(1) as f64;
        let b = shape.get(1).copied().unwrap_or(1) as f64;
        a.max(b)
    };
    match adjust {
        AdjustLr::None => 1.0,
        AdjustLr::Original => (fan_out / fan_in).max(1.0).sqrt(),
        AdjustLr::OriginalLastTwoAxes => {
            let n = shape.len();
            let rows = shape.get(n.wrapping_sub(2)).copied().unwrap_or(1) as f64;
            let cols = shape.last().copied().unwrap_or(1) as f64;
            (rows / cols).max(1.0).sqrt()
        }
        AdjustLr::MatchRmsAdamW => 0.2 * first_two().sqrt(),
        AdjustLr::ConsistentRms(r) => r * fan_out.max(fan_in).sqrt(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn burn_and_reference_numbers() {
        let s2 = 2f64.sqrt();
        assert_eq!(
            lr_scale(AdjustLr::Original, Layout::OutIn, &[1024, 512]),
            s2
        );
        assert_eq!(
            lr_scale(AdjustLr::Original, Layout::OutIn, &[512, 1024]),
            1.0
        );
        assert!(
            (lr_scale(AdjustLr::MatchRmsAdamW, Layout::OutIn, &[1024, 512]) - 6.4).abs() < 1e-12
        );
        // A 16x64 tensor: 1 under the torch reading, 2 under the optax reading.
        assert_eq!(lr_scale(AdjustLr::Original, Layout::OutIn, &[16, 64]), 1.0);
        assert_eq!(lr_scale(AdjustLr::Original, Layout::InOut, &[16, 64]), 2.0);
        // Keller's conv quirk: (O, I, kh, kw) = (8, 4, 3, 1) scales by sqrt(3/1).
        assert_eq!(
            lr_scale(AdjustLr::OriginalLastTwoAxes, Layout::OutIn, &[8, 4, 3, 1]),
            3f64.sqrt()
        );
        assert_eq!(
            lr_scale(AdjustLr::Original, Layout::OutIn, &[8, 4, 3, 1]),
            1.0
        );
        assert_eq!(
            lr_scale(AdjustLr::ConsistentRms(0.2), Layout::InOut, &[16, 64]),
            0.2 * 8.0
        );
    }
}
