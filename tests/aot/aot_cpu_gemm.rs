//! `--cpu-gemm` in compiled directories: each group's manifest entry records the oneDNN its
//! executable calls (program files stay the plain program), `auto` follows oneDNN's ISA, a missing
//! oneDNN degrades with one line (or fails for an explicit `onednn`), and a stored executable
//! compiled against another oneDNN, or without it, is not trusted.

use crate::aot_common;
use crate::xla;

use std::path::{Path, PathBuf};
use std::process::Output;

use muon_xla::aot::{load, read_manifest, GroupSource, Manifest, MANIFEST_FILE};
use muon_xla::cache::ExecutableCache;
use muon_xla::emit::GEMM_TARGET;

/// `muon-xla compile` of the tiny model, keller-jordan with Newton–Schulz in `ns`.
fn compile(
    root: &Path,
    tag: &str,
    ns: &str,
    extra: &[&str],
    env: &[(&str, &str)],
) -> (PathBuf, Output) {
    let model = aot_common::tiny_model(root);
    let dir = root.join(tag);
    let mut args = vec!["compile", "--model", model.to_str().unwrap(), "--out"];
    args.push(dir.to_str().unwrap());
    args.extend(["--preset", "keller-jordan", "--ns-dtype", ns]);
    args.extend(extra);
    let mut env = env.to_vec();
    env.push(("MUON_XLA_EXECUTABLE_CACHE", "off"));
    (dir.clone(), aot_common::cli(&args, &env))
}

/// The Muon groups' recorded oneDNN identities.
fn muon_gemms(m: &Manifest) -> Vec<Option<String>> {
    m.groups
        .iter()
        .filter(|g| g.newton_schulz_flops.is_some())
        .map(|g| g.cpu_gemm.clone())
        .collect()
}

fn cpu_flags() -> Vec<String> {
    let info = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let flags = info.lines().find(|l| l.starts_with("flags")).unwrap_or("");
    flags.split_whitespace().map(str::to_string).collect()
}

fn cpu_has_bf16() -> bool {
    cpu_flags()
        .iter()
        .any(|f| f == "avx512_bf16" || f == "amx_bf16")
}

/// AVX-512's core subset: where `auto` routes f32 products to oneDNN.
fn cpu_has_avx512_core() -> bool {
    let flags = cpu_flags();
    ["avx512f", "avx512bw", "avx512vl", "avx512dq"]
        .iter()
        .all(|f| flags.iter().any(|g| g == f))
}

#[test]
fn compile_records_which_matmuls_each_executable_calls() {
    let root = aot_common::scratch("cpu-gemm");
    // auto at an ISA without bf16 keeps XLA's dot, on every machine.
    let (dir, _) = compile(
        &root,
        "auto-avx2",
        "bf16",
        &[],
        &[("ONEDNN_MAX_CPU_ISA", "AVX2")],
    );
    let m = read_manifest(&dir).unwrap();
    assert!(!muon_gemms(&m).is_empty());
    assert!(
        muon_gemms(&m).iter().all(Option::is_none),
        "{:?}",
        muon_gemms(&m)
    );
    // An explicit onednn: f32 through oneDNN even there; this preset's bf16 stays XLA's at AVX2
    // (oneDNN 3.2 has no bf16 matmul without AVX-512), so f32 Newton–Schulz shows the calls.
    let (dir, _) = compile(
        &root,
        "onednn-avx2",
        "f32",
        &["--cpu-gemm", "onednn"],
        &[("ONEDNN_MAX_CPU_ISA", "AVX2")],
    );
    let m = read_manifest(&dir).unwrap();
    for g in muon_gemms(&m) {
        let g = g.expect("a oneDNN identity on every Muon group");
        assert!(g.contains("isa avx2") && g.contains("handler v"), "{g}");
    }
    for g in &m.groups {
        let text = std::fs::read_to_string(dir.join(&g.graph)).unwrap();
        assert!(
            !text.contains(GEMM_TARGET),
            "{}: the program file is the plain one",
            g.graph
        );
    }
    // Plain auto, bf16 Newton–Schulz: oneDNN where the CPU has bf16 instructions; none where it
    // has neither them nor AVX-512 (with AVX-512 alone, the program's f32 products decide).
    let (dir, _) = compile(&root, "auto", "bf16", &[], &[]);
    let m = read_manifest(&dir).unwrap();
    let with = muon_gemms(&m).iter().filter(|g| g.is_some()).count();
    if cpu_has_bf16() {
        assert_eq!(with, muon_gemms(&m).len(), "{:?}", muon_gemms(&m));
    } else if !cpu_has_avx512_core() {
        assert_eq!(with, 0, "{:?}", muon_gemms(&m));
    }
    // Plain auto, f32 Newton–Schulz: oneDNN exactly where the CPU has AVX-512.
    let (dir, _) = compile(&root, "auto-f32", "f32", &[], &[]);
    let m = read_manifest(&dir).unwrap();
    let with = muon_gemms(&m).iter().filter(|g| g.is_some()).count();
    match cpu_has_avx512_core() {
        true => assert_eq!(with, muon_gemms(&m).len(), "{:?}", muon_gemms(&m)),
        false => assert_eq!(with, 0, "{:?}", muon_gemms(&m)),
    }
}

#[test]
fn a_missing_onednn_degrades_or_fails_by_choice() {
    let root = aot_common::scratch("cpu-gemm-missing");
    let nowhere = root.join("nowhere/libdnnl.so.3");
    let env = [("MUON_XLA_ONEDNN", nowhere.to_str().unwrap())];
    let (dir, out) = compile(&root, "auto", "bf16", &[], &env);
    assert!(muon_gemms(&read_manifest(&dir).unwrap())
        .iter()
        .all(Option::is_none));
    let said = aot_common::stderr(&out);
    let lines = said.matches("matmuls stay XLA's").count();
    if cpu_has_bf16() || !cpu_has_avx512_core() {
        assert_eq!(lines, usize::from(cpu_has_bf16()), "{said}");
    } else {
        assert!(lines <= 1, "said more than once: {said}");
    }
    if cpu_has_bf16() {
        assert!(said.contains("MUON_XLA_ONEDNN names no file"), "{said}");
    }
    let model = aot_common::tiny_model(&root);
    let out = std::process::Command::new(aot_common::bin())
        .args([
            "compile",
            "--model",
            model.to_str().unwrap(),
            "--preset",
            "keller-jordan",
        ])
        .args(["--cpu-gemm", "onednn", "--out"])
        .arg(root.join("explicit"))
        .envs(env)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let said = aot_common::stderr(&out);
    assert!(said.contains("MUON_XLA_ONEDNN"), "{said}");
}

#[test]
fn stored_executables_of_another_onednn_are_compiled_again() {
    let root = aot_common::scratch("cpu-gemm-other");
    let (dir, _) = compile(&root, "onednn", "f32", &["--cpu-gemm", "onednn"], &[]);
    // The same directory as another oneDNN build would have written it.
    let path = dir.join(MANIFEST_FILE);
    let text = std::fs::read_to_string(&path).unwrap();
    let mut json: serde_json::Value = serde_json::from_str(&text).unwrap();
    for g in json["groups"].as_array_mut().unwrap() {
        if g.get("cpu_gemm").is_some() {
            g["cpu_gemm"] = "onednn 0.0.0 (other) isa avx2 handler v0".into();
        }
    }
    std::fs::write(&path, serde_json::to_string_pretty(&json).unwrap()).unwrap();
    let cache = ExecutableCache::in_memory();
    let loaded = load(xla::client(), &dir, &cache).unwrap();
    let mut recompiled = 0;
    for (g, source) in loaded.manifest.groups.iter().zip(&loaded.sources) {
        match (g.newton_schulz_flops.is_some(), source) {
            (true, GroupSource::Recompiled(why)) => {
                assert!(why.contains("onednn 0.0.0 (other)"), "{why}");
                recompiled += 1;
            }
            (false, GroupSource::Stored) => {}
            (muon, s) => panic!("{} (muon {muon}): {s:?}", g.name),
        }
    }
    assert!(recompiled > 0);
}
