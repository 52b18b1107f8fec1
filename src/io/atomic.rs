//! Atomic writes: a file is written as a temporary sibling, fsynced and renamed over its target,
//! so readers see the old file or the new one, never a torn one. A writer killed midway leaves its
//! temporary file behind; the next write to the same target removes it once its process is gone.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::types::{Error, Result};

/// Writes `parts` to `path` through a temporary sibling unique to this process and call, fsync
/// and rename: readers see the old file or the new one, and concurrent writers never share a
/// temporary file.
pub fn write_file_atomic(path: &Path, parts: &[&[u8]]) -> Result<()> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(
        ".{name}.tmp-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let result = (|| {
        let mut f = fs::File::create(&tmp)?;
        for p in parts {
            f.write_all(p)?;
        }
        f.sync_all()?;
        fs::rename(&tmp, path)?;
        if let Ok(d) = fs::File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    result.map_err(|e| {
        let _ = fs::remove_file(&tmp);
        Error::io(path, e)
    })
}

/// The temporary sibling an atomic write of `name` uses while it runs: `.NAME.partial-PID`.
pub fn partial_name(name: &str) -> String {
    format!(".{name}.partial-{}", std::process::id())
}

/// Removes the `.NAME.partial-PID` files in `dir` that a writer of `name` on this host left behind
/// when it was killed (its process no longer runs), saying so on stderr; returns them. A file
/// whose process is alive (another writer, right now) is never touched, nor is this process's own.
/// Where liveness cannot be told (no `/proc`), nothing is removed.
pub fn sweep_stale_partials(dir: &Path, name: &str) -> Vec<PathBuf> {
    let proc_fs = Path::new("/proc/self");
    if !proc_fs.exists() {
        return Vec::new();
    }
    let prefix = format!(".{name}.partial-");
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut removed = Vec::new();
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let Some(pid) = file_name
            .to_str()
            .and_then(|f| f.strip_prefix(&prefix))
            .and_then(|p| p.parse::<u32>().ok())
        else {
            continue;
        };
        let alive = pid == std::process::id() || Path::new("/proc").join(pid.to_string()).exists();
        if alive {
            continue;
        }
        let path = entry.path();
        if fs::remove_file(&path).is_ok() {
            eprintln!(
                "muon-xla: removed {}, left by process {pid} (no longer running) during an \
                 interrupted write of {name}",
                path.display()
            );
            removed.push(path);
        }
    }
    removed
}
