//! Device buffers and the mapping between our dtypes and `PJRT_Buffer_Type`.

use std::fmt;
use std::sync::Arc;

use super::api::pjrt_call;
use super::handle::ClientInner;
use super::sys::{self, PJRT_Buffer, PJRT_Buffer_Type};
use crate::types::{DType, Error, HostTensor, Result, TensorType};

/// The PJRT element type of a dtype.
pub(crate) fn pjrt_type(dtype: DType) -> PJRT_Buffer_Type {
    match dtype {
        DType::F32 => sys::PJRT_Buffer_Type_F32,
        DType::BF16 => sys::PJRT_Buffer_Type_BF16,
        DType::F16 => sys::PJRT_Buffer_Type_F16,
        DType::F64 => sys::PJRT_Buffer_Type_F64,
        DType::I32 => sys::PJRT_Buffer_Type_S32,
        DType::I64 => sys::PJRT_Buffer_Type_S64,
        DType::Pred => sys::PJRT_Buffer_Type_PRED,
    }
}

/// The dtype of a PJRT element type, if we support it.
pub(crate) fn dtype_of(t: PJRT_Buffer_Type) -> Option<DType> {
    DType::ALL.into_iter().find(|&d| pjrt_type(d) == t)
}

/// Dimensions as the `int64_t`s PJRT takes.
pub(crate) fn dims_i64(shape: &[usize]) -> Result<Vec<i64>> {
    shape
        .iter()
        .map(|&d| {
            i64::try_from(d).map_err(|_| {
                Error::shape(
                    "PJRT buffer",
                    format!("dimension {d} does not fit in int64"),
                )
            })
        })
        .collect()
}

/// An array in device memory. Holds its client alive; destroyed on drop.
pub struct Buffer {
    client: Arc<ClientInner>,
    raw: *mut PJRT_Buffer,
    ty: TensorType,
    /// The buffer whose memory this one views (see [`Buffer::row`]), kept alive until this one
    /// is destroyed: `Drop` destroys `raw` before the fields are dropped.
    pub(super) owner: Option<Arc<Buffer>>,
}

// SAFETY: PJRT buffers may be read, used as arguments and destroyed from any thread (PjRtBuffer is
// thread-safe; JAX shares arrays between threads). `raw` is only freed in Drop.
unsafe impl Send for Buffer {}
// SAFETY: as above; `&Buffer` only allows reading the buffer or passing it as a kept argument.
unsafe impl Sync for Buffer {}

impl Drop for Buffer {
    fn drop(&mut self) {
        let mut args = sys::PJRT_Buffer_Destroy_Args {
            buffer: self.raw,
            ..Default::default()
        };
        // SAFETY: `raw` is a live buffer owned by this handle and destroyed exactly here (also when
        // it was donated: the handle stays valid until destroyed). A failure cannot be reported
        // from Drop and is dropped.
        let _ = unsafe { pjrt_call!(&self.client.plugin, PJRT_Buffer_Destroy, &mut args) };
    }
}

impl Buffer {
    /// Takes ownership of `raw` (returned by `function`) and queries its type. `raw` is destroyed
    /// on failure.
    pub(crate) fn from_raw(
        client: Arc<ClientInner>,
        raw: *mut PJRT_Buffer,
        function: &'static str,
    ) -> Result<Buffer> {
        if raw.is_null() {
            return Err(Error::Pjrt {
                function,
                code: "INTERNAL".to_string(),
                msg: "the plugin returned a null buffer".to_string(),
            });
        }
        let mut buffer = Buffer {
            client,
            raw,
            ty: TensorType::scalar(DType::F32),
            owner: None,
        };
        buffer.ty = buffer.query_type()?;
        Ok(buffer)
    }

    fn query_type(&self) -> Result<TensorType> {
        let plugin = &self.client.plugin;
        let mut args = sys::PJRT_Buffer_ElementType_Args {
            buffer: self.raw,
            ..Default::default()
        };
        // SAFETY: `args` is valid for our live buffer.
        unsafe { pjrt_call!(plugin, PJRT_Buffer_ElementType, &mut args) }?;
        let dtype = dtype_of(args.r#type).ok_or_else(|| {
            Error::dtype(
                "PJRT buffer",
                format!(
                    "element type {} (PJRT_Buffer_Type) is not supported",
                    args.r#type
                ),
            )
        })?;
        let mut args = sys::PJRT_Buffer_Dimensions_Args {
            buffer: self.raw,
            ..Default::default()
        };
        // SAFETY: `args` is valid for our live buffer.
        unsafe { pjrt_call!(plugin, PJRT_Buffer_Dimensions, &mut args) }?;
        let dims: &[i64] = if args.dims.is_null() || args.num_dims == 0 {
            &[]
        } else {
            // SAFETY: the buffer owns `num_dims` dimensions and is alive while we copy them.
            unsafe { std::slice::from_raw_parts(args.dims, args.num_dims) }
        };
        let shape = dims
            .iter()
            .map(|&d| {
                usize::try_from(d)
                    .map_err(|_| Error::shape("PJRT buffer", format!("negative dimension {d}")))
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(TensorType::new(dtype, shape))
    }

    /// Fails when this buffer is not of type `expected`; `what` names it in the message.
    pub(crate) fn expect_type(&self, expected: &TensorType, op: &str, what: &str) -> Result<()> {
        if self.ty.dtype != expected.dtype {
            return Err(Error::dtype(
                op,
                format!("{what}: expected {expected}, got {}", self.ty),
            ));
        }
        if self.ty.shape != expected.shape {
            return Err(Error::shape(
                op,
                format!("{what}: expected {expected}, got {}", self.ty),
            ));
        }
        Ok(())
    }

    pub(crate) fn raw(&self) -> *mut PJRT_Buffer {
        self.raw
    }

    pub(crate) fn client(&self) -> &Arc<ClientInner> {
        &self.client
    }

    /// Dtype and shape (as reported by PJRT when the buffer was created).
    pub fn ty(&self) -> &TensorType {
        &self.ty
    }

    /// Waits until the buffer's contents are computed.
    pub(crate) fn await_ready(&self) -> Result<()> {
        let plugin = &self.client.plugin;
        let mut args = sys::PJRT_Buffer_ReadyEvent_Args {
            buffer: self.raw,
            ..Default::default()
        };
        // SAFETY: `args` is valid for our live buffer.
        unsafe { pjrt_call!(plugin, PJRT_Buffer_ReadyEvent, &mut args) }?;
        // SAFETY: the returned event is ours to await and destroy, once.
        unsafe { plugin.await_event(args.event, "PJRT_Buffer_ReadyEvent") }
    }

    /// Copies the buffer to host memory (dense, row-major); waits for the copy.
    pub fn to_host(&self) -> Result<HostTensor> {
        let mut bytes = vec![0u8; self.ty.size_bytes()];
        self.copy_to_slice(&mut bytes)?;
        HostTensor::from_bytes(self.ty.clone(), bytes)
    }

    /// Copies the buffer into `dst` (dense, row-major; exactly [`TensorType::size_bytes`] long)
    /// with one `PJRT_Buffer_ToHostBuffer`: the destination may be memory another library owns,
    /// e.g. a PyTorch tensor's storage. Waits for the copy.
    pub fn copy_to_slice(&self, dst: &mut [u8]) -> Result<()> {
        let plugin = &self.client.plugin;
        let rank = self.ty.rank();
        // Ask for the dense row-major layout explicitly rather than the device's layout.
        let minor_to_major: Vec<i64> = (0..rank as i64).rev().collect();
        let mut layout = sys::PJRT_Buffer_MemoryLayout {
            tiled: sys::PJRT_Buffer_MemoryLayout_Tiled {
                minor_to_major: minor_to_major.as_ptr(),
                minor_to_major_size: minor_to_major.len(),
                ..Default::default()
            },
            r#type: sys::PJRT_Buffer_MemoryLayout_Type_Tiled,
            ..Default::default()
        };

        let mut args = sys::PJRT_Buffer_ToHostBuffer_Args {
            src: self.raw,
            host_layout: &mut layout,
            ..Default::default()
        };
        // First call: size query (dst = null).
        // SAFETY: `args` is valid for our live buffer; `layout` and its dims outlive the call.
        unsafe { pjrt_call!(plugin, PJRT_Buffer_ToHostBuffer, &mut args) }?;
        // SAFETY: a size query returns no event, but if one came back it is ours to destroy.
        unsafe { plugin.await_event(args.event, "PJRT_Buffer_ToHostBuffer") }?;
        let expected = self.ty.size_bytes();
        if args.dst_size != expected {
            return Err(Error::shape(
                "Buffer::to_host",
                format!(
                    "{} needs {expected} bytes, PJRT reports {}",
                    self.ty, args.dst_size
                ),
            ));
        }
        if dst.len() != expected {
            return Err(Error::shape(
                "Buffer::copy_to_slice",
                format!(
                    "{} needs {expected} bytes, the destination has {}",
                    self.ty,
                    dst.len()
                ),
            ));
        }
        let mut args = sys::PJRT_Buffer_ToHostBuffer_Args {
            src: self.raw,
            host_layout: &mut layout,
            dst: dst.as_mut_ptr().cast(),
            dst_size: dst.len(),
            ..Default::default()
        };
        // SAFETY: `dst` points at `dst_size` writable bytes, exclusively borrowed until the
        // completion event has been awaited below.
        unsafe { pjrt_call!(plugin, PJRT_Buffer_ToHostBuffer, &mut args) }?;
        // SAFETY: the event is ours to await and destroy, once.
        unsafe { plugin.await_event(args.event, "PJRT_Buffer_ToHostBuffer") }
    }

    /// The address of the buffer's memory as the plugin reports it (`PJRT_Buffer_UnsafePointer`):
    /// on the CPU plugin a host address, on GPU plugins a device address. Only for comparing
    /// addresses (e.g. to see whether a view was aliased in place), never for dereferencing.
    pub fn unsafe_pointer(&self) -> Result<usize> {
        let mut args = sys::PJRT_Buffer_UnsafePointer_Args {
            buffer: self.raw,
            ..Default::default()
        };
        // SAFETY: `args` is valid for our live buffer.
        unsafe { pjrt_call!(&self.client.plugin, PJRT_Buffer_UnsafePointer, &mut args) }?;
        Ok(args.buffer_pointer)
    }
}

impl fmt::Debug for Buffer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Buffer({})", self.ty)
    }
}
