//! XLA against the f64 reference interpreter: the snapshotted graphs, a Newton–Schulz
//! orthogonalization, and random graphs.

use crate::graphs;
use crate::xla;

use graphs::{f32t, Rng};
use muon_xla::graph::eval::evaluate;
use muon_xla::graph::CompareDir;
use muon_xla::{Builder, DType, Graph, HostTensor, Value};

/// Runs `graph` under XLA and the interpreter on `inputs`; returns the worst per-output
/// norm-wise relative error ‖xla − ref‖ / max(‖ref‖, tiny).
fn compare(graph: &Graph, inputs: &[HostTensor]) -> f64 {
    let exe = xla::compile(graph);
    let got = exe.execute_host(inputs).expect("XLA execution");
    let want = evaluate(graph, inputs).expect("interpreter");
    assert_eq!(got.len(), want.len());
    let mut worst: f64 = 0.0;
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(g.ty(), &w.ty, "output types differ");
        let g = g.to_f64();
        let diff: f64 = g
            .iter()
            .zip(&w.data)
            .map(|(a, b)| (a - b).powi(2))
            .sum::<f64>()
            .sqrt();
        let norm: f64 = w.data.iter().map(|b| b * b).sum::<f64>().sqrt();
        worst = worst.max(diff / norm.max(1e-30));
    }
    worst
}

fn random_inputs(graph: &Graph, rng: &mut Rng, lo: f64, hi: f64) -> Vec<HostTensor> {
    graph
        .params()
        .iter()
        .map(|p| rng.tensor(&p.ty, lo, hi))
        .collect()
}

#[test]
fn snapshotted_graphs_agree_with_the_interpreter() {
    let mut rng = Rng::new(1);
    let cases: Vec<(Graph, f64, f64, f64)> = vec![
        (graphs::elementwise().unwrap(), 0.5, 2.0, 1e-5),
        (graphs::shapes().unwrap(), -1.0, 1.0, 1e-6),
        (graphs::contractions().unwrap(), -1.0, 1.0, 1e-5),
        (graphs::sgd_in_place(&[2, 3]).unwrap(), -1.0, 1.0, 1e-6),
        (graphs::newton_schulz(4, 6).unwrap(), -1.0, 1.0, 1e-4),
        (graphs::newton_schulz(6, 4).unwrap(), -1.0, 1.0, 1e-4),
    ];
    for (g, lo, hi, tol) in cases {
        let inputs = random_inputs(&g, &mut rng, lo, hi);
        let err = compare(&g, &inputs);
        assert!(err <= tol, "{}: relative error {err:e} > {tol:e}", g.name());
    }
}

#[test]
fn select_and_convert_agree_exactly() {
    // Rounding through bf16/f16 and truncation to i32 are exact operations: XLA must agree
    // bit for bit with the interpreter, with the scalar predicate both true and false.
    let g = graphs::select_and_convert().unwrap();
    let mut rng = Rng::new(2);
    for flag in [0.0, 1.0] {
        let mut inputs = random_inputs(&g, &mut rng, -3.0, 3.0);
        inputs[2] = HostTensor::scalar(DType::Pred, flag);
        let got = xla::compile(&g).execute_host(&inputs).unwrap();
        let want = evaluate(&g, &inputs).unwrap();
        for (i, (a, b)) in got.iter().zip(&want).enumerate() {
            assert_eq!(a.to_f64(), b.data, "output {i} with flag {flag}");
        }
    }
}

#[test]
fn newton_schulz_gpt2_sized_agrees() {
    // One realistic shape (an attention projection scaled down 4x) and its transpose.
    let mut rng = Rng::new(3);
    for (r, c) in [(192, 576), (576, 192)] {
        let g = graphs::newton_schulz(r, c).unwrap();
        let inputs = random_inputs(&g, &mut rng, -1.0, 1.0);
        let err = compare(&g, &inputs);
        assert!(err < 1e-4, "NS {r}x{c}: relative error {err:e}");
    }
}

/// Builds a random graph of elementwise, shape and contraction ops over square matrices.
fn random_graph(rng: &mut Rng, n: usize) -> Graph {
    let mut b = Builder::new("random");
    let mut pool: Vec<Value> = (0..3)
        .map(|i| b.parameter(format!("x{i}"), f32t(&[n, n])))
        .collect();
    for _ in 0..12 {
        let x = pool[rng.below(pool.len())];
        let y = pool[rng.below(pool.len())];
        let v = match rng.below(11) {
            0 => b.add(x, y),
            1 => b.sub(x, y),
            2 => b.mul(x, y),
            3 => b.tanh(x),
            4 => b.matmul(x, y).and_then(|z| b.scale_by(z, 1.0 / n as f64)),
            5 => b.transpose(x, &[1, 0]),
            6 => b.max(x, y),
            7 => {
                let p = b.compare(CompareDir::Lt, x, y).unwrap();
                b.select(p, y, x)
            }
            8 => b
                .reduce_sum(x, &[1])
                .and_then(|s| b.broadcast_in_dim(s, vec![n, n], &[0]))
                .and_then(|s| b.scale_by(s, 1.0 / n as f64)),
            9 => {
                let top = b.slice(x, &[0, 0], &[n / 2, n], &[1, 1]).unwrap();
                let bottom = b.slice(y, &[n / 2, 0], &[n, n], &[1, 1]).unwrap();
                b.concatenate(&[bottom, top], 0)
            }
            _ => b
                .abs(x)
                .and_then(|a| {
                    let one = b.constant_like(1.0, a);
                    b.add(a, one)
                })
                .and_then(|a| b.sqrt(a)),
        };
        pool.push(v.expect("random graph ops are well-typed"));
    }
    let last = *pool.last().unwrap();
    b.output("last", last).unwrap();
    b.output("mid", pool[pool.len() / 2]).unwrap();
    b.build().unwrap()
}

#[test]
fn random_graphs_agree_with_the_interpreter() {
    let mut rng = Rng::new(4);
    for case in 0..8 {
        let g = random_graph(&mut rng, 8);
        let inputs = random_inputs(&g, &mut rng, -1.0, 1.0);
        let err = compare(&g, &inputs);
        assert!(
            err < 1e-5,
            "random graph {case}: relative error {err:e}\n{}",
            muon_xla::emit::emit(&g).unwrap()
        );
    }
}
