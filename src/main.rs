//! The `muon-xla` command line. See `muon-xla --help`.

mod cli;

use std::process::ExitCode;

use clap::Parser as _;

fn main() -> ExitCode {
    // Usage errors exit with status 2 inside `parse`; `--help` and `--version` with 0.
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("muon-xla: error: {err:#}");
            ExitCode::from(2)
        }
    }
}
