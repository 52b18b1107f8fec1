//! Orthogonalization quality of each schedule, measured in f64 by the reference interpreter and
//! checked against XLA's f32 result.

mod graphs;
mod xla;

use graphs::{f32t, Rng};
use muon_xla::graph::eval::evaluate;
use muon_xla::optim::{orthogonalize, NewtonSchulz, Normalization, NsSchedule};
use muon_xla::{Builder, DType, Graph};

fn graph(rows: usize, cols: usize, ns: &NewtonSchulz) -> Graph {
    let mut b = Builder::new("ns");
    let g = b.parameter("g", f32t(&[rows, cols]));
    let o = orthogonalize(&mut b, g, ns).unwrap();
    b.output("o", o).unwrap();
    b.build().unwrap()
}

/// Largest |σ − 1| over the singular values of `o` (rows ≤ cols), from the eigenvalues of o oᵀ
/// by Jacobi rotations (f64).
fn max_sigma_error(o: &[f64], rows: usize, cols: usize) -> f64 {
    let mut a = vec![0.0; rows * rows];
    for i in 0..rows {
        for j in 0..rows {
            a[i * rows + j] = (0..cols).map(|k| o[i * cols + k] * o[j * cols + k]).sum();
        }
    }
    for _sweep in 0..50 {
        for p in 0..rows {
            for q in p + 1..rows {
                let apq = a[p * rows + q];
                if apq.abs() < 1e-15 {
                    continue;
                }
                let theta = (a[q * rows + q] - a[p * rows + p]) / (2.0 * apq);
                let t = theta.signum() / (theta.abs() + (theta * theta + 1.0).sqrt());
                let c = 1.0 / (t * t + 1.0).sqrt();
                let s = t * c;
                for k in 0..rows {
                    let (akp, akq) = (a[k * rows + p], a[k * rows + q]);
                    a[k * rows + p] = c * akp - s * akq;
                    a[k * rows + q] = s * akp + c * akq;
                }
                for k in 0..rows {
                    let (apk, aqk) = (a[p * rows + k], a[q * rows + k]);
                    a[p * rows + k] = c * apk - s * aqk;
                    a[q * rows + k] = s * apk + c * aqk;
                }
            }
        }
    }
    (0..rows)
        .map(|i| (a[i * rows + i].max(0.0).sqrt() - 1.0).abs())
        .fold(0.0, f64::max)
}

fn ns_for(schedule: NsSchedule, steps: Option<usize>) -> NewtonSchulz {
    let (list, norm) = schedule.coefficients(steps).unwrap();
    NewtonSchulz {
        schedule: list,
        normalization: norm.unwrap_or(Normalization::frobenius(1e-7)),
        dtype: DType::F32,
    }
}

#[test]
fn schedules_reach_their_documented_singular_value_ranges() {
    let (rows, cols) = (16, 48);
    let mut rng = Rng::new(21);
    let input = rng.tensor(&f32t(&[rows, cols]), -1.0, 1.0);
    let mut errors = Vec::new();
    for (schedule, steps, bound) in [
        // Keller's triple stops in about [0.68, 1.13] by design.
        (NsSchedule::KellerJordan, None, 0.33),
        (NsSchedule::Dion, None, 0.05),
        (NsSchedule::PolarExpress, None, 0.2),
        (NsSchedule::PolarExpressBasic, Some(8), 1e-3),
    ] {
        let g = graph(rows, cols, &ns_for(schedule, steps));
        let want = &evaluate(&g, std::slice::from_ref(&input)).unwrap()[0];
        let err = max_sigma_error(&want.data, rows, cols);
        eprintln!("{}: max |σ-1| = {err:.4}", schedule.name());
        assert!(err < bound, "{}: max |σ-1| = {err}", schedule.name());
        // XLA's f32 run of the same graph agrees with the f64 interpreter.
        let got = xla::compile(&g)
            .execute_host(std::slice::from_ref(&input))
            .unwrap()[0]
            .to_f64();
        let diff: f64 = got
            .iter()
            .zip(&want.data)
            .map(|(a, b)| (a - b).powi(2))
            .sum::<f64>()
            .sqrt();
        let norm: f64 = want.data.iter().map(|b| b * b).sum::<f64>().sqrt();
        assert!(
            diff / norm < 1e-4,
            "{}: XLA vs f64 {:e}",
            schedule.name(),
            diff / norm
        );
        errors.push(err);
    }
    assert!(
        errors[3] < errors[0],
        "Polar Express (8 steps) must beat Keller's quintic: {errors:?}"
    );
}
