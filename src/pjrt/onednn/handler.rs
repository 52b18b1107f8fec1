//! The typed XLA FFI handler behind [`crate::emit::GEMM_TARGET`]: reads the call frame, runs the
//! product through oneDNN, and reports every problem as an XLA FFI error (never a panic across C).
#![allow(non_upper_case_globals)]

use std::ffi::{c_void, CString};

use super::matmul::MatmulShape;
use super::{library, matmuls};
use crate::pjrt::sys::xla_ffi::*;

/// Bumped whenever the handler's behaviour changes: it is part of the executable cache key of
/// every program that calls it.
pub const HANDLER_VERSION: u32 = 4;

/// The handler XLA calls: once with the metadata extension at registration, then at execution.
///
/// # Safety
/// Called by XLA with a valid call frame for the lifetime of the call.
pub unsafe extern "C" fn matmul_handler(frame: *mut XLA_FFI_CallFrame) -> *mut XLA_FFI_Error {
    // SAFETY: XLA passes a valid frame (or null, handled inside).
    let result = std::panic::catch_unwind(|| unsafe { handle(frame) }).unwrap_or_else(|_| {
        Err((
            XLA_FFI_Error_Code_INTERNAL,
            "the oneDNN matmul handler panicked".into(),
        ))
    });
    match result {
        Ok(()) => std::ptr::null_mut(),
        // SAFETY: `frame` is valid (checked non-null inside `handle` before any error but the
        // null one, for which `error` returns null).
        Err((code, msg)) => unsafe { error(frame, code, &msg) },
    }
}

type Failure = (XLA_FFI_Error_Code, String);

fn invalid(msg: impl Into<String>) -> Failure {
    (XLA_FFI_Error_Code_INVALID_ARGUMENT, msg.into())
}

/// # Safety
/// `frame` is null or a valid call frame.
unsafe fn handle(frame: *mut XLA_FFI_CallFrame) -> Result<(), Failure> {
    // SAFETY: the caller's contract.
    let Some(frame) = (unsafe { frame.as_ref() }) else {
        return Err(invalid("null call frame"));
    };
    // Registration: XLA asks which FFI version the handler was written against.
    // SAFETY: a non-null extension_start points at an extension base XLA built.
    if let Some(ext) = unsafe { frame.extension_start.as_ref() } {
        if ext.r#type == XLA_FFI_Extension_Metadata {
            let ext = frame.extension_start.cast::<XLA_FFI_Metadata_Extension>();
            // SAFETY: an extension of type Metadata is an XLA_FFI_Metadata_Extension whose
            // `metadata` XLA owns and expects us to fill.
            let meta = unsafe { (*ext).metadata };
            // We claim the framework's own minor version when it is older than our mirrors:
            // the handler reads only call-frame fields every 0.x version has (args, rets,
            // attrs, the API's Error_Create), and XLA refuses handlers newer than itself (the
            // CPU plugin of PJRT 0.81 accepts FFI 0.1 to 0.2).
            // SAFETY: a non-null api points at XLA's static function table.
            let minor = match unsafe { frame.api.as_ref() } {
                Some(api) if api.api_version.major_version == XLA_FFI_API_MAJOR => {
                    api.api_version.minor_version.min(XLA_FFI_API_MINOR)
                }
                _ => XLA_FFI_API_MINOR,
            };
            // SAFETY: XLA owns the metadata struct and expects it filled.
            if let Some(meta) = unsafe { meta.as_mut() } {
                meta.api_version = XLA_FFI_Api_Version {
                    struct_size: std::mem::size_of::<XLA_FFI_Api_Version>(),
                    extension_start: std::ptr::null_mut(),
                    major_version: XLA_FFI_API_MAJOR,
                    minor_version: minor,
                };
                meta.traits = 0;
            }
            return Ok(());
        }
    }
    // SAFETY: a non-null api points at XLA's static function table.
    let api = unsafe { frame.api.as_ref() }.ok_or_else(|| invalid("call frame without an API"))?;
    if api.api_version.major_version != XLA_FFI_API_MAJOR {
        return Err((
            XLA_FFI_Error_Code_UNIMPLEMENTED,
            format!(
                "XLA FFI API {}.{}: muon-xla's oneDNN handler mirrors {XLA_FFI_API_MAJOR}.x; \
                 compile with --cpu-gemm xla",
                api.api_version.major_version, api.api_version.minor_version
            ),
        ));
    }
    if frame.stage != XLA_FFI_ExecutionStage_EXECUTE {
        return Ok(());
    }
    if !(frame.args.size == 2 || frame.args.size == 3) || frame.rets.size != 1 {
        return Err(invalid(format!(
            "{} operands and {} results, expected 2 or 3 and 1",
            frame.args.size, frame.rets.size
        )));
    }
    // SAFETY: `args`/`rets` hold `size` entries each; every entry of type BUFFER is an
    // XLA_FFI_Buffer.
    let (lhs, rhs, addend, out) = unsafe {
        let arg = |i: usize| buffer(*frame.args.types.add(i), *frame.args.args.add(i));
        let addend = match frame.args.size {
            3 => Some(arg(2)?),
            _ => None,
        };
        (
            arg(0)?,
            arg(1)?,
            addend,
            buffer(*frame.rets.types, *frame.rets.rets)?,
        )
    };
    // SAFETY: attrs holds `size` names, types and values.
    let attr = |name: &str| unsafe { scalar(&frame.attrs, name) };
    let (ta, tb) = (
        attr("transpose_lhs")?.unwrap_or(0.0) != 0.0,
        attr("transpose_rhs")?.unwrap_or(0.0) != 0.0,
    );
    let mut shape = shape_of(&lhs, &rhs, &out, ta, tb)?;
    // The emitter's promise that the result is symmetric (`crate::emit`'s symmetry analysis,
    // from the graph's structure). Trusted: a hand-written call that claims it of a product that
    // is not symmetric gets its upper part mirrored. The target name is ours, not an API.
    shape.symmetric = attr("symmetric")?.unwrap_or(0.0) != 0.0;
    // `rounded`: the terms rounded to bf16 one by one after the product (`super::rounded`),
    // not summed by oneDNN's f32 epilogue.
    let rounded = attr("rounded")?.unwrap_or(0.0) != 0.0;
    let mut terms = None;
    if let Some(c) = &addend {
        if c.dims != out.dims || c.dtype != out.dtype {
            return Err(invalid(format!(
                "the addend {:?} (FFI dtype {}) is not of the result's type {:?} ({})",
                c.dims, c.dtype, out.dims, out.dtype
            )));
        }
        let alpha = attr("alpha")?.unwrap_or(1.0) as f32;
        let beta =
            attr("beta")?.ok_or_else(|| invalid("an addend without a `beta` attribute"))? as f32;
        match rounded {
            false => shape.epilogue = Some((alpha.to_bits(), beta.to_bits())),
            true if out.dtype == XLA_FFI_DataType_BF16 => terms = Some((c.data, alpha, beta)),
            true => return Err(invalid("a rounded sum of a result that is not bf16")),
        }
    } else if rounded {
        return Err(invalid("a rounded sum without an addend"));
    }
    let mut m = matmuls().lock().unwrap_or_else(|e| e.into_inner());
    let m = m.as_mut().ok_or_else(|| {
        (
            XLA_FFI_Error_Code_INTERNAL,
            "oneDNN is not loaded in this process".to_string(),
        )
    })?;
    let elements = out.dims.iter().product::<i64>().max(0) as usize;
    if let Some((c, ..)) = terms {
        // The product is written first: an addend inside the result would be lost.
        let bytes = 2 * elements;
        let (c, o) = (c as usize, out.data as usize);
        if c < o + bytes && o < c + bytes {
            return Err(invalid("the addend overlaps the result"));
        }
    }
    let c = addend
        .filter(|_| terms.is_none())
        .map(|c| c.data.cast_const());
    // SAFETY: XLA's buffers are dense row-major (the call's layouts say so) of the dims read
    // above, checked against the shape; the result buffer is distinct from the operands.
    unsafe { m.run(shape, lhs.data, rhs.data, c, out.data) }
        .map_err(|e| (XLA_FFI_Error_Code_INTERNAL, e))?;
    if let Some((c, alpha, beta)) = terms {
        // SAFETY: the result and the addend are distinct (checked) bf16 buffers of `elements`
        // elements (their dims, checked equal); the result is ours to write.
        let (out, c) = unsafe {
            (
                std::slice::from_raw_parts_mut(out.data.cast::<u16>(), elements),
                std::slice::from_raw_parts(c as *const u16, elements),
            )
        };
        super::rounded::rounded_sum(out, c, alpha, beta);
    }
    Ok(())
}

/// An FFI buffer's dtype, data and dims.
struct Buf {
    dtype: i32,
    data: *mut c_void,
    dims: Vec<i64>,
}

/// # Safety
/// `ptr` is an XLA_FFI_Buffer when `ty` is BUFFER.
unsafe fn buffer(ty: i32, ptr: *mut c_void) -> Result<Buf, Failure> {
    if ty != XLA_FFI_ArgType_BUFFER || ptr.is_null() {
        return Err(invalid("an operand is not a buffer"));
    }
    // SAFETY: the caller's contract.
    let b = unsafe { &*ptr.cast::<XLA_FFI_Buffer>() };
    let dims = match b.rank {
        // SAFETY: `dims` holds `rank` entries.
        r @ 0..=8 => unsafe { std::slice::from_raw_parts(b.dims, r as usize) }.to_vec(),
        r => return Err(invalid(format!("rank {r}"))),
    };
    Ok(Buf {
        dtype: b.dtype,
        data: b.data,
        dims,
    })
}

/// The scalar attribute `name` as a number (PRED, integers, f32, f64); `None` when absent.
///
/// # Safety
/// `attrs` describes `size` valid entries.
unsafe fn scalar(attrs: &XLA_FFI_Attrs, name: &str) -> Result<Option<f64>, Failure> {
    for i in 0..attrs.size.max(0) as usize {
        // SAFETY: entry `i` < size: a name span and a value of the given type.
        let (n, ty, value) = unsafe {
            (
                &**attrs.names.add(i),
                *attrs.types.add(i),
                *attrs.attrs.add(i),
            )
        };
        // SAFETY: the span points at `len` bytes of the attribute's name.
        let bytes = unsafe { std::slice::from_raw_parts(n.ptr.cast::<u8>(), n.len) };
        if bytes != name.as_bytes() {
            continue;
        }
        if ty != XLA_FFI_AttrType_SCALAR {
            return Err(invalid(format!("attribute {name} is not a scalar")));
        }
        // SAFETY: a SCALAR attribute is an XLA_FFI_Scalar whose value has its dtype.
        let s = unsafe { &*value.cast::<XLA_FFI_Scalar>() };
        // SAFETY: as above, read with the dtype's width.
        let v = unsafe {
            match s.dtype {
                XLA_FFI_DataType_PRED | XLA_FFI_DataType_U8 => *s.value.cast::<u8>() as f64,
                XLA_FFI_DataType_S8 => *s.value.cast::<i8>() as f64,
                XLA_FFI_DataType_S32 => *s.value.cast::<i32>() as f64,
                XLA_FFI_DataType_S64 => *s.value.cast::<i64>() as f64,
                XLA_FFI_DataType_F32 => *s.value.cast::<f32>() as f64,
                XLA_FFI_DataType_F64 => *s.value.cast::<f64>(),
                d => return Err(invalid(format!("attribute {name} has FFI dtype {d}"))),
            }
        };
        return Ok(Some(v));
    }
    Ok(None)
}

fn dnnl_dtype(ffi: i32) -> Result<i32, Failure> {
    match ffi {
        XLA_FFI_DataType_F32 => Ok(library::DT_F32),
        XLA_FFI_DataType_BF16 => Ok(library::DT_BF16),
        d => Err(invalid(format!(
            "FFI dtype {d}: only f32 and bf16 products are handled"
        ))),
    }
}

/// The product's shape from the three buffers, every dim checked against the others.
fn shape_of(l: &Buf, r: &Buf, o: &Buf, ta: bool, tb: bool) -> Result<MatmulShape, Failure> {
    let rank = l.dims.len();
    if !(rank == 2 || rank == 3) || r.dims.len() != rank || o.dims.len() != rank {
        return Err(invalid(format!(
            "ranks {:?} {:?} {:?}",
            l.dims, r.dims, o.dims
        )));
    }
    if l.dtype != r.dtype {
        return Err(invalid("operands of different dtypes"));
    }
    let d = rank - 2;
    let (m, k) = match ta {
        false => (l.dims[d], l.dims[d + 1]),
        true => (l.dims[d + 1], l.dims[d]),
    };
    let (k2, n) = match tb {
        false => (r.dims[d], r.dims[d + 1]),
        true => (r.dims[d + 1], r.dims[d]),
    };
    let batch = (rank == 3).then(|| l.dims[0]);
    let same_batch = rank == 2 || (r.dims[0] == l.dims[0] && o.dims[0] == l.dims[0]);
    if k != k2 || o.dims[d] != m || o.dims[d + 1] != n || !same_batch {
        return Err(invalid(format!(
            "shapes {:?} x {:?} -> {:?} (transposed: {ta}, {tb}) do not multiply",
            l.dims, r.dims, o.dims
        )));
    }
    Ok(MatmulShape {
        batch,
        m,
        n,
        k,
        transpose_lhs: ta,
        transpose_rhs: tb,
        input: dnnl_dtype(l.dtype)?,
        output: dnnl_dtype(o.dtype)?,
        epilogue: None,
        symmetric: false,
    })
}

/// An XLA FFI error carrying `msg`, or null when the frame has no API to create one with.
///
/// # Safety
/// `frame` is null or valid.
unsafe fn error(
    frame: *mut XLA_FFI_CallFrame,
    code: XLA_FFI_Error_Code,
    msg: &str,
) -> *mut XLA_FFI_Error {
    // SAFETY: the caller's contract.
    let Some(api) = (unsafe { frame.as_ref().and_then(|f| f.api.as_ref()) }) else {
        return std::ptr::null_mut();
    };
    let Some(create) = api.XLA_FFI_Error_Create else {
        return std::ptr::null_mut();
    };
    let text = CString::new(format!("muon-xla oneDNN matmul: {msg}").replace('\0', " "))
        .unwrap_or_default();
    let mut args = XLA_FFI_Error_Create_Args {
        struct_size: std::mem::size_of::<XLA_FFI_Error_Create_Args>(),
        extension_start: std::ptr::null_mut(),
        message: text.as_ptr(),
        errc: code,
    };
    // SAFETY: `args` is valid; XLA copies the message into the error it returns and owns.
    unsafe { create(&mut args) }
}
