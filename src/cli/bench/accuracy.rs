//! How well each variant orthogonalizes, next to how fast it does: max |σ − 1| of its result and
//! its distance to the exact polar factor, on one small random matrix with the aspect of the
//! bench's first matrix.
//!
//! Computed in f64 by the reference interpreter (`graph::eval`), so the numbers are the
//! iteration's own error (its schedule, start and Gram form), not the rounding of the dtype a row
//! runs in; an f32 and a bf16 row of one schedule get the same numbers. No SVD: the singular values
//! and the polar factor come from a Jacobi eigen-decomposition of the small Gram matrix.

use anyhow::{bail, Context as _};
use muon_xla::graph::eval::evaluate;
use muon_xla::graph::{Builder, DType, TensorType};
use muon_xla::optim::orthogonalize;
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
    let (sigma2, _) = jacobi_eigen(gram(&os, m, n), m);
    let max_sigma_error = sigma2
        .iter()
        .map(|l| (l.max(0.0).sqrt() - 1.0).abs())
        .fold(0.0, f64::max);
    let polar = polar_factor(&xs, m, n)?;
    let diff: f64 = os.iter().zip(&polar).map(|(a, p)| (a - p).powi(2)).sum();
    let norm: f64 = polar.iter().map(|p| p * p).sum();
    Ok(Accuracy {
        shape,
        steps: ns.schedule.len(),
        max_sigma_error,
        polar_rel_error: (diff / norm).sqrt(),
    })
}

/// A row-major `rows × cols` matrix as a wide `min × max` one (transposed when tall): the polar
/// factor and the singular values commute with transposition.
fn oriented(a: &[f64], rows: usize, cols: usize) -> Vec<f64> {
    if rows <= cols {
        return a.to_vec();
    }
    (0..cols)
        .flat_map(|j| (0..rows).map(move |i| a[i * cols + j]))
        .collect()
}

/// `A Aᵀ` of a wide `m × n` matrix.
fn gram(a: &[f64], m: usize, n: usize) -> Vec<f64> {
    let mut g = vec![0.0; m * m];
    for i in 0..m {
        for j in 0..=i {
            let v: f64 = (0..n).map(|k| a[i * n + k] * a[j * n + k]).sum();
            g[i * m + j] = v;
            g[j * m + i] = v;
        }
    }
    g
}

/// The polar factor `(XXᵀ)^{-1/2} X` of a wide `m × n` matrix of full rank.
fn polar_factor(x: &[f64], m: usize, n: usize) -> anyhow::Result<Vec<f64>> {
    let (lambda, v) = jacobi_eigen(gram(x, m, n), m);
    let top = lambda.iter().copied().fold(0.0, f64::max);
    if lambda.iter().any(|&l| l <= top * 1e-24) {
        bail!("the accuracy matrix is rank-deficient; its polar factor is not unique");
    }
    // S = V diag(λ^{-1/2}) Vᵀ, then S·X.
    let mut s = vec![0.0; m * m];
    for i in 0..m {
        for j in 0..m {
            s[i * m + j] = (0..m)
                .map(|k| v[i * m + k] * v[j * m + k] / lambda[k].sqrt())
                .sum();
        }
    }
    let mut p = vec![0.0; m * n];
    for i in 0..m {
        for k in 0..m {
            let sik = s[i * m + k];
            for j in 0..n {
                p[i * n + j] += sik * x[k * n + j];
            }
        }
    }
    Ok(p)
}

/// Eigenvalues and eigenvectors (the columns of the row-major `V`) of a symmetric `n × n`
/// matrix, by cyclic Jacobi rotations until the off-diagonal part is negligible.
fn jacobi_eigen(mut a: Vec<f64>, n: usize) -> (Vec<f64>, Vec<f64>) {
    let mut v = vec![0.0; n * n];
    for i in 0..n {
        v[i * n + i] = 1.0;
    }
    let total: f64 = a.iter().map(|x| x * x).sum();
    for _sweep in 0..100 {
        let off: f64 = (0..n)
            .flat_map(|i| (0..n).filter(move |&j| j != i).map(move |j| (i, j)))
            .map(|(i, j)| a[i * n + j].powi(2))
            .sum();
        if off <= total * 1e-30 {
            break;
        }
        for p in 0..n {
            for q in p + 1..n {
                let apq = a[p * n + q];
                if apq == 0.0 {
                    continue;
                }
                let theta = (a[q * n + q] - a[p * n + p]) / (2.0 * apq);
                let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
                let c = 1.0 / (t * t + 1.0).sqrt();
                let s = t * c;
                for k in 0..n {
                    let (akp, akq) = (a[k * n + p], a[k * n + q]);
                    a[k * n + p] = c * akp - s * akq;
                    a[k * n + q] = s * akp + c * akq;
                }
                for k in 0..n {
                    let (apk, aqk) = (a[p * n + k], a[q * n + k]);
                    a[p * n + k] = c * apk - s * aqk;
                    a[q * n + k] = s * apk + c * aqk;
                }
                for k in 0..n {
                    let (vkp, vkq) = (v[k * n + p], v[k * n + q]);
                    v[k * n + p] = c * vkp - s * vkq;
                    v[k * n + q] = s * vkp + c * vkq;
                }
            }
        }
    }
    ((0..n).map(|i| a[i * n + i]).collect(), v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jacobi_reconstructs_a_symmetric_matrix() {
        let n = 5;
        let b: Vec<f64> = (0..n * n).map(|i| ((i * 7 % 11) as f64) - 5.0).collect();
        let a: Vec<f64> = (0..n * n)
            .map(|k| {
                (0..n)
                    .map(|l| b[(k / n) * n + l] * b[(k % n) * n + l])
                    .sum()
            })
            .collect();
        let (lambda, v) = jacobi_eigen(a.clone(), n);
        for i in 0..n {
            for j in 0..n {
                let r: f64 = (0..n)
                    .map(|k| v[i * n + k] * lambda[k] * v[j * n + k])
                    .sum();
                assert!(
                    (r - a[i * n + j]).abs() < 1e-9,
                    "{i},{j}: {r} vs {}",
                    a[i * n + j]
                );
            }
        }
    }

    #[test]
    fn the_polar_factor_is_orthogonal_and_reduced_shapes_keep_the_aspect() {
        let (m, n) = (3, 6);
        let x: Vec<f64> = (0..m * n)
            .map(|i| ((i * 5 % 7) as f64) - 3.0 + 0.1 * i as f64)
            .collect();
        let p = polar_factor(&x, m, n).unwrap();
        let g = gram(&p, m, n);
        for i in 0..m {
            for j in 0..m {
                let want = if i == j { 1.0 } else { 0.0 };
                assert!(
                    (g[i * m + j] - want).abs() < 1e-10,
                    "{i},{j}: {}",
                    g[i * m + j]
                );
            }
        }
        assert_eq!(reduced_shape([2304, 768]), [192, 64]);
        assert_eq!(reduced_shape([768, 3072]), [64, 256]);
        assert_eq!(reduced_shape([32, 96]), [32, 96]);
    }

    /// The Jacobi polar factor against a Newton–Schulz run to convergence (polar-express-basic,
    /// 40 iterations, whose tail is the classic quintic): two independent routes to `UVᵀ`.
    #[test]
    fn a_converged_iteration_measures_as_exact() {
        use super::super::variants::NsVariant;
        use muon_xla::optim::{NsSchedule, OptimizerConfig, Preset};
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
