//! The handler's `rounded` sum, `r(r(c·β) + r(r(a·b)·α))` in bf16 (Keller's `a·X + B·X`, each
//! term rounded before the sum), against XLA's own ops (bit for bit where the product is exact:
//! XLA rounds every bf16 op, our programs forbidding excess precision) and the f64 interpreter
//! (which rounds only at converts: within bf16's step).

use crate::graphs::Rng;
use crate::onednn_gemm::run;
use crate::xla;

use muon_xla::emit::{emit, emit_with_gemm, GemmCalls, GEMM_TARGET};
use muon_xla::graph::eval::evaluate;
use muon_xla::pjrt::{onednn, CpuGemm};
use muon_xla::{Builder, DType, Graph, HostTensor, TensorType};

const BF16: GemmCalls = GemmCalls {
    bf16: true,
    f32: false,
};

/// `add(scale_by_f32(c, β), [scale_by_f32(]a·b[, α)])` in bf16, the sum's operands in either
/// order; `batch` leading matrices.
fn rounded_sum(batch: Option<usize>, alpha: f64, beta: f64, product_first: bool) -> Graph {
    let lead: Vec<usize> = batch.into_iter().collect();
    let t = |r: usize, c: usize| TensorType::new(DType::BF16, [lead.clone(), vec![r, c]].concat());
    let mut b = Builder::new("rounded_sum");
    let c = b.parameter("c", t(40, 48));
    let x = b.parameter("x", t(40, 32));
    let y = b.parameter("y", t(32, 48));
    let s = b.scale_by_f32(c, beta).unwrap();
    let mut p = b.matmul(x, y).unwrap();
    if alpha != 1.0 {
        p = b.scale_by_f32(p, alpha).unwrap();
    }
    let z = match product_first {
        true => b.add(p, s),
        false => b.add(s, p),
    }
    .unwrap();
    b.output("out", z).unwrap();
    b.build().unwrap()
}

#[test]
fn the_rounded_sum_call_rounds_each_term_as_the_ops_do() {
    let calls = onednn::gemm_calls(xla::client(), CpuGemm::OneDnn, BF16).expect("oneDNN");
    if !calls.bf16 {
        eprintln!("oneDNN has no bf16 matmul at this ISA: nothing to fuse");
        return;
    }
    let mut rng = Rng::new(5);
    for batch in [None, Some(3)] {
        for (alpha, beta, product_first) in [(1.0, 3.4445, false), (2.0315, -4.775, true)] {
            let g = rounded_sum(batch, alpha, beta, product_first);
            let custom = emit_with_gemm(&g, calls).unwrap();
            assert_eq!(custom.matches(GEMM_TARGET).count(), 1, "{custom}");
            assert!(
                custom.contains("rounded = true") && !custom.contains("dot_general"),
                "{custom}"
            );
            let label = format!("batch {batch:?} alpha {alpha} beta {beta}");
            // Small integers: every product is exact (|a·b| ≤ 128 < 2^8), so only the scalings
            // and the sum round, in the same f32 steps as XLA's ops: equal bit for bit.
            let ints: Vec<HostTensor> = g
                .params()
                .iter()
                .map(|p| {
                    let n = p.ty.num_elements();
                    let v: Vec<f64> = (0..n).map(|_| rng.below(5) as f64 - 2.0).collect();
                    HostTensor::from_f64(p.ty.dtype, p.ty.shape.clone(), &v).unwrap()
                })
                .collect();
            let ours = run(&custom, &g, &ints);
            assert_eq!(
                ours,
                run(&emit(&g).unwrap(), &g, &ints),
                "{label}: XLA's ops"
            );
            let reference = evaluate(&g, &ints).unwrap().remove(0).data;
            let step = ours
                .iter()
                .zip(&reference)
                .map(|(a, b)| (a - b).abs() / b.abs().max(1.0))
                .fold(0.0, f64::max);
            assert!(
                step <= 2f64.powi(-7),
                "{label}: vs the interpreter {step:e}"
            );
            // Real numbers: the products differ from XLA's dot in f32 summation order only.
            let real: Vec<HostTensor> = g
                .params()
                .iter()
                .map(|p| rng.tensor(&p.ty, -1.0, 1.0))
                .collect();
            let ours = run(&custom, &g, &real);
            let xla_ops = run(&emit(&g).unwrap(), &g, &real);
            let near = ours.iter().zip(&xla_ops).filter(|(a, b)| a == b).count();
            assert!(
                near * 10 >= ours.len() * 9,
                "{label}: {near} of {} equal to XLA's ops",
                ours.len()
            );
            let worst = ours
                .iter()
                .zip(&xla_ops)
                .map(|(a, b)| (a - b).abs() / b.abs().max(1e-3))
                .fold(0.0, f64::max);
            assert!(worst <= 2f64.powi(-6), "{label}: {worst:e}");
        }
    }
}
