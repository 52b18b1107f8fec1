//! A PJRT client: devices, compilation, host-to-device transfers.

use std::fmt;
use std::sync::Arc;

use super::api::{c_str_parts, lossy_string, pjrt_call, Plugin};
use super::buffer::{self, Buffer};
use super::executable::{Arg, Executable};
use super::handle::ClientInner;
use super::options::CompileOptions;
use super::sys;
use crate::types::{Error, HostTensor, Result, Signature, TensorType};

/// Options for creating a client.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClientOptions {
    /// Number of CPU devices the CPU plugin exposes (`cpu_device_count`); `None`: its default.
    pub cpu_device_count: Option<i64>,
}

/// A PJRT client. Cheap to clone; buffers and executables keep it alive.
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<ClientInner>,
}

impl Client {
    /// A client of the XLA CPU plugin, found the way the `muon-xla` command finds it
    /// (`MUON_XLA_PLUGIN`, python3's `xla-cpu-pjrt`, the muon-xla cache) and installed into the
    /// cache when none is found. The plugin stays loaded for the process.
    pub fn cpu() -> Result<Client> {
        Client::for_device(super::plugin::DeviceKind::Cpu)
    }

    /// A client of the plugin for `kind`, found or installed as [`Client::cpu`] does.
    pub fn for_device(kind: super::plugin::DeviceKind) -> Result<Client> {
        Client::new(&super::plugin::load_default(kind, None)?)
    }

    /// A client with the plugin's default options.
    pub fn new(plugin: &Plugin) -> Result<Client> {
        Client::with_options(plugin, &ClientOptions::default())
    }

    /// A client with explicit options.
    pub fn with_options(plugin: &Plugin, opts: &ClientOptions) -> Result<Client> {
        let mut named = Vec::new();
        if let Some(count) = opts.cpu_device_count {
            let (name, name_size) = c_str_parts(c"cpu_device_count");
            named.push(sys::PJRT_NamedValue {
                name,
                name_size,
                r#type: sys::PJRT_NamedValue_kInt64,
                value: sys::PJRT_NamedValue_Value { int64_value: count },
                value_size: 1,
                ..Default::default()
            });
        }
        let mut args = sys::PJRT_Client_Create_Args {
            create_options: named.as_ptr(),
            num_options: named.len(),
            ..Default::default()
        };
        // SAFETY: `args` is valid; `named` (and the static names) outlive the call; no key-value
        // callbacks are given.
        unsafe { pjrt_call!(plugin, PJRT_Client_Create, &mut args) }?;
        if args.client.is_null() {
            return Err(Error::Pjrt {
                function: "PJRT_Client_Create",
                code: "INTERNAL".to_string(),
                msg: "the plugin returned no client".to_string(),
            });
        }
        // Owned from here: dropped (destroyed) on any later error.
        let mut inner = ClientInner {
            plugin: plugin.clone(),
            raw: args.client,
            devices: Vec::new(),
        };
        let mut args = sys::PJRT_Client_AddressableDevices_Args {
            client: inner.raw,
            ..Default::default()
        };
        // SAFETY: `args` is valid and `inner.raw` a live client.
        unsafe { pjrt_call!(plugin, PJRT_Client_AddressableDevices, &mut args) }?;
        if !args.addressable_devices.is_null() {
            // SAFETY: the client owns an array of `num_addressable_devices` device pointers.
            let devices = unsafe {
                std::slice::from_raw_parts(args.addressable_devices, args.num_addressable_devices)
            };
            inner.devices = devices.to_vec();
        }
        Ok(Client {
            inner: Arc::new(inner),
        })
    }

    /// The plugin this client was created from.
    pub fn plugin(&self) -> &Plugin {
        &self.inner.plugin
    }

    /// The platform name (`"cpu"`, `"cuda"`, ...).
    pub fn platform_name(&self) -> Result<String> {
        let mut args = sys::PJRT_Client_PlatformName_Args {
            client: self.inner.raw,
            ..Default::default()
        };
        // SAFETY: `args` is valid for a live client.
        unsafe { pjrt_call!(&self.inner.plugin, PJRT_Client_PlatformName, &mut args) }?;
        // SAFETY: the name is owned by the client, which is alive.
        Ok(unsafe { lossy_string(args.platform_name, args.platform_name_size) })
    }

    /// Whether this is a CPU client (platform `cpu`): its buffers live in host memory.
    pub fn is_cpu(&self) -> Result<bool> {
        Ok(self.platform_name()?.eq_ignore_ascii_case("cpu"))
    }

    /// The platform version string.
    pub fn platform_version(&self) -> Result<String> {
        let mut args = sys::PJRT_Client_PlatformVersion_Args {
            client: self.inner.raw,
            ..Default::default()
        };
        // SAFETY: `args` is valid for a live client.
        unsafe { pjrt_call!(&self.inner.plugin, PJRT_Client_PlatformVersion, &mut args) }?;
        // SAFETY: the string is owned by the client, which is alive.
        Ok(unsafe { lossy_string(args.platform_version, args.platform_version_size) })
    }

    /// Number of addressable devices.
    pub fn device_count(&self) -> usize {
        self.inner.devices.len()
    }

    /// A debug description of each addressable device.
    pub fn device_descriptions(&self) -> Result<Vec<String>> {
        let plugin = &self.inner.plugin;
        let mut out = Vec::with_capacity(self.inner.devices.len());
        for &device in &self.inner.devices {
            let mut args = sys::PJRT_Device_GetDescription_Args {
                device,
                ..Default::default()
            };
            // SAFETY: `device` is a live device of this client.
            unsafe { pjrt_call!(plugin, PJRT_Device_GetDescription, &mut args) }?;
            let mut d = sys::PJRT_DeviceDescription_DebugString_Args {
                device_description: args.device_description,
                ..Default::default()
            };
            // SAFETY: the description is owned by the device, which is alive.
            unsafe { pjrt_call!(plugin, PJRT_DeviceDescription_DebugString, &mut d) }?;
            // SAFETY: the string is owned by the description, which is alive.
            out.push(unsafe { lossy_string(d.debug_string, d.debug_string_size) });
        }
        Ok(out)
    }

    /// Compiles a StableHLO text module whose `@main` has `signature`.
    pub fn compile(
        &self,
        mlir: &str,
        signature: Signature,
        options: &CompileOptions,
    ) -> Result<Executable> {
        self.compile_bytes(mlir.as_bytes(), signature, options)
    }

    /// Compiles a StableHLO module given as text or as MLIR bytecode (e.g. a StableHLO portable
    /// artifact, what `jax.export` serializes): format `mlir` accepts both.
    pub fn compile_bytes(
        &self,
        mlir: &[u8],
        signature: Signature,
        options: &CompileOptions,
    ) -> Result<Executable> {
        check_signature(&signature)?;
        let (format, format_size) = c_str_parts(c"mlir");
        let program = sys::PJRT_Program {
            code: mlir.as_ptr().cast_mut().cast(),
            code_size: mlir.len(),
            format,
            format_size,
            ..Default::default()
        };
        let encoded = options.encode();
        let mut args = sys::PJRT_Client_Compile_Args {
            client: self.inner.raw,
            program: &program,
            compile_options: encoded.as_ptr().cast(),
            compile_options_size: encoded.len(),
            ..Default::default()
        };
        // SAFETY: `args` is valid; the code, format and options outlive the call and the plugin
        // only reads the code when compiling.
        unsafe { pjrt_call!(&self.inner.plugin, PJRT_Client_Compile, &mut args) }?;
        Executable::from_loaded(
            self.inner.clone(),
            args.executable,
            signature,
            "PJRT_Client_Compile",
        )
    }

    /// Loads an executable serialized by [`Executable::serialize`] with the same plugin.
    pub fn deserialize(&self, bytes: &[u8], signature: Signature) -> Result<Executable> {
        check_signature(&signature)?;
        let mut args = sys::PJRT_Executable_DeserializeAndLoad_Args {
            client: self.inner.raw,
            serialized_executable: bytes.as_ptr().cast(),
            serialized_executable_size: bytes.len(),
            ..Default::default()
        };
        // SAFETY: `args` is valid and `bytes` outlives the call.
        unsafe {
            pjrt_call!(
                &self.inner.plugin,
                PJRT_Executable_DeserializeAndLoad,
                &mut args
            )
        }?;
        Executable::from_loaded(
            self.inner.clone(),
            args.loaded_executable,
            signature,
            "PJRT_Executable_DeserializeAndLoad",
        )
    }

    /// Copies a host tensor to device 0.
    pub fn upload(&self, tensor: &HostTensor) -> Result<Buffer> {
        self.upload_to(tensor, 0)
    }

    /// Copies a host tensor to addressable device `device`; the copy is complete on return.
    pub fn upload_to(&self, tensor: &HostTensor, device: usize) -> Result<Buffer> {
        self.upload_bytes(tensor.bytes(), tensor.ty(), device)
    }

    /// Copies `bytes` (dense, row-major, of type `ty`) to addressable device `device`; the copy is
    /// complete on return. For memory another library owns (no staging [`HostTensor`]).
    pub fn upload_bytes(&self, bytes: &[u8], ty: &TensorType, device: usize) -> Result<Buffer> {
        let plugin = &self.inner.plugin;
        let Some(&device_ptr) = self.inner.devices.get(device) else {
            return Err(Error::Config(format!(
                "device {device} does not exist: the client has {} addressable devices",
                self.inner.devices.len()
            )));
        };
        let dims = buffer::dims_i64(&ty.shape)?;
        if bytes.len() != ty.size_bytes() {
            return Err(Error::shape(
                "Client::upload",
                format!(
                    "{ty} needs {} bytes, the tensor has {}",
                    ty.size_bytes(),
                    bytes.len()
                ),
            ));
        }
        let mut args = sys::PJRT_Client_BufferFromHostBuffer_Args {
            client: self.inner.raw,
            data: bytes.as_ptr().cast(),
            r#type: buffer::pjrt_type(ty.dtype),
            dims: dims.as_ptr(),
            num_dims: dims.len(),
            host_buffer_semantics: sys::PJRT_HostBufferSemantics_kImmutableOnlyDuringCall,
            device: device_ptr,
            ..Default::default()
        };
        // SAFETY: `args` is valid; the data (dense, row-major, `size_bytes` long) and dims outlive
        // the call, and with kImmutableOnlyDuringCall the plugin copies the data during the call.
        unsafe { pjrt_call!(plugin, PJRT_Client_BufferFromHostBuffer, &mut args) }?;
        // SAFETY: the event (if any) is ours to await and destroy, once.
        let done = unsafe {
            plugin.await_event(
                args.done_with_host_buffer,
                "PJRT_Client_BufferFromHostBuffer",
            )
        };
        let buffer = Buffer::from_raw(
            self.inner.clone(),
            args.buffer,
            "PJRT_Client_BufferFromHostBuffer",
        )?;
        done?;
        buffer.expect_type(ty, "Client::upload", "the uploaded buffer")?;
        Ok(buffer)
    }
}

/// `aliases` must be empty (no donation) or name each input, and alias existing outputs.
fn check_signature(sig: &Signature) -> Result<()> {
    if !sig.aliases.is_empty() && sig.aliases.len() != sig.inputs.len() {
        return Err(Error::shape(
            "compile",
            format!(
                "signature has {} inputs but {} alias entries",
                sig.inputs.len(),
                sig.aliases.len()
            ),
        ));
    }
    for (i, alias) in sig.aliases.iter().enumerate() {
        if let Some(j) = *alias {
            if j >= sig.outputs.len() {
                return Err(Error::shape(
                    "compile",
                    format!(
                        "argument {i} aliases output {j}, but there are {} outputs",
                        sig.outputs.len()
                    ),
                ));
            }
        }
    }
    Ok(())
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("plugin", &self.inner.plugin)
            .field("devices", &self.inner.devices.len())
            .finish()
    }
}

// Here rather than in `executable.rs`: it goes through the client's uploads, and the executable
// module does not depend on the client's.
impl Executable {
    /// Uploads `inputs` to device 0, runs without donation, and downloads the results.
    pub fn execute_host(&self, inputs: &[HostTensor]) -> Result<Vec<HostTensor>> {
        let client = Client {
            inner: self.client.clone(),
        };
        let buffers = inputs
            .iter()
            .map(|t| client.upload(t))
            .collect::<Result<Vec<_>>>()?;
        let outputs = self.execute(buffers.iter().map(Arg::Keep).collect())?;
        outputs.iter().map(Buffer::to_host).collect()
    }
}
