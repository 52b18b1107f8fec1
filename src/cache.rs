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

pub mod compiled;

use std::collections::HashMap;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock, Weak};

use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use crate::error::{Error, Result};
use crate::graph::Signature;
use crate::pjrt::{Client, CompileOptions, Executable};

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

// ---------------------------------------------------------------------------------------------
// Plugin identity

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

/// The host CPU as far as compiled code cares: its architecture and instruction-set extensions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HostCpu {
    /// `std::env::consts::ARCH`.
    pub arch: String,
    /// The CPU model name (informational: only the features are compared).
    pub model: String,
    /// sha256 of the architecture and the sorted feature flags (`flags` of `/proc/cpuinfo` on
    /// Linux, the detected target features elsewhere).
    pub features_sha256: String,
    pub num_features: usize,
}

/// This machine's CPU, read once per process.
pub fn host_cpu() -> &'static HostCpu {
    static CPU: OnceLock<HostCpu> = OnceLock::new();
    CPU.get_or_init(|| {
        let info = fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        host_cpu_from(&info)
    })
}

fn host_cpu_from(cpuinfo: &str) -> HostCpu {
    let field = |names: &[&str]| {
        cpuinfo.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            names.contains(&k.trim()).then(|| v.trim().to_string())
        })
    };
    let mut features: Vec<String> = match field(&["flags", "Features", "isa"]) {
        Some(flags) => flags.split_whitespace().map(str::to_string).collect(),
        None => detected_features(),
    };
    features.sort();
    features.dedup();
    let arch = std::env::consts::ARCH.to_string();
    let text = format!("{arch}\n{}", features.join(" "));
    HostCpu {
        model: field(&["model name", "Model", "uarch", "CPU part"]).unwrap_or_default(),
        features_sha256: sha256_hex(text.as_bytes()),
        num_features: features.len(),
        arch,
    }
}

/// Target features detected at run time, where `/proc/cpuinfo` is not available.
fn detected_features() -> Vec<String> {
    #[allow(unused_mut)]
    let mut out: Vec<String> = Vec::new();
    #[cfg(target_arch = "x86_64")]
    {
        macro_rules! detect {
            ($($f:tt),*) => {$(
                if std::arch::is_x86_feature_detected!($f) {
                    out.push($f.to_string());
                }
            )*};
        }
        detect!(
            "sse3",
            "ssse3",
            "sse4.1",
            "sse4.2",
            "popcnt",
            "avx",
            "avx2",
            "fma",
            "f16c",
            "bmi1",
            "bmi2",
            "lzcnt",
            "avx512f",
            "avx512bw",
            "avx512cd",
            "avx512dq",
            "avx512vl",
            "avx512vnni",
            "avx512bf16"
        );
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Keys

/// Everything an executable depends on. Two equal keys compile to interchangeable executables.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CacheKey {
    pub format: u32,
    /// sha256 of the StableHLO text.
    pub graph_sha256: String,
    /// sha256 of the calling convention (argument and result types, donation).
    pub signature_sha256: String,
    /// sha256 of the plugin file.
    pub plugin_sha256: String,
    pub plugin_size: u64,
    pub pjrt_api_version: String,
    pub platform: String,
    pub platform_version: String,
    /// sha256 of the serialized `CompileOptionsProto`.
    pub compile_options_sha256: String,
    /// [`HostCpu::features_sha256`].
    pub cpu_features_sha256: String,
}

impl CacheKey {
    pub fn new(
        plugin: &PluginIdentity,
        cpu: &HostCpu,
        mlir: &str,
        signature: &Signature,
        options: &CompileOptions,
    ) -> CacheKey {
        let sig = serde_json::to_vec(signature).unwrap_or_default();
        CacheKey {
            format: KEY_FORMAT,
            graph_sha256: sha256_hex(mlir.as_bytes()),
            signature_sha256: sha256_hex(&sig),
            plugin_sha256: plugin.file_sha256.clone(),
            plugin_size: plugin.file_size,
            pjrt_api_version: plugin.api_version.clone(),
            platform: plugin.platform.clone(),
            platform_version: plugin.platform_version.clone(),
            compile_options_sha256: sha256_hex(&options.encode()),
            cpu_features_sha256: cpu.features_sha256.clone(),
        }
    }

    /// sha256 of the whole key: the name of its disk entry.
    pub fn digest(&self) -> String {
        sha256_hex(&serde_json::to_vec(self).unwrap_or_default())
    }
}

// ---------------------------------------------------------------------------------------------
// The cache

/// Counters for tests and reports.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct CacheStats {
    /// Programs compiled by XLA.
    pub compiles: u64,
    /// Executables found in memory.
    pub memory_hits: u64,
    /// Executables loaded from the disk cache.
    pub disk_hits: u64,
    /// Executables loaded from bytes the caller provided (a compiled directory).
    pub preloaded: u64,
    /// Disk entries or provided bytes refused (corrupt, truncated, stale, mismatched, or refused
    /// by the plugin) and compiled again.
    pub rejected: u64,
    /// Disk entries written.
    pub disk_writes: u64,
}

type MemoryKey = (usize, String);

/// An executable (weakly) and the serialized bytes it came from.
type Origin = (Weak<Executable>, Arc<[u8]>);

/// One program for [`ExecutableCache::compile_all`].
#[derive(Debug, Clone, Copy)]
pub struct Program<'a> {
    /// The StableHLO text.
    pub mlir: &'a str,
    pub signature: &'a Signature,
    /// Serialized executable bytes to try first (see [`ExecutableCache::load_serialized`]).
    pub serialized: Option<&'a [u8]>,
}

impl<'a> Program<'a> {
    /// Programs to compile from scratch: each text with its signature, nothing serialized.
    pub fn fresh(texts: &'a [String], signatures: &'a [Signature]) -> Vec<Program<'a>> {
        texts
            .iter()
            .zip(signatures)
            .map(|(mlir, signature)| Program {
                mlir,
                signature,
                serialized: None,
            })
            .collect()
    }
}

/// Compiled executables by [`CacheKey`], in memory and optionally on disk. Thread-safe: two
/// threads asking for the same program compile it once.
///
/// The memory layer holds its executables (and so their client) alive until
/// [`ExecutableCache::clear_memory`].
pub struct ExecutableCache {
    dir: Option<PathBuf>,
    memory: Mutex<HashMap<MemoryKey, Arc<Executable>>>,
    gates: Mutex<HashMap<MemoryKey, Arc<Mutex<()>>>>,
    stats: Mutex<CacheStats>,
    /// A failed disk write is reported once, not for every program.
    write_warned: AtomicBool,
    /// The bytes each live executable was loaded from or first serialized to, by address.
    origins: Mutex<HashMap<usize, Origin>>,
    max_bytes: u64,
}

impl std::fmt::Debug for ExecutableCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ExecutableCache")
            .field("dir", &self.dir)
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
        ExecutableCache {
            dir,
            memory: Mutex::new(HashMap::new()),
            gates: Mutex::new(HashMap::new()),
            stats: Mutex::new(CacheStats::default()),
            write_warned: AtomicBool::new(false),
            origins: Mutex::new(HashMap::new()),
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }

    /// Caps the disk layer at `bytes`: after a write that takes it over, the least recently used
    /// entries are deleted until it holds at most three quarters of that (default
    /// [`DEFAULT_MAX_BYTES`]).
    pub fn max_bytes(mut self, bytes: u64) -> ExecutableCache {
        self.max_bytes = bytes;
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

    /// The process-wide cache [`crate::optimizer::Optimizer::new`] uses, configured from the
    /// environment on first use.
    pub fn global() -> &'static ExecutableCache {
        static GLOBAL: OnceLock<ExecutableCache> = OnceLock::new();
        GLOBAL.get_or_init(ExecutableCache::from_env)
    }

    /// The disk directory, if any.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    pub fn stats(&self) -> CacheStats {
        *self.stats.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Drops every executable held in memory (the disk layer is kept).
    pub fn clear_memory(&self) {
        self.memory
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
        let plugin = PluginIdentity::of(client)?;
        Ok(CacheKey::new(&plugin, host_cpu(), mlir, signature, options))
    }

    /// Where the disk entry of `key` lives (whether or not it exists).
    pub fn entry_path(&self, key: &CacheKey) -> Option<PathBuf> {
        self.dir
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
        self.get(client, mlir, signature, options, None)
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
        self.get(client, mlir, signature, options, Some(serialized))
    }

    /// The executables of several programs, in order, each as [`ExecutableCache::compile`] (or
    /// [`ExecutableCache::load_serialized`] when it comes with bytes) would give it, worked on by
    /// as many threads as the machine has cores: XLA compiles (and loads) one program on mostly one
    /// core. The first error, in program order, is returned.
    pub fn compile_all(
        &self,
        client: &Client,
        options: &CompileOptions,
        programs: &[Program<'_>],
    ) -> Result<Vec<Arc<Executable>>> {
        let get = |p: &Program<'_>| self.get(client, p.mlir, p.signature, options, p.serialized);
        let workers = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(programs.len());
        if workers <= 1 {
            return programs.iter().map(get).collect();
        }
        let next = AtomicUsize::new(0);
        let results: Vec<Mutex<Option<Result<Arc<Executable>>>>> =
            programs.iter().map(|_| Mutex::new(None)).collect();
        std::thread::scope(|scope| {
            for _ in 0..workers {
                scope.spawn(|| loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(p) = programs.get(i) else {
                        break;
                    };
                    let r = get(p);
                    *results[i].lock().unwrap_or_else(|e| e.into_inner()) = Some(r);
                });
            }
        });
        results
            .into_iter()
            .map(|slot| {
                slot.into_inner()
                    .unwrap_or_else(|e| e.into_inner())
                    .unwrap_or_else(|| Err(Error::Cache("a compile worker stopped early".into())))
            })
            .collect()
    }

    fn bump(&self, f: impl FnOnce(&mut CacheStats)) {
        f(&mut self.stats.lock().unwrap_or_else(|e| e.into_inner()));
    }

    fn get(
        &self,
        client: &Client,
        mlir: &str,
        signature: &Signature,
        options: &CompileOptions,
        serialized: Option<&[u8]>,
    ) -> Result<Arc<Executable>> {
        let key = self.key(client, mlir, signature, options)?;
        let id: MemoryKey = (
            Arc::as_ptr(&client.inner) as *const () as usize,
            key.digest(),
        );
        // One caller per key at a time: the others then find its result in memory.
        let gate = self
            .gates
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(id.clone())
            .or_default()
            .clone();
        let _held = gate.lock().unwrap_or_else(|e| e.into_inner());
        let found = self
            .memory
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&id)
            .cloned();
        if let Some(exe) = found {
            self.bump(|s| s.memory_hits += 1);
            return Ok(exe);
        }
        if let Some(bytes) = serialized {
            match client.deserialize(bytes, signature.clone()) {
                Ok(exe) => {
                    self.bump(|s| s.preloaded += 1);
                    return Ok(self.remember(id, exe, Some(bytes.into())));
                }
                Err(e) => {
                    self.bump(|s| s.rejected += 1);
                    warn(&format!(
                        "the plugin refused a stored executable ({e}); compiling it again"
                    ));
                }
            }
        }
        let path = self.entry_path(&key);
        if let Some(path) = &path {
            match read_entry(path, &key) {
                Ok(None) => {}
                Ok(Some(bytes)) => match client.deserialize(&bytes, signature.clone()) {
                    Ok(exe) => {
                        self.bump(|s| s.disk_hits += 1);
                        // Recently used: the last to be evicted.
                        let _ = fs::File::options()
                            .write(true)
                            .open(path)
                            .and_then(|f| f.set_modified(std::time::SystemTime::now()));
                        return Ok(self.remember(id, exe, Some(bytes.into())));
                    }
                    Err(e) => {
                        self.bump(|s| s.rejected += 1);
                        warn(&format!(
                            "the plugin refused the executable cache entry {} ({e}); compiling \
                             again and replacing it",
                            path.display()
                        ));
                    }
                },
                Err(reason) => {
                    self.bump(|s| s.rejected += 1);
                    warn(&format!(
                        "executable cache entry {} is {reason}; compiling again and replacing it",
                        path.display()
                    ));
                }
            }
        }
        let exe = client.compile(mlir, signature.clone(), options)?;
        self.bump(|s| s.compiles += 1);
        let mut serialized = None;
        if let Some(path) = &path {
            let written = exe.serialize().and_then(|b| {
                write_entry(path, &key, &b)?;
                serialized = Some(b.into());
                Ok(())
            });
            match written {
                Ok(()) => {
                    self.bump(|s| s.disk_writes += 1);
                    evict(path, self.max_bytes);
                }
                Err(e) => {
                    if !self.write_warned.swap(true, Ordering::Relaxed) {
                        warn(&format!(
                            "cannot store executables in the cache ({e}); later runs compile them \
                             again"
                        ));
                    }
                }
            }
        }
        Ok(self.remember(id, exe, serialized))
    }

    /// Keeps `exe` in memory, with the bytes it was loaded from (or first serialized to).
    fn remember(
        &self,
        id: MemoryKey,
        exe: Executable,
        serialized: Option<Arc<[u8]>>,
    ) -> Arc<Executable> {
        let exe = Arc::new(exe);
        if let Some(bytes) = serialized {
            let mut origins = self.origins.lock().unwrap_or_else(|e| e.into_inner());
            origins.retain(|_, (w, _)| w.strong_count() > 0);
            origins.insert(Arc::as_ptr(&exe) as usize, (Arc::downgrade(&exe), bytes));
        }
        self.memory
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(id, exe.clone());
        exe
    }

    /// The serialized form of an executable this cache returned: the very bytes it was loaded
    /// from when it came from disk or from [`ExecutableCache::load_serialized`], else
    /// [`Executable::serialize`].
    ///
    /// Never serialize a *deserialized* executable yourself: the XLA CPU plugin (0.81) then
    /// writes a blob that loads but fails at run time ("Function ... not found").
    pub fn serialize(&self, exe: &Arc<Executable>) -> Result<Vec<u8>> {
        let origins = self.origins.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((weak, bytes)) = origins.get(&(Arc::as_ptr(exe) as usize)) {
            if weak.upgrade().is_some_and(|e| Arc::ptr_eq(&e, exe)) {
                return Ok(bytes.to_vec());
            }
        }
        drop(origins);
        exe.serialize()
    }
}

/// Deletes the least recently used entries of `written`'s directory (never `written` itself) when
/// they take more than `max` bytes, down to three quarters of it; and temporary files left by
/// writers that died more than an hour ago. Best effort: another process may delete the same files.
fn evict(written: &Path, max: u64) {
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
fn read_entry(path: &Path, key: &CacheKey) -> std::result::Result<Option<Vec<u8>>, String> {
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

fn write_entry(path: &Path, key: &CacheKey, payload: &[u8]) -> Result<()> {
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

/// Writes `parts` to `path` through a temporary sibling unique to this process and call, fsync
/// and rename: readers see the old file or the new one, and concurrent writers never share a
/// temporary file.
pub(crate) fn write_file_atomic(path: &Path, parts: &[&[u8]]) -> Result<()> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_features_are_order_independent_and_feature_sensitive() {
        let a = host_cpu_from("processor : 0\nmodel name : X\nflags : fpu sse avx2 avx512f\n");
        let b = host_cpu_from("processor : 0\nmodel name : Y\nflags : avx512f avx2 sse fpu\n");
        let c = host_cpu_from("processor : 0\nmodel name : X\nflags : fpu sse avx2\n");
        assert_eq!(a.features_sha256, b.features_sha256);
        assert_ne!(a.features_sha256, c.features_sha256);
        assert_eq!(a.model, "X");
        assert_eq!(a.num_features, 4);
    }

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
