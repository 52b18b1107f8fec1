//! The argument and result types of a compiled program, read from its optimized HLO module (the
//! `host_program_shape` XLA keeps): what a program really takes, whatever a sidecar claims.

use super::proto_wire::{field_bytes, malformed, varint, Fields, Wire};
use crate::types::{DType, Error, Result, TensorType};

/// `xla.PrimitiveType` numbers of the dtypes we map.
fn dtype(element_type: u64) -> Option<DType> {
    Some(match element_type {
        1 => DType::Pred,
        4 => DType::I32,
        5 => DType::I64,
        10 => DType::F16,
        11 => DType::F32,
        12 => DType::F64,
        16 => DType::BF16,
        _ => return None,
    })
}

const TUPLE: u64 = 13;

/// A `ShapeProto { element_type = 2, dimensions = 3, tuple_shapes = 4 }`: its tensor types (a
/// tuple's elements in order, flattened one level).
fn shape(bytes: &[u8], out: &mut Vec<TensorType>) -> Result<()> {
    let mut element_type = 0;
    let mut dims = Vec::new();
    let mut tuple = Vec::new();
    for f in Fields::new(bytes) {
        match f? {
            (2, Wire::Varint(v)) => element_type = v,
            (3, Wire::Varint(v)) => dims.push(v as usize),
            (3, Wire::Len(packed)) => {
                let mut pos = 0;
                while pos < packed.len() {
                    dims.push(varint(packed, &mut pos)? as usize);
                }
            }
            (4, Wire::Len(b)) => tuple.push(b),
            _ => {}
        }
    }
    if element_type == TUPLE {
        for t in tuple {
            shape(t, out)?;
        }
        return Ok(());
    }
    let dtype = dtype(element_type).ok_or_else(|| {
        Error::Config(format!(
            "the compiled program has a value of XLA element type {element_type}, which \
             muon-xla does not map"
        ))
    })?;
    out.push(TensorType::new(dtype, dims));
    Ok(())
}

/// The (arguments, results) of the entry computation of a serialized `HloModuleProtoWithConfig`
/// (`hlo_module = 1`) or `HloModuleProto` (`host_program_shape = 4`: `ProgramShapeProto {
/// parameters = 1, result = 2 }`); a tuple result is its elements.
pub fn hlo_entry_types(bytes: &[u8]) -> Result<(Vec<TensorType>, Vec<TensorType>)> {
    fn program_shape(module: &[u8]) -> Option<&[u8]> {
        field_bytes(module, 4).ok().flatten()
    }
    let module = match field_bytes(bytes, 1)? {
        Some(inner) if program_shape(inner).is_some() => inner,
        _ => bytes,
    };
    let shape_bytes = program_shape(module).ok_or_else(malformed)?;
    let (mut args, mut results) = (Vec::new(), Vec::new());
    for f in Fields::new(shape_bytes) {
        match f? {
            (1, Wire::Len(b)) => {
                let mut one = Vec::new();
                shape(b, &mut one)?;
                args.extend(one);
            }
            (2, Wire::Len(b)) => shape(b, &mut results)?,
            _ => {}
        }
    }
    Ok((args, results))
}
