//! Which plugin build compiled an executable, and the memoized sha256 of its (large) file.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use crate::types::{Error, Result};

use std::collections::HashMap;

use super::{hex, sha256_hex};
use crate::io::atomic::write_file_atomic;
use crate::pjrt::Client;

/// Which plugin build compiled an executable. Two identities with the same
/// [`PluginIdentity::build_id`] run each other's executables; the path is informational.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PluginIdentity {
    /// The plugin file (canonical path) where it was seen.
    pub path: PathBuf,
    /// sha256 of the plugin file's content.
    pub file_sha256: String,
    pub file_size: u64,
    /// PJRT C API version, `major.minor`.
    pub api_version: String,
    /// `PJRT_Client_PlatformName` (`cpu`, `cuda`).
    pub platform: String,
    /// `PJRT_Client_PlatformVersion`.
    pub platform_version: String,
}

impl PluginIdentity {
    /// The identity of `client`'s plugin (the file hash is memoized, see the module docs).
    pub fn of(client: &Client) -> Result<PluginIdentity> {
        let plugin = client.plugin();
        let (major, minor) = plugin.api_version();
        let (file_sha256, file_size) = plugin_file_sha256(plugin.path())?;
        Ok(PluginIdentity {
            path: plugin.path().to_path_buf(),
            file_sha256,
            file_size,
            api_version: format!("{major}.{minor}"),
            platform: client.platform_name()?,
            platform_version: client.platform_version()?,
        })
    }

    /// What must match for an executable to be reused: content hash, size, API and platform
    /// versions (not the path).
    pub fn build_id(&self) -> String {
        format!(
            "{}:{}:{}:{}:{}",
            self.file_sha256,
            self.file_size,
            self.api_version,
            self.platform,
            self.platform_version
        )
    }

    /// Why executables built under `built` cannot run under `self`, or `None` when they can.
    pub fn mismatch(&self, built: &PluginIdentity) -> Option<String> {
        if self.api_version != built.api_version {
            return Some(format!(
                "built by a plugin with PJRT API {}, this one has {}",
                built.api_version, self.api_version
            ));
        }
        if self.platform != built.platform || self.platform_version != built.platform_version {
            return Some(format!(
                "built for platform {} {}, this plugin is {} {}",
                built.platform, built.platform_version, self.platform, self.platform_version
            ));
        }
        if self.file_sha256 != built.file_sha256 || self.file_size != built.file_size {
            return Some(format!(
                "built by another plugin build ({} sha256 {}…), this one is {} sha256 {}…",
                built.path.display(),
                short(&built.file_sha256),
                self.path.display(),
                short(&self.file_sha256)
            ));
        }
        None
    }
}

fn short(h: &str) -> &str {
    &h[..h.len().min(12)]
}

/// What identifies a file's content without reading it: a change to the content changes one of
/// these (a rewrite updates the change time, which users cannot set).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct FileStamp {
    size: u64,
    mtime_ns: i128,
    ctime_ns: i128,
    dev: u64,
    ino: u64,
}

impl FileStamp {
    fn of(path: &Path) -> Result<FileStamp> {
        let m = fs::metadata(path).map_err(|e| Error::io(path, e))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt as _;
            let ns = |s: i64, n: i64| i128::from(s) * 1_000_000_000 + i128::from(n);
            Ok(FileStamp {
                size: m.len(),
                mtime_ns: ns(m.mtime(), m.mtime_nsec()),
                ctime_ns: ns(m.ctime(), m.ctime_nsec()),
                dev: m.dev(),
                ino: m.ino(),
            })
        }
        #[cfg(not(unix))]
        {
            let mtime_ns = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos() as i128);
            Ok(FileStamp {
                size: m.len(),
                mtime_ns,
                ctime_ns: 0,
                dev: 0,
                ino: 0,
            })
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct HashMemo {
    path: PathBuf,
    stamp: FileStamp,
    sha256: String,
}

/// `(sha256, size)` of a plugin file: from this process's memo, else the on-disk memo when the
/// file's stamp is unchanged, else computed (and remembered).
pub fn plugin_file_sha256(path: &Path) -> Result<(String, u64)> {
    static MEMO: OnceLock<Mutex<HashMap<PathBuf, (FileStamp, String)>>> = OnceLock::new();
    let canonical = fs::canonicalize(path).map_err(|e| Error::io(path, e))?;
    let stamp = FileStamp::of(&canonical)?;
    let memo = MEMO.get_or_init(Default::default);
    if let Some((s, h)) = memo
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(&canonical)
    {
        if *s == stamp {
            return Ok((h.clone(), stamp.size));
        }
    }
    let disk = crate::pjrt::plugin::cache_dir().ok().map(|d| {
        d.join("plugin-hashes").join(format!(
            "{}.json",
            &sha256_hex(canonical.to_string_lossy().as_bytes())[..32]
        ))
    });
    let remembered = disk
        .as_ref()
        .and_then(|p| fs::read(p).ok())
        .and_then(|b| serde_json::from_slice::<HashMemo>(&b).ok())
        .filter(|m| m.path == canonical && m.stamp == stamp && m.sha256.len() == 64);
    let sha = match remembered {
        Some(m) => m.sha256,
        None => {
            let sha = hash_file(&canonical)?;
            // The file must not have changed while it was read.
            if FileStamp::of(&canonical)? != stamp {
                return Err(Error::Cache(format!(
                    "the plugin file {} changed while it was being hashed",
                    canonical.display()
                )));
            }
            if let Some(p) = &disk {
                let m = HashMemo {
                    path: canonical.clone(),
                    stamp: stamp.clone(),
                    sha256: sha.clone(),
                };
                if let Ok(json) = serde_json::to_vec_pretty(&m) {
                    // Best effort: without the memo the next process hashes again.
                    if let Some(parent) = p.parent() {
                        let _ = fs::create_dir_all(parent);
                    }
                    let _ = write_file_atomic(p, &[&json]);
                }
            }
            sha
        }
    };
    memo.lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(canonical, (stamp.clone(), sha.clone()));
    Ok((sha, stamp.size))
}

fn hash_file(path: &Path) -> Result<String> {
    use std::io::Read as _;
    let mut f = fs::File::open(path).map_err(|e| Error::io(path, e))?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = f.read(&mut buf).map_err(|e| Error::io(path, e))?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    Ok(hex(&h.finalize()))
}

// ---------------------------------------------------------------------------------------------
// Host CPU
