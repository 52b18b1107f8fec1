//! Finding oneDNN like the plugin: `MUON_XLA_ONEDNN`, else the muon-xla cache, else the pinned
//! `onednn-cpu-gomp` wheel installed there with pip.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::pjrt::plugin::{cache_dir, ENV_PYTHON};
use crate::types::{Error, Result};

/// A path to `libdnnl.so.3`, or `off` to keep every matmul XLA's.
pub const ENV_ONEDNN: &str = "MUON_XLA_ONEDNN";
/// The pinned package: oneDNN 3.2 built for GNU OpenMP (the CPU-only build; the newer PyPI
/// `onednn` is a SYCL build whose CPU engine does not start without Intel's runtime).
pub const PACKAGE: &str = "onednn-cpu-gomp==2023.2.0";
const DIR: &str = "onednn-cpu-gomp-2023.2.0";
const LIBRARY: &str = "lib/libdnnl.so.3";

/// Whether the user turned oneDNN off.
pub fn disabled() -> bool {
    std::env::var(ENV_ONEDNN).is_ok_and(|v| v.eq_ignore_ascii_case("off"))
}

/// The library to load, installing the pinned wheel into the cache when nothing is found.
pub fn locate_or_install() -> Result<PathBuf> {
    if let Some(p) = std::env::var_os(ENV_ONEDNN).filter(|v| !v.is_empty()) {
        let p = PathBuf::from(p);
        return match p.is_file() {
            true => Ok(p),
            false => Err(problem(&p, format!("{ENV_ONEDNN} names no file"))),
        };
    }
    let plugins = cache_dir()?.join("plugins");
    let target = plugins.join(DIR);
    if target.join(LIBRARY).is_file() {
        return Ok(target.join(LIBRARY));
    }
    let python = std::env::var(ENV_PYTHON).unwrap_or_else(|_| "python3".into());
    eprintln!(
        "muon-xla: installing oneDNN ({PACKAGE}, 54 MB) into {} for the CPU's matmuls (bf16, \
         and f32 on AVX-512; --cpu-gemm xla or {ENV_ONEDNN}=off to skip)",
        target.display()
    );
    let tmp = plugins.join(format!(".{DIR}.tmp-{}", std::process::id()));
    fs::create_dir_all(&plugins).map_err(|e| Error::io(&plugins, e))?;
    let out = Command::new(&python)
        .args([
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-warn-script-location",
            "--prefix",
        ])
        .arg(&tmp)
        .arg(PACKAGE)
        .output();
    let result = match out {
        Err(e) => Err(problem(
            &target,
            format!("`{python}` could not be started ({e})"),
        )),
        Ok(o) if !o.status.success() => {
            let said = String::from_utf8_lossy(&o.stderr);
            let last = said.trim_end().lines().last().unwrap_or("").to_string();
            Err(problem(
                &target,
                format!(
                    "`{python} -m pip install --prefix {} {PACKAGE}` failed: {last}",
                    target.display()
                ),
            ))
        }
        Ok(_) if !tmp.join(LIBRARY).is_file() => Err(problem(
            &target,
            format!("pip installed {PACKAGE} without {LIBRARY}"),
        )),
        Ok(_) => match fs::rename(&tmp, &target) {
            Err(_) if target.join(LIBRARY).is_file() => Ok(()), // another process won the race
            other => other.map_err(|e| Error::io(&target, e)),
        },
    };
    let _ = fs::remove_dir_all(&tmp);
    result.map(|()| target.join(LIBRARY))
}

fn problem(path: &Path, msg: String) -> Error {
    Error::OneDnn {
        path: path.to_path_buf(),
        msg,
    }
}
