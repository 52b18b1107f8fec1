//! The disk layer's entries: format, checks before use, atomic writes, eviction.

use std::fs;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::io::atomic::write_file_atomic;
use crate::types::{Error, Result};

use super::key::CacheKey;
use super::{sha256_hex, ENTRY_MAGIC};

/// Deletes the least recently used entries of `written`'s directory (never `written` itself) when
/// they take more than `max` bytes, down to three quarters of it; and temporary files left by
/// writers that died more than an hour ago. Best effort: another process may delete the same files.
pub(super) fn evict(written: &Path, max: u64) {
    let Some(dir) = written.parent() else {
        return;
    };
    let Ok(list) = fs::read_dir(dir) else {
        return;
    };
    let now = std::time::SystemTime::now();
    let mut entries = Vec::new();
    let mut total = 0u64;
    for e in list.flatten() {
        let (path, name) = (e.path(), e.file_name().to_string_lossy().into_owned());
        let Ok(meta) = e.metadata() else { continue };
        let modified = meta.modified().unwrap_or(now);
        if name.starts_with('.') && name.contains(".xla.tmp-") {
            let age = now.duration_since(modified).unwrap_or_default();
            if age > std::time::Duration::from_secs(3600) {
                let _ = fs::remove_file(&path);
            }
        } else if name.ends_with(".xla") && meta.is_file() {
            total += meta.len();
            if path != written {
                entries.push((modified, meta.len(), path));
            }
        }
    }
    if total <= max {
        return;
    }
    entries.sort();
    for (_, len, path) in entries {
        if total <= max / 4 * 3 {
            break;
        }
        if fs::remove_file(&path).is_ok() {
            total -= len;
        }
    }
}

/// The header line of a disk entry.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct EntryHeader {
    key: CacheKey,
    payload_sha256: String,
    payload_bytes: u64,
}

/// Reads and checks the entry at `path`: `Ok(None)` when there is none, `Err(reason)` when it
/// cannot be trusted, else the payload (verified against its recorded length and hash).
pub(super) fn read_entry(
    path: &Path,
    key: &CacheKey,
) -> std::result::Result<Option<Vec<u8>>, String> {
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("unreadable ({e})")),
    };
    let rest = bytes
        .strip_prefix(ENTRY_MAGIC)
        .ok_or("not a muon-xla cache entry of this format (bad magic line)")?;
    let nl = rest
        .iter()
        .position(|&b| b == b'\n')
        .ok_or("truncated (no header line)")?;
    let header: EntryHeader = serde_json::from_slice(&rest[..nl])
        .map_err(|e| format!("corrupt (unreadable header: {e})"))?;
    if header.key != *key {
        return Err("stale (its key differs from the program's)".into());
    }
    let payload = &rest[nl + 1..];
    if payload.len() as u64 != header.payload_bytes {
        return Err(format!(
            "truncated or padded ({} payload bytes, the header says {})",
            payload.len(),
            header.payload_bytes
        ));
    }
    if sha256_hex(payload) != header.payload_sha256 {
        return Err("corrupt (its payload does not match its sha256)".into());
    }
    Ok(Some(payload.to_vec()))
}

pub(super) fn write_entry(path: &Path, key: &CacheKey, payload: &[u8]) -> Result<()> {
    let header = EntryHeader {
        key: key.clone(),
        payload_sha256: sha256_hex(payload),
        payload_bytes: payload.len() as u64,
    };
    let mut line = serde_json::to_vec(&header).map_err(|e| Error::Cache(e.to_string()))?;
    line.push(b'\n');
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    }
    write_file_atomic(path, &[ENTRY_MAGIC, &line, payload])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cache::KEY_FORMAT;

    #[test]
    fn entries_are_checked_before_use() {
        let dir = std::env::temp_dir().join(format!("muon-xla-cache-unit-{}", std::process::id()));
        let key = CacheKey {
            format: KEY_FORMAT,
            graph_sha256: "g".into(),
            signature_sha256: "s".into(),
            plugin_sha256: "p".into(),
            plugin_size: 1,
            pjrt_api_version: "0.81".into(),
            platform: "cpu".into(),
            platform_version: "v".into(),
            compile_options_sha256: "o".into(),
            cpu_features_sha256: "c".into(),
            custom_calls: String::new(),
        };
        let path = dir.join("e.xla");
        assert_eq!(read_entry(&path, &key), Ok(None));
        write_entry(&path, &key, b"payload bytes").unwrap();
        assert_eq!(read_entry(&path, &key), Ok(Some(b"payload bytes".to_vec())));
        let mut other = key.clone();
        other.cpu_features_sha256 = "d".into();
        assert!(read_entry(&path, &other).unwrap_err().contains("stale"));
        let good = fs::read(&path).unwrap();
        fs::write(&path, &good[..good.len() - 3]).unwrap();
        assert!(read_entry(&path, &key).unwrap_err().contains("truncated"));
        let mut flipped = good.clone();
        *flipped.last_mut().unwrap() ^= 1;
        fs::write(&path, &flipped).unwrap();
        assert!(read_entry(&path, &key).unwrap_err().contains("corrupt"));
        fs::write(&path, b"garbage").unwrap();
        assert!(read_entry(&path, &key).unwrap_err().contains("magic"));
        let _ = fs::remove_dir_all(&dir);
    }
}
