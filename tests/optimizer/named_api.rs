//! The optimizer by name (the README's three-line form): built from named tensors, stepped with
//! gradients by name, in order or as device buffers (bit-for-bit the same), state read and
//! written by name and kind, and save/load that checks the preset and reports every problem.

use crate::graphs;
use crate::xla;

use std::collections::BTreeMap;

use graphs::Rng;
use muon_xla::{DType, Error, HostTensor, Optimizer, OptimizerConfig, Preset, StateKind};

/// A Muon matrix, a second one, an Adam bias; bf16 weights so that masters are kept when asked.
fn named(rng: &mut Rng, dtype: DType) -> Vec<(String, HostTensor)> {
    [
        ("a.w", vec![16, 8]),
        ("b.w", vec![8, 16]),
        ("a.bias", vec![8]),
    ]
    .into_iter()
    .map(|(n, s)| {
        let t = rng.tensor(&muon_xla::TensorType::new(DType::F32, s), -0.5, 0.5);
        let t = HostTensor::from_f64(dtype, t.shape().to_vec(), &t.to_f64()).unwrap();
        (n.to_string(), t)
    })
    .collect()
}

fn config() -> OptimizerConfig {
    let mut c = OptimizerConfig::preset(Preset::KellerJordan);
    c.muon.newton_schulz.dtype = DType::F32;
    c
}

#[test]
fn gradients_by_name_in_order_and_on_the_device_give_the_same_step() {
    let mut rng = Rng::new(3);
    let params = named(&mut rng, DType::F32);
    let grads = named(&mut rng, DType::F32);
    let client = xla::client();
    let mut by_name = Optimizer::from_named(client, config(), params.clone()).unwrap();
    let mut in_order = Optimizer::from_named(client, config(), params.clone()).unwrap();
    let mut on_device = Optimizer::from_named(client, config(), params.clone()).unwrap();
    // Names in another order than the parameters', as a map.
    let map: BTreeMap<String, HostTensor> = grads.iter().rev().cloned().collect();
    by_name.step(&map, 0.02).unwrap();
    let ordered: Vec<HostTensor> = grads.iter().map(|(_, t)| t.clone()).collect();
    in_order.step(&ordered, 0.02).unwrap();
    let bufs: Vec<_> = ordered.iter().map(|t| client.upload(t).unwrap()).collect();
    on_device
        .step(&bufs.iter().collect::<Vec<_>>(), 0.02)
        .unwrap();
    let want = in_order.named_params().unwrap();
    assert_eq!(by_name.named_params().unwrap(), want);
    assert_eq!(on_device.named_params().unwrap(), want);
    // The step moved the weights (the comparison is not of three untouched copies).
    assert_ne!(want[0].1, params[0].1);
    assert_eq!(by_name.param("b.w").unwrap(), want[1].1);
    // The same with a slice of pairs.
    let mut pairs = Optimizer::from_named(client, config(), params).unwrap();
    pairs.step(grads.as_slice(), 0.02).unwrap();
    assert_eq!(pairs.named_params().unwrap(), want);
}

#[test]
fn unknown_and_missing_names_are_all_listed() {
    let mut rng = Rng::new(4);
    let params = named(&mut rng, DType::F32);
    let mut opt = Optimizer::from_named(xla::client(), config(), params.clone()).unwrap();
    let g = |n: &str| (n.to_string(), params[0].1.clone());
    let err = opt
        .step(&[g("a.w"), g("nope"), g("c.w")], 0.02)
        .unwrap_err();
    match &err {
        Error::UnknownParameters {
            unknown, missing, ..
        } => {
            assert_eq!(unknown, &["nope", "c.w"]);
            assert_eq!(missing, &["b.w", "a.bias"]);
        }
        other => panic!("expected UnknownParameters, got {other:?}"),
    }
    let text = err.to_string();
    assert!(
        text.contains("no parameter named nope, c.w; missing b.w, a.bias"),
        "{text}"
    );
    assert_eq!(opt.step_count(), 0, "nothing stepped");
    assert!(matches!(
        opt.param("zzz"),
        Err(Error::UnknownParameters { .. })
    ));
}

#[test]
fn state_by_name_and_kind() {
    let mut rng = Rng::new(5);
    let mut c = config();
    c.extras.master_weights = true;
    c.extras.ema_momentum = Some(0.9);
    let params = named(&mut rng, DType::BF16);
    let mut opt = Optimizer::from_named(xla::client(), c, params.clone()).unwrap();
    let grads = named(&mut rng, DType::BF16);
    opt.step(grads.as_slice(), 0.02).unwrap();
    let m = opt.state_of("a.w", StateKind::Momentum).unwrap();
    assert_eq!(m.shape(), &[16, 8]);
    assert!(m.to_f64().iter().any(|v| *v != 0.0));
    let v = opt.state_of("a.bias", StateKind::ExpAvgSq).unwrap();
    assert!(v.to_f64().iter().all(|x| *x > 0.0));
    let master = opt.state_of("b.w", StateKind::Master).unwrap();
    assert_eq!(master.dtype(), DType::F32);
    assert_eq!(
        opt.state_of("a.w", StateKind::Ema).unwrap().dtype(),
        DType::BF16
    );
    // A kind the route does not keep names the parameter and what it keeps.
    match opt.state_of("a.bias", StateKind::Momentum).unwrap_err() {
        Error::MissingState { param, kind, keeps } => {
            assert_eq!((param.as_str(), kind.as_str()), ("a.bias", "momentum"));
            assert_eq!(keeps, "exp_avg, exp_avg_sq");
        }
        other => panic!("expected MissingState, got {other:?}"),
    }
    // Written by name, read back exactly.
    let zeros = HostTensor::zeros(m.ty().clone());
    opt.set_state_of("a.w", StateKind::Momentum, &zeros)
        .unwrap();
    assert_eq!(opt.state_of("a.w", StateKind::Momentum).unwrap(), zeros);
}

#[test]
fn save_and_load_keep_ema_and_masters_and_list_every_problem() {
    let mut rng = Rng::new(6);
    let mut c = config();
    c.extras.master_weights = true;
    c.extras.ema_momentum = Some(0.9);
    let params = named(&mut rng, DType::BF16);
    let grads: Vec<_> = (0..3).map(|_| named(&mut rng, DType::BF16)).collect();
    let client = xla::client();
    let mut a = Optimizer::from_named(client, c.clone(), params.clone()).unwrap();
    a.step(grads[0].as_slice(), 0.02).unwrap();
    let dir = std::env::temp_dir().join(format!("muon-xla-named-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("state.safetensors");
    a.save(&path, true).unwrap();
    a.step(grads[1].as_slice(), 0.02).unwrap();
    let mut b = Optimizer::from_named(client, c.clone(), params.clone()).unwrap();
    b.load(&path).unwrap();
    b.step(grads[1].as_slice(), 0.02).unwrap();
    // Bit for bit, masters and EMA included: without them in the file the bf16 weights would
    // restart their masters from the rounded values and drift.
    assert_eq!(a.named_params().unwrap(), b.named_params().unwrap());
    for kind in [StateKind::Master, StateKind::Ema, StateKind::Momentum] {
        assert_eq!(
            a.state_of("a.w", kind).unwrap(),
            b.state_of("a.w", kind).unwrap(),
            "{kind}"
        );
    }

    // Another preset, an extra tensor, a wrong type and a missing one: all reported, nothing
    // changed.
    let mut file = muon_xla::io::TensorFile::read(&path).unwrap();
    file.metadata.insert("preset".into(), "optax".into());
    file.tensors
        .insert("stray".into(), HostTensor::scalar(DType::F32, 1.0));
    file.tensors.remove("a.bias.exp_avg");
    let wrong = HostTensor::zeros(muon_xla::TensorType::new(DType::F32, vec![3]));
    file.tensors.insert("b.w.momentum".into(), wrong);
    file.write_atomic(&path).unwrap();
    let before = b.named_params().unwrap();
    let text = b.load(&path).unwrap_err().to_string();
    for needle in [
        "written under preset Some(\"optax\")",
        "`stray`",
        "missing `a.bias.exp_avg`",
        "`b.w.momentum` is f32[3]",
    ] {
        assert!(text.contains(needle), "{needle:?} not in:\n{text}");
    }
    assert_eq!(b.named_params().unwrap(), before);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn errors_are_typed_and_debug_as_their_message() {
    let specs = vec![muon_xla::ParamSpec::new("a.w", DType::F32, [16, 8])];
    let mut opt = Optimizer::new(xla::client(), specs, config()).unwrap();
    // Before set_params.
    let e = opt.param("a.w").unwrap_err();
    assert!(matches!(e, Error::NotInitialized { .. }), "{e}");
    assert!(e.to_string().contains("call set_params first"), "{e}");
    let g = HostTensor::zeros(muon_xla::TensorType::new(DType::F32, vec![16, 8]));
    let e = opt.step(&[("a.w", g.clone())], 0.02).unwrap_err();
    assert!(matches!(e, Error::NotInitialized { .. }), "{e}");
    // `Debug` is the message: what `fn main() -> muon_xla::Result<()>` prints.
    assert_eq!(format!("{e:?}"), e.to_string());
    // A gradient of another dtype is a dtype error, even with the shape wrong too.
    opt.set_params(vec![g]).unwrap();
    let wrong = HostTensor::zeros(muon_xla::TensorType::new(DType::BF16, vec![8, 16]));
    let e = opt.step(&[("a.w", wrong)], 0.02).unwrap_err();
    assert!(matches!(e, Error::DType { .. }), "{e}");
    assert!(
        e.to_string()
            .contains("`a.w` must be f32[16, 8], got bf16[8, 16]"),
        "{e}"
    );
}

#[test]
fn state_left_for_the_caller_is_set_once_or_the_step_refuses() {
    use muon_xla::runtime::Held;
    let mut rng = Rng::new(5);
    let params = named(&mut rng, DType::F32);
    let grads: Vec<HostTensor> = named(&mut rng, DType::F32)
        .into_iter()
        .map(|(_, t)| t)
        .collect();
    let specs: Vec<muon_xla::ParamSpec> = (params.iter())
        .map(|(n, t)| muon_xla::ParamSpec {
            name: n.clone(),
            ty: t.ty().clone(),
        })
        .collect();
    let values: Vec<HostTensor> = params.iter().map(|(_, t)| t.clone()).collect();
    let client = xla::client();
    // The reference: zero state from set_params, one step.
    let mut zeroed = Optimizer::new(client, specs.clone(), config()).unwrap();
    zeroed.set_params(values.clone()).unwrap();
    zeroed.step(&grads[..], 0.02).unwrap();
    // Parameter 0's momentum left for the caller, then set to zeros: the same step.
    let mut set = Optimizer::new(client, specs.clone(), config()).unwrap();
    set.set_params_then_state(values.clone(), |i, h| i == 0 && h == Held::State(0))
        .unwrap();
    let zeros = HostTensor::zeros(set.state_type(0));
    set.set_state(0, "momentum", &zeros).unwrap();
    set.step(&grads[..], 0.02).unwrap();
    assert_eq!(set.params().unwrap(), zeroed.params().unwrap());
    // Left and never set: the step refuses, nothing is updated.
    let mut unset = Optimizer::new(client, specs, config()).unwrap();
    unset
        .set_params_then_state(values.clone(), |i, h| i == 0 && h == Held::State(0))
        .unwrap();
    let err = unset.step(&grads[..], 0.02).unwrap_err();
    assert!(matches!(err, Error::NotInitialized { .. }), "{err}");
    assert_eq!(unset.params().unwrap(), values);
}
