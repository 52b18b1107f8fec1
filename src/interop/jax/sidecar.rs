//! The JSON sidecar of an export (`step.json`, written by `examples/jax/export_step.py`): names,
//! dtypes, shapes and donation of `@main`'s arguments and results. Bytecode needs it (its
//! signature is not readable without MLIR); for text it supplies argument names and is checked
//! against the text's own types, so a stale sidecar is an error, not a silent misbinding.

use std::path::Path;

use serde::Deserialize;

use super::mlir_sig::{MainSignature, Port};
use crate::plan::ParamSpec;
use crate::types::{DType, Error, Result, TensorType};

pub const FORMAT: &str = "muon-xla/jax-step/1";

#[derive(Deserialize)]
struct File {
    format: String,
    inputs: Vec<Entry>,
    outputs: Vec<Entry>,
    /// sha256 of the modules the exporter wrote with this sidecar (text and bytecode).
    #[serde(default)]
    modules_sha256: Vec<String>,
}

/// A sidecar: the signature it claims, and the modules it was written with.
pub struct Sidecar {
    pub signature: MainSignature,
    pub modules_sha256: Vec<String>,
}

#[derive(Deserialize)]
struct Entry {
    name: String,
    dtype: String,
    shape: Vec<usize>,
    #[serde(default)]
    donated: bool,
}

pub fn read(path: &Path) -> Result<Sidecar> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let bad = |m: String| Error::Config(format!("{}: {m}", path.display()));
    let file: File =
        serde_json::from_str(&text).map_err(|e| bad(format!("not a step sidecar: {e}")))?;
    if file.format != FORMAT {
        return Err(bad(format!(
            "format `{}`, expected `{FORMAT}`",
            file.format
        )));
    }
    let port = |e: &Entry| -> Result<Port> {
        let dtype = DType::parse(&e.dtype)
            .ok_or_else(|| bad(format!("`{}`: unknown dtype `{}`", e.name, e.dtype)))?;
        Ok(Port {
            name: Some(e.name.clone()),
            ty: TensorType::new(dtype, e.shape.clone()),
            donated: e.donated,
            aliases: None,
        })
    };
    Ok(Sidecar {
        signature: MainSignature {
            inputs: file.inputs.iter().map(port).collect::<Result<_>>()?,
            outputs: file.outputs.iter().map(port).collect::<Result<_>>()?,
        },
        modules_sha256: file.modules_sha256,
    })
}

/// Takes names the text lacks from the sidecar; every type must agree. Returns whether any name
/// came from the sidecar.
pub fn merge(text: &mut MainSignature, side: MainSignature, path: &Path) -> Result<bool> {
    let mut named = false;
    for (what, ours, theirs) in [
        ("arguments", &mut text.inputs, side.inputs),
        ("results", &mut text.outputs, side.outputs),
    ] {
        if ours.len() != theirs.len() {
            return Err(Error::Config(format!(
                "{}: {} {what} but the module has {}: the sidecar is stale, export again",
                path.display(),
                theirs.len(),
                ours.len()
            )));
        }
        for (i, (o, t)) in ours.iter_mut().zip(theirs).enumerate() {
            if o.ty != t.ty {
                return Err(Error::Config(format!(
                    "{}: {what} {i} `{}` is {} but the module says {}: the sidecar is stale, \
                     export again",
                    path.display(),
                    t.name.unwrap_or_default(),
                    t.ty,
                    o.ty
                )));
            }
            if o.name.is_none() {
                named |= t.name.is_some();
                o.name = t.name;
            }
        }
    }
    Ok(named)
}

impl super::ExportedStep {
    /// Use the sidecar's argument names even though nothing checks them against the module:
    /// the caller vouches that they are in the module's order (`--trust-sidecar`).
    pub fn trust_sidecar(mut self) -> Self {
        self.sidecar_trusted = true;
        self
    }

    /// Refuses a binding that rests on an unverified sidecar's order of same-typed parameters:
    /// two of them listed the other way round would train without an error, on swapped values.
    pub(super) fn check_order_is_known(
        &self,
        specs: &[ParamSpec],
        params: &[(usize, usize)],
    ) -> Result<()> {
        if self.names_verified || self.sidecar_trusted {
            return Ok(());
        }
        let ins = &self.signature.inputs;
        let mut clashes = Vec::new();
        for (i, (a, _)) in params.iter().enumerate() {
            for (j, (b, _)) in params.iter().enumerate().skip(i + 1) {
                if ins[*a].ty == ins[*b].ty {
                    clashes.push(format!(
                        "`{}` and `{}` ({})",
                        specs[i].name, specs[j].name, ins[*a].ty
                    ));
                }
            }
        }
        if clashes.is_empty() {
            return Ok(());
        }
        let shown = clashes.len().min(4);
        Err(self.err(format!(
            "the sidecar {} names same-typed parameters ({}{}) whose order cannot be checked \
             against the module: listed the other way round they would train on swapped values. \
             Save the export with `exp.serialize()` (or export with examples/jax/export_step.py, \
             whose sidecar records the module's sha256), or vouch for the sidecar with \
             --trust-sidecar (ExportedStep::trust_sidecar)",
            self.path.with_extension("json").display(),
            clashes[..shown].join(", "),
            if clashes.len() > shown {
                format!(" and {} more pairs", clashes.len() - shown)
            } else {
                String::new()
            }
        )))
    }
}
