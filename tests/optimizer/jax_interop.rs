//! JAX interop: the exported train steps under graphs/jax/ (written by examples/jax/export_step.py)
//! run with the compiled optimizer, against pure JAX + optax.contrib.muon run by
//! examples/jax/optax_reference.py (python3 with jax 0.10.2 and optax 0.2.8: installed into the
//! muon-xla cache by `pydeps` when the system Python lacks them; never skipped). Also the
//! bad-input errors.

use crate::pydeps;
use crate::xla;

mod has_aux;
mod python_module;

mod serialized;

use std::path::{Path, PathBuf};

use muon_xla::config::{Preset, Settings};
use muon_xla::interop::jax::{ExportFormat, ExportedStep, FusedTrainer, JaxTrainer};
use muon_xla::io::tensor_file::TensorFile;
use muon_xla::pjrt::Buffer;
use muon_xla::plan::ParamSpec;
use muon_xla::runtime::Optimizer;
use muon_xla::{DType, TensorType};

const LR: f64 = 0.02;
const STEPS: usize = 5;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn graph(model: &str, file: &str) -> PathBuf {
    root().join("graphs/jax").join(model).join(file)
}

fn optax_config() -> muon_xla::OptimizerConfig {
    Settings {
        preset: Some(Preset::Optax),
        lr: Some(LR),
        ..Settings::default()
    }
    .resolve()
    .unwrap()
}

fn optax_optimizer(specs: Vec<ParamSpec>) -> Optimizer {
    Optimizer::new(xla::client(), specs, optax_config()).unwrap()
}

/// A trainer on `step` with the committed initial parameters, and the uploaded batch.
fn trainer(model: &str, step: &ExportedStep) -> (JaxTrainer, Vec<Buffer>) {
    let init = TensorFile::read(&graph(model, "init.safetensors")).unwrap();
    let opt = optax_optimizer(step.param_specs().unwrap());
    let mut t = JaxTrainer::new(xla::client(), step, opt).unwrap();
    let params = (0..t.optimizer().len())
        .map(|i| init.tensors[&t.optimizer().spec(i).name].clone())
        .collect();
    t.optimizer_mut().set_params(params).unwrap();
    let data = t
        .data_types()
        .iter()
        .map(|(name, _)| xla::client().upload(&init.tensors[name]).unwrap())
        .collect();
    (t, data)
}

/// Runs the pure-JAX reference; panics with the install command when jax/optax are missing.
fn reference(model: &str) -> TensorFile {
    let out = std::env::temp_dir().join(format!(
        "muon-xla-jax-ref-{model}-{}.safetensors",
        std::process::id()
    ));
    let status = pydeps::python_with_jax()
        .arg(root().join("examples/jax/optax_reference.py"))
        .args(["--model", model, "--steps", &STEPS.to_string()])
        .args(["--lr", &LR.to_string(), "--out"])
        .arg(&out)
        .status()
        .expect("python3 is required for the JAX parity test");
    assert!(
        status.success(),
        "the pure-JAX reference failed: `python3 -m pip install jax==0.10.2 optax==0.2.8` first"
    );
    let file = TensorFile::read(&out).unwrap();
    let _ = std::fs::remove_file(&out);
    file
}

fn rel_err(got: &[f64], want: &[f64]) -> f64 {
    let diff: f64 = got.iter().zip(want).map(|(a, b)| (a - b).powi(2)).sum();
    let norm: f64 = want.iter().map(|b| b * b).sum();
    (diff / norm).sqrt()
}

/// Checks one path's losses and parameters after every step against the reference.
fn check_step(
    what: &str,
    reference: &TensorFile,
    s: usize,
    loss: f64,
    names: &[String],
    params: &[muon_xla::HostTensor],
) -> f64 {
    let want = reference.tensors["losses"].to_f64()[s - 1];
    assert!(
        (loss - want).abs() <= 1e-4 * want.abs(),
        "{what} step {s}: loss {loss} vs pure JAX {want}"
    );
    let mut worst: f64 = 0.0;
    for (name, got) in names.iter().zip(params) {
        let want = reference.tensors[&format!("{name}.after.{s}")].to_f64();
        let err = rel_err(&got.to_f64(), &want);
        assert!(
            err <= 1e-4,
            "{what} step {s} `{name}`: relative error {err:.3e}"
        );
        worst = worst.max(err);
    }
    worst
}

/// 5 steps of pure JAX + optax.contrib.muon against (a) the export `file` run by JaxTrainer
/// (two executables per step) and (b) the text export merged with the optimizer into one
/// executable (FusedTrainer).
fn parity(model: &str, file: &str) {
    let reference = reference(model);
    let losses = reference.tensors["losses"].to_f64();
    assert!(
        losses[STEPS - 1] < losses[0],
        "the reference loss must fall"
    );

    let step = ExportedStep::load(&graph(model, file)).unwrap();
    let (mut t, data) = trainer(model, &step);
    let data: Vec<&Buffer> = data.iter().collect();
    let names: Vec<String> = (0..t.optimizer().len())
        .map(|i| t.optimizer().spec(i).name.clone())
        .collect();
    let mut worst: f64 = 0.0;
    for s in 1..=STEPS {
        let loss = t.step(&data, LR).unwrap();
        let params = t.optimizer().params().unwrap();
        worst = worst.max(check_step(
            &format!("{model} {file}"),
            &reference,
            s,
            loss,
            &names,
            &params,
        ));
    }
    eprintln!("{model} ({file}, two executables): worst relative error {worst:.3e}");

    let text = ExportedStep::load(&graph(model, "step.mlir")).unwrap();
    let specs: Vec<ParamSpec> = (0..t.optimizer().len())
        .map(|i| t.optimizer().spec(i).clone())
        .collect();
    let mut fused =
        FusedTrainer::new(xla::client(), &text, &specs, t.optimizer().config().clone()).unwrap();
    let init = TensorFile::read(&graph(model, "init.safetensors")).unwrap();
    let values: Vec<_> = names.iter().map(|n| init.tensors[n].clone()).collect();
    fused.set_params(&values).unwrap();
    let mut worst: f64 = 0.0;
    for s in 1..=STEPS {
        let loss = fused.step(&data, LR).unwrap();
        let params = fused.params().unwrap();
        worst = worst.max(check_step(
            &format!("{model} fused"),
            &reference,
            s,
            loss,
            &names,
            &params,
        ));
    }
    eprintln!("{model} (one fused executable): worst relative error {worst:.3e}");
}

#[test]
fn mlp_text_export_matches_optax_muon() {
    parity("mlp", "step.mlir");
}

#[test]
fn transformer_bytecode_export_matches_optax_muon() {
    parity("transformer", "step.mlirbc");
}

#[test]
fn signature_and_binding_of_the_committed_exports() {
    for model in ["mlp", "transformer"] {
        let text = ExportedStep::load(&graph(model, "step.mlir")).unwrap();
        let bc = ExportedStep::load(&graph(model, "step.mlirbc")).unwrap();
        assert_eq!(text.format, ExportFormat::Text);
        assert_eq!(bc.format, ExportFormat::Bytecode);
        assert_eq!(text.pjrt_signature(), bc.pjrt_signature());
        let specs = text.param_specs().unwrap();
        let init = TensorFile::read(&graph(model, "init.safetensors")).unwrap();
        for s in &specs {
            assert_eq!(&s.ty, init.tensors[&s.name].ty(), "{model} `{}`", s.name);
        }
        // Binding is by name, not order: reversed specs bind to the same arguments.
        let b = text.bind(&specs).unwrap();
        let rev: Vec<_> = specs.iter().rev().cloned().collect();
        let r = text.bind(&rev).unwrap();
        let mut back = r.params.clone();
        back.reverse();
        assert_eq!(back, b.params);
        let data: Vec<&str> = b.data.iter().map(|(_, n)| n.as_str()).collect();
        assert_eq!(data, ["x", "y"]);
    }
    let specs = ExportedStep::load(&graph("transformer", "step.mlir"))
        .unwrap()
        .param_specs()
        .unwrap();
    assert!(specs
        .iter()
        .any(|s| s.name == "attn.wq" && s.ty == TensorType::new(DType::F32, vec![32, 32])));
}

fn load_err(path: &Path) -> String {
    ExportedStep::load(path).unwrap_err().to_string()
}

#[test]
fn mismatched_parameters_are_named() {
    let step = ExportedStep::load(&graph("mlp", "step.mlir")).unwrap();
    let mut specs = step.param_specs().unwrap();
    // A renamed parameter.
    let mut renamed = specs.clone();
    renamed[0].name = "w_typo".into();
    let e = step.bind(&renamed).unwrap_err().to_string();
    assert!(
        e.contains("`w_typo` has no gradient") && e.contains("b0, b1"),
        "{e}"
    );
    // Count.
    let e = step.bind(&specs[1..]).unwrap_err().to_string();
    assert!(
        e.contains("6 gradients") && e.contains("5 parameters"),
        "{e}"
    );
    // Shape and dtype.
    let i = specs.iter().position(|s| s.name == "w0").unwrap();
    specs[i].ty = TensorType::new(DType::F32, vec![16, 65]);
    let e = step.bind(&specs).unwrap_err().to_string();
    assert!(
        e.contains("shape mismatch for `w0`") && e.contains("f32[16, 64]"),
        "{e}"
    );
    specs[i].ty = TensorType::new(DType::BF16, vec![16, 64]);
    let e = step.bind(&specs).unwrap_err().to_string();
    assert!(e.contains("dtype mismatch for `w0`"), "{e}");
    // Through the trainer too: an optimizer over other parameters is refused before compiling.
    let opt = optax_optimizer(vec![ParamSpec::new("w0", DType::F32, [16, 64])]);
    let e = JaxTrainer::new(xla::client(), &step, opt)
        .err()
        .unwrap()
        .to_string();
    assert!(e.contains("6 gradients"), "{e}");
}

#[test]
fn bytecode_needs_its_sidecar_and_a_stale_sidecar_is_refused() {
    let dir = std::env::temp_dir().join(format!("muon-xla-jax-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bc = dir.join("lonely.mlirbc");
    std::fs::copy(graph("mlp", "step.mlirbc"), &bc).unwrap();
    let e = load_err(&bc);
    assert!(e.contains("lonely.json") && e.contains("bytecode"), "{e}");
    // The transformer's sidecar next to the MLP's text.
    let text = dir.join("stale.mlir");
    std::fs::copy(graph("mlp", "step.mlir"), &text).unwrap();
    std::fs::copy(graph("transformer", "step.json"), dir.join("stale.json")).unwrap();
    let e = load_err(&text);
    assert!(e.contains("sidecar is stale"), "{e}");
    let _ = std::fs::remove_dir_all(&dir);
}

fn fixture(name: &str) -> PathBuf {
    root().join("tests/jax").join(name)
}

/// Loads a fixture, binds a one-parameter optimizer and compiles: the error text.
fn trainer_err(name: &str) -> String {
    // The fixtures' sidecars are hand-written: vouched for here.
    let step = ExportedStep::load(&fixture(name)).unwrap().trust_sidecar();
    let opt = optax_optimizer(step.param_specs().unwrap());
    JaxTrainer::new(xla::client(), &step, opt)
        .err()
        .expect("the plugin must refuse this module")
        .to_string()
}

#[test]
fn bytecode_newer_than_the_plugin_is_a_clear_error() {
    let e = trainer_err("too_new.mlirbc");
    eprintln!("{e}");
    assert!(
        e.contains("StableHLO 9.99.0") && e.contains("cannot read"),
        "{e}"
    );
    // A damaged artifact reaches the plugin, whose error comes back with the same hint.
    let dir = std::env::temp_dir().join(format!("muon-xla-jax-cut-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bytes = std::fs::read(graph("mlp", "step.mlirbc")).unwrap();
    std::fs::write(dir.join("cut.mlirbc"), &bytes[..bytes.len() / 2]).unwrap();
    // The exporter's sidecar, without the sha256 of the (uncut) module it was written with.
    std::fs::write(dir.join("cut.json"), mlp_sidecar_unhashed().to_string()).unwrap();
    let step = ExportedStep::load(&dir.join("cut.mlirbc"))
        .unwrap()
        .trust_sidecar();
    let opt = optax_optimizer(step.param_specs().unwrap());
    let e = JaxTrainer::new(xla::client(), &step, opt)
        .err()
        .unwrap()
        .to_string();
    eprintln!("{e}");
    assert!(
        e.contains("could not compile") && e.contains("StableHLO_v1.15.0"),
        "{e}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn custom_calls_the_plugin_lacks_are_named() {
    let e = trainer_err("cuda_eigh.mlir");
    eprintln!("{e}");
    assert!(
        e.contains("cusolver_syevd_ffi") && e.contains("custom calls"),
        "{e}"
    );
}

#[test]
fn jaxlib_cpu_custom_calls_are_named_too() {
    // jax's CPU lowering of eigh is jaxlib's LAPACK kernel, which jaxlib registers itself: a
    // standalone PJRT plugin does not have it.
    let e = trainer_err("lapack_eigh.mlir");
    eprintln!("{e}");
    assert!(
        e.contains("lapack_ssyevd_ffi") && e.contains("custom calls"),
        "{e}"
    );
}

/// The exported step compiles through the optimizer's executable cache.
#[test]
fn the_exported_step_compiles_through_the_optimizers_cache() {
    use muon_xla::cache::ExecutableCache;
    let step = ExportedStep::load(&graph("mlp", "step.mlir")).unwrap();
    let cache = ExecutableCache::in_memory();
    let config = optax_config();
    let specs = step.param_specs().unwrap();
    let opt = Optimizer::with_cache(xla::client(), specs.clone(), config.clone(), &cache).unwrap();
    let groups = opt.num_groups() as u64;
    JaxTrainer::new(xla::client(), &step, opt).unwrap();
    assert_eq!(cache.stats().compiles, groups + 1);
    let opt = Optimizer::with_cache(xla::client(), specs, config, &cache).unwrap();
    JaxTrainer::new(xla::client(), &step, opt).unwrap();
    assert_eq!(cache.stats().compiles, groups + 1, "{:?}", cache.stats());
}

/// The MLP's committed sidecar without its `modules_sha256`: what a hand-written one looks like.
fn mlp_sidecar_unhashed() -> serde_json::Value {
    let text = std::fs::read_to_string(graph("mlp", "step.json")).unwrap();
    let mut side: serde_json::Value = serde_json::from_str(&text).unwrap();
    side.as_object_mut().unwrap().remove("modules_sha256");
    side
}

/// A hand-written sidecar (no `modules_sha256`) for the MLP's bytecode, with `edit` applied to
/// its JSON; returns the bytecode's path.
fn hand_written(dir: &Path, tag: &str, edit: impl FnOnce(&mut serde_json::Value)) -> PathBuf {
    let bc = dir.join(format!("{tag}.mlirbc"));
    std::fs::copy(graph("mlp", "step.mlirbc"), &bc).unwrap();
    let mut side = mlp_sidecar_unhashed();
    edit(&mut side);
    std::fs::write(dir.join(format!("{tag}.json")), side.to_string()).unwrap();
    bc
}

/// A sidecar that lists two same-shaped parameters in the other order must never train on
/// swapped values: its order cannot be checked against bytecode, so it is refused unless the
/// user vouches for it; a sidecar whose shapes disagree with the module is refused naming the
/// argument; a sidecar written for another module is stale.
#[test]
fn a_wrong_sidecar_never_trains() {
    let dir = std::env::temp_dir().join(format!("muon-xla-jax-side-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // b0 and b1 are both f32[64]: swap their names.
    let swapped = hand_written(&dir, "swapped", |s| {
        let inputs = s["inputs"].as_array_mut().unwrap();
        assert_eq!(inputs[0]["name"], "params['b0']");
        assert_eq!(inputs[1]["name"], "params['b1']");
        inputs[0]["name"] = "params['b1']".into();
        inputs[1]["name"] = "params['b0']".into();
    });
    let step = ExportedStep::load(&swapped).unwrap();
    assert!(!step.names_verified);
    let opt = optax_optimizer(step.param_specs().unwrap());
    let e = JaxTrainer::new(xla::client(), &step, opt)
        .err()
        .unwrap()
        .to_string();
    assert!(
        e.contains("`b0` and `b1` (f32[64])") || e.contains("`b1` and `b0` (f32[64])"),
        "{e}"
    );
    assert!(
        e.contains("exp.serialize()") && e.contains("--trust-sidecar"),
        "{e}"
    );
    // The user may vouch for it (here wrongly): then it binds, as asked.
    let trusted = ExportedStep::load(&swapped).unwrap().trust_sidecar();
    let opt = optax_optimizer(trusted.param_specs().unwrap());
    assert!(JaxTrainer::new(xla::client(), &trusted, opt).is_ok());

    // Shapes the module does not have: refused when compiling, naming the argument.
    let wrong = hand_written(&dir, "wrong", |s| {
        s["inputs"][6]["shape"] = serde_json::json!([64, 16]);
    });
    let step = ExportedStep::load(&wrong).unwrap().trust_sidecar();
    let opt = optax_optimizer(step.param_specs().unwrap());
    let e = JaxTrainer::new(xla::client(), &step, opt)
        .err()
        .unwrap()
        .to_string();
    assert!(
        e.contains("argument 6 `x` is f32[64, 16] in the sidecar, f32[128, 16] in the module"),
        "{e}"
    );

    // A sidecar written with other modules is stale.
    let stale = hand_written(&dir, "stale", |s| {
        s["modules_sha256"] = serde_json::json!(["00".repeat(32)]);
    });
    let e = ExportedStep::load(&stale).err().unwrap().to_string();
    assert!(e.contains("the sidecar is stale"), "{e}");

    // The exporter's own sidecar lists the module's sha256: verified, no opt-in needed.
    let step = ExportedStep::load(&graph("mlp", "step.mlirbc")).unwrap();
    assert!(step.names_verified);
    let _ = std::fs::remove_dir_all(&dir);
}
