//! The optional parts of the step (clipping, EMA, accumulation, loss scaling, non-finite skip,
//! QK-clip) against hand-derived float64 expectations: each feature's effect is computed by hand
//! on the host and fed to the plain step, which must then agree with the feature's compiled step.

use crate::graphs;
use crate::xla;

use graphs::Rng;
use muon_xla::config::{LossScale, OptimizerConfig, Preset, QkTarget, StepExtras};
use muon_xla::plan::ParamSpec;
use muon_xla::runtime::{Optimizer, StepInputs};
use muon_xla::transforms::clip::GradClip;
use muon_xla::transforms::qk_clip::{HeadBlock, HeadLayout, QkClipConfig};
use muon_xla::{DType, HostTensor};

fn specs() -> Vec<ParamSpec> {
    vec![
        ParamSpec::new("attn.q", DType::F32, [8, 4]),
        ParamSpec::new("attn.k", DType::F32, [8, 4]),
        ParamSpec::new("mlp.w", DType::F32, [4, 6]),
        ParamSpec::new("norm.bias", DType::F32, [4]),
    ]
}

fn config(extras: StepExtras) -> OptimizerConfig {
    let mut c = OptimizerConfig::preset(Preset::Moonlight);
    c.muon.newton_schulz.dtype = DType::F32;
    c.extras = extras;
    c
}

fn optimizer(extras: StepExtras, params: &[HostTensor]) -> Optimizer {
    let mut o = Optimizer::new(xla::client(), specs(), config(extras)).unwrap();
    o.set_params(params.to_vec()).unwrap();
    o
}

fn data(seed: u64, steps: usize) -> (Vec<HostTensor>, Vec<Vec<HostTensor>>) {
    let mut rng = Rng::new(seed);
    let p = specs()
        .iter()
        .map(|s| rng.tensor(&s.ty, -0.5, 0.5))
        .collect();
    let g = (0..steps)
        .map(|_| {
            specs()
                .iter()
                .map(|s| rng.tensor(&s.ty, -1.0, 1.0))
                .collect()
        })
        .collect();
    (p, g)
}

fn map(ts: &[HostTensor], f: impl Fn(usize, f64) -> f64) -> Vec<HostTensor> {
    ts.iter()
        .enumerate()
        .map(|(i, t)| {
            let v: Vec<f64> = t.to_f64().into_iter().map(|x| f(i, x)).collect();
            HostTensor::from_f64(t.dtype(), t.shape().to_vec(), &v).unwrap()
        })
        .collect()
}

fn close(a: &[HostTensor], b: &[HostTensor], tol: f64, what: &str) {
    for (i, (x, y)) in a.iter().zip(b).enumerate() {
        let (x, y) = (x.to_f64(), y.to_f64());
        let d = x
            .iter()
            .zip(&y)
            .map(|(p, q)| (p - q).powi(2))
            .sum::<f64>()
            .sqrt();
        let n = y.iter().map(|q| q * q).sum::<f64>().sqrt().max(1e-30);
        assert!(d / n <= tol, "{what}: tensor {i} differs by {:e}", d / n);
    }
}

fn norm(ts: &[HostTensor]) -> f64 {
    ts.iter()
        .flat_map(|t| t.to_f64())
        .map(|v| v * v)
        .sum::<f64>()
        .sqrt()
}

#[test]
fn global_norm_clipping_rescales_all_gradients_together() {
    let (p, g) = data(1, 2);
    let max = 0.5 * norm(&g[0]);
    let mut clipped = optimizer(
        StepExtras {
            clip: Some(GradClip::GlobalNorm(max)),
            ..Default::default()
        },
        &p,
    );
    let mut plain = optimizer(StepExtras::default(), &p);
    for step in &g {
        let n = norm(step);
        let f = if n > max { max / n } else { 1.0 };
        let report = clipped.step(step, 0.02).unwrap();
        assert!(
            (report.global_norm.unwrap() - n).abs() / n < 1e-6,
            "global norm {:?} vs {n}",
            report.global_norm
        );
        plain.step(&map(step, |_, x| x * f), 0.02).unwrap();
    }
    close(
        &clipped.params().unwrap(),
        &plain.params().unwrap(),
        1e-6,
        "global-norm clip",
    );
}

#[test]
fn zero_gradients_have_global_norm_zero_and_no_nan() {
    let (p, _) = data(2, 0);
    let zeros: Vec<HostTensor> = specs()
        .iter()
        .map(|s| HostTensor::zeros(s.ty.clone()))
        .collect();
    let mut o = optimizer(
        StepExtras {
            clip: Some(GradClip::GlobalNorm(1.0)),
            ..Default::default()
        },
        &p,
    );
    let r = o.step(&zeros, 0.02).unwrap();
    assert_eq!(r.global_norm, Some(0.0));
    assert!(o
        .params()
        .unwrap()
        .iter()
        .flat_map(|t| t.to_f64())
        .all(f64::is_finite));
}

#[test]
fn value_and_norm_clipping_match_clipping_by_hand() {
    let (p, g) = data(3, 1);
    let mut by_value = optimizer(
        StepExtras {
            clip: Some(GradClip::Value(0.3)),
            ..Default::default()
        },
        &p,
    );
    let mut plain = optimizer(StepExtras::default(), &p);
    by_value.step(&g[0], 0.02).unwrap();
    plain
        .step(&map(&g[0], |_, x| x.clamp(-0.3, 0.3)), 0.02)
        .unwrap();
    close(
        &by_value.params().unwrap(),
        &plain.params().unwrap(),
        1e-6,
        "value clip",
    );

    let mut by_norm = optimizer(
        StepExtras {
            clip: Some(GradClip::Norm(1.0)),
            ..Default::default()
        },
        &p,
    );
    let mut plain = optimizer(StepExtras::default(), &p);
    by_norm.step(&g[0], 0.02).unwrap();
    let norms: Vec<f64> = g[0].iter().map(|t| norm(std::slice::from_ref(t))).collect();
    plain
        .step(
            &map(&g[0], |i, x| if norms[i] > 1.0 { x / norms[i] } else { x }),
            0.02,
        )
        .unwrap();
    close(
        &by_norm.params().unwrap(),
        &plain.params().unwrap(),
        1e-6,
        "norm clip",
    );
}

#[test]
fn ema_tracks_the_weights_swaps_and_overwrites() {
    let (p, g) = data(4, 4);
    let m = 0.9;
    let extras = StepExtras {
        ema_momentum: Some(m),
        ema_overwrite_every: Some(4),
        ..Default::default()
    };
    let mut o = optimizer(extras, &p);
    let mut ema: Vec<Vec<f64>> = p.iter().map(|t| t.to_f64()).collect();
    for (t, step) in g.iter().enumerate() {
        o.step(step, 0.02).unwrap();
        if t == 3 {
            break;
        }
        let now: Vec<Vec<f64>> = o.params().unwrap().iter().map(|x| x.to_f64()).collect();
        for (e, w) in ema.iter_mut().zip(&now) {
            for (a, b) in e.iter_mut().zip(w) {
                *a = m * *a + (1.0 - m) * b;
            }
        }
        let got: Vec<Vec<f64>> = o.ema().unwrap().iter().map(|x| x.to_f64()).collect();
        for (e, w) in ema.iter().zip(&got) {
            for (a, b) in e.iter().zip(w) {
                assert!(
                    (a - b).abs() <= 1e-6 * a.abs().max(1e-3),
                    "ema {b} vs hand {a} at step {}",
                    t + 1
                );
            }
        }
        // Swapping shows the EMA as the weights, and swapping back restores them.
        let before = o.params().unwrap();
        o.swap_ema().unwrap();
        assert_eq!(
            o.params()
                .unwrap()
                .iter()
                .map(|x| x.to_f64())
                .collect::<Vec<_>>(),
            got
        );
        o.swap_ema().unwrap();
        assert_eq!(o.params().unwrap(), before);
    }
    // Step 4 overwrites the weights with the EMA.
    assert_eq!(o.params().unwrap(), o.ema().unwrap());
}

#[test]
fn accumulation_averages_micro_steps() {
    let (p, g) = data(5, 3);
    let mut acc = optimizer(
        StepExtras {
            accumulate: 3,
            ..Default::default()
        },
        &p,
    );
    for (i, step) in g.iter().enumerate() {
        let r = acc.step(step, 0.02).unwrap();
        assert_eq!(r.applied, i == 2, "update on the 3rd call only");
        assert_eq!(r.micro_step, i + 1);
    }
    assert_eq!(acc.step_count(), 1);
    let mean: Vec<HostTensor> = (0..g[0].len())
        .map(|j| {
            let v: Vec<f64> = (0..g[0][j].to_f64().len())
                .map(|e| (g[0][j].to_f64()[e] + g[1][j].to_f64()[e] + g[2][j].to_f64()[e]) / 3.0)
                .collect();
            HostTensor::from_f64(DType::F32, g[0][j].shape().to_vec(), &v).unwrap()
        })
        .collect();
    let mut plain = optimizer(StepExtras::default(), &p);
    plain.step(&mean, 0.02).unwrap();
    close(
        &acc.params().unwrap(),
        &plain.params().unwrap(),
        1e-6,
        "accumulation",
    );
    // Accumulation count 1 is the plain step.
    let mut one = optimizer(
        StepExtras {
            accumulate: 1,
            ..Default::default()
        },
        &p,
    );
    let mut plain = optimizer(StepExtras::default(), &p);
    assert!(one.step(&g[0], 0.02).unwrap().applied);
    plain.step(&g[0], 0.02).unwrap();
    assert_eq!(one.params().unwrap(), plain.params().unwrap());
}

#[test]
fn loss_scaling_divides_inside_and_skips_non_finite_steps() {
    let (p, g) = data(6, 2);
    let s = 1024.0; // a power of two: scaling is exact
    let mut scaled = optimizer(
        StepExtras {
            loss_scale: Some(LossScale::Fixed(s)),
            ..Default::default()
        },
        &p,
    );
    let mut plain = optimizer(StepExtras::default(), &p);
    scaled.step(&map(&g[0], |_, x| x * s), 0.02).unwrap();
    plain.step(&g[0], 0.02).unwrap();
    close(
        &scaled.params().unwrap(),
        &plain.params().unwrap(),
        1e-7,
        "fixed loss scale",
    );

    let dynamic = LossScale::Dynamic {
        initial: 256.0,
        factor: 2.0,
        growth_interval: 2,
    };
    let mut dyn_opt = optimizer(
        StepExtras {
            loss_scale: Some(dynamic),
            ..Default::default()
        },
        &p,
    );
    let before = dyn_opt.params().unwrap();
    let state_before = dyn_opt.state(0).unwrap();
    let mut bad = map(&g[0], |_, x| x * 256.0);
    bad[1] = map(&bad[1..2], |_, x| if x > 0.0 { f64::INFINITY } else { x })[0].clone();
    bad[3] = map(&bad[3..4], |_, _| f64::NAN)[0].clone();
    let r = dyn_opt.step(&bad, 0.02).unwrap();
    assert!(r.skipped_nonfinite && !r.applied);
    assert_eq!(r.loss_scale, Some(128.0), "the scale halves on overflow");
    assert_eq!(
        dyn_opt.params().unwrap(),
        before,
        "a skipped step leaves the weights bit for bit"
    );
    assert_eq!(dyn_opt.state(0).unwrap(), state_before, "and the state");
    assert_eq!(dyn_opt.step_count(), 0);
    for grads in &g {
        let r = dyn_opt.step(&map(grads, |_, x| x * 128.0), 0.02).unwrap();
        assert!(r.applied);
    }
    assert_eq!(
        dyn_opt.loss_scale(),
        Some(256.0),
        "two good steps double it back"
    );
    assert_eq!(dyn_opt.step_count(), 2);
}

#[test]
fn qk_clip_runs_after_the_update_in_the_same_step() {
    let (p, g) = data(7, 1);
    // 4 heads of dim 2 in the 8 rows of attn.q / attn.k; head 2 at 300 (> τ = 100), others under.
    let layout = HeadLayout {
        axis: 0,
        blocks: vec![HeadBlock::query(4, 4, 2)],
    };
    let key_layout = HeadLayout {
        axis: 0,
        blocks: vec![HeadBlock::key(4, 2)],
    };
    let target = |param: &str, layout: &HeadLayout| QkTarget {
        param: param.into(),
        logits: "attn.max_logits".into(),
        heads: 4,
        heads_per_group: 1,
        layout: layout.clone(),
    };
    let extras = StepExtras {
        qk_clip: Some(QkClipConfig::default()),
        qk_targets: vec![target("attn.q", &layout), target("attn.k", &key_layout)],
        ..Default::default()
    };
    let mut clip = optimizer(extras, &p);
    let mut plain = optimizer(StepExtras::default(), &p);
    let logits = HostTensor::from_f64(DType::F32, vec![4], &[10.0, 100.0, 300.0, 50.0]).unwrap();
    let inputs = StepInputs {
        max_logits: [("attn.max_logits".to_string(), logits)].into(),
        qk_tau: None,
    };
    clip.step_with(&g[0], 0.02, &inputs).unwrap();
    plain.step(&g[0], 0.02).unwrap();
    let (got, want) = (clip.params().unwrap(), plain.params().unwrap());
    let eta: f64 = 100.0 / 300.0;
    for t in 0..2 {
        let (a, b) = (got[t].to_f64(), want[t].to_f64());
        for (e, (x, y)) in a.iter().zip(&b).enumerate() {
            let head = (e / 4) / 2;
            if head == 2 {
                assert!(
                    (x - y * eta.sqrt()).abs() <= 1e-6 * y.abs().max(1e-6),
                    "clipped head: {x} vs {}",
                    y * eta.sqrt()
                );
            } else {
                assert_eq!(
                    x.to_bits(),
                    y.to_bits(),
                    "heads at or under τ are untouched"
                );
            }
        }
    }
    assert_eq!(
        got[2], want[2],
        "parameters that are not targets are untouched"
    );
    // Missing logits are a clear error.
    let msg = clip.step(&g[0], 0.02).unwrap_err().to_string();
    assert!(msg.contains("attn.max_logits"), "{msg}");
}
