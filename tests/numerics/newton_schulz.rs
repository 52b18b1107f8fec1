//! Orthogonalization quality of each schedule, measured in f64 by the reference interpreter and
//! checked against XLA's f32 result.

use crate::graphs;
use crate::xla;

use graphs::{f32t, Rng};
use muon_xla::graph::eval::evaluate;
use muon_xla::transforms::newton_schulz::spectrum::max_sigma_error;
use muon_xla::transforms::{orthogonalize, NewtonSchulz, Normalization, NsSchedule};
use muon_xla::{Builder, DType, Graph};

fn graph(rows: usize, cols: usize, ns: &NewtonSchulz) -> Graph {
    let mut b = Builder::new("ns");
    let g = b.parameter("g", f32t(&[rows, cols]));
    let o = orthogonalize(&mut b, g, ns).unwrap();
    b.output("o", o).unwrap();
    b.build().unwrap()
}

fn ns_for(schedule: NsSchedule, steps: Option<usize>) -> NewtonSchulz {
    let (list, norm) = schedule.coefficients(steps).unwrap();
    NewtonSchulz {
        schedule: list,
        normalization: norm.unwrap_or(Normalization::frobenius(1e-7)),
        dtype: DType::F32,
        gram: None,
        precision: Default::default(),
        rounding: Default::default(),
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
        // 4 iterations from AOL's row scaling.
        (NsSchedule::DionFast, None, 0.1),
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
