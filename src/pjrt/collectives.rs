//! The collectives XLA's SPMD partitioner put into an optimized program, and how many bytes each
//! one produces per device: the communication a partitioned step costs, read from the program
//! itself rather than estimated.
//!
//! Field numbers from `xla/service/hlo.proto` and `xla/xla_data.proto`: `HloModuleProto {
//! computations = 3 }`, `HloComputationProto { instructions = 2 }`, `HloInstructionProto {
//! opcode = 2, shape = 3 }`, `ShapeProto { element_type = 2, dimensions = 3, tuple_shapes = 4 }`;
//! `PrimitiveType`: PRED 1, S8 2, S16 3, S32 4, S64 5, U8 6, U16 7, U32 8, U64 9, F16 10, F32 11,
//! F64 12, BF16 16.

use serde::{Deserialize, Serialize};

use super::executable::Executable;
use super::proto_wire::{field_bytes, malformed, varint, Fields, Wire};
use crate::types::Result;

/// Opcodes that move data between devices (async pairs are counted at their `-start`).
const COLLECTIVES: [&str; 10] = [
    "all-gather",
    "all-gather-start",
    "all-reduce",
    "all-reduce-start",
    "reduce-scatter",
    "all-to-all",
    "collective-permute",
    "collective-permute-start",
    "collective-broadcast",
    "ragged-all-to-all",
];

/// One collective instruction of the optimized program.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Collective {
    pub opcode: String,
    /// Bytes of its result on one device (all tuple parts summed).
    pub result_bytes: u64,
}

impl Executable {
    /// The collectives in the optimized program, in program order.
    pub fn collectives(&self) -> Result<Vec<Collective>> {
        collectives(&self.optimized_hlo()?)
    }
}

/// The collectives of a serialized `HloModuleProtoWithConfig` or `HloModuleProto`.
pub fn collectives(bytes: &[u8]) -> Result<Vec<Collective>> {
    let module = match field_bytes(bytes, 1)? {
        Some(inner) if Fields::new(inner).any(|f| matches!(f, Ok((3, Wire::Len(_))))) => inner,
        _ => bytes,
    };
    let mut out = Vec::new();
    for f in Fields::new(module) {
        let (3, Wire::Len(comp)) = f? else { continue };
        for f in Fields::new(comp) {
            let (2, Wire::Len(instr)) = f? else { continue };
            let (mut opcode, mut shape) = (String::new(), None);
            for f in Fields::new(instr) {
                match f? {
                    (2, Wire::Len(s)) => opcode = String::from_utf8_lossy(s).into_owned(),
                    (3, Wire::Len(s)) => shape = Some(s),
                    _ => {}
                }
            }
            if COLLECTIVES.contains(&opcode.as_str()) {
                let result_bytes = match shape {
                    Some(s) => shape_bytes(s)?,
                    None => 0,
                };
                out.push(Collective {
                    opcode,
                    result_bytes,
                });
            }
        }
    }
    Ok(out)
}

/// Bytes of a `ShapeProto` (arrays: elements × element size; tuples: the sum of their parts).
fn shape_bytes(shape: &[u8]) -> Result<u64> {
    let (mut element, mut elements, mut tuple) = (0u64, 1u64, 0u64);
    let mut is_tuple = false;
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
            (4, Wire::Len(part)) => {
                is_tuple = true;
                tuple += shape_bytes(part)?;
            }
            _ => {}
        }
    }
    if is_tuple {
        return Ok(tuple);
    }
    let size = match element {
        1 | 2 | 6 => 1,
        3 | 7 | 10 | 16 => 2,
        4 | 8 | 11 => 4,
        5 | 9 | 12 => 8,
        13 => 0, // TUPLE without parts
        _ => return Err(malformed()),
    };
    Ok(elements * size)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn put(out: &mut Vec<u8>, field: u64, wire: u64, v: &[u8]) {
        out.push((field << 3 | wire) as u8);
        if wire == 2 {
            out.push(v.len() as u8);
        }
        out.extend_from_slice(v);
    }

    #[test]
    fn finds_an_all_gather_and_its_bytes() {
        // f32[4, 8] (packed dims), and a tuple of bf16[3] and f32[2] (unpacked dims).
        let mut f32_4x8 = Vec::new();
        put(&mut f32_4x8, 2, 0, &[11]);
        put(&mut f32_4x8, 3, 2, &[4, 8]);
        let (mut bf16_3, mut f32_2) = (Vec::new(), Vec::new());
        put(&mut bf16_3, 2, 0, &[16]);
        put(&mut bf16_3, 3, 0, &[3]);
        put(&mut f32_2, 2, 0, &[11]);
        put(&mut f32_2, 3, 0, &[2]);
        let mut tuple = Vec::new();
        put(&mut tuple, 2, 0, &[13]);
        put(&mut tuple, 4, 2, &bf16_3);
        put(&mut tuple, 4, 2, &f32_2);
        let instr = |op: &str, shape: &[u8]| {
            let mut b = Vec::new();
            put(&mut b, 2, 2, op.as_bytes());
            put(&mut b, 3, 2, shape);
            b
        };
        let mut comp = Vec::new();
        put(&mut comp, 2, 2, &instr("dot", &f32_4x8));
        put(&mut comp, 2, 2, &instr("all-gather", &f32_4x8));
        put(&mut comp, 2, 2, &instr("all-reduce", &tuple));
        let mut module = Vec::new();
        put(&mut module, 3, 2, &comp);
        let got = collectives(&module).unwrap();
        assert_eq!(
            got,
            vec![
                Collective {
                    opcode: "all-gather".into(),
                    result_bytes: 128
                },
                Collective {
                    opcode: "all-reduce".into(),
                    result_bytes: 14
                },
            ]
        );
    }
}
