//! How well each variant orthogonalizes, next to how fast it does: max |σ − 1| of its result and
//! its distance to the exact polar factor, on one small random matrix with the aspect of the
//! bench's first matrix.
//!
//! Computed in f64 by the reference interpreter (`graph::eval`), so the numbers are the
//! iteration's own error (its schedule, start and Gram form), not the rounding of the dtype a row
//! runs in; an f32 and a bf16 row of one schedule get the same numbers. No SVD: the singular values
//! and the polar factor come from a Jacobi eigen-decomposition of the small Gram matrix.

use anyhow::Context as _;
use muon_xla::graph::eval::evaluate;
use muon_xla::graph::Builder;
use muon_xla::transforms::newton_schulz::spectrum;
use muon_xla::transforms::newton_schulz::spectrum::oriented;
use muon_xla::transforms::orthogonalize;
use muon_xla::types::{DType, TensorType};
use muon_xla::HostTensor;

use super::cases::random_tensor;
use super::variants::Variant;

/// The shorter side of the matrix the accuracy is measured on: large enough for a spread of
/// singular values like the real matrices', small enough for the interpreter (well under a
/// second per variant).
const SIDE: usize = 64;

/// One variant's accuracy.
#[derive(Debug, Clone)]
pub(super) struct Accuracy {
    /// The matrix measured on, `(rows, cols)`.
    pub shape: [usize; 2],
    /// Newton–Schulz iterations.
    pub steps: usize,
    /// max |σ − 1| over the singular values of the result.
    pub max_sigma_error: f64,
    /// ‖O − polar(X)‖_F / ‖polar(X)‖_F.
    pub polar_rel_error: f64,
}

/// The reduced shape for `first` (`[rows, cols]`): its shorter side becomes [`SIDE`] (or stays,
/// when shorter), the longer one keeps the aspect ratio, and a tall matrix stays tall.
pub(super) fn reduced_shape(first: [usize; 2]) -> [usize; 2] {
    let (m, n) = (first[0].min(first[1]), first[0].max(first[1]));
    let short = SIDE.min(m).max(1);
    let long = ((n as f64 / m.max(1) as f64) * short as f64).round() as usize;
    if first[0] <= first[1] {
        [short, long]
    } else {
        [long, short]
    }
}

/// `variant`'s Newton–Schulz, in f64, on one random Gaussian `shape` matrix.
pub(super) fn measure(variant: &Variant, shape: [usize; 2]) -> anyhow::Result<Accuracy> {
    let [rows, cols] = shape;
    let ty = TensorType::new(DType::F64, shape);
    let draw = random_tensor(&TensorType::new(DType::F32, shape), 4242, 1.0)?;
    let x = HostTensor::from_f64(DType::F64, shape, &draw.to_f64())?;

    let mut ns = variant.config.muon.newton_schulz.clone();
    ns.dtype = DType::F64;
    let mut b = Builder::new("ns_accuracy");
    let input = b.parameter("x", ty);
    let o = orthogonalize(&mut b, input, &ns)?;
    b.output("o", o)?;
    let graph = b.build()?;
    let out = evaluate(&graph, std::slice::from_ref(&x))?;
    let o = &out
        .first()
        .context("the accuracy graph has no output")?
        .data;

    // Both sides of the comparison work on the short side's Gram matrix.
    let (xs, os) = (oriented(&x.to_f64(), rows, cols), oriented(o, rows, cols));
    let (m, n) = (rows.min(cols), rows.max(cols));
    let max_sigma_error = spectrum::max_sigma_error(o, rows, cols);
    let polar = spectrum::polar_factor_wide(&xs, m, n)
        .context("the accuracy matrix has no unique polar factor")?;
    let diff: f64 = os.iter().zip(&polar).map(|(a, p)| (a - p).powi(2)).sum();
    let norm: f64 = polar.iter().map(|p| p * p).sum();
    Ok(Accuracy {
        shape,
        steps: ns.schedule.len(),
        max_sigma_error,
        polar_rel_error: (diff / norm).sqrt(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reduced_shapes_keep_the_aspect() {
        assert_eq!(reduced_shape([2304, 768]), [192, 64]);
        assert_eq!(reduced_shape([768, 3072]), [64, 256]);
        assert_eq!(reduced_shape([32, 96]), [32, 96]);
    }

    /// The Jacobi polar factor against a Newton–Schulz run to convergence (polar-express-basic,
    /// 40 iterations, whose tail is the classic quintic): two independent routes to `UVᵀ`.
    #[test]
    fn a_converged_iteration_measures_as_exact() {
        use super::super::variants::NsVariant;
        use muon_xla::config::{OptimizerConfig, Preset};
        use muon_xla::transforms::NsSchedule;
        let mut config = OptimizerConfig::preset(Preset::KellerJordan);
        let (list, norm) = NsSchedule::PolarExpressBasic
            .coefficients(Some(40))
            .unwrap();
        config.muon.newton_schulz.schedule = list;
        config.muon.newton_schulz.normalization = norm.unwrap();
        let variant = Variant {
            preset: Preset::KellerJordan,
            dtype: DType::F32,
            ns: NsVariant::Default,
            gemm: muon_xla::pjrt::CpuGemm::Xla,
            config,
        };
        for shape in [[48, 16], [16, 40]] {
            let a = measure(&variant, shape).unwrap();
            assert_eq!(a.steps, 40);
            assert!(a.max_sigma_error < 1e-10, "{shape:?}: {a:?}");
            assert!(a.polar_rel_error < 1e-10, "{shape:?}: {a:?}");
        }
    }
}
