//! Hand-written `#[repr(C)]` mirrors of the parts of XLA's FFI header `xla/ffi/api/c_api.h` that a
//! typed FFI handler reads (API 0.3, the header jaxlib 0.10.2 ships; 0.4 kept every one of these
//! layouts), and of the PJRT FFI extension (`pjrt_c_api_ffi_extension.h`, which no wheel ships:
//! its layout was read off the CPU plugin's `CreateFfiExtension` and `PJRT_FFI_Register_Handler`,
//! and is checked at run time by `struct_size`). `tests/pjrt/ffi_abi.rs` compiles a C program
//! against jaxlib's header and compares every offset listed by [`xla_ffi_layout`].

use std::ffi::{c_char, c_void};
use std::mem::{offset_of, size_of};

use super::{PJRT_Error, PJRT_Extension_Base};

/// The FFI API version these mirrors follow; XLA accepts handlers of an older minor version.
pub const XLA_FFI_API_MAJOR: i32 = 0;
pub const XLA_FFI_API_MINOR: i32 = 3;

/// `PJRT_Extension_Type_FFI` in `pjrt_c_api.h`'s `PJRT_Extension_Type`.
pub const PJRT_Extension_Type_FFI: i32 = 5;

pub enum XLA_FFI_Error {}
pub enum XLA_FFI_ExecutionContext {}
pub enum XLA_FFI_InternalApi {}
pub enum XLA_FFI_Future {}

/// `XLA_FFI_Extension_Base` (0.4: `XLA_FFI_InternalExtension`, same layout).
#[repr(C)]
pub struct XLA_FFI_Extension_Base {
    pub struct_size: usize,
    pub r#type: i32,
    pub next: *mut XLA_FFI_Extension_Base,
}
/// `XLA_FFI_Extension_Metadata`: the extension of the call frame XLA sends once at registration.
pub const XLA_FFI_Extension_Metadata: i32 = 1;

#[repr(C)]
pub struct XLA_FFI_Api_Version {
    pub struct_size: usize,
    pub extension_start: *mut XLA_FFI_Extension_Base,
    pub major_version: i32,
    pub minor_version: i32,
}

pub type XLA_FFI_Error_Code = i32;
pub const XLA_FFI_Error_Code_INVALID_ARGUMENT: XLA_FFI_Error_Code = 3;
pub const XLA_FFI_Error_Code_UNIMPLEMENTED: XLA_FFI_Error_Code = 12;
pub const XLA_FFI_Error_Code_INTERNAL: XLA_FFI_Error_Code = 13;

#[repr(C)]
pub struct XLA_FFI_Error_Create_Args {
    pub struct_size: usize,
    pub extension_start: *mut XLA_FFI_Extension_Base,
    pub message: *const c_char,
    pub errc: XLA_FFI_Error_Code,
}

pub type XLA_FFI_Error_Create =
    unsafe extern "C" fn(*mut XLA_FFI_Error_Create_Args) -> *mut XLA_FFI_Error;

/// `XLA_FFI_DataType` values we read.
pub type XLA_FFI_DataType = i32;
pub const XLA_FFI_DataType_PRED: XLA_FFI_DataType = 1;
pub const XLA_FFI_DataType_S8: XLA_FFI_DataType = 2;
pub const XLA_FFI_DataType_S32: XLA_FFI_DataType = 4;
pub const XLA_FFI_DataType_S64: XLA_FFI_DataType = 5;
pub const XLA_FFI_DataType_U8: XLA_FFI_DataType = 6;
pub const XLA_FFI_DataType_F32: XLA_FFI_DataType = 11;
pub const XLA_FFI_DataType_F64: XLA_FFI_DataType = 12;
pub const XLA_FFI_DataType_BF16: XLA_FFI_DataType = 16;

#[repr(C)]
pub struct XLA_FFI_Buffer {
    pub struct_size: usize,
    pub extension_start: *mut XLA_FFI_Extension_Base,
    pub dtype: XLA_FFI_DataType,
    pub data: *mut c_void,
    pub rank: i64,
    pub dims: *mut i64,
}

pub const XLA_FFI_ArgType_BUFFER: i32 = 1;
pub const XLA_FFI_RetType_BUFFER: i32 = 1;
pub const XLA_FFI_AttrType_SCALAR: i32 = 3;

#[repr(C)]
pub struct XLA_FFI_ByteSpan {
    pub ptr: *const c_char,
    pub len: usize,
}

#[repr(C)]
pub struct XLA_FFI_Scalar {
    pub dtype: XLA_FFI_DataType,
    pub value: *mut c_void,
}

pub type XLA_FFI_ExecutionStage = i32;
pub const XLA_FFI_ExecutionStage_EXECUTE: XLA_FFI_ExecutionStage = 3;

#[repr(C)]
pub struct XLA_FFI_Args {
    pub struct_size: usize,
    pub extension_start: *mut XLA_FFI_Extension_Base,
    pub size: i64,
    pub types: *mut i32,
    pub args: *mut *mut c_void,
}

#[repr(C)]
pub struct XLA_FFI_Rets {
    pub struct_size: usize,
    pub extension_start: *mut XLA_FFI_Extension_Base,
    pub size: i64,
    pub types: *mut i32,
    pub rets: *mut *mut c_void,
}

#[repr(C)]
pub struct XLA_FFI_Attrs {
    pub struct_size: usize,
    pub extension_start: *mut XLA_FFI_Extension_Base,
    pub size: i64,
    pub types: *mut i32,
    pub names: *mut *mut XLA_FFI_ByteSpan,
    pub attrs: *mut *mut c_void,
}

#[repr(C)]
pub struct XLA_FFI_CallFrame {
    pub struct_size: usize,
    pub extension_start: *mut XLA_FFI_Extension_Base,
    pub api: *const XLA_FFI_Api,
    pub ctx: *mut XLA_FFI_ExecutionContext,
    pub stage: XLA_FFI_ExecutionStage,
    pub args: XLA_FFI_Args,
    pub rets: XLA_FFI_Rets,
    pub attrs: XLA_FFI_Attrs,
    pub future: *mut XLA_FFI_Future,
}

/// `XLA_FFI_Handler`.
pub type XLA_FFI_Handler = unsafe extern "C" fn(*mut XLA_FFI_CallFrame) -> *mut XLA_FFI_Error;

#[repr(C)]
pub struct XLA_FFI_Metadata {
    pub struct_size: usize,
    pub api_version: XLA_FFI_Api_Version,
    pub traits: u32,
}

#[repr(C)]
pub struct XLA_FFI_Metadata_Extension {
    pub extension_base: XLA_FFI_Extension_Base,
    pub metadata: *mut XLA_FFI_Metadata,
}

/// The leading part of `XLA_FFI_Api` up to the one entry we call.
#[repr(C)]
pub struct XLA_FFI_Api {
    pub struct_size: usize,
    pub extension_start: *mut XLA_FFI_Extension_Base,
    pub api_version: XLA_FFI_Api_Version,
    pub internal_api: *const XLA_FFI_InternalApi,
    pub XLA_FFI_Error_Create: Option<XLA_FFI_Error_Create>,
}

/// `PJRT_FFI_Register_Handler_Args` (PJRT FFI extension version 3: typed handlers only, no
/// `api_version` field and no `extension_start`; the CPU plugin requires `struct_size >= 52`).
#[repr(C)]
pub struct PJRT_FFI_Register_Handler_Args {
    pub struct_size: usize,
    pub target_name: *const c_char,
    pub target_name_size: usize,
    pub handler: *mut c_void,
    pub platform_name: *const c_char,
    pub platform_name_size: usize,
    pub traits: u32,
}

impl PJRT_FFI_Register_Handler_Args {
    /// `PJRT_STRUCT_SIZE(PJRT_FFI_Register_Handler_Args, traits)`.
    pub const STRUCT_SIZE: usize =
        offset_of!(PJRT_FFI_Register_Handler_Args, traits) + size_of::<u32>();
}

pub type PJRT_FFI_Register_Handler =
    unsafe extern "C" fn(*mut PJRT_FFI_Register_Handler_Args) -> *mut PJRT_Error;

/// `PJRT_FFI_Extension`: the extension base, then three entry points; we call the third.
#[repr(C)]
pub struct PJRT_FFI_Extension {
    pub struct_size: usize,
    pub r#type: i32,
    pub next: *mut PJRT_Extension_Base,
    pub type_register: Option<unsafe extern "C" fn()>,
    pub user_data_add: Option<unsafe extern "C" fn()>,
    pub register_handler: Option<PJRT_FFI_Register_Handler>,
}

impl PJRT_FFI_Extension {
    /// The extension's size up to and including `register_handler`.
    pub const STRUCT_SIZE: usize = offset_of!(PJRT_FFI_Extension, register_handler)
        + size_of::<Option<PJRT_FFI_Register_Handler>>();
}

/// Offsets of the XLA FFI mirrors, named `Struct.field` as in C, and `Struct.STRUCT_SIZE` where the
/// header defines one. Compared with the header by `tests/pjrt/ffi_abi.rs`.
#[doc(hidden)]
pub fn xla_ffi_layout() -> Vec<(String, usize)> {
    let mut out = Vec::new();
    macro_rules! off {
        ($s:ident, $($f:ident),*) => {$(
            out.push((format!("{}.{}", stringify!($s), stringify!($f).trim_start_matches("r#")), offset_of!($s, $f)));
        )*};
    }
    off!(XLA_FFI_Extension_Base, struct_size, r#type, next);
    off!(
        XLA_FFI_Api_Version,
        extension_start,
        major_version,
        minor_version
    );
    off!(XLA_FFI_Error_Create_Args, extension_start, message, errc);
    off!(XLA_FFI_Buffer, extension_start, dtype, data, rank, dims);
    off!(XLA_FFI_ByteSpan, ptr, len);
    off!(XLA_FFI_Scalar, dtype, value);
    off!(XLA_FFI_Args, extension_start, size, types, args);
    off!(XLA_FFI_Rets, extension_start, size, types, rets);
    off!(XLA_FFI_Attrs, extension_start, size, types, names, attrs);
    off!(
        XLA_FFI_CallFrame,
        extension_start,
        api,
        ctx,
        stage,
        args,
        rets,
        attrs,
        future
    );
    off!(XLA_FFI_Metadata, api_version, traits);
    off!(XLA_FFI_Metadata_Extension, extension_base, metadata);
    off!(
        XLA_FFI_Api,
        extension_start,
        api_version,
        internal_api,
        XLA_FFI_Error_Create
    );
    let sizes = [
        ("XLA_FFI_Api_Version", size_of::<XLA_FFI_Api_Version>()),
        ("XLA_FFI_Buffer", size_of::<XLA_FFI_Buffer>()),
        ("XLA_FFI_CallFrame", size_of::<XLA_FFI_CallFrame>()),
        (
            "XLA_FFI_Error_Create_Args",
            size_of::<XLA_FFI_Error_Create_Args>(),
        ),
    ];
    for (name, size) in sizes {
        out.push((format!("{name}.sizeof"), size));
    }
    out.push((
        "XLA_FFI_ExecutionStage_EXECUTE".into(),
        XLA_FFI_ExecutionStage_EXECUTE as usize,
    ));
    out.push(("XLA_FFI_DataType_F32".into(), XLA_FFI_DataType_F32 as usize));
    out.push((
        "XLA_FFI_DataType_BF16".into(),
        XLA_FFI_DataType_BF16 as usize,
    ));
    out.push((
        "XLA_FFI_DataType_PRED".into(),
        XLA_FFI_DataType_PRED as usize,
    ));
    out.push(("XLA_FFI_DataType_F64".into(), XLA_FFI_DataType_F64 as usize));
    out.push(("XLA_FFI_DataType_S8".into(), XLA_FFI_DataType_S8 as usize));
    out.push(("XLA_FFI_DataType_S32".into(), XLA_FFI_DataType_S32 as usize));
    out.push(("XLA_FFI_DataType_S64".into(), XLA_FFI_DataType_S64 as usize));
    out.push(("XLA_FFI_DataType_U8".into(), XLA_FFI_DataType_U8 as usize));
    out.push((
        "XLA_FFI_AttrType_SCALAR".into(),
        XLA_FFI_AttrType_SCALAR as usize,
    ));
    out.push((
        "XLA_FFI_Extension_Metadata".into(),
        XLA_FFI_Extension_Metadata as usize,
    ));
    out.push(("XLA_FFI_API_MAJOR".into(), XLA_FFI_API_MAJOR as usize));
    out.push(("XLA_FFI_API_MINOR".into(), XLA_FFI_API_MINOR as usize));
    out
}
