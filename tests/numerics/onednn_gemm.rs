//! The oneDNN matmul custom call against XLA's own dot and the f64 interpreter, for every layout
//! (either operand transposed), both dtypes, 2-D and batched operands. oneDNN is provisioned like
//! the plugin (`MUON_XLA_ONEDNN`, the cache, or pip into the cache); a failure to load it fails.

use crate::graphs::Rng;
use crate::xla;

use muon_xla::emit::{emit, emit_with_gemm, GemmCalls, GEMM_TARGET};
use muon_xla::graph::eval::evaluate;
use muon_xla::graph::{DotDims, Precision};
use muon_xla::pjrt::{onednn, CompileOptions, CpuGemm};
use muon_xla::{Builder, DType, Graph, HostTensor, TensorType};

const BOTH: GemmCalls = GemmCalls {
    bf16: true,
    f32: true,
};

/// `out = op(a) · op(b)` with `[batch,] m×k · k×n`, operands stored transposed when asked.
fn product(
    dtype: DType,
    batch: Option<usize>,
    (m, n, k): (usize, usize, usize),
    ta: bool,
    tb: bool,
) -> Graph {
    let lead: Vec<usize> = batch.into_iter().collect();
    let shape = |r: usize, c: usize| [lead.clone(), vec![r, c]].concat();
    let rank = lead.len() + 2;
    let mut b = Builder::new(format!("product_{dtype}_{ta}_{tb}_{}", lead.len()));
    let x = b.parameter(
        "a",
        TensorType::new(dtype, if ta { shape(k, m) } else { shape(m, k) }),
    );
    let y = b.parameter(
        "b",
        TensorType::new(dtype, if tb { shape(n, k) } else { shape(k, n) }),
    );
    let batch_dims: Vec<usize> = (0..lead.len()).collect();
    let dims = DotDims {
        lhs_batch: batch_dims.clone(),
        rhs_batch: batch_dims,
        lhs_contract: vec![if ta { rank - 2 } else { rank - 1 }],
        rhs_contract: vec![if tb { rank - 1 } else { rank - 2 }],
        precision: Precision::Default,
    };
    let z = b.dot_general(x, y, dims).expect("dot");
    b.output("out", z).expect("output");
    b.build().expect("graph")
}

/// Compiles `text` (the program of `graph`) on the test client and runs it on `inputs`.
pub(crate) fn run(text: &str, graph: &Graph, inputs: &[HostTensor]) -> Vec<f64> {
    let exe = xla::client()
        .compile(text, graph.signature(), &CompileOptions::default())
        .unwrap_or_else(|e| panic!("XLA rejected:\n{text}\n{e}"));
    exe.execute_host(inputs).expect("execute")[0].to_f64()
}

fn rel(a: &[f64], b: &[f64]) -> f64 {
    let d: f64 = a
        .iter()
        .zip(b)
        .map(|(x, y)| (x - y).powi(2))
        .sum::<f64>()
        .sqrt();
    d / b.iter().map(|y| y * y).sum::<f64>().sqrt().max(1e-30)
}

#[test]
fn the_custom_call_computes_the_dot_it_stands_for() {
    let calls = onednn::gemm_calls(xla::client(), CpuGemm::OneDnn, BOTH)
        .unwrap_or_else(|e| panic!("oneDNN is required for this test: {e}"));
    let info = onednn::loaded().expect("loaded");
    println!("onednn isa: {} bf16 matmul: {}", info.isa, info.bf16_matmul);
    // bf16 only where oneDNN has a bf16 matmul (not at plain AVX2): there it stays XLA's dot.
    let want = GemmCalls {
        bf16: info.bf16_matmul,
        f32: true,
    };
    assert_eq!(calls, want);
    let mut rng = Rng::new(7);
    for dtype in [DType::F32, DType::BF16] {
        for batch in [None, Some(3)] {
            for (ta, tb) in [(false, false), (false, true), (true, false), (true, true)] {
                let g = product(dtype, batch, (48, 40, 32), ta, tb);
                let inputs: Vec<HostTensor> = g
                    .params()
                    .iter()
                    .map(|p| rng.tensor(&p.ty, -1.0, 1.0))
                    .collect();
                let custom = emit_with_gemm(&g, calls).unwrap();
                assert_eq!(
                    custom.contains(GEMM_TARGET),
                    calls.routes(dtype),
                    "{custom}"
                );
                if !calls.routes(dtype) {
                    continue;
                }
                let plain = emit(&g).unwrap();
                assert!(!plain.contains(GEMM_TARGET));
                let ours = run(&custom, &g, &inputs);
                let xla_dot = run(&plain, &g, &inputs);
                let reference = evaluate(&g, &inputs).unwrap().remove(0).data;
                let label = format!("{dtype} batch {batch:?} transposed ({ta}, {tb})");
                // f32: both accumulate in f32 (1e-6); bf16: one rounding of the result to bf16
                // (2^-9 relative) on top of f32 accumulation of exact bf16 products.
                let tol = if dtype == DType::F32 { 2e-6 } else { 4e-3 };
                let (e_ref, e_xla) = (rel(&ours, &reference), rel(&ours, &xla_dot));
                assert!(
                    e_ref <= tol,
                    "{label}: oneDNN vs f64 reference {e_ref:e} > {tol:e}"
                );
                assert!(
                    e_xla <= tol,
                    "{label}: oneDNN vs XLA's dot {e_xla:e} > {tol:e}"
                );
                eprintln!("{label}: vs reference {e_ref:.2e}, vs XLA {e_xla:.2e}");
            }
        }
    }
}

/// The same products with oneDNN's kernels forced down, as on CPUs without bf16 instructions:
/// AVX-512 without BF16 (oneDNN converts bf16) and AVX2 (oneDNN 3.2 has no bf16 matmul there, so
/// bf16 stays XLA's and f32 runs through the call). In fresh processes, since oneDNN reads
/// `ONEDNN_MAX_CPU_ISA` once.
#[test]
fn the_custom_call_is_right_with_the_isa_forced_down() {
    let names = [
        "onednn_gemm::the_custom_call_computes_the_dot_it_stands_for",
        "onednn_gemm::the_fused_addmm_call_computes_its_ops",
        "onednn_gemm::symmetric_products_by_halves_are_the_whole_products",
        "onednn_rounded::the_rounded_sum_call_rounds_each_term_as_the_ops_do",
    ];
    for (cap, seen) in [
        ("AVX2", &["avx2"][..]),
        ("AVX512_CORE", &["avx512_core", "avx2"][..]),
    ] {
        let out = std::process::Command::new(std::env::current_exe().unwrap())
            .args(names)
            .args(["--exact", "--nocapture", "--test-threads=1"])
            .env("ONEDNN_MAX_CPU_ISA", cap)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{cap}: {text}\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let isa = text
            .lines()
            .find_map(|l| l.split_once("onednn isa: ").map(|(_, rest)| rest))
            .and_then(|l| l.split_whitespace().next())
            .unwrap_or_else(|| panic!("{cap}: no isa line in\n{text}"));
        assert!(seen.contains(&isa), "{cap}: oneDNN ran at {isa}");
        assert!(text.contains("4 passed"), "{text}");
        if isa == "avx2" {
            assert!(text.contains("bf16 matmul: false"), "{text}");
        }
    }
}

/// `torch.addmm`'s line, `round(β·c + α·(a·b))` with the product in f32 (`Builder::addmm`), as
/// one call whose epilogue does the sum, against the same ops through XLA and the interpreter.
#[test]
fn the_fused_addmm_call_computes_its_ops() {
    let calls = onednn::gemm_calls(xla::client(), CpuGemm::OneDnn, BOTH).expect("oneDNN");
    if !calls.bf16 {
        eprintln!("oneDNN has no bf16 matmul at this ISA: nothing to fuse");
        return;
    }
    let mut rng = Rng::new(11);
    for batch in [None, Some(2)] {
        for (alpha, beta) in [(1.0, 3.4445), (2.0315, -4.775)] {
            let lead: Vec<usize> = batch.into_iter().collect();
            let t = |r: usize, c: usize| {
                TensorType::new(DType::BF16, [lead.clone(), vec![r, c]].concat())
            };
            let mut b = Builder::new("addmm");
            let c = b.parameter("c", t(40, 48));
            let x = b.parameter("x", t(40, 96));
            let y = b.parameter("y", t(96, 48));
            let z = b.addmm(c, x, y, alpha, beta).unwrap();
            b.output("out", z).unwrap();
            let g = b.build().unwrap();
            let custom = emit_with_gemm(&g, calls).unwrap();
            assert_eq!(custom.matches(GEMM_TARGET).count(), 1, "{custom}");
            assert!(
                !custom.contains("dot_general") && custom.contains("beta ="),
                "{custom}"
            );
            let inputs: Vec<HostTensor> = g
                .params()
                .iter()
                .map(|p| rng.tensor(&p.ty, -1.0, 1.0))
                .collect();
            let ours = run(&custom, &g, &inputs);
            let xla_ops = run(&emit(&g).unwrap(), &g, &inputs);
            let reference = evaluate(&g, &inputs).unwrap().remove(0).data;
            let label = format!("batch {batch:?} alpha {alpha} beta {beta}");
            // One bf16 rounding of the f32 result on both paths (2^-9); they differ only where
            // f32 sums a last bit apart round to neighbouring bf16 values.
            let (e_ref, e_xla) = (rel(&ours, &reference), rel(&ours, &xla_ops));
            assert!(e_ref <= 4e-3, "{label}: vs reference {e_ref:e}");
            assert!(e_xla <= 1e-3, "{label}: vs XLA's ops {e_xla:e}");
            eprintln!("addmm {label}: vs reference {e_ref:.2e}, vs XLA {e_xla:.2e}");
        }
    }
}

/// A hand-written call with an addend of the wrong shape, without `beta`, or asking for a bf16
/// rounded sum of an f32 result, fails with the handler's message naming the problem (never a
/// crash, never a result).
#[test]
fn a_malformed_call_is_an_error_naming_the_problem() {
    let calls = onednn::gemm_calls(xla::client(), CpuGemm::OneDnn, BOTH).expect("oneDNN");
    assert!(calls.f32);
    let module = |addend: &str, attrs: &str| {
        format!(
            "module @bad {{\n  func.func public @main(%a: tensor<16x32xf32>, %b: tensor<32x16xf32>, \
             %c: {addend}) -> (tensor<16x16xf32>) {{\n    %0 = stablehlo.custom_call @{GEMM_TARGET}(%a, \
             %b, %c) {{backend_config = \"\", mhlo.backend_config = {{{attrs}}}}} : \
             (tensor<16x32xf32>, tensor<32x16xf32>, {addend}) -> tensor<16x16xf32>\n    return %0 : \
             tensor<16x16xf32>\n  }}\n}}\n"
        )
    };
    let t = |r: usize, c: usize| TensorType::new(DType::F32, vec![r, c]);
    for (addend, attrs, want) in [
        (
            "tensor<16x8xf32>",
            "beta = 1.0 : f32",
            "is not of the result's type",
        ),
        (
            "tensor<16x16xf32>",
            "alpha = 2.0 : f32",
            "without a `beta` attribute",
        ),
        (
            "tensor<16x16xf32>",
            "beta = 1.0 : f32, rounded = true",
            "a rounded sum of a result that is not bf16",
        ),
    ] {
        let c_shape = if addend.contains("16x8") {
            t(16, 8)
        } else {
            t(16, 16)
        };
        let sig = muon_xla::Signature {
            inputs: vec![t(16, 32), t(32, 16), c_shape.clone()],
            outputs: vec![t(16, 16)],
            aliases: vec![None; 3],
        };
        let exe = xla::client()
            .compile(&module(addend, attrs), sig, &CompileOptions::default())
            .expect("XLA compiles the call; only the handler knows its meaning");
        let inputs = [
            HostTensor::zeros(t(16, 32)),
            HostTensor::zeros(t(32, 16)),
            HostTensor::zeros(c_shape),
        ];
        let err = exe
            .execute_host(&inputs)
            .expect_err("the handler refuses")
            .to_string();
        assert!(
            err.contains("muon-xla oneDNN matmul") && err.contains(want),
            "{err}"
        );
    }
}

/// Symmetric products, which the handler computes by halves (row stripes of the upper part, the
/// rest mirrored) at sizes where that pays: Newton–Schulz's `X·Xᵀ` (3 stripes at 600 rows),
/// `Xᵀ·X` (2 at 400; its operand transposed into rows first), `A·A`, `(c·A)·A`, and in bf16
/// the torch preset's `b·A + c·A²` as one call with its addend. Each against XLA's own ops and
/// the f64 interpreter, 2-D and batched, and each result exactly symmetric.
#[test]
fn symmetric_products_by_halves_are_the_whole_products() {
    let calls = onednn::gemm_calls(xla::client(), CpuGemm::OneDnn, BOTH).expect("oneDNN");
    let mut rng = Rng::new(13);
    let (m, k) = (600, 400);
    for dtype in [DType::F32, DType::BF16] {
        if !calls.routes(dtype) {
            eprintln!("{dtype}: oneDNN has no matmul for it at this ISA");
            continue;
        }
        for batch in [None, Some(2)] {
            let lead: Vec<usize> = batch.into_iter().collect();
            let rank = lead.len() + 2;
            let mut b = Builder::new(format!("symmetric_{dtype}"));
            let x = b.parameter(
                "x",
                TensorType::new(dtype, [lead.clone(), vec![m, k]].concat()),
            );
            let a = b.gram(x).unwrap();
            let batch_dims: Vec<usize> = (0..lead.len()).collect();
            let columns = DotDims {
                lhs_batch: batch_dims.clone(),
                rhs_batch: batch_dims,
                lhs_contract: vec![rank - 2],
                rhs_contract: vec![rank - 2],
                precision: Precision::Default,
            };
            let at = b.dot_general(x, x, columns).unwrap(); // Xᵀ·X: k×k
            let a2 = b.matmul(a, a).unwrap();
            let ca = b.scale_by(a, 0.5).unwrap();
            let ca_a = b.matmul(ca, a).unwrap();
            let mut outs = vec![("x·xT", a), ("xT·x", at), ("a·a", a2), ("(c·a)·a", ca_a)];
            if dtype == DType::BF16 {
                outs.push(("addmm(a, a, a)", b.addmm(a, a, a, 2.0315, -4.775).unwrap()));
            }
            for (name, v) in &outs {
                b.output(*name, *v).unwrap();
            }
            let g = b.build().unwrap();
            let custom = emit_with_gemm(&g, calls).unwrap();
            assert_eq!(
                custom.matches("symmetric = true").count(),
                outs.len(),
                "every product here is symmetric:\n{custom}"
            );
            let inputs = vec![rng.tensor(&g.params()[0].ty, -1.0, 1.0)];
            let run_all = |text: &str| {
                let exe = xla::client()
                    .compile(text, g.signature(), &CompileOptions::default())
                    .unwrap_or_else(|e| panic!("XLA rejected:\n{text}\n{e}"));
                let outs = exe.execute_host(&inputs).expect("execute");
                outs.iter().map(|t| t.to_f64()).collect::<Vec<_>>()
            };
            let before = onednn::halved_products();
            let ours = run_all(&custom);
            // Other tests of this binary may run products at the same time: at least ours.
            let halved = onednn::halved_products() - before;
            let want = (outs.len() * batch.unwrap_or(1)) as u64;
            assert!(halved >= want, "{halved} products by halves, want {want}");
            let xla_ops = run_all(&emit(&g).unwrap());
            let reference: Vec<Vec<f64>> = evaluate(&g, &inputs)
                .unwrap()
                .into_iter()
                .map(|t| t.data)
                .collect();
            for (i, (name, _)) in outs.iter().enumerate() {
                let label = format!("{dtype} batch {batch:?} {name}");
                let n = if *name == "xT·x" { k } else { m };
                for (j, mat) in ours[i].chunks_exact(n * n).enumerate() {
                    let asymmetric = (0..n)
                        .flat_map(|r| (0..r).map(move |c| (r, c)))
                        .find(|&(r, c)| mat[r * n + c].to_bits() != mat[c * n + r].to_bits());
                    assert_eq!(asymmetric, None, "{label}: matrix {j} not symmetric");
                }
                // f32: accumulation order only. bf16: a product of bf16-rounded products, so
                // a few bf16 ulps of its operand (2^-9 each) on top of the result's rounding.
                let tol = if dtype == DType::F32 { 2e-6 } else { 8e-3 };
                let (e_ref, e_xla) = (rel(&ours[i], &reference[i]), rel(&ours[i], &xla_ops[i]));
                assert!(e_ref <= tol, "{label}: vs reference {e_ref:e} > {tol:e}");
                assert!(e_xla <= tol, "{label}: vs XLA's ops {e_xla:e} > {tol:e}");
                eprintln!("{label}: vs reference {e_ref:.2e}, vs XLA {e_xla:.2e}");
            }
        }
    }
}
