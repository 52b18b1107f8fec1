//! One row of a stacked buffer as a buffer of its own, sharing the memory: how a shape group that
//! keeps its members stacked (`[n, ...]`) hands out each member without a copy.

use std::sync::Arc;

use super::api::pjrt_call;
use super::buffer::Buffer;
use super::sys;
use crate::types::{Error, Result, TensorType};

/// Rows must start at this alignment: XLA's CPU kernels assume 64-byte-aligned arguments.
pub const ROW_ALIGN: usize = 64;

impl Buffer {
    /// Row `index` along the leading axis (type: the shape without that axis), viewing this
    /// buffer's memory without a copy (`PJRT_Client_CreateViewOfDeviceBuffer`) and keeping this
    /// buffer alive for as long as the row exists. Fails when the row does not start at a
    /// [`ROW_ALIGN`]-byte boundary.
    ///
    /// Memory a row views cannot be donated while the row lives (donation takes the
    /// [`Buffer`] out of its `Arc`), so the row's contents stay what they were.
    pub fn row(self: &Arc<Self>, index: usize) -> Result<Buffer> {
        let mut row = self.rows_in(index..index + 1)?;
        Ok(row
            .pop()
            .unwrap_or_else(|| unreachable!("one row was asked for")))
    }

    /// Every row along the leading axis, as [`Buffer::row`] gives each (the address and the
    /// device are queried once).
    pub fn rows(self: &Arc<Self>) -> Result<Vec<Buffer>> {
        let n = self.ty().shape.first().copied().unwrap_or(0);
        self.rows_in(0..n)
    }

    fn rows_in(self: &Arc<Self>, range: std::ops::Range<usize>) -> Result<Vec<Buffer>> {
        let ty = self.ty();
        let Some((&n, rest)) = ty.shape.split_first() else {
            return Err(Error::shape(
                "Buffer::row",
                format!("a scalar {ty} has no rows"),
            ));
        };
        if range.end > n {
            return Err(Error::shape(
                "Buffer::row",
                format!("row {} of {ty} does not exist (it has {n})", range.end - 1),
            ));
        }
        let row_ty = TensorType::new(ty.dtype, rest.to_vec());
        let base = self.unsafe_pointer()?;
        let device = self.device_index()?;
        let client = super::Client {
            inner: self.client().clone(),
        };
        let mut rows = Vec::with_capacity(range.len());
        for index in range {
            let start = base + index * row_ty.size_bytes();
            if start % ROW_ALIGN != 0 {
                return Err(Error::Config(format!(
                    "row {index} of {ty} starts at an address that is not {ROW_ALIGN}-byte \
                     aligned; rows of {row_ty} need a size that is a multiple of {ROW_ALIGN} bytes"
                )));
            }
            // SAFETY: `start` is inside this buffer's live memory, on `device`, dense row-major
            // (the default layout of our buffers), and `row_ty.size_bytes()` long (index < n),
            // aligned as checked above. The row holds `self` alive through `owner`, and while it
            // does nobody can donate `self` (that needs the Buffer out of its Arc), so the memory
            // stays valid and unwritten by executables; `self`'s computations are complete
            // (execute waits for them).
            let mut row = unsafe { client.view_device_memory(start as *mut _, &row_ty, device) }?;
            row.owner = Some(self.clone());
            rows.push(row);
        }
        Ok(rows)
    }

    /// The index of this buffer's device among its client's addressable devices.
    fn device_index(&self) -> Result<usize> {
        let mut args = sys::PJRT_Buffer_Device_Args {
            buffer: self.raw(),
            ..Default::default()
        };
        // SAFETY: `args` is valid for our live buffer; the device is owned by the client.
        unsafe { pjrt_call!(&self.client().plugin, PJRT_Buffer_Device, &mut args) }?;
        self.client()
            .devices
            .iter()
            .position(|&d| d == args.device)
            .ok_or_else(|| {
                Error::Config(format!(
                    "{} lives on a device its client does not address",
                    self.ty()
                ))
            })
    }
}
