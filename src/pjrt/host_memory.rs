//! Buffers whose memory is host memory (the CPU plugin's): read and filled in place, without the
//! copy a download or an upload makes. The step writes its results to the file straight from the
//! buffers, and builds its stacked parameters in the buffer that keeps them.

use super::api::pjrt_call;
use super::buffer::{self, Buffer};
use super::client::Client;
use super::sys;
use crate::types::{Result, TensorType};

impl Buffer {
    /// The buffer's bytes in place, without a copy, where its memory is host memory in the dense
    /// row-major layout (the CPU plugin's buffers): `None` on other devices (use
    /// [`Buffer::to_host`]). Waits until the contents are computed. The slice borrows the buffer,
    /// so the memory cannot be freed or donated while it is read.
    pub fn host_bytes(&self) -> Result<Option<&[u8]>> {
        let Some(ptr) = self.host_address()? else {
            return Ok(None);
        };
        let len = self.ty().size_bytes();
        if len == 0 {
            return Ok(Some(&[]));
        }
        // SAFETY: `host_address` checked that the buffer lives in host memory, dense and `len`
        // bytes long from `ptr`, and that its computation is complete. The slice borrows `self`,
        // so the buffer (and the memory) outlives it, and a borrowed buffer cannot be donated to
        // an execution that would write it.
        Ok(Some(unsafe {
            std::slice::from_raw_parts(ptr as *const u8, len)
        }))
    }

    /// The address of the buffer's dense row-major bytes in host memory, its contents computed;
    /// `None` where the memory is not host memory laid out so (other devices, padded or tiled
    /// layouts) or its address is unknown.
    pub(crate) fn host_address(&self) -> Result<Option<usize>> {
        let plugin = &self.client().plugin;
        let mut on_cpu = sys::PJRT_Buffer_IsOnCpu_Args {
            buffer: self.raw(),
            ..Default::default()
        };
        // SAFETY: `on_cpu` is valid for our live buffer.
        unsafe { pjrt_call!(plugin, PJRT_Buffer_IsOnCpu, &mut on_cpu) }?;
        if !on_cpu.is_on_cpu {
            return Ok(None);
        }
        let mut size = sys::PJRT_Buffer_OnDeviceSizeInBytes_Args {
            buffer: self.raw(),
            ..Default::default()
        };
        // SAFETY: `size` is valid for our live buffer.
        unsafe { pjrt_call!(plugin, PJRT_Buffer_OnDeviceSizeInBytes, &mut size) }?;
        // Padded or tiled storage is not the dense bytes a file holds.
        if size.on_device_size_in_bytes != self.ty().size_bytes() || !self.has_dense_layout() {
            return Ok(None);
        }
        self.await_ready()?;
        let ptr = self.unsafe_pointer()?;
        Ok((ptr != 0 || self.ty().size_bytes() == 0).then_some(ptr))
    }

    /// Whether the buffer's memory is laid out dense and row-major (untiled, minor-to-major
    /// `rank-1, ..., 0`); a plugin that cannot say counts as not.
    fn has_dense_layout(&self) -> bool {
        let mut args = sys::PJRT_Buffer_GetMemoryLayout_Args {
            buffer: self.raw(),
            ..Default::default()
        };
        // SAFETY: `args` is valid for our live buffer; the layout it returns is owned by the
        // buffer and read only while the buffer lives.
        if unsafe {
            pjrt_call!(
                &self.client().plugin,
                PJRT_Buffer_GetMemoryLayout,
                &mut args
            )
        }
        .is_err()
        {
            return false;
        }
        let tiled = &args.layout.tiled;
        let rank = self.ty().rank();
        if args.layout.r#type != sys::PJRT_Buffer_MemoryLayout_Type_Tiled
            || tiled.num_tiles != 0
            || tiled.minor_to_major_size != rank
        {
            return false;
        }
        if rank == 0 {
            return true;
        }
        if tiled.minor_to_major.is_null() {
            return false;
        }
        // SAFETY: the plugin gives `minor_to_major_size` (= rank) entries, owned by the buffer.
        let order = unsafe { std::slice::from_raw_parts(tiled.minor_to_major, rank) };
        order.iter().rev().enumerate().all(|(k, &d)| d == k as i64)
    }
}

impl Client {
    /// A new buffer of type `ty` on device `device` whose bytes `fill` writes (dense,
    /// row-major). On a CPU client, whose buffers are host memory, `fill` writes into the buffer
    /// itself (`PJRT_Client_CreateUninitializedBuffer`); elsewhere (or where the plugin cannot
    /// make one) into a host staging copy that is then uploaded.
    pub fn filled_buffer(
        &self,
        ty: &TensorType,
        device: usize,
        fill: impl FnOnce(&mut [u8]) -> Result<()>,
    ) -> Result<Buffer> {
        // Only a CPU client's buffer can be filled in place: elsewhere it would be allocated
        // on the device just to be dropped.
        let in_place = if self.is_cpu()? {
            self.uninitialized(ty, device)
        } else {
            None
        };
        if let Some(buffer) = in_place {
            if let Some(ptr) = buffer.host_address()? {
                let len = ty.size_bytes();
                if len > 0 {
                    // SAFETY: `host_address` checked that the buffer's `len` dense bytes live
                    // in host memory at `ptr`; the buffer is new and ours alone (no computation
                    // reads or writes it), and it outlives the slice, used only inside `fill`.
                    let bytes = unsafe { std::slice::from_raw_parts_mut(ptr as *mut u8, len) };
                    fill(bytes)?;
                }
                return Ok(buffer);
            }
        }
        let mut bytes = vec![0u8; ty.size_bytes()];
        fill(&mut bytes)?;
        self.upload_bytes(&bytes, ty, device)
    }

    /// An uninitialized buffer, or `None` where the plugin cannot make one (an older plugin).
    fn uninitialized(&self, ty: &TensorType, device: usize) -> Option<Buffer> {
        let device_ptr = *self.inner.devices.get(device)?;
        let dims = buffer::dims_i64(&ty.shape).ok()?;
        let mut args = sys::PJRT_Client_CreateUninitializedBuffer_Args {
            client: self.inner.raw,
            shape_dims: dims.as_ptr(),
            shape_num_dims: dims.len(),
            shape_element_type: buffer::pjrt_type(ty.dtype),
            device: device_ptr,
            ..Default::default()
        };
        // SAFETY: `args` is valid for a live client; the dims outlive the call; no layout is
        // given (the default, dense row-major, checked again by `host_address`).
        unsafe {
            pjrt_call!(
                &self.inner.plugin,
                PJRT_Client_CreateUninitializedBuffer,
                &mut args
            )
        }
        .ok()?;
        let buffer = Buffer::from_raw(
            self.inner.clone(),
            args.buffer,
            "PJRT_Client_CreateUninitializedBuffer",
        )
        .ok()?;
        (buffer.ty() == ty).then_some(buffer)
    }
}
