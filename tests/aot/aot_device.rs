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
    // The architecture, and at most its family name (`sm_100` next to `sm_100a`).
    let family = arch.trim_end_matches('a');
    assert!(
        named.contains(arch) && named.iter().all(|n| n.trim_end_matches('a') == family),
        "architectures in {}: {named:?}, expected {arch}",
        dir.display()
    );
    manifest.groups.len()
}

/// The committed kernel summary of `model` compiled for `target` (reviewed like the StableHLO:
/// `MUON_XLA_BLESS=1 cargo test --release --test aot every_shipped_target` rewrites them).
fn summary_file(model: &str, target: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("graphs/targets/{model}.{target}.txt"))
}

/// One line per group: its kernels by kind. Deterministic for a pinned plugin.
fn kernel_summary_text(dir: &Path, model: &str, target: &str) -> String {
    let manifest = read_manifest(dir).unwrap();
    let device = manifest.device.unwrap();
    let gemm = device
        .gemm_backend
        .map_or(String::new(), |b| format!(", GEMMs {b}"));
    let mut text = format!(
        "# {model}, preset keller-jordan, compiled without a device for {target} ({}, topology \
         {}{gemm}, PJRT {}): the kernels XLA made per shape group\n",
        device.platform, device.topology, device.pjrt_api_version
    );
    for g in &manifest.groups {
        let k = g
            .kernel_kinds
            .as_ref()
            .expect("kernel kinds of a device build");
        text += &format!("{}: {k}\n", g.name);
    }
    text
}

#[test]
fn every_shipped_target_compiles_both_models_and_matches_its_kernel_summary() {
    let bless = std::env::var_os("MUON_XLA_BLESS").is_some();
    let mut stale = Vec::new();
    for target in Target::all().into_iter().filter(|t| t.is_deviceless()) {
        for name in ["gpt2-small", "llama-1b"] {
            let t = &target.name;
            let dir = scratch(&format!("device-{name}-{t}"));
            let out = cli(
                &[
                    "compile",
                    "--target",
                    t,
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
            let manifest = read_manifest(&dir).unwrap();
            let device = manifest.device.clone().expect("a device build");
            assert_eq!(&device.target, t);
            assert!(manifest.target.is_none(), "no host CPU identity");
            // One executable per shape group: the groups of the emitted (reviewed) programs.
            let emitted = read_manifest(
                &Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("graphs/{name}/keller-jordan")),
            )
            .unwrap();
            let names = |m: &muon_xla::aot::Manifest| -> Vec<String> {
                m.groups.iter().map(|g| g.name.clone()).collect()
            };
            assert_eq!(names(&manifest), names(&emitted), "{name} for {t}");
            let cuda = device.platform == "cuda";
            if cuda {
                let arch = match t.as_str() {
                    "h100" => "sm_90a",
                    "a100" => "sm_80",
                    _ => "sm_100a",
                };
                check_gpu_executables(&dir, arch);
                assert_eq!(device.topology, "1x1x1");
                assert_eq!(
                    device.gemm_backend,
                    Some(muon_xla::pjrt::GemmBackend::Cublas)
                );
            } else {
                assert_eq!(device.platform, "tpu");
                assert_eq!(
                    Some(device.topology.as_str()),
                    target.tpu_topology.as_deref()
                );
            }
            for g in &manifest.groups {
                let stored = g.executable.as_ref().expect("an executable");
                assert!(stored.bytes > 1000, "{}: {} bytes", g.name, stored.bytes);
                let k = g.kernel_kinds.as_ref().unwrap();
                assert_eq!(k.host_transfers, 0, "{name} {t} {}: {k}", g.name);
                assert!(k.collectives.is_empty(), "{name} {t} {}: {k}", g.name);
                if g.name.starts_with("muon") {
                    // Every Newton–Schulz dot on the chosen backend: cuBLAS(Lt) on GPU, a
                    // fused dot (the MXU) on TPU.
                    let want: &[&str] = if cuda {
                        &["cublas", "cublas-lt"]
                    } else {
                        &["fused-dot"]
                    };
                    let used = k.gemm_backends();
                    assert!(
                        !used.is_empty() && used.iter().all(|b| want.contains(&b.as_str())),
                        "{name} {t} {}: {k}",
                        g.name
                    );
                }
            }
            // `inspect` reads it here, without the device: the target, the kernels by kind and
            // an estimate.
            let out = cli(&["inspect", dir.to_str().unwrap(), "--json"], &[]);
            let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            assert_eq!(report["device"]["target"].as_str(), Some(t.as_str()));
            for g in report["groups"].as_array().unwrap() {
                assert!(g["kernel_kinds"]["gemms"].is_object(), "{g}");
                assert!(g["estimate"]["microseconds"].as_f64().unwrap() > 0.0, "{g}");
            }
            // A CPU client refuses it, naming both sides.
            let err = Optimizer::load_compiled(xla::client(), &dir)
                .err()
                .expect("refused");
            let text = err.to_string();
            assert!(text.contains(&format!("target `{t}`")), "{text}");
            assert!(text.contains("platform is `cpu`"), "{text}");

            let got = kernel_summary_text(&dir, name, t);
            let file = summary_file(name, t);
            if bless {
                std::fs::create_dir_all(file.parent().unwrap()).unwrap();
                std::fs::write(&file, &got).unwrap();
            } else if std::fs::read_to_string(&file).ok().as_deref() != Some(got.as_str()) {
                eprintln!("{} differs from this build's:\n{got}", file.display());
                stale.push(file.display().to_string());
            }
            std::fs::remove_dir_all(&dir).unwrap();
        }
    }
    assert!(
        stale.is_empty(),
        "kernel summaries differ from the committed ones: {}. Review the kernels above; if the \
         change is intended, run `MUON_XLA_BLESS=1 cargo test --release --test aot \
         every_shipped_target` and commit graphs/targets/",
        stale.join(", ")
    );
}

#[test]
fn the_gemm_backend_is_a_choice_and_triton_shows_its_tile() {
    let dir = scratch("device-triton");
    cli(
        &[
            "compile",
            "--target",
            "a100",
            "--gemm-backend",
            "triton",
            "--model",
            &model("gpt2-small"),
            "--preset",
            "keller-jordan",
            "--out",
            dir.to_str().unwrap(),
        ],
        &[],
    );
    let manifest = read_manifest(&dir).unwrap();
    assert_eq!(
        manifest.device.unwrap().gemm_backend,
        Some(muon_xla::pjrt::GemmBackend::Triton)
    );
    for g in manifest
        .groups
        .iter()
        .filter(|g| g.name.starts_with("muon"))
    {
        let k = g.kernel_kinds.as_ref().unwrap();
        assert_eq!(k.gemm_backends(), ["triton".to_string()].into(), "{k}");
        // The tile is named: `triton MxNxK ...`.
        assert!(k.gemms.keys().all(|n| n.contains('x')), "{k}");
    }
    let text =
        String::from_utf8_lossy(&cli(&["inspect", dir.to_str().unwrap()], &[]).stdout).into_owned();
    assert!(
        text.contains("GEMMs triton") && text.contains("gemm triton "),
        "{text}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
    // Not a choice for a TPU or the CPU.
    for target in ["tpu-v5e", "cpu"] {
        let out = Command::new(bin())
            .args(["compile", "--target", target, "--gemm-backend", "cublas"])
            .args(["--model", &model("gpt2-small"), "--preset", "keller-jordan"])
            .args(["--out", "/nonexistent/x"])
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{said}");
        assert!(said.contains("gemm"), "{said}");
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

/// `compile --devices D`: the 2-D Muon groups partitioned over a multi-device topology, the
/// collectives XLA inserted counted with their bytes, the rest single-device programs.
#[test]
fn several_devices_without_them_gpu_and_tpu() {
    // (target, devices, extra flags, topology, matrices gathered per group): work split pads the
    // group's 12 matrices to a multiple of D and gathers every orthogonalized update (bf16 with
    // the keller-jordan preset); sharded parameters gather the f32 momentum-updated matrices.
    let cases: [(&str, usize, &[&str], &str); 3] = [
        ("h100", 8, &[], "1x1x8"),
        (
            "h100",
            8,
            &["--spmd-layout", "sharded-params", "--shardy"],
            "1x1x8",
        ),
        ("tpu-v5e", 4, &[], "v5e:2x2"),
    ];
    for (target, devices, extra, topology) in cases {
        let dir = scratch(&format!("device-spmd-{target}-{devices}-{}", extra.len()));
        let d = devices.to_string();
        let mut args = vec!["compile", "--target", target, "--devices", &d];
        args.extend_from_slice(extra);
        let m = model("gpt2-small");
        args.extend(["--model", &m, "--preset", "keller-jordan"]);
        args.extend(["--out", dir.to_str().unwrap()]);
        cli(&args, &[]);
        let manifest = read_manifest(&dir).unwrap();
        let device = manifest.device.clone().unwrap();
        assert_eq!(
            (device.devices, device.topology.as_str()),
            (devices, topology)
        );
        let sharded = !extra.is_empty();
        for g in &manifest.groups {
            let k = g.kernel_kinds.as_ref().unwrap();
            assert_eq!(k.host_transfers, 0, "{}: {k}", g.name);
            if !g.name.starts_with("muon") {
                assert_eq!(g.partitions, None, "{}", g.name);
                assert!(k.collectives.is_empty(), "{}: {k}", g.name);
                continue;
            }
            assert_eq!(g.partitions, Some(devices), "{}", g.name);
            let members = g.members.len();
            let dims: Vec<usize> = (g.ty.trim_start_matches("tensor<").split('x'))
                .filter_map(|d| d.parse().ok())
                .collect();
            let matrix = dims[0] * dims[1];
            // The matrices gathered: sharded parameters gather each parameter's update whole
            // for Newton–Schulz; work split pads the group to a multiple of D and gathers every
            // orthogonalized update. XLA picks the dtype they travel in (measured: bf16 on the
            // H100 work split, f32 on the TPU), so either element size is accepted; the count
            // of matrices is exact.
            let (matrices, layout) = if sharded {
                (members, "sharded-params")
            } else {
                (members.div_ceil(devices) * devices, "work-split")
            };
            assert_eq!(g.spmd_layout.as_deref(), Some(layout));
            let (n, bytes) = k.collectives.get("all-gather").copied().unwrap_or_default();
            assert!(n >= 1, "{target} {}: {k}", g.name);
            let bytes = bytes as usize;
            assert!(
                [2, 4].iter().any(|size| bytes == matrices * matrix * size),
                "{target} {}: {bytes} bytes gathered, expected {matrices} matrices: {k}",
                g.name
            );
        }
        // Readable here; loading is refused, naming the devices.
        let out = cli(&["inspect", dir.to_str().unwrap(), "--json"], &[]);
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(report["device"]["devices"].as_u64(), Some(devices as u64));
        let err = Optimizer::load_compiled(xla::client(), &dir).err().unwrap();
        assert!(
            err.to_string()
                .contains(&format!("compiled for {devices} devices")),
            "{err}"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
    // Device counts a target has no topology for, and --devices on the CPU target.
    for (target, devices, said) in [
        ("tpu-v5e", "3", "1, 4, 8 or 16 chips"),
        ("h100", "9", "1 to 8 GPUs"),
        ("cpu", "2", "step --devices D"),
    ] {
        let out = Command::new(bin())
            .args(["compile", "--target", target, "--devices", devices])
            .args(["--model", &model("gpt2-small"), "--preset", "keller-jordan"])
            .args(["--out", scratch("device-bad").join("x").to_str().unwrap()])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains(said), "{stderr}");
    }
}
