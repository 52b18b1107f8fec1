//! The flatbuffer layer of `jax.export`'s serialized file: the schema, as the `flatbuffers`
//! runtime's verifier checks it, and safe accessors to the tables it declares.
//!
//! The runtime's own accessors (`Table::get`, `Follow`) are `unsafe`: they trust offsets. So the
//! file is checked twice over: once by the runtime's verifier against our declaration of the
//! schema (every offset, vector length, string and nesting depth, with an error trace naming the
//! field), and again at every read by these accessors, which bounds-check and return an error
//! instead of trusting anything. No `unsafe`, and a corrupt file is an error, never a panic.
//!
//! The schema is jax's `jax/_src/export/serialization.fbs`; only field numbers and types matter
//! on the wire (a field `n` lives at vtable offset `4 + 2n`).

use flatbuffers::{ForwardsUOffset, InvalidFlatbuffer, Vector, Verifiable, Verifier};

/// What went wrong reading the buffer (the caller adds the file and the fix).
pub type Corrupt = String;

type Str = ForwardsUOffset<&'static str>;
type Strs = ForwardsUOffset<Vector<'static, ForwardsUOffset<&'static str>>>;
type Tables<T> = ForwardsUOffset<Vector<'static, ForwardsUOffset<T>>>;
type Scalars<T> = ForwardsUOffset<Vector<'static, T>>;
type Sub<T> = ForwardsUOffset<T>;

/// Declares a table of the schema for the verifier: `slot "name": wire type`.
macro_rules! table {
    ($name:ident { $($slot:literal $field:literal: $ty:ty),* $(,)? }) => {
        pub struct $name;
        impl Verifiable for $name {
            fn run_verifier(v: &mut Verifier, pos: usize) -> Result<(), InvalidFlatbuffer> {
                v.visit_table(pos)?
                    $(.visit_field::<$ty>($field, 4 + 2 * $slot, false)?)*
                    .finish();
                Ok(())
            }
        }
    };
}

table!(PyTreeDef {
    0 "kind": i8,
    1 "children": Tables<PyTreeDef>,
    2 "children_names": Strs,
    3 "custom_name": Str,
    4 "custom_auxdata": Scalars<u8>,
});
table!(AbstractDevice { 0 "device_kind": Str, 1 "num_cores": u32, 2 "platform": Str });
table!(AbstractMesh {
    0 "axis_sizes": Scalars<u32>,
    1 "axis_names": Strs,
    2 "axis_types": Scalars<i8>,
    3 "abstract_device": Sub<AbstractDevice>,
});
table!(PartitionSpecOneAxis { 0 "axes": Strs });
table!(PartitionSpec {
    0 "partitions": Tables<PartitionSpecOneAxis>,
    1 "reduced": Strs,
    2 "unreduced": Strs,
});
table!(NamedSharding {
    0 "mesh": Sub<AbstractMesh>,
    1 "spec": Sub<PartitionSpec>,
    2 "memory_kind": Str,
    3 "abstract_mesh_idx": u32,
});
table!(AbstractValue { 0 "kind": i8, 1 "shape": Strs, 2 "dtype": i8, 3 "memory_space": i8 });
table!(Sharding {
    0 "kind": i8,
    1 "hlo_sharding_proto": Scalars<u8>,
    2 "named_sharding": Sub<NamedSharding>,
});
table!(Effect { 0 "type_name": Str });
table!(DisabledSafetyCheck { 0 "kind": i8, 1 "custom_call_target": Str });
table!(Exported {
    0 "serialization_version": u16,
    1 "function_name": Str,
    2 "in_tree": Sub<PyTreeDef>,
    3 "in_avals": Tables<AbstractValue>,
    4 "out_tree": Sub<PyTreeDef>,
    5 "out_avals": Tables<AbstractValue>,
    6 "nr_devices_short": i16,
    7 "in_shardings": Tables<Sharding>,
    8 "out_shardings": Tables<Sharding>,
    9 "platforms": Strs,
    10 "ordered_effects": Tables<Effect>,
    11 "unordered_effects": Tables<Effect>,
    12 "disabled_checks": Tables<DisabledSafetyCheck>,
    13 "mlir_module_serialized": Scalars<u8>,
    14 "calling_convention_version": u16,
    15 "module_kept_var_idx": Scalars<u16>,
    16 "uses_global_constants": bool,
    17 "vjp": Sub<Exported>,
    18 "nr_devices": u32,
    19 "unique_avals": Tables<AbstractValue>,
    20 "unique_abstract_meshes": Tables<AbstractMesh>,
    21 "unique_named_shardings": Tables<NamedSharding>,
    22 "in_avals_idxs": Scalars<u32>,
    23 "out_avals_idxs": Scalars<u32>,
    24 "in_shardings_idxs": Scalars<u32>,
    25 "out_shardings_idxs": Scalars<u32>,
    26 "jax_version": Str,
});

/// Runs the runtime's verifier over the whole file, rooted at an `Exported`.
pub fn verify(buf: &[u8]) -> Result<(), Corrupt> {
    let opts = flatbuffers::VerifierOptions {
        // Pytrees nest a table per level; 64 (the default) is a deep but possible model tree.
        max_depth: 256,
        ..Default::default()
    };
    let mut v = Verifier::new(&opts, buf);
    <ForwardsUOffset<Exported>>::run_verifier(&mut v, 0).map_err(|e| e.to_string())
}

fn array<const N: usize>(buf: &[u8], pos: usize) -> Result<[u8; N], Corrupt> {
    pos.checked_add(N)
        .and_then(|end| buf.get(pos..end))
        .and_then(|b| b.try_into().ok())
        .ok_or_else(|| {
            format!(
                "{N}-byte read at {pos} is past the end ({} bytes)",
                buf.len()
            )
        })
}

pub fn u16_at(buf: &[u8], pos: usize) -> Result<u16, Corrupt> {
    array(buf, pos).map(u16::from_le_bytes)
}

pub fn u32_at(buf: &[u8], pos: usize) -> Result<u32, Corrupt> {
    array(buf, pos).map(u32::from_le_bytes)
}

/// A table at `pos` of `buf`; every read is bounds-checked.
#[derive(Clone, Copy)]
pub struct Table<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Table<'a> {
    /// The root table (the buffer starts with its offset).
    pub fn root(buf: &'a [u8]) -> Result<Table<'a>, Corrupt> {
        Ok(Table {
            buf,
            pos: u32_at(buf, 0)? as usize,
        })
    }

    /// Where field `slot` is stored, None when absent (its default applies).
    fn field(&self, slot: u16) -> Result<Option<usize>, Corrupt> {
        let soffset = i32::from_le_bytes(array(self.buf, self.pos)?);
        let vtable = (self.pos as i64 - i64::from(soffset)) as usize;
        let vtable_len = u16_at(self.buf, vtable)?;
        let at = 4 + 2 * slot;
        if at + 2 > vtable_len {
            return Ok(None);
        }
        match u16_at(self.buf, vtable + usize::from(at))? {
            0 => Ok(None),
            off => Ok(Some(self.pos.saturating_add(usize::from(off)))),
        }
    }

    pub fn u8(&self, slot: u16) -> Result<u8, Corrupt> {
        self.field(slot)?
            .map_or(Ok(0), |p| array::<1>(self.buf, p).map(|b| b[0]))
    }

    pub fn u16(&self, slot: u16) -> Result<u16, Corrupt> {
        self.field(slot)?.map_or(Ok(0), |p| u16_at(self.buf, p))
    }

    pub fn u32(&self, slot: u16) -> Result<u32, Corrupt> {
        self.field(slot)?.map_or(Ok(0), |p| u32_at(self.buf, p))
    }

    /// The position an offset field points to.
    fn target(&self, slot: u16) -> Result<Option<usize>, Corrupt> {
        match self.field(slot)? {
            None => Ok(None),
            Some(p) => Ok(Some(p.saturating_add(u32_at(self.buf, p)? as usize))),
        }
    }

    pub fn table(&self, slot: u16) -> Result<Option<Table<'a>>, Corrupt> {
        Ok(self.target(slot)?.map(|pos| Table { buf: self.buf, pos }))
    }

    /// A vector's element count and the position of its first element.
    fn vector(&self, slot: u16) -> Result<(usize, usize), Corrupt> {
        match self.target(slot)? {
            None => Ok((0, 0)),
            Some(p) => Ok((u32_at(self.buf, p)? as usize, p.saturating_add(4))),
        }
    }

    /// A `[byte]` vector (empty when absent).
    pub fn bytes(&self, slot: u16) -> Result<&'a [u8], Corrupt> {
        let (len, start) = self.vector(slot)?;
        start
            .checked_add(len)
            .and_then(|end| self.buf.get(start..end))
            .ok_or_else(|| format!("a {len}-byte vector at {start} runs past the end"))
    }

    pub fn str(&self, slot: u16) -> Result<Option<&'a str>, Corrupt> {
        if self.field(slot)?.is_none() {
            return Ok(None);
        }
        std::str::from_utf8(self.bytes(slot)?)
            .map(Some)
            .map_err(|e| format!("a string is not UTF-8: {e}"))
    }

    /// Positions of the elements of a vector of `width`-byte elements.
    fn elements(&self, slot: u16, width: usize) -> Result<Vec<usize>, Corrupt> {
        let (len, start) = self.vector(slot)?;
        if len.saturating_mul(width) > self.buf.len().saturating_sub(start) {
            return Err(format!(
                "a vector of {len} elements at {start} runs past the end"
            ));
        }
        Ok((0..len).map(|i| start + i * width).collect())
    }

    pub fn tables(&self, slot: u16) -> Result<Vec<Table<'a>>, Corrupt> {
        self.elements(slot, 4)?
            .into_iter()
            .map(|p| {
                let pos = p.saturating_add(u32_at(self.buf, p)? as usize);
                Ok(Table { buf: self.buf, pos })
            })
            .collect()
    }

    pub fn strs(&self, slot: u16) -> Result<Vec<&'a str>, Corrupt> {
        self.elements(slot, 4)?
            .into_iter()
            .map(|p| {
                let s = p.saturating_add(u32_at(self.buf, p)? as usize);
                let len = u32_at(self.buf, s)? as usize;
                let bytes = (s.saturating_add(4))
                    .checked_add(len)
                    .and_then(|end| self.buf.get(s.saturating_add(4)..end))
                    .ok_or_else(|| format!("a string at {s} runs past the end"))?;
                std::str::from_utf8(bytes).map_err(|e| format!("a string is not UTF-8: {e}"))
            })
            .collect()
    }

    pub fn u16s(&self, slot: u16) -> Result<Vec<u16>, Corrupt> {
        let elements = self.elements(slot, 2)?;
        elements.into_iter().map(|p| u16_at(self.buf, p)).collect()
    }

    pub fn u32s(&self, slot: u16) -> Result<Vec<u32>, Corrupt> {
        let elements = self.elements(slot, 4)?;
        elements.into_iter().map(|p| u32_at(self.buf, p)).collect()
    }
}
