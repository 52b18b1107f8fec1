//! Deviceless ahead-of-time compilation for GPUs this machine does not have (`compile --target
//! h100`): the CUDA plugin (pinned, with ptxas and libdevice, installed into the muon-xla cache on
//! first use, like the CPU plugin) compiles every group of GPT-2 small and Llama-1B from a
//! description of the device; the executables hold GPU code for that architecture; the manifest
//! names the target; a CPU client refuses them.

use crate::aot_common;
use crate::xla;

use std::path::Path;
use std::process::Command;

use aot_common::{bin, cli, scratch};
use muon_xla::aot::read_manifest;
use muon_xla::pjrt::Target;
use muon_xla::Optimizer;

fn model(name: &str) -> String {
    format!("{}/graphs/models/{name}.json", env!("CARGO_MANIFEST_DIR"))
}

/// The GPU architectures (`sm_90a`, ...) named in `bytes` (the cubins are LZ4-compressed, so a
/// small one may not show its name literally).
fn architectures(bytes: &[u8]) -> std::collections::BTreeSet<String> {
    let mut found = std::collections::BTreeSet::new();
    for (i, w) in bytes.windows(3).enumerate() {
        if w == b"sm_" {
            let digits: String = bytes[i + 3..]
                .iter()
                .take_while(|b| b.is_ascii_digit() || **b == b'a')
                .map(|b| *b as char)
                .collect();
            if digits.len() >= 2 {
                found.insert(format!("sm_{digits}"));
            }
        }
    }
    found
}

/// Every group of the directory has an executable holding a GPU binary (an ELF cubin), and the
/// only architecture they name is `arch` (`sm_90a`, ...).
fn check_gpu_executables(dir: &Path, arch: &str) -> usize {
    let manifest = read_manifest(dir).unwrap();
    assert!(!manifest.groups.is_empty());
    let mut named = std::collections::BTreeSet::new();
    for g in &manifest.groups {
        let stored = g
            .executable
            .as_ref()
            .unwrap_or_else(|| panic!("{}: no executable", g.name));
        let bytes = std::fs::read(dir.join(&stored.file)).unwrap();
        assert_eq!(bytes.len() as u64, stored.bytes);
        let elf = bytes.windows(4).filter(|w| *w == b"\x7fELF").count();
        assert!(elf >= 1, "{}: no GPU binary in the executable", g.name);
        named.extend(architectures(&bytes));
    }
    assert_eq!(
        named,
        [arch.to_string()].into(),
        "architectures in {}",
        dir.display()
    );
    manifest.groups.len()
}

#[test]
fn gpt2_and_llama_compile_for_gpus_without_a_device() {
    for (name, target, arch) in [
        ("gpt2-small", "h100", "sm_90a"),
        ("llama-1b", "h100", "sm_90a"),
        ("gpt2-small", "a100", "sm_80"),
    ] {
        let dir = scratch(&format!("device-{name}-{target}"));
        let out = cli(
            &[
                "compile",
                "--target",
                target,
                "--model",
                &model(name),
                "--preset",
                "keller-jordan",
                "--out",
                dir.to_str().unwrap(),
            ],
            &[],
        );
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(said.contains("without a device"), "{said}");
        let groups = check_gpu_executables(&dir, arch);
        let manifest = read_manifest(&dir).unwrap();
        let device = manifest
            .device
            .expect("the manifest names the device build");
        assert_eq!(device.target, target);
        assert_eq!(
            (device.platform.as_str(), device.topology.as_str()),
            ("cuda", "1x1x1")
        );
        assert!(
            manifest.target.is_none(),
            "no host CPU identity in a device build"
        );
        eprintln!("{name} for {target}: {groups} groups");

        // `inspect` reads it here, without the device: the target and the kernels per group.
        let out = cli(&["inspect", dir.to_str().unwrap(), "--json"], &[]);
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(report["device"]["target"], target);
        let listed = report["groups"].as_array().unwrap();
        assert_eq!(listed.len(), groups);
        for g in listed {
            let kernels = g["kernels"].as_u64().unwrap_or(0);
            assert!(kernels >= 1, "{g}");
            // The Newton–Schulz programs are tens of kernels (dots and elementwise fusions).
            if g["name"].as_str().unwrap().starts_with("muon") {
                assert!(kernels >= 10, "{g}");
            }
        }

        // A CPU client refuses it, naming both sides.
        let err = Optimizer::load_compiled(xla::client(), &dir)
            .err()
            .expect("refused");
        let text = err.to_string();
        assert!(text.contains(&format!("target `{target}`")), "{text}");
        assert!(text.contains("platform is `cpu`"), "{text}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

#[test]
fn targets_are_listed_and_bad_ones_refused() {
    let out = cli(&["compile", "--list-targets"], &[]);
    let listed = String::from_utf8_lossy(&out.stdout);
    for t in Target::all() {
        assert!(listed.contains(&t.name), "{listed}");
    }
    let run = |args: &[&str]| {
        let out = Command::new(bin()).args(args).output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let model = model("gpt2-small");
    let (code, said) = run(&[
        "compile",
        "--target",
        "h200x",
        "--model",
        &model,
        "--preset",
        "keller-jordan",
        "--out",
        "/nonexistent/x",
    ]);
    assert_eq!(code, Some(2), "{said}");
    assert!(
        said.contains("`h200x`") && said.contains("h100, a100, b200"),
        "{said}"
    );
    let (code, said) = run(&[
        "compile",
        "--target",
        "h100",
        "--device",
        "cpu",
        "--model",
        &model,
        "--preset",
        "keller-jordan",
        "--out",
        "/nonexistent/x",
    ]);
    assert_eq!(code, Some(2), "{said}");
    assert!(
        said.contains("--device cpu contradicts target `h100`"),
        "{said}"
    );
}

#[test]
fn a_gpu_described_in_a_file_compiles_too() {
    // The shipped B200 description, given as a file: any GPU XLA can describe.
    let spec = Target::named("b200").unwrap().spec.unwrap();
    let dir = scratch("device-custom");
    let file = dir.join("b200.txtpb");
    std::fs::write(&file, spec).unwrap();
    let out_dir = dir.join("out");
    cli(
        &[
            "compile",
            "--target-config",
            file.to_str().unwrap(),
            "--model",
            &model("gpt2-small"),
            "--preset",
            "moonlight",
            "--out",
            out_dir.to_str().unwrap(),
        ],
        &[],
    );
    check_gpu_executables(&out_dir, "sm_100a");
    assert_eq!(
        read_manifest(&out_dir).unwrap().device.unwrap().target,
        "custom"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn gpt2_compiles_for_a_tpu_without_one() {
    let dir = scratch("device-tpu");
    cli(
        &[
            "compile",
            "--target",
            "tpu-v5e",
            "--model",
            &model("gpt2-small"),
            "--preset",
            "optax",
            "--lr",
            "0.02",
            "--out",
            dir.to_str().unwrap(),
        ],
        &[],
    );
    let manifest = read_manifest(&dir).unwrap();
    let device = manifest.device.clone().expect("a device build");
    assert_eq!(
        (
            device.target.as_str(),
            device.platform.as_str(),
            device.topology.as_str()
        ),
        ("tpu-v5e", "tpu", "v5e:1x1")
    );
    for g in &manifest.groups {
        let stored = g.executable.as_ref().unwrap();
        assert!(stored.bytes > 10_000, "{}: {} bytes", g.name, stored.bytes);
        let kernels = g.kernels.as_ref().unwrap().kernels();
        assert!(kernels >= 1, "{}", g.name);
    }
    let err = Optimizer::load_compiled(xla::client(), &dir)
        .err()
        .expect("refused");
    assert!(err.to_string().contains("platform is `cpu`"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}
