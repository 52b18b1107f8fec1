//! The emitted StableHLO of representative graphs, reviewed as snapshots under tests/snapshots/.
//! Every graph here is also compiled and run by XLA in tests/numerics/xla_differential.rs.

mod graphs;

use muon_xla::emit::emit;

macro_rules! snapshot {
    ($name:ident, $graph:expr) => {
        #[test]
        fn $name() {
            let text = emit(&$graph.unwrap()).unwrap();
            insta::assert_snapshot!(stringify!($name), text);
        }
    };
}

snapshot!(elementwise, graphs::elementwise());
snapshot!(select_and_convert, graphs::select_and_convert());
snapshot!(shapes, graphs::shapes());
snapshot!(contractions, graphs::contractions());
snapshot!(newton_schulz_wide, graphs::newton_schulz(4, 6));
snapshot!(newton_schulz_tall, graphs::newton_schulz(6, 4));
snapshot!(sgd_in_place, graphs::sgd_in_place(&[2, 3]));

#[test]
fn emission_is_deterministic() {
    let a = emit(&graphs::newton_schulz(8, 16).unwrap()).unwrap();
    let b = emit(&graphs::newton_schulz(8, 16).unwrap()).unwrap();
    assert_eq!(a, b);
    assert!(!a.contains("loc("));
}

/// The shape groups of the optimizer: one executable per (route, shape, dtype).
fn group_text(preset: muon_xla::config::Preset, specs: Vec<muon_xla::plan::ParamSpec>) -> String {
    group_text_as(preset, specs, muon_xla::config::Storage::PerParam)
}

fn group_text_as(
    preset: muon_xla::config::Preset,
    specs: Vec<muon_xla::plan::ParamSpec>,
    storage: muon_xla::config::Storage,
) -> String {
    let cfg = muon_xla::config::OptimizerConfig::preset(preset);
    group_text_of(cfg, specs, storage)
}

fn group_text_of(
    mut cfg: muon_xla::config::OptimizerConfig,
    specs: Vec<muon_xla::plan::ParamSpec>,
    storage: muon_xla::config::Storage,
) -> String {
    cfg.muon.newton_schulz.dtype = muon_xla::DType::F32;
    cfg.muon.newton_schulz.schedule.truncate(1); // one iteration keeps the snapshot readable
    let plan = muon_xla::plan::Plan::with_storage(specs, &cfg, storage).unwrap();
    assert_eq!(plan.groups.len(), 1);
    assert_eq!(plan.groups[0].storage, storage);
    emit(&plan.groups[0].graph).unwrap()
}

fn spec(name: &str, shape: &[usize]) -> muon_xla::plan::ParamSpec {
    muon_xla::plan::ParamSpec::new(name, muon_xla::DType::F32, shape.to_vec())
}

#[test]
fn group_square_pair() {
    use muon_xla::config::Preset;
    let text = group_text(Preset::Torch, vec![spec("q", &[4, 4]), spec("k", &[4, 4])]);
    insta::assert_snapshot!("group_square_pair", text);
}

/// The same pair stacked: `stack.momentum` in and out (donated), one `stack.params` result.
#[test]
fn group_square_pair_stacked() {
    use muon_xla::config::{Preset, Storage};
    let specs = vec![spec("q", &[4, 4]), spec("k", &[4, 4])];
    let text = group_text_as(Preset::Torch, specs, Storage::Stacked);
    insta::assert_snapshot!("group_square_pair_stacked", text);
}

/// NorMuon with cautious weight decay, stacked: `stack.second_momentum` (`[2, 16, 1]`, one value
/// per row) in and out (donated) after `stack.momentum`; the mask is a `compare GT` and a `select`.
#[test]
fn group_normuon_cautious_stacked() {
    use muon_xla::config::{OptimizerConfig, Preset, Storage};
    let mut cfg = OptimizerConfig::preset(Preset::Normuon);
    cfg.muon.weight_decay = 0.1;
    cfg.muon.cautious_weight_decay = true;
    // 16 rows: each member's row of the second moments' stack is 64 bytes, so it can stack.
    let specs = vec![spec("q", &[16, 8]), spec("k", &[16, 8])];
    let text = group_text_of(cfg, specs, Storage::Stacked);
    insta::assert_snapshot!("group_normuon_cautious_stacked", text);
}

#[test]
fn group_wide() {
    let text = group_text(
        muon_xla::config::Preset::Moonlight,
        vec![spec("up", &[3, 5])],
    );
    insta::assert_snapshot!("group_wide", text);
}

#[test]
fn group_tall() {
    let text = group_text(muon_xla::config::Preset::Optax, vec![spec("down", &[5, 3])]);
    insta::assert_snapshot!("group_tall", text);
}

#[test]
fn group_conv() {
    let text = group_text(
        muon_xla::config::Preset::KellerJordan,
        vec![spec("conv", &[2, 2, 3, 1])],
    );
    insta::assert_snapshot!("group_conv", text);
}

#[test]
fn group_adam() {
    let text = group_text(muon_xla::config::Preset::Keras, vec![spec("bias", &[4])]);
    insta::assert_snapshot!("group_adam", text);
}

#[test]
fn ns_gram_wide() {
    use muon_xla::transforms::{orthogonalize, GramNs, NewtonSchulz};
    // Three iterations show the accumulated polynomial (iteration 1) and the restart that
    // recomputes X and R from it (before iteration 2).
    let mut ns = NewtonSchulz::keller_jordan(muon_xla::DType::F32);
    ns.schedule.truncate(3);
    ns.gram = Some(GramNs::default());
    let mut b = muon_xla::Builder::new("ns_gram");
    let g = b.parameter("g", graphs::f32t(&[2, 6]));
    let o = orthogonalize(&mut b, g, &ns).unwrap();
    b.output("o", o).unwrap();
    insta::assert_snapshot!("ns_gram_wide", emit(&b.build().unwrap()).unwrap());
}

/// Keller's bf16 Newton–Schulz on a 32×48 matrix in both forms: the plain program (what every
/// exported program is) and the one compiled for a CPU where oneDNN runs the bf16 products, each
/// `dot_general` of matrix size replaced by a call of our handler (the norm's small products
/// stay dots).
#[test]
fn newton_schulz_bf16_plain_and_onednn() {
    use muon_xla::emit::{emit_with_gemm, GemmCalls, GEMM_TARGET};
    use muon_xla::transforms::newton_schulz::{orthogonalize, NewtonSchulz};
    use muon_xla::{Builder, DType, TensorType};
    let mut b = Builder::new("newton_schulz_bf16");
    let g = b.parameter("g", TensorType::new(DType::F32, vec![32, 48]));
    let o = orthogonalize(&mut b, g, &NewtonSchulz::keller_jordan(DType::BF16)).unwrap();
    b.output("o", o).unwrap();
    let graph = b.build().unwrap();
    let plain = emit(&graph).unwrap();
    let calls = GemmCalls {
        bf16: true,
        f32: false,
    };
    let onednn = emit_with_gemm(&graph, calls).unwrap();
    assert_eq!(GemmCalls::wanted_by(&graph), calls);
    assert!(!plain.contains(GEMM_TARGET));
    assert_eq!(
        onednn.matches(GEMM_TARGET).count(),
        15,
        "3 products × 5 iterations"
    );
    assert_eq!(
        onednn.matches("symmetric = true").count(),
        10,
        "X·Xᵀ and A·A are symmetric (computed by halves), B·X is not"
    );
    assert_eq!(
        onednn.matches("rounded = true").count(),
        10,
        "b·A + (c·A)·A and a·X + B·X are each one call, every term rounded as Keller's ops do"
    );
    insta::assert_snapshot!("newton_schulz_bf16_plain", plain);
    insta::assert_snapshot!("newton_schulz_bf16_onednn", onednn);
}

/// The torch preset's bf16 Newton–Schulz (`torch.addmm` per line) on a 32×48 matrix: plain, and
/// with oneDNN, where each `addmm` line (product, scaling, sum, rounding) is one call whose
/// epilogue does the sum, and only the Gram products remain plain calls.
#[test]
fn newton_schulz_bf16_addmm_plain_and_onednn() {
    use muon_xla::emit::{emit_with_gemm, GemmCalls, GEMM_TARGET};
    use muon_xla::transforms::newton_schulz::{orthogonalize, NewtonSchulz, NsRounding};
    use muon_xla::{Builder, DType, TensorType};
    let mut b = Builder::new("newton_schulz_bf16_addmm");
    let g = b.parameter("g", TensorType::new(DType::F32, vec![32, 48]));
    let ns = NewtonSchulz {
        rounding: NsRounding::Addmm,
        ..NewtonSchulz::keller_jordan(DType::BF16)
    };
    let o = orthogonalize(&mut b, g, &ns).unwrap();
    b.output("o", o).unwrap();
    let graph = b.build().unwrap();
    let plain = emit(&graph).unwrap();
    let onednn = emit_with_gemm(
        &graph,
        GemmCalls {
            bf16: true,
            f32: false,
        },
    )
    .unwrap();
    assert_eq!(
        onednn.matches(GEMM_TARGET).count(),
        15,
        "3 calls × 5 iterations"
    );
    assert_eq!(
        onednn.matches("beta =").count(),
        10,
        "2 fused lines × 5 iterations"
    );
    assert_eq!(
        onednn.matches("symmetric = true").count(),
        10,
        "X·Xᵀ and b·A + c·A² are symmetric, B·X + a·X is not"
    );
    assert!(
        !onednn.contains("-> tensor<32x32xf32>"),
        "no f32 product left"
    );
    insta::assert_snapshot!("newton_schulz_bf16_addmm_plain", plain);
    insta::assert_snapshot!("newton_schulz_bf16_addmm_onednn", onednn);
}

/// Keller's bf16 Newton–Schulz on a tall 48×32 matrix: scaled by its norm first, then
/// transposed (the norm's sum of squares reads the matrix in order; transposed first, XLA:CPU
/// materialized the transpose in f32 for it), and transposed back at the end.
#[test]
fn newton_schulz_bf16_tall() {
    use muon_xla::transforms::newton_schulz::{orthogonalize, NewtonSchulz};
    use muon_xla::{Builder, DType, TensorType};
    let mut b = Builder::new("newton_schulz_bf16_tall");
    let g = b.parameter("g", TensorType::new(DType::F32, vec![48, 32]));
    let o = orthogonalize(&mut b, g, &NewtonSchulz::keller_jordan(DType::BF16)).unwrap();
    b.output("o", o).unwrap();
    let text = emit(&b.build().unwrap()).unwrap();
    let first = |op: &str| text.find(op).unwrap_or_else(|| panic!("no {op}"));
    assert!(
        first("stablehlo.divide") < first("stablehlo.transpose"),
        "the scaling comes before the transpose"
    );
    assert_eq!(text.matches("stablehlo.transpose").count(), 2, "in and out");
    insta::assert_snapshot!("newton_schulz_bf16_tall", text);
}
