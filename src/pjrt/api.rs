//! A loaded PJRT plugin: the shared library, its `PJRT_Api` table, and the conversion of every
//! `PJRT_Error` into our [`Error::Pjrt`].

use std::collections::HashMap;
use std::ffi::{c_char, CStr};
use std::fmt;
use std::mem::{offset_of, size_of};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use super::sys::{self, PJRT_Api, PJRT_Error, PJRT_Event};
use crate::types::{Error, Result};

/// Calls a PJRT entry point and converts its `PJRT_Error*`: `pjrt_call!(plugin, Name, &mut args)`
/// evaluates to `Result<()>`. It calls a C function, so it must be used inside `unsafe`: the caller
/// vouches that `args` is a valid, initialized argument struct of that entry point.
macro_rules! pjrt_call {
    ($plugin:expr, $name:ident, $args:expr) => {{
        let plugin: &$crate::pjrt::api::Plugin = $plugin;
        match plugin.table().$name {
            Some(f) => plugin.check(f($args), stringify!($name)),
            None => Err(plugin.missing(stringify!($name))),
        }
    }};
}
pub(crate) use pjrt_call;

/// A loaded PJRT plugin. Cheap to clone; the library stays loaded for the life of the process.
#[derive(Clone)]
pub struct Plugin {
    inner: Arc<PluginInner>,
}

struct PluginInner {
    path: PathBuf,
    /// A copy of the plugin's `PJRT_Api` prefix; entries beyond the plugin's `struct_size` are null.
    table: PJRT_Api,
    version: (i32, i32),
    _library: libloading::Library,
}

// SAFETY: the table holds function pointers and the plugin-owned, immutable, process-lifetime
// `extension_start` pointer; the PJRT C API entry points may be called from any thread (JAX calls
// them concurrently without a lock).
unsafe impl Send for PluginInner {}
// SAFETY: as above; nothing in PluginInner is mutated after construction.
unsafe impl Sync for PluginInner {}

/// Loaded plugins by canonical path: each library is opened and initialized once per process.
fn registry() -> &'static Mutex<HashMap<PathBuf, Plugin>> {
    static REGISTRY: OnceLock<Mutex<HashMap<PathBuf, Plugin>>> = OnceLock::new();
    REGISTRY.get_or_init(|| Mutex::new(HashMap::new()))
}

fn plugin_error(path: &Path, msg: impl Into<String>) -> Error {
    Error::Plugin {
        path: path.to_path_buf(),
        msg: msg.into(),
    }
}

type GetPjrtApi = unsafe extern "C" fn() -> *const PJRT_Api;

impl Plugin {
    /// Opens a PJRT plugin (a shared library exporting `GetPjrtApi`), checks its API version and
    /// initializes it. Loading the same file again returns the already loaded plugin.
    pub fn load(path: &Path) -> Result<Plugin> {
        let canonical = std::fs::canonicalize(path)
            .map_err(|e| plugin_error(path, format!("cannot open: {e}")))?;
        let mut map = registry().lock().unwrap_or_else(|e| e.into_inner());
        if let Some(plugin) = map.get(&canonical) {
            return Ok(plugin.clone());
        }
        // XLA parses XLA_FLAGS inside the plugin and aborts on an unknown flag: check first.
        super::xla_flags::check_env(&canonical)?;
        let plugin = Plugin::open(&canonical, path)?;
        map.insert(canonical, plugin.clone());
        Ok(plugin)
    }

    /// Opens `canonical`; errors name `path`, the spelling the caller used.
    fn open(canonical: &Path, path: &Path) -> Result<Plugin> {
        // SAFETY: loading a library runs its initializers; the caller asked for this file to be
        // loaded as a PJRT plugin, whose initializers are trusted like the rest of its code.
        let library = unsafe { libloading::Library::new(canonical) }.map_err(|e| {
            plugin_error(
                path,
                format!("cannot load as a shared library: {}", chain(&e)),
            )
        })?;
        // SAFETY: `GetPjrtApi` is declared by the PJRT C API as `const PJRT_Api* GetPjrtApi()`.
        let get_api = unsafe { library.get::<GetPjrtApi>(b"GetPjrtApi\0") }.map_err(|e| {
            plugin_error(
                path,
                format!("not a PJRT plugin (no GetPjrtApi symbol): {}", chain(&e)),
            )
        })?;
        // SAFETY: the symbol has the signature above and takes no arguments.
        let api = unsafe { get_api() };
        // From here on the plugin has run code: on failure it is left loaded (leaked), never
        // unloaded under threads it may have started.
        let fail = |library: libloading::Library, msg: String| {
            std::mem::forget(library);
            Err(plugin_error(path, msg))
        };
        if api.is_null() {
            return fail(library, "GetPjrtApi returned a null PJRT_Api".to_string());
        }
        // SAFETY: a PJRT_Api starts with its size_t struct_size; `api` is non-null and points at
        // the plugin's static table.
        let size = unsafe { std::ptr::addr_of!((*api).struct_size).read() };
        let version_end =
            offset_of!(PJRT_Api, pjrt_api_version) + size_of::<sys::PJRT_Api_Version>();
        if size < version_end {
            return fail(
                library,
                format!("PJRT_Api struct_size {size} is too small to hold a version"),
            );
        }
        // Copy the prefix the plugin provides, in whole pointer-sized slots, into a zeroed table:
        // entries the plugin does not have stay null and are reported by name when called.
        let mut table = zeroed_table();
        let len = size.min(size_of::<PJRT_Api>()) / size_of::<usize>() * size_of::<usize>();
        // SAFETY: the plugin's table has at least `size >= len` readable bytes; `table` is a
        // distinct local of `size_of::<PJRT_Api>() >= len` bytes; every byte pattern copied is a
        // pointer, an integer or an optional function pointer taken from a table of that layout.
        unsafe {
            std::ptr::copy_nonoverlapping(
                api.cast::<u8>(),
                std::ptr::addr_of_mut!(table).cast::<u8>(),
                len,
            );
        }
        let version = (
            table.pjrt_api_version.major_version,
            table.pjrt_api_version.minor_version,
        );
        if version.0 != sys::PJRT_API_MAJOR {
            return fail(
                library,
                format!(
                    "PJRT API version {}.{} is not supported (this build speaks {}.x, written against {}.{})",
                    version.0,
                    version.1,
                    sys::PJRT_API_MAJOR,
                    sys::PJRT_API_MAJOR,
                    sys::PJRT_API_MINOR
                ),
            );
        }
        let plugin = Plugin {
            inner: Arc::new(PluginInner {
                path: canonical.to_path_buf(),
                table,
                version,
                _library: library,
            }),
        };
        let t = plugin.table();
        for (name, present) in [
            ("PJRT_Error_Destroy", t.PJRT_Error_Destroy.is_some()),
            ("PJRT_Error_Message", t.PJRT_Error_Message.is_some()),
            ("PJRT_Error_GetCode", t.PJRT_Error_GetCode.is_some()),
        ] {
            if !present {
                std::mem::forget(plugin);
                return Err(plugin_error(
                    path,
                    format!("the PJRT_Api table has no {name}"),
                ));
            }
        }
        let mut args = sys::PJRT_Plugin_Initialize_Args::default();
        // SAFETY: `args` is a zeroed PJRT_Plugin_Initialize_Args with struct_size set; this is the
        // first and only initialization of this library (the registry lock is held by `load`).
        match unsafe { pjrt_call!(&plugin, PJRT_Plugin_Initialize, &mut args) } {
            Ok(()) => Ok(plugin),
            Err(e) => {
                std::mem::forget(plugin);
                Err(plugin_error(path, e.to_string()))
            }
        }
    }

    /// The plugin file (canonical path).
    pub fn path(&self) -> &Path {
        &self.inner.path
    }

    /// `(major, minor)` PJRT C API version the plugin was built with.
    pub fn api_version(&self) -> (i32, i32) {
        self.inner.version
    }

    /// The plugin's attributes (`xla_version`, `stablehlo_current_version`, ...) rendered as
    /// strings; empty when the plugin does not provide them.
    pub fn attributes(&self) -> Vec<(String, String)> {
        let mut args = sys::PJRT_Plugin_Attributes_Args::default();
        // SAFETY: `args` is a valid PJRT_Plugin_Attributes_Args.
        if unsafe { pjrt_call!(self, PJRT_Plugin_Attributes, &mut args) }.is_err() {
            return Vec::new();
        }
        // SAFETY: the plugin returned `num_attributes` named values with process lifetime.
        unsafe { named_values(args.attributes, args.num_attributes) }
    }

    pub(crate) fn table(&self) -> &PJRT_Api {
        &self.inner.table
    }

    /// The error for an entry point the plugin does not provide.
    pub(crate) fn missing(&self, function: &'static str) -> Error {
        let (major, minor) = self.inner.version;
        Error::Pjrt {
            function,
            code: "UNIMPLEMENTED".to_string(),
            msg: format!(
                "the plugin {} (PJRT API {major}.{minor}) does not provide {function}",
                self.inner.path.display()
            ),
        }
    }

    /// Converts the `PJRT_Error*` returned by `function` (null: success), destroying it once.
    ///
    /// # Safety
    /// `err` must be null or an error just returned by this plugin and not yet destroyed.
    pub(crate) unsafe fn check(&self, err: *mut PJRT_Error, function: &'static str) -> Result<()> {
        if err.is_null() {
            return Ok(());
        }
        let t = self.table();
        let mut msg = String::new();
        if let Some(message) = t.PJRT_Error_Message {
            let mut args = sys::PJRT_Error_Message_Args {
                error: err,
                ..Default::default()
            };
            // SAFETY: `err` is a live error; the message it returns lives as long as `err`.
            unsafe { message(&mut args) };
            // SAFETY: (pointer, size) describe bytes owned by `err`, which is still alive.
            msg = unsafe { lossy_string(args.message, args.message_size) };
        }
        let mut code = "UNKNOWN".to_string();
        if let Some(get_code) = t.PJRT_Error_GetCode {
            let mut args = sys::PJRT_Error_GetCode_Args {
                error: err,
                ..Default::default()
            };
            // SAFETY: `err` is a live error and `args` a valid PJRT_Error_GetCode_Args.
            let inner = unsafe { get_code(&mut args) };
            if inner.is_null() {
                code = usize::try_from(args.code)
                    .ok()
                    .and_then(|c| sys::ERROR_CODE_NAMES.get(c))
                    .map_or_else(|| format!("CODE_{}", args.code), |s| s.to_string());
            } else {
                // SAFETY: `inner` is a fresh error owned by us; destroy it once.
                unsafe { self.destroy_error(inner) };
            }
        }
        // SAFETY: `err` is owned by us and destroyed exactly here.
        unsafe { self.destroy_error(err) };
        Err(Error::Pjrt {
            function,
            code,
            msg,
        })
    }

    /// # Safety
    /// `err` must be a live error of this plugin; it is invalid afterwards.
    unsafe fn destroy_error(&self, err: *mut PJRT_Error) {
        if let Some(destroy) = self.table().PJRT_Error_Destroy {
            let mut args = sys::PJRT_Error_Destroy_Args {
                error: err,
                ..Default::default()
            };
            // SAFETY: per this function's contract.
            unsafe { destroy(&mut args) };
        }
    }

    /// Waits for `event` (if not null) and destroys it; an error carried by the event is reported
    /// as coming from `function`.
    ///
    /// # Safety
    /// `event` must be null or a live event of this plugin owned by the caller; it is invalid
    /// afterwards.
    pub(crate) unsafe fn await_event(
        &self,
        event: *mut PJRT_Event,
        function: &'static str,
    ) -> Result<()> {
        if event.is_null() {
            return Ok(());
        }
        let mut args = sys::PJRT_Event_Await_Args {
            event,
            ..Default::default()
        };
        // SAFETY: `event` is live and `args` a valid PJRT_Event_Await_Args.
        let awaited = unsafe { pjrt_call!(self, PJRT_Event_Await, &mut args) };
        let mut args = sys::PJRT_Event_Destroy_Args {
            event,
            ..Default::default()
        };
        // SAFETY: `event` is live, owned by the caller, and destroyed exactly here.
        let destroyed = unsafe { pjrt_call!(self, PJRT_Event_Destroy, &mut args) };
        awaited.map_err(|e| match e {
            Error::Pjrt { code, msg, .. } => Error::Pjrt {
                function,
                code,
                msg,
            },
            other => other,
        })?;
        destroyed
    }
}

/// An error and its sources, `: `-separated (libloading puts dlerror's text in the source).
fn chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut source = e.source();
    while let Some(inner) = source {
        s.push_str(": ");
        s.push_str(&inner.to_string());
        source = inner.source();
    }
    s
}

/// An all-zero `PJRT_Api`: every pointer and function pointer null.
fn zeroed_table() -> PJRT_Api {
    // SAFETY: PJRT_Api holds only integers, raw pointers and optional function pointers, for
    // which the all-zero pattern is valid (0, null, None).
    unsafe { std::mem::zeroed() }
}

/// Copies `size` bytes at `ptr` into a String (invalid UTF-8 replaced); empty when `ptr` is null.
///
/// # Safety
/// `ptr` must be null or point at `size` readable bytes.
pub(crate) unsafe fn lossy_string(ptr: *const c_char, size: usize) -> String {
    if ptr.is_null() || size == 0 {
        return String::new();
    }
    // SAFETY: per this function's contract.
    let bytes = unsafe { std::slice::from_raw_parts(ptr.cast::<u8>(), size) };
    String::from_utf8_lossy(bytes).into_owned()
}

/// Renders `PJRT_NamedValue`s as (name, value) strings.
///
/// # Safety
/// `values` must be null or point at `n` valid named values whose pointers are live.
unsafe fn named_values(values: *const sys::PJRT_NamedValue, n: usize) -> Vec<(String, String)> {
    if values.is_null() {
        return Vec::new();
    }
    // SAFETY: per this function's contract.
    let values = unsafe { std::slice::from_raw_parts(values, n) };
    values
        .iter()
        .map(|v| {
            // SAFETY: name/name_size describe the value's name; the union member read is the one
            // selected by `type`, and array/string members hold `value_size` elements.
            unsafe {
                let name = lossy_string(v.name, v.name_size);
                let value = match v.r#type {
                    sys::PJRT_NamedValue_kString => {
                        lossy_string(v.value.string_value, v.value_size)
                    }
                    sys::PJRT_NamedValue_kInt64 => v.value.int64_value.to_string(),
                    sys::PJRT_NamedValue_kInt64List => {
                        let p = v.value.int64_array_value;
                        let items: &[i64] = if p.is_null() {
                            &[]
                        } else {
                            std::slice::from_raw_parts(p, v.value_size)
                        };
                        format!("{items:?}")
                    }
                    sys::PJRT_NamedValue_kFloat => v.value.float_value.to_string(),
                    sys::PJRT_NamedValue_kBool => v.value.bool_value.to_string(),
                    other => format!("<value of unknown type {other}>"),
                };
                (name, value)
            }
        })
        .collect()
}

/// A C string constant for `PJRT_NamedValue` names and program formats.
pub(crate) fn c_str_parts(s: &'static CStr) -> (*const c_char, usize) {
    (s.as_ptr(), s.to_bytes().len())
}

impl fmt::Debug for Plugin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (major, minor) = self.inner.version;
        f.debug_struct("Plugin")
            .field("path", &self.inner.path)
            .field("api_version", &format_args!("{major}.{minor}"))
            .finish()
    }
}
