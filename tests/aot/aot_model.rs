//! Model descriptions (the shipped GPT-2 small and Llama-1B files, and clear errors for bad ones),
//! `--emit-only` determinism, the committed graphs/ being up to date, and `muon-xla inspect`.

use crate::aot_common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use aot_common::{cli, scratch, shipped_model, stderr, tiny_model};
use muon_xla::config::{Preset, Route, Settings};
use muon_xla::plan::model::ModelDescription;
use muon_xla::plan::Plan;

fn plan(model: &ModelDescription, preset: Preset) -> Plan {
    let settings = Settings {
        preset: Some(preset),
        lr: Some(0.01),
        ..Settings::default()
    }
    .or(model.settings());
    Plan::new(model.specs().unwrap(), &settings.resolve().unwrap()).unwrap()
}

fn group_summary(p: &Plan) -> Vec<(Route, Vec<usize>, usize)> {
    p.groups
        .iter()
        .map(|g| (g.route, g.ty.shape.clone(), g.members.len()))
        .collect()
}

#[test]
fn gpt2_small_description() {
    let m = ModelDescription::read(&shipped_model("gpt2-small")).unwrap();
    assert_eq!(m.name, "gpt2-small");
    assert_eq!(m.params.len(), 2 + 12 * 12 + 2);
    // The well-known count without the tied lm_head.
    assert_eq!(m.num_parameters(), 124_439_808);
    assert_eq!(m.layout, muon_xla::transforms::Layout::InOut);
    let p = plan(&m, Preset::KellerJordan);
    let mut got = group_summary(&p);
    got.sort();
    let mut want = vec![
        (Route::Muon, vec![768, 2304], 12),
        (Route::Muon, vec![768, 768], 12),
        (Route::Muon, vec![768, 3072], 12),
        (Route::Muon, vec![3072, 768], 12),
        (Route::Adam, vec![50257, 768], 1),
        (Route::Adam, vec![1024, 768], 1),
        (Route::Adam, vec![768], 12 * 6 + 2),
        (Route::Adam, vec![2304], 12),
        (Route::Adam, vec![3072], 12),
    ];
    want.sort();
    assert_eq!(got, want);
    // The embeddings go to Adam by the file's `adamw` patterns, under every preset.
    for preset in Preset::ALL {
        let p = plan(&m, preset);
        for (i, s) in p.specs.iter().enumerate() {
            if s.name.contains(".wte.") || s.name.contains(".wpe.") {
                assert_eq!(p.routes[i].0, Route::Adam, "{preset}: {}", s.name);
            }
        }
    }
}

#[test]
fn llama_1b_description() {
    let m = ModelDescription::read(&shipped_model("llama-1b")).unwrap();
    assert_eq!(m.params.len(), 1 + 16 * 9 + 1);
    // Llama-3.2-1B with tied embeddings: 1.24 B.
    assert_eq!(m.num_parameters(), 1_235_814_400);
    assert_eq!(m.layout, muon_xla::transforms::Layout::OutIn);
    let p = plan(&m, Preset::Moonlight);
    let mut got = group_summary(&p);
    got.sort();
    let mut want = vec![
        (Route::Muon, vec![2048, 2048], 32),
        (Route::Muon, vec![512, 2048], 32),
        (Route::Muon, vec![8192, 2048], 32),
        (Route::Muon, vec![2048, 8192], 16),
        (Route::Adam, vec![128256, 2048], 1),
        (Route::Adam, vec![2048], 33),
    ];
    want.sort();
    assert_eq!(got, want);
}

fn error_of(json: &str) -> String {
    ModelDescription::from_json(json, "m.json")
        .err()
        .unwrap_or_else(|| panic!("accepted: {json}"))
        .to_string()
}

#[test]
fn bad_descriptions_are_clear_errors() {
    let p = |params: &str| format!(r#"{{"name": "m", "layout": "out-in", "params": [{params}]}}"#);
    let cases = [
        (
            r#"{"layout": "out-in", "params": []}"#.to_string(),
            vec!["m.json", "missing field `name`"],
        ),
        (
            r#"{"name": "m", "params": []}"#.to_string(),
            vec!["missing field `layout`"],
        ),
        (
            r#"{"name": "m", "layout": "sideways", "params": []}"#.to_string(),
            vec!["sideways"],
        ),
        (p(""), vec!["`params` is empty"]),
        (
            p(r#"{"name": "w", "dtype": "f32"}"#),
            vec!["missing field `shape`"],
        ),
        (
            p(r#"{"name": "w", "shape": [2, 2], "dtype": "f8"}"#),
            vec!["parameter 0 `w`", "unknown dtype `f8`"],
        ),
        (
            p(r#"{"name": "w", "shape": [2, 2], "dtype": "i32"}"#),
            vec!["not a float type"],
        ),
        (
            p(r#"{"name": "w", "shape": [2, 0], "dtype": "f32"}"#),
            vec!["parameter 0 `w`", "zero-sized axis", "[2, 0]"],
        ),
        (
            p(r#"{"name": "w", "shape": [2], "dtype": "f32"}, {"name": "w", "shape": [3], "dtype": "f32"}"#),
            vec!["parameter 1 `w` has the same name as parameter 0"],
        ),
        (
            p(r#"{"name": "", "shape": [2], "dtype": "f32"}"#),
            vec!["parameter 0 has an empty name"],
        ),
        (
            p(r#"{"name": "w", "shape": [-1], "dtype": "f32"}"#),
            vec!["invalid value"],
        ),
        (
            p(r#"{"name": "w", "shape": [2], "dtype": "f32", "extra": 1}"#),
            vec!["unknown field `extra`"],
        ),
        (
            r#"{"name": "m", "layout": "out-in", "adamw": ["("], "params": [{"name": "w", "shape": [2], "dtype": "f32"}]}"#.to_string(),
            vec!["`adamw` pattern `(` is invalid"],
        ),
        ("not json".to_string(), vec!["m.json", "not a valid model description"]),
    ];
    for (json, wants) in cases {
        let e = error_of(&json);
        for w in wants {
            assert!(
                e.contains(w),
                "error for {json}:\n{e}\nshould mention `{w}`"
            );
        }
    }
    // Several problems are reported together.
    let e = error_of(&p(
        r#"{"name": "a", "shape": [0], "dtype": "f32"}, {"name": "b", "shape": [1], "dtype": "u8"}"#,
    ));
    assert!(e.contains("zero-sized") && e.contains("`u8`"), "{e}");
}

fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

#[test]
fn emit_only_is_deterministic_and_plugin_free() {
    let root = scratch("emit-only");
    let model = tiny_model(&root);
    let a = root.join("a");
    let b = root.join("b");
    for dir in [&a, &b] {
        // A plugin path that does not exist: --emit-only must not look for one.
        cli(
            &[
                "compile",
                "--emit-only",
                "--model",
                model.to_str().unwrap(),
                "--preset",
                "torch",
                "--out",
                dir.to_str().unwrap(),
            ],
            &[("MUON_XLA_PLUGIN", "/nonexistent/plugin.so")],
        );
    }
    let fa = files(&a);
    assert_eq!(fa, files(&b));
    assert!(fa.keys().all(|f| !f.ends_with(".executable")));
    let manifest = muon_xla::aot::read_manifest(&a).unwrap();
    assert!(manifest.target.is_none());
    assert_eq!(fa.len(), manifest.groups.len() + 1);
    for g in &manifest.groups {
        assert_eq!(
            muon_xla::cache::sha256_hex(&fa[&g.graph]),
            g.graph_sha256,
            "{}",
            g.name
        );
    }
    // Another preset into the same directory: stale group files are removed.
    cli(
        &[
            "compile",
            "--emit-only",
            "--model",
            model.to_str().unwrap(),
            "--preset",
            "keller-jordan",
            "--ns-dtype",
            "f32",
            "--out",
            a.to_str().unwrap(),
        ],
        &[],
    );
    let m2 = muon_xla::aot::read_manifest(&a).unwrap();
    assert_eq!(files(&a).len(), m2.groups.len() + 1);
    assert_eq!(m2.config.muon.newton_schulz.dtype, muon_xla::DType::F32);
}

/// The committed graphs/ equal what this build emits (CI also regenerates them and runs
/// `git diff --exit-code graphs/`).
#[test]
fn committed_graphs_are_up_to_date() {
    let root = scratch("graphs");
    let graphs = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("graphs");
    for model in ["gpt2-small", "llama-1b"] {
        for preset in ["keller-jordan", "moonlight"] {
            let out = root.join(model).join(preset);
            cli(
                &[
                    "compile",
                    "--emit-only",
                    "--model",
                    &format!("graphs/models/{model}.json"),
                    "--preset",
                    preset,
                    "--out",
                    out.to_str().unwrap(),
                ],
                &[],
            );
            let committed = graphs.join(model).join(preset);
            let (want, got) = (files(&out), files(&committed));
            let names = |m: &BTreeMap<String, Vec<u8>>| m.keys().cloned().collect::<Vec<_>>();
            assert_eq!(
                names(&got),
                names(&want),
                "graphs/{model}/{preset} is out of date: run `bash graphs/regenerate.sh` and \
                 review the diff"
            );
            for (name, bytes) in &want {
                assert!(
                    &got[name] == bytes,
                    "graphs/{model}/{preset}/{name} is out of date: run `bash graphs/regenerate.sh` \
                     and review the diff"
                );
            }
        }
    }
}

#[test]
fn inspect_reports_xla_costs_per_group() {
    let root = scratch("inspect");
    let model = tiny_model(&root);
    let dir = root.join("compiled");
    let env = [("MUON_XLA_EXECUTABLE_CACHE", "off")];
    cli(
        &[
            "compile",
            "--model",
            model.to_str().unwrap(),
            "--preset",
            "keller-jordan",
            "--ns-dtype",
            "f32",
            // XLA's own dots: the cost analysis below counts them (it cannot see into oneDNN's
            // custom calls, which `auto` uses for f32 on AVX-512 CPUs).
            "--cpu-gemm",
            "xla",
            "--out",
            dir.to_str().unwrap(),
        ],
        &env,
    );
    let manifest = muon_xla::aot::read_manifest(&dir).unwrap();
    let out = cli(&["inspect", dir.to_str().unwrap(), "--json"], &env);
    assert!(!stderr(&out).contains("warning"), "{}", stderr(&out));
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["model"], "tiny");
    assert_eq!(r["parameters"], 80 + 2 * 256 + 2 * 384 + 32);
    let groups = r["groups"].as_array().unwrap();
    assert_eq!(groups.len(), manifest.groups.len());
    for (g, m) in groups.iter().zip(&manifest.groups) {
        assert_eq!(g["name"], m.name.as_str());
        assert_eq!(g["executable"], "stored", "loaded from the directory");
        assert!(g["flops"].as_f64().unwrap() > 0.0, "{g}");
        assert!(g["bytes_accessed"].as_f64().unwrap() > 0.0, "{g}");
        assert!(g["fusions"].as_u64().unwrap() >= 1, "{g}");
        assert!(g["kernels"].as_u64() >= g["fusions"].as_u64(), "{g}");
        assert!(g["memory"]["argument_bytes"].as_i64().unwrap() > 0, "{g}");
        if m.route == Route::Muon {
            // [16, 16] x2: per matrix 5 iterations of 4m²n + 2m³ with m = n = 16.
            let per = 5 * (4 * 16 * 16 * 16 + 2 * 16 * 16 * 16);
            let want = per * m.members.len() as u64;
            if m.ty == "tensor<16x16xf32>" {
                assert_eq!(g["newton_schulz_flops"], want);
            }
            // XLA counts at least the Newton–Schulz matmuls.
            let ns = g["newton_schulz_flops"].as_f64().unwrap();
            assert!(g["flops"].as_f64().unwrap() >= ns, "{g}");
            // At most the 15 batched Newton–Schulz products and the Frobenius norm's two sums
            // of squares (rows, then the row sums): XLA may inline small ones.
            let dots = g["unfused"]["dot"].as_u64().unwrap_or(0) as usize;
            assert!(dots <= 17, "{g}");
        } else {
            assert!(g["newton_schulz_flops"].is_null(), "{g}");
        }
    }
    // The table, and --model (compiled through the cache) gives the same costs.
    let table = cli(&["inspect", dir.to_str().unwrap()], &env);
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(text.contains("fusions") && text.contains("total"), "{text}");
    for m in &manifest.groups {
        assert!(text.contains(&m.name), "{text}");
    }
    let from_model = cli(
        &[
            "inspect",
            "--model",
            model.to_str().unwrap(),
            "--preset",
            "keller-jordan",
            "--ns-dtype",
            "f32",
            "--storage",
            "per-param",
            "--cpu-gemm",
            "xla",
            "--json",
        ],
        &env,
    );
    let r2: serde_json::Value = serde_json::from_slice(&from_model.stdout).unwrap();
    for (a, b) in groups.iter().zip(r2["groups"].as_array().unwrap()) {
        assert_eq!(a["flops"], b["flops"]);
        assert_eq!(a["fusions"], b["fusions"]);
        assert_eq!(b["executable"], "compiled");
    }
    // Settings flags make no sense with a compiled directory.
    let refused = std::process::Command::new(aot_common::bin())
        .args(["inspect", dir.to_str().unwrap(), "--preset", "torch"])
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("compiled directory"));
}
