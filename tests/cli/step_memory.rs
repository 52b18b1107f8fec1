//! How the step handles memory and files around the computation: gradients copied to aligned
//! memory ahead of the step, and a replaced output freed by a child process after the CLI exits.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use muon_xla::config::{Preset, Settings};
use muon_xla::io::replaced::{Held, CHILD_ENV};
use muon_xla::io::tensor_file::TensorFile;
use muon_xla::jobs::step_file::StepInput;

use super::cli_step::{layered, read, step, Scratch};
use crate::xla;

/// `file` written with its header padded so that the tensor data starts `skew` bytes past a
/// 64-byte boundary (a file another program wrote: the `safetensors` package pads to 8 only).
fn write_skewed(dir: &Scratch, name: &str, file: &TensorFile, skew: usize) -> std::path::PathBuf {
    let bytes = file.to_bytes().unwrap();
    let n = u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize;
    let header = std::str::from_utf8(&bytes[8..8 + n]).unwrap().trim_end();
    let mut padded = header.to_string();
    while (8 + padded.len()) % 64 != skew {
        padded.push(' ');
    }
    let mut out = (padded.len() as u64).to_le_bytes().to_vec();
    out.extend_from_slice(padded.as_bytes());
    out.extend_from_slice(&bytes[8 + n..]);
    let p = dir.path(name);
    std::fs::write(&p, out).unwrap();
    p
}

/// Two Muon shape groups of three layers each, with gradients.
fn layers() -> TensorFile {
    layered(3, &[("a.weight", &[48, 80]), ("b.weight", &[96, 32])])
}

#[test]
fn gradients_copied_to_aligned_memory_give_the_same_step() {
    let dir = Scratch::new("aligned-grads");
    let config = Settings {
        lr: Some(0.05),
        preset: Some(Preset::Optax),
        ..Settings::default()
    }
    .resolve()
    .unwrap();
    let path = write_skewed(&dir, "in.safetensors", &layers(), 16);
    let parse =
        || StepInput::from_file_with(TensorFile::map(&path).unwrap(), &config, &[]).unwrap();
    let plain = parse();
    assert!(
        (plain.grads.iter()).all(|g| g.bytes().as_ptr() as usize % 64 == 16),
        "the mapped gradients must sit 16 bytes past a 64-byte boundary for this test"
    );
    let mut aligned = parse();
    aligned.align_grads_in_background();
    assert!(
        aligned.grads.is_empty(),
        "the gradients are with the copying thread"
    );
    let want = plain.run(xla::client(), 0.05).unwrap();
    let got = aligned.run(xla::client(), 0.05).unwrap();
    assert_eq!(got.tensors.len(), want.tensors.len());
    for (name, w) in &want.tensors {
        assert_eq!(got.tensors[name].bytes(), w.bytes(), "`{name}` differs");
    }
}

/// The targets of this process's open descriptors.
#[cfg(target_os = "linux")]
fn open_targets() -> Vec<String> {
    (std::fs::read_dir("/proc/self/fd").unwrap())
        .filter_map(|e| std::fs::read_link(e.ok()?.path()).ok())
        .map(|p| p.to_string_lossy().into_owned())
        .collect()
}

#[cfg(target_os = "linux")]
/// Whether process `pid` has exited (gone, or a zombie nobody has reaped yet).
fn exited(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Err(_) => true,
        // The state follows the command name's closing parenthesis.
        Ok(stat) => stat
            .rsplit(')')
            .next()
            .is_some_and(|r| r.trim_start().starts_with('Z')),
    }
}

// Open files are looked at through Linux's /proc.
#[cfg(target_os = "linux")]
#[test]
fn a_held_file_survives_the_rename_and_goes_to_the_child() {
    let dir = Scratch::new("held");
    let target = dir.path("out.bin");
    std::fs::write(&target, b"old contents").unwrap();
    let new = dir.path("new.bin");
    std::fs::write(&new, b"new contents").unwrap();
    let mut held = Held::default();
    held.hold(&target);
    assert_eq!(held.len(), 1);
    std::fs::rename(&new, &target).unwrap();
    assert_eq!(std::fs::read(&target).unwrap(), b"new contents");
    let deleted = format!("{} (deleted)", target.display());
    assert!(
        open_targets().contains(&deleted),
        "the replaced file must still be open here until it is handed off"
    );
    // `cat` reads its input to the end and exits, like the muon-xla child.
    let pid = held
        .hand_off(Command::new("cat"))
        .expect("the child starts");
    assert!(
        !open_targets().contains(&deleted),
        "this process must have let go of the replaced file"
    );
    let t0 = Instant::now();
    while !exited(pid) {
        assert!(
            t0.elapsed() < Duration::from_secs(20),
            "the child never exited"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    // A symbolic link is replaced itself by a rename: nothing to hold.
    let link = dir.path("link.bin");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let mut none = Held::default();
    none.hold(&link);
    none.hold(&dir.path("missing.bin"));
    assert!(none.is_empty());
}

#[test]
fn the_child_mode_reads_its_input_and_exits_quietly() {
    let out = Command::new(env!("CARGO_BIN_EXE_muon-xla"))
        .env(CHILD_ENV, "1")
        .arg("step")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
}

#[test]
fn replacing_an_output_gives_the_same_file_whether_its_freeing_is_deferred_or_not() {
    let dir = Scratch::new("replace");
    let input = dir.write("in.safetensors", &layers());
    let args = ["--preset", "optax", "--lr", "0.05"];
    let out = dir.path("out.safetensors");
    std::fs::write(&out, b"an old output to be replaced").unwrap();
    step(&input, &out, &args).ok();
    let deferred = std::fs::read(&out).unwrap();
    let st = Command::new(env!("CARGO_BIN_EXE_muon-xla"))
        .env("MUON_XLA_DEFER_RELEASE", "off")
        .args(["step", "--input"])
        .arg(&input)
        .arg("--output")
        .arg(&out)
        .args(args)
        .status()
        .unwrap();
    assert!(st.success());
    assert!(
        std::fs::read(&out).unwrap() == deferred,
        "the two outputs differ"
    );
    assert_eq!(read(&out).metadata["step"], "1");
}
