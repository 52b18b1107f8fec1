//! Ahead-of-time compilation end to end, with real XLA: `muon-xla compile` writes a directory, a
//! fresh process loads it without compiling anything and gets bit-for-bit the results of a
//! just-in-time optimizer; corrupt, tampered and foreign artifacts are detected, compiled again
//! with a warning, and still give the same results; a warm start of GPT-2 small compiles nothing.

mod aot_common;
mod graphs;
mod xla;

use std::path::{Path, PathBuf};
use std::time::Instant;

use aot_common::{
    cli, copy_dir, fresh_process, reported, scratch, shipped_model, stderr, tiny_model,
};
use graphs::Rng;
use muon_xla::aot::{read_manifest, Manifest};
use muon_xla::cache::ExecutableCache;
use muon_xla::config::{Preset, Settings, Storage};
use muon_xla::io::tensor_file::TensorFile;
use muon_xla::plan::model::ModelDescription;
use muon_xla::runtime::Optimizer;
use muon_xla::HostTensor;

const HELPER: &str = "fresh_process_helper";
const MARKER: &str = "AOT_HELPER_RESULT ";

/// Runs `steps` optimizer steps on deterministic parameters and gradients and returns every
/// parameter and state tensor by name.
fn run_steps(opt: &mut Optimizer, steps: usize) -> TensorFile {
    let mut rng = Rng::new(7);
    let params: Vec<HostTensor> = (0..opt.len())
        .map(|i| rng.tensor(&opt.spec(i).ty, -0.1, 0.1))
        .collect();
    opt.set_params(params).unwrap();
    let lr = opt.config().lr.unwrap();
    for _ in 0..steps {
        let grads: Vec<HostTensor> = (0..opt.len())
            .map(|i| rng.tensor(&opt.spec(i).ty, -1.0, 1.0))
            .collect();
        opt.step(&grads, lr).unwrap();
    }
    let mut out = TensorFile::default();
    for (i, p) in opt.params().unwrap().into_iter().enumerate() {
        let name = opt.spec(i).name.clone();
        for (kind, t) in opt.state_names(i).iter().zip(opt.state(i).unwrap()) {
            out.tensors.insert(format!("{name}.{kind}"), t);
        }
        out.tensors.insert(name, p);
    }
    out
}

/// Not a test of its own: the body of the fresh processes the other tests start. Without
/// `AOT_HELPER` it does nothing.
#[test]
fn fresh_process_helper() {
    let Ok(mode) = std::env::var("AOT_HELPER") else {
        return;
    };
    let dir = PathBuf::from(std::env::var("AOT_DIR").unwrap());
    let cache = match std::env::var("AOT_CACHE_DIR") {
        Ok(d) => ExecutableCache::with_dir(d),
        Err(_) => ExecutableCache::in_memory(),
    };
    let client = xla::client();
    let start = Instant::now();
    let mut opt = match mode.as_str() {
        // Load the compiled directory.
        "load" => Optimizer::load_compiled_with_cache(client, &dir, &cache).unwrap(),
        // Build from the model and settings recorded in the directory, through the cache.
        "cache" => {
            let m = read_manifest(&dir).unwrap();
            let specs = m.model.specs().unwrap();
            Optimizer::with_cache(client, specs, m.config, &cache).unwrap()
        }
        other => panic!("unknown AOT_HELPER mode {other}"),
    };
    let load_ms = start.elapsed().as_secs_f64() * 1e3;
    let steps: usize = std::env::var("AOT_STEPS").map_or(0, |s| s.parse().unwrap());
    if steps > 0 {
        let out = run_steps(&mut opt, steps);
        out.write_atomic(Path::new(&std::env::var("AOT_OUT").unwrap()))
            .unwrap();
    }
    let report = serde_json::json!({ "stats": cache.stats(), "load_ms": load_ms, "groups": opt.num_groups() });
    println!("{MARKER}{report}");
}

/// Runs the helper in a fresh process; returns (report, stderr).
fn helper(
    mode: &str,
    dir: &Path,
    cache_dir: Option<&Path>,
    steps: usize,
    out: Option<&Path>,
) -> (serde_json::Value, String) {
    let mut env = vec![
        ("AOT_HELPER", mode.to_string()),
        ("AOT_DIR", dir.display().to_string()),
        ("AOT_STEPS", steps.to_string()),
    ];
    if let Some(c) = cache_dir {
        env.push(("AOT_CACHE_DIR", c.display().to_string()));
    }
    if let Some(o) = out {
        env.push(("AOT_OUT", o.display().to_string()));
    }
    let output = fresh_process(HELPER, &env);
    (reported(&output, MARKER), stderr(&output))
}

fn stat(report: &serde_json::Value, name: &str) -> u64 {
    report["stats"][name].as_u64().unwrap()
}

/// The just-in-time reference: the same model and configuration, compiled in this process.
fn jit_reference(manifest: &Manifest, steps: usize) -> TensorFile {
    let specs = manifest.model.specs().unwrap();
    let cache = ExecutableCache::in_memory();
    let mut opt =
        Optimizer::with_cache(xla::client(), specs, manifest.config.clone(), &cache).unwrap();
    assert_eq!(cache.stats().compiles as usize, opt.num_groups());
    run_steps(&mut opt, steps)
}

fn assert_identical(got: &Path, want: &TensorFile, what: &str) {
    let got = TensorFile::read(got).unwrap();
    assert_eq!(
        got.tensors.keys().collect::<Vec<_>>(),
        want.tensors.keys().collect::<Vec<_>>(),
        "{what}"
    );
    for (name, w) in &want.tensors {
        let g = &got.tensors[name];
        assert_eq!(g.ty(), w.ty(), "{what}: {name}");
        assert!(
            g.bytes() == w.bytes(),
            "{what}: `{name}` differs from the just-in-time result"
        );
    }
}

/// Compiles the tiny model with `preset` into a fresh directory, with the disk cache `cache`
/// (`off`: none).
fn compile_tiny_into(root: &Path, dir: &Path, preset: &str, cache: &str) -> String {
    let model = tiny_model(root);
    let out = cli(
        &[
            "compile",
            "--model",
            model.to_str().unwrap(),
            "--preset",
            preset,
            "--out",
            dir.to_str().unwrap(),
        ],
        &[("MUON_XLA_EXECUTABLE_CACHE", cache)],
    );
    stderr(&out)
}

/// Compiles the tiny model with `preset` into a fresh directory (no disk cache involved).
fn compile_tiny(name: &str, preset: &str) -> (PathBuf, PathBuf) {
    let root = scratch(name);
    let dir = root.join("compiled");
    let err = compile_tiny_into(&root, &dir, preset, "off");
    assert!(err.contains("compiled by XLA"), "{err}");
    (root, dir)
}

#[test]
fn fresh_process_load_matches_jit_bit_for_bit() {
    for preset in ["keller-jordan", "moonlight"] {
        let (root, mut dir) = compile_tiny(&format!("fresh-{preset}"), preset);
        if preset == "moonlight" {
            // Compiled twice through a disk cache: the second directory's executables were loaded
            // from the cache and serialized again (different bytes, same program).
            let cache = root.join("executable-cache");
            let cache = cache.to_str().unwrap();
            let first = root.join("first");
            let err = compile_tiny_into(&root, &first, preset, cache);
            assert!(err.contains("0 from the executable cache"), "{err}");
            dir = root.join("second");
            let err = compile_tiny_into(&root, &dir, preset, cache);
            assert!(err.contains(" 0 compiled by XLA"), "{err}");
        }
        let manifest = read_manifest(&dir).unwrap();
        // The manifest's configuration is what the settings resolve to.
        let model = ModelDescription::read(&root.join("tiny.json")).unwrap();
        let settings = Settings {
            preset: Some(preset.parse::<Preset>().unwrap()),
            ..Settings::default()
        }
        .or(model.settings());
        // ... laid out per parameter, `muon-xla compile`'s default.
        let mut want = settings.resolve().unwrap();
        assert_eq!(want.storage, Storage::Stacked, "the presets stack");
        want.storage = Storage::PerParam;
        assert_eq!(manifest.config, want);
        assert!(manifest.target.is_some());
        let groups = manifest.groups.len();
        assert!(groups >= 4, "{groups} groups");
        for g in &manifest.groups {
            let exe = g.executable.as_ref().expect("an executable per group");
            assert!(dir.join(&exe.file).is_file());
            assert!(dir.join(&g.graph).is_file());
        }

        let out = root.join("aot.safetensors");
        let (report, err) = helper("load", &dir, None, 3, Some(&out));
        assert_eq!(stat(&report, "compiles"), 0, "{report}\n{err}");
        assert_eq!(stat(&report, "preloaded") as usize, groups, "{report}");
        assert!(!err.contains("warning"), "{err}");
        assert_identical(&out, &jit_reference(&manifest, 3), preset);
    }
}

/// Damages a copy of the compiled directory, loads it in a fresh process, and checks the warning,
/// the number of groups compiled again, and the results.
fn damaged(
    dir: &Path,
    root: &Path,
    name: &str,
    reference: &TensorFile,
    damage: impl FnOnce(&Path, &Manifest),
    expect_warning: &str,
    expect_compiles: Option<usize>,
) {
    let copy = root.join(name);
    copy_dir(dir, &copy);
    let manifest = read_manifest(&copy).unwrap();
    damage(&copy, &manifest);
    let out = root.join(format!("{name}.safetensors"));
    let (report, err) = helper("load", &copy, None, 2, Some(&out));
    assert!(
        err.contains("warning") && err.contains(expect_warning),
        "{name}: expected a warning about `{expect_warning}`, stderr:\n{err}"
    );
    let groups = manifest.groups.len();
    let compiles = stat(&report, "compiles") as usize;
    match expect_compiles {
        Some(n) => assert_eq!(compiles, n, "{name}: {report}\n{err}"),
        None => assert_eq!(compiles, groups, "{name}: {report}"),
    }
    assert_eq!(
        compiles + stat(&report, "preloaded") as usize,
        groups,
        "{name}: {report}"
    );
    assert_identical(&out, reference, name);
}

fn edit_manifest(dir: &Path, f: impl FnOnce(&mut serde_json::Value)) {
    let path = dir.join("manifest.json");
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    f(&mut v);
    std::fs::write(&path, serde_json::to_string_pretty(&v).unwrap()).unwrap();
}

#[test]
fn corrupt_tampered_and_foreign_artifacts_are_recompiled() {
    let (root, dir) = compile_tiny("damaged", "keller-jordan");
    let manifest = read_manifest(&dir).unwrap();
    let reference = jit_reference(&manifest, 2);
    let muon = manifest
        .groups
        .iter()
        .position(|g| g.route == muon_xla::config::Route::Muon)
        .unwrap();
    let exe_file = manifest.groups[muon].executable.clone().unwrap().file;
    let graph_file = manifest.groups[muon].graph.clone();

    // A flipped byte in the middle of an executable.
    damaged(
        &dir,
        &root,
        "corrupt-executable",
        &reference,
        |d, _| {
            let p = d.join(&exe_file);
            let mut b = std::fs::read(&p).unwrap();
            let mid = b.len() / 2;
            b[mid] ^= 0x5a;
            std::fs::write(&p, b).unwrap();
        },
        "is corrupt or was replaced",
        Some(1),
    );
    // A truncated executable.
    damaged(
        &dir,
        &root,
        "truncated-executable",
        &reference,
        |d, _| {
            let p = d.join(&exe_file);
            let b = std::fs::read(&p).unwrap();
            std::fs::write(&p, &b[..b.len() / 3]).unwrap();
        },
        "is corrupt or was replaced",
        Some(1),
    );
    // Garbage in place of an executable, with the manifest's hash updated to match: the plugin
    // refuses it (or the signature check does) and the group is compiled again, never a crash.
    damaged(
        &dir,
        &root,
        "garbage-executable",
        &reference,
        |d, _| {
            let garbage: Vec<u8> = (0..4096u32)
                .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
                .collect();
            std::fs::write(d.join(&exe_file), &garbage).unwrap();
            let sha = muon_xla::cache::sha256_hex(&garbage);
            edit_manifest(d, |v| {
                let e = &mut v["groups"][muon]["executable"];
                e["sha256"] = sha.into();
                e["bytes"] = garbage.len().into();
            });
        },
        "refused",
        Some(1),
    );
    // A hand-edited program.
    damaged(
        &dir,
        &root,
        "tampered-graph",
        &reference,
        |d, _| {
            let p = d.join(&graph_file);
            let text = std::fs::read_to_string(&p).unwrap();
            std::fs::write(&p, text.replacen("stablehlo.add", "stablehlo.subtract", 1)).unwrap();
        },
        "was modified",
        Some(1),
    );
    // A manifest whose program hash no longer matches what this muon-xla emits.
    damaged(
        &dir,
        &root,
        "other-emitter",
        &reference,
        |d, _| {
            edit_manifest(d, |v| {
                v["groups"][muon]["graph_sha256"] = "0".repeat(64).into();
            })
        },
        "another version",
        Some(1),
    );
    // Executables from another plugin build, another PJRT API version, another CPU.
    damaged(
        &dir,
        &root,
        "other-plugin",
        &reference,
        |d, _| {
            edit_manifest(d, |v| {
                v["target"]["plugin"]["file_sha256"] = "ab".repeat(32).into();
            })
        },
        "another plugin build",
        None,
    );
    damaged(
        &dir,
        &root,
        "other-api-version",
        &reference,
        |d, _| edit_manifest(d, |v| v["target"]["plugin"]["api_version"] = "0.99".into()),
        "PJRT API 0.99",
        None,
    );
    damaged(
        &dir,
        &root,
        "other-cpu",
        &reference,
        |d, _| {
            edit_manifest(d, |v| {
                v["target"]["cpu"]["features_sha256"] = "cd".repeat(32).into();
            })
        },
        "another kind of CPU",
        None,
    );
    // A directory written with --emit-only holds no executables: compiled, with a warning.
    damaged(
        &dir,
        &root,
        "emit-only",
        &reference,
        |d, _| {
            edit_manifest(d, |v| {
                v.as_object_mut().unwrap().remove("target");
            })
        },
        "--emit-only",
        None,
    );
    // A missing executable file.
    damaged(
        &dir,
        &root,
        "missing-executable",
        &reference,
        |d, _| std::fs::remove_file(d.join(&exe_file)).unwrap(),
        "cannot be read",
        Some(1),
    );
}

#[test]
fn unreadable_manifests_are_clear_errors() {
    let root = scratch("bad-manifest");
    let client = xla::client();
    let cache = ExecutableCache::in_memory();
    let err = Optimizer::load_compiled_with_cache(client, &root, &cache)
        .err()
        .unwrap()
        .to_string();
    assert!(err.contains("manifest.json"), "{err}");
    std::fs::write(
        root.join("manifest.json"),
        "{\"format\": \"muon-xla-compiled/1\"",
    )
    .unwrap();
    let err = Optimizer::load_compiled_with_cache(client, &root, &cache)
        .err()
        .unwrap()
        .to_string();
    assert!(err.contains("run `muon-xla compile` again"), "{err}");
    assert_eq!(cache.stats().compiles, 0);
}

/// GPT-2 small: a cold `muon-xla compile` compiles every shape group; a fresh process then starts
/// without compiling anything, from the compiled directory and from the disk cache alike.
#[test]
fn gpt2_small_warm_start_compiles_nothing() {
    let root = scratch("gpt2");
    let dir = root.join("compiled");
    let cache_dir = root.join("executable-cache");
    let model = shipped_model("gpt2-small");
    let start = Instant::now();
    let out = cli(
        &[
            "compile",
            "--model",
            model.to_str().unwrap(),
            "--preset",
            "keller-jordan",
            "--out",
            dir.to_str().unwrap(),
        ],
        &[("MUON_XLA_EXECUTABLE_CACHE", cache_dir.to_str().unwrap())],
    );
    let cold = start.elapsed().as_secs_f64();
    let manifest = read_manifest(&dir).unwrap();
    let groups = manifest.groups.len();
    assert_eq!(groups, 9);
    assert!(
        stderr(&out).contains(&format!(
            "{groups} compiled by XLA, 0 from the executable cache"
        )),
        "{}",
        stderr(&out)
    );
    let entries = std::fs::read_dir(&cache_dir).unwrap().count();
    assert_eq!(entries, groups, "one disk cache entry per group");

    let (from_dir, err) = helper("load", &dir, None, 0, None);
    assert_eq!(stat(&from_dir, "compiles"), 0, "{from_dir}\n{err}");
    assert_eq!(stat(&from_dir, "preloaded") as usize, groups);
    assert!(!err.contains("warning"), "{err}");

    let (from_cache, err) = helper("cache", &dir, Some(&cache_dir), 0, None);
    assert_eq!(stat(&from_cache, "compiles"), 0, "{from_cache}\n{err}");
    assert_eq!(stat(&from_cache, "disk_hits") as usize, groups);
    assert!(!err.contains("warning"), "{err}");

    let sizes: u64 = manifest
        .groups
        .iter()
        .map(|g| g.executable.as_ref().unwrap().bytes)
        .sum();
    eprintln!(
        "GPT-2 small, {groups} shape groups: cold `muon-xla compile` {cold:.2} s (whole process); \
         warm start in a fresh process (plan + emit + hash + load, no compile): from the compiled \
         directory {:.0} ms, from the disk cache {:.0} ms; executables {:.1} KiB",
        from_dir["load_ms"].as_f64().unwrap(),
        from_cache["load_ms"].as_f64().unwrap(),
        sizes as f64 / 1024.0
    );
}
