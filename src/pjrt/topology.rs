//! Compiling without a device ("deviceless" ahead-of-time compilation): a plugin describes devices
//! that need not exist (`PJRT_TopologyDescription_Create`, e.g. an H100 from its
//! `GpuTargetConfigProto`), and `PJRT_Compile` compiles for that description with no client. The
//! result is serialized; a machine with the device loads it with `Client::deserialize`.

use std::ffi::CString;
use std::fmt;

use super::api::{pjrt_call, Plugin};
use super::executable::{optimized_hlo_raw, serialize_raw};
use super::options::CompileOptions;
use super::sys;
use crate::types::{Error, Result};

/// A description of the devices to compile for, owned by its plugin.
pub struct Topology {
    plugin: Plugin,
    raw: *mut sys::PJRT_TopologyDescription,
}

// SAFETY: a topology description is immutable after creation and PJRT's compile entry points
// take it by const pointer from any thread; it is only freed in Drop.
unsafe impl Send for Topology {}
// SAFETY: as above.
unsafe impl Sync for Topology {}

impl Topology {
    /// Creates the plugin's topology `name` (TPU: `v5e:2x2`; ignored by the CUDA plugin) from
    /// string options (CUDA: `topology` = `"1x1x1"`, `target_config` = a `GpuTargetConfigProto`
    /// in text format).
    pub fn create(plugin: &Plugin, name: &str, options: &[(&str, &str)]) -> Result<Topology> {
        let strings: Vec<(CString, CString)> = options
            .iter()
            .map(|(k, v)| {
                let c = |s: &str| {
                    CString::new(s).map_err(|_| {
                        Error::Config(format!("topology option `{k}` contains a NUL byte"))
                    })
                };
                Ok((c(k)?, c(v)?))
            })
            .collect::<Result<_>>()?;
        let named: Vec<sys::PJRT_NamedValue> = strings
            .iter()
            .map(|(k, v)| sys::PJRT_NamedValue {
                name: k.as_ptr(),
                name_size: k.as_bytes().len(),
                r#type: sys::PJRT_NamedValue_kString,
                value: sys::PJRT_NamedValue_Value {
                    string_value: v.as_ptr(),
                },
                value_size: v.as_bytes().len(),
                ..Default::default()
            })
            .collect();
        let mut args = sys::PJRT_TopologyDescription_Create_Args {
            topology_name: name.as_ptr().cast(),
            topology_name_size: name.len(),
            create_options: named.as_ptr(),
            num_options: named.len(),
            ..Default::default()
        };
        // SAFETY: `args` is valid; the names and values (`strings`, `named`) outlive the call,
        // which copies what it keeps.
        unsafe { pjrt_call!(plugin, PJRT_TopologyDescription_Create, &mut args) }?;
        if args.topology.is_null() {
            return Err(Error::Pjrt {
                function: "PJRT_TopologyDescription_Create",
                code: "INTERNAL".into(),
                msg: "the plugin returned no topology".into(),
            });
        }
        Ok(Topology {
            plugin: plugin.clone(),
            raw: args.topology,
        })
    }

    /// Compiles StableHLO (text or bytecode) for this topology, with no device and no client.
    pub fn compile(&self, code: &[u8], options: &CompileOptions) -> Result<DevicelessExecutable> {
        let format = c"mlir";
        let program = sys::PJRT_Program {
            code: code.as_ptr().cast_mut().cast(),
            code_size: code.len(),
            format: format.as_ptr(),
            format_size: format.to_bytes().len(),
            ..Default::default()
        };
        let encoded = options.encode();
        let mut args = sys::PJRT_Compile_Args {
            topology: self.raw,
            program: &program,
            compile_options: encoded.as_ptr().cast(),
            compile_options_size: encoded.len(),
            ..Default::default()
        };
        // SAFETY: `args` is valid: our live topology, the program and options outlive the call;
        // `client` stays null (a deviceless compile).
        unsafe { pjrt_call!(&self.plugin, PJRT_Compile, &mut args) }?;
        if args.executable.is_null() {
            return Err(Error::Pjrt {
                function: "PJRT_Compile",
                code: "INTERNAL".into(),
                msg: "the plugin returned no executable".into(),
            });
        }
        Ok(DevicelessExecutable {
            plugin: self.plugin.clone(),
            raw: args.executable,
        })
    }
}

impl Drop for Topology {
    fn drop(&mut self) {
        let mut args = sys::PJRT_TopologyDescription_Destroy_Args {
            topology: self.raw,
            ..Default::default()
        };
        // SAFETY: `raw` is our topology, freed once here; executables compiled from it do not
        // borrow it. A failure cannot be reported from Drop and is dropped.
        let _ = unsafe { pjrt_call!(&self.plugin, PJRT_TopologyDescription_Destroy, &mut args) };
    }
}

impl fmt::Debug for Topology {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Topology")
            .field("plugin", &self.plugin.path())
            .finish()
    }
}

/// An executable compiled for a [`Topology`]: it cannot run here; it is serialized for a machine
/// that has the devices.
pub struct DevicelessExecutable {
    plugin: Plugin,
    raw: *mut sys::PJRT_Executable,
}

// SAFETY: a compiled (unloaded) executable is immutable; serialization and the optimized
// program are read-only queries. It is only freed in Drop.
unsafe impl Send for DevicelessExecutable {}
// SAFETY: as above.
unsafe impl Sync for DevicelessExecutable {}

impl DevicelessExecutable {
    /// The plugin's serialization: what `Client::deserialize` on the target machine loads.
    pub fn serialize(&self) -> Result<Vec<u8>> {
        serialize_raw(&self.plugin, self.raw)
    }

    /// The optimized HLO module (a serialized `HloModuleProto` with its config).
    pub fn optimized_hlo(&self) -> Result<Vec<u8>> {
        optimized_hlo_raw(&self.plugin, self.raw)
    }
}

impl Drop for DevicelessExecutable {
    fn drop(&mut self) {
        let mut args = sys::PJRT_Executable_Destroy_Args {
            executable: self.raw,
            ..Default::default()
        };
        // SAFETY: `raw` came from PJRT_Compile and is freed once here.
        let _ = unsafe { pjrt_call!(&self.plugin, PJRT_Executable_Destroy, &mut args) };
    }
}

impl fmt::Debug for DevicelessExecutable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DevicelessExecutable")
    }
}
