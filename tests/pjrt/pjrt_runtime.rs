//! The PJRT runtime layer driving the real XLA CPU plugin: load, compile, transfer, execute,
//! donate, serialize, and the errors on the way.

use crate::common;

use std::sync::OnceLock;

use muon_xla::pjrt::{
    Arg, Buffer, Client, ClientOptions, CompileOptions, Executable, OptionValue, Plugin,
};
use muon_xla::{DType, Error, HostTensor, Signature, TensorType};

fn plugin() -> Plugin {
    Plugin::load(&common::plugin_path()).unwrap_or_else(|e| panic!("{e}"))
}

fn client() -> &'static Client {
    static CLIENT: OnceLock<Client> = OnceLock::new();
    CLIENT.get_or_init(|| Client::new(&plugin()).unwrap_or_else(|e| panic!("{e}")))
}

fn f32t(shape: &[usize]) -> TensorType {
    TensorType::new(DType::F32, shape.to_vec())
}

fn sig(
    inputs: Vec<TensorType>,
    outputs: Vec<TensorType>,
    aliases: Vec<Option<usize>>,
) -> Signature {
    Signature {
        inputs,
        outputs,
        aliases,
    }
}

/// A JAX-style module around `body` (the `@main` function).
fn module(body: &str) -> String {
    format!(
        "module @jit_f attributes {{mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32}} {{\n{body}\n}}\n"
    )
}

const ADD: &str = r#"
  func.func public @main(%arg0: tensor<2x3xf32>, %arg1: tensor<2x3xf32>) -> (tensor<2x3xf32> {jax.result_info = "result"}) {
    %0 = stablehlo.add %arg0, %arg1 : tensor<2x3xf32>
    return %0 : tensor<2x3xf32>
  }"#;

fn add_exe() -> Executable {
    let s = sig(
        vec![f32t(&[2, 3]), f32t(&[2, 3])],
        vec![f32t(&[2, 3])],
        vec![],
    );
    client()
        .compile(&module(ADD), s, &CompileOptions::default())
        .unwrap_or_else(|e| panic!("{e}"))
}

fn t32(shape: &[usize], v: &[f32]) -> HostTensor {
    HostTensor::from_f32(shape.to_vec(), v).unwrap()
}

#[test]
fn plugin_loads_with_api_0_81_or_newer_and_is_cpu() {
    let p = plugin();
    let (major, minor) = p.api_version();
    assert_eq!(major, 0);
    assert!(minor >= 81, "API minor {minor}");
    assert_eq!(client().platform_name().unwrap(), "cpu");
    assert!(!client().platform_version().unwrap().is_empty());
    assert!(client().device_count() >= 1);
    let descriptions = client().device_descriptions().unwrap();
    assert_eq!(descriptions.len(), client().device_count());
    assert!(
        descriptions.iter().all(|d| !d.is_empty()),
        "{descriptions:?}"
    );
    // The same file through another spelling of its path is the same plugin.
    let path = common::plugin_path();
    let dir = path.parent().unwrap();
    let again = dir
        .join("..")
        .join(dir.file_name().unwrap())
        .join(path.file_name().unwrap());
    let p2 = Plugin::load(&again).unwrap();
    assert_eq!(p2.path(), p.path());
    let attrs = p.attributes();
    eprintln!("plugin attributes: {attrs:?}");
    assert!(
        attrs
            .iter()
            .any(|(k, v)| k == "xla_version" && !v.is_empty()),
        "{attrs:?}"
    );
}

#[test]
fn add_program_gives_exact_numbers() {
    let exe = add_exe();
    assert_eq!(exe.num_outputs().unwrap(), 1);
    let a = t32(&[2, 3], &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
    let b = t32(&[2, 3], &[0.5, -2.0, 10.0, 0.25, -5.0, 1e6]);
    let out = exe.execute_host(&[a.clone(), b.clone()]).unwrap();
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].ty(), &f32t(&[2, 3]));
    assert_eq!(out[0].to_f32(), vec![1.5, 0.0, 13.0, 4.25, 0.0, 1000006.0]);

    // Through explicit buffers, kept: the inputs stay usable.
    let (ba, bb) = (client().upload(&a).unwrap(), client().upload(&b).unwrap());
    for _ in 0..2 {
        let out = exe.execute(vec![Arg::Keep(&ba), Arg::Keep(&bb)]).unwrap();
        assert_eq!(out[0].ty(), &f32t(&[2, 3]));
        assert_eq!(
            out[0].to_host().unwrap(),
            HostTensor::from_f32(vec![2, 3], &[1.5, 0.0, 13.0, 4.25, 0.0, 1000006.0]).unwrap()
        );
    }
    assert_eq!(ba.to_host().unwrap(), a);
}

fn special_values(dtype: DType) -> Vec<f64> {
    match dtype {
        DType::Pred => vec![1.0, 0.0, 1.0, 1.0, 0.0, 0.0],
        DType::I32 => vec![0.0, -1.0, 2147483647.0, -2147483648.0, 12345.0, 7.0],
        DType::I64 => vec![0.0, -1.0, 9.0e15, -9.0e15, 12345.0, 7.0],
        _ => vec![0.0, -0.0, 1.5, -3.25, f64::INFINITY, f64::NAN],
    }
}

#[test]
fn every_dtype_round_trips_bit_exactly() {
    for dtype in DType::ALL {
        let t = HostTensor::from_f64(dtype, vec![2, 3], &special_values(dtype)).unwrap();
        let b = client().upload(&t).unwrap();
        assert_eq!(b.ty(), t.ty(), "{dtype}");
        let back = b.to_host().unwrap();
        assert_eq!(back.bytes(), t.bytes(), "{dtype} upload/download");

        // Through a program that returns its argument.
        let ty = t.ty().mlir();
        let body = format!(
            "  func.func public @main(%arg0: {ty}) -> ({ty} {{jax.result_info = \"result\"}}) {{\n    return %arg0 : {ty}\n  }}"
        );
        let exe = client()
            .compile(
                &module(&body),
                sig(vec![t.ty().clone()], vec![t.ty().clone()], vec![]),
                &CompileOptions::default(),
            )
            .unwrap_or_else(|e| panic!("{dtype}: {e}"));
        let out = exe.execute(vec![Arg::Keep(&b)]).unwrap();
        assert_eq!(
            out[0].to_host().unwrap().bytes(),
            t.bytes(),
            "{dtype} identity program"
        );
    }
    // Scalars and empty tensors too.
    for t in [
        HostTensor::scalar(DType::F64, -2.5),
        HostTensor::zeros(TensorType::new(DType::BF16, vec![0, 4])),
    ] {
        assert_eq!(client().upload(&t).unwrap().to_host().unwrap(), t);
    }
}

const DONATE: &str = r#"
  func.func public @main(%arg0: tensor<4xf32> {tf.aliasing_output = 0 : i32}, %arg1: tensor<4xf32>) -> (tensor<4xf32> {jax.result_info = "result"}) {
    %0 = stablehlo.add %arg0, %arg1 : tensor<4xf32>
    return %0 : tensor<4xf32>
  }"#;

#[test]
fn donation_and_keep_at_an_aliased_position() {
    let s = sig(
        vec![f32t(&[4]), f32t(&[4])],
        vec![f32t(&[4])],
        vec![Some(0), None],
    );
    let exe = client()
        .compile(&module(DONATE), s, &CompileOptions::default())
        .unwrap();
    let p = t32(&[4], &[1.0, 2.0, 3.0, 4.0]);
    let g = t32(&[4], &[10.0, 20.0, 30.0, 40.0]);
    let want = vec![11.0, 22.0, 33.0, 44.0];
    let bg = client().upload(&g).unwrap();

    // Donated: consumed, result correct; and again with the result donated back in.
    let bp = client().upload(&p).unwrap();
    let out = exe.execute(vec![Arg::Donate(bp), Arg::Keep(&bg)]).unwrap();
    assert_eq!(out[0].to_host().unwrap().to_f32(), want);
    let next = out.into_iter().next().unwrap();
    let out = exe
        .execute(vec![Arg::Donate(next), Arg::Keep(&bg)])
        .unwrap();
    assert_eq!(
        out[0].to_host().unwrap().to_f32(),
        vec![21.0, 42.0, 63.0, 84.0]
    );

    // Kept at the aliased position: result correct, and the kept buffer still holds its values.
    let bp = client().upload(&p).unwrap();
    for _ in 0..3 {
        let out = exe.execute(vec![Arg::Keep(&bp), Arg::Keep(&bg)]).unwrap();
        assert_eq!(out[0].to_host().unwrap().to_f32(), want);
        assert_eq!(bp.to_host().unwrap(), p);
    }
    assert_eq!(bg.to_host().unwrap(), g);
    // Host convenience never donates.
    assert_eq!(
        exe.execute_host(&[p.clone(), g.clone()]).unwrap()[0].to_f32(),
        want
    );
}

#[test]
fn invalid_mlir_is_a_pjrt_error_not_an_abort() {
    let s = sig(vec![f32t(&[2, 3])], vec![f32t(&[2, 3])], vec![]);
    let err = client()
        .compile("this is not MLIR", s.clone(), &CompileOptions::default())
        .unwrap_err();
    eprintln!("{err}");
    match &err {
        Error::Pjrt {
            function,
            code,
            msg,
        } => {
            assert_eq!(*function, "PJRT_Client_Compile");
            // The 0.81 CPU plugin reports parse failures as UNKNOWN.
            assert!(!code.is_empty() && code != "OK", "{code}");
            assert!(msg.contains("Failed to parse"), "{msg}");
        }
        other => panic!("expected Error::Pjrt, got {other:?}"),
    }
    // Well-formed but ill-typed.
    let bad = module(
        r#"  func.func public @main(%arg0: tensor<2x3xf32>) -> tensor<2x3xf32> {
    %0 = stablehlo.add %arg0, %arg0 : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<3x2xf32>
    return %0 : tensor<3x2xf32>
  }"#,
    );
    let err = client()
        .compile(&bad, s, &CompileOptions::default())
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Pjrt {
                function: "PJRT_Client_Compile",
                ..
            }
        ),
        "{err:?}"
    );
    // The client still works afterwards.
    assert_eq!(add_exe().num_outputs().unwrap(), 1);
}

#[test]
fn a_signature_with_the_wrong_result_count_is_rejected() {
    let s = sig(
        vec![f32t(&[2, 3]), f32t(&[2, 3])],
        vec![f32t(&[2, 3]), f32t(&[2, 3])],
        vec![],
    );
    let err = client()
        .compile(&module(ADD), s, &CompileOptions::default())
        .unwrap_err();
    assert!(matches!(err, Error::Shape { .. }), "{err:?}");
    let s = sig(
        vec![f32t(&[2, 3]), f32t(&[2, 3])],
        vec![f32t(&[2, 3])],
        vec![Some(0)],
    );
    let err = client()
        .compile(&module(ADD), s, &CompileOptions::default())
        .unwrap_err();
    assert!(matches!(err, Error::Shape { .. }), "{err:?}");
}

#[test]
fn bad_arguments_fail_before_the_call_and_name_the_argument() {
    let exe = add_exe();
    let good = client().upload(&t32(&[2, 3], &[0.0; 6])).unwrap();
    let f64_arg = client()
        .upload(&HostTensor::from_f64(DType::F64, vec![2, 3], &[0.0; 6]).unwrap())
        .unwrap();
    let err = exe
        .execute(vec![Arg::Keep(&good), Arg::Keep(&f64_arg)])
        .unwrap_err();
    let text = err.to_string();
    assert!(matches!(err, Error::DType { .. }), "{err:?}");
    assert!(
        text.contains("argument 1") && text.contains("f32[2, 3]") && text.contains("f64[2, 3]"),
        "{text}"
    );

    let wrong_shape = client().upload(&t32(&[3, 2], &[0.0; 6])).unwrap();
    let err = exe
        .execute(vec![Arg::Keep(&wrong_shape), Arg::Keep(&good)])
        .unwrap_err();
    let text = err.to_string();
    assert!(matches!(err, Error::Shape { .. }), "{err:?}");
    assert!(
        text.contains("argument 0") && text.contains("[3, 2]") && text.contains("[2, 3]"),
        "{text}"
    );

    let err = exe.execute(vec![Arg::Keep(&good)]).unwrap_err();
    assert!(matches!(err, Error::Shape { .. }), "{err:?}");
    assert!(
        err.to_string().contains("expected 2 arguments, got 1"),
        "{err}"
    );

    // A donated argument that fails the check is still released, and nothing ran.
    let donated = client().upload(&t32(&[2, 3], &[1.0; 6])).unwrap();
    let err = exe
        .execute(vec![Arg::Donate(donated), Arg::Keep(&f64_arg)])
        .unwrap_err();
    assert!(matches!(err, Error::DType { .. }), "{err:?}");

    // Wrong host inputs through the convenience path.
    let err = exe.execute_host(&[t32(&[2, 3], &[0.0; 6])]).unwrap_err();
    assert!(matches!(err, Error::Shape { .. }), "{err:?}");
}

#[test]
fn files_that_are_not_pjrt_plugins_are_plugin_errors_naming_the_path() {
    let dir = std::env::temp_dir().join(format!("muon-xla-pjrt-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let text = dir.join("not_a_plugin.so");
    std::fs::write(&text, "just some text\n").unwrap();
    let mut paths = vec![text.clone(), dir.join("does_not_exist.so")];
    let libm = std::path::Path::new("/lib/x86_64-linux-gnu/libm.so.6");
    if libm.exists() {
        paths.push(libm.to_path_buf());
    }
    for path in paths {
        let err = Plugin::load(&path).unwrap_err();
        eprintln!("{err}");
        match &err {
            Error::Plugin { path: p, msg } => {
                assert!(!msg.is_empty());
                assert_eq!(p, &path);
            }
            other => panic!("{}: expected Error::Plugin, got {other:?}", path.display()),
        }
        assert!(
            err.to_string()
                .contains(path.file_name().unwrap().to_str().unwrap()),
            "{err}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn serialize_deserialize_execute_gives_identical_results() {
    let exe = add_exe();
    let bytes = exe.serialize().unwrap();
    assert!(bytes.len() > 100, "{} bytes", bytes.len());
    let loaded = client()
        .deserialize(&bytes, exe.signature().clone())
        .unwrap();
    assert_eq!(loaded.signature(), exe.signature());
    let a = t32(&[2, 3], &[1.0, -2.0, 3.5, 1e-3, 7.0, 8.0]);
    let b = t32(&[2, 3], &[0.1, 0.2, 0.3, 0.4, 0.5, 0.6]);
    let x = exe.execute_host(&[a.clone(), b.clone()]).unwrap();
    let y = loaded.execute_host(&[a, b]).unwrap();
    assert_eq!(x, y);
    // Garbage is an error, not a crash.
    let err = client()
        .deserialize(b"not an executable", exe.signature().clone())
        .unwrap_err();
    assert!(
        matches!(
            err,
            Error::Pjrt {
                function: "PJRT_Executable_DeserializeAndLoad",
                ..
            }
        ),
        "{err:?}"
    );
}

#[test]
fn optimized_program_is_available() {
    let hlo = add_exe().optimized_hlo().unwrap();
    assert!(hlo.len() > 50, "{} bytes", hlo.len());
    // The serialized HloModuleProto names the entry computation somewhere in it.
    assert!(
        hlo.windows(4).any(|w| w == b"main"),
        "no `main` in the optimized program"
    );
}

#[test]
fn dot_general_matches_a_hand_computation() {
    let body = r#"
  func.func public @main(%arg0: tensor<2x3xf32>, %arg1: tensor<3x2xf32>) -> (tensor<2x2xf32> {jax.result_info = "result"}) {
    %0 = stablehlo.dot_general %arg0, %arg1, contracting_dims = [1] x [0] : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x2xf32>
    return %0 : tensor<2x2xf32>
  }"#;
    let s = sig(
        vec![f32t(&[2, 3]), f32t(&[3, 2])],
        vec![f32t(&[2, 2])],
        vec![],
    );
    let exe = client()
        .compile(&module(body), s, &CompileOptions::default())
        .unwrap();
    let a = t32(&[2, 3], &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
    let b = t32(&[3, 2], &[7.0, 8.0, 9.0, 10.0, 11.0, 12.0]);
    // [1 2 3; 4 5 6] x [7 8; 9 10; 11 12] = [58 64; 139 154]
    let out = exe.execute_host(&[a, b]).unwrap();
    assert_eq!(out[0].to_f32(), vec![58.0, 64.0, 139.0, 154.0]);

    // Batched, as the Newton–Schulz groups use it: [2,2,3] x [2,3,1].
    let body = r#"
  func.func public @main(%arg0: tensor<2x2x3xf32>, %arg1: tensor<2x3x1xf32>) -> (tensor<2x2x1xf32> {jax.result_info = "result"}) {
    %0 = stablehlo.dot_general %arg0, %arg1, batching_dims = [0] x [0], contracting_dims = [2] x [1] : (tensor<2x2x3xf32>, tensor<2x3x1xf32>) -> tensor<2x2x1xf32>
    return %0 : tensor<2x2x1xf32>
  }"#;
    let s = sig(
        vec![f32t(&[2, 2, 3]), f32t(&[2, 3, 1])],
        vec![f32t(&[2, 2, 1])],
        vec![],
    );
    let exe = client()
        .compile(&module(body), s, &CompileOptions::default())
        .unwrap();
    let a = t32(
        &[2, 2, 3],
        &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0],
    );
    let b = t32(&[2, 3, 1], &[1.0, 1.0, 1.0, 5.0, 6.0, 7.0]);
    let out = exe.execute_host(&[a, b]).unwrap();
    assert_eq!(out[0].to_f32(), vec![6.0, 15.0, 5.0, 6.0]);
}

#[test]
fn several_results_of_different_types_come_back_in_order() {
    let body = r#"
  func.func public @main(%arg0: tensor<3xf32>, %arg1: tensor<i32>) -> (tensor<3xi32> {jax.result_info = "[0]"}, tensor<f32> {jax.result_info = "[1]"}, tensor<3xi1> {jax.result_info = "[2]"}) {
    %0 = stablehlo.convert %arg0 : (tensor<3xf32>) -> tensor<3xi32>
    %1 = stablehlo.broadcast_in_dim %arg1, dims = [] : (tensor<i32>) -> tensor<3xi32>
    %2 = stablehlo.add %0, %1 : tensor<3xi32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3 = stablehlo.reduce(%arg0 init: %cst) applies stablehlo.add across dimensions = [0] : (tensor<3xf32>, tensor<f32>) -> tensor<f32>
    %4 = stablehlo.compare  GT, %0, %1,  SIGNED : (tensor<3xi32>, tensor<3xi32>) -> tensor<3xi1>
    return %2, %3, %4 : tensor<3xi32>, tensor<f32>, tensor<3xi1>
  }"#;
    let outs = vec![
        TensorType::new(DType::I32, vec![3]),
        TensorType::scalar(DType::F32),
        TensorType::new(DType::Pred, vec![3]),
    ];
    let s = sig(
        vec![f32t(&[3]), TensorType::scalar(DType::I32)],
        outs.clone(),
        vec![],
    );
    let exe = client()
        .compile(&module(body), s, &CompileOptions::default())
        .unwrap();
    let out = exe
        .execute_host(&[
            t32(&[3], &[1.9, -2.5, 7.0]),
            HostTensor::scalar(DType::I32, 2.0),
        ])
        .unwrap();
    let types: Vec<_> = out.iter().map(|t| t.ty().clone()).collect();
    assert_eq!(types, outs);
    assert_eq!(out[0].to_f64(), vec![3.0, 0.0, 9.0]);
    assert_eq!(out[1].to_f64(), vec![6.4f32 as f64]);
    assert_eq!(out[2].to_f64(), vec![0.0, 0.0, 1.0]);
}

#[test]
fn default_compile_options_encode_to_these_bytes() {
    // CompileOptionsProto { executable_build_options (3) { device_ordinal (1): -1,
    //   num_replicas (4): 1, num_partitions (5): 1 } }
    //   env_option_overrides (7) { "xla_allow_excess_precision": { bool_field (2): false } }
    let mut want = vec![0x1a, 0x0f, 0x08];
    want.extend_from_slice(&[0xff; 9]);
    want.extend_from_slice(&[0x01, 0x20, 0x01, 0x28, 0x01]);
    want.extend_from_slice(&[0x3a, 0x20, 0x0a, 0x1a]);
    want.extend_from_slice(b"xla_allow_excess_precision");
    want.extend_from_slice(&[0x12, 0x02, 0x10, 0x00]);
    assert_eq!(CompileOptions::default().encode(), want);
    let spmd = CompileOptions {
        num_partitions: 4,
        use_spmd_partitioning: true,
        env_option_overrides: Vec::new(),
        ..CompileOptions::default()
    };
    let bytes = spmd.encode();
    assert_eq!(&bytes[..2], &[0x1a, 0x11]);
    assert_eq!(&bytes[bytes.len() - 4..], &[0x28, 0x04, 0x30, 0x01]);
}

#[test]
fn env_option_overrides_reach_xla() {
    let s = sig(
        vec![f32t(&[2, 3]), f32t(&[2, 3])],
        vec![f32t(&[2, 3])],
        vec![],
    );
    let known = CompileOptions {
        env_option_overrides: vec![("xla_cpu_enable_fast_math".into(), OptionValue::Bool(false))],
        ..CompileOptions::default()
    };
    let exe = client().compile(&module(ADD), s.clone(), &known).unwrap();
    let out = exe
        .execute_host(&[t32(&[2, 3], &[1.0; 6]), t32(&[2, 3], &[2.0; 6])])
        .unwrap();
    assert_eq!(out[0].to_f32(), vec![3.0; 6]);
    let unknown = CompileOptions {
        env_option_overrides: vec![("xla_no_such_flag_at_all".into(), OptionValue::Int(3))],
        ..CompileOptions::default()
    };
    let err = client().compile(&module(ADD), s, &unknown).unwrap_err();
    eprintln!("{err}");
    assert!(matches!(err, Error::Pjrt { .. }), "{err:?}");
    assert!(err.to_string().contains("xla_no_such_flag_at_all"), "{err}");
}

#[test]
fn cpu_device_count_option_and_upload_to_a_device() {
    let c = Client::with_options(
        &plugin(),
        &ClientOptions {
            cpu_device_count: Some(3),
        },
    )
    .unwrap();
    assert_eq!(c.device_count(), 3);
    assert_eq!(c.device_descriptions().unwrap().len(), 3);
    let t = t32(&[2], &[1.0, 2.0]);
    let b = c.upload_to(&t, 2).unwrap();
    assert_eq!(b.to_host().unwrap(), t);
    let err = c.upload_to(&t, 3).unwrap_err();
    assert!(err.to_string().contains("device 3"), "{err}");
    // Buffers of one client are refused by another client's executables.
    let err = add_exe()
        .execute(vec![Arg::Keep(&b), Arg::Keep(&b)])
        .unwrap_err();
    assert!(err.to_string().contains("argument 0"), "{err}");
}

#[test]
fn executables_and_buffers_are_shared_between_threads() {
    let exe = add_exe();
    let b = client()
        .upload(&t32(&[2, 3], &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]))
        .unwrap();
    std::thread::scope(|s| {
        for k in 0..4 {
            let (exe, b) = (&exe, &b);
            s.spawn(move || {
                for _ in 0..5 {
                    let out: Vec<Buffer> = exe.execute(vec![Arg::Keep(b), Arg::Keep(b)]).unwrap();
                    let got = out[0].to_host().unwrap().to_f32();
                    assert_eq!(got, vec![2.0, 4.0, 6.0, 8.0, 10.0, 12.0], "thread {k}");
                }
            });
        }
    });
}
