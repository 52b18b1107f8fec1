//! The shapes and dtypes of a serialized export's ports (`AbstractValue`s), refusing what
//! muon-xla cannot compile: symbolic dimensions, dtypes it has no `DType` for, tokens, host
//! memory.

use super::flat::Table;
use super::{Checked, Problem};
use crate::types::{DType, TensorType};

// Fields of `Exported`.
const UNIQUE_AVALS: u16 = 19;

// `DType` of the schema: (code, name, ours).
const DTYPES: [(u8, &str, Option<DType>); 30] = [
    (0, "bool", Some(DType::Pred)),
    (1, "i8", None),
    (2, "i16", None),
    (3, "i32", Some(DType::I32)),
    (4, "i64", Some(DType::I64)),
    (5, "ui8", None),
    (6, "ui16", None),
    (7, "ui32", None),
    (8, "ui64", None),
    (9, "f16", Some(DType::F16)),
    (10, "f32", Some(DType::F32)),
    (11, "f64", Some(DType::F64)),
    (12, "c64", None),
    (13, "c128", None),
    (14, "bf16", Some(DType::BF16)),
    (15, "i4", None),
    (16, "ui4", None),
    (17, "f8_e4m3b11fnuz", None),
    (18, "f8_e4m3fn", None),
    (19, "f8_e4m3fnuz", None),
    (20, "f8_e5m2", None),
    (21, "f8_e5m2fnuz", None),
    (22, "float0", None),
    (23, "f8_e4m3", None),
    (24, "f8_e3m4", None),
    (25, "f8_e8m0fnu", None),
    (26, "f4_e2m1fn", None),
    (27, "key<fry>", None),
    (28, "key<rbg>", None),
    (29, "key<unsafe_rbg>", None),
];

/// The types of the ports `names` (from `unique_avals` by index, as jax 0.10 on writes them, or
/// the older inline vector).
pub fn avals(root: &Table, idxs: u16, inline: u16, names: &[String]) -> Checked<Vec<TensorType>> {
    let idxs = root.u32s(idxs)?;
    let tables = if idxs.is_empty() {
        root.tables(inline)?
    } else {
        let unique = root.tables(UNIQUE_AVALS)?;
        idxs.iter()
            .map(|&i| {
                let of = unique.len();
                unique.get(i as usize).copied().ok_or_else(|| {
                    Problem::Corrupt(format!("aval index {i} is out of range (of {of})"))
                })
            })
            .collect::<Checked<Vec<_>>>()?
    };
    if tables.len() != names.len() {
        return Err(Problem::Corrupt(format!(
            "the pytree has {} leaves but there are {} avals",
            names.len(),
            tables.len()
        )));
    }
    tables
        .iter()
        .zip(names)
        .map(|(t, name)| aval(t, name))
        .collect()
}

// Fields of `AbstractValue`.
const AVAL_KIND: u16 = 0;
const AVAL_SHAPE: u16 = 1;
const AVAL_DTYPE: u16 = 2;
const AVAL_MEMORY_SPACE: u16 = 3;
const HOST_MEMORY: u8 = 2;

fn aval(t: &Table, name: &str) -> Checked<TensorType> {
    let refuse = |m: String| Err(Problem::Refused(m));
    if t.u8(AVAL_KIND)? != 0 {
        return refuse(format!(
            "`{name}` is a token, not an array: export a step of arrays"
        ));
    }
    let code = t.u8(AVAL_DTYPE)?;
    let dtype = match DTYPES.iter().find(|d| d.0 == code) {
        Some((_, _, Some(d))) => *d,
        Some((_, n, None)) => {
            return refuse(format!(
                "`{name}` has dtype {n}, which muon-xla does not support (use one of {})",
                DType::ALL.map(DType::mlir_name).join(", ")
            ))
        }
        None => return Err(format!("`{name}` has the unknown dtype code {code}").into()),
    };
    if t.u8(AVAL_MEMORY_SPACE)? == HOST_MEMORY {
        return refuse(format!(
            "`{name}` lives in host memory (memory_space Host): export it as a device array"
        ));
    }
    let dims = t.strs(AVAL_SHAPE)?;
    let mut shape = Vec::with_capacity(dims.len());
    for d in &dims {
        let Ok(n) = d.trim().parse::<usize>() else {
            return refuse(format!(
                "`{name}` has the symbolic dimension `{d}` (shape ({})): muon-xla compiles static \
                 shapes. Export with concrete shapes, not `jax.export.symbolic_shape`",
                dims.join(", ")
            ));
        };
        shape.push(n);
    }
    Ok(TensorType::new(dtype, shape))
}
