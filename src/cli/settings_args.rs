//! The optimizer settings flags shared by `step`, `compile`, `inspect` and `spmd`: the fields of
//! [`Settings`] (clap's derive on the library's struct, so each setting is written once) and
//! `--config FILE.json`. Precedence: preset defaults < `--config` file < flags (and, for
//! `compile`/`inspect`, the model file's `layout` and `adamw` just above the preset).

use std::path::PathBuf;

use anyhow::Context as _;
use clap::Args;
use muon_xla::config::Settings;

/// Every optimizer setting the commands take.
#[derive(Debug, Clone, Args)]
pub struct SettingsArgs {
    #[command(flatten)]
    pub flags: Settings,
    /// Settings as JSON (same names as these flags, with underscores).
    #[arg(long, value_name = "FILE.json")]
    pub config: Option<PathBuf>,
}

impl SettingsArgs {
    /// Whether any setting was given on the command line.
    pub fn any(&self) -> bool {
        self.config.is_some() || !self.flags.is_empty()
    }

    /// The flags over the `--config` file.
    pub fn settings(&self) -> anyhow::Result<Settings> {
        let file = match &self.config {
            None => Settings::default(),
            Some(p) => {
                let text = std::fs::read_to_string(p)
                    .with_context(|| format!("reading {}", p.display()))?;
                Settings::from_json(&text, &p.display().to_string())?
            }
        };
        Ok(self.flags.clone().or(file))
    }
}
