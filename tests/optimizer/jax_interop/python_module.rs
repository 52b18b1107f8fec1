//! The importable Python module python/muon_xla_jax, run by the jax 0.10.2 of `pydeps`:
//! `save_params` writes a JAX pytree under the names the Rust side gives JAX's own names
//! (`pytree_path`), and the Rust reader reads back every name, dtype, shape and value;
//! `stablehlo_function` runs a StableHLO module eagerly and inside `jax.jit`; keys that cannot be
//! names are refused, and so is an untested jax version, naming the tested ones (unless
//! MUON_XLA_JAX_UNTESTED=1, which warns).

use super::root;
use crate::pydeps;

use std::ffi::OsString;
use std::process::Command;

use muon_xla::interop::jax::pytree_path;
use muon_xla::io::tensor_file::TensorFile;
use muon_xla::{DType, TensorType};

const SCRIPT: &str = r#"
import json, os, sys
os.environ.setdefault("JAX_PLATFORMS", "cpu")
import numpy as np, jax, jax.numpy as jnp
import muon_xla_jax as mx

out = sys.argv[1]
params = {"enc": {"layers": [{"w": jnp.arange(6, dtype=jnp.float32).reshape(2, 3)},
                             {"w": -jnp.arange(6, dtype=jnp.float32).reshape(2, 3)}]},
          "head": (jnp.full((4,), 1.5, jnp.bfloat16), jnp.array(7, jnp.int32)),
          "mask": jnp.array([True, False])}
names = mx.save_params(out, params, extra={"x": np.ones((2, 2))}, metadata={"model": "nested"})
leaves, _ = jax.tree_util.tree_flatten_with_path(params)
jax_names = ["params" + jax.tree_util.keystr(p) for p, _ in leaves]

text = """module @m {
  func.func public @main(%a: tensor<2xf32>, %b: tensor<f32>) -> tensor<2xf32> {
    %0 = stablehlo.broadcast_in_dim %b, dims = [] : (tensor<f32>) -> tensor<2xf32>
    %1 = stablehlo.multiply %a, %0 : tensor<2xf32>
    return %1 : tensor<2xf32>
  }
}"""
S = jax.ShapeDtypeStruct
f = mx.stablehlo_function(text, [S((2,), jnp.float32), S((), jnp.float32)], [S((2,), jnp.float32)],
                          name="scale", in_names=["a", "b"])
a = jnp.array([1.0, 2.0], jnp.float32)
calls = {"eager": f(a, 3.0)[0].tolist(), "jit": jax.jit(f)(a, jnp.float32(4.0))[0].tolist()}

errors = {}
for what, call in [("key", lambda: mx.named_leaves({"a.b": a})),
                   ("arg", lambda: f(jnp.ones(3), 1.0))]:
    try:
        call()
    except (ValueError, TypeError) as e:
        errors[what] = str(e)
jax.__version__ = "0.0.1"
try:
    mx.stablehlo_function(text, [], [])
except mx.UntestedJaxError as e:
    errors["version"] = str(e)
# The override: a warning, and the function works.
os.environ["MUON_XLA_JAX_UNTESTED"] = "1"
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    g = mx.stablehlo_function(text, [S((2,), jnp.float32), S((), jnp.float32)], [S((2,), jnp.float32)],
                              name="scale_untested")
    calls["untested"] = g(a, 2.0)[0].tolist()
calls["warnings"] = [str(w.message) for w in caught]
print(json.dumps({"names": names, "jax_names": jax_names, "calls": calls, "errors": errors}))
"#;

/// `python3` with jax and python/ importable.
fn python() -> Command {
    let mut cmd = pydeps::python_with_jax();
    let inherited = cmd
        .get_envs()
        .find(|(k, _)| *k == "PYTHONPATH")
        .and_then(|(_, v)| v.map(OsString::from))
        .or_else(|| std::env::var_os("PYTHONPATH"))
        .unwrap_or_default();
    let mut path = vec![root().join("python")];
    path.extend(std::env::split_paths(&inherited));
    cmd.env("PYTHONPATH", std::env::join_paths(path).unwrap());
    cmd.env_remove("MUON_XLA_JAX_UNTESTED");
    cmd
}

#[test]
fn the_python_module_writes_what_rust_reads_and_refuses_untested_jax() {
    let file = std::env::temp_dir().join(format!(
        "muon-xla-py-module-{}.safetensors",
        std::process::id()
    ));
    let out = python()
        .args(["-c", SCRIPT])
        .arg(&file)
        .output()
        .expect("python3 is required for the muon_xla_jax test");
    assert!(
        out.status.success(),
        "the muon_xla_jax script failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<&str> = report["names"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap())
        .collect();
    let params = [
        "enc.layers.0.w",
        "enc.layers.1.w",
        "head.0",
        "head.1",
        "mask",
    ];
    assert_eq!(names[..5], params);
    assert_eq!(names[5..], ["x"]);
    // The helper's names are what Rust makes of JAX's own (`params['enc']['layers'][0]['w']`).
    for (jax_name, name) in report["jax_names"].as_array().unwrap().iter().zip(params) {
        let path = pytree_path(jax_name.as_str().unwrap());
        assert_eq!(path[0], "params");
        assert_eq!(path[1..].join("."), name, "{jax_name}");
    }

    let read = TensorFile::read(&file).unwrap();
    let _ = std::fs::remove_file(&file);
    let expect: [(&str, DType, Vec<usize>, Vec<f64>); 6] = [
        (
            "enc.layers.0.w",
            DType::F32,
            vec![2, 3],
            (0..6).map(f64::from).collect(),
        ),
        (
            "enc.layers.1.w",
            DType::F32,
            vec![2, 3],
            (0..6).map(|v| -f64::from(v)).collect(),
        ),
        ("head.0", DType::BF16, vec![4], vec![1.5; 4]),
        ("head.1", DType::I32, vec![], vec![7.0]),
        ("mask", DType::Pred, vec![2], vec![1.0, 0.0]),
        ("x", DType::F64, vec![2, 2], vec![1.0; 4]),
    ];
    assert_eq!(
        read.tensors.len(),
        expect.len(),
        "{:?}",
        read.tensors.keys()
    );
    for (name, dtype, shape, values) in expect {
        let t = &read.tensors[name];
        assert_eq!(t.ty(), &TensorType::new(dtype, shape), "`{name}`");
        assert_eq!(t.to_f64(), values, "`{name}`");
    }
    assert_eq!(read.metadata["model"], "nested");

    // The module ran eagerly and inside jax.jit.
    assert_eq!(report["calls"]["eager"], serde_json::json!([3.0, 6.0]));
    assert_eq!(report["calls"]["jit"], serde_json::json!([4.0, 8.0]));
    assert_eq!(report["calls"]["untested"], serde_json::json!([2.0, 4.0]));
    let warnings = report["calls"]["warnings"].to_string();
    assert!(
        warnings.contains("not 0.0.1: trying anyway (MUON_XLA_JAX_UNTESTED=1)"),
        "{warnings}"
    );
    let errors = &report["errors"];
    let key = errors["key"].as_str().unwrap_or_default();
    assert!(key.contains("'a.b'") && key.contains("free of"), "{errors}");
    let arg = errors["arg"].as_str().unwrap_or_default();
    assert!(
        arg.contains("`a` must be float32[2], got float32[3]"),
        "{errors}"
    );
    let version = errors["version"].as_str().unwrap_or_default();
    assert!(
        version.contains("tested with jax 0.10.2 and 0.11.2, and this is jax 0.0.1")
            && version.contains("MUON_XLA_JAX_UNTESTED=1"),
        "{errors}"
    );
}
