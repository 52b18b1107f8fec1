//! `muon-xla plugin` against the real CPU plugin, found through normal discovery (never skipped:
//! without `xla-cpu-pjrt` installed these tests fail, and `--no-install` keeps them from installing).

use std::path::Path;
use std::process::{Command, Output};

fn muon_xla(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_muon-xla"))
        .args(args)
        // Normal discovery: the Python package or the cache, not a plugin someone exported.
        .env_remove("MUON_XLA_PLUGIN")
        .output()
        .expect("run muon-xla")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The value of `key:` in the text report.
fn field(text: &str, key: &str) -> String {
    text.lines()
        .find_map(|l| l.strip_prefix(key))
        .unwrap_or_else(|| panic!("no `{key}` line in:\n{text}"))
        .trim()
        .to_string()
}

#[test]
fn plugin_reports_the_real_cpu_plugin() {
    let out = muon_xla(&["plugin", "--no-install"]);
    let text = stdout(&out);
    assert!(
        out.status.success(),
        "status {}\n{text}\n{}",
        out.status,
        stderr(&out)
    );
    assert_eq!(field(&text, "api version:"), "0.81");
    assert_eq!(field(&text, "platform:"), "cpu");
    let devices: usize = field(&text, "devices:").parse().unwrap();
    assert!(devices >= 1, "{text}");
    let path = field(&text, "plugin:");
    assert!(
        path.ends_with("xla_cpu_pjrt.so") && Path::new(&path).is_file(),
        "{text}"
    );
    let source = field(&text, "source:");
    assert!(
        source == "Python package xla-cpu-pjrt" || source == "muon-xla cache directory",
        "{text}"
    );
    assert!(text.contains("stablehlo_current_version"), "{text}");
}

#[test]
fn json_output_is_valid_json() {
    let out = muon_xla(&["plugin", "--json", "--no-install"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(v["api_version"], "0.81");
    assert_eq!(v["platform_name"], "cpu");
    assert!(v["device_count"].as_u64().unwrap() >= 1, "{v}");
    assert!(
        ["python-package", "cache-dir"].contains(&v["source"].as_str().unwrap()),
        "{v}"
    );
    assert!(v["attributes"].is_object(), "{v}");
    let path = v["path"].as_str().unwrap().to_string();

    // The same file passed explicitly is reported as explicit.
    let out = muon_xla(&["plugin", "--json", "--plugin", &path]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(v["source"], "explicit");
    assert_eq!(v["path"], path.as_str());
    assert_eq!(v["package"], serde_json::Value::Null);
}

#[test]
fn missing_explicit_plugin_exits_3_naming_it() {
    let out = muon_xla(&["plugin", "--plugin", "/nonexistent"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(stdout(&out).is_empty());
    let err = stderr(&out);
    assert!(
        err.contains("/nonexistent") && err.contains("explicitly"),
        "{err}"
    );

    let out = Command::new(env!("CARGO_BIN_EXE_muon-xla"))
        .args(["plugin", "--json"])
        .env("MUON_XLA_PLUGIN", "/nonexistent/env.so")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = stderr(&out);
    assert!(
        err.contains("/nonexistent/env.so") && err.contains("MUON_XLA_PLUGIN"),
        "{err}"
    );
}

#[test]
fn usage_errors_exit_2() {
    let out = muon_xla(&["plugin", "--device", "npu"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("npu"));
    assert_eq!(muon_xla(&["no-such-command"]).status.code(), Some(2));
    assert_eq!(muon_xla(&[]).status.code(), Some(2));
    assert_eq!(muon_xla(&["plugin", "--help"]).status.code(), Some(0));
}

#[test]
fn unknown_xla_flag_is_an_error_not_an_abort() {
    // XLA itself would abort the process (SIGABRT) on this flag; we refuse it first.
    let run = |flags: &str| {
        Command::new(env!("CARGO_BIN_EXE_muon-xla"))
            .args(["plugin", "--no-install"])
            .env("XLA_FLAGS", flags)
            .output()
            .expect("run muon-xla")
    };
    let out = run("--xla_cpu_enable_fast_math=false --xla_no_such_flag_at_all=1");
    assert_eq!(out.status.code(), Some(2), "stderr: {}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("--xla_no_such_flag_at_all") && err.contains("XLA_FLAGS"),
        "{err}"
    );
    assert!(
        !err.contains("--xla_cpu_enable_fast_math"),
        "a known flag must not be reported: {err}"
    );
    let out = run("--xla_cpu_enable_fast_math=false");
    assert_eq!(
        out.status.code(),
        Some(0),
        "a known flag is accepted: {}",
        stderr(&out)
    );
}
