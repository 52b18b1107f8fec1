//! The state a client shares with its buffers and executables: the plugin, the raw client and its
//! devices. Its own module so that buffers and executables hold it without depending on
//! [`super::Client`], whose methods create them.

use super::api::{pjrt_call, Plugin};
use super::sys::{self, PJRT_Client, PJRT_Device};

/// What [`super::Client`] wraps; every buffer and executable holds it alive.
pub(crate) struct ClientInner {
    pub(crate) plugin: Plugin,
    pub(crate) raw: *mut PJRT_Client,
    /// Addressable devices, owned by the client.
    pub(crate) devices: Vec<*mut PJRT_Device>,
}

// SAFETY: a PJRT client and its devices may be used from any thread (PjRtClient is thread-safe;
// JAX shares one client between threads); the pointers are only freed in Drop.
unsafe impl Send for ClientInner {}
// SAFETY: as above; no method mutates ClientInner itself.
unsafe impl Sync for ClientInner {}

impl Drop for ClientInner {
    fn drop(&mut self) {
        let mut args = sys::PJRT_Client_Destroy_Args {
            client: self.raw,
            ..Default::default()
        };
        // SAFETY: `raw` is our live client; every buffer and executable holds this inner alive,
        // so none is left. A failure cannot be reported from Drop and is dropped.
        let _ = unsafe { pjrt_call!(&self.plugin, PJRT_Client_Destroy, &mut args) };
    }
}
