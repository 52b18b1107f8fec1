//! Plugin discovery: order, error messages and the cache-directory install, driven by fake Python
//! executables (shell scripts) passed through `Discovery` settings, never through the process
//! environment.

use std::collections::HashMap;
use std::ffi::OsString;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard};

use muon_xla::pjrt::plugin::{DeviceKind, Discovery, PluginLocation, PluginSource};
use muon_xla::Error;

/// Serializes the tests. Nothing here touches the process environment; the lock exists because
/// writing an executable script while another thread forks can make exec fail with ETXTBSY.
static LOCK: Mutex<()> = Mutex::new(());

fn lock() -> MutexGuard<'static, ()> {
    LOCK.lock().unwrap_or_else(|e| e.into_inner())
}

/// A fresh directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new() -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("muon-xla-disc-{}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Writes an empty file (and its parents).
fn touch(path: &Path) -> PathBuf {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, b"not really a plugin").unwrap();
    path.to_path_buf()
}

/// Writes an executable `/bin/sh` script standing in for Python.
fn fake_python(dir: &Path, body: &str) -> OsString {
    let path = dir.join("fake-python");
    fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o755)).unwrap();
    path.into_os_string()
}

/// A fake Python whose `find_spec` query reports `module` in `dir`, and whose pip always fails.
fn python_reporting(dir: &Path, pairs: &[(&str, &Path)]) -> OsString {
    let mut body = String::from("[ \"$1\" = -c ] || exit 1\nshift 2\nfor m in \"$@\"; do\n");
    for (module, d) in pairs {
        body += &format!(
            "  [ \"$m\" = {module} ] && printf '%s\\t%s\\n' \"$m\" '{}'\n",
            d.display()
        );
    }
    body += "done\nexit 0";
    fake_python(dir, &body)
}

/// A fake Python that knows no packages; its pip runs `pip_body`.
fn python_with_pip(dir: &Path, pip_body: &str) -> OsString {
    fake_python(dir, &format!("[ \"$1\" = -c ] && exit 0\n{pip_body}"))
}

fn settings(python: OsString, cache: &Path) -> Discovery {
    Discovery {
        plugin: None,
        python,
        cache_dir: Some(cache.to_path_buf()),
        announce: false,
    }
}

fn cpu_cache_path(cache: &Path) -> PathBuf {
    cache.join("plugins/xla-cpu-pjrt/xla_plugins/xla_cpu_pjrt/xla_cpu_pjrt.so")
}

fn plugin_error(err: Error) -> (PathBuf, String) {
    match err {
        Error::Plugin { path, msg } => (path, msg),
        other => panic!("expected Error::Plugin, got {other:?}"),
    }
}

#[test]
fn explicit_path_wins_over_everything() {
    let _g = lock();
    let t = TempDir::new();
    let explicit = touch(&t.path().join("mine/custom.so"));
    let pkg = t.path().join("site/xla_plugins/xla_cpu_pjrt");
    touch(&pkg.join("xla_cpu_pjrt.so"));
    touch(&cpu_cache_path(&t.path().join("cache")));
    let mut d = settings(
        python_reporting(t.path(), &[("xla_plugins.xla_cpu_pjrt", &pkg)]),
        &t.path().join("cache"),
    );
    d.plugin = Some(touch(&t.path().join("env.so")));
    let found = d.locate(DeviceKind::Cpu, Some(&explicit)).unwrap();
    assert_eq!(
        found,
        Some(PluginLocation {
            path: explicit.clone(),
            source: PluginSource::Explicit
        })
    );
    let found = d
        .locate_or_install(DeviceKind::Cuda, Some(&explicit))
        .unwrap();
    assert_eq!(found.source, PluginSource::Explicit);
}

#[test]
fn nonexistent_explicit_path_is_an_error_naming_it() {
    let _g = lock();
    let t = TempDir::new();
    let cache = t.path().join("cache");
    touch(&cpu_cache_path(&cache));
    let d = settings(python_with_pip(t.path(), "exit 1"), &cache);
    let missing = t.path().join("no/such/plugin.so");
    for result in [
        d.locate(DeviceKind::Cpu, Some(&missing)).map(|_| ()),
        d.locate_or_install(DeviceKind::Cpu, Some(&missing))
            .map(|_| ()),
    ] {
        let err = result.unwrap_err();
        let text = err.to_string();
        assert!(text.contains(&missing.display().to_string()), "{text}");
        assert!(text.contains("explicitly"), "{text}");
        assert_eq!(plugin_error(err).0, missing);
    }
    // A directory is not a plugin either.
    let err = d.locate(DeviceKind::Cpu, Some(t.path())).unwrap_err();
    assert!(err.to_string().contains("not a file"), "{err}");
}

#[test]
fn env_plugin_is_honoured_and_checked() {
    let _g = lock();
    let t = TempDir::new();
    let env_so = touch(&t.path().join("from-env.so"));
    let pkg = t.path().join("site/xla_plugins/xla_cpu_pjrt");
    touch(&pkg.join("xla_cpu_pjrt.so"));
    let python = python_reporting(t.path(), &[("xla_plugins.xla_cpu_pjrt", &pkg)]);
    let vars: HashMap<&str, OsString> = HashMap::from([
        ("MUON_XLA_PLUGIN", env_so.clone().into_os_string()),
        ("MUON_XLA_PYTHON", python.clone()),
        (
            "MUON_XLA_CACHE_DIR",
            t.path().join("cache").into_os_string(),
        ),
    ]);
    let d = Discovery::from_lookup(|k| vars.get(k).cloned());
    assert_eq!(d.plugin.as_deref(), Some(env_so.as_path()));
    assert_eq!(d.python, python);
    assert_eq!(
        d.cache_dir.as_deref(),
        Some(t.path().join("cache").as_path())
    );
    let found = d.locate(DeviceKind::Cpu, None).unwrap().unwrap();
    assert_eq!(
        found,
        PluginLocation {
            path: env_so,
            source: PluginSource::Env
        }
    );

    // A MUON_XLA_PLUGIN that does not exist is an error, not a fall-back to the Python package.
    let missing = t.path().join("gone.so");
    let d = Discovery {
        plugin: Some(missing.clone()),
        ..d
    };
    let err = d.locate_or_install(DeviceKind::Cpu, None).unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("MUON_XLA_PLUGIN") && text.contains("gone.so"),
        "{text}"
    );

    // Empty values count as unset.
    let d = Discovery::from_lookup(|k| (k == "MUON_XLA_PLUGIN").then(OsString::new));
    assert_eq!(d.plugin, None);
    assert_eq!(d.python, OsString::from("python3"));
}

#[test]
fn python_package_is_found() {
    let _g = lock();
    let t = TempDir::new();
    let pkg = t.path().join("site/xla_plugins/xla_cpu_pjrt");
    let so = touch(&pkg.join("xla_cpu_pjrt.so"));
    let cache = t.path().join("cache");
    touch(&cpu_cache_path(&cache));
    let d = settings(
        python_reporting(t.path(), &[("xla_plugins.xla_cpu_pjrt", &pkg)]),
        &cache,
    );
    let found = d.locate(DeviceKind::Cpu, None).unwrap().unwrap();
    assert_eq!(
        found,
        PluginLocation {
            path: so,
            source: PluginSource::PythonPackage("xla-cpu-pjrt".into())
        }
    );
    assert_eq!(found.source.to_string(), "Python package xla-cpu-pjrt");
    assert_eq!(found.source.kind(), "python-package");
}

#[test]
fn cuda_packages_are_searched_newest_first() {
    let _g = lock();
    let t = TempDir::new();
    let old = t.path().join("a/xla_plugins/xla_cuda12_pjrt");
    touch(&old.join("xla_gpu_pjrt.so"));
    let new = t.path().join("b/jax_plugins/xla_cuda12");
    let new_so = touch(&new.join("xla_cuda_plugin.so"));
    // Reported oldest first, and with a cuda13 package whose directory lacks the library.
    let broken = t.path().join("c/jax_plugins/xla_cuda13");
    fs::create_dir_all(&broken).unwrap();
    let python = python_reporting(
        t.path(),
        &[
            ("xla_plugins.xla_cuda12_pjrt", &old),
            ("jax_plugins.xla_cuda12", &new),
            ("jax_plugins.xla_cuda13", &broken),
        ],
    );
    let d = settings(python, &t.path().join("cache"));
    let found = d.locate(DeviceKind::Cuda, None).unwrap().unwrap();
    assert_eq!(found.path, new_so);
    assert_eq!(
        found.source,
        PluginSource::PythonPackage("jax-cuda12-pjrt".into())
    );
    // The CPU search does not pick up CUDA packages.
    assert_eq!(d.locate(DeviceKind::Cpu, None).unwrap(), None);
    assert_eq!(
        DeviceKind::Cuda.packages(),
        ["jax-cuda13-pjrt", "jax-cuda12-pjrt", "xla-cuda12-pjrt"]
    );
}

#[test]
fn cache_dir_layout_is_found() {
    let _g = lock();
    let t = TempDir::new();
    let cache = t.path().join("cache");
    let so = touch(&cpu_cache_path(&cache));
    let cuda_so =
        touch(&cache.join("plugins/xla-cuda12-pjrt/xla_plugins/xla_cuda12_pjrt/xla_gpu_pjrt.so"));
    let python = python_with_pip(t.path(), "exit 1");
    let vars: HashMap<&str, OsString> = HashMap::from([
        ("MUON_XLA_PYTHON", python),
        ("MUON_XLA_CACHE_DIR", cache.clone().into_os_string()),
    ]);
    let d = Discovery::from_lookup(|k| vars.get(k).cloned());
    let found = d.locate_or_install(DeviceKind::Cpu, None).unwrap();
    assert_eq!(
        found,
        PluginLocation {
            path: so,
            source: PluginSource::CacheDir
        }
    );
    let found = d.locate(DeviceKind::Cuda, None).unwrap().unwrap();
    assert_eq!(
        found,
        PluginLocation {
            path: cuda_so,
            source: PluginSource::CacheDir
        }
    );
}

#[test]
fn cache_dir_precedence() {
    let look = |pairs: &[(&str, &str)]| {
        let vars: HashMap<String, OsString> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), OsString::from(v)))
            .collect();
        Discovery::from_lookup(|k| vars.get(k).cloned()).cache_dir
    };
    let all = [
        ("MUON_XLA_CACHE_DIR", "/a"),
        ("XDG_CACHE_HOME", "/b"),
        ("HOME", "/c"),
    ];
    assert_eq!(look(&all), Some(PathBuf::from("/a")));
    assert_eq!(look(&all[1..]), Some(PathBuf::from("/b/muon-xla")));
    assert_eq!(look(&all[2..]), Some(PathBuf::from("/c/.cache/muon-xla")));
    assert_eq!(
        look(&[("XDG_CACHE_HOME", "relative"), ("HOME", "/c")]),
        Some("/c/.cache/muon-xla".into())
    );
    assert_eq!(look(&[]), None);
}

#[test]
fn install_goes_into_the_cache_and_is_found_next_time() {
    let _g = lock();
    let t = TempDir::new();
    let cache = t.path().join("cache");
    let log = t.path().join("pip-args");
    // `-m pip install --target DIR PKG`: record the arguments and lay out the package in DIR.
    let pip = format!(
        "echo \"$@\" > '{}'\n[ \"$1 $2 $3 $4\" = '-m pip install --target' ] || exit 9\n\
         mkdir -p \"$5/xla_plugins/xla_cpu_pjrt\" && echo so > \"$5/xla_plugins/xla_cpu_pjrt/xla_cpu_pjrt.so\"",
        log.display()
    );
    let d = settings(python_with_pip(t.path(), &pip), &cache);
    assert_eq!(d.locate(DeviceKind::Cpu, None).unwrap(), None);
    let found = d.locate_or_install(DeviceKind::Cpu, None).unwrap();
    assert_eq!(
        found,
        PluginLocation {
            path: cpu_cache_path(&cache),
            source: PluginSource::Installed
        }
    );
    let args = fs::read_to_string(&log).unwrap();
    assert!(args.trim_end().ends_with(" xla-cpu-pjrt==0.0.1"), "{args}");
    assert!(
        args.contains(&cache.join("plugins").display().to_string()),
        "{args}"
    );
    // Only the final directory is left: the temporary sibling was renamed into place.
    let names: Vec<_> = fs::read_dir(cache.join("plugins"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["xla-cpu-pjrt"]);
    let again = d.locate_or_install(DeviceKind::Cpu, None).unwrap();
    assert_eq!(again.source, PluginSource::CacheDir);
}

#[test]
fn install_without_the_library_leaves_nothing_behind() {
    let _g = lock();
    let t = TempDir::new();
    let cache = t.path().join("cache");
    let d = settings(
        python_with_pip(t.path(), "mkdir -p \"$5/something_else\""),
        &cache,
    );
    let err = d.locate_or_install(DeviceKind::Cpu, None).unwrap_err();
    assert!(err.to_string().contains("xla_cpu_pjrt.so"), "{err}");
    assert_eq!(fs::read_dir(cache.join("plugins")).unwrap().count(), 0);
}

#[test]
fn failed_install_says_what_to_run() {
    let _g = lock();
    let t = TempDir::new();
    let cache = t.path().join("cache");
    let pip = "echo 'Collecting xla-cpu-pjrt' >&2\n\
               echo 'ERROR: No matching distribution found for xla-cpu-pjrt' >&2\nexit 1";
    let python = python_with_pip(t.path(), pip);
    let d = settings(python.clone(), &cache);
    let err = d.locate_or_install(DeviceKind::Cpu, None).unwrap_err();
    let text = err.to_string();
    let python = python.to_string_lossy();
    assert!(
        text.contains(&format!("`{python} -m pip install xla-cpu-pjrt==0.0.1`")),
        "{text}"
    );
    assert!(
        text.contains("export MUON_XLA_PLUGIN=/path/to/xla_cpu_pjrt.so"),
        "{text}"
    );
    assert!(
        text.contains("ERROR: No matching distribution found for xla-cpu-pjrt"),
        "{text}"
    );
    assert_eq!(plugin_error(err).0, cache.join("plugins/xla-cpu-pjrt"));
    assert_eq!(fs::read_dir(cache.join("plugins")).unwrap().count(), 0);

    // A Python without pip gets the ensurepip hint.
    let d = settings(
        python_with_pip(t.path(), "echo \"$0: No module named pip\" >&2; exit 1"),
        &cache,
    );
    let text = d
        .locate_or_install(DeviceKind::Cpu, None)
        .unwrap_err()
        .to_string();
    assert!(text.contains("ensurepip"), "{text}");
}

#[test]
fn missing_python_says_what_to_run() {
    let _g = lock();
    let t = TempDir::new();
    let cache = t.path().join("cache");
    let d = settings("/nonexistent".into(), &cache);
    assert_eq!(d.locate(DeviceKind::Cpu, None).unwrap(), None);
    let text = d
        .locate_or_install(DeviceKind::Cpu, None)
        .unwrap_err()
        .to_string();
    assert!(text.contains("`/nonexistent`"), "{text}");
    assert!(
        text.contains("`python3 -m pip install xla-cpu-pjrt==0.0.1`"),
        "{text}"
    );
    assert!(
        text.contains("MUON_XLA_PLUGIN=/path/to/xla_cpu_pjrt.so"),
        "{text}"
    );
    let text = d
        .locate_or_install(DeviceKind::Cuda, None)
        .unwrap_err()
        .to_string();
    assert!(
        text.contains(
            "`python3 -m pip install jax-cuda13-pjrt==0.11.2 nvidia-cuda-nvcc==13.0.88 \
             nvidia-nvvm==13.0.88`"
        ),
        "{text}"
    );

    let no_cache = Discovery {
        cache_dir: None,
        ..d
    };
    let text = no_cache
        .locate_or_install(DeviceKind::Cpu, None)
        .unwrap_err()
        .to_string();
    assert!(text.contains("MUON_XLA_CACHE_DIR"), "{text}");
}

#[test]
fn real_python_finds_the_installed_cpu_plugin() {
    let _g = lock();
    let t = TempDir::new();
    // The real plugin package, found or installed the way the tool does it (into the muon-xla
    // cache on a fresh machine) ...
    let plugin = Discovery::from_env()
        .locate_or_install(DeviceKind::Cpu, None)
        .unwrap_or_else(|e| panic!("provisioning xla-cpu-pjrt for this test: {e}"));
    let package_root = plugin.path.ancestors().nth(2).unwrap().to_path_buf();
    assert!(package_root.ends_with("xla_plugins"), "{plugin:?}");
    // ... placed into the site-packages of a fresh virtual environment of the real python3, so the
    // real interpreter's `find_spec` is what finds it (not a fake script, not the cache lookup).
    let venv = t.path().join("venv");
    let made = std::process::Command::new("python3")
        .args(["-m", "venv", "--without-pip"])
        .arg(&venv)
        .status()
        .expect("python3 must be on PATH for this test");
    assert!(made.success(), "python3 -m venv {} failed", venv.display());
    let python = venv.join("bin/python3");
    let out = std::process::Command::new(&python)
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['purelib'])",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let site = PathBuf::from(String::from_utf8(out.stdout).unwrap().trim());
    fs::create_dir_all(&site).unwrap();
    std::os::unix::fs::symlink(&package_root, site.join("xla_plugins")).unwrap();

    // Only Python can find it: no MUON_XLA_PLUGIN, an empty cache.
    let d = settings(python.into_os_string(), &t.path().join("empty-cache"));
    let found = d.locate(DeviceKind::Cpu, None).unwrap();
    let found = found.expect("the venv's python3 must report its xla-cpu-pjrt");
    assert_eq!(
        found.source,
        PluginSource::PythonPackage("xla-cpu-pjrt".into())
    );
    assert!(
        found.path.starts_with(&site),
        "{found:?} not under {}",
        site.display()
    );
    assert!(
        found
            .path
            .ends_with("xla_plugins/xla_cpu_pjrt/xla_cpu_pjrt.so"),
        "{found:?}"
    );
    assert!(found.path.is_absolute());
    assert!(found.path.is_file());

    // The same interpreter without the package finds nothing, and the lookup says so.
    fs::remove_file(site.join("xla_plugins")).unwrap();
    assert_eq!(d.locate(DeviceKind::Cpu, None).unwrap(), None);
}

#[test]
fn device_kind_parses_and_prints() {
    assert_eq!("cpu".parse::<DeviceKind>().unwrap(), DeviceKind::Cpu);
    assert_eq!("CUDA".parse::<DeviceKind>().unwrap(), DeviceKind::Cuda);
    assert_eq!("tpu".parse::<DeviceKind>().unwrap(), DeviceKind::Tpu);
    let err = "npu".parse::<DeviceKind>().unwrap_err();
    assert!(
        err.to_string().contains("`npu`") && err.to_string().contains("tpu"),
        "{err}"
    );
    assert_eq!(DeviceKind::Cuda.to_string(), "cuda");
    assert_eq!(
        PluginSource::Env.to_string(),
        "environment variable MUON_XLA_PLUGIN"
    );
}

#[test]
fn the_pinned_cuda_install_brings_the_cuda_compiler_and_is_completed_when_partial() {
    let _g = lock();
    let t = TempDir::new();
    let cache = t.path().join("cache");
    let log = t.path().join("pip-args");
    // Lays out the plugin and, as the nvcc wheel does, `nvidia/cu13/bin/ptxas` beside it.
    let pip = format!(
        "echo \"$@\" >> '{}'\n[ \"$1 $2 $3 $4\" = '-m pip install --target' ] || exit 9\n\
         mkdir -p \"$5/jax_plugins/xla_cuda13\" \"$5/nvidia/cu13/bin\" && \
         echo so > \"$5/jax_plugins/xla_cuda13/xla_cuda_plugin.so\" && echo x > \"$5/nvidia/cu13/bin/ptxas\"",
        log.display()
    );
    let mut d = settings(python_with_pip(t.path(), &pip), &cache);
    let plugin = cache.join("plugins/jax-cuda13-pjrt/jax_plugins/xla_cuda13/xla_cuda_plugin.so");
    let found = d.locate_or_install_pinned(DeviceKind::Cuda, None).unwrap();
    assert_eq!(found.path, plugin);
    assert_eq!(found.source, PluginSource::Installed);
    let args = fs::read_to_string(&log).unwrap();
    assert!(
        args.trim_end()
            .ends_with("jax-cuda13-pjrt==0.11.2 nvidia-cuda-nvcc==13.0.88 nvidia-nvvm==13.0.88"),
        "{args}"
    );
    // Found in the cache next time, without pip.
    fs::remove_file(&log).unwrap();
    let again = d.locate_or_install_pinned(DeviceKind::Cuda, None).unwrap();
    assert_eq!(again.source, PluginSource::CacheDir);
    assert!(!log.exists(), "pip ran again");
    // A cached plugin without ptxas (installed before the helpers were pinned) is completed.
    fs::remove_dir_all(cache.join("plugins/jax-cuda13-pjrt/nvidia")).unwrap();
    let fixed = d.locate_or_install_pinned(DeviceKind::Cuda, None).unwrap();
    assert_eq!(fixed.source, PluginSource::Installed);
    assert!(cache
        .join("plugins/jax-cuda13-pjrt/nvidia/cu13/bin/ptxas")
        .is_file());
    // An explicit path still wins.
    d.plugin = Some(touch(&t.path().join("mine.so")));
    let mine = d.locate_or_install_pinned(DeviceKind::Cuda, None).unwrap();
    assert_eq!(mine.source, PluginSource::Env);
}
