//! The executable cache: one compiled executable per (graph, plugin build, compile options, host
//! CPU), kept in memory and, serialized, on disk, so a second run of the same model compiles
//! nothing.
//!
//! # Keys
//! A [`CacheKey`] holds the sha256 of the StableHLO text and of the calling convention, the
//! plugin's identity ([`PluginIdentity`]: the sha256 of the plugin file's content, its PJRT API
//! version and platform version), the sha256 of the serialized compile options, and the sha256 of
//! the host CPU's feature flags ([`HostCpu`]: an executable built for AVX-512 must never run on a
//! CPU without it). Its [`CacheKey::digest`] names the disk entry.
//!
//! Hashing the 250 MB plugin file costs ~0.4 s, so its hash is computed once per process and
//! remembered on disk (`<muon-xla cache>/plugin-hashes/`) together with the file's device, inode,
//! size, modification and change times: a replaced or rewritten plugin has a new change time and is
//! hashed again.
//!
//! # Disk entries
//! `<dir>/<digest>.xla`: the line `muon-xla executable cache entry v1`, one line of JSON (the full
//! key, the payload's sha256 and length) and the payload, `PJRT_Executable_Serialize`'s bytes.
//! Entries are written atomically (temporary file, fsync, rename). On load the header must parse,
//! its key must equal the expected key field by field and the payload must have the recorded length
//! and sha256 **before** it is handed to `PJRT_Executable_DeserializeAndLoad` (which may crash on
//! garbage). Anything else — a corrupt, truncated, stale or mismatched entry — is reported on
//! stderr, compiled again and replaced: never trusted, never a crash.
//!
//! The bytes a loaded executable came from are kept with it ([`ExecutableCache::serialize`]):
//! serializing a *deserialized* executable again gives, on the XLA CPU plugin 0.81, a blob that
//! loads but fails at run time.
//!
//! # Threads
//! Two callers asking for the same program compile it once; [`ExecutableCache::compile_all`]
//! compiles or loads a list of programs on every core.
//!
//! The directory is `MUON_XLA_EXECUTABLE_CACHE` (`off` disables the disk layer), else
//! `<muon-xla cache dir>/executables` (see [`crate::pjrt::plugin::cache_dir`]). It is capped at
//! [`DEFAULT_MAX_BYTES`] (1 GiB; [`ExecutableCache::max_bytes`]): past that, the least recently
//! used entries are deleted.

mod disk;
mod host_cpu;
mod identity;
mod key;
mod lookup;
mod lowering;
mod parallel;
mod stats;

pub use host_cpu::{host_cpu, HostCpu};
pub use identity::{plugin_file_sha256, PluginIdentity};
pub use key::{CacheKey, Program};
pub use lowering::emit_for_client;
pub use stats::CacheStats;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock, Weak};

use sha2::{Digest as _, Sha256};

use crate::pjrt::{Client, CompileOptions, Executable};
use crate::types::{Result, Signature};

/// The environment variable naming the disk cache directory (`off`: no disk cache).
pub const ENV_EXECUTABLE_CACHE: &str = "MUON_XLA_EXECUTABLE_CACHE";

/// The default cap of the disk layer (see [`ExecutableCache::max_bytes`]).
pub const DEFAULT_MAX_BYTES: u64 = 1 << 30;

/// Bumped whenever the key or the entry format changes (old entries are then simply not found).
pub const KEY_FORMAT: u32 = 1;

const ENTRY_MAGIC: &[u8] = b"muon-xla executable cache entry v1\n";

/// Lowercase hex sha256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// Prints a warning on stderr (the cache's only way to report what it recovered from).
pub(crate) fn warn(msg: &str) {
    eprintln!("muon-xla: warning: {msg}");
}

type MemoryKey = (usize, String);

/// An executable (weakly) and the serialized bytes it came from.
type Origin = (Weak<Executable>, Arc<[u8]>);

/// Compiled executables by [`CacheKey`], in memory and optionally on disk. Thread-safe: two
/// threads asking for the same program compile it once. Cheap to clone: clones share one cache
/// (what an optimizer built [`crate::runtime::Optimizer::with_cache`] keeps for every program it
/// compiles later, the pre-pass and accumulation ones included).
///
/// The memory layer holds its executables (and so their client) alive until
/// [`ExecutableCache::clear_memory`].
#[derive(Clone)]
pub struct ExecutableCache {
    inner: Arc<Shared>,
}

/// What the clones of one [`ExecutableCache`] share.
struct Shared {
    dir: Option<PathBuf>,
    memory: Mutex<HashMap<MemoryKey, Arc<Executable>>>,
    gates: Mutex<HashMap<MemoryKey, Arc<Mutex<()>>>>,
    stats: Mutex<CacheStats>,
    /// A failed disk write is reported once, not for every program.
    write_warned: AtomicBool,
    /// The bytes each live executable was loaded from or first serialized to, by address.
    origins: Mutex<HashMap<usize, Origin>>,
    max_bytes: AtomicU64,
}

impl std::fmt::Debug for ExecutableCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ExecutableCache")
            .field("dir", &self.inner.dir)
            .field("stats", &self.stats())
            .finish()
    }
}

impl ExecutableCache {
    /// A cache with no disk layer.
    pub fn in_memory() -> ExecutableCache {
        ExecutableCache::new(None)
    }

    /// A cache whose disk layer is `dir` (created when first written).
    pub fn with_dir(dir: impl Into<PathBuf>) -> ExecutableCache {
        ExecutableCache::new(Some(dir.into()))
    }

    /// A cache with the disk layer `dir`, or none.
    pub fn new(dir: Option<PathBuf>) -> ExecutableCache {
        let shared = Shared {
            dir,
            memory: Mutex::new(HashMap::new()),
            gates: Mutex::new(HashMap::new()),
            stats: Mutex::new(CacheStats::default()),
            write_warned: AtomicBool::new(false),
            origins: Mutex::new(HashMap::new()),
            max_bytes: AtomicU64::new(DEFAULT_MAX_BYTES),
        };
        ExecutableCache {
            inner: Arc::new(shared),
        }
    }

    /// Caps the disk layer at `bytes`: after a write that takes it over, the least recently used
    /// entries are deleted until it holds at most three quarters of that (default
    /// [`DEFAULT_MAX_BYTES`]).
    pub fn max_bytes(self, bytes: u64) -> ExecutableCache {
        self.inner.max_bytes.store(bytes, Ordering::Relaxed);
        self
    }

    /// The disk directory the environment asks for: `MUON_XLA_EXECUTABLE_CACHE` (`off`, `none`
    /// or `0`: none), else `<muon-xla cache dir>/executables`, else none.
    pub fn default_dir() -> Option<PathBuf> {
        match std::env::var_os(ENV_EXECUTABLE_CACHE).filter(|v| !v.is_empty()) {
            Some(v) if ["off", "none", "0"].contains(&v.to_string_lossy().as_ref()) => None,
            Some(v) => Some(std::path::absolute(PathBuf::from(&v)).unwrap_or(PathBuf::from(v))),
            None => crate::pjrt::plugin::cache_dir()
                .ok()
                .map(|d| d.join("executables")),
        }
    }

    /// A cache configured from the environment ([`ExecutableCache::default_dir`]).
    pub fn from_env() -> ExecutableCache {
        ExecutableCache::new(ExecutableCache::default_dir())
    }

    /// The process-wide cache [`crate::runtime::Optimizer::new`] uses, configured from the
    /// environment on first use.
    pub fn global() -> &'static ExecutableCache {
        static GLOBAL: OnceLock<ExecutableCache> = OnceLock::new();
        GLOBAL.get_or_init(ExecutableCache::from_env)
    }

    /// The disk directory, if any.
    pub fn dir(&self) -> Option<&Path> {
        self.inner.dir.as_deref()
    }

    pub fn stats(&self) -> CacheStats {
        *self.inner.stats.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Drops every executable held in memory (the disk layer is kept).
    pub fn clear_memory(&self) {
        self.inner
            .memory
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clear();
    }

    /// The key of a program for `client`.
    pub fn key(
        &self,
        client: &Client,
        mlir: &str,
        signature: &Signature,
        options: &CompileOptions,
    ) -> Result<CacheKey> {
        self.key_of_code(client, mlir.as_bytes(), signature, options)
    }

    fn key_of_code(
        &self,
        client: &Client,
        code: &[u8],
        signature: &Signature,
        options: &CompileOptions,
    ) -> Result<CacheKey> {
        let plugin = PluginIdentity::of(client)?;
        Ok(CacheKey::of_code(
            &plugin,
            host_cpu(),
            code,
            signature,
            options,
        ))
    }

    /// Where the disk entry of `key` lives (whether or not it exists).
    pub fn entry_path(&self, key: &CacheKey) -> Option<PathBuf> {
        self.inner
            .dir
            .as_ref()
            .map(|d| d.join(format!("{}.xla", key.digest())))
    }

    /// The executable of `mlir` for `client`: from memory, else from disk, else compiled (and
    /// then stored in both).
    pub fn compile(
        &self,
        client: &Client,
        mlir: &str,
        signature: &Signature,
        options: &CompileOptions,
    ) -> Result<Arc<Executable>> {
        self.get(client, mlir.as_bytes(), signature, options, None)
    }

    /// [`ExecutableCache::compile`] for a program as bytes: StableHLO text or MLIR bytecode
    /// (what `jax.export` serializes).
    pub fn compile_bytes(
        &self,
        client: &Client,
        code: &[u8],
        signature: &Signature,
        options: &CompileOptions,
    ) -> Result<Arc<Executable>> {
        self.get(client, code, signature, options, None)
    }

    /// Like [`ExecutableCache::compile`], but tries `serialized` (bytes the caller has checked
    /// came from this very program, plugin build and CPU, e.g. by a manifest's hashes) before the
    /// disk layer. Bytes the plugin refuses are reported and the program compiled instead.
    pub fn load_serialized(
        &self,
        client: &Client,
        mlir: &str,
        signature: &Signature,
        options: &CompileOptions,
        serialized: &[u8],
    ) -> Result<Arc<Executable>> {
        self.get(
            client,
            mlir.as_bytes(),
            signature,
            options,
            Some(serialized),
        )
    }

    fn bump(&self, f: impl FnOnce(&mut CacheStats)) {
        f(&mut self.inner.stats.lock().unwrap_or_else(|e| e.into_inner()));
    }

    /// The serialized form of an executable this cache returned: the very bytes it was loaded
    /// from when it came from disk or from [`ExecutableCache::load_serialized`], else
    /// [`Executable::serialize`].
    ///
    /// Never serialize a *deserialized* executable yourself: the XLA CPU plugin (0.81) then
    /// writes a blob that loads but fails at run time ("Function ... not found").
    pub fn serialize(&self, exe: &Arc<Executable>) -> Result<Vec<u8>> {
        let origins = self.inner.origins.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((weak, bytes)) = origins.get(&(Arc::as_ptr(exe) as usize)) {
            if weak.upgrade().is_some_and(|e| Arc::ptr_eq(&e, exe)) {
                return Ok(bytes.to_vec());
            }
        }
        drop(origins);
        exe.serialize()
    }
}
