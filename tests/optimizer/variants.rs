//! NorMuon and cautious weight decay around the update itself: the settings, the step file's
//! `NAME.second_momentum` (refused by name when wrong), checkpoints, and `--dry-run`'s notes.
//! (Parity with the references: tests/numerics/golden_presets.rs; XLA against the interpreter:
//! optimizer_xla.rs.)

use crate::graphs;
use crate::xla;

use std::collections::BTreeMap;

use graphs::Rng;
use muon_xla::config::{OptimizerConfig, Preset, Settings, Storage};
use muon_xla::io::tensor_file::TensorFile;
use muon_xla::jobs::step_file::StepInput;
use muon_xla::plan::{ParamSpec, Plan};
use muon_xla::runtime::{Optimizer, StateKind};
use muon_xla::transforms::{NorMuonAxis, NorMuonScale};
use muon_xla::{DType, Error, HostTensor, TensorType};

fn f32t(shape: &[usize]) -> TensorType {
    TensorType::new(DType::F32, shape.to_vec())
}

/// A NorMuon step file: a wide matrix, a tall one and a bias, with gradients.
fn step_file(step: u64) -> TensorFile {
    let mut rng = Rng::new(3);
    let mut tensors = BTreeMap::new();
    for (name, shape) in [("w", vec![8, 24]), ("t", vec![24, 8]), ("b", vec![8])] {
        tensors.insert(name.to_string(), rng.tensor(&f32t(&shape), -0.1, 0.1));
        let g = rng.tensor(&f32t(&shape), -1.0, 1.0);
        tensors.insert(format!("{name}.grad"), g);
    }
    let metadata = BTreeMap::from([("step".to_string(), step.to_string())]);
    TensorFile { tensors, metadata }
}

fn normuon() -> OptimizerConfig {
    OptimizerConfig::preset(Preset::Normuon)
}

fn refusal(file: TensorFile, config: &OptimizerConfig) -> String {
    StepInput::parse(&file, config).unwrap_err().to_string()
}

#[test]
fn second_momentum_is_one_value_per_row_and_checked_by_name() {
    let plan = Plan::new(
        vec![
            ParamSpec::new("w", DType::F32, [8, 24]),
            ParamSpec::new("conv", DType::F32, [4, 2, 3, 3]),
        ],
        &normuon(),
    )
    .unwrap();
    let kinds = |i: usize| -> Vec<(String, Vec<usize>)> {
        (plan.state_of(i).iter())
            .map(|(k, t)| (k.to_string(), t.shape.clone()))
            .collect()
    };
    assert_eq!(
        kinds(0),
        [
            ("momentum".into(), vec![8, 24]),
            ("second_momentum".into(), vec![8, 1])
        ]
    );
    // pytorch-optimizer's `reshape(len(update), -1)`: a conv weight's rows are its outputs.
    assert_eq!(kinds(1)[1], ("second_momentum".into(), vec![4, 1]));
    // A batched weight (mixture of experts) keeps its batch axis: one value per row per expert.
    let mut cfg = normuon();
    cfg.partition.batched.push("experts=0".parse().unwrap());
    let moe = ParamSpec::new("moe.experts", DType::F32, [4, 16, 8]);
    let plan = Plan::new(vec![moe], &cfg).unwrap();
    assert_eq!(plan.state_of(0)[1].1.shape, [4, 16, 1]);

    // Step 0: the state may be absent. Step 1: it must be there, each kind named.
    assert!(StepInput::parse(&step_file(0), &normuon()).is_ok());
    let msg = refusal(step_file(1), &normuon());
    assert!(msg.contains("`w.second_momentum` is missing"), "{msg}");
    assert!(msg.contains("`t.second_momentum` is missing"), "{msg}");

    // Wrong shape (parameter-shaped, as a momentum would be): refused with the expected type.
    let mut file = step_file(0);
    file.tensors.insert(
        "w.second_momentum".into(),
        HostTensor::zeros(f32t(&[8, 24])),
    );
    let msg = refusal(file, &normuon());
    assert!(
        msg.contains("`w.second_momentum` is f32[8, 24], expected f32[8, 1]"),
        "{msg}"
    );

    // On an Adam parameter, or under a preset that runs plain Muon: not this parameter's state.
    let mut file = step_file(0);
    file.tensors
        .insert("b.second_momentum".into(), HostTensor::zeros(f32t(&[8, 1])));
    let msg = refusal(file, &normuon());
    assert!(
        msg.contains("`b.second_momentum`: `b` is routed to adam"),
        "{msg}"
    );
    let mut file = step_file(0);
    file.tensors
        .insert("w.second_momentum".into(), HostTensor::zeros(f32t(&[8, 1])));
    let keller = OptimizerConfig::preset(Preset::KellerJordan);
    let msg = refusal(file, &keller);
    assert!(msg.contains("`w.second_momentum`"), "{msg}");
    assert!(msg.contains("which keeps momentum"), "{msg}");
}

#[test]
fn the_settings_resolve_and_say_where_they_depart() {
    let resolve = |s: Settings| s.resolve();
    let base = |preset| Settings {
        preset: Some(preset),
        lr: Some(0.02),
        ..Settings::default()
    };
    let c = resolve(Settings {
        normuon: Some(true),
        normuon_beta2: Some(0.9),
        normuon_scale: Some(NorMuonScale::MatchRms),
        normuon_axis: Some(NorMuonAxis::Auto),
        cautious_weight_decay: Some(true),
        ..base(Preset::Torch)
    })
    .unwrap();
    let n = c.muon.normuon.unwrap();
    assert_eq!(
        (n.beta2, n.scale, n.axis),
        (0.9, NorMuonScale::MatchRms, NorMuonAxis::Auto)
    );
    assert!(c.muon.cautious_weight_decay && !c.adam.cautious_weight_decay);
    let notes = c.departures().join("\n");
    assert!(
        notes.contains("normuon true departs from the reference"),
        "{notes}"
    );
    assert!(notes.contains("normuon_axis auto"), "{notes}");
    assert!(
        notes.contains("cautious_weight_decay true departs"),
        "{notes}"
    );

    // The preset itself is its reference; turning NorMuon off under it is a departure.
    assert!(normuon().departures().is_empty());
    let off = resolve(Settings {
        normuon: Some(false),
        adam_cautious_weight_decay: Some(true),
        ..base(Preset::Normuon)
    })
    .unwrap();
    assert!(off.muon.normuon.is_none() && off.adam.cautious_weight_decay);
    let notes = off.departures().join("\n");
    assert!(notes.contains("normuon false departs"), "{notes}");
    assert!(
        notes.contains("changes nothing while the Adam weight decay is 0"),
        "{notes}"
    );

    // NorMuon's options without NorMuon, and a β₂ out of range: refused by field.
    for (bad, field) in [
        (
            Settings {
                normuon_beta2: Some(0.9),
                ..base(Preset::KellerJordan)
            },
            "normuon_beta2",
        ),
        (
            Settings {
                normuon_beta2: Some(1.0),
                ..base(Preset::Normuon)
            },
            "normuon_beta2",
        ),
    ] {
        match resolve(bad) {
            Err(Error::InvalidSetting { field: f, .. }) => assert_eq!(f, field),
            other => panic!("expected an invalid {field}, got {other:?}"),
        }
    }
}

#[test]
fn a_normuon_checkpoint_continues_exactly_stacked_or_not() {
    let specs = vec![
        ParamSpec::new("a", DType::F32, [16, 32]),
        ParamSpec::new("b", DType::F32, [16, 32]),
        ParamSpec::new("bias", DType::F32, [16]),
    ];
    let mut rng = Rng::new(9);
    let params: Vec<HostTensor> = specs.iter().map(|s| rng.tensor(&s.ty, -0.1, 0.1)).collect();
    let grads: Vec<Vec<HostTensor>> = (0..3)
        .map(|_| specs.iter().map(|s| rng.tensor(&s.ty, -1.0, 1.0)).collect())
        .collect();
    let dir = std::env::temp_dir().join(format!("muon-xla-normuon-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut finals = Vec::new();
    for storage in [Storage::Stacked, Storage::PerParam] {
        let mut cfg = normuon();
        cfg.muon.newton_schulz.dtype = DType::F32;
        cfg.storage = storage;
        let mut a = Optimizer::new(xla::client(), specs.clone(), cfg.clone()).unwrap();
        a.set_params(params.clone()).unwrap();
        a.step(&grads[0], 0.02).unwrap();
        a.step(&grads[1], 0.02).unwrap();
        let v = a.state_of("a", StateKind::SecondMomentum).unwrap();
        assert_eq!(v.shape(), [16, 1]);
        assert!(v.to_f64().iter().all(|x| *x > 0.0), "a mean of squares");
        let path = dir.join(format!("{storage:?}.safetensors"));
        a.save(&path, true).unwrap();
        let saved = TensorFile::read(&path).unwrap();
        assert_eq!(saved.tensors["b.second_momentum"].shape(), [16, 1]);
        a.step(&grads[2], 0.02).unwrap();

        let mut b = Optimizer::new(xla::client(), specs.clone(), cfg).unwrap();
        b.load(&path).unwrap();
        b.step(&grads[2], 0.02).unwrap();
        assert_eq!(a.params().unwrap(), b.params().unwrap(), "{storage:?}");
        for i in 0..specs.len() {
            assert_eq!(a.state(i).unwrap(), b.state(i).unwrap(), "{storage:?}");
        }
        finals.push(a.params().unwrap());
    }
    // Stacked storage computes what separate parameters do.
    for (s, p) in finals[0].iter().zip(&finals[1]) {
        let (s, p) = (s.to_f64(), p.to_f64());
        let worst = s
            .iter()
            .zip(&p)
            .map(|(x, y)| (x - y).abs())
            .fold(0.0, f64::max);
        assert!(worst < 1e-6, "stacked vs per-parameter: {worst:e}");
    }
    // The same preset with NorMuon off refuses the second moments by name.
    let mut plain = normuon();
    plain.muon.normuon = None;
    let mut c = Optimizer::new(xla::client(), specs.clone(), plain).unwrap();
    let msg = c
        .load(&dir.join("PerParam.safetensors"))
        .unwrap_err()
        .to_string();
    assert!(msg.contains("`a.second_momentum`"), "{msg}");
    std::fs::remove_dir_all(&dir).unwrap();
}
