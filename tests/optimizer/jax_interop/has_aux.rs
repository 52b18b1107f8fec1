//! `((loss, aux), grads)` steps (`jax.value_and_grad(loss_fn, has_aux=True)`): graphs/jax/mlp_aux
//! is the MLP of graphs/jax/mlp with a loss that also returns metrics (a scalar, a vector, an
//! integer count). It must train exactly as the plain MLP does, and hand back the metrics JAX
//! computes (examples/jax/optax_reference.py records them per step); a result tree of another
//! shape is refused naming the result.

use super::{check_step, graph, reference, rel_err, trainer, LR, STEPS};
use crate::xla;

use muon_xla::interop::jax::{ExportedStep, FusedTrainer, StepOutput};
use muon_xla::io::tensor_file::TensorFile;
use muon_xla::pjrt::Buffer;
use muon_xla::plan::ParamSpec;
use muon_xla::{DType, TensorType};

/// The aux leaves of models.py's `mlp_loss_aux`, in JAX's (sorted-key) order, with their types.
fn aux_types() -> Vec<(String, TensorType)> {
    vec![
        ("aux.mae".into(), TensorType::new(DType::F32, vec![])),
        ("aux.n_big".into(), TensorType::new(DType::I32, vec![])),
        (
            "aux.per_output".into(),
            TensorType::new(DType::F32, vec![4]),
        ),
    ]
}

/// Step `s`'s metrics against pure JAX's: floats within 1e-5 relative, the count exactly (its
/// nearest error lies 9e-5 from the 0.5 threshold, far beyond the paths' ~1e-7 difference).
fn check_aux(what: &str, reference: &TensorFile, s: usize, out: &StepOutput) {
    let names: Vec<&str> = out.aux.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["aux.mae", "aux.n_big", "aux.per_output"], "{what}");
    for ((name, got), (_, ty)) in out.aux.iter().zip(aux_types()) {
        let want = &reference.tensors[&format!("{name}.{s}")];
        assert_eq!(got.ty(), &ty, "{what} step {s} `{name}`");
        assert_eq!(want.ty(), &ty, "the reference's `{name}`");
        if ty.dtype.is_float() {
            let err = rel_err(&got.to_f64(), &want.to_f64());
            assert!(
                err <= 1e-5,
                "{what} step {s} `{name}`: relative error {err:.3e}"
            );
        } else {
            assert_eq!(got.to_f64(), want.to_f64(), "{what} step {s} `{name}`");
        }
    }
    assert!(out.aux("aux.mae").is_some() && out.aux("mae").is_none());
}

#[test]
fn a_has_aux_step_trains_like_the_plain_step_and_returns_jaxs_metrics() {
    let reference = reference("mlp_aux");
    // The same model without aux, two executables per step: the losses to match.
    let plain = ExportedStep::load(&graph("mlp", "step.mlir")).unwrap();
    let (mut plain_t, plain_data) = trainer("mlp", &plain);
    let plain_data: Vec<&Buffer> = plain_data.iter().collect();
    let plain_losses: Vec<f64> = (0..STEPS)
        .map(|_| plain_t.step(&plain_data, LR).unwrap())
        .collect();
    let plain_params = plain_t.optimizer().params().unwrap();

    for file in ["step.mlir", "step.mlirbc"] {
        let step = ExportedStep::load(&graph("mlp_aux", file)).unwrap();
        assert_eq!(step.aux_types().unwrap(), aux_types());
        assert_eq!(step.param_specs().unwrap(), plain.param_specs().unwrap());
        let (mut t, data) = trainer("mlp_aux", &step);
        let data: Vec<&Buffer> = data.iter().collect();
        assert_eq!(t.aux_types(), aux_types().as_slice());
        let aux_results: Vec<usize> = t.binding().aux.iter().map(|(i, _)| *i).collect();
        assert_eq!(
            aux_results,
            [1, 2, 3],
            "result[0][0] is result 0, the aux leaves follow"
        );
        let names: Vec<String> = (0..t.optimizer().len())
            .map(|i| t.optimizer().spec(i).name.clone())
            .collect();
        for s in 1..=STEPS {
            let what = format!("mlp_aux {file}");
            let out = t.step_with_aux(&data, LR).unwrap();
            let params = t.optimizer().params().unwrap();
            check_step(&what, &reference, s, out.loss, &names, &params);
            check_aux(&what, &reference, s, &out);
            let want = plain_losses[s - 1];
            assert!(
                (out.loss - want).abs() <= 1e-6 * want,
                "{what} step {s}: loss {} vs the plain step's {want}",
                out.loss
            );
        }
        for ((name, got), want) in names
            .iter()
            .zip(t.optimizer().params().unwrap())
            .zip(&plain_params)
        {
            let err = rel_err(&got.to_f64(), &want.to_f64());
            assert!(
                err <= 1e-6,
                "{file} `{name}` after {STEPS} steps: {err:.3e} from the plain step's"
            );
        }
        // `step` still returns the loss alone.
        let loss = t.step(&data, LR).unwrap();
        assert!(loss.is_finite() && loss < plain_losses[STEPS - 1]);
    }

    // One fused executable: the metrics are its last results.
    let text = ExportedStep::load(&graph("mlp_aux", "step.mlir")).unwrap();
    let specs: Vec<ParamSpec> = text.param_specs().unwrap();
    let mut fused = FusedTrainer::new(
        xla::client(),
        &text,
        &specs,
        plain_t.optimizer().config().clone(),
    )
    .unwrap();
    assert_eq!(fused.aux_types(), aux_types().as_slice());
    let init = TensorFile::read(&graph("mlp_aux", "init.safetensors")).unwrap();
    let names: Vec<String> = specs.iter().map(|s| s.name.clone()).collect();
    let values: Vec<_> = names.iter().map(|n| init.tensors[n].clone()).collect();
    fused.set_params(&values).unwrap();
    let batch: Vec<Buffer> = ["x", "y"]
        .iter()
        .map(|n| xla::client().upload(&init.tensors[*n]).unwrap())
        .collect();
    let batch: Vec<&Buffer> = batch.iter().collect();
    for s in 1..=STEPS {
        let out = if s == 2 {
            // Without the metrics in between: the state must not swallow them.
            let loss = fused.step(&batch, LR).unwrap();
            StepOutput {
                loss,
                aux: Vec::new(),
            }
        } else {
            fused.step_with_aux(&batch, LR).unwrap()
        };
        check_step(
            "mlp_aux fused",
            &reference,
            s,
            out.loss,
            &names,
            &fused.params().unwrap(),
        );
        if s != 2 {
            check_aux("mlp_aux fused", &reference, s, &out);
        }
    }
}

/// Loads `text` as a step in a scratch directory (no sidecar: the names are the text's own) and
/// returns why its results are refused.
fn refused(tag: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("muon-xla-jax-aux-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{tag}.mlir"));
    std::fs::write(&path, text).unwrap();
    let step = ExportedStep::load(&path).unwrap();
    let e = step.param_specs().unwrap_err().to_string();
    assert!(
        e.contains(&format!("{tag}.mlir")),
        "the error names the file: {e}"
    );
    let _ = std::fs::remove_file(&path);
    e
}

#[test]
fn malformed_result_trees_are_refused_naming_the_result() {
    let text = std::fs::read_to_string(graph("mlp_aux", "step.mlir")).unwrap();
    let info = |name: &str| format!("jax.result_info = \"{name}\"");
    let (loss, per_output) = (info("result[0][0]"), info("result[0][1]['per_output']"));
    assert_eq!(text.matches(&loss).count(), 1);
    // `result[0]` a tuple with no loss scalar: the loss became one more aux leaf.
    let e = refused(
        "no_loss",
        &text.replace(&loss, &info("result[0][1]['loss']")),
    );
    assert!(
        e.contains("`result[0]` is a tuple without the loss")
            && e.contains("`result[0][1]['loss']`")
            && e.contains("no `result[0][0]`"),
        "{e}"
    );
    // The loss a vector: the names of the loss and `per_output` swapped.
    let swapped = text
        .replace(&loss, "@@")
        .replace(&per_output, &loss)
        .replace("@@", &per_output);
    let e = refused("vector_loss", &swapped);
    assert!(
        e.contains("the loss `result[0][0]` must be a float scalar, got f32[4]"),
        "{e}"
    );
    // A third element of `result[0]`.
    let e = refused("third", &text.replace(&loss, &info("result[0][2]")));
    assert!(
        e.contains("`result[0][2]` is neither the loss") && e.contains("has_aux=True"),
        "{e}"
    );
    // The plain form's loss with aux leaves beside it.
    let e = refused("mixed", &text.replace(&loss, &info("result[0]")));
    assert!(
        e.contains("`result[0]` is the loss, yet `result[0][1]['mae']` is a result too"),
        "{e}"
    );
}
