//! Installing a plugin package into the tool's cache directory with pip.

use std::fs;
use std::io::ErrorKind;
use std::path::Path;
use std::process::Command;

use super::{
    Candidate, DeviceKind, Discovery, PluginLocation, PluginSource, ENV_CACHE_DIR, ENV_PLUGIN,
    ENV_PYTHON,
};
use crate::types::{Error, Result};

impl Discovery {
    /// `pip install --target` into a temporary sibling, then rename into place.
    pub(super) fn install(&self, kind: DeviceKind, c: &Candidate) -> Result<PluginLocation> {
        let python = self.python.to_string_lossy().into_owned();
        let Some(cache) = &self.cache_dir else {
            let msg = format!(
                "no {kind} plugin found, and no cache directory to install one into (set \
                 {ENV_CACHE_DIR}, XDG_CACHE_HOME or HOME). {}",
                fix_hint(c, "python3")
            );
            return Err(Error::Plugin {
                path: c.file.into(),
                msg,
            });
        };
        let (plugins, rel) = (cache.join("plugins"), c.relative());
        let target = plugins.join(c.package);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let tmp = plugins.join(format!(".{}.tmp-{}-{nanos}", c.package, std::process::id()));
        fs::create_dir_all(&plugins).map_err(|e| Error::io(&plugins, e))?;
        if self.announce {
            eprintln!(
                "muon-xla: no {kind} PJRT plugin found; installing {} into {} with `{python} -m pip`",
                requirements_text(c),
                target.display()
            );
        }
        let requirements = c.requirements();
        let out = Command::new(&self.python)
            .args(["-m", "pip", "install", "--target"])
            .arg(&tmp)
            .args(&requirements)
            .output();
        let problem =
            match out {
                Err(e) => Some(format!(
                "no {kind} plugin found, and Python `{python}` could not be started to install {} \
                 ({e}). {}",
                c.package,
                fix_hint(c, if e.kind() == ErrorKind::NotFound { "python3" } else { &python })
            )),
                Ok(out) if !out.status.success() => {
                    let said = tail(&out.stderr, &out.stdout);
                    let no_pip = match said.contains("No module named pip") {
                        true => format!(
                            " This Python has no pip: `{python} -m ensurepip --upgrade` adds it."
                        ),
                        false => String::new(),
                    };
                    Some(format!(
                    "no {kind} plugin found, and `{python} -m pip install --target {} {}` failed \
                     ({}).{no_pip} {}\npip said:\n{said}",
                    target.display(),
                    requirements_text(c),
                    out.status,
                    fix_hint(c, &python)
                ))
                }
                Ok(_) if !tmp.join(&rel).is_file() => Some(format!(
                    "pip installed {} but it holds no {}; point muon-xla at a plugin file with \
                 `export {ENV_PLUGIN}=/path/to/{}`",
                    c.package,
                    rel.display(),
                    c.file
                )),
                Ok(_) => None,
            };
        let result = match problem {
            Some(msg) => Err(Error::Plugin {
                path: target.clone(),
                msg,
            }),
            None => move_into_place(&tmp, &target, &rel),
        };
        let _ = fs::remove_dir_all(&tmp);
        result.map(|()| PluginLocation::new(target.join(rel), PluginSource::Installed))
    }
}

/// Renames a complete install `tmp` to `target` unless `target` already holds the library (another
/// process won the race: its result is as good as ours). The caller removes what is left of `tmp`.
fn move_into_place(tmp: &Path, target: &Path, rel: &Path) -> Result<()> {
    if target.join(rel).is_file() && tmp.join(rel).is_file() && !needs_replacing(tmp, target) {
        return Ok(());
    }
    if target.exists() {
        // A directory without the library is not one to trust: replace it.
        fs::remove_dir_all(target).map_err(|e| Error::io(target, e))?;
    }
    match fs::rename(tmp, target) {
        Err(_) if target.join(rel).is_file() => Ok(()),
        other => other.map_err(|e| Error::io(target, e)),
    }
}

/// Whether `target` lacks something the fresh install `tmp` has at its top level (an install
/// made before the plugin's helpers were pinned): then it is replaced.
fn needs_replacing(tmp: &Path, target: &Path) -> bool {
    fs::read_dir(tmp).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|e| !target.join(e.file_name()).exists())
    })
}

/// The pip requirements of `c`, space-separated.
fn requirements_text(c: &Candidate) -> String {
    c.requirements().join(" ")
}

/// The advice every discovery failure ends with: what to run.
fn fix_hint(c: &Candidate, python: &str) -> String {
    format!(
        "To fix it, run `{python} -m pip install {}` (set {ENV_PYTHON} to use another Python), or \
         point muon-xla at a plugin file with `export {ENV_PLUGIN}=/path/to/{}` or `--plugin \
         /path/to/{}`.",
        requirements_text(c),
        c.file,
        c.file
    )
}

/// The last lines of a failed command's output (stderr, or stdout when stderr is empty).
fn tail(stderr: &[u8], stdout: &[u8]) -> String {
    let text = String::from_utf8_lossy(if stderr.trim_ascii().is_empty() {
        stdout
    } else {
        stderr
    });
    let lines: Vec<&str> = text.trim_end().lines().collect();
    lines[lines.len().saturating_sub(15)..].join("\n")
}
