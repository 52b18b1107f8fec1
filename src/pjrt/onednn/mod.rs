//! oneDNN for the CPU's matrix products, as an XLA FFI custom call.
//!
//! XLA:CPU's bf16 dot runs at f32 speed (it converts), while oneDNN's matmul uses the CPU's bf16
//! instructions at about twice that, as PyTorch does. So programs compiled here for a CPU client
//! may print their Newton–Schulz products as calls of [`GEMM_TARGET`] ([`crate::emit::emit_with_gemm`]),
//! and this module registers the handler that runs them with the CPU plugin, through the PJRT
//! FFI extension. oneDNN is loaded with dlopen and found like the plugin ([`install`]); when it is
//! missing or fails to load, every product stays XLA's, with one line saying so.

mod handler;
mod install;
mod library;
mod matmul;
mod rounded;
mod symmetric;
mod tiles;

use std::sync::{Mutex, OnceLock};

pub use handler::HANDLER_VERSION;
pub use install::{ENV_ONEDNN, PACKAGE};

use super::api::Plugin;
use super::sys::xla_ffi::{
    PJRT_Extension_Type_FFI, PJRT_FFI_Extension, PJRT_FFI_Register_Handler_Args,
};
use super::{Client, CpuGemm};
use crate::emit::{GemmCalls, GEMM_TARGET};
use crate::types::{Error, Result};
use matmul::Matmuls;

/// How many symmetric matrix products (each matrix of a batch counted) the handler has computed
/// by halves in this process: a diagnostic, and what tests check the halving path with.
pub fn halved_products() -> u64 {
    symmetric::HALVED.load(std::sync::atomic::Ordering::Relaxed)
}

/// The process's oneDNN matmuls: `None` until loaded (and forever when loading failed).
fn matmuls() -> &'static Mutex<Option<Matmuls>> {
    static M: OnceLock<Mutex<Option<Matmuls>>> = OnceLock::new();
    M.get_or_init(|| Mutex::new(None))
}

/// What was loaded, for messages and cache keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OneDnnInfo {
    pub path: std::path::PathBuf,
    /// `major.minor.patch (git hash)`.
    pub version: String,
    /// oneDNN's effective ISA name (`avx512_core_bf16`, ...).
    pub isa: String,
    /// Whether that ISA computes bf16 products natively.
    pub native_bf16: bool,
    /// Whether oneDNN has a bf16 matmul here at all (natively or converting; not on plain
    /// AVX2). f32 matmuls it always has.
    pub bf16_matmul: bool,
    /// Whether the ISA is AVX-512 or newer, where [`CpuGemm::Auto`] routes f32 products to
    /// oneDNN too (its f32 matmul measured faster than XLA's there).
    pub avx512: bool,
}

impl OneDnnInfo {
    /// What an executable calling our handler depends on (part of its cache key).
    pub fn identity(&self) -> String {
        format!(
            "onednn {} isa {} handler v{HANDLER_VERSION}",
            self.version, self.isa
        )
    }
}

/// Loads oneDNN once per process (installing it into the cache if needed). The error of a
/// failed load is returned again on every later call, without retrying.
pub fn load() -> Result<OneDnnInfo> {
    type Loaded = std::result::Result<OneDnnInfo, (std::path::PathBuf, String)>;
    static LOADED: OnceLock<Loaded> = OnceLock::new();
    let failed = |e: Error| match e {
        Error::OneDnn { path, msg } => (path, msg),
        other => (ENV_ONEDNN.into(), other.to_string()),
    };
    LOADED
        .get_or_init(|| {
            if install::disabled() {
                return Err((ENV_ONEDNN.into(), "turned off (MUON_XLA_ONEDNN=off)".into()));
            }
            let path = install::locate_or_install().map_err(failed)?;
            let lib = library::Library::open(&path).map_err(failed)?;
            let (version, isa, native_bf16) = (lib.version(), lib.isa_name(), lib.native_bf16());
            let avx512 = lib.avx512();
            let mut m = Matmuls::new(lib).map_err(|msg| (path.clone(), msg))?;
            let info = OneDnnInfo {
                path,
                version,
                isa,
                native_bf16,
                bf16_matmul: m.supports(library::DT_BF16),
                avx512,
            };
            *matmuls().lock().unwrap_or_else(|e| e.into_inner()) = Some(m);
            Ok(info)
        })
        .clone()
        .map_err(|(path, msg)| Error::OneDnn { path, msg })
}

/// The loaded oneDNN, if [`load`] succeeded earlier in this process.
pub fn loaded() -> Option<OneDnnInfo> {
    matmuls().lock().ok()?.as_ref()?;
    load().ok()
}

/// What an executable compiled from `program` depends on when the program calls our handler:
/// the loaded oneDNN's [`OneDnnInfo::identity`] (`onednn missing` when none is loaded, which
/// matches nothing compiled with one); `None` for a program without such calls.
pub fn program_identity(program: &[u8]) -> Option<String> {
    let target = GEMM_TARGET.as_bytes();
    program
        .windows(target.len())
        .any(|w| w == target)
        .then(|| loaded().map_or_else(|| "onednn missing".into(), |i| i.identity()))
}

/// Registers the handler with `plugin` (once per plugin; XLA's registry is per process).
fn register(plugin: &Plugin) -> Result<()> {
    static DONE: Mutex<Vec<std::path::PathBuf>> = Mutex::new(Vec::new());
    let mut done = DONE.lock().unwrap_or_else(|e| e.into_inner());
    if done.iter().any(|p| p == plugin.path()) {
        return Ok(());
    }
    let fail = |msg: String| Error::Plugin {
        path: plugin.path().to_path_buf(),
        msg: format!("cannot register the oneDNN matmul handler: {msg}"),
    };
    let mut ext = plugin.table().extension_start.cast::<PJRT_FFI_Extension>();
    // SAFETY: the plugin's extension chain is a static, null-terminated list of structs that each
    // start with (struct_size, type, next); we only read those three until the FFI one.
    let ffi = unsafe {
        loop {
            let Some(e) = ext.as_ref() else {
                return Err(fail("the plugin has no PJRT FFI extension".into()));
            };
            if e.r#type == PJRT_Extension_Type_FFI {
                break e;
            }
            ext = e.next.cast();
        }
    };
    if ffi.struct_size < PJRT_FFI_Extension::STRUCT_SIZE {
        return Err(fail(format!(
            "its FFI extension is {} bytes, older than the one with register_handler",
            ffi.struct_size
        )));
    }
    let Some(register) = ffi.register_handler else {
        return Err(fail("its FFI extension has no register_handler".into()));
    };
    // XLA's name of the CPU platform.
    let platform = "Host";
    let mut args = PJRT_FFI_Register_Handler_Args {
        struct_size: PJRT_FFI_Register_Handler_Args::STRUCT_SIZE,
        target_name: GEMM_TARGET.as_ptr().cast(),
        target_name_size: GEMM_TARGET.len(),
        handler: handler::matmul_handler as *mut std::ffi::c_void,
        platform_name: platform.as_ptr().cast(),
        platform_name_size: platform.len(),
        traits: 0,
    };
    // SAFETY: `args` is a valid argument struct of the layout the plugin's entry point reads (see
    // `sys::xla_ffi`); the names are static; the handler is a static function.
    // The returned error (if any) is converted and freed by `check`.
    unsafe { plugin.check(register(&mut args), "PJRT_FFI_Register_Handler") }
        .map_err(|e| fail(e.to_string()))?;
    done.push(plugin.path().to_path_buf());
    Ok(())
}

/// Whether the CPU's flags show bf16 instructions oneDNN uses (checked before installing
/// oneDNN for `auto`, so a CPU without them never downloads it).
fn cpu_flags_have_bf16() -> bool {
    cpu_flags().any(|f| matches!(f, "avx512_bf16" | "amx_bf16" | "avx_ne_convert"))
}

/// Whether the CPU's flags show AVX-512's core subset (oneDNN's `avx512_core`).
fn cpu_flags_have_avx512_core() -> bool {
    let flags: Vec<String> = cpu_flags().map(str::to_string).collect();
    ["avx512f", "avx512bw", "avx512vl", "avx512dq"]
        .iter()
        .all(|f| flags.iter().any(|g| g == f))
}

/// The first CPU's flags in `/proc/cpuinfo` (none where it cannot be read).
fn cpu_flags() -> impl Iterator<Item = &'static str> {
    static FLAGS: OnceLock<String> = OnceLock::new();
    let info = FLAGS.get_or_init(|| {
        let info = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
        (info.lines())
            .find(|l| l.starts_with("flags"))
            .unwrap_or("")
            .to_string()
    });
    info.split_whitespace()
}

/// Which of the `wanted` products a program compiled for `client` prints as calls of our
/// handler, registering it first. [`CpuGemm::Auto`]: bf16 when the CPU computes bf16 natively,
/// f32 when oneDNN runs AVX-512 kernels (where its f32 matmul measured faster than XLA's), each
/// only when oneDNN loads (with one line on stderr when it was wanted but failed); oneDNN is
/// installed only when the CPU's flags promise one of the two. [`CpuGemm::OneDnn`]: both
/// dtypes, or an error when oneDNN cannot be loaded. Non-CPU clients and [`CpuGemm::Xla`]: none.
pub fn gemm_calls(client: &Client, choice: CpuGemm, wanted: GemmCalls) -> Result<GemmCalls> {
    let cpu = client.is_cpu()?;
    if !cpu || choice == CpuGemm::Xla || !wanted.any() {
        return Ok(GemmCalls::NONE);
    }
    if choice == CpuGemm::Auto {
        let promised = GemmCalls {
            bf16: cpu_flags_have_bf16(),
            f32: cpu_flags_have_avx512_core(),
        };
        if install::disabled() || !promised.and(wanted).any() {
            return Ok(GemmCalls::NONE);
        }
    }
    let loaded = load().and_then(|info| register(client.plugin()).map(|()| info));
    match (choice, loaded) {
        (CpuGemm::OneDnn, Ok(info)) => {
            if wanted.bf16 && !info.bf16_matmul {
                warn_once(&format!(
                    "muon-xla: oneDNN has no bf16 matmul at ISA {}; bf16 matmuls stay XLA's",
                    info.isa
                ));
            }
            Ok(wanted.and(GemmCalls {
                bf16: info.bf16_matmul,
                f32: true,
            }))
        }
        (CpuGemm::OneDnn, Err(e)) => Err(e),
        (_, Ok(info)) => Ok(GemmCalls {
            bf16: info.native_bf16 && info.bf16_matmul,
            f32: info.avx512,
        }
        .and(wanted)),
        (_, Err(e)) => {
            warn_once(&format!("muon-xla: matmuls stay XLA's ({e})"));
            Ok(GemmCalls::NONE)
        }
    }
}

fn warn_once(msg: &str) {
    static WARNED: OnceLock<()> = OnceLock::new();
    if WARNED.set(()).is_ok() {
        eprintln!("{msg}");
    }
}
