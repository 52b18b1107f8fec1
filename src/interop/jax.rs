//! Train a JAX model from Rust: load a JAX-exported loss-and-gradient step (StableHLO text from
//! `jax.jit(step).lower(...).as_text()`, the portable bytecode `jax.export` serializes, or
//! jax.export's own file, `exp.serialize()`, which carries the bytecode with its argument and
//! result pytrees and types: see `export_file`) and run it with the compiled Muon step, device
//! buffers in and out, no Python in the loop.
//!
//! The exported function must be `step(params, *data) -> (loss, grads)`, `grads` the same pytree
//! as `params` (what `jax.value_and_grad(loss_fn)(params, *data)` returns), or `((loss, aux),
//! grads)` (`has_aux=True`), whose aux metrics come back with the loss
//! ([`JaxTrainer::step_with_aux`], [`StepOutput`]). Parameters are bound by
//! name: a gradient result `result[1]['attn']['wq']` is parameter `attn.wq`, and so is the argument
//! `params['attn']['wq']`. Argument names come from `loc("...")` in the text (JAX prints them with
//! debug information) or from a JSON sidecar (`step.json`, see `examples/jax/export_step.py`),
//! which bytecode needs since its signature is not readable without MLIR. Without any argument
//! names, the first arguments are the parameters in gradient order (JAX flattens `params`, the
//! first argument, in the same order as the gradients).
//!
//! ```no_run
//! use muon_xla::interop::jax::{ExportedStep, JaxTrainer};
//! use muon_xla::{Client, Optimizer, OptimizerConfig, Preset};
//! # fn main() -> muon_xla::Result<()> {
//! let client = Client::cpu()?;
//! let step = ExportedStep::load("graphs/jax/mlp/step.mlir".as_ref())?;
//! let config = OptimizerConfig::preset(Preset::Optax);
//! let opt = Optimizer::new(&client, step.param_specs()?, config)?;
//! let mut trainer = JaxTrainer::new(&client, &step, opt)?;
//! # let (params, x, y) = (vec![], muon_xla::HostTensor::scalar(muon_xla::DType::F32, 0.0), muon_xla::HostTensor::scalar(muon_xla::DType::F32, 0.0));
//! trainer.optimizer_mut().set_params(params)?;
//! let (x, y) = (client.upload(&x)?, client.upload(&y)?);
//! let loss = trainer.step(&[&x, &y], 0.02)?;
//! # Ok(()) }
//! ```

use std::path::{Path, PathBuf};

use crate::plan::ParamSpec;
use crate::types::{Error, Result, Signature, TensorType};

mod export_file;
mod fuse;
mod fused_train;
pub mod mlir_sig;
mod results;
mod sidecar;
mod train;

pub use fuse::{fuse, FusedProgram};
pub use fused_train::FusedTrainer;
pub use mlir_sig::{MainSignature, Port};
pub use results::StepOutput;
pub use train::{compile_step, JaxTrainer};

/// How the module is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// StableHLO text.
    Text,
    /// MLIR bytecode (a StableHLO portable artifact from `jax.export`): bare
    /// (`exp.mlir_module_serialized`, typed by a sidecar) or embedded in jax.export's own
    /// serialized file (`exp.serialize()`, which types and names its ports itself).
    Bytecode,
}

/// A loaded export: the module, its `@main` signature and where it came from.
#[derive(Debug, Clone)]
pub struct ExportedStep {
    pub path: PathBuf,
    pub format: ExportFormat,
    pub code: Vec<u8>,
    pub signature: MainSignature,
    /// Whether the argument names are known to be the module's own: read from the text, or from
    /// a sidecar that lists this module's sha256 (written with it by the exporter). Otherwise a
    /// sidecar could list two same-typed parameters in the wrong order, which nothing can check.
    pub names_verified: bool,
    /// Use an unverified sidecar's names anyway (the user vouches for them; see
    /// [`ExportedStep::trust_sidecar`]).
    pub sidecar_trusted: bool,
}

/// Where each parameter's value goes in and its gradient comes out.
#[derive(Debug, Clone, PartialEq)]
pub struct Binding {
    /// Result index of the scalar loss (`result[0]`, or `result[0][0]` with has_aux).
    pub loss: usize,
    /// The aux metrics of a `has_aux` step (`result[0][1]...`), in result order: (result index,
    /// name: `aux`, `aux.acc`, `aux.0`). Empty for a `(loss, grads)` step.
    pub aux: Vec<(usize, String)>,
    /// Per parameter (in the order given to [`ExportedStep::bind`]): (argument, result) index.
    pub params: Vec<(usize, usize)>,
    /// The other arguments (the batch), in argument order: (argument index, name).
    pub data: Vec<(usize, String)>,
}

const MAGIC: &[u8] = b"ML\xefR";

impl ExportedStep {
    /// Loads `path`, whatever its name, by its content: jax.export's serialized file
    /// (`exp.serialize()`: the module with its own names and types, no sidecar read), bare MLIR
    /// bytecode, or StableHLO text. A sidecar `<stem>.json` next to text or bytecode, when
    /// present, names the arguments (and is checked against the text's types); bytecode requires
    /// it.
    pub fn load(path: &Path) -> Result<ExportedStep> {
        let code = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let not_serialized = if code.starts_with(MAGIC) {
            String::new()
        } else {
            match export_file::sniff(&code) {
                Ok(()) => {
                    let file = export_file::read(path, &code)?;
                    return Ok(ExportedStep {
                        path: path.into(),
                        format: ExportFormat::Bytecode,
                        code: file.module,
                        signature: file.signature,
                        // The names and types come from the same file as the module.
                        names_verified: true,
                        sidecar_trusted: false,
                    });
                }
                Err(why) => why,
            }
        };
        let sidecar_path = path.with_extension("json");
        let sidecar = if sidecar_path.is_file() {
            Some(sidecar::read(&sidecar_path)?)
        } else {
            None
        };
        // A sidecar written with this very module vouches for its names.
        let sha = crate::cache::sha256_hex(&code);
        let written_with_it = sidecar
            .as_ref()
            .is_some_and(|s| s.modules_sha256.contains(&sha));
        if let Some(s) = sidecar.as_ref().filter(|s| !s.modules_sha256.is_empty()) {
            if !written_with_it && code.starts_with(MAGIC) {
                return Err(Error::Config(format!(
                    "{} was written for other modules ({} sha256 listed, none is {}'s): the \
                     sidecar is stale; export the module and its sidecar again",
                    sidecar_path.display(),
                    s.modules_sha256.len(),
                    path.display()
                )));
            }
        }
        let sidecar = sidecar.map(|s| s.signature);
        if code.starts_with(MAGIC) {
            let signature = sidecar.ok_or_else(|| {
                Error::Config(format!(
                    "{} is MLIR bytecode, whose signature cannot be read without MLIR: write \
                     {} next to it (examples/jax/export_step.py shows how: names, dtypes, shapes \
                     of the arguments and results)",
                    path.display(),
                    sidecar_path.display()
                ))
            })?;
            return Ok(ExportedStep {
                path: path.into(),
                format: ExportFormat::Bytecode,
                code,
                signature,
                names_verified: written_with_it,
                sidecar_trusted: false,
            });
        }
        let text = String::from_utf8(code)
            .ok()
            .filter(|t| !t.contains('\0'))
            .ok_or_else(|| {
                Error::Config(format!(
                    "{} is neither StableHLO text (not UTF-8, or has NUL bytes), nor MLIR \
                     bytecode (no `ML\\xefR` magic), nor jax.export's serialized form \
                     (`exp.serialize()`: {not_serialized})",
                    path.display()
                ))
            })?;
        let mut signature = mlir_sig::parse_main(&text)
            .map_err(|e| Error::Config(format!("{}: {e}", path.display())))?;
        let mut names_from_sidecar = false;
        if let Some(side) = sidecar {
            names_from_sidecar = sidecar::merge(&mut signature, side, &sidecar_path)?;
        }
        Ok(ExportedStep {
            path: path.into(),
            format: ExportFormat::Text,
            code: text.into_bytes(),
            signature,
            names_verified: !names_from_sidecar || written_with_it,
            sidecar_trusted: false,
        })
    }

    /// The module text (None for bytecode).
    pub fn text(&self) -> Option<&str> {
        match self.format {
            ExportFormat::Text => std::str::from_utf8(&self.code).ok(),
            ExportFormat::Bytecode => None,
        }
    }

    /// The signature as the PJRT layer checks it.
    pub fn pjrt_signature(&self) -> Signature {
        let s = &self.signature;
        Signature {
            inputs: s.inputs.iter().map(|p| p.ty.clone()).collect(),
            outputs: s.outputs.iter().map(|p| p.ty.clone()).collect(),
            aliases: s.inputs.iter().map(|p| p.aliases).collect(),
        }
    }

    /// One [`ParamSpec`] per gradient, in result order, named `a.b` from the pytree path.
    pub fn param_specs(&self) -> Result<Vec<ParamSpec>> {
        Ok(self
            .results()?
            .grads
            .into_iter()
            .map(|(i, name)| ParamSpec {
                name,
                ty: self.signature.outputs[i].ty.clone(),
            })
            .collect())
    }

    /// Binds the optimizer's parameters to the step's arguments and gradient results by name,
    /// checking count, dtype and shape.
    pub fn bind(&self, specs: &[ParamSpec]) -> Result<Binding> {
        let results::StepResults { loss, aux, grads } = self.results()?;
        let ins = &self.signature.inputs;
        let grad_names: Vec<&str> = grads.iter().map(|(_, n)| n.as_str()).collect();
        if grads.len() != specs.len() {
            return Err(self.err(format!(
                "the step has {} gradients ({}) but the optimizer {} parameters ({})",
                grads.len(),
                grad_names.join(", "),
                specs.len(),
                specs
                    .iter()
                    .map(|s| s.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
        let named = ins.iter().all(|p| p.name.is_some());
        // The pytree root holding the parameters: that of the argument named like the first
        // gradient (`params` in `params['w0']`).
        let root = if named {
            let first = &grads[0].1;
            ins.iter()
                .filter_map(|p| p.name.as_deref().map(pytree_path))
                .find(|path| path.len() > 1 && &path[1..].join(".") == first)
                .map(|path| path[0].clone())
        } else {
            None
        };
        let mut params = Vec::with_capacity(specs.len());
        for spec in specs {
            let Some(&(out, _)) = grads.iter().find(|(_, n)| n == &spec.name) else {
                return Err(self.err(format!(
                    "the optimizer's parameter `{}` has no gradient in the step (its gradients: \
                     {})",
                    spec.name,
                    grad_names.join(", ")
                )));
            };
            let arg = match (&root, named) {
                (Some(root), true) => ins.iter().position(|p| {
                    let path = pytree_path(p.name.as_deref().unwrap_or(""));
                    path.len() > 1 && &path[0] == root && path[1..].join(".") == spec.name
                }),
                (None, true) => None,
                // Unnamed arguments: the parameters come first, in gradient order.
                (_, false) => grads.iter().position(|(_, n)| n == &spec.name),
            }
            .ok_or_else(|| {
                self.err(format!(
                    "no argument of the step is the parameter `{}` (arguments: {})",
                    spec.name,
                    self.input_names().join(", ")
                ))
            })?;
            for (what, ty) in [
                ("argument", &ins[arg].ty),
                ("gradient", &self.signature.outputs[out].ty),
            ] {
                check_type(&spec.name, what, ty, &spec.ty).map_err(|m| self.err(m))?;
            }
            params.push((arg, out));
        }
        self.check_order_is_known(specs, &params)?;
        let names = self.input_names();
        let data = (0..ins.len())
            .filter(|i| !params.iter().any(|(a, _)| a == i))
            .map(|i| (i, names[i].clone()))
            .collect();
        Ok(Binding {
            loss,
            aux,
            params,
            data,
        })
    }

    fn input_names(&self) -> Vec<String> {
        self.signature
            .inputs
            .iter()
            .enumerate()
            .map(|(i, p)| p.name.clone().unwrap_or_else(|| format!("%arg{i}")))
            .collect()
    }

    fn err(&self, msg: impl Into<String>) -> Error {
        Error::Config(format!("{}: {}", self.path.display(), msg.into()))
    }
}

fn check_type(name: &str, what: &str, got: &TensorType, want: &TensorType) -> Result<(), String> {
    if got.dtype != want.dtype {
        return Err(format!(
            "dtype mismatch for `{name}`: the step's {what} is {got}, the optimizer's parameter \
             {want}"
        ));
    }
    if got.shape != want.shape {
        return Err(format!(
            "shape mismatch for `{name}`: the step's {what} is {got}, the optimizer's parameter \
             {want}"
        ));
    }
    Ok(())
}

/// `params['attn']['wq']` -> [params, attn, wq]; `result[1][0]` -> [result, 1, 0]; `a.b` -> [a, b].
pub fn pytree_path(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = name.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '[' => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
                let mut key = String::new();
                for k in chars.by_ref() {
                    if k == ']' {
                        break;
                    }
                    key.push(k);
                }
                out.push(key.trim_matches(|q| q == '\'' || q == '"').to_string());
            }
            '.' => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::pytree_path;

    #[test]
    fn pytree_paths() {
        assert_eq!(
            pytree_path("params['attn']['wq']"),
            ["params", "attn", "wq"]
        );
        assert_eq!(pytree_path("result[1]['w0']"), ["result", "1", "w0"]);
        assert_eq!(pytree_path("result[0]"), ["result", "0"]);
        assert_eq!(pytree_path("x"), ["x"]);
        assert_eq!(pytree_path("p.layers[0].w"), ["p", "layers", "0", "w"]);
    }
}
