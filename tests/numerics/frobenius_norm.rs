//! `Builder::frobenius_norm_last2`, the norm that scales Newton–Schulz's input, run through XLA
//! against an exact f64 sum, at the sizes real models have. It is two dots (rows, then the row
//! sums) rather than a reduction, for compile time; a single dot over all `m·n` elements summed
//! them nearly in sequence and was off by 6e-4 at 768×3072 and 1e-2 at 2048×8192, so these sizes
//! are where a regression would show.

use crate::xla;

use muon_xla::graph::eval::evaluate;
use muon_xla::{Builder, DType, HostTensor, TensorType};

/// Uniform values in [-1, 1) from a fixed-seed generator (positive squares: the worst case for
/// accumulated rounding, every addition grows the sum).
fn uniform(n: usize, seed: u64) -> Vec<f64> {
    let mut s = seed;
    (0..n)
        .map(|_| {
            s = s
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((s >> 40) as f64 / (1u64 << 24) as f64 - 0.5) * 2.0
        })
        .collect()
}

fn norm_graph(ty: &TensorType) -> muon_xla::Graph {
    let mut b = Builder::new("frobenius_norm");
    let x = b.parameter("x", ty.clone());
    let n = b.frobenius_norm_last2(x).unwrap();
    b.output("norm", n).unwrap();
    b.build().unwrap()
}

/// Per matrix over the last two axes, in f64 from the values as given.
fn exact_norms(values: &[f64], shape: &[usize]) -> Vec<f64> {
    let per: usize = shape[shape.len().saturating_sub(2)..].iter().product();
    values
        .chunks(per)
        .map(|m| m.iter().map(|v| v * v).sum::<f64>().sqrt())
        .collect()
}

#[test]
fn f32_norm_in_xla_matches_the_exact_sum_at_model_sizes() {
    let shapes: [&[usize]; 5] = [
        &[768, 3072],
        &[3072, 768],
        &[12, 768, 3072],
        &[2048, 8192],
        &[2, 3, 64, 96],
    ];
    for (i, shape) in shapes.into_iter().enumerate() {
        let ty = TensorType::new(DType::F32, shape.to_vec());
        let x = HostTensor::from_f64(
            DType::F32,
            shape.to_vec(),
            &uniform(ty.num_elements(), i as u64),
        )
        .unwrap();
        let exact = exact_norms(&x.to_f64(), shape);
        let got = xla::compile(&norm_graph(&ty))
            .execute_host(std::slice::from_ref(&x))
            .unwrap()[0]
            .clone();
        let mut keep = shape.to_vec();
        let r = keep.len();
        keep[r - 2..].fill(1);
        assert_eq!(got.ty().shape.as_slice(), keep.as_slice(), "{shape:?}");
        let got = got.to_f64();
        assert_eq!(got.len(), exact.len());
        let worst = got
            .iter()
            .zip(&exact)
            .map(|(g, e)| ((g - e) / e).abs())
            .fold(0.0, f64::max);
        eprintln!("{shape:?}: max relative error {worst:.2e}");
        assert!(worst < 2e-6, "{shape:?}: relative error {worst:e}");
    }
}

/// `sum_of_squares` over whole tensors, as gradient clipping uses it: a conv kernel (rows of
/// 576), a long vector (one row), a tall matrix.
#[test]
fn f32_sum_of_squares_of_whole_tensors_matches_the_exact_sum() {
    let shapes: [&[usize]; 4] = [&[64, 64, 3, 3], &[50257], &[3072, 768], &[7, 1, 5]];
    for (i, shape) in shapes.into_iter().enumerate() {
        let ty = TensorType::new(DType::F32, shape.to_vec());
        let x = HostTensor::from_f64(
            DType::F32,
            shape.to_vec(),
            &uniform(ty.num_elements(), 50 + i as u64),
        )
        .unwrap();
        let exact: f64 = x.to_f64().iter().map(|v| v * v).sum();
        let mut b = Builder::new("sum_of_squares");
        let p = b.parameter("x", ty.clone());
        let s = b.sum_of_squares(p, 0).unwrap();
        b.output("s", s).unwrap();
        let got = xla::compile(&b.build().unwrap())
            .execute_host(std::slice::from_ref(&x))
            .unwrap()[0]
            .clone();
        assert!(got.ty().shape.is_empty(), "{shape:?}: a scalar");
        let rel = ((got.to_f64()[0] - exact) / exact).abs();
        eprintln!("{shape:?}: relative error {rel:.2e}");
        assert!(rel < 2e-6, "{shape:?}: relative error {rel:e}");
    }
}

/// The reference interpreter computes the same norm in f64 to rounding, for every rank the
/// optimizer passes (a matrix, a stack of matrices, a conv kernel's leading axes).
#[test]
fn f64_norm_matches_the_exact_sum_in_the_reference_interpreter() {
    let shapes: [&[usize]; 3] = [&[5, 7], &[3, 5, 7], &[2, 3, 4, 5]];
    for (i, shape) in shapes.into_iter().enumerate() {
        let ty = TensorType::new(DType::F64, shape.to_vec());
        let values = uniform(ty.num_elements(), 100 + i as u64);
        let x = HostTensor::from_f64(DType::F64, shape.to_vec(), &values).unwrap();
        let got = &evaluate(&norm_graph(&ty), &[x]).unwrap()[0].data;
        let exact = exact_norms(&values, shape);
        for (g, e) in got.iter().zip(&exact) {
            assert!(((g - e) / e).abs() < 1e-14, "{shape:?}: {g} vs {e}");
        }
    }
}
