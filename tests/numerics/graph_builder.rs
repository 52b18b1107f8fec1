//! Trace-time checks of the builder and hand-computed numbers from the reference interpreter.

use crate::graphs;

use graphs::f32t;
use muon_xla::graph::eval::evaluate;
use muon_xla::graph::{CompareDir, DotDims};
use muon_xla::{Builder, DType, Error, HostTensor, TensorType};

fn message(e: Error) -> String {
    e.to_string()
}

#[test]
fn binary_op_shape_mismatch_names_op_and_both_shapes() {
    let mut b = Builder::new("t");
    let x = b.parameter("x", f32t(&[2, 3]));
    let y = b.parameter("y", f32t(&[3, 2]));
    let err = b.add(x, y).unwrap_err();
    assert!(matches!(err, Error::Shape { .. }));
    let msg = message(err);
    assert!(
        msg.contains("add") && msg.contains("[2, 3]") && msg.contains("[3, 2]"),
        "{msg}"
    );
}

#[test]
fn binary_op_dtype_mismatch_is_a_dtype_error() {
    let mut b = Builder::new("t");
    let x = b.parameter("x", f32t(&[2]));
    let y = b.parameter("y", TensorType::new(DType::BF16, vec![2]));
    let msg = message(b.mul(x, y).unwrap_err());
    assert!(
        msg.contains("multiply") && msg.contains("f32") && msg.contains("bf16"),
        "{msg}"
    );
}

#[test]
fn dot_general_contracting_mismatch_is_reported() {
    let mut b = Builder::new("t");
    let x = b.parameter("x", f32t(&[2, 3]));
    let y = b.parameter("y", f32t(&[4, 5]));
    let msg = message(b.matmul(x, y).unwrap_err());
    assert!(
        msg.contains("dot_general") && msg.contains("[2, 3]") && msg.contains("[4, 5]"),
        "{msg}"
    );
    let bad = DotDims {
        lhs_contract: vec![7],
        rhs_contract: vec![0],
        ..DotDims::default()
    };
    assert!(b.dot_general(x, y, bad).is_err());
}

#[test]
fn shape_ops_reject_invalid_arguments() {
    let mut b = Builder::new("t");
    let x = b.parameter("x", f32t(&[2, 3]));
    assert!(b.reshape(x, vec![5]).is_err());
    assert!(b.transpose(x, &[0, 0]).is_err());
    assert!(b.transpose(x, &[0]).is_err());
    assert!(b.slice(x, &[0, 0], &[3, 3], &[1, 1]).is_err());
    assert!(b.slice(x, &[0, 0], &[2, 3], &[1, 0]).is_err());
    assert!(b.broadcast_in_dim(x, vec![2, 4], &[0, 1]).is_err());
    assert!(b.broadcast_in_dim(x, vec![2, 3], &[1, 0]).is_err());
    assert!(b.reduce_sum(x, &[2]).is_err());
    assert!(b.reduce_sum(x, &[0, 0]).is_err());
    let y = b.parameter("y", f32t(&[2, 4]));
    assert!(b.concatenate(&[x, y], 0).is_err());
    assert_eq!(
        b.concatenate(&[x, y], 1).map(|v| b.shape(v).to_vec()).ok(),
        Some(vec![2, 7])
    );
    assert!(b.concatenate(&[], 0).is_err());
    assert!(b.iota(f32t(&[3]), 1).is_err());
    let p = b.compare(CompareDir::Lt, x, x).unwrap();
    assert!(b.select(p, x, y).is_err());
    assert!(b.sqrt(p).is_err(), "sqrt of pred must be refused");
}

#[test]
fn donation_requires_matching_types_and_unique_results() {
    let mut b = Builder::new("t");
    let x = b.parameter("x", f32t(&[2]));
    let y = b.parameter("y", f32t(&[3]));
    let s = b.add(x, x).unwrap();
    let out = b.output("s", s).unwrap();
    assert!(b.donate(y, out).is_err());
    assert!(b.donate(x, 5).is_err());
    assert!(b.donate(s, out).is_err(), "only parameters can be donated");
    b.donate(x, out).unwrap();
    let z = b.parameter("z", f32t(&[2]));
    assert!(
        b.donate(z, out).is_err(),
        "a result aliases one argument at most"
    );
    let sig = b.build().unwrap().signature();
    assert_eq!(sig.aliases, vec![Some(0), None, None]);
}

#[test]
fn empty_graph_is_refused() {
    let mut b = Builder::new("t");
    b.parameter("x", f32t(&[2]));
    assert!(b.build().is_err());
}

#[test]
fn interpreter_matches_hand_computation() {
    // [[1,2],[3,4]] @ [[5,6],[7,8]] = [[19,22],[43,50]]; row sums; transpose; slice; max.
    let mut b = Builder::new("hand");
    let x = b.parameter("x", f32t(&[2, 2]));
    let y = b.parameter("y", f32t(&[2, 2]));
    let z = b.matmul(x, y).unwrap();
    let s = b.reduce_sum(z, &[1]).unwrap();
    let t = b.transpose(z, &[1, 0]).unwrap();
    let m = b.reduce_max(x, &[0]).unwrap();
    let sl = b.slice(t, &[1, 0], &[2, 2], &[1, 1]).unwrap();
    for (name, v) in [("z", z), ("s", s), ("t", t), ("m", m), ("sl", sl)] {
        b.output(name, v).unwrap();
    }
    let g = b.build().unwrap();
    let xs = HostTensor::from_f32([2, 2], &[1., 2., 3., 4.]).unwrap();
    let ys = HostTensor::from_f32([2, 2], &[5., 6., 7., 8.]).unwrap();
    let out = evaluate(&g, &[xs, ys]).unwrap();
    assert_eq!(out[0].data, vec![19., 22., 43., 50.]);
    assert_eq!(out[1].data, vec![41., 93.]);
    assert_eq!(out[2].data, vec![19., 43., 22., 50.]);
    assert_eq!(out[3].data, vec![3., 4.]);
    assert_eq!(out[4].data, vec![22., 50.]);
}

#[test]
fn interpreter_broadcast_concat_iota_and_convert() {
    let mut b = Builder::new("misc");
    let v = b.parameter("v", f32t(&[3]));
    let bv = b.broadcast_in_dim(v, vec![2, 3], &[1]).unwrap();
    let io = b.iota(f32t(&[2, 3]), 0).unwrap();
    let c = b.concatenate(&[bv, io], 1).unwrap();
    let half = b.convert(v, DType::BF16).unwrap();
    let i = b.convert(v, DType::I32).unwrap();
    b.output("c", c).unwrap();
    b.output("h", half).unwrap();
    b.output("i", i).unwrap();
    let g = b.build().unwrap();
    let vs = HostTensor::from_f32([3], &[1.0, -2.7, 1.0 + 1.0 / 512.0]).unwrap();
    let out = evaluate(&g, &[vs]).unwrap();
    assert_eq!(
        out[0].data,
        vec![
            1.,
            -2.7f32 as f64,
            out[0].data[2],
            0.,
            0.,
            0.,
            1.,
            -2.7f32 as f64,
            out[0].data[8],
            1.,
            1.,
            1.
        ]
    );
    // bf16 keeps 8 significant bits: 1 + 1/512 rounds to 1, -2.7 to -2.703125.
    assert_eq!(out[1].data, vec![1.0, -2.703125, 1.0]);
    assert_eq!(out[2].data, vec![1.0, -2.0, 1.0]);
}

#[test]
fn interpreter_checks_its_arguments() {
    let g = graphs::sgd_in_place(&[2]).unwrap();
    let wrong = HostTensor::from_f32([3], &[1., 2., 3.]).unwrap();
    let ok = HostTensor::from_f32([2], &[1., 2.]).unwrap();
    let lr = HostTensor::scalar(DType::F32, 0.5);
    let msg = evaluate(&g, &[wrong, ok.clone(), lr.clone()])
        .unwrap_err()
        .to_string();
    assert!(msg.contains("argument 0") && msg.contains("`p`"), "{msg}");
    assert!(evaluate(&g, std::slice::from_ref(&ok)).is_err());
    let out = evaluate(&g, &[ok.clone(), ok, lr]).unwrap();
    assert_eq!(out[0].data, vec![0.5, 1.0]);
}

#[test]
fn newton_schulz_in_f64_orthogonalizes() {
    // In exact arithmetic the Keller iteration leaves singular values in ~[0.68, 1.13]: check
    // that X Xᵀ of the result is near the identity for a wide and a tall random matrix.
    for (rows, cols) in [(8, 24), (24, 8)] {
        let g = graphs::newton_schulz(rows, cols).unwrap();
        let mut rng = graphs::Rng::new(7);
        let u = rng.tensor(&f32t(&[rows, cols]), -1.0, 1.0);
        let o = &evaluate(&g, &[u]).unwrap()[0];
        assert_eq!(o.shape(), &[rows, cols]);
        let (m, n) = (rows.min(cols), rows.max(cols));
        let at = |i: usize, j: usize| {
            if rows <= cols {
                o.data[i * cols + j]
            } else {
                o.data[j * cols + i]
            }
        };
        for i in 0..m {
            for j in 0..m {
                let dot: f64 = (0..n).map(|k| at(i, k) * at(j, k)).sum();
                if i == j {
                    assert!(
                        (0.68f64.powi(2) - 0.05..1.13f64.powi(2) + 0.05).contains(&dot),
                        "diag {dot}"
                    );
                } else {
                    assert!(dot.abs() < 0.3, "off-diagonal {dot}");
                }
            }
        }
    }
}
