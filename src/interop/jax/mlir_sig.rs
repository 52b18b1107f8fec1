//! Reads the signature of `func.func public @main` from StableHLO text as JAX prints it:
//! argument and result types (`tensor<4x8xf32>`), `jax.result_info` names, argument names from
//! `loc("params['w']")` (present when JAX printed debug information), and donation
//! (`tf.aliasing_output = N` or `jax.buffer_donor = true`).
//!
//! This is not an MLIR parser: it scans one function header with bracket and string awareness,
//! which is all the signature needs; the plugin parses the whole module when it compiles it.

use crate::types::{DType, Error, Result, TensorType};

/// One argument or result of `@main`.
#[derive(Debug, Clone, PartialEq)]
pub struct Port {
    /// The JAX name (`params['attn']['wq']`, `result[1]['w0']`), when the module carries it.
    pub name: Option<String>,
    pub ty: TensorType,
    /// Arguments only: donated (`tf.aliasing_output` gives the result it aliases).
    pub donated: bool,
    pub aliases: Option<usize>,
}

/// The `@main` signature of a module.
#[derive(Debug, Clone, PartialEq)]
pub struct MainSignature {
    pub inputs: Vec<Port>,
    pub outputs: Vec<Port>,
}

fn bad(msg: impl Into<String>) -> Error {
    Error::Config(format!(
        "StableHLO text: {} (expected JAX's `func.func public @main(%arg0: tensor<...>, ...) -> (...)`)",
        msg.into()
    ))
}

/// Parses the header of `func.func public @main`.
pub fn parse_main(text: &str) -> Result<MainSignature> {
    let start = text
        .find("func.func public @main(")
        .ok_or_else(|| bad("no `func.func public @main(` in the module"))?;
    let rest = &text[start + "func.func public @main".len()..];
    let (args, after) = balanced(rest, '(', ')')?;
    let after = after.trim_start();
    let after = after
        .strip_prefix("->")
        .ok_or_else(|| bad("no `->` after the arguments of @main"))?
        .trim_start();
    let results: Vec<String> = if after.starts_with('(') {
        split_top(balanced(after, '(', ')')?.0)
    } else {
        // A single result: `-> tensor<f32> {attrs} {` — the type, then optional attributes.
        let end = after
            .find(" {\n")
            .or_else(|| after.find('\n'))
            .ok_or_else(|| bad("unterminated result list of @main"))?;
        vec![after[..end].to_string()]
    };
    let inputs = split_top(args)
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let a = a.trim();
            let (_, decl) = a
                .split_once(':')
                .ok_or_else(|| bad(format!("argument {i} `{a}` has no type")))?;
            port(decl, &format!("argument {i}"), true)
        })
        .collect::<Result<Vec<_>>>()?;
    let outputs = results
        .iter()
        .enumerate()
        .map(|(i, r)| port(r, &format!("result {i}"), false))
        .collect::<Result<Vec<_>>>()?;
    Ok(MainSignature { inputs, outputs })
}

/// `tensor<...> [{attrs}] [loc(...)]`.
fn port(decl: &str, what: &str, is_arg: bool) -> Result<Port> {
    let decl = decl.trim();
    let (ty_text, rest) = if let Some(t) = decl.strip_prefix("tensor") {
        let (inner, rest) = balanced(t, '<', '>')?;
        (inner, rest.trim())
    } else {
        return Err(bad(format!(
            "{what} `{decl}` is not a tensor (tokens and tuples are not supported)"
        )));
    };
    let ty = tensor_type(ty_text).map_err(|m| bad(format!("{what} `tensor<{ty_text}>`: {m}")))?;
    let mut p = Port {
        name: None,
        ty,
        donated: false,
        aliases: None,
    };
    let mut rest = rest;
    if rest.starts_with('{') {
        let (attrs, r) = balanced(rest, '{', '}')?;
        rest = r.trim();
        for attr in split_top(attrs) {
            let Some((key, value)) = attr.split_once('=') else {
                continue;
            };
            let value = value.trim();
            match key.trim() {
                "jax.result_info" => p.name = Some(unquote(value)),
                "tf.aliasing_output" if is_arg => {
                    let n = value.split(':').next().unwrap_or("").trim();
                    p.aliases =
                        Some(n.parse().map_err(|_| {
                            bad(format!("{what}: bad tf.aliasing_output `{value}`"))
                        })?);
                    p.donated = true;
                }
                "jax.buffer_donor" if is_arg => p.donated = value == "true",
                _ => {}
            }
        }
    }
    if let Some(loc) = rest.strip_prefix("loc(") {
        let loc = loc.trim_start();
        if loc.starts_with('"') && p.name.is_none() {
            let end = closing_quote(loc).ok_or_else(|| bad(format!("{what}: bad loc")))?;
            p.name = Some(unquote(&loc[..=end]));
        }
    }
    Ok(p)
}

/// `4x8xf32` / `f32` into a tensor type.
pub fn tensor_type(s: &str) -> std::result::Result<TensorType, String> {
    let s = s.trim();
    let mut parts: Vec<&str> = s.split('x').collect();
    let elem = parts.pop().unwrap_or_default();
    let dtype = match elem {
        "i1" => DType::Pred,
        e => DType::parse(e)
            .filter(|d| d.mlir_name() == e)
            .ok_or_else(|| {
                format!(
                    "element type `{elem}` is not supported (use one of {})",
                    DType::ALL.map(DType::mlir_name).join(", ")
                )
            })?,
    };
    let shape = parts
        .iter()
        .map(|d| {
            d.parse::<usize>().map_err(|_| {
                format!("dimension `{d}` is not static (export with concrete shapes, not shape polymorphism)")
            })
        })
        .collect::<std::result::Result<Vec<_>, _>>()?;
    Ok(TensorType::new(dtype, shape))
}

/// Whether a left-to-right scan is inside a `"…"` string (with `\\` escapes), so brackets and
/// commas inside names are not taken for structure.
#[derive(Default)]
struct Quotes {
    in_str: bool,
    escaped: bool,
}

impl Quotes {
    /// Whether `c` belongs to a string literal (its quotes included).
    fn consume(&mut self, c: char) -> bool {
        if self.in_str {
            match c {
                _ if self.escaped => self.escaped = false,
                '\\' => self.escaped = true,
                '"' => self.in_str = false,
                _ => {}
            }
            true
        } else {
            self.in_str = c == '"';
            self.in_str
        }
    }
}

/// Splits `s` (which starts at `open`) at its matching `close`: (inside, after).
fn balanced(s: &str, open: char, close: char) -> Result<(&str, &str)> {
    let s = s.trim_start();
    if !s.starts_with(open) {
        return Err(bad(format!("expected `{open}`")));
    }
    let mut depth = 0usize;
    let mut quotes = Quotes::default();
    for (i, c) in s.char_indices() {
        if quotes.consume(c) {
            continue;
        }
        match c {
            c if c == open => depth += 1,
            c if c == close => {
                depth -= 1;
                if depth == 0 {
                    return Ok((&s[1..i], &s[i + 1..]));
                }
            }
            _ => {}
        }
    }
    Err(bad(format!("unbalanced `{open}`")))
}

/// Splits at commas outside brackets and strings.
fn split_top(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut quotes = Quotes::default();
    let mut cur = String::new();
    for c in s.chars() {
        if quotes.consume(c) {
            cur.push(c);
            continue;
        }
        match c {
            '(' | '<' | '{' | '[' => depth += 1,
            ')' | '>' | '}' | ']' => depth -= 1,
            ',' if depth == 0 => {
                out.push(std::mem::take(&mut cur));
                continue;
            }
            _ => {}
        }
        cur.push(c);
    }
    if !cur.trim().is_empty() {
        out.push(cur);
    }
    out
}

fn closing_quote(s: &str) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in s.char_indices().skip(1) {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => return Some(i),
            _ => {}
        }
    }
    None
}

/// `"a\22b"` (MLIR escapes bytes as `\XX`) into `a"b`.
fn unquote(s: &str) -> String {
    let s = s.trim();
    let s = s.strip_prefix('"').unwrap_or(s);
    let s = s.strip_suffix('"').unwrap_or(s);
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let hex: String = chars.by_ref().take(2).collect();
        match u8::from_str_radix(&hex, 16) {
            Ok(b) => out.push(char::from(b)),
            Err(_) => {
                out.push('\\');
                out.push_str(&hex);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_jax_main_header() {
        let text = r#"module @jit_step attributes {mhlo.num_partitions = 1 : i32} {
  func.func public @main(%arg0: tensor<8xf32> {tf.aliasing_output = 1 : i32} loc("p['b1']"), %arg1: tensor<4x8xbf16> {jax.buffer_donor = true}, %arg2: tensor<3xi32>) -> (tensor<f32> {jax.result_info = "result[0]"}, tensor<8xf32> {jax.result_info = "result[1]['b1']"}) {
    return %a, %b : tensor<f32>, tensor<8xf32>
  }
}"#;
        let sig = parse_main(text).unwrap();
        assert_eq!(sig.inputs.len(), 3);
        assert_eq!(sig.inputs[0].name.as_deref(), Some("p['b1']"));
        assert_eq!(sig.inputs[0].aliases, Some(1));
        assert!(sig.inputs[0].donated);
        assert!(sig.inputs[1].donated && sig.inputs[1].aliases.is_none());
        assert_eq!(sig.inputs[1].ty, TensorType::new(DType::BF16, vec![4, 8]));
        assert_eq!(sig.inputs[2].ty, TensorType::new(DType::I32, vec![3]));
        assert!(!sig.inputs[2].donated && sig.inputs[2].name.is_none());
        assert_eq!(sig.outputs[0].ty, TensorType::scalar(DType::F32));
        assert_eq!(sig.outputs[1].name.as_deref(), Some("result[1]['b1']"));
    }

    #[test]
    fn single_result_and_errors() {
        let sig = parse_main("func.func public @main(%arg0: tensor<2xf32>) -> tensor<2xf32> {\n}")
            .unwrap();
        assert_eq!(sig.outputs.len(), 1);
        let e = parse_main("func.func public @main(%arg0: tensor<?x2xf32>) -> tensor<f32> {\n}")
            .unwrap_err()
            .to_string();
        assert!(e.contains("not static"), "{e}");
        let e = parse_main("func.func public @main(%arg0: tensor<2xui8>) -> tensor<f32> {\n}")
            .unwrap_err()
            .to_string();
        assert!(e.contains("`ui8` is not supported"), "{e}");
        let e = parse_main("module {}").unwrap_err().to_string();
        assert!(e.contains("no `func.func public @main("), "{e}");
    }
}
