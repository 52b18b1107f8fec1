//! Optimizer state in and out (issue 12): `examples/convert_state.py` converts the state of the
//! real libraries to our layout and back; the round trip (theirs → ours → one `muon-xla step` →
//! theirs → their next step) must match continuing in the original library. The script exits 1 on
//! a mismatch and prints every measured difference.
//!
//! optax runs everywhere (`pydeps` installs the pinned jax and optax into the muon-xla cache when
//! the system Python lacks them; `.ci/run` installs them). The torch cases need PyTorch
//! (≈2.7 GB with its CUDA dependencies): they are `#[ignore]`d with that reason in a plain
//! `cargo test`, and `.ci/run` installs torch 2.13.0 and `muon-optimizer` 0.1.0 and runs them with
//! `cargo test --release --test convert_state -- --ignored` (they pass with torch 2.13 and 2.15).

mod pydeps;

use std::process::Command;

fn selftest(which: &str) {
    let mut python = if which == "selftest-optax" {
        pydeps::python_with_jax()
    } else {
        Command::new("python3")
    };
    let out = python
        .arg(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/convert_state.py"
        ))
        .arg(which)
        .arg("--muon-xla")
        .arg(env!("CARGO_BIN_EXE_muon-xla"))
        .env_remove("XLA_FLAGS")
        .output()
        .expect("run python3");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprintln!("{stdout}{stderr}");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{which} failed (a missing package is a failure: pip install the versions in .ci/run)"
    );
    assert!(stdout.contains("after the round trip"), "{stdout}");
}

#[test]
fn optax_round_trip_matches_optax() {
    selftest("selftest-optax");
}

#[test]
#[ignore = "needs torch (≈2.7 GB): .ci/run installs torch 2.13.0 and runs it with --ignored"]
fn torch_muon_adamw_round_trip_matches_torch() {
    selftest("selftest-torch");
}

#[test]
#[ignore = "needs torch and muon-optimizer 0.1.0: .ci/run installs them and runs it with --ignored"]
fn keller_round_trip_matches_keller() {
    selftest("selftest-keller");
}
