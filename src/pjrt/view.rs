//! Buffers over memory another library owns (a PyTorch tensor, a NumPy array): no copy where the
//! plugin allows it.
//!
//! Three routes:
//! - read-only inputs (gradients): [`Client::view_host`], `PJRT_Client_BufferFromHostBuffer` with
//!   `kImmutableZeroCopy`. The CPU plugin aliases 64-byte-aligned dense memory instead of copying
//!   it (and copies otherwise: [`HostView::is_zero_copy`] says which happened). The runtime
//!   promises not to write to it, so such a view is only ever a kept argument.
//! - host memory updated in place (parameters): [`Client::view_host_mut`], the same call with
//!   `kMutableZeroCopy`: the runtime may write to the memory, and on the 0.81 CPU plugin a donated
//!   view is aliased by the executable's output, so the update lands in the caller's memory
//!   without a copy (tests/pjrt/pjrt_views.rs checks the address).
//! - device memory: [`Client::view_device_memory`], `PJRT_Client_CreateViewOfDeviceBuffer`, the
//!   route for a CUDA pointer on a GPU plugin. On the 0.81 CPU plugin it views host memory
//!   without a copy too, but a donated view is *not* aliased (the output is a new allocation),
//!   so the CPU interop uses `view_host_mut` for memory it updates.

use std::ffi::c_void;
use std::marker::PhantomData;
use std::ops::Deref;

use super::api::pjrt_call;
use super::buffer::{self, Buffer};
use super::client::Client;
use super::sys::{self, PJRT_Event};
use crate::types::{Error, Result, TensorType};

/// A read-only buffer over host memory borrowed for `'a` (see [`Client::view_host`]). Derefs to
/// [`Buffer`] for use as a kept argument; it cannot be donated.
pub struct HostView<'a> {
    buffer: Option<Buffer>,
    /// `done_with_host_buffer`: fires once the runtime no longer reads the memory.
    done: *mut PJRT_Event,
    zero_copy: bool,
    _data: PhantomData<&'a [u8]>,
}

impl HostView<'_> {
    /// Whether the plugin aliased the memory (true) or copied it (false: e.g. unaligned data).
    pub fn is_zero_copy(&self) -> bool {
        self.zero_copy
    }
}

impl Deref for HostView<'_> {
    type Target = Buffer;

    fn deref(&self) -> &Buffer {
        // `buffer` is only taken in Drop.
        self.buffer.as_ref().unwrap_or_else(|| unreachable!())
    }
}

impl Drop for HostView<'_> {
    fn drop(&mut self) {
        // Destroy the buffer first: with zero-copy semantics the runtime signals
        // `done_with_host_buffer` only once the buffer is gone and no computation reads the memory.
        let client = self.buffer.as_ref().map(|b| b.client().clone());
        drop(self.buffer.take());
        if let Some(client) = client {
            // SAFETY: the event is ours, awaited and destroyed once, here. Waiting (rather than
            // just destroying it) is what makes ending the borrow of the memory sound. A failure
            // cannot be reported from Drop and is dropped.
            let _ = unsafe {
                client
                    .plugin
                    .await_event(self.done, "PJRT_Client_BufferFromHostBuffer")
            };
        }
    }
}

/// A writable buffer over host memory (see [`Client::view_host_mut`]). Take the buffer out with
/// [`MutHostView::take`] to donate it; dropping the view waits until the runtime no longer uses
/// the memory (every buffer aliasing it has been dropped).
pub struct MutHostView {
    buffer: Option<Buffer>,
    client: std::sync::Arc<super::handle::ClientInner>,
    done: *mut PJRT_Event,
    zero_copy: bool,
}

impl MutHostView {
    /// Whether the plugin aliased the memory (true) or copied it (false: e.g. unaligned data).
    pub fn is_zero_copy(&self) -> bool {
        self.zero_copy
    }

    /// The buffer, for [`crate::pjrt::Arg::Donate`] or an optimizer slot; `None` once taken.
    pub fn take(&mut self) -> Option<Buffer> {
        self.buffer.take()
    }
}

impl Drop for MutHostView {
    fn drop(&mut self) {
        drop(self.buffer.take());
        // SAFETY: the event is ours, awaited and destroyed once, here; it fires once no buffer
        // uses the memory any more. A failure cannot be reported from Drop and is dropped.
        let _ = unsafe {
            self.client
                .plugin
                .await_event(self.done, "PJRT_Client_BufferFromHostBuffer")
        };
    }
}

impl Client {
    /// A read-only buffer over `data` (dense, row-major, of type `ty`) on device 0, without a
    /// copy when the plugin can alias it (`kImmutableZeroCopy`; the CPU plugin needs the usual
    /// allocator alignment, which PyTorch's and Rust's allocators give). The borrow keeps `data`
    /// alive and unchanged for as long as the view exists.
    pub fn view_host<'a>(&self, data: &'a [u8], ty: &TensorType) -> Result<HostView<'a>> {
        let plugin = &self.inner.plugin;
        let device = self.device_ptr(0)?;
        let dims = buffer::dims_i64(&ty.shape)?;
        check_len("Client::view_host", ty, data.len())?;
        let mut args = sys::PJRT_Client_BufferFromHostBuffer_Args {
            client: self.inner.raw,
            data: data.as_ptr().cast(),
            r#type: buffer::pjrt_type(ty.dtype),
            dims: dims.as_ptr(),
            num_dims: dims.len(),
            host_buffer_semantics: sys::PJRT_HostBufferSemantics_kImmutableZeroCopy,
            device,
            ..Default::default()
        };
        // SAFETY: `args` is valid; the dims outlive the call; `data` is `size_bytes` long and
        // borrowed (alive, unmutated) for `'a`, which the returned view cannot outlive, and the
        // view's Drop waits for `done_with_host_buffer` before the borrow ends.
        unsafe { pjrt_call!(plugin, PJRT_Client_BufferFromHostBuffer, &mut args) }?;
        let mut view = HostView {
            buffer: None,
            done: args.done_with_host_buffer,
            zero_copy: false,
            _data: PhantomData,
        };
        // From here a failure drops `view`, which destroys the buffer and awaits the event.
        let buffer = Buffer::from_raw(
            self.inner.clone(),
            args.buffer,
            "PJRT_Client_BufferFromHostBuffer",
        );
        if buffer.is_err() {
            // No buffer came back: the event (if any) is still ours to destroy.
            // SAFETY: the event is ours, awaited and destroyed once; `view.done` is cleared.
            let _ = unsafe { plugin.await_event(view.done, "PJRT_Client_BufferFromHostBuffer") };
            view.done = std::ptr::null_mut();
        }
        view.buffer = Some(buffer?);
        view.expect_type(ty, "Client::view_host", "the viewed buffer")?;
        // Only compared, never dereferenced; a plugin without the entry point counts as a copy.
        view.zero_copy = view
            .unsafe_pointer()
            .is_ok_and(|p| p == data.as_ptr() as usize);
        Ok(view)
    }

    /// A writable buffer on device 0 over `ptr` (dense, row-major, of type `ty`), without a copy
    /// when the plugin can alias it (`kMutableZeroCopy`; the CPU plugin needs 64-byte alignment
    /// and copies otherwise). Donated to an executable whose output aliases that argument, the
    /// output is written into `ptr`'s memory.
    ///
    /// # Safety
    /// `ptr` points at `ty.size_bytes()` bytes of host memory that stay valid, and that nobody
    /// else reads or writes, until the returned view is dropped (its Drop waits until no buffer
    /// aliasing the memory is left, so drop those first).
    pub unsafe fn view_host_mut(&self, ptr: *mut u8, ty: &TensorType) -> Result<MutHostView> {
        let plugin = &self.inner.plugin;
        let device = self.device_ptr(0)?;
        let dims = buffer::dims_i64(&ty.shape)?;
        let mut args = sys::PJRT_Client_BufferFromHostBuffer_Args {
            client: self.inner.raw,
            data: ptr.cast_const().cast(),
            r#type: buffer::pjrt_type(ty.dtype),
            dims: dims.as_ptr(),
            num_dims: dims.len(),
            host_buffer_semantics: sys::PJRT_HostBufferSemantics_kMutableZeroCopy,
            device,
            ..Default::default()
        };
        // SAFETY: `args` is valid and the dims outlive the call; the memory contract is the
        // caller's (above), and the view's Drop waits for `done_with_host_buffer`.
        unsafe { pjrt_call!(plugin, PJRT_Client_BufferFromHostBuffer, &mut args) }?;
        let mut view = MutHostView {
            buffer: None,
            client: self.inner.clone(),
            done: args.done_with_host_buffer,
            zero_copy: false,
        };
        view.buffer = Some(Buffer::from_raw(
            self.inner.clone(),
            args.buffer,
            "PJRT_Client_BufferFromHostBuffer",
        )?);
        let buffer = view.buffer.as_ref().unwrap_or_else(|| unreachable!());
        buffer.expect_type(ty, "Client::view_host_mut", "the viewed buffer")?;
        view.zero_copy = buffer.unsafe_pointer().is_ok_and(|p| p == ptr as usize);
        Ok(view)
    }

    /// A buffer on addressable device `device` that is a non-owned view of `ptr`
    /// (`PJRT_Client_CreateViewOfDeviceBuffer`): nothing is copied, and when the buffer is donated
    /// to an executable, the runtime may write into the memory (the 0.81 CPU plugin does not: it
    /// gives the output a new allocation, see the module docs).
    ///
    /// # Safety
    /// - `ptr` points at `ty.size_bytes()` bytes of dense row-major memory of `device`, aligned as
    ///   the plugin requires (it returns an error otherwise).
    /// - That memory stays valid, and nobody else reads or writes it, until this buffer and every
    ///   buffer aliasing it (the outputs of executions it was donated to) are dropped and their
    ///   computations complete ([`crate::pjrt::Executable::execute`] waits for completion).
    /// - On a GPU plugin, the work that produced the memory must be complete, or ordered before
    ///   the runtime's stream (e.g. synchronise PyTorch's current CUDA stream first), and whoever
    ///   uses the memory afterwards must wait for the results (await the outputs).
    pub unsafe fn view_device_memory(
        &self,
        ptr: *mut c_void,
        ty: &TensorType,
        device: usize,
    ) -> Result<Buffer> {
        let device_ptr = self.device_ptr(device)?;
        let dims = buffer::dims_i64(&ty.shape)?;
        let mut args = sys::PJRT_Client_CreateViewOfDeviceBuffer_Args {
            client: self.inner.raw,
            device_buffer_ptr: ptr,
            dims: dims.as_ptr(),
            num_dims: dims.len(),
            element_type: buffer::pjrt_type(ty.dtype),
            device: device_ptr,
            // The 0.81 CPU plugin calls this unconditionally (a null one aborts the process
            // with std::bad_function_call), so a no-op is always given.
            on_delete_callback: Some(view_released),
            ..Default::default()
        };
        // SAFETY: `args` is valid and the dims outlive the call; the memory contract is the
        // caller's (above). The callback ignores its arguments; no stream is given.
        unsafe {
            pjrt_call!(
                &self.inner.plugin,
                PJRT_Client_CreateViewOfDeviceBuffer,
                &mut args
            )
        }?;
        let buffer = Buffer::from_raw(
            self.inner.clone(),
            args.buffer,
            "PJRT_Client_CreateViewOfDeviceBuffer",
        )?;
        buffer.expect_type(ty, "Client::view_device_memory", "the viewed buffer")?;
        Ok(buffer)
    }

    fn device_ptr(&self, device: usize) -> Result<*mut sys::PJRT_Device> {
        self.inner.devices.get(device).copied().ok_or_else(|| {
            Error::Config(format!(
                "device {device} does not exist: the client has {} addressable devices",
                self.inner.devices.len()
            ))
        })
    }
}

/// The `on_delete_callback` of our views: the memory belongs to the caller, nothing to free.
unsafe extern "C" fn view_released(_device_buffer_ptr: *mut c_void, _user_arg: *mut c_void) {}

fn check_len(op: &str, ty: &TensorType, len: usize) -> Result<()> {
    if len != ty.size_bytes() {
        return Err(Error::shape(
            op,
            format!("{ty} needs {} bytes, the memory has {len}", ty.size_bytes()),
        ));
    }
    Ok(())
}
