//! The `muon-xla` command line. See `muon-xla --help`.
//!
//! Exit status: 0 success (also `--help`, `--version`); 2 bad input (usage errors, invalid files,
//! settings or tensors); 3 a plugin or runtime failure (the PJRT plugin cannot be found, loaded or
//! installed, XLA fails to compile or run, the executable cache fails).

mod cli;

/// Large blocks 64-byte aligned, so that the CPU plugin reads tensors in place (see the module).
#[global_allocator]
static ALLOCATOR: cli::large_alloc::LargeAligned = cli::large_alloc::LargeAligned;

use std::process::ExitCode;

use clap::Parser as _;
use muon_xla::io::replaced;

/// `off` keeps the freeing of a replaced output inside this process (see `io::replaced`).
const DEFER_RELEASE_ENV: &str = "MUON_XLA_DEFER_RELEASE";

/// Bad input: the user can fix it by changing what they pass.
const BAD_INPUT: u8 = 2;
/// The plugin or XLA failed on valid input.
const RUNTIME_FAILURE: u8 = 3;

/// The exit status for an error: the first library error in the chain decides.
fn exit_status(err: &anyhow::Error) -> u8 {
    if err.chain().any(|e| e.is::<cli::RuntimeFailure>()) {
        return RUNTIME_FAILURE;
    }
    let lib = err
        .chain()
        .find_map(|e| e.downcast_ref::<muon_xla::Error>());
    match lib {
        Some(
            muon_xla::Error::Plugin { .. }
            | muon_xla::Error::OneDnn { .. }
            | muon_xla::Error::Pjrt { .. }
            | muon_xla::Error::Cache(_),
        ) => RUNTIME_FAILURE,
        _ => BAD_INPUT,
    }
}

/// The error and its causes joined by `: `, each cause said once: a library error that already
/// prints its source (an I/O error names the path and the OS error) is not followed by that
/// source again.
fn message(err: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in err.chain() {
        let part = match cause.downcast_ref::<muon_xla::Error>() {
            // The library names the setting's field; on the command line it is a flag.
            Some(muon_xla::Error::InvalidSetting {
                field,
                value,
                expected,
            }) => format!(
                "--{}: got {value}, expected {expected} (`{field}` in a --config file)",
                field.replace('_', "-")
            ),
            _ => cause.to_string(),
        };
        if text.ends_with(&part) {
            continue;
        }
        if !text.is_empty() {
            text.push_str(": ");
        }
        text.push_str(&part);
    }
    text
}

fn main() -> ExitCode {
    // The child that frees the files this process's writes replaced (`io::replaced`).
    if std::env::var_os(replaced::CHILD_ENV).is_some() {
        replaced::child_main();
        return ExitCode::SUCCESS;
    }
    if !matches!(
        std::env::var(DEFER_RELEASE_ENV).as_deref(),
        Ok("off" | "0" | "false")
    ) {
        replaced::defer_release();
    }
    // Usage errors exit with status 2 inside `parse`; `--help` and `--version` with 0.
    let args = cli::Cli::parse();
    let status = match cli::run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("muon-xla: error: {}", message(&err));
            ExitCode::from(exit_status(&err))
        }
    };
    if let Ok(exe) = std::env::current_exe() {
        let _ = replaced::hand_off(&exe);
    }
    status
}
