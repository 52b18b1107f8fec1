//! QK-clip against hand-derived float64 expectations, through XLA and the interpreter.

use crate::xla;

use muon_xla::graph::eval::evaluate;
use muon_xla::transforms::qk_clip::{
    eta, scale_heads, Exponent, HeadBlock, HeadLayout, QkClipConfig,
};
use muon_xla::{Builder, DType, HostTensor, TensorType};

/// Runs `scale_heads` on `w` (`rows × cols`, values 1..) and returns (XLA, interpreter) results.
fn run(
    shape: [usize; 2],
    layout: &HeadLayout,
    logits: &[f64],
    per_group: usize,
    tau: f64,
) -> (Vec<f64>, Vec<f64>, Vec<f64>) {
    let mut b = Builder::new("qk_clip");
    let w = b.parameter("w", TensorType::new(DType::F32, shape.to_vec()));
    let s = b.parameter(
        "max_logits",
        TensorType::new(DType::F32, vec![logits.len()]),
    );
    let t = b.parameter("tau", TensorType::scalar(DType::F32));
    let e = eta(&mut b, s, t, per_group).unwrap();
    let out = scale_heads(&mut b, w, e, layout, QkClipConfig::default()).unwrap();
    b.output("w", out).unwrap();
    let g = b.build().unwrap();
    let n = shape[0] * shape[1];
    let w0: Vec<f64> = (0..n).map(|i| 1.0 + i as f64 / 8.0).collect();
    let inputs = vec![
        HostTensor::from_f64(DType::F32, shape.to_vec(), &w0).unwrap(),
        HostTensor::from_f64(DType::F32, vec![logits.len()], logits).unwrap(),
        HostTensor::scalar(DType::F32, tau),
    ];
    let xla_out = xla::compile(&g).execute_host(&inputs).unwrap()[0].to_f64();
    let interp = evaluate(&g, &inputs).unwrap()[0].data.clone();
    (w0, xla_out, interp)
}

fn assert_rows(
    w0: &[f64],
    got: &[f64],
    cols: usize,
    row_factor: impl Fn(usize) -> f64,
    what: &str,
) {
    for (i, (&a, &g)) in w0.iter().zip(got).enumerate() {
        let f = row_factor(i / cols);
        if f == 1.0 {
            assert_eq!(
                g.to_bits(),
                a.to_bits(),
                "{what}: element {i} must be bit-for-bit unchanged"
            );
        } else {
            let want = a * f;
            assert!(
                ((g - want) / want).abs() < 2e-7,
                "{what}: element {i}: {g} vs {want}"
            );
        }
    }
}

#[test]
fn multi_head_query_and_key() {
    // 4 heads of dim 2; S = [50, 100 (exactly τ: untouched), 150, 400].
    let logits = [50.0, 100.0, 150.0, 400.0];
    let eta = |h: usize| {
        if logits[h] > 100.0 {
            100.0 / logits[h]
        } else {
            1.0
        }
    };
    for (block, power) in [
        (HeadBlock::query(4, 4, 2), 0.5),
        (HeadBlock::key(4, 2), 0.5),
    ] {
        let layout = HeadLayout {
            axis: 0,
            blocks: vec![block],
        };
        let (w0, got, interp) = run([8, 3], &layout, &logits, 1, 100.0);
        assert_rows(&w0, &got, 3, |r| f64::powf(eta(r / 2), power), "XLA");
        assert_rows(
            &w0,
            &interp,
            3,
            |r| f64::powf(eta(r / 2), power),
            "interpreter",
        );
    }
}

#[test]
fn grouped_query_attention_takes_the_group_max() {
    // 4 query heads in 2 KV groups; group 0 max 120 -> η = 100/120; group 1 max 90 -> 1.
    let logits = [50.0, 120.0, 90.0, 80.0];
    let eta = [100.0 / 120.0, 1.0];
    let q = HeadLayout {
        axis: 0,
        blocks: vec![HeadBlock::query(4, 2, 2)],
    };
    let (w0, got, _) = run([8, 3], &q, &logits, 2, 100.0);
    assert_rows(&w0, &got, 3, |r| f64::sqrt(eta[(r / 2) / 2]), "GQA query");
    let k = HeadLayout {
        axis: 0,
        blocks: vec![HeadBlock::key(2, 2)],
    };
    let (w0, got, _) = run([4, 3], &k, &logits, 2, 100.0);
    assert_rows(&w0, &got, 3, |r| f64::sqrt(eta[r / 2]), "GQA key");
}

#[test]
fn mla_parts_get_their_own_powers() {
    // 2 heads; q: [q_C 2 rows, q_R 1 row] per head; kv_b: [k_C 2 rows, v 2 rows] per head.
    let logits = [400.0, 10.0];
    let eta: [f64; 2] = [0.25, 1.0];
    let q = HeadLayout {
        axis: 0,
        blocks: vec![HeadBlock {
            heads: 2,
            heads_per_eta: 1,
            segments: vec![(2, Exponent::Alpha), (1, Exponent::Full)],
        }],
    };
    let (w0, got, _) = run([6, 2], &q, &logits, 1, 100.0);
    assert_rows(
        &w0,
        &got,
        2,
        |r| {
            if r % 3 < 2 {
                eta[r / 3].sqrt()
            } else {
                eta[r / 3]
            }
        },
        "MLA q",
    );
    let kv = HeadLayout {
        axis: 0,
        blocks: vec![HeadBlock {
            heads: 2,
            heads_per_eta: 1,
            segments: vec![(2, Exponent::OneMinusAlpha), (2, Exponent::None)],
        }],
    };
    let (w0, got, _) = run([8, 2], &kv, &logits, 1, 100.0);
    assert_rows(
        &w0,
        &got,
        2,
        |r| if r % 4 < 2 { eta[r / 4].sqrt() } else { 1.0 },
        "MLA kv",
    );
}

#[test]
fn fused_qkv_in_in_out_layout() {
    // (in, out) kernel: heads along axis 1; q 2 heads, k 2, v 2, head dim 1.
    let logits = [200.0, 50.0];
    let layout = HeadLayout {
        axis: 1,
        blocks: vec![
            HeadBlock::query(2, 2, 1),
            HeadBlock::key(2, 1),
            HeadBlock::value(2, 1),
        ],
    };
    let (w0, got, _) = run([3, 6], &layout, &logits, 1, 100.0);
    let col_factor = [0.5f64.sqrt(), 1.0, 0.5f64.sqrt(), 1.0, 1.0, 1.0];
    for (i, (&a, &g)) in w0.iter().zip(&got).enumerate() {
        let f = col_factor[i % 6];
        if f == 1.0 {
            assert_eq!(a.to_bits(), g.to_bits(), "element {i}");
        } else {
            assert!(
                ((g - a * f) / (a * f)).abs() < 2e-7,
                "element {i}: {g} vs {}",
                a * f
            );
        }
    }
}

#[test]
fn all_heads_under_tau_leave_the_weight_bit_for_bit() {
    let layout = HeadLayout {
        axis: 0,
        blocks: vec![HeadBlock::query(4, 4, 2)],
    };
    let (w0, got, interp) = run([8, 5], &layout, &[1.0, 99.9, 100.0, -5.0], 1, 100.0);
    assert_eq!(w0, got);
    assert_eq!(w0, interp);
}

#[test]
fn mismatched_layouts_are_refused() {
    let mut b = Builder::new("bad");
    let w = b.parameter("w", TensorType::new(DType::F32, vec![7, 3]));
    let s = b.parameter("s", TensorType::new(DType::F32, vec![4]));
    let t = b.parameter("t", TensorType::scalar(DType::F32));
    let e = eta(&mut b, s, t, 1).unwrap();
    let layout = HeadLayout {
        axis: 0,
        blocks: vec![HeadBlock::query(4, 4, 2)],
    };
    let msg = scale_heads(&mut b, w, e, &layout, QkClipConfig::default())
        .unwrap_err()
        .to_string();
    assert!(
        msg.contains("qk_clip") && msg.contains("8 head rows"),
        "{msg}"
    );
    assert!(
        eta(&mut b, s, t, 3).is_err(),
        "4 heads cannot form groups of 3"
    );
}
