//! Compiled executables: argument checking, donation, execution, serialization.

use std::fmt;
use std::sync::Arc;

use super::api::pjrt_call;
use super::buffer::Buffer;
use super::handle::ClientInner;
use super::sys::{self, PJRT_Event, PJRT_Executable, PJRT_LoadedExecutable};
use crate::types::{Error, Result, Signature};

/// An argument of [`Executable::execute`].
pub enum Arg<'a> {
    /// Used as input and left intact, even at a donatable position (PJRT copies instead).
    Keep(&'a Buffer),
    /// Given to the executable: at a donatable position its memory becomes the aliased result.
    /// The buffer handle is destroyed after the call either way.
    Donate(Buffer),
}

impl Arg<'_> {
    pub(super) fn buffer(&self) -> &Buffer {
        match self {
            Arg::Keep(b) => b,
            Arg::Donate(b) => b,
        }
    }
}

/// A compiled program loaded on a client, with the signature of its `@main`.
pub struct Executable {
    pub(super) client: Arc<ClientInner>,
    pub(super) loaded: *mut PJRT_LoadedExecutable,
    pub(super) exe: *mut PJRT_Executable,
    signature: Signature,
    num_outputs: usize,
}

// SAFETY: PJRT loaded executables may be executed and queried concurrently from any thread
// (PjRtLoadedExecutable is thread-safe; JAX runs one executable from many threads). The pointers
// are only freed in Drop.
unsafe impl Send for Executable {}
// SAFETY: as above; all methods take `&self` and only call thread-safe PJRT entry points.
unsafe impl Sync for Executable {}

impl Drop for Executable {
    fn drop(&mut self) {
        let plugin = &self.client.plugin;
        if !self.exe.is_null() {
            let mut args = sys::PJRT_Executable_Destroy_Args {
                executable: self.exe,
                ..Default::default()
            };
            // SAFETY: `exe` came from PJRT_LoadedExecutable_GetExecutable and is freed once here.
            let _ = unsafe { pjrt_call!(plugin, PJRT_Executable_Destroy, &mut args) };
        }
        let mut args = sys::PJRT_LoadedExecutable_Destroy_Args {
            executable: self.loaded,
            ..Default::default()
        };
        // SAFETY: `loaded` is our live executable, destroyed once here; failures cannot be
        // reported from Drop.
        let _ = unsafe { pjrt_call!(plugin, PJRT_LoadedExecutable_Destroy, &mut args) };
    }
}

impl Executable {
    /// Takes ownership of `loaded` (returned by `function`); checks the output count.
    pub(crate) fn from_loaded(
        client: Arc<ClientInner>,
        loaded: *mut PJRT_LoadedExecutable,
        signature: Signature,
        function: &'static str,
    ) -> Result<Executable> {
        if loaded.is_null() {
            return Err(Error::Pjrt {
                function,
                code: "INTERNAL".to_string(),
                msg: "the plugin returned no executable".to_string(),
            });
        }
        let mut exe = Executable {
            client,
            loaded,
            exe: std::ptr::null_mut(),
            signature,
            num_outputs: 0,
        };
        let mut args = sys::PJRT_LoadedExecutable_GetExecutable_Args {
            loaded_executable: loaded,
            ..Default::default()
        };
        // SAFETY: `args` is valid for our live loaded executable.
        unsafe {
            pjrt_call!(
                &exe.client.plugin,
                PJRT_LoadedExecutable_GetExecutable,
                &mut args
            )
        }?;
        exe.exe = args.executable;
        exe.num_outputs = exe.num_outputs()?;
        if exe.num_outputs != exe.signature.outputs.len() {
            return Err(Error::shape(
                "compile",
                format!(
                    "the program has {} results, the signature {}",
                    exe.num_outputs,
                    exe.signature.outputs.len()
                ),
            ));
        }
        Ok(exe)
    }

    /// The calling convention the executable was compiled with.
    pub fn signature(&self) -> &Signature {
        &self.signature
    }

    /// Number of results, as reported by PJRT.
    pub fn num_outputs(&self) -> Result<usize> {
        let mut args = sys::PJRT_Executable_NumOutputs_Args {
            executable: self.exe,
            ..Default::default()
        };
        // SAFETY: `args` is valid for our live executable.
        unsafe { pjrt_call!(&self.client.plugin, PJRT_Executable_NumOutputs, &mut args) }?;
        Ok(args.num_outputs)
    }

    /// Runs the executable on device 0 and waits for it to finish.
    ///
    /// Arguments are checked against the signature (count, dtype, shape) before the call.
    /// [`Arg::Keep`] buffers are never donated; [`Arg::Donate`] buffers are consumed.
    pub fn execute(&self, args: Vec<Arg<'_>>) -> Result<Vec<Buffer>> {
        self.check_args(&args)?;
        let plugin = &self.client.plugin;
        let raw_args: Vec<*mut sys::PJRT_Buffer> = args.iter().map(|a| a.buffer().raw()).collect();
        let keep: Vec<i64> = args
            .iter()
            .enumerate()
            .filter(|(_, a)| matches!(a, Arg::Keep(_)))
            .map(|(i, _)| i as i64)
            .collect();
        let mut outputs: Vec<*mut sys::PJRT_Buffer> = vec![std::ptr::null_mut(); self.num_outputs];
        let argument_lists = [raw_args.as_ptr()];
        let output_lists = [outputs.as_mut_ptr()];
        let mut events: [*mut PJRT_Event; 1] = [std::ptr::null_mut()];

        let mut options = sys::PJRT_ExecuteOptions {
            non_donatable_input_indices: keep.as_ptr(),
            num_non_donatable_input_indices: keep.len(),
            ..Default::default()
        };
        let mut call = sys::PJRT_LoadedExecutable_Execute_Args {
            executable: self.loaded,
            options: &mut options,
            argument_lists: argument_lists.as_ptr(),
            num_devices: 1,
            num_args: raw_args.len(),
            output_lists: output_lists.as_ptr(),
            device_complete_events: events.as_mut_ptr(),
            ..Default::default()
        };
        // SAFETY: `call` is valid: one device, `num_args` live buffers of this client (checked),
        // an output list with room for `num_outputs` buffers, one event slot, and options whose
        // index list outlives the call.
        unsafe { pjrt_call!(plugin, PJRT_LoadedExecutable_Execute, &mut call) }?;

        // Own every output before anything else can fail, so each one is destroyed exactly once.
        let mut owned = Vec::with_capacity(outputs.len());
        let mut first_err = None;
        for raw in outputs {
            match Buffer::from_raw(self.client.clone(), raw, "PJRT_LoadedExecutable_Execute") {
                Ok(b) => owned.push(b),
                Err(e) => {
                    first_err.get_or_insert(e);
                }
            }
        }
        // SAFETY: the completion event (if the plugin returned one) is ours, awaited once.
        let done = unsafe { plugin.await_event(events[0], "PJRT_LoadedExecutable_Execute") };
        if events[0].is_null() {
            for b in &owned {
                b.await_ready()?;
            }
        }
        done?;
        if let Some(e) = first_err {
            return Err(e);
        }
        for (i, (b, ty)) in owned.iter().zip(&self.signature.outputs).enumerate() {
            b.expect_type(ty, "execute", &format!("result {i}"))?;
        }
        // Donated handles are destroyed here, after the execution has completed.
        drop(args);
        Ok(owned)
    }

    pub(super) fn check_args(&self, args: &[Arg<'_>]) -> Result<()> {
        let inputs = &self.signature.inputs;
        if args.len() != inputs.len() {
            return Err(Error::shape(
                "execute",
                format!("expected {} arguments, got {}", inputs.len(), args.len()),
            ));
        }
        for (i, (arg, ty)) in args.iter().zip(inputs).enumerate() {
            let b = arg.buffer();
            if !Arc::ptr_eq(b.client(), &self.client) {
                return Err(Error::Config(format!(
                    "execute: argument {i} belongs to a different PJRT client"
                )));
            }
            b.expect_type(ty, "execute", &format!("argument {i}"))?;
        }
        Ok(())
    }

    /// The plugin-specific serialization of the executable (load it with [`Client::deserialize`]
    /// on the same plugin build).
    ///
    /// Serialize only executables this process compiled: with the 0.81 CPU plugin, re-serializing
    /// an executable that was itself deserialized yields bytes that load but fail at execution
    /// ("Function multiply_add_fusion.1 not found"). [`crate::cache::ExecutableCache::serialize`]
    /// keeps the original bytes of what it loaded for that reason.
    pub fn serialize(&self) -> Result<Vec<u8>> {
        serialize_raw(&self.client.plugin, self.exe)
    }

    /// The optimized program (format `hlo_with_config` on XLA plugins: a serialized proto).
    pub fn optimized_hlo(&self) -> Result<Vec<u8>> {
        optimized_hlo_raw(&self.client.plugin, self.exe)
    }
}

/// `PJRT_Executable_Serialize` of a live `exe` of `plugin` (loaded or only compiled).
pub(super) fn serialize_raw(
    plugin: &super::api::Plugin,
    exe: *mut sys::PJRT_Executable,
) -> Result<Vec<u8>> {
    let mut args = sys::PJRT_Executable_Serialize_Args {
        executable: exe,
        ..Default::default()
    };
    // SAFETY: `args` is valid for the caller's live executable.
    unsafe { pjrt_call!(plugin, PJRT_Executable_Serialize, &mut args) }?;
    let bytes = if args.serialized_bytes.is_null() {
        Vec::new()
    } else {
        // SAFETY: the bytes are backed by `serialized_executable`, not yet freed.
        unsafe {
            std::slice::from_raw_parts(
                args.serialized_bytes.cast::<u8>(),
                args.serialized_bytes_size,
            )
        }
        .to_vec()
    };
    if let Some(deleter) = args.serialized_executable_deleter {
        // SAFETY: the deleter frees the backing object once; the bytes were copied above.
        unsafe { deleter(args.serialized_executable) };
    }
    if bytes.is_empty() {
        return Err(Error::Pjrt {
            function: "PJRT_Executable_Serialize",
            code: "INTERNAL".to_string(),
            msg: "the plugin returned an empty serialization".to_string(),
        });
    }
    Ok(bytes)
}

/// `PJRT_Executable_OptimizedProgram` of a live `exe` of `plugin`.
pub(super) fn optimized_hlo_raw(
    plugin: &super::api::Plugin,
    exe: *mut sys::PJRT_Executable,
) -> Result<Vec<u8>> {
    let mut program = sys::PJRT_Program::default();
    let mut args = sys::PJRT_Executable_OptimizedProgram_Args {
        executable: exe,
        program: &mut program,
        ..Default::default()
    };
    // First call: size query (code = null).
    // SAFETY: `args` is valid and `program` outlives the call.
    unsafe { pjrt_call!(plugin, PJRT_Executable_OptimizedProgram, &mut args) }?;
    let mut code = vec![0u8; program.code_size];
    program.code = code.as_mut_ptr().cast();
    // SAFETY: `program.code` points at `code_size` writable bytes that outlive the call.
    unsafe { pjrt_call!(plugin, PJRT_Executable_OptimizedProgram, &mut args) }?;
    code.truncate(program.code_size);
    Ok(code)
}

impl fmt::Debug for Executable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Executable")
            .field("signature", &self.signature)
            .finish()
    }
}
