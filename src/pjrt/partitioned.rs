//! SPMD executables: one program compiled for D devices (`num_partitions = D`), run with one
//! argument list per device. XLA's SPMD partitioner inserts the collectives; each device's
//! arguments and results are its own shards, living in its own memory.

use std::fmt;
use std::sync::Arc;

use super::api::pjrt_call;
use super::buffer::Buffer;
use super::client::Client;
use super::executable::{Arg, Executable};
use super::options::CompileOptions;
use super::sys::{self, PJRT_Event};
use crate::types::{Error, Result, Signature};

/// A program partitioned over the first `devices` addressable devices of its client.
pub struct PartitionedExecutable {
    exe: Arc<Executable>,
    devices: usize,
}

impl CompileOptions {
    /// The options of an SPMD program over devices `0..devices`.
    pub fn partitioned(devices: usize, shardy: bool) -> CompileOptions {
        CompileOptions {
            num_partitions: devices as u32,
            use_spmd_partitioning: true,
            device_assignment: (0..devices as i64).collect(),
            use_shardy_partitioner: shardy,
            ..CompileOptions::default()
        }
    }
}

impl Client {
    /// Compiles an SPMD module (written with `num_partitions = devices` and sharding annotations)
    /// for addressable devices `0..devices`. `local` is the signature of one device's shard:
    /// the per-device argument and result types.
    pub fn compile_partitioned(
        &self,
        mlir: &str,
        local: Signature,
        devices: usize,
        shardy: bool,
    ) -> Result<PartitionedExecutable> {
        if devices == 0 || devices > self.device_count() {
            return Err(Error::Config(format!(
                "cannot partition over {devices} devices: the client has {} (set \
                 ClientOptions::cpu_device_count on a CPU client)",
                self.device_count()
            )));
        }
        let exe = self.compile(mlir, local, &CompileOptions::partitioned(devices, shardy))?;
        PartitionedExecutable::new(self, Arc::new(exe), devices)
    }
}

impl PartitionedExecutable {
    /// Wraps `exe`, compiled with [`CompileOptions::partitioned`]`(devices, ..)` for `client`
    /// (for instance through the executable cache).
    pub fn new(client: &Client, exe: Arc<Executable>, devices: usize) -> Result<Self> {
        if devices == 0 || devices > client.device_count() {
            return Err(Error::Config(format!(
                "cannot partition over {devices} devices: the client has {}",
                client.device_count()
            )));
        }
        Ok(PartitionedExecutable { exe, devices })
    }

    /// Number of devices (partitions).
    pub fn devices(&self) -> usize {
        self.devices
    }

    /// The compiled program, for cost analysis and the optimized HLO. Its signature is the
    /// per-device one; run it with [`PartitionedExecutable::execute`].
    pub fn executable(&self) -> &Executable {
        &self.exe
    }

    /// Runs on every device at once: `args[d]` are device `d`'s shards (each on device `d`);
    /// returns each device's result shards. Every device must donate at the same positions.
    pub fn execute(&self, args: Vec<Vec<Arg<'_>>>) -> Result<Vec<Vec<Buffer>>> {
        if args.len() != self.devices {
            return Err(Error::Config(format!(
                "partitioned execute: {} argument lists for {} devices",
                args.len(),
                self.devices
            )));
        }
        for list in &args {
            self.exe.check_args(list)?;
        }
        let keep: Vec<i64> = args[0]
            .iter()
            .enumerate()
            .filter(|(_, a)| matches!(a, Arg::Keep(_)))
            .map(|(i, _)| i as i64)
            .collect();
        for (d, list) in args.iter().enumerate() {
            for (i, a) in list.iter().enumerate() {
                if matches!(a, Arg::Keep(_)) != keep.contains(&(i as i64)) {
                    return Err(Error::Config(format!(
                        "partitioned execute: argument {i} is donated on some devices and kept \
                         on device {d}; donate it everywhere or nowhere"
                    )));
                }
            }
        }
        let raw: Vec<Vec<*mut sys::PJRT_Buffer>> = args
            .iter()
            .map(|l| l.iter().map(|a| a.buffer().raw()).collect())
            .collect();
        let argument_lists: Vec<*const *mut sys::PJRT_Buffer> =
            raw.iter().map(|l| l.as_ptr()).collect();
        let num_outputs = self.exe.signature().outputs.len();
        let mut outputs: Vec<Vec<*mut sys::PJRT_Buffer>> =
            vec![vec![std::ptr::null_mut(); num_outputs]; self.devices];
        let output_lists: Vec<*mut *mut sys::PJRT_Buffer> =
            outputs.iter_mut().map(|l| l.as_mut_ptr()).collect();
        let mut events: Vec<*mut PJRT_Event> = vec![std::ptr::null_mut(); self.devices];
        let mut options = sys::PJRT_ExecuteOptions {
            non_donatable_input_indices: keep.as_ptr(),
            num_non_donatable_input_indices: keep.len(),
            ..Default::default()
        };
        let plugin = &self.exe.client.plugin;
        let mut call = sys::PJRT_LoadedExecutable_Execute_Args {
            executable: self.exe.loaded,
            options: &mut options,
            argument_lists: argument_lists.as_ptr(),
            num_devices: self.devices,
            num_args: raw[0].len(),
            output_lists: output_lists.as_ptr(),
            device_complete_events: events.as_mut_ptr(),
            ..Default::default()
        };
        // SAFETY: `call` is valid: `devices` argument lists of `num_args` live buffers of this
        // client each (checked above), as many output lists with room for `num_outputs` buffers,
        // one event slot per device, and options whose index list outlives the call.
        unsafe { pjrt_call!(plugin, PJRT_LoadedExecutable_Execute, &mut call) }?;

        // Own every output and event before anything can fail, so each is destroyed once.
        let mut owned = Vec::with_capacity(self.devices);
        let mut first_err = None;
        for list in outputs {
            let mut device = Vec::with_capacity(list.len());
            for raw in list {
                match Buffer::from_raw(
                    self.exe.client.clone(),
                    raw,
                    "PJRT_LoadedExecutable_Execute",
                ) {
                    Ok(b) => device.push(b),
                    Err(e) => {
                        first_err.get_or_insert(e);
                    }
                }
            }
            owned.push(device);
        }
        for (d, &event) in events.iter().enumerate() {
            // SAFETY: the completion event of device `d` (if any) is ours, awaited once.
            let done = unsafe { plugin.await_event(event, "PJRT_LoadedExecutable_Execute") };
            if event.is_null() {
                for b in &owned[d] {
                    if let Err(e) = b.await_ready() {
                        first_err.get_or_insert(e);
                    }
                }
            }
            if let Err(e) = done {
                first_err.get_or_insert(e);
            }
        }
        if let Some(e) = first_err {
            return Err(e);
        }
        for device in &owned {
            for (i, (b, ty)) in device.iter().zip(&self.exe.signature().outputs).enumerate() {
                b.expect_type(ty, "partitioned execute", &format!("result {i}"))?;
            }
        }
        // Donated handles are destroyed here, after every device has finished.
        drop(args);
        Ok(owned)
    }
}

impl fmt::Debug for PartitionedExecutable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PartitionedExecutable")
            .field("devices", &self.devices)
            .field("signature", self.exe.signature())
            .finish()
    }
}
