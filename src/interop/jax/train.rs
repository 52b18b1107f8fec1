//! The training loop: the exported loss-and-gradient program and the optimizer's executables on
//! the same device buffers. Parameters stay in the optimizer (donated in place every step), the
//! gradients the step returns go straight to the optimizer, only the scalar loss (and, when asked
//! for, a `has_aux` step's metrics) is downloaded.

use std::sync::Arc;

use super::{Binding, ExportFormat, ExportedStep, StepOutput};
use crate::cache::ExecutableCache;
use crate::pjrt::{Arg, Buffer, Client, CompileOptions, Executable};
use crate::runtime::{Optimizer, StepReport};
use crate::types::{Error, HostTensor, Result, TensorType};

/// An exported JAX train step driven by a muon-xla [`Optimizer`].
pub struct JaxTrainer {
    exe: Arc<Executable>,
    binding: Binding,
    data_types: Vec<(String, TensorType)>,
    aux_types: Vec<(String, TensorType)>,
    opt: Optimizer,
    last: Option<StepReport>,
}

impl JaxTrainer {
    /// Binds `opt`'s parameters to `step` by name (count, dtype and shape checked) and compiles
    /// the step through the optimizer's executable cache.
    pub fn new(client: &Client, step: &ExportedStep, opt: Optimizer) -> Result<Self> {
        let specs: Vec<_> = (0..opt.len()).map(|i| opt.spec(i).clone()).collect();
        let binding = step.bind(&specs)?;
        let exe = compile_step(client, step, opt.cache())?;
        let data_types = binding
            .data
            .iter()
            .map(|(i, n)| (n.clone(), step.signature.inputs[*i].ty.clone()))
            .collect();
        let aux_types = binding
            .aux
            .iter()
            .map(|(i, n)| (n.clone(), step.signature.outputs[*i].ty.clone()))
            .collect();
        Ok(JaxTrainer {
            exe,
            binding,
            data_types,
            aux_types,
            opt,
            last: None,
        })
    }

    /// The non-parameter arguments `step` takes, in order (name, type).
    pub fn data_types(&self) -> &[(String, TensorType)] {
        &self.data_types
    }

    /// The aux metrics a `has_aux` step returns with its loss (name, type), in the order
    /// [`Self::step_with_aux`] returns them; empty for a `(loss, grads)` step.
    pub fn aux_types(&self) -> &[(String, TensorType)] {
        &self.aux_types
    }

    pub fn binding(&self) -> &Binding {
        &self.binding
    }

    pub fn optimizer(&self) -> &Optimizer {
        &self.opt
    }

    pub fn optimizer_mut(&mut self) -> &mut Optimizer {
        &mut self.opt
    }

    /// What the optimizer did on the last step.
    pub fn last_report(&self) -> Option<&StepReport> {
        self.last.as_ref()
    }

    /// Runs the exported step on the current parameters and `data` (in [`Self::data_types`]
    /// order), then one optimizer step with its gradients at Muon learning rate `lr`. Returns the
    /// loss (of the parameters before the update, as `jax.value_and_grad` computes it).
    pub fn step(&mut self, data: &[&Buffer], lr: f64) -> Result<f64> {
        Ok(self.run(data, lr, false)?.loss)
    }

    /// [`Self::step`], also returning the aux metrics of a `has_aux` step (downloaded to the
    /// host; [`Self::aux_types`] lists them).
    pub fn step_with_aux(&mut self, data: &[&Buffer], lr: f64) -> Result<StepOutput> {
        self.run(data, lr, true)
    }

    fn run(&mut self, data: &[&Buffer], lr: f64, with_aux: bool) -> Result<StepOutput> {
        let (loss, outs) = self.loss_and_grads(data)?;
        let refs: Vec<&Buffer> = self.binding.params.iter().map(|(_, o)| &outs[*o]).collect();
        self.last = Some(self.opt.step_device(&refs, lr)?);
        let aux = if with_aux {
            self.binding
                .aux
                .iter()
                .map(|(i, n)| Ok((n.clone(), outs[*i].to_host()?)))
                .collect::<Result<Vec<(String, HostTensor)>>>()?
        } else {
            Vec::new()
        };
        Ok(StepOutput { loss, aux })
    }

    /// Runs only the exported step: the loss and every result buffer (result order).
    pub fn loss_and_grads(&self, data: &[&Buffer]) -> Result<(f64, Vec<Buffer>)> {
        if data.len() != self.data_types.len() {
            return Err(Error::Config(format!(
                "the step takes {} data arguments ({}), got {}",
                self.data_types.len(),
                self.data_types
                    .iter()
                    .map(|(n, t)| format!("{n}: {t}"))
                    .collect::<Vec<_>>()
                    .join(", "),
                data.len()
            )));
        }
        let params = self.opt.param_buffers()?;
        let n = self.exe.signature().inputs.len();
        let mut slots: Vec<Option<&Buffer>> = vec![None; n];
        for (p, (arg, _)) in self.binding.params.iter().enumerate() {
            slots[*arg] = Some(params[p]);
        }
        for (d, (arg, _)) in self.binding.data.iter().enumerate() {
            slots[*arg] = Some(data[d]);
        }
        // Keep, never Donate: the parameters belong to the optimizer (PJRT copies if the export
        // asked for donation), and the batch belongs to the caller.
        let args: Vec<Arg<'_>> = slots.into_iter().flatten().map(Arg::Keep).collect();
        let outs = self.exe.execute(args)?;
        let loss = outs[self.binding.loss]
            .to_host()?
            .to_f64()
            .first()
            .copied()
            .ok_or_else(|| Error::Config("the loss is empty".into()))?;
        Ok((loss, outs))
    }
}

/// `[1, 13, 3]` / `1.13.3` into numbers.
fn version(s: &str) -> Option<Vec<u64>> {
    let v: Option<Vec<u64>> = s
        .trim_matches(|c| c == '[' || c == ']')
        .split([',', '.'])
        .map(|p| p.trim().parse().ok())
        .collect();
    v.filter(|v| v.len() == 3)
}

/// Refuses a portable artifact whose StableHLO version the plugin cannot read, before the plugin
/// sees it. The plugin's own check cannot be relied on: xla-cpu-pjrt 0.0.1 reports StableHLO
/// 1.13.3 yet reads jax 0.10.2's 1.15 and 1.17 artifacts, and reads an artifact declaring 9.99.0
/// without complaint. So: a newer *major* version, or one older than the plugin's minimum, is
/// refused; a newer minor is left to the plugin (whose error, if any, gets the same hint).
fn check_bytecode_version(client: &Client, step: &ExportedStep) -> Result<()> {
    let producer = bytecode_producer(&step.code).unwrap_or_default();
    let Some(ours) = producer.strip_prefix("StableHLO_v").and_then(version) else {
        return Err(Error::Config(format!(
            "{} is MLIR bytecode but not a StableHLO portable artifact (producer `{producer}`, \
             expected `StableHLO_vX.Y.Z`): serialize with jax.export (`mlir_module_serialized`)",
            step.path.display()
        )));
    };
    let attrs = client.plugin().attributes();
    let attr = |k: &str| {
        attrs
            .iter()
            .find(|(n, _)| n == k)
            .and_then(|(_, v)| version(v))
    };
    let (Some(current), Some(minimum)) = (
        attr("stablehlo_current_version"),
        attr("stablehlo_minimum_version"),
    ) else {
        return Ok(());
    };
    if ours[0] > current[0] || ours < minimum {
        let v = |v: &[u64]| format!("{}.{}.{}", v[0], v[1], v[2]);
        return Err(Error::Config(format!(
            "{} is a StableHLO {} portable artifact ({producer}), which the PJRT plugin {} \
             cannot read (it reports StableHLO {} to {}): re-export with a jax whose StableHLO is \
             in that window, or use a newer plugin",
            step.path.display(),
            v(&ours),
            client.plugin().path().display(),
            v(&minimum),
            v(&current)
        )));
    }
    Ok(())
}

/// Compiles an export through `cache`, turning the plugin's complaint into one that says what to
/// do.
pub fn compile_step(
    client: &Client,
    step: &ExportedStep,
    cache: &ExecutableCache,
) -> Result<Arc<Executable>> {
    if step.format == ExportFormat::Bytecode {
        check_bytecode_version(client, step)?;
    }
    let customs = step.text().map(custom_call_targets).unwrap_or_default();
    let options = CompileOptions::default();
    let exe = cache
        .compile_bytes(client, &step.code, &step.pjrt_signature(), &options)
        .map_err(|e| {
            let plugin = client.plugin();
            let attrs = plugin.attributes();
            let attr = |k: &str| {
                attrs
                    .iter()
                    .find(|(n, _)| n == k)
                    .map(|(_, v)| v.clone())
                    .unwrap_or_else(|| "unknown".into())
            };
            let mut hint = String::new();
            if step.format == ExportFormat::Bytecode {
                hint = format!(
                    " The bytecode was written by {}; this plugin reads StableHLO {} to {}: \
                     re-export with a jax whose StableHLO is in that window, or use a newer plugin.",
                    bytecode_producer(&step.code).unwrap_or_else(|| "an unknown producer".into()),
                    attr("stablehlo_minimum_version"),
                    attr("stablehlo_current_version"),
                );
            }
            if !customs.is_empty() {
                hint.push_str(&format!(
                    " The module uses custom calls ({}): kernels the runtime must register. \
                     jaxlib registers its own (LAPACK `lapack_*`, cuSOLVER `cusolver_*`, ...), \
                     a standalone PJRT plugin has only XLA's: keep the ops that lower to them \
                     (e.g. eigh, svd, qr) out of the exported step, and export for this \
                     plugin's platform (`jax.export(..., platforms=['cpu'])`).",
                    customs.join(", ")
                ));
            }
            Error::Config(format!(
                "the PJRT plugin {} could not compile the exported step {}: {e}.{hint}",
                plugin.path().display(),
                step.path.display()
            ))
        })?;
    if step.format == ExportFormat::Bytecode {
        check_against_program(step, &exe)?;
    }
    Ok(exe)
}

/// Checks an export's signature (from its sidecar, for bytecode) against what the compiled
/// program really takes and returns, read from its optimized HLO: argument and result counts,
/// every type.
fn check_against_program(step: &ExportedStep, exe: &Executable) -> Result<()> {
    let hlo = exe.optimized_hlo()?;
    let (args, results) = crate::pjrt::hlo_entry_types(&hlo)?;
    let sidecar = step.path.with_extension("json");
    let mut problems = Vec::new();
    for (what, claimed, real) in [
        ("argument", &step.signature.inputs, &args),
        ("result", &step.signature.outputs, &results),
    ] {
        if claimed.len() != real.len() {
            problems.push(format!(
                "{} {what}s, the module has {}",
                claimed.len(),
                real.len()
            ));
            continue;
        }
        for (i, (c, r)) in claimed.iter().zip(real.iter()).enumerate() {
            if &c.ty != r {
                problems.push(format!(
                    "{what} {i} `{}` is {} in the sidecar, {r} in the module",
                    c.name.as_deref().unwrap_or("?"),
                    c.ty
                ));
            }
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    Err(Error::Config(format!(
        "{} does not describe {}: {}; export the module and its sidecar again",
        sidecar.display(),
        step.path.display(),
        problems.join("; ")
    )))
}

/// Targets of `stablehlo.custom_call @name` and `call_target_name = "name"` in a text module.
pub fn custom_call_targets(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |s: &str| {
        let name: String = s
            .chars()
            .take_while(|c| c.is_alphanumeric() || "_.$-".contains(*c))
            .collect();
        if !name.is_empty() && !out.contains(&name) {
            out.push(name);
        }
    };
    for (i, _) in text.match_indices("stablehlo.custom_call @") {
        push(&text[i + "stablehlo.custom_call @".len()..]);
    }
    for (i, _) in text.match_indices("call_target_name = \"") {
        push(&text[i + "call_target_name = \"".len()..]);
    }
    out
}

/// `StableHLO_v1.15.0`: the producer string after the MLIR bytecode magic and version.
pub fn bytecode_producer(code: &[u8]) -> Option<String> {
    let rest = code.get(5..)?;
    let end = rest.iter().position(|b| *b == 0)?;
    std::str::from_utf8(&rest[..end]).ok().map(str::to_string)
}
