//! What XLA reports about a compiled executable: its cost analysis (FLOPs, bytes accessed), the
//! memory it reserves, and the operations left in its optimized HLO (how many fused kernels).
//!
//! Every query is optional on the plugin side: an entry point a plugin lacks, or one it answers
//! with `UNIMPLEMENTED`, gives `Ok(None)`, never an error.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::api::{lossy_string, pjrt_call};
use super::executable::Executable;
use super::hlo_module::HloModule;
use super::sys;
use crate::types::{Error, Result};

/// `xla::CompiledMemoryStats` as PJRT reports it (bytes; `-1`-free: absent values are 0).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompiledMemoryStats {
    pub generated_code_bytes: i64,
    pub argument_bytes: i64,
    pub output_bytes: i64,
    /// Argument memory reused for results (donation).
    pub alias_bytes: i64,
    /// Scratch memory XLA reserves for the run.
    pub temp_bytes: i64,
    pub host_generated_code_bytes: i64,
    pub host_argument_bytes: i64,
    pub host_output_bytes: i64,
    pub host_alias_bytes: i64,
    pub host_temp_bytes: i64,
    pub peak_memory_bytes: i64,
}

/// The instructions of the optimized module's entry computation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HloOpCounts {
    /// `fusion` instructions in the entry computation: the fused kernels.
    pub fusions: usize,
    /// The other entry instructions that do work, by opcode (`dot`, `copy`, `custom-call`, ...);
    /// `parameter`, `constant`, `tuple`, `get-tuple-element` and `bitcast` are not counted.
    pub unfused: BTreeMap<String, usize>,
    /// Instructions inside fusion computations (how much work was fused).
    pub fused_instructions: usize,
    /// Computations in the module.
    pub computations: usize,
}

impl HloOpCounts {
    /// Kernels launched per run: fusions plus the unfused instructions that do work.
    pub fn kernels(&self) -> usize {
        self.fusions + self.unfused.values().sum::<usize>()
    }
}

/// Entry instructions that launch no kernel.
const BOOKKEEPING: [&str; 5] = [
    "parameter",
    "constant",
    "tuple",
    "get-tuple-element",
    "bitcast",
];

fn unavailable(e: &Error) -> bool {
    matches!(e, Error::Pjrt { code, .. } if code == "UNIMPLEMENTED")
}

impl Executable {
    /// XLA's cost analysis as `(property, value)` pairs (`flops`, `bytes accessed`,
    /// `transcendentals`, `optimal_seconds`, per-operand byte counts, ...); `Ok(None)` when the
    /// plugin does not provide it. Integer and boolean properties are converted to `f64`; list and
    /// string properties are skipped.
    pub fn cost_analysis(&self) -> Result<Option<Vec<(String, f64)>>> {
        let plugin = &self.client.plugin;
        if plugin.table().PJRT_Executable_GetCostAnalysis.is_none() {
            return Ok(None);
        }
        let mut args = sys::PJRT_Executable_GetCostAnalysis_Args {
            executable: self.exe,
            ..Default::default()
        };
        // SAFETY: `args` is valid for our live executable.
        match unsafe { pjrt_call!(plugin, PJRT_Executable_GetCostAnalysis, &mut args) } {
            Ok(()) => {}
            Err(e) if unavailable(&e) => return Ok(None),
            Err(e) => return Err(e),
        }
        if args.properties.is_null() {
            return Ok(Some(Vec::new()));
        }
        // SAFETY: the plugin returned `num_properties` named values owned by the executable,
        // which is alive for the duration of this borrow.
        let values = unsafe { std::slice::from_raw_parts(args.properties, args.num_properties) };
        let mut out = Vec::with_capacity(values.len());
        for v in values {
            // SAFETY: name/name_size describe the property's name (owned by the executable); the
            // union member read is the one selected by `type`.
            let (name, value) = unsafe {
                let name = lossy_string(v.name, v.name_size);
                let value = match v.r#type {
                    sys::PJRT_NamedValue_kFloat => Some(f64::from(v.value.float_value)),
                    sys::PJRT_NamedValue_kInt64 => Some(v.value.int64_value as f64),
                    sys::PJRT_NamedValue_kBool => Some(f64::from(u8::from(v.value.bool_value))),
                    _ => None,
                };
                (name, value)
            };
            if let Some(value) = value {
                out.push((name, value));
            }
        }
        out.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(Some(out))
    }

    /// The memory XLA reserves for a run (`PJRT_Executable_GetCompiledMemoryStats`); `Ok(None)`
    /// when the plugin does not provide it.
    pub fn compiled_memory_stats(&self) -> Result<Option<CompiledMemoryStats>> {
        let plugin = &self.client.plugin;
        if plugin
            .table()
            .PJRT_Executable_GetCompiledMemoryStats
            .is_none()
        {
            return Ok(None);
        }
        let mut args = sys::PJRT_Executable_GetCompiledMemoryStats_Args {
            executable: self.exe,
            ..Default::default()
        };
        // SAFETY: `args` is valid for our live executable; every output is a plain integer.
        match unsafe { pjrt_call!(plugin, PJRT_Executable_GetCompiledMemoryStats, &mut args) } {
            Ok(()) => {}
            Err(e) if unavailable(&e) => return Ok(None),
            Err(e) => return Err(e),
        }
        Ok(Some(CompiledMemoryStats {
            generated_code_bytes: args.generated_code_size_in_bytes,
            argument_bytes: args.argument_size_in_bytes,
            output_bytes: args.output_size_in_bytes,
            alias_bytes: args.alias_size_in_bytes,
            temp_bytes: args.temp_size_in_bytes,
            host_generated_code_bytes: args.host_generated_code_size_in_bytes,
            host_argument_bytes: args.host_argument_size_in_bytes,
            host_output_bytes: args.host_output_size_in_bytes,
            host_alias_bytes: args.host_alias_size_in_bytes,
            host_temp_bytes: args.host_temp_size_in_bytes,
            peak_memory_bytes: args.peak_memory_in_bytes,
        }))
    }

    /// Counts the instructions of the optimized module's entry computation (fusions and the rest),
    /// read from [`Executable::optimized_hlo`].
    pub fn hlo_op_counts(&self) -> Result<HloOpCounts> {
        hlo_op_counts(&self.optimized_hlo()?)
    }
}

/// Counts the entry computation's instructions of a serialized `HloModuleProtoWithConfig`
/// (`hlo_module = 1`) or `HloModuleProto`.
pub fn hlo_op_counts(bytes: &[u8]) -> Result<HloOpCounts> {
    let module = HloModule::parse(bytes)?;
    let fused = module.fused_ids();
    let mut counts = HloOpCounts {
        computations: module.computations.len(),
        ..HloOpCounts::default()
    };
    for op in &module.entry().instructions {
        if op.opcode == "fusion" {
            counts.fusions += 1;
        } else if !BOOKKEEPING.contains(&op.opcode.as_str()) {
            *counts.unfused.entry(op.opcode.clone()).or_default() += 1;
        }
    }
    counts.fused_instructions = (module.computations.iter())
        .filter(|c| c.is_fusion || fused.contains(&c.id))
        .map(|c| {
            (c.instructions.iter())
                .filter(|op| op.opcode != "parameter")
                .count()
        })
        .sum();
    Ok(counts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pjrt::proto_wire::{put_bytes, put_uint};

    fn instr(opcode: &str, called: &[u64]) -> Vec<u8> {
        let mut b = Vec::new();
        put_bytes(&mut b, 1, b"x");
        put_bytes(&mut b, 2, opcode.as_bytes());
        for &c in called {
            put_uint(&mut b, 38, c);
        }
        b
    }

    fn computation(name: &str, id: u64, ops: &[Vec<u8>]) -> Vec<u8> {
        let mut b = Vec::new();
        put_bytes(&mut b, 1, name.as_bytes());
        for op in ops {
            put_bytes(&mut b, 2, op);
        }
        put_uint(&mut b, 5, id);
        b
    }

    #[test]
    fn counts_entry_fusions_and_unfused_ops() {
        let fused = computation(
            "fused_computation",
            1,
            &[
                instr("parameter", &[]),
                instr("multiply", &[]),
                instr("add", &[]),
            ],
        );
        let entry = computation(
            "main",
            2,
            &[
                instr("parameter", &[]),
                instr("fusion", &[1]),
                instr("dot", &[]),
                instr("fusion", &[1]),
                instr("tuple", &[]),
            ],
        );
        let mut module = Vec::new();
        put_bytes(&mut module, 1, b"m");
        put_bytes(&mut module, 2, b"main");
        put_bytes(&mut module, 3, &fused);
        put_bytes(&mut module, 3, &entry);
        put_uint(&mut module, 6, 2);
        let mut with_config = Vec::new();
        put_bytes(&mut with_config, 1, &module);
        put_bytes(&mut with_config, 2, b"\x08\x01");
        for bytes in [&module, &with_config] {
            let c = hlo_op_counts(bytes).unwrap();
            assert_eq!(c.fusions, 2);
            assert_eq!(c.unfused.get("dot"), Some(&1));
            assert_eq!(c.unfused.len(), 1);
            assert_eq!(c.kernels(), 3);
            assert_eq!(c.fused_instructions, 2);
            assert_eq!(c.computations, 2);
        }
        assert!(hlo_op_counts(b"\xff\xff").is_err());
        assert!(hlo_op_counts(&module[..module.len() / 2]).is_err());
    }
}
