//! The optimized HLO module an executable carries, parsed once into the parts our reports read
//! (kernel counts, kernel kinds, collectives). Hand-decoded protobuf, no protoc.
//!
//! Field numbers from `xla/service/hlo.proto` and `xla/xla_data.proto`:
//! `HloModuleProtoWithConfig { hlo_module = 1 }`; `HloModuleProto { entry_computation_name = 2,
//! computations = 3, entry_computation_id = 6 }`; `HloComputationProto { name = 1,
//! instructions = 2, id = 5, is_fusion_computation = 7 }`; `HloInstructionProto { opcode = 2,
//! shape = 3, fusion_kind = 11, custom_call_target = 28, called_computation_ids = 38,
//! backend_config = 43, is_host_transfer = 47 }`; `ShapeProto { element_type = 2,
//! dimensions = 3, tuple_shapes = 4 }`; `PrimitiveType`: PRED 1, S8 2, S16 3, S32 4, S64 5, U8 6,
//! U16 7, U32 8, U64 9, F16 10, F32 11, F64 12, TUPLE 13, C64 15, BF16 16, TOKEN 17, C128 18,
//! the 8-bit floats from 19.

use std::collections::BTreeSet;

use super::proto_wire::{field_bytes, varint, Fields, Wire};
use crate::types::{Error, Result};

/// One instruction, with the fields we read.
#[derive(Debug, Clone, Default)]
pub(crate) struct HloInstr {
    pub opcode: String,
    /// `kLoop`, `kInput`, `kOutput`, `kCustom` (fusions only).
    pub fusion_kind: String,
    pub custom_call_target: String,
    /// Backend-specific configuration (JSON text on GPU).
    pub backend_config: Vec<u8>,
    pub is_host_transfer: bool,
    /// Bytes of its result (a tuple's parts summed).
    pub result_bytes: u64,
    pub called: Vec<u64>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct HloComputation {
    pub name: String,
    pub id: u64,
    pub is_fusion: bool,
    pub instructions: Vec<HloInstr>,
}

#[derive(Debug, Clone)]
pub(crate) struct HloModule {
    pub computations: Vec<HloComputation>,
    entry: usize,
}

impl HloModule {
    /// Parses a serialized `HloModuleProtoWithConfig` or `HloModuleProto`.
    pub fn parse(bytes: &[u8]) -> Result<HloModule> {
        let module = match field_bytes(bytes, 1)? {
            Some(inner) if has_computations(inner) => inner,
            _ if has_computations(bytes) => bytes,
            _ => {
                return Err(Error::Config(
                    "the optimized program is not an HLO module proto".into(),
                ))
            }
        };
        let (mut entry_name, mut entry_id) = (String::new(), None);
        let mut computations = Vec::new();
        for f in Fields::new(module) {
            match f? {
                (2, Wire::Len(b)) => entry_name = String::from_utf8_lossy(b).into_owned(),
                (3, Wire::Len(b)) => computations.push(computation(b)?),
                (6, Wire::Varint(v)) => entry_id = Some(v),
                _ => {}
            }
        }
        let entry = (computations.iter())
            .position(|c| entry_id.is_some_and(|id| id == c.id))
            .or_else(|| computations.iter().position(|c| c.name == entry_name))
            .or_else(|| computations.len().checked_sub(1))
            .ok_or_else(|| Error::Config("the optimized HLO module has no computation".into()))?;
        Ok(HloModule {
            computations,
            entry,
        })
    }

    pub fn entry(&self) -> &HloComputation {
        &self.computations[self.entry]
    }

    pub fn computation(&self, id: u64) -> Option<&HloComputation> {
        self.computations.iter().find(|c| c.id == id)
    }

    /// Ids of the computations fusion instructions call (older modules do not mark them).
    pub fn fused_ids(&self) -> BTreeSet<u64> {
        (self.computations.iter())
            .flat_map(|c| c.instructions.iter())
            .filter(|i| i.opcode == "fusion")
            .flat_map(|i| i.called.iter().copied())
            .collect()
    }
}

fn computation(bytes: &[u8]) -> Result<HloComputation> {
    let mut c = HloComputation::default();
    for f in Fields::new(bytes) {
        match f? {
            (1, Wire::Len(b)) => c.name = String::from_utf8_lossy(b).into_owned(),
            (2, Wire::Len(b)) => c.instructions.push(instruction(b)?),
            (5, Wire::Varint(v)) => c.id = v,
            (7, Wire::Varint(v)) => c.is_fusion = v != 0,
            _ => {}
        }
    }
    Ok(c)
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn instruction(bytes: &[u8]) -> Result<HloInstr> {
    let mut i = HloInstr::default();
    for f in Fields::new(bytes) {
        match f? {
            (2, Wire::Len(s)) => i.opcode = text(s),
            (3, Wire::Len(s)) => i.result_bytes = shape_bytes(s)?,
            (11, Wire::Len(s)) => i.fusion_kind = text(s),
            (28, Wire::Len(s)) => i.custom_call_target = text(s),
            (38, Wire::Varint(v)) => i.called.push(v),
            (38, Wire::Len(packed)) => {
                let mut pos = 0;
                while pos < packed.len() {
                    i.called.push(varint(packed, &mut pos)?);
                }
            }
            (43, Wire::Len(s)) => i.backend_config = s.to_vec(),
            (47, Wire::Varint(v)) => i.is_host_transfer = v != 0,
            _ => {}
        }
    }
    Ok(i)
}

/// Bytes of a `ShapeProto`: elements × element size; a tuple's parts summed; tokens and types we
/// do not know the size of count 0.
pub(crate) fn shape_bytes(shape: &[u8]) -> Result<u64> {
    let (mut element, mut elements, mut tuple) = (0u64, 1u64, None::<u64>);
    for f in Fields::new(shape) {
        match f? {
            (2, Wire::Varint(t)) => element = t,
            (3, Wire::Varint(d)) => elements = elements.saturating_mul(d),
            (3, Wire::Len(packed)) => {
                let mut pos = 0;
                while pos < packed.len() {
                    elements = elements.saturating_mul(varint(packed, &mut pos)?);
                }
            }
            (4, Wire::Len(part)) => *tuple.get_or_insert(0) += shape_bytes(part)?,
            _ => {}
        }
    }
    if let Some(t) = tuple {
        return Ok(t);
    }
    let size = match element {
        1 | 2 | 6 | 19..=30 => 1,
        3 | 7 | 10 | 16 => 2,
        4 | 8 | 11 => 4,
        5 | 9 | 12 | 15 => 8,
        18 => 16,
        _ => 0,
    };
    Ok(elements.saturating_mul(size))
}

fn has_computations(bytes: &[u8]) -> bool {
    let mut any = false;
    for f in Fields::new(bytes) {
        match f {
            Ok((3, Wire::Len(b))) => {
                // A computation holds instructions (field 2) with opcodes.
                any |= Fields::new(b).any(|f| matches!(f, Ok((2, Wire::Len(_)))));
            }
            Ok(_) => {}
            Err(_) => return false,
        }
    }
    any
}
