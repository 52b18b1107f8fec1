//! The command-line side of issue 12: `--version`, exit statuses (0 ok, 2 bad input, 3 plugin or
//! runtime failure), the `--dry-run` partition table, and the name-rule flags end to end (the
//! binary's output equals the library's for the same configuration, bit for bit).

use crate::xla;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::{Command, Output};

use muon_xla::config::{BatchRule, Multipliers, OptimizerConfig, Preset};
use muon_xla::io::tensor_file::TensorFile;
use muon_xla::plan::ParamSpec;
use muon_xla::runtime::Optimizer;
use muon_xla::{DType, HostTensor};

fn muon_xla(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_muon-xla"))
        .args(args)
        .env_remove("XLA_FLAGS")
        .output()
        .expect("run muon-xla")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn scratch(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("muon-xla-cli-ckpt-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Deterministic values in [-0.5, 0.5).
fn tensor(shape: &[usize], seed: u64) -> HostTensor {
    let n: usize = shape.iter().product();
    let v: Vec<f64> = (0..n as u64)
        .map(|i| {
            ((i.wrapping_mul(2654435761).wrapping_add(seed * 97) % 1000) as f64) / 1000.0 - 0.5
        })
        .collect();
    HostTensor::from_f64(DType::F32, shape.to_vec(), &v).unwrap()
}

fn model() -> Vec<(&'static str, Vec<usize>)> {
    vec![
        ("moe.experts", vec![4, 16, 8]),
        ("attn.w", vec![16, 8]),
        ("ln.bias", vec![8]),
        ("wte.weight", vec![16, 8]),
    ]
}

fn input_file(dir: &std::path::Path) -> PathBuf {
    let mut f = TensorFile::default();
    for (i, (name, shape)) in model().into_iter().enumerate() {
        f.tensors.insert(name.into(), tensor(&shape, i as u64));
        f.tensors
            .insert(format!("{name}.grad"), tensor(&shape, 100 + i as u64));
    }
    let p = dir.join("in.safetensors");
    std::fs::write(&p, f.to_bytes().unwrap()).unwrap();
    p
}

const RULES: [&str; 8] = [
    "--muon-batch",
    "experts=0",
    "--no-weight-decay",
    r"\.bias$",
    "--lr-mult",
    "wte=0.1",
    "--ns-dtype",
    "f32",
];

#[test]
fn version_prints_the_crate_version() {
    let out = muon_xla(&["--version"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout).trim(),
        format!("muon-xla {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn dry_run_prints_the_partition_table() {
    let dir = scratch("dry");
    let input = input_file(&dir);
    let mut args = vec!["step", "--input", input.to_str().unwrap(), "--dry-run"];
    args.extend(["--preset", "torch", "--lr", "0.02"]);
    args.extend(RULES);
    let out = muon_xla(&args);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let table = text(&out.stdout);
    eprintln!("{table}");
    let row = |name: &str| -> Vec<String> {
        table
            .lines()
            .find(|l| l.starts_with(&format!("{name} ")))
            .unwrap_or_else(|| panic!("no row for {name}:\n{table}"))
            .split_whitespace()
            .map(String::from)
            .collect()
    };
    let header = row("name");
    assert_eq!(
        header[..9],
        ["name", "shape", "path", "ns", "shape", "lr", "scale", "wd", "group"]
    );
    // name, dtype+shape (2 words for rank ≥ 2), path, ns shape, lr, scale, wd, group.
    let experts = row("moe.experts");
    assert_eq!(experts[1..4], ["f32[4,", "16,", "8]"]);
    assert_eq!(
        experts[4..10],
        ["muon", "4x16x8", "T", "0.02", "1.414214", "0.1"]
    );
    assert!(experts[10].contains("_b0_"), "{experts:?}");
    let attn = row("attn.w");
    assert_eq!(attn[3..9], ["muon", "16x8", "T", "0.02", "1.414214", "0.1"]);
    let bias = row("ln.bias");
    assert_eq!(bias[2..7], ["adam", "-", "0.001", "-", "0"]);
    let wte = row("wte.weight");
    assert_eq!(wte[3..9], ["muon", "16x8", "T", "0.002", "1.414214", "0.1"]);
    assert!(table.contains("4 parameters, 3 executables"), "{table}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_input_exits_2_and_a_missing_plugin_exits_3() {
    let dir = scratch("codes");
    let input = input_file(&dir);
    let i = input.to_str().unwrap();
    for bad in [
        vec!["--lr-mult", "wte"],
        vec!["--muon-batch", "experts=x"],
        vec!["--muon-batch", "attn=0"],
        vec!["--no-weight-decay", "("],
    ] {
        let mut args = vec!["step", "--input", i, "--dry-run", "--preset", "torch"];
        args.extend(bad.iter().copied());
        let out = muon_xla(&args);
        assert_eq!(out.status.code(), Some(2), "{bad:?}: {}", text(&out.stderr));
        assert!(text(&out.stderr).contains(bad[1]) || text(&out.stderr).contains("attn"));
    }
    let out = dir.join("out.safetensors");
    let args = [
        "step",
        "--input",
        i,
        "--output",
        out.to_str().unwrap(),
        "--preset",
        "torch",
        "--plugin",
        "/nonexistent/plugin.so",
    ];
    let res = muon_xla(&args);
    assert_eq!(res.status.code(), Some(3), "{}", text(&res.stderr));
    assert!(text(&res.stderr).contains("/nonexistent/plugin.so"));
    assert!(!out.exists(), "nothing written");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn rule_flags_step_equals_the_library() {
    let dir = scratch("step");
    let input = input_file(&dir);
    let out = dir.join("out.safetensors");
    let mut args = vec!["step", "--input", input.to_str().unwrap()];
    args.extend([
        "--output",
        out.to_str().unwrap(),
        "--preset",
        "torch",
        "--lr",
        "0.02",
    ]);
    args.extend(RULES);
    let res = muon_xla(&args);
    assert_eq!(res.status.code(), Some(0), "{}", text(&res.stderr));
    let got = TensorFile::read(&out).unwrap();

    let mut c = OptimizerConfig::preset(Preset::Torch);
    c.muon.newton_schulz.dtype = DType::F32;
    c.lr = Some(0.02);
    c.partition.batched.push(BatchRule {
        pattern: "experts".into(),
        axes: vec![0],
    });
    c.extras.multipliers = Some(Multipliers {
        no_weight_decay: vec![r"\.bias$".into()],
        lr_mult: vec![("wte".into(), 0.1)],
    });
    let mut names: Vec<(&str, Vec<usize>)> = model();
    names.sort();
    let specs: Vec<ParamSpec> = names
        .iter()
        .map(|(n, s)| ParamSpec::new(*n, DType::F32, s.clone()))
        .collect();
    let index: BTreeMap<&str, usize> = model()
        .iter()
        .enumerate()
        .map(|(i, (n, _))| (*n, i))
        .collect();
    let mut o = Optimizer::new(xla::client(), specs, c).unwrap();
    o.set_params(
        names
            .iter()
            .map(|(n, s)| tensor(s, index[n] as u64))
            .collect(),
    )
    .unwrap();
    let grads: Vec<HostTensor> = names
        .iter()
        .map(|(n, s)| tensor(s, 100 + index[n] as u64))
        .collect();
    o.step(&grads, 0.02).unwrap();
    for (i, p) in o.params().unwrap().into_iter().enumerate() {
        assert_eq!(got.tensors[names[i].0], p, "{}", names[i].0);
    }
    assert_eq!(got.metadata["step"], "1");
    let _ = std::fs::remove_dir_all(&dir);
}
