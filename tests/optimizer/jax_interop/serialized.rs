//! jax.export's own serialized file (`exp.serialize()`, tests/jax/make_serialized.py and
//! `export_step.py --serialized`): read by content, its ports named and typed from the file, the
//! same binding and training as the text export, and every refusal and corruption an error that
//! names it.

use std::path::{Path, PathBuf};

use muon_xla::interop::jax::{ExportFormat, ExportedStep, JaxTrainer, Port};
use muon_xla::io::tensor_file::TensorFile;
use muon_xla::pjrt::Buffer;
use muon_xla::plan::ParamSpec;
use muon_xla::{DType, TensorType};

use super::{fixture, graph, load_err, optax_optimizer, parity, trainer, LR};
use crate::xla;

fn names(ports: &[Port]) -> Vec<&str> {
    ports
        .iter()
        .map(|p| p.name.as_deref().unwrap_or("?"))
        .collect()
}

/// The serialized file and the text export of the same step: the same ports (names, types,
/// order), parameters and binding.
fn assert_same_step(serialized: &ExportedStep, text: &ExportedStep) {
    assert_eq!(serialized.format, ExportFormat::Bytecode);
    assert!(serialized.names_verified);
    assert!(
        serialized.code.starts_with(b"ML\xefR"),
        "the embedded module"
    );
    let (s, t) = (&serialized.signature, &text.signature);
    assert_eq!(names(&s.inputs), names(&t.inputs));
    assert_eq!(names(&s.outputs), names(&t.outputs));
    assert_eq!(serialized.pjrt_signature(), text.pjrt_signature());
    let specs = text.param_specs().unwrap();
    assert_eq!(serialized.param_specs().unwrap(), specs);
    assert_eq!(serialized.bind(&specs).unwrap(), text.bind(&specs).unwrap());
}

#[test]
fn a_serialized_export_binds_like_the_text_export() {
    let serialized = ExportedStep::load(&fixture("nested.jaxexport")).unwrap();
    let text = ExportedStep::load(&fixture("nested.mlir")).unwrap();
    assert_same_step(&serialized, &text);
    let jax_0_11 = ExportedStep::load(&fixture("nested_jax0.11.2.jaxexport")).unwrap();
    assert_same_step(&jax_0_11, &text);
    // Two same-shaped parameters, bound by the names the file gives its arguments.
    assert_eq!(
        names(&serialized.signature.inputs),
        [
            "params['attn']['wk']",
            "params['attn']['wq']",
            "params['b']",
            "x",
            "y"
        ]
    );
    let specs = [
        ParamSpec::new("attn.wq", DType::F32, [8, 8]),
        ParamSpec::new("attn.wk", DType::F32, [8, 8]),
        ParamSpec::new("b", DType::F32, [8]),
    ];
    let b = serialized.bind(&specs).unwrap();
    assert_eq!(b.params, [(1, 2), (0, 1), (2, 3)]);
    let data: Vec<&str> = b.data.iter().map(|(_, n)| n.as_str()).collect();
    assert_eq!(data, ["x", "y"]);
    // The committed models (their text is named by its sidecar).
    for model in ["mlp", "transformer"] {
        let serialized = ExportedStep::load(&graph(model, "step.jaxexport")).unwrap();
        assert_same_step(
            &serialized,
            &ExportedStep::load(&graph(model, "step.mlir")).unwrap(),
        );
    }
    // Told apart by content: a serialized file named `.mlir` (next to no sidecar) is still one.
    let dir = std::env::temp_dir().join(format!("muon-xla-jaxexport-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let renamed = dir.join("step.mlir");
    std::fs::copy(fixture("nested.jaxexport"), &renamed).unwrap();
    assert_eq!(
        ExportedStep::load(&renamed).unwrap().signature,
        serialized.signature
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// 3 steps of the nested step from each file: the same losses, optax.contrib.muon's in pure JAX.
#[test]
fn a_serialized_export_trains_like_the_text_export() {
    let init = TensorFile::read(&fixture("nested_init.safetensors")).unwrap();
    let want = init.tensors["losses"].to_f64();
    // optax.contrib.muon(0.02) in pure JAX, as make_serialized.py recorded it.
    for (got, lit) in want.iter().zip([0.649087, 0.620163, 0.594322]) {
        assert!(
            (got - lit).abs() < 1e-6,
            "the fixture's reference losses: {want:?}"
        );
    }
    let mut runs = Vec::new();
    // jax 0.10.2 writes serialization version 3, jax 0.11.2 version 12 (and StableHLO 1.18).
    for file in [
        "nested.mlir",
        "nested.jaxexport",
        "nested_jax0.11.2.jaxexport",
    ] {
        let step = ExportedStep::load(&fixture(file)).unwrap();
        let mut t = JaxTrainer::new(
            xla::client(),
            &step,
            optax_optimizer(step.param_specs().unwrap()),
        )
        .unwrap();
        let params = (0..t.optimizer().len())
            .map(|i| init.tensors[&t.optimizer().spec(i).name].clone())
            .collect();
        t.optimizer_mut().set_params(params).unwrap();
        let data: Vec<Buffer> = t
            .data_types()
            .iter()
            .map(|(n, _)| xla::client().upload(&init.tensors[n]).unwrap())
            .collect();
        let data: Vec<&Buffer> = data.iter().collect();
        let losses: Vec<f64> = (0..want.len())
            .map(|_| t.step(&data, LR).unwrap())
            .collect();
        eprintln!("{file}: losses {losses:?} (optax.contrib.muon: {want:?})");
        for (s, (got, want)) in losses.iter().zip(&want).enumerate() {
            assert!(
                (got - want).abs() <= 1e-4 * want.abs(),
                "{file} step {}: loss {got} vs pure JAX {want}",
                s + 1
            );
        }
        assert!(losses[2] < losses[0], "{file}: the loss must fall");
        runs.push(losses);
    }
    assert_eq!(runs[0], runs[1], "the same module, the same losses");
    for (got, want) in runs[2].iter().zip(&runs[0]) {
        assert!((got - want).abs() <= 1e-6 * want.abs(), "{runs:?}");
    }
}

#[test]
fn mlp_serialized_export_matches_optax_muon() {
    parity("mlp", "step.jaxexport");
}

#[test]
fn arguments_are_named_from_the_files_pytree() {
    // Positional batch arguments: the file has no Python names for them.
    let step = ExportedStep::load(&fixture("positional.jaxexport")).unwrap();
    assert_eq!(names(&step.signature.inputs)[3..], ["args[1]", "args[2]"]);
    let specs = step.param_specs().unwrap();
    let data: Vec<String> = step
        .bind(&specs)
        .unwrap()
        .data
        .into_iter()
        .map(|d| d.1)
        .collect();
    assert_eq!(data, ["args[1]", "args[2]"]);
    // An argument the step ignores is dropped from the module (module_kept_var_idx): it is not
    // an argument of the signature either.
    let step = ExportedStep::load(&fixture("unused_batch.jaxexport")).unwrap();
    assert_eq!(
        names(&step.signature.inputs),
        [
            "params['attn']['wk']",
            "params['attn']['wq']",
            "params['b']",
            "x",
            "y"
        ]
    );
    assert_eq!(data_names(&step), ["x", "y"]);
}

fn data_names(step: &ExportedStep) -> Vec<String> {
    let opt = optax_optimizer(step.param_specs().unwrap());
    let t = JaxTrainer::new(xla::client(), step, opt).unwrap();
    t.data_types().iter().map(|(n, _)| n.clone()).collect()
}

#[test]
fn what_changes_the_calling_convention_is_refused_by_name() {
    let e = load_err(&fixture("unused_param.jaxexport"));
    assert!(
        e.contains("unused_param.jaxexport")
            && e.contains("params['b']")
            && e.contains("module_kept_var_idx")
            && e.contains("keep_unused=True"),
        "{e}"
    );
    let e = load_err(&fixture("two_platforms.jaxexport"));
    assert!(
        e.contains("`platforms` is [cpu, cuda]") && e.contains("platforms=['cpu']"),
        "{e}"
    );
    let e = load_err(&fixture("poly.jaxexport"));
    assert!(
        e.contains("symbolic dimension `b`") && e.contains("`x`"),
        "{e}"
    );
}

/// Where the root table's `serialization_version` (field 0, a u16) is in `bytes`.
fn version_at(bytes: &[u8]) -> usize {
    let u32_at = |p: usize| u32::from_le_bytes(bytes[p..p + 4].try_into().unwrap()) as usize;
    let root = u32_at(0);
    let vtable = root - u32_at(root);
    root + u16::from_le_bytes([bytes[vtable + 4], bytes[vtable + 5]]) as usize
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn corrupt_or_unknown_serialized_files_are_errors_that_say_so() {
    let dir = std::env::temp_dir().join(format!("muon-xla-jaxexport-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = std::fs::read(fixture("nested.jaxexport")).unwrap();
    let at = version_at(&good);
    assert_eq!(
        u16::from_le_bytes([good[at], good[at + 1]]),
        3,
        "jax 0.10.2 writes 3"
    );
    // The versions jax 0.11.1 and 0.12 write are read; others are refused by name.
    for (version, ok) in [
        (11u16, true),
        (12, true),
        (2, false),
        (13, false),
        (999, false),
    ] {
        let mut bytes = good.clone();
        bytes[at..at + 2].copy_from_slice(&version.to_le_bytes());
        let path = write(&dir, &format!("v{version}.jaxexport"), &bytes);
        match ExportedStep::load(&path) {
            Ok(step) => assert!(ok, "version {version} loaded: {:?}", step.signature),
            Err(e) => {
                let e = e.to_string();
                assert!(!ok, "version {version}: {e}");
                assert!(
                    e.contains(&format!("serialization_version {version}"))
                        && e.contains("3, 11 and 12")
                        && e.contains(&format!("v{version}.jaxexport")),
                    "{e}"
                );
            }
        }
    }
    // Cut in half: the flatbuffer's offsets run past the end.
    let e = load_err(&write(&dir, "half.jaxexport", &good[..good.len() / 2]));
    assert!(e.contains("half.jaxexport") && e.contains("corrupt"), "{e}");
    // Cut to its first bytes: not recognisable as anything.
    let e = load_err(&write(&dir, "stub.jaxexport", &good[..100]));
    assert!(
        e.contains("neither StableHLO text") && e.contains("exp.serialize()"),
        "{e}"
    );
    // Every truncation and every single-byte corruption is an error or a load, never a panic.
    for n in (0..good.len()).step_by(7) {
        let _ = ExportedStep::load(&write(&dir, "cut.jaxexport", &good[..n]));
    }
    for i in (0..good.len().min(1200)).step_by(3) {
        let mut bytes = good.clone();
        bytes[i] ^= 0xa5;
        let _ = ExportedStep::load(&write(&dir, "flip.jaxexport", &bytes));
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The transformer's serialized export, named from its nested pytree, computes the text
/// export's losses.
#[test]
fn the_serialized_transformer_trains_like_its_text() {
    let mut losses = Vec::new();
    for file in ["step.mlir", "step.jaxexport"] {
        let step = ExportedStep::load(&graph("transformer", file)).unwrap();
        assert!(step
            .param_specs()
            .unwrap()
            .iter()
            .any(|s| s.name == "attn.wq" && s.ty == TensorType::new(DType::F32, vec![32, 32])));
        let (mut t, data) = trainer("transformer", &step);
        let data: Vec<&Buffer> = data.iter().collect();
        losses.push(
            (0..2)
                .map(|_| t.step(&data, LR).unwrap())
                .collect::<Vec<_>>(),
        );
    }
    eprintln!("transformer losses (text, serialized): {losses:?}");
    assert_eq!(losses[0], losses[1]);
}
