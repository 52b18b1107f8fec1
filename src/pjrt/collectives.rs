//! The collectives XLA's SPMD partitioner put into an optimized program, and how many bytes each
//! one produces per device: the communication a partitioned step costs, read from the program
//! itself rather than estimated.
//!
//! (The module is read by [`super::hlo_module`].)

use serde::{Deserialize, Serialize};

use super::executable::Executable;
use super::hlo_module::HloModule;
use crate::types::Result;

/// Opcodes that move data between devices (async pairs are counted at their `-start`).
pub(crate) const COLLECTIVES: [&str; 10] = [
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
    let module = HloModule::parse(bytes)?;
    Ok((module.computations.iter())
        .flat_map(|c| c.instructions.iter())
        .filter(|i| COLLECTIVES.contains(&i.opcode.as_str()))
        .map(|i| Collective {
            opcode: i.opcode.clone(),
            result_bytes: i.result_bytes,
        })
        .collect())
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
