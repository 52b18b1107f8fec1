//! The `tch` feature against real libtorch and the real XLA CPU plugin: conversions for every
//! dtype, zero-copy views, in-place write-back, and `MuonTch` against Keller Jordan's Muon written
//! with libtorch ops (`EagerMuon`), on shared gradients and along a training run.
//!
//! Run with `cargo test --release --features tch --test tch_interop` (needs LIBTORCH: see
//! .ci/install-libtorch.sh).

mod xla;

use muon_xla::config::{OptimizerConfig, Preset};
use muon_xla::interop::tch::{convert, EagerMuon, MuonTch, TransferStats};
use muon_xla::{DType, Error, HostTensor, TensorType};
use tch::nn::{self, Module};
use tch::{Device, Kind, Tensor};

const VALUES: [f64; 6] = [0.0, -1.0, 1.5, 3.0, -0.0, 7.0];

fn tensor_of(dtype: DType) -> Tensor {
    Tensor::from_slice(&VALUES)
        .to_kind(convert::kind_of(dtype))
        .reshape([2, 3])
}

/// ‖a − b‖ / ‖b‖ in f64.
fn rel_err(a: &Tensor, b: &Tensor) -> f64 {
    let (a, b) = (a.to_kind(Kind::Double), b.to_kind(Kind::Double));
    let diff = (&a - &b).norm().double_value(&[]);
    diff / b.norm().double_value(&[]).max(f64::MIN_POSITIVE)
}

fn keller_config(ns: DType) -> OptimizerConfig {
    let mut config = OptimizerConfig::preset(Preset::KellerJordan);
    config.muon.newton_schulz.dtype = ns;
    config
}

#[test]
fn every_dtype_converts_both_ways_bit_exactly() {
    let client = xla::client();
    for dtype in DType::ALL {
        let t = tensor_of(dtype);
        let want = HostTensor::from_f64(dtype, vec![2, 3], &VALUES).unwrap();
        assert_eq!(convert::dtype_of(t.kind()).unwrap(), dtype);
        let host = convert::to_host(&t).unwrap();
        assert_eq!(host, want, "{dtype}: to_host");
        let back = convert::from_host(&host).unwrap();
        assert_eq!(back.kind(), t.kind(), "{dtype}");
        assert_eq!(convert::to_host(&back).unwrap(), want, "{dtype}: from_host");

        let copied = convert::upload(client, &t).unwrap();
        assert_eq!(copied.to_host().unwrap(), want, "{dtype}: upload");
        // SAFETY: nothing else uses `t` while the view lives.
        let view = unsafe { convert::view(client, &t) }.unwrap();
        assert!(view.is_zero_copy(), "{dtype}: libtorch storage was copied");
        assert_eq!(view.unsafe_pointer().unwrap(), t.data_ptr() as usize);
        assert_eq!(view.to_host().unwrap(), want, "{dtype}: view");
        let fresh = convert::to_tensor(&view).unwrap();
        assert_eq!(fresh.size(), vec![2, 3]);
        assert_eq!(
            convert::to_host(&fresh).unwrap(),
            want,
            "{dtype}: to_tensor"
        );
    }
}

#[test]
fn unsupported_kinds_are_dtype_errors_that_name_the_kind() {
    for kind in [Kind::Uint8, Kind::Int8, Kind::ComplexFloat] {
        let err = convert::dtype_of(kind).unwrap_err();
        assert!(matches!(err, Error::DType { .. }), "{err}");
        assert!(err.to_string().contains(&format!("{kind:?}")), "{err}");
        assert!(err.to_string().contains("to_kind"), "{err}");
    }
    let t = Tensor::from_slice(&[1u8, 2, 3]);
    let err = convert::upload(xla::client(), &t).unwrap_err();
    assert!(err.to_string().contains("Uint8"), "{err}");
}

#[test]
fn non_contiguous_tensors_are_copied_and_refuse_views() {
    let client = xla::client();
    let t = Tensor::from_slice(&[1f32, 2., 3., 4., 5., 6.]).reshape([2, 3]);
    let tt = t.transpose(0, 1);
    assert!(!tt.is_contiguous());
    let b = convert::upload(client, &tt).unwrap();
    assert_eq!(b.ty(), &TensorType::new(DType::F32, vec![3, 2]));
    assert_eq!(b.to_host().unwrap().to_f32(), vec![1., 4., 2., 5., 3., 6.]);
    // SAFETY: the call fails before any view exists.
    let err = unsafe { convert::view(client, &tt) }.err().unwrap();
    assert!(err.to_string().contains("contiguous()"), "{err}");
}

#[test]
fn copy_into_writes_the_tensors_own_storage() {
    let client = xla::client();
    let src = client
        .upload(&HostTensor::from_f32(vec![2, 3], &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]).unwrap())
        .unwrap();
    let mut dst = Tensor::zeros([2, 3], (Kind::Float, Device::Cpu));
    let alias = dst.shallow_clone();
    let ptr = dst.data_ptr();
    convert::copy_into(&src, &mut dst).unwrap();
    assert_eq!(dst.data_ptr(), ptr);
    assert_eq!(
        Vec::<f32>::try_from(alias.reshape([-1])).unwrap(),
        vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0]
    );
    // A strided destination goes through a temporary and copy_.
    let base = Tensor::zeros([3, 2], (Kind::Float, Device::Cpu));
    let mut strided = base.transpose(0, 1);
    convert::copy_into(&src, &mut strided).unwrap();
    assert_eq!(
        Vec::<f32>::try_from(base.reshape([-1])).unwrap(),
        vec![1.0, 4.0, 2.0, 5.0, 3.0, 6.0]
    );
    let mut wrong = Tensor::zeros([3, 2], (Kind::Float, Device::Cpu));
    let err = convert::copy_into(&src, &mut wrong).unwrap_err();
    assert!(matches!(err, Error::Shape { .. }), "{err}");
    let mut wrong_kind = Tensor::zeros([2, 3], (Kind::Double, Device::Cpu));
    let err = convert::copy_into(&src, &mut wrong_kind).unwrap_err();
    assert!(matches!(err, Error::DType { .. }), "{err}");
}

/// Parameters of every kind the Keller Jordan preset routes: tall, wide, square, conv (4-D,
/// flattened), and a bias (Adam).
fn shapes() -> Vec<(&'static str, Vec<i64>)> {
    vec![
        ("tall", vec![96, 32]),
        ("wide", vec![32, 80]),
        ("square", vec![48, 48]),
        ("conv", vec![16, 4, 3, 3]),
        ("bias", vec![32]),
    ]
}

/// Sets `p.grad` to exactly `g` (the gradient of `sum(p ⊙ g)`).
fn set_grad(p: &Tensor, g: &Tensor) {
    let mut p = p.shallow_clone();
    p.zero_grad();
    (&p * g).sum(Kind::Float).backward();
}

fn shared_gradient_parity(ns: DType, tol: f64) -> Vec<f64> {
    let client = xla::client();
    tch::manual_seed(7);
    let init: Vec<Tensor> = shapes()
        .iter()
        .map(|(_, s)| Tensor::randn(s.as_slice(), (Kind::Float, Device::Cpu)) * 0.1)
        .collect();
    let ours: Vec<Tensor> = init
        .iter()
        .map(|t| t.copy().set_requires_grad(true))
        .collect();
    let theirs: Vec<Tensor> = init
        .iter()
        .map(|t| t.copy().set_requires_grad(true))
        .collect();
    let named = shapes()
        .iter()
        .zip(&ours)
        .map(|((n, _), t)| (n.to_string(), t.shallow_clone()))
        .collect();
    let mut opt = MuonTch::new(client, named, keller_config(ns)).unwrap();
    let kind = if ns == DType::BF16 {
        Kind::BFloat16
    } else {
        Kind::Float
    };
    let mut reference = EagerMuon::new(&theirs, kind).unwrap();
    let ptrs: Vec<_> = ours.iter().map(Tensor::data_ptr).collect();
    let mut worst = vec![0.0f64; ours.len()];
    for step in 1..=5 {
        for (a, b) in ours.iter().zip(&theirs) {
            let g = Tensor::randn(a.size().as_slice(), (Kind::Float, Device::Cpu));
            set_grad(a, &g);
            set_grad(b, &g);
        }
        let lr = 0.02 * (1.0 - 0.1 * step as f64);
        let report = opt.step(lr).unwrap();
        assert!(report.applied);
        reference.step(lr).unwrap();
        assert_eq!(
            opt.last_transfers(),
            TransferStats {
                params_in_place: 5,
                params_copied: 0,
                grads_zero_copy: 5,
                grads_copied: 0
            },
            "step {step}"
        );
        for (i, (a, b)) in ours.iter().zip(&theirs).enumerate() {
            assert_eq!(a.data_ptr(), ptrs[i], "the parameter moved");
            let e = rel_err(a, b);
            let moved = rel_err(a, &init[i]);
            assert!(
                moved > 1e-3,
                "{}: step {step} did not move it ({moved:e})",
                shapes()[i].0
            );
            assert!(
                e <= tol,
                "{} after step {step}: relative error {e:e} > {tol:e}",
                shapes()[i].0
            );
            worst[i] = worst[i].max(e);
        }
    }
    assert_eq!(opt.optimizer().step_count(), 5);
    worst
}

#[test]
fn muon_tch_matches_eager_keller_jordan_muon_f32_on_shared_gradients() {
    let worst = shared_gradient_parity(DType::F32, 1e-5);
    eprintln!("f32 Newton-Schulz: worst relative error per tensor over 5 steps {worst:?}");
}

#[test]
fn muon_tch_matches_eager_keller_jordan_muon_bf16_within_the_bf16_band() {
    let worst = shared_gradient_parity(DType::BF16, 1e-2);
    eprintln!("bf16 Newton-Schulz: worst relative error per tensor over 5 steps {worst:?}");
}

fn mlp(vs: &nn::VarStore) -> impl Module {
    let root = vs.root();
    nn::seq()
        .add(nn::linear(&root / "fc1", 32, 128, Default::default()))
        .add_fn(|x| x.tanh())
        .add(nn::linear(&root / "fc2", 128, 128, Default::default()))
        .add_fn(|x| x.tanh())
        .add(nn::linear(&root / "fc3", 128, 8, Default::default()))
}

#[test]
fn muon_tch_trains_a_var_store_mlp_along_the_eager_trajectory() {
    let client = xla::client();
    tch::manual_seed(3);
    let teacher_w = Tensor::randn([32, 8], (Kind::Float, Device::Cpu));
    let x = Tensor::randn([256, 32], (Kind::Float, Device::Cpu));
    let y = x.matmul(&teacher_w).sin();
    let vs = nn::VarStore::new(Device::Cpu);
    let net = mlp(&vs);
    let mut vs_ref = nn::VarStore::new(Device::Cpu);
    let net_ref = mlp(&vs_ref);
    vs_ref.copy(&vs).unwrap();
    let mut opt = MuonTch::from_var_store(client, &vs, keller_config(DType::F32)).unwrap();
    let names: Vec<String> = (0..opt.optimizer().len())
        .map(|i| opt.optimizer().spec(i).name.clone())
        .collect();
    assert_eq!(
        names,
        [
            "fc1.bias",
            "fc1.weight",
            "fc2.bias",
            "fc2.weight",
            "fc3.bias",
            "fc3.weight"
        ]
    );
    let mut reference = EagerMuon::new(
        &names
            .iter()
            .map(|n| vs_ref.variables()[n].shallow_clone())
            .collect::<Vec<_>>(),
        Kind::Float,
    )
    .unwrap();
    let loss_of = |net: &dyn Module| net.forward(&x).mse_loss(&y, tch::Reduction::Mean);
    let first = loss_of(&net).double_value(&[]);
    for _ in 0..5 {
        opt.zero_grad();
        loss_of(&net).backward();
        opt.step(0.02).unwrap();
        reference.zero_grad();
        loss_of(&net_ref).backward();
        reference.step(0.02).unwrap();
    }
    let ours = vs.variables();
    let theirs = vs_ref.variables();
    for name in &names {
        let e = rel_err(&ours[name], &theirs[name]);
        eprintln!("{name}: relative error after 5 steps {e:e}");
        assert!(e <= 1e-5, "{name}: {e:e}");
    }
    for _ in 0..45 {
        opt.zero_grad();
        loss_of(&net).backward();
        opt.step(0.02).unwrap();
    }
    let last = loss_of(&net).double_value(&[]);
    eprintln!("loss {first:.5} -> {last:.5} after 50 steps");
    assert!(last < 0.5 * first, "loss {first} -> {last}");
}

#[test]
fn step_errors_name_the_parameter_and_the_fix() {
    let client = xla::client();
    let w = Tensor::randn([8, 4], (Kind::Float, Device::Cpu)).set_requires_grad(true);
    let mut opt = MuonTch::new(
        client,
        vec![("w".into(), w.shallow_clone())],
        keller_config(DType::F32),
    )
    .unwrap();
    let err = opt.step(0.02).unwrap_err();
    assert!(
        err.to_string().contains("`w`") && err.to_string().contains("backward()"),
        "{err}"
    );

    let ints = Tensor::from_slice(&[1i32, 2, 3, 4]).reshape([2, 2]);
    let err = MuonTch::new(
        client,
        vec![("ints".into(), ints)],
        keller_config(DType::F32),
    )
    .err()
    .unwrap();
    assert!(
        matches!(err, Error::DType { .. }) && err.to_string().contains("`ints`"),
        "{err}"
    );

    let strided = Tensor::randn([4, 8], (Kind::Float, Device::Cpu)).transpose(0, 1);
    let err = MuonTch::new(
        client,
        vec![("t".into(), strided)],
        keller_config(DType::F32),
    )
    .err()
    .unwrap();
    assert!(
        err.to_string().contains("`t`") && err.to_string().contains("contiguous()"),
        "{err}"
    );

    let err = MuonTch::new(client, Vec::new(), keller_config(DType::F32))
        .err()
        .unwrap();
    assert!(err.to_string().contains("at least one parameter"), "{err}");
}

#[test]
fn unaligned_parameters_are_copied_back_and_still_match_the_reference() {
    let client = xla::client();
    tch::manual_seed(11);
    // Rows 1..33 of a 33×33 tensor: contiguous, but 132 bytes into the storage, so the plugin
    // cannot alias it and the step's result is copied back into the tensor.
    let base = Tensor::randn([33, 33], (Kind::Float, Device::Cpu));
    let before = base.copy();
    let ours = base.narrow(0, 1, 32).detach().set_requires_grad(true);
    assert!(ours.is_contiguous());
    assert_ne!(ours.data_ptr() as usize % 64, 0);
    let theirs = ours.copy().detach().set_requires_grad(true);
    let mut opt = MuonTch::new(
        client,
        vec![("odd".into(), ours.shallow_clone())],
        keller_config(DType::F32),
    )
    .unwrap();
    let mut reference = EagerMuon::new(std::slice::from_ref(&theirs), Kind::Float).unwrap();
    for _ in 0..3 {
        let g = Tensor::randn([32, 33], (Kind::Float, Device::Cpu));
        set_grad(&ours, &g);
        set_grad(&theirs, &g);
        opt.step(0.02).unwrap();
        reference.step(0.02).unwrap();
        let stats = opt.last_transfers();
        assert_eq!((stats.params_in_place, stats.params_copied), (0, 1));
    }
    let e = rel_err(&ours, &theirs);
    assert!(e <= 1e-5, "relative error {e:e}");
    assert!(rel_err(&ours, &before.narrow(0, 1, 32)) > 1e-3);
    // Row 0 of the storage is not ours and was not touched.
    assert_eq!(rel_err(&base.narrow(0, 0, 1), &before.narrow(0, 0, 1)), 0.0);
}
