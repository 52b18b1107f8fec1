//! The leaves of a serialized `PyTreeDef`, named as JAX's `keystr` names them (`['attn']['wq']`,
//! `[0]`, `.field`), so a serialized export's ports carry the same names as the `loc("...")` and
//! `jax.result_info` of a text export.

use super::flat::{Corrupt, Table};
use super::{Checked, Problem};

// `PyTreeDefKind` of the schema.
const LEAF: u8 = 0;
const NONE: u8 = 1;
pub const TUPLE: u8 = 2;
const LIST: u8 = 3;
pub const DICT: u8 = 4;
const CUSTOM: u8 = 5;

// Fields of `PyTreeDef`.
const KIND: u16 = 0;
const CHILDREN: u16 = 1;
const CHILDREN_NAMES: u16 = 2;
const CUSTOM_NAME: u16 = 3;
const CUSTOM_AUXDATA: u16 = 4;

/// Deeper than this is a corrupt (cyclic) file, not a model (the verifier caps it lower anyway).
const MAX_DEPTH: usize = 512;

/// A node's kind and children.
pub struct Node<'a> {
    pub kind: u8,
    pub children: Vec<Table<'a>>,
    table: Table<'a>,
}

pub fn node(t: Table<'_>) -> Result<Node<'_>, Corrupt> {
    Ok(Node {
        kind: t.u8(KIND)?,
        children: t.tables(CHILDREN)?,
        table: t,
    })
}

impl Node<'_> {
    /// A dict's keys, one per child.
    pub fn keys(&self) -> Result<Vec<&str>, Corrupt> {
        let keys = self.table.strs(CHILDREN_NAMES)?;
        if keys.len() != self.children.len() {
            return Err(format!(
                "a dict node has {} children but {} keys",
                self.children.len(),
                keys.len()
            ));
        }
        Ok(keys)
    }
}

/// Appends to `out` the name of every leaf under `t`, each `prefix` followed by its key path.
pub fn leaf_names(t: Table<'_>, prefix: &str, out: &mut Vec<String>) -> Checked<()> {
    walk(t, prefix, out, 0)
}

fn walk(t: Table<'_>, path: &str, out: &mut Vec<String>, depth: usize) -> Checked<()> {
    if depth > MAX_DEPTH {
        return Err(format!("a pytree nests deeper than {MAX_DEPTH} levels").into());
    }
    let n = node(t)?;
    let child_paths: Vec<String> = match n.kind {
        LEAF => {
            out.push(path.to_string());
            return Ok(());
        }
        NONE => return Ok(()),
        TUPLE | LIST => (0..n.children.len())
            .map(|i| format!("{path}[{i}]"))
            .collect(),
        DICT => n
            .keys()?
            .iter()
            .map(|k| format!("{path}[{}]", py_repr(k)))
            .collect(),
        CUSTOM => match namedtuple_fields(&n)? {
            Some(fields) => fields.iter().map(|f| format!("{path}.{f}")).collect(),
            // Children without names are fine as long as none of them holds a leaf.
            None if count_leaves(t, depth)? == 0 => return Ok(()),
            None => {
                return Err(Problem::Refused(format!(
                    "the pytree node `{}` at `{path}` is a custom type whose children have no \
                     names muon-xla can know (only dicts, lists, tuples, None and namedtuples \
                     registered with `jax.export.register_namedtuple_serialization` have them): \
                     export the step with its parameters and batch as dicts",
                    t.str(CUSTOM_NAME)?.unwrap_or("?")
                )))
            }
        },
        k => return Err(format!("unknown pytree node kind {k}").into()),
    };
    for (child, p) in n.children.iter().zip(&child_paths) {
        walk(*child, p, out, depth + 1)?;
    }
    Ok(())
}

fn count_leaves(t: Table<'_>, depth: usize) -> Result<usize, Corrupt> {
    if depth > MAX_DEPTH {
        return Err(format!("a pytree nests deeper than {MAX_DEPTH} levels"));
    }
    let n = node(t)?;
    if n.kind == LEAF {
        return Ok(1);
    }
    n.children
        .iter()
        .try_fold(0, |sum, c| Ok(sum + count_leaves(*c, depth + 1)?))
}

/// The field names of a namedtuple registered with `jax.export.register_namedtuple_serialization`:
/// its auxdata is the JSON list of `_fields` (JAX names its children `.field`). None for any
/// other custom node.
fn namedtuple_fields(n: &Node<'_>) -> Result<Option<Vec<String>>, Corrupt> {
    let aux = n.table.bytes(CUSTOM_AUXDATA)?;
    let fields: Option<Vec<String>> = serde_json::from_slice(aux).ok();
    Ok(fields.filter(|f| {
        f.len() == n.children.len()
            && f.iter()
                .all(|s| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || c == '_'))
    }))
}

/// A string key as Python's `repr` writes it, which is how `keystr` shows dict keys: single
/// quotes unless the key holds a single quote and no double quote.
pub fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::py_repr;

    #[test]
    fn keys_are_quoted_like_python_repr() {
        assert_eq!(py_repr("wq"), "'wq'");
        assert_eq!(py_repr("it's"), "\"it's\"");
        assert_eq!(py_repr("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(py_repr("a\\b\n"), "'a\\\\b\\n'");
    }
}
