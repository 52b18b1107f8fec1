//! `jax.export`'s own serialized file: the bytes `exp.serialize()` returns and
//! `jax.export.deserialize` reads back. A flatbuffer (jax's `serialization.fbs`, no file
//! identifier) holding the StableHLO module as portable bytecode with everything around it: the
//! input and output pytrees, every argument's and result's shape and dtype, the platforms, the
//! effects, which arguments the module kept. So, unlike bare bytecode, it names and types its
//! own ports, and needs no sidecar.
//!
//! What changes the module's calling convention is refused by name (several platforms, ordered
//! effects, symbolic shapes, several devices, a dropped parameter); arguments JAX dropped as
//! unused (`module_kept_var_idx`) are mapped out of the signature.

mod aval;
mod flat;
mod pytree;
#[cfg(test)]
mod tests;

use std::path::Path;

use self::flat::Table;
use self::pytree::leaf_names;
use super::mlir_sig::{MainSignature, Port};
use super::MAGIC;
use crate::types::{Error, Result, TensorType};

// Fields of the `Exported` table.
const SERIALIZATION_VERSION: u16 = 0;
const IN_TREE: u16 = 2;
const IN_AVALS: u16 = 3;
const OUT_TREE: u16 = 4;
const OUT_AVALS: u16 = 5;
const NR_DEVICES_SHORT: u16 = 6;
const PLATFORMS: u16 = 9;
const ORDERED_EFFECTS: u16 = 10;
const MLIR_MODULE: u16 = 13;
const CALLING_CONVENTION: u16 = 14;
const KEPT_VAR_IDX: u16 = 15;
const USES_GLOBAL_CONSTANTS: u16 = 16;
const NR_DEVICES: u16 = 18;
const IN_AVALS_IDXS: u16 = 22;
const OUT_AVALS_IDXS: u16 = 23;
const JAX_VERSION: u16 = 26;

/// The `serialization_version` values read here. Up to jax 0.11.0 (so jax 0.10.2 too) jax wrote
/// the placeholder 3 whatever the schema version (schema 11 in 0.10.2), because older readers
/// accepted only 2 and 3; since July 2026 it writes the real one: 11 for a day, then 12 (jax
/// 0.11.1, 0.11.2, which also record `jax_version`). The schema only grew fields over these, all
/// read below with their absence handled; a later version may change what a field means, so it
/// is refused by name.
const SUPPORTED_VERSIONS: [u16; 3] = [3, 11, 12];
const SUPPORTED_RANGE: &str = "3, 11 and 12: what jax 0.10.2 through 0.12.x write";

/// jax's `[minimum, maximum]_supported_calling_convention_version` (9: tokens for ordered
/// effects; 10: shardy); the module's argument layout is the same for both.
const CALLING_CONVENTIONS: std::ops::RangeInclusive<u16> = 9..=10;

/// What `ExportedStep` needs: the module XLA compiles, and its ports named and typed.
pub struct Serialized {
    pub module: Vec<u8>,
    pub signature: MainSignature,
}

/// Whether `code` is shaped like a flatbuffer rooted at a table (the format has no magic and jax
/// sets no file identifier): Ok, or why not, for the caller's "what is this file" error.
pub fn sniff(code: &[u8]) -> std::result::Result<(), String> {
    let n = code.len();
    let root = flat::u32_at(code, 0).map_err(|_| format!("{n} bytes is too short"))? as usize;
    if root < 4 || root % 4 != 0 || root.saturating_add(4) > n {
        return Err(format!(
            "its first 4 bytes, read as a flatbuffer root offset ({root}), do not point inside \
             the {n}-byte file"
        ));
    }
    // The table starts with the signed offset back to its vtable.
    let soffset = flat::u32_at(code, root).map_err(|e| e.to_string())? as i32;
    let vtable = root as i64 - i64::from(soffset);
    let header = usize::try_from(vtable)
        .ok()
        .and_then(|v| Some((flat::u16_at(code, v).ok()?, flat::u16_at(code, v + 2).ok()?)));
    match header {
        Some((len, size)) if len >= 4 && len % 2 == 0 && size >= 4 => {
            if root.saturating_add(usize::from(size)) > n {
                return Err(format!(
                    "its root table ({size} bytes at {root}) runs past the end of the {n}-byte \
                     file: truncated?"
                ));
            }
            Ok(())
        }
        _ => Err("its root table has no valid vtable".into()),
    }
}

/// Why a file is not read: something it asks for that muon-xla refuses (the message says what
/// to export instead), or a corrupt file.
#[derive(Debug)]
enum Problem {
    Refused(String),
    Corrupt(flat::Corrupt),
}

impl From<flat::Corrupt> for Problem {
    fn from(e: flat::Corrupt) -> Self {
        Problem::Corrupt(e)
    }
}

type Checked<T> = std::result::Result<T, Problem>;

/// Reads a serialized `Exported` (`code`, read from `path`).
pub fn read(path: &Path, code: &[u8]) -> Result<Serialized> {
    read_checked(code).map_err(|p| {
        Error::Config(match p {
            Problem::Refused(m) => format!("{}: {m}", path.display()),
            Problem::Corrupt(e) => format!(
                "{} looks like jax.export's serialized form (`exp.serialize()`) but is corrupt: \
                 {e}; save it again (and copy it as binary)",
                path.display()
            ),
        })
    })
}

fn read_checked(code: &[u8]) -> Checked<Serialized> {
    // The version first, with the bounds-checked accessors: a newer schema may not verify
    // against ours, and then its version is the useful message.
    let root = Table::root(code)?;
    let version = root.u16(SERIALIZATION_VERSION)?;
    if !SUPPORTED_VERSIONS.contains(&version) {
        let by = match root.str(JAX_VERSION) {
            Ok(Some(v)) => format!(" (written by jax {v})"),
            _ => String::new(),
        };
        return Err(Problem::Refused(format!(
            "jax.export serialization_version {version}{by} is not one muon-xla reads \
             ({SUPPORTED_RANGE}): serialize with one of those jax versions, or save the module \
             as text (`exp.mlir_module()`)"
        )));
    }
    flat::verify(code)?;
    if root.u32(NR_DEVICES)? == 0 && root.u16(NR_DEVICES_SHORT)? != 0 {
        return Err(Problem::Refused(format!(
            "serialization_version {version} without `nr_devices`: written by a jax older than \
             0.8.2, in a format muon-xla does not read ({SUPPORTED_RANGE}); export again with a \
             newer jax"
        )));
    }
    check_calling_convention(&root, version)?;
    let module = root.bytes(MLIR_MODULE)?;
    if !module.starts_with(MAGIC) {
        return Err(Problem::Corrupt(format!(
            "`mlir_module_serialized` ({} bytes) is not MLIR bytecode",
            module.len()
        )));
    }
    let (in_names, out_names) = names(&root)?;
    let in_types = aval::avals(&root, IN_AVALS_IDXS, IN_AVALS, &in_names)?;
    let out_types = aval::avals(&root, OUT_AVALS_IDXS, OUT_AVALS, &out_names)?;
    let kept = kept_inputs(&root, &in_names)?;
    // After the avals, which name a symbolic dimension; what else needs shape refinement
    // (multi-platform code inside, a call to a shape-polymorphic export) is refused here.
    if root.u8(USES_GLOBAL_CONSTANTS)? != 0 {
        return Err(Problem::Refused(
            "`uses_global_constants` is set: the module has symbolic dimensions or \
             platform-dependent code that must be refined before XLA compiles it. Export with \
             concrete shapes, for one platform"
                .into(),
        ));
    }
    let port = |name: &String, ty: &TensorType| Port {
        name: Some(name.clone()),
        ty: ty.clone(),
        donated: false,
        aliases: None,
    };
    Ok(Serialized {
        module: module.to_vec(),
        signature: MainSignature {
            inputs: kept
                .iter()
                .map(|&i| port(&in_names[i], &in_types[i]))
                .collect(),
            outputs: out_names
                .iter()
                .zip(&out_types)
                .map(|(n, t)| port(n, t))
                .collect(),
        },
    })
}

/// Refuses by name what makes `@main` take more than the step's arrays, or need a refinement
/// a PJRT plugin does not do.
fn check_calling_convention(root: &Table, version: u16) -> Checked<()> {
    let platforms = root.strs(PLATFORMS)?;
    if platforms.len() != 1 {
        return Err(Problem::Refused(format!(
            "`platforms` is [{}]: a module for several platforms takes a platform index as its \
             first argument and picks the lowering at run time. Export for the one platform it \
             runs on: `jax.export.export(jax.jit(step), platforms=['cpu'])` (or ['cuda'])",
            platforms.join(", ")
        )));
    }
    let effects = root.tables(ORDERED_EFFECTS)?;
    if !effects.is_empty() {
        let names = effects
            .iter()
            .map(|e| Ok(e.str(0)?.unwrap_or("?").to_string()))
            .collect::<Checked<Vec<_>>>()?;
        return Err(Problem::Refused(format!(
            "`ordered_effects` is [{}]: such a module takes and returns a token per effect. \
             Export a step without ordered effects (no `ordered=True` callbacks or prints)",
            names.join(", ")
        )));
    }
    let devices = root.u32(NR_DEVICES)?;
    if devices > 1 {
        return Err(Problem::Refused(format!(
            "`nr_devices` is {devices}: the module is partitioned for {devices} devices and \
             muon-xla runs the step on one. Export under a single-device mesh"
        )));
    }
    let cc = root.u16(CALLING_CONVENTION)?;
    if !CALLING_CONVENTIONS.contains(&cc) {
        return Err(Problem::Refused(format!(
            "`calling_convention_version` is {cc} (serialization_version {version}): muon-xla \
             reads {} to {}, what jax 0.10.2 through 0.12.x export",
            CALLING_CONVENTIONS.start(),
            CALLING_CONVENTIONS.end()
        )));
    }
    Ok(())
}

/// The leaf names of `in_tree` and `out_tree`. An `Exported`'s `in_tree` is `((args...),
/// {kwargs})`: the first positional argument is the parameters, named `params` as in a text
/// export; a keyword argument by its keyword (which is its Python name: `x`, `y`); other
/// positional arguments `args[i]` (their names are not in the file). Results are named
/// `result...` as `jax.result_info` names them.
fn names(root: &Table) -> Checked<(Vec<String>, Vec<String>)> {
    let shape = || Problem::Corrupt("`in_tree` is not ((args...), {kwargs})".into());
    let in_tree = root.table(IN_TREE)?.ok_or_else(shape)?;
    let top = pytree::node(in_tree)?;
    let (args, kwargs) = match top.children.as_slice() {
        [a, k] if top.kind == pytree::TUPLE => (pytree::node(*a)?, pytree::node(*k)?),
        _ => return Err(shape()),
    };
    if args.kind != pytree::TUPLE || kwargs.kind != pytree::DICT {
        return Err(shape());
    }
    let mut inputs = Vec::new();
    for (i, arg) in args.children.iter().enumerate() {
        let root_name = if i == 0 {
            "params".to_string()
        } else {
            format!("args[{i}]")
        };
        leaf_names(*arg, &root_name, &mut inputs)?;
    }
    for (key, arg) in kwargs.keys()?.iter().zip(&kwargs.children) {
        leaf_names(*arg, key, &mut inputs)?;
    }
    let out_tree = root
        .table(OUT_TREE)?
        .ok_or_else(|| Problem::Corrupt("no `out_tree`".into()))?;
    let mut outputs = Vec::new();
    leaf_names(out_tree, "result", &mut outputs)?;
    Ok((inputs, outputs))
}

/// The inputs the module takes (`module_kept_var_idx`): jax drops arguments the step does not
/// use. A dropped batch argument is left out of the signature; a dropped parameter is refused,
/// since the optimizer binds every parameter to an argument.
fn kept_inputs(root: &Table, names: &[String]) -> Checked<Vec<usize>> {
    let kept: Vec<usize> = root
        .u16s(KEPT_VAR_IDX)?
        .into_iter()
        .map(usize::from)
        .collect();
    if kept.windows(2).any(|w| w[0] >= w[1]) || kept.last().is_some_and(|&k| k >= names.len()) {
        return Err(Problem::Corrupt(format!(
            "`module_kept_var_idx` {kept:?} is not an increasing list of the {} inputs",
            names.len()
        )));
    }
    let is_param = |n: &str| n == "params" || n.starts_with("params[") || n.starts_with("params.");
    let dropped: Vec<&str> = (0..names.len())
        .filter(|i| kept.binary_search(i).is_err())
        .map(|i| names[i].as_str())
        .filter(|n| is_param(n))
        .collect();
    if !dropped.is_empty() {
        return Err(Problem::Refused(format!(
            "the step does not use the parameters {}, so jax dropped them from the module \
             (`module_kept_var_idx`) and the optimizer could not pass them. Use them in the loss, \
             or export `jax.jit(step, keep_unused=True)`",
            dropped.join(", ")
        )));
    }
    Ok(kept)
}
