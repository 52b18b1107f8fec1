//! oneDNN's C API, loaded with dlopen: the handful of entry points a matmul needs.
//!
//! Written against oneDNN 3.2 (`onednn-cpu-gomp` 2023.2.0); any 3.x library loads (the v3 C API
//! kept these signatures), and a missing entry point is an error naming it.

use std::ffi::{c_char, c_int, c_void, CStr};
use std::path::Path;

use crate::types::{Error, Result};

pub type Status = c_int;
pub type Handle = *mut c_void;
/// `dnnl_dims_t`: `int64_t[DNNL_MAX_NDIMS]`.
pub type Dims = [i64; 12];

pub const SUCCESS: Status = 0;
pub const ENGINE_CPU: c_int = 1;
pub const STREAM_IN_ORDER: u32 = 1;
pub const DT_BF16: c_int = 2;
pub const DT_F32: c_int = 3;
pub const ARG_SRC: c_int = 1;
pub const ARG_DST: c_int = 17;
pub const ARG_WEIGHTS: c_int = 33;
/// `dnnl_eltwise_linear` in oneDNN 3.x (`y = α·x + β`; 0x7f in 2.x is refused by 3.2).
pub const ELTWISE_LINEAR: c_int = 0x26;
/// `dnnl_data_type_undef`: a sum post-op reads the destination's own type.
pub const DT_UNDEF: c_int = 0;
/// `dnnl_cpu_isa_avx2_vnni_2`: AVX2 with bf16 conversions (no AVX-512).
const ISA_AVX2_VNNI_2: u32 = 0x1f;
/// `dnnl_cpu_isa_avx512_core_bf16`; every later AVX-512 level (fp16, AMX) includes its bits.
const ISA_AVX512_CORE: u32 = 0x27;
const ISA_AVX512_CORE_BF16: u32 = 0xe7;

#[repr(C)]
pub struct ExecArg {
    pub arg: c_int,
    pub memory: Handle,
}

#[repr(C)]
pub struct Version {
    pub major: c_int,
    pub minor: c_int,
    pub patch: c_int,
    pub hash: *const c_char,
    pub cpu_runtime: u32,
    pub gpu_runtime: u32,
}

/// The entry points, resolved once.
#[allow(clippy::type_complexity)]
pub struct Library {
    pub engine_create: unsafe extern "C" fn(*mut Handle, c_int, usize) -> Status,
    pub stream_create: unsafe extern "C" fn(*mut Handle, Handle, u32) -> Status,
    pub stream_wait: unsafe extern "C" fn(Handle) -> Status,
    pub memory_desc_create_with_strides:
        unsafe extern "C" fn(*mut Handle, c_int, *const i64, c_int, *const i64) -> Status,
    pub memory_desc_destroy: unsafe extern "C" fn(Handle) -> Status,
    pub matmul_primitive_desc_create:
        unsafe extern "C" fn(*mut Handle, Handle, Handle, Handle, Handle, Handle, Handle) -> Status,
    pub primitive_desc_destroy: unsafe extern "C" fn(Handle) -> Status,
    pub primitive_create: unsafe extern "C" fn(*mut Handle, Handle) -> Status,
    pub primitive_destroy: unsafe extern "C" fn(Handle) -> Status,
    pub primitive_execute: unsafe extern "C" fn(Handle, Handle, c_int, *const ExecArg) -> Status,
    pub memory_create: unsafe extern "C" fn(*mut Handle, Handle, Handle, *mut c_void) -> Status,
    pub memory_set_data_handle: unsafe extern "C" fn(Handle, *mut c_void) -> Status,
    pub memory_destroy: unsafe extern "C" fn(Handle) -> Status,
    pub primitive_attr_create: unsafe extern "C" fn(*mut Handle) -> Status,
    pub primitive_attr_destroy: unsafe extern "C" fn(Handle) -> Status,
    pub primitive_attr_set_post_ops: unsafe extern "C" fn(Handle, Handle) -> Status,
    pub post_ops_create: unsafe extern "C" fn(*mut Handle) -> Status,
    pub post_ops_destroy: unsafe extern "C" fn(Handle) -> Status,
    pub post_ops_append_eltwise: unsafe extern "C" fn(Handle, c_int, f32, f32) -> Status,
    pub post_ops_append_sum: unsafe extern "C" fn(Handle, f32, i32, c_int) -> Status,
    get_effective_cpu_isa: unsafe extern "C" fn() -> c_int,
    version: unsafe extern "C" fn() -> *const Version,
    /// Kept loaded for the process: handlers registered with XLA point into it.
    _library: libloading::Library,
}

fn missing(path: &Path, name: &str, e: &libloading::Error) -> Error {
    Error::OneDnn {
        path: path.to_path_buf(),
        msg: format!("not a oneDNN 3.x library: no `{name}` ({e})"),
    }
}

impl Library {
    /// Opens `path` (libdnnl.so.3) and resolves every entry point.
    pub fn open(path: &Path) -> Result<Library> {
        // SAFETY: loading runs the library's initializers; the file is oneDNN from the pinned
        // package (or one the user pointed at), trusted like the PJRT plugin.
        let library = unsafe { libloading::Library::new(path) }.map_err(|e| Error::OneDnn {
            path: path.to_path_buf(),
            msg: format!("cannot be loaded: {e}"),
        })?;
        macro_rules! sym {
            ($name:literal) => {{
                // SAFETY: the symbol is declared with this signature in oneDNN 3.x's
                // `dnnl.h`; the pointer is copied out and stays valid while `library` lives
                // (it is moved into the returned `Library`, never unloaded).
                let s = unsafe { library.get(concat!($name, "\0").as_bytes()) }
                    .map_err(|e| missing(path, $name, &e))?;
                *s
            }};
        }
        Ok(Library {
            engine_create: sym!("dnnl_engine_create"),
            stream_create: sym!("dnnl_stream_create"),
            stream_wait: sym!("dnnl_stream_wait"),
            memory_desc_create_with_strides: sym!("dnnl_memory_desc_create_with_strides"),
            memory_desc_destroy: sym!("dnnl_memory_desc_destroy"),
            matmul_primitive_desc_create: sym!("dnnl_matmul_primitive_desc_create"),
            primitive_desc_destroy: sym!("dnnl_primitive_desc_destroy"),
            primitive_create: sym!("dnnl_primitive_create"),
            primitive_destroy: sym!("dnnl_primitive_destroy"),
            primitive_execute: sym!("dnnl_primitive_execute"),
            memory_create: sym!("dnnl_memory_create"),
            memory_set_data_handle: sym!("dnnl_memory_set_data_handle"),
            memory_destroy: sym!("dnnl_memory_destroy"),
            primitive_attr_create: sym!("dnnl_primitive_attr_create"),
            primitive_attr_destroy: sym!("dnnl_primitive_attr_destroy"),
            primitive_attr_set_post_ops: sym!("dnnl_primitive_attr_set_post_ops"),
            post_ops_create: sym!("dnnl_post_ops_create"),
            post_ops_destroy: sym!("dnnl_post_ops_destroy"),
            post_ops_append_eltwise: sym!("dnnl_post_ops_append_eltwise"),
            post_ops_append_sum: sym!("dnnl_post_ops_append_sum"),
            get_effective_cpu_isa: sym!("dnnl_get_effective_cpu_isa"),
            version: sym!("dnnl_version"),
            _library: library,
        })
    }

    /// `major.minor.patch (hash)` of the loaded library.
    pub fn version(&self) -> String {
        // SAFETY: `dnnl_version` returns a pointer to a static struct (never null in 3.x).
        let v = unsafe { (self.version)() };
        if v.is_null() {
            return "unknown".into();
        }
        // SAFETY: non-null, static, and its `hash` is a static NUL-terminated string or null.
        let (v, hash) = unsafe {
            let v = &*v;
            let hash = match v.hash.is_null() {
                true => String::new(),
                false => CStr::from_ptr(v.hash).to_string_lossy().into_owned(),
            };
            (v, hash)
        };
        format!("{}.{}.{} ({hash})", v.major, v.minor, v.patch)
    }

    /// `dnnl_get_effective_cpu_isa()`: the instruction set oneDNN's kernels use here (after
    /// `ONEDNN_MAX_CPU_ISA`).
    pub fn isa(&self) -> u32 {
        // SAFETY: no arguments; reads oneDNN's CPU detection.
        unsafe { (self.get_effective_cpu_isa)() as u32 }
    }

    /// Whether the ISA computes bf16 products natively (AVX512-BF16, AMX, AVX2-VNNI-2).
    pub fn native_bf16(&self) -> bool {
        let isa = self.isa();
        isa & ISA_AVX512_CORE_BF16 == ISA_AVX512_CORE_BF16 || isa == ISA_AVX2_VNNI_2
    }

    /// Whether the ISA is AVX-512 (`avx512_core`) or newer: where oneDNN's f32 matmul measured
    /// faster than XLA's own dot (BENCHMARKS.md, issue 24).
    pub fn avx512(&self) -> bool {
        self.isa() & ISA_AVX512_CORE == ISA_AVX512_CORE
    }

    /// oneDNN's name of the ISA, for messages.
    pub fn isa_name(&self) -> String {
        match self.isa() {
            0x1 => "sse41".into(),
            0x3 => "avx".into(),
            0x7 => "avx2".into(),
            0xf => "avx2_vnni".into(),
            0x1f => "avx2_vnni_2".into(),
            0x27 => "avx512_core".into(),
            0x67 => "avx512_core_vnni".into(),
            0xe7 => "avx512_core_bf16".into(),
            0x1ef => "avx512_core_fp16".into(),
            0xfef => "avx512_core_amx".into(),
            0x1fef => "avx512_core_amx_fp16".into(),
            other => format!("isa {other:#x}"),
        }
    }
}
