//! Finding a PJRT plugin, and installing one when none is found.
//!
//! Discovery order (first hit wins):
//!
//! 1. an explicit path (the API argument, `--plugin`); a path that does not exist is an error naming
//!    it, never a silent fall-back;
//! 2. the environment variable `MUON_XLA_PLUGIN` (same rule);
//! 3. an installed Python package (for CPU `xla_plugins.xla_cpu_pjrt`), found by asking Python
//!    (`python3`, or `MUON_XLA_PYTHON`) with `importlib.util.find_spec`, which imports nothing heavy;
//! 4. the tool's cache directory, `<cache>/plugins/<package>/…` as `pip install --target` lays it out;
//! 5. else [`Discovery::locate_or_install`] runs `python3 -m pip install --target <dir> <package>`
//!    into a temporary sibling of `<cache>/plugins/<package>` and renames it into place (an
//!    interrupted install never leaves a directory that looks valid), saying so on stderr. pip takes
//!    its package index from its own configuration (`PIP_INDEX_URL`, `pip.conf`).
//!
//! For [`DeviceKind::Cuda`] the packages are `jax-cuda13-pjrt`, `jax-cuda12-pjrt` and
//! `xla-cuda12-pjrt`, newest first; the newest is the one installed.

use std::ffi::OsString;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::str::FromStr;

use crate::pjrt::Plugin;
use crate::types::{Error, Result};

mod install;

/// Environment variable holding the path of the plugin's shared library.
pub const ENV_PLUGIN: &str = "MUON_XLA_PLUGIN";
/// Environment variable naming the Python executable used to find and install plugins.
pub const ENV_PYTHON: &str = "MUON_XLA_PYTHON";
/// Environment variable overriding the tool's cache directory.
pub const ENV_CACHE_DIR: &str = "MUON_XLA_CACHE_DIR";

/// The kind of device a plugin drives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum DeviceKind {
    /// The host CPU (`xla-cpu-pjrt`).
    #[default]
    Cpu,
    /// NVIDIA GPUs (`jax-cuda13-pjrt`, `jax-cuda12-pjrt`, `xla-cuda12-pjrt`).
    Cuda,
    /// Google TPUs (`libtpu`; here for compiling without a TPU).
    Tpu,
}

impl FromStr for DeviceKind {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "cpu" => Ok(DeviceKind::Cpu),
            "cuda" => Ok(DeviceKind::Cuda),
            "tpu" => Ok(DeviceKind::Tpu),
            _ => Err(Error::Config(format!(
                "unknown device kind `{s}`: expected `cpu`, `cuda` or `tpu`"
            ))),
        }
    }
}

impl fmt::Display for DeviceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DeviceKind::Cpu => "cpu",
            DeviceKind::Cuda => "cuda",
            DeviceKind::Tpu => "tpu",
        })
    }
}

/// A pip package that ships a plugin: its name, its Python module and the library inside that
/// module; the version the tool installs, and the packages installed with it into the same folder
/// (the CUDA compiler's `ptxas` and `libdevice`, which the plugin finds two folders above itself).
struct Candidate {
    package: &'static str,
    module: &'static str,
    file: &'static str,
    version: &'static str,
    helpers: &'static [&'static str],
}

impl Candidate {
    /// Path of the library relative to a `site-packages` (or `pip --target`) directory.
    fn relative(&self) -> PathBuf {
        let mut p: PathBuf = self.module.split('.').collect();
        p.push(self.file);
        p
    }
}

const fn candidate(package: &'static str, module: &'static str, file: &'static str) -> Candidate {
    Candidate {
        package,
        module,
        file,
        version: "",
        helpers: &[],
    }
}

impl Candidate {
    /// What pip installs: the pinned package and its helpers.
    fn requirements(&self) -> Vec<String> {
        let mut r = vec![match self.version {
            "" => self.package.to_string(),
            v => format!("{}=={v}", self.package),
        }];
        r.extend(self.helpers.iter().map(|h| h.to_string()));
        r
    }
}

/// The CPU plugin, pinned: the version the tests and the golden numbers were made with.
#[rustfmt::skip]
const CPU_CANDIDATES: &[Candidate] = &[
    Candidate { version: "0.0.1", ..candidate("xla-cpu-pjrt", "xla_plugins.xla_cpu_pjrt", "xla_cpu_pjrt.so") },
];

/// Newest first; the first is the one installed, pinned with the CUDA compiler (`ptxas`,
/// `nvlink`) and `libdevice` so it compiles without a CUDA installation or a device (deviceless
/// `compile --target h100`). It loads without a driver (CUDA is opened on demand);
/// `xla-cuda12-pjrt` links CUDA, cuBLAS and cuDNN, so they must be loadable for it to even open.
#[rustfmt::skip]
const CUDA_CANDIDATES: &[Candidate] = &[
    Candidate {
        version: "0.11.2",
        helpers: &["nvidia-cuda-nvcc==13.0.88", "nvidia-nvvm==13.0.88"],
        ..candidate("jax-cuda13-pjrt", "jax_plugins.xla_cuda13", "xla_cuda_plugin.so")
    },
    candidate("jax-cuda12-pjrt", "jax_plugins.xla_cuda12", "xla_cuda_plugin.so"),
    candidate("xla-cuda12-pjrt", "xla_plugins.xla_cuda12_pjrt", "xla_gpu_pjrt.so"),
];

/// libtpu, pinned. It queries a cloud metadata address when it starts unless
/// `TPU_SKIP_MDS_QUERY=1` is set (the command line sets it before loading it).
#[rustfmt::skip]
const TPU_CANDIDATES: &[Candidate] = &[
    Candidate { version: "0.0.52", ..candidate("libtpu", "libtpu", "libtpu.so") },
];

impl DeviceKind {
    fn candidates(self) -> &'static [Candidate] {
        match self {
            DeviceKind::Cpu => CPU_CANDIDATES,
            DeviceKind::Cuda => CUDA_CANDIDATES,
            DeviceKind::Tpu => TPU_CANDIDATES,
        }
    }

    /// The pip packages that provide a plugin for this kind, in the order they are searched.
    pub fn packages(self) -> Vec<&'static str> {
        self.candidates().iter().map(|c| c.package).collect()
    }
}

/// Where a plugin was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PluginSource {
    /// A path passed explicitly (API argument or `--plugin`).
    Explicit,
    /// The `MUON_XLA_PLUGIN` environment variable.
    Env,
    /// An installed Python package (the pip package name).
    PythonPackage(String),
    /// A plugin installed earlier into the tool's cache directory.
    CacheDir,
    /// A plugin installed into the cache directory just now.
    Installed,
}

impl PluginSource {
    /// A short stable name for machine-readable output: `explicit`, `env`, `python-package`,
    /// `cache-dir` or `installed`.
    pub fn kind(&self) -> &'static str {
        match self {
            PluginSource::Explicit => "explicit",
            PluginSource::Env => "env",
            PluginSource::PythonPackage(_) => "python-package",
            PluginSource::CacheDir => "cache-dir",
            PluginSource::Installed => "installed",
        }
    }
}

impl fmt::Display for PluginSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PluginSource::Explicit => f.write_str("explicit path"),
            PluginSource::Env => write!(f, "environment variable {ENV_PLUGIN}"),
            PluginSource::PythonPackage(p) => write!(f, "Python package {p}"),
            PluginSource::CacheDir => f.write_str("muon-xla cache directory"),
            PluginSource::Installed => f.write_str("installed just now into the muon-xla cache"),
        }
    }
}

/// A plugin library found on disk and how it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PluginLocation {
    /// Absolute path of the plugin's shared library.
    pub path: PathBuf,
    /// Which discovery step found it.
    pub source: PluginSource,
}

impl PluginLocation {
    fn new(path: PathBuf, source: PluginSource) -> PluginLocation {
        PluginLocation { path, source }
    }
}

/// The settings that steer discovery. [`Discovery::from_env`] reads them from the process
/// environment; tests and embedders can build one directly.
#[derive(Debug, Clone)]
pub struct Discovery {
    /// The plugin path from `MUON_XLA_PLUGIN`, if set.
    pub plugin: Option<PathBuf>,
    /// The Python executable (`MUON_XLA_PYTHON`, else `python3` on `PATH`).
    pub python: OsString,
    /// The tool's cache directory, or `None` when it cannot be determined.
    pub cache_dir: Option<PathBuf>,
    /// Whether an install prints its one-line notice on stderr.
    pub announce: bool,
}

impl Discovery {
    /// Settings from the process environment.
    pub fn from_env() -> Discovery {
        Discovery::from_lookup(|name| std::env::var_os(name))
    }

    /// Settings from an arbitrary variable lookup (empty values count as unset).
    pub fn from_lookup(get: impl Fn(&str) -> Option<OsString>) -> Discovery {
        let get = |name: &str| get(name).filter(|v| !v.is_empty());
        Discovery {
            plugin: get(ENV_PLUGIN).map(PathBuf::from),
            python: get(ENV_PYTHON).unwrap_or_else(|| "python3".into()),
            cache_dir: cache_dir_from(&get).ok(),
            announce: true,
        }
    }

    /// Finds a plugin without installing anything; `Ok(None)` when none is found.
    pub fn locate(
        &self,
        kind: DeviceKind,
        explicit: Option<&Path>,
    ) -> Result<Option<PluginLocation>> {
        if let Some(p) = explicit {
            let path = existing_file(p, "the plugin path given explicitly")?;
            return Ok(Some(PluginLocation::new(path, PluginSource::Explicit)));
        }
        if let Some(p) = &self.plugin {
            let path = existing_file(p, &format!("the plugin path in {ENV_PLUGIN}"))?;
            return Ok(Some(PluginLocation::new(path, PluginSource::Env)));
        }
        if let Some(found) = self.find_python_package(kind) {
            return Ok(Some(found));
        }
        Ok(self.find_in_cache(kind))
    }

    /// Finds a plugin, installing the newest package for `kind` into the cache directory if needed.
    pub fn locate_or_install(
        &self,
        kind: DeviceKind,
        explicit: Option<&Path>,
    ) -> Result<PluginLocation> {
        match self.locate(kind, explicit)? {
            Some(found) => Ok(found),
            None => self.install(kind, &kind.candidates()[0]),
        }
    }

    /// The tool's own pinned install of the plugin for `kind` (with its helpers), from the cache
    /// directory, installing it there when absent: what deviceless target compiles use, so that
    /// the result does not depend on which plugin version a Python happens to have. An explicit
    /// path (`--plugin`, `MUON_XLA_PLUGIN`) still wins.
    pub fn locate_or_install_pinned(
        &self,
        kind: DeviceKind,
        explicit: Option<&Path>,
    ) -> Result<PluginLocation> {
        if explicit.is_some() || self.plugin.is_some() {
            if let Some(found) = self.locate(kind, explicit)? {
                return Ok(found);
            }
        }
        let c = &kind.candidates()[0];
        if let Some(path) = self.cache_path(c) {
            if path.is_file() && helpers_present(&path, c) {
                return Ok(PluginLocation::new(path, PluginSource::CacheDir));
            }
        }
        self.install(kind, c)
    }

    /// [`Discovery::locate_or_install`], then [`Plugin::load`].
    pub fn load(&self, kind: DeviceKind, explicit: Option<&Path>) -> Result<Plugin> {
        Plugin::load(&self.locate_or_install(kind, explicit)?.path)
    }

    /// Asks Python where the candidate modules live and returns the first one holding its library.
    fn find_python_package(&self, kind: DeviceKind) -> Option<PluginLocation> {
        // One line, imports only importlib: find_spec on `a.b` imports the (namespace) package `a`
        // but never runs `a/b/__init__.py`. The working directory is dropped from sys.path so a
        // stray `xla_plugins/` where muon-xla happens to run is never loaded.
        const SCRIPT: &str =
            "import sys,importlib.util as u;sys.path[:]=[p for p in sys.path if p];\
            [print(n,d,sep='\\t') for n in sys.argv[1:] if u.find_spec(n.split('.')[0]) \
            for s in [u.find_spec(n)] if s for d in (s.submodule_search_locations or [])]";
        let candidates = kind.candidates();
        let out = Command::new(&self.python)
            .arg("-c")
            .arg(SCRIPT)
            .args(candidates.iter().map(|c| c.module))
            .output()
            .ok()
            .filter(|o| o.status.success())?;
        let stdout = String::from_utf8_lossy(&out.stdout);
        let dirs: Vec<(&str, &str)> = stdout.lines().filter_map(|l| l.split_once('\t')).collect();
        candidates.iter().find_map(|c| {
            dirs.iter()
                .filter(|(module, _)| *module == c.module)
                .map(|(_, dir)| Path::new(dir.trim_end_matches('\r')).join(c.file))
                .find(|p| p.is_file())
                .and_then(|p| std::path::absolute(p).ok())
                .map(|p| PluginLocation::new(p, PluginSource::PythonPackage(c.package.into())))
        })
    }

    /// Where the cache holds `c`'s library: `<cache>/plugins/<package>/<module path>/<file>`.
    fn cache_path(&self, c: &Candidate) -> Option<PathBuf> {
        let dir = self.cache_dir.as_ref()?.join("plugins").join(c.package);
        Some(dir.join(c.relative()))
    }

    /// The first candidate for `kind` the cache holds.
    fn find_in_cache(&self, kind: DeviceKind) -> Option<PluginLocation> {
        kind.candidates().iter().find_map(|c| {
            let path = self.cache_path(c)?;
            path.is_file()
                .then_some(PluginLocation::new(path, PluginSource::CacheDir))
        })
    }
}

/// Whether the helper packages of `c` sit where the plugin at `path` looks for them: for the CUDA
/// plugin, `nvidia/cu13/bin/ptxas` two folders above its own folder.
fn helpers_present(path: &Path, c: &Candidate) -> bool {
    if c.helpers.is_empty() {
        return true;
    }
    path.ancestors()
        .nth(3)
        .is_some_and(|root| root.join("nvidia/cu13/bin/ptxas").is_file())
}

/// Checks that an explicitly given plugin path names an existing file; returns it made absolute
/// (so the dynamic loader never searches its own path for a bare file name).
fn existing_file(p: &Path, what: &str) -> Result<PathBuf> {
    let plugin_err = |msg: String| Error::Plugin {
        path: p.to_path_buf(),
        msg,
    };
    let abs = std::path::absolute(p).map_err(|e| plugin_err(format!("{what} is invalid: {e}")))?;
    match fs::metadata(&abs) {
        Ok(m) if m.is_file() => Ok(abs),
        Ok(_) => Err(plugin_err(format!(
            "{what} is not a file (expected the plugin's shared library, such as xla_cpu_pjrt.so)"
        ))),
        Err(e) => Err(plugin_err(format!("{what} cannot be used: {e}"))),
    }
}

/// `MUON_XLA_CACHE_DIR`, else `$XDG_CACHE_HOME/muon-xla`, else `$HOME/.cache/muon-xla`.
fn cache_dir_from(get: &dyn Fn(&str) -> Option<OsString>) -> Result<PathBuf> {
    if let Some(dir) = get(ENV_CACHE_DIR) {
        return std::path::absolute(PathBuf::from(&dir))
            .map_err(|e| Error::Config(format!("{ENV_CACHE_DIR} is invalid: {e}")));
    }
    // The XDG spec says to ignore a relative XDG_CACHE_HOME.
    if let Some(xdg) = get("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
    {
        return Ok(xdg.join("muon-xla"));
    }
    match get("HOME") {
        Some(home) => Ok(PathBuf::from(home).join(".cache").join("muon-xla")),
        None => Err(Error::Config(format!(
            "cannot determine the muon-xla cache directory: set {ENV_CACHE_DIR}, XDG_CACHE_HOME or HOME"
        ))),
    }
}

/// The tool's cache directory: `MUON_XLA_CACHE_DIR`, else `$XDG_CACHE_HOME/muon-xla`, else
/// `$HOME/.cache/muon-xla`.
pub fn cache_dir() -> Result<PathBuf> {
    cache_dir_from(&|name| std::env::var_os(name).filter(|v| !v.is_empty()))
}

/// Finds a plugin using the process environment, without installing anything.
pub fn locate(kind: DeviceKind, explicit: Option<&Path>) -> Result<Option<PluginLocation>> {
    Discovery::from_env().locate(kind, explicit)
}

/// Finds a plugin using the process environment, installing one into the cache if none is found.
pub fn locate_or_install(kind: DeviceKind, explicit: Option<&Path>) -> Result<PluginLocation> {
    Discovery::from_env().locate_or_install(kind, explicit)
}

/// Finds (installing if needed) and loads the plugin for `kind`, using the process environment.
pub fn load_default(kind: DeviceKind, explicit: Option<&Path>) -> Result<Plugin> {
    Discovery::from_env().load(kind, explicit)
}
