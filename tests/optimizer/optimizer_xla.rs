//! The compiled optimizer against the reference interpreter running the same group graphs, over
//! several steps, for every preset (f32 Newton–Schulz so the comparison is tight).

use crate::graphs;
use crate::xla;

use graphs::Rng;
use muon_xla::config::{OptimizerConfig, Preset, Route};
use muon_xla::graph::eval::evaluate;
use muon_xla::plan::layout::{Held, Scalar, Slot};
use muon_xla::plan::{ParamSpec, Plan};
use muon_xla::runtime::Optimizer;
use muon_xla::{DType, HostTensor};

fn specs() -> Vec<ParamSpec> {
    vec![
        ParamSpec::new("layers.0.attn.q", DType::F32, [16, 16]),
        ParamSpec::new("layers.0.attn.k", DType::F32, [16, 16]),
        ParamSpec::new("layers.0.mlp.up", DType::F32, [8, 24]),
        ParamSpec::new("layers.0.mlp.down", DType::F32, [24, 8]),
        ParamSpec::new("layers.0.norm.bias", DType::F32, [16]),
        ParamSpec::new("token_embedding.weight", DType::F32, [10, 8]),
        ParamSpec::new("embed_tokens.weight", DType::F32, [10, 8]),
        ParamSpec::new("conv.weight", DType::F32, [4, 2, 3, 3]),
    ]
}

/// Runs 3 steps through XLA and through the interpreter (group graph by group graph, feeding
/// state forward by hand) and returns the worst relative difference over every tensor.
fn run(preset: Preset) -> f64 {
    run_config(OptimizerConfig::preset(preset))
}

fn run_config(mut cfg: OptimizerConfig) -> f64 {
    let preset = cfg.preset;
    cfg.muon.newton_schulz.dtype = DType::F32;
    let lr = 0.05;
    let mut rng = Rng::new(11);
    let specs = specs();
    let params: Vec<HostTensor> = specs.iter().map(|s| rng.tensor(&s.ty, -0.1, 0.1)).collect();
    let mut opt = Optimizer::new(xla::client(), specs.clone(), cfg.clone()).unwrap();
    opt.set_params(params.clone()).unwrap();
    let plan = Plan::new(specs.clone(), &cfg).unwrap();
    let mut ref_params = params;
    let mut ref_state: Vec<Vec<HostTensor>> = (0..specs.len())
        .map(|i| {
            (0..opt.state_names(i).len())
                .map(|k| HostTensor::zeros(opt.state_type_at(i, k)))
                .collect()
        })
        .collect();
    for t in 1..=3 {
        let grads: Vec<HostTensor> = specs.iter().map(|s| rng.tensor(&s.ty, -1.0, 1.0)).collect();
        opt.step(&grads, lr).unwrap();
        for group in &plan.groups {
            let m = &group.members;
            // Bound through the group's layout: no argument order written here.
            let scalar = |v: f64| HostTensor::scalar(DType::F32, v);
            let inputs: Vec<HostTensor> = group
                .layout
                .args
                .iter()
                .map(|slot| match *slot {
                    Slot::Member(Held::Value, k) => ref_params[m[k]].clone(),
                    Slot::Member(Held::State(j), k) => ref_state[m[k]][j].clone(),
                    Slot::Grad(k) => grads[m[k]].clone(),
                    Slot::Scalar(Scalar::Lr) => match group.route {
                        Route::Muon => scalar(lr),
                        Route::Adam => scalar(cfg.adam_lr_for(lr)),
                    },
                    Slot::Scalar(Scalar::WdLr) => scalar(cfg.adam_decay_lr_for(lr)),
                    Slot::Scalar(Scalar::Step) => scalar(t as f64),
                    other => panic!("this test's config has no {other:?}"),
                })
                .collect();
            let out = evaluate(&group.graph, &inputs).unwrap();
            for (slot, out) in group.layout.results.iter().zip(out) {
                let out = out.to_host().unwrap();
                match *slot {
                    Slot::Member(Held::Value, k) => ref_params[m[k]] = out,
                    Slot::Member(Held::State(j), k) => ref_state[m[k]][j] = out,
                    other => panic!("unexpected result {other:?}"),
                }
            }
        }
    }
    let got = opt.params().unwrap();
    let mut worst: f64 = 0.0;
    for (i, (g, r)) in got.iter().zip(&ref_params).enumerate() {
        let (g, r) = (g.to_f64(), r.to_f64());
        let diff = g
            .iter()
            .zip(&r)
            .map(|(a, b)| (a - b).powi(2))
            .sum::<f64>()
            .sqrt();
        let norm = r.iter().map(|b| b * b).sum::<f64>().sqrt();
        worst = worst.max(diff / norm);
        assert!(
            diff / norm < 1e-5,
            "{preset}: `{}` differs by {:e}",
            specs[i].name,
            diff / norm
        );
    }
    assert_eq!(opt.step_count(), 3);
    worst
}

#[test]
fn every_preset_matches_the_interpreter_over_three_steps() {
    for preset in Preset::ALL {
        let worst = run(preset);
        assert!(worst < 1e-5, "{preset}: {worst:e}");
    }
}

#[test]
fn the_variants_match_the_interpreter() {
    // NorMuon (both scales, both axes: `auto` gives the wide matrix a [1, cols] moment) and
    // cautious weight decay on both paths, with weight decay on so that the mask matters.
    use muon_xla::transforms::{NorMuon, NorMuonAxis, NorMuonScale};
    for (scale, axis) in [
        (NorMuonScale::MatchRms, NorMuonAxis::Auto),
        (NorMuonScale::PreserveNorm, NorMuonAxis::Last),
    ] {
        let mut cfg = OptimizerConfig::preset(Preset::Torch);
        cfg.muon.normuon = Some(NorMuon {
            scale,
            axis,
            ..NorMuon::default()
        });
        cfg.muon.cautious_weight_decay = true;
        cfg.adam.cautious_weight_decay = true;
        cfg.muon.weight_decay = 0.5;
        cfg.adam.weight_decay = 0.5;
        let worst = run_config(cfg);
        assert!(worst < 1e-5, "{scale} {axis}: {worst:e}");
    }
}

#[test]
fn routing_follows_each_preset() {
    let routes = |p: Preset| {
        let cfg = OptimizerConfig::preset(p);
        let plan = Plan::new(specs(), &cfg).unwrap();
        plan.routes
            .iter()
            .map(|(r, _)| *r == Route::Muon)
            .collect::<Vec<_>>()
    };
    //                                    q     k     up    down  bias   tok_emb emb_tok conv
    assert_eq!(
        routes(Preset::KellerJordan),
        [true, true, true, true, false, true, true, true]
    );
    assert_eq!(
        routes(Preset::Torch),
        [true, true, true, true, false, true, true, false]
    );
    assert_eq!(
        routes(Preset::Keras),
        [true, true, true, true, false, false, true, false]
    );
    assert_eq!(
        routes(Preset::Moonlight),
        [true, true, true, true, false, true, false, true]
    );
    // pytorch-optimizer's NorMuon: every ≥2-D weight (the user's hidden-weight group).
    assert_eq!(
        routes(Preset::Normuon),
        [true, true, true, true, false, true, true, true]
    );
}

#[test]
fn save_and_load_continue_exactly() {
    let mut cfg = OptimizerConfig::preset(Preset::Moonlight);
    cfg.muon.newton_schulz.dtype = DType::F32;
    let specs = specs();
    let mut rng = Rng::new(5);
    let params: Vec<HostTensor> = specs.iter().map(|s| rng.tensor(&s.ty, -0.1, 0.1)).collect();
    let grads: Vec<Vec<HostTensor>> = (0..3)
        .map(|_| specs.iter().map(|s| rng.tensor(&s.ty, -1.0, 1.0)).collect())
        .collect();
    let mut a = Optimizer::new(xla::client(), specs.clone(), cfg.clone()).unwrap();
    a.set_params(params).unwrap();
    a.step(&grads[0], 0.01).unwrap();
    a.step(&grads[1], 0.01).unwrap();
    let dir = std::env::temp_dir().join(format!("muon-xla-ckpt-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("state.safetensors");
    a.save(&path, true).unwrap();
    a.step(&grads[2], 0.01).unwrap();

    let mut b = Optimizer::new(xla::client(), specs.clone(), cfg).unwrap();
    b.load(&path).unwrap();
    assert_eq!(b.step_count(), 2);
    b.step(&grads[2], 0.01).unwrap();
    assert_eq!(
        a.params().unwrap(),
        b.params().unwrap(),
        "a restored optimizer continues bit for bit"
    );
    for i in 0..specs.len() {
        assert_eq!(a.state(i).unwrap(), b.state(i).unwrap());
    }
    // A file from another parameter set is refused before anything changes.
    let mut other = Optimizer::new(
        xla::client(),
        specs[..2].to_vec(),
        OptimizerConfig::preset(Preset::Moonlight),
    )
    .unwrap();
    let msg = other.load(&path).unwrap_err().to_string();
    assert!(
        msg.contains("not a parameter or state of this optimizer"),
        "{msg}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
