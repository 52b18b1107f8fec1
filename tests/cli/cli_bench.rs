//! `muon-xla bench` runs end to end and reports what it promises. No timing is asserted: only that
//! the quick set runs through the real plugin and emits valid JSON (and CSV) with the expected
//! fields and sane, positive numbers.

use std::process::Command;

use serde_json::Value;

/// One GPT-2 layer at width 64, timed once, f32 only, as JSON: a bench run of a few seconds.
/// Rows pinned to XLA's dot (`--cpu-gemm xla`), so that the row list is the same on every
/// machine (by default oneDNN rows join where `auto` would use it).
const TINY_LAYER: &[&str] = &[
    "--cpu-gemm",
    "xla",
    "--set",
    "width",
    "--widths",
    "64",
    "--repeats",
    "1",
    "--warmup",
    "0",
    "--ns-dtype",
    "f32",
    "--skip-host",
    "--roofline-size",
    "128",
    "--json",
];

/// Runs `muon-xla bench ARGS` (which must include `--json`), checks it succeeded and returns the
/// report and the text printed on stderr.
fn bench_json(args: &[&str]) -> (Value, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_muon-xla"))
        .arg("bench")
        .args(args)
        .output()
        .expect("run muon-xla bench");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "bench failed: {stderr}");
    let report = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("stdout is not JSON ({e}); stderr: {stderr}"));
    (report, stderr.into_owned())
}

#[test]
fn bench_quick_emits_json_and_csv() {
    let dir = std::env::temp_dir().join(format!("muon-xla-cli-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let csv = dir.join("quick.csv");
    let (report, _) = bench_json(&[
        "--cpu-gemm",
        "xla",
        "--set",
        "quick",
        "--repeats",
        "1",
        "--warmup",
        "0",
        "--ns-dtype",
        "f32",
        "--roofline-size",
        "512",
        "--json",
        "--csv",
        csv.to_str().unwrap(),
    ]);

    assert_eq!(report["set"], "quick");
    assert!(report["machine"]["cores"].as_u64().unwrap() >= 1);
    assert!(report["plugin"]["api_version"].is_string());
    assert!(report["roofline"]["gflop_per_s"].as_f64().unwrap() > 0.0);
    let cases = report["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 1);
    let case = &cases[0];
    assert_eq!(case["matrices"], 4);
    // One GPT-2 small layer: 768x2304 + 768x768 + 768x3072 + 3072x768 = 7,077,888 parameters,
    // 5 iterations of 4m²n + 2m³ each.
    assert_eq!(case["params"], 7_077_888u64);
    let m = 768u64;
    let want: u64 = [3, 1, 4, 4]
        .iter()
        .map(|k| 5 * (4 * m * m * (k * m) + 2 * m * m * m))
        .sum();
    assert_eq!(case["ns_flops"], want);
    let ours = case["ours"].as_array().unwrap();
    assert_eq!(ours.len(), 1, "{ours:?}");
    let o = &ours[0];
    assert_eq!(o["preset"], "keller-jordan");
    assert_eq!(o["ns_dtype"], "f32");
    assert_eq!(o["groups"], 4);
    assert!(o["cold_compile_s"].as_f64().unwrap() > 0.0);
    assert!(o["warm_start_s"].as_f64().unwrap() > 0.0);
    for path in ["device", "host"] {
        let t = &o[path];
        assert_eq!(t["times_s"].as_array().unwrap().len(), 1, "{path}: {t}");
        assert!(t["median_s"].as_f64().unwrap() > 0.0, "{path}: {t}");
        assert!(t["gflop_per_s"].as_f64().unwrap() > 0.0, "{path}: {t}");
        assert!(
            t["frac_xla_roofline"].as_f64().unwrap() > 0.0,
            "{path}: {t}"
        );
    }
    assert!(case["peers"].as_array().unwrap().is_empty());

    let text = std::fs::read_to_string(&csv).unwrap();
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with("set,case,width,layers,system,kind,dtype,path,median_s"));
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 2, "{text}");
    assert!(rows.iter().all(|r| r.starts_with("quick,quick,768,1,")));
    let _ = std::fs::remove_dir_all(&dir);
}

/// `--fast-variants` on a tiny set (one layer at width 64): every extra row is there with a finite
/// time, and each variant's f64 accuracy on the reduced first shape is in the range its schedule
/// promises: Keller's quintic leaves singular values in about [0.68, 1.13] by design, Gram is the
/// same iteration (equal in exact arithmetic), and the dion-fast schedule from AOL lands closer.
#[test]
fn bench_fast_variants_report_rows_and_accuracy() {
    let (report, stderr) = bench_json(&[TINY_LAYER, &["--fast-variants"]].concat());
    let ours = report["cases"][0]["ours"].as_array().unwrap();
    let systems: Vec<&str> = ours.iter().map(|o| o["system"].as_str().unwrap()).collect();
    assert_eq!(
        systems,
        [
            "muon-xla keller-jordan f32",
            "muon-xla keller-jordan f32 gram",
            "muon-xla keller-jordan f32 dion-fast",
            "muon-xla keller-jordan f32 polar-express",
            "muon-xla keller-jordan f32 gram dion-fast",
        ]
    );
    let acc = |i: usize, field: &str| ours[i]["accuracy"][field].as_f64().unwrap();
    for (i, o) in ours.iter().enumerate() {
        let median = o["device"]["median_s"].as_f64().unwrap();
        assert!(median.is_finite() && median > 0.0, "{o}");
        assert!(o["host"].is_null(), "--skip-host: {o}");
        // The first matrix is 192x64 (3d x d at d = 64): already the reduced size.
        assert_eq!(o["accuracy"]["shape"], serde_json::json!([192, 64]), "{o}");
        let steps = if systems[i].ends_with("dion-fast") {
            4
        } else {
            5
        };
        assert_eq!(o["accuracy"]["ns_steps"], steps, "{o}");
        // 4 iterations do 4/5 of the analytic FLOPs: 5 × (4m²n + 2m³) summed over the layer.
        let m = 64u64;
        let per_step: u64 = [3, 1, 4, 4]
            .iter()
            .map(|k| 4 * m * m * (k * m) + 2 * m * m * m)
            .sum();
        assert_eq!(
            o["ns_flops"].as_f64(),
            Some((steps * per_step) as f64),
            "{o}"
        );
        let (sigma, polar) = (acc(i, "max_sigma_error"), acc(i, "polar_rel_error"));
        assert!(sigma.is_finite() && polar.is_finite() && polar > 0.0, "{o}");
    }
    let keller = acc(0, "max_sigma_error");
    assert!((0.2..0.4).contains(&keller), "Keller's max|σ−1| {keller}");
    assert!(
        (acc(1, "max_sigma_error") - keller).abs() < 1e-9,
        "gram vs plain"
    );
    let dion_fast = acc(2, "max_sigma_error");
    assert!(
        dion_fast < 0.5 * keller,
        "dion-fast {dion_fast} vs Keller {keller}"
    );
    assert!(
        (acc(4, "max_sigma_error") - dion_fast).abs() < 1e-9,
        "gram dion-fast"
    );
    let polar_express = acc(3, "max_sigma_error");
    assert!(
        polar_express < keller,
        "polar-express {polar_express} vs Keller {keller}"
    );
    // Closer singular values mean closer to the polar factor.
    assert!(acc(2, "polar_rel_error") < acc(0, "polar_rel_error"));
    assert!(
        stderr.contains("Newton–Schulz accuracy, in f64"),
        "{stderr}"
    );
}

/// `--breakdown` times each shape group as the optimizer runs it: with two layers every GPT-2
/// shape has two members, which the preset stacks, and `--storage per-param` keeps them apart.
#[test]
fn bench_breakdown_times_each_group_in_its_storage() {
    for (storage, expected) in [(None, "stacked"), (Some("per-param"), "per-param")] {
        let mut args = [TINY_LAYER, &["--layers", "2", "--breakdown"]].concat();
        if let Some(s) = storage {
            args.extend(["--storage", s]);
        }
        let (report, _) = bench_json(&args);
        let groups = report["cases"][0]["breakdown"].as_array().unwrap();
        let shapes: Vec<&Value> = groups.iter().map(|g| &g["shape"]).collect();
        assert_eq!(
            Value::from(shapes.into_iter().cloned().collect::<Vec<_>>()),
            serde_json::json!([[192, 64], [256, 64], [64, 256], [64, 64]]),
            "{groups:?}"
        );
        for g in groups {
            assert_eq!(g["members"], 2, "{g}");
            assert_eq!(g["storage"], expected, "{g}");
            for timing in ["group_step", "ns_only"] {
                let median = g[timing]["median_s"].as_f64().unwrap();
                assert!(median.is_finite() && median > 0.0, "{timing}: {g}");
            }
        }
    }
}

/// By default the bench times oneDNN where `--cpu-gemm auto` would use it: an `f32 onednn` row
/// (with its ratio to the XLA row) where the CPU has AVX-512 and oneDNN loads, none elsewhere.
#[test]
fn default_rows_follow_what_auto_chooses() {
    let args: Vec<&str> = TINY_LAYER.iter().copied().skip(2).collect();
    let (report, stderr) = bench_json(&args);
    let systems: Vec<String> = (report["cases"][0]["ours"].as_array().unwrap().iter())
        .map(|o| o["system"].as_str().unwrap().to_string())
        .collect();
    let line = report["onednn"].as_str().unwrap();
    let info = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let flags = info.lines().find(|l| l.starts_with("flags")).unwrap_or("");
    let avx512 = ["avx512f", "avx512bw", "avx512vl", "avx512dq"]
        .iter()
        .all(|f| flags.split_whitespace().any(|g| g == *f));
    let onednn_f32 = systems
        .iter()
        .any(|s| s == "muon-xla keller-jordan f32 onednn");
    if line.contains("does not load") {
        assert!(!onednn_f32, "{systems:?}");
        return;
    }
    assert_eq!(onednn_f32, avx512, "{line}: {systems:?}");
    assert!(
        systems.iter().all(|s| !s.contains("bf16")),
        "--ns-dtype f32: {systems:?}"
    );
    if avx512 {
        assert!(line.starts_with("oneDNN rows (f32"), "{line}");
        assert!(
            stderr.contains("f32 onednn:") && stderr.contains("our XLA f32"),
            "{stderr}"
        );
        let ratios = report["cases"][0]["onednn_ratios"].as_array().unwrap();
        assert!(
            ratios[0]["vs_xla"]["f32"].as_f64().unwrap() > 0.0,
            "{ratios:?}"
        );
    }
}
