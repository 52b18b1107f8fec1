//! Name rules of issue 12 under XLA: per-parameter learning-rate / weight-decay multipliers (runtime
//! inputs: changing them recompiles nothing) and batched weights (mixture of experts), each against
//! the plain step that computes the same thing another way.

use crate::graphs;
use crate::xla;

use graphs::Rng;
use muon_xla::cache::ExecutableCache;
use muon_xla::config::{AdamLr, BatchRule, Multipliers, OptimizerConfig, ParamMultipliers, Preset};
use muon_xla::emit::emit;
use muon_xla::plan::{ParamSpec, Plan};
use muon_xla::runtime::Optimizer;
use muon_xla::{DType, HostTensor};

fn torch_f32() -> OptimizerConfig {
    let mut c = OptimizerConfig::preset(Preset::Torch);
    c.muon.newton_schulz.dtype = DType::F32;
    c
}

fn rel(a: &HostTensor, b: &HostTensor) -> f64 {
    let (a, b) = (a.to_f64(), b.to_f64());
    let d: f64 = a.iter().zip(&b).map(|(x, y)| (x - y).powi(2)).sum();
    let n: f64 = b.iter().map(|y| y * y).sum();
    (d / n).sqrt()
}

/// Runs `steps` steps of `config` from `params` with `grads[s]` at Muon learning rate `lr`.
fn run(
    config: OptimizerConfig,
    specs: &[ParamSpec],
    params: &[HostTensor],
    grads: &[Vec<HostTensor>],
    lr: f64,
) -> Vec<HostTensor> {
    let mut o = Optimizer::new(xla::client(), specs.to_vec(), config).unwrap();
    o.set_params(params.to_vec()).unwrap();
    for g in grads {
        o.step(g, lr).unwrap();
    }
    o.params().unwrap()
}

fn data(specs: &[ParamSpec], seed: u64, steps: usize) -> (Vec<HostTensor>, Vec<Vec<HostTensor>>) {
    let mut rng = Rng::new(seed);
    let p = specs.iter().map(|s| rng.tensor(&s.ty, -0.5, 0.5)).collect();
    let g = (0..steps)
        .map(|_| specs.iter().map(|s| rng.tensor(&s.ty, -1.0, 1.0)).collect())
        .collect();
    (p, g)
}

#[test]
fn multipliers_match_the_plain_step_at_the_multiplied_rates() {
    let specs = vec![
        ParamSpec::new("w1", DType::F32, [8, 4]),
        ParamSpec::new("w2", DType::F32, [8, 4]),
        ParamSpec::new("b.bias", DType::F32, [4]),
        ParamSpec::new("e.bias", DType::F32, [4]),
    ];
    let (p, g) = data(&specs, 7, 3);
    let lr = 0.02;
    let mut with = torch_f32();
    with.extras.multipliers = Some(Multipliers {
        no_weight_decay: vec![r"^b\.".into()],
        lr_mult: vec![("w2".into(), 0.5), (r"^e\.".into(), 3.0)],
    });
    let got = run(with.clone(), &specs, &p, &g, lr);

    // w1: untouched by the rules; w2: the plain step at lr/2 (weight decay follows lr).
    let plain = run(torch_f32(), &specs, &p, &g, lr);
    let half = run(torch_f32(), &specs, &p, &g, lr * 0.5);
    // e.bias: Adam at 3× its (fixed) learning rate; b.bias: Adam without weight decay.
    let mut fast = torch_f32();
    fast.adam_lr = AdamLr::Fixed(3e-3);
    let fast = run(fast, &specs, &p, &g, lr);
    let mut no_wd = torch_f32();
    no_wd.adam.weight_decay = 0.0;
    let no_wd = run(no_wd, &specs, &p, &g, lr);
    let checks = [
        ("w1", &got[0], &plain[0]),
        ("w2", &got[1], &half[1]),
        ("b.bias", &got[2], &no_wd[2]),
        ("e.bias", &got[3], &fast[3]),
    ];
    for (name, a, b) in checks {
        let e = rel(a, b);
        eprintln!("{name}: rel err {e:.2e}");
        assert!(e <= 1e-6, "{name}: {e}");
    }
    // The multipliers really changed something (the references differ from the plain step).
    assert!(rel(&half[1], &plain[1]) > 1e-3);
    assert!(rel(&no_wd[2], &plain[2]) > 1e-7);
    assert!(rel(&fast[3], &plain[3]) > 1e-3);
}

#[test]
fn changing_multipliers_recompiles_nothing() {
    let specs = vec![
        ParamSpec::new("w", DType::F32, [8, 4]),
        ParamSpec::new("norm.bias", DType::F32, [4]),
    ];
    let (p, g) = data(&specs, 3, 2);
    let cache = ExecutableCache::in_memory();
    let mut a = torch_f32();
    a.extras.multipliers = Some(Multipliers {
        no_weight_decay: vec!["bias".into()],
        lr_mult: vec![],
    });
    let mut b = torch_f32();
    b.extras.multipliers = Some(Multipliers {
        no_weight_decay: vec![],
        lr_mult: vec![("w".into(), 0.25), ("norm".into(), 4.0)],
    });
    // Other rules, same programs: the emitted text (the cache key) does not see the patterns.
    let text = |c: &OptimizerConfig| -> Vec<String> {
        let plan = Plan::new(specs.clone(), c).unwrap();
        plan.groups
            .iter()
            .map(|g| emit(&g.graph).unwrap())
            .collect()
    };
    assert_eq!(text(&a), text(&b));
    assert_ne!(text(&a), text(&torch_f32()), "the feature adds inputs");

    let mut o = Optimizer::with_cache(xla::client(), specs.clone(), a, &cache).unwrap();
    let compiled = cache.stats().compiles;
    assert_eq!(compiled, 2);
    let _ = Optimizer::with_cache(xla::client(), specs.clone(), b, &cache).unwrap();
    assert_eq!(cache.stats().compiles, compiled);

    // At runtime: a zero learning-rate multiplier freezes `w` exactly (decay is lr·wd too).
    o.set_params(p.clone()).unwrap();
    o.set_multipliers(0, ParamMultipliers { lr: 0.0, wd: 1.0 })
        .unwrap();
    o.step(&g[0], 0.02).unwrap();
    let after = o.params().unwrap();
    assert_eq!(
        after[0], p[0],
        "lr multiplier 0 leaves the weight unchanged"
    );
    assert_ne!(after[1], p[1]);
    o.set_multipliers(0, ParamMultipliers { lr: 1.0, wd: 1.0 })
        .unwrap();
    o.step(&g[1], 0.02).unwrap();
    assert_ne!(o.params().unwrap()[0], p[0]);
    assert_eq!(cache.stats().compiles, compiled, "no recompile");
    assert!(Optimizer::new(xla::client(), specs, torch_f32())
        .unwrap()
        .set_multipliers(0, ParamMultipliers::default())
        .is_err());
}

/// Slice `e` of axis `axis` of a rank-3 f32 tensor.
fn slice(t: &HostTensor, axis: usize, e: usize) -> HostTensor {
    let s = t.shape().to_vec();
    let v = t.to_f64();
    let mut out = Vec::new();
    let mut shape = s.clone();
    shape.remove(axis);
    for i in 0..s[0] {
        for j in 0..s[1] {
            for k in 0..s[2] {
                let idx = [i, j, k];
                if idx[axis] == e {
                    out.push(v[(i * s[1] + j) * s[2] + k]);
                }
            }
        }
    }
    HostTensor::from_f64(DType::F32, shape, &out).unwrap()
}

#[test]
fn experts_are_orthogonalized_one_by_one() {
    let (experts, rows, cols) = (4, 16, 8);
    // Reference: every expert its own 2-D parameter.
    let separate: Vec<ParamSpec> = (0..experts)
        .map(|e| ParamSpec::new(format!("e{e}"), DType::F32, [rows, cols]))
        .collect();
    let (p2, g2) = data(&separate, 11, 3);
    let reference = run(torch_f32(), &separate, &p2, &g2, 0.02);

    // The same experts stacked on axis 0, and on axis 2.
    let stack = |ts: &[HostTensor], axis: usize| -> HostTensor {
        let shape: Vec<usize> = match axis {
            0 => vec![experts, rows, cols],
            _ => vec![rows, cols, experts],
        };
        let mut v = vec![0.0; experts * rows * cols];
        for (e, t) in ts.iter().enumerate() {
            for (n, x) in t.to_f64().into_iter().enumerate() {
                let (r, c) = (n / cols, n % cols);
                let at = match axis {
                    0 => (e * rows + r) * cols + c,
                    _ => (r * cols + c) * experts + e,
                };
                v[at] = x;
            }
        }
        HostTensor::from_f64(DType::F32, shape, &v).unwrap()
    };
    for (axis, name) in [(0, "moe.experts"), (2, "moe.experts_last")] {
        let shape = stack(&p2, axis).shape().to_vec();
        let specs = vec![ParamSpec::new(name, DType::F32, shape)];
        let mut c = torch_f32();
        c.partition.batched.push(BatchRule {
            pattern: "experts".into(),
            axes: vec![axis],
        });
        let plan = Plan::new(specs.clone(), &c).unwrap();
        assert_eq!(plan.groups[0].batch_axes, vec![axis]);
        let p = vec![stack(&p2, axis)];
        let g: Vec<Vec<HostTensor>> = g2.iter().map(|g| vec![stack(g, axis)]).collect();
        let got = run(c, &specs, &p, &g, 0.02);
        for (e, want) in reference.iter().enumerate() {
            let err = rel(&slice(&got[0], axis, e), want);
            eprintln!("{name} axis {axis} expert {e}: rel err {err:.2e}");
            assert!(err <= 1e-6, "{name} expert {e}: {err}");
        }
    }
    // Without the rule torch sends a 3-D weight to AdamW: the rule is what routes it.
    let plan = Plan::new(
        vec![ParamSpec::new("moe.experts", DType::F32, [4, 16, 8])],
        &torch_f32(),
    )
    .unwrap();
    assert_eq!(plan.routes[0].0, muon_xla::config::Route::Adam);
}

#[test]
fn batch_axes_that_leave_no_matrix_are_refused_naming_the_parameter() {
    let mut c = torch_f32();
    c.partition.batched.push(BatchRule {
        pattern: "w".into(),
        axes: vec![0, 1],
    });
    let err = Plan::new(vec![ParamSpec::new("w", DType::F32, [4, 4, 4])], &c).unwrap_err();
    let msg = err.to_string();
    assert!(msg.contains("`w`") && msg.contains("exactly two"), "{msg}");
    c.partition.batched[0].axes = vec![3];
    let msg = Plan::new(vec![ParamSpec::new("w", DType::F32, [4, 4, 4])], &c)
        .unwrap_err()
        .to_string();
    assert!(msg.contains("below 3"), "{msg}");
}
