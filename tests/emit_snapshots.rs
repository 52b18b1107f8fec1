//! The emitted StableHLO of representative graphs, reviewed as snapshots under tests/snapshots/.
//! Every graph here is also compiled and run by XLA in tests/xla_differential.rs.

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
