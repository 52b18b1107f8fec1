//! The `step` file contract: one optimizer step from a safetensors file to another.
//!
//! Input: for each parameter `NAME`, the tensors `NAME` and `NAME.grad`, optionally its state
//! (`NAME.momentum` for Muon, `NAME.exp_avg` and `NAME.exp_avg_sq` for Adam), and the metadata key
//! `step` (completed steps, absent = 0). Output: every parameter and its state after the update,
//! `step` + 1, and every other metadata key unchanged. Every problem is found before anything runs.

use std::collections::BTreeMap;

use crate::error::{Error, Result};
use crate::optim::group::state_names;
use crate::optim::{OptimizerConfig, Route};
use crate::optimizer::{Optimizer, ParamSpec, Plan};
use crate::pjrt::Client;
use crate::tensor::HostTensor;
use crate::tensor_file::TensorFile;

const GRAD: &str = "grad";
const STATE_KINDS: [&str; 3] = ["momentum", "exp_avg", "exp_avg_sq"];

/// A parsed and checked step file.
#[derive(Debug)]
pub struct StepInput {
    pub plan: Plan,
    pub params: Vec<HostTensor>,
    pub grads: Vec<HostTensor>,
    /// Per parameter, its state tensors by kind (absent kinds start at zero).
    pub state: Vec<BTreeMap<String, HostTensor>>,
    pub step: u64,
    pub metadata: BTreeMap<String, String>,
}

fn problem(list: &mut Vec<String>, msg: String) {
    list.push(msg);
}

/// Splits `NAME.suffix` into `(NAME, suffix)` for the suffixes of the contract.
fn split(name: &str) -> (&str, Option<&str>) {
    for kind in std::iter::once(GRAD).chain(STATE_KINDS) {
        if let Some(base) = name.strip_suffix(kind).and_then(|b| b.strip_suffix('.')) {
            return (base, Some(kind));
        }
    }
    (name, None)
}

impl StepInput {
    /// Checks `file` against the contract and partitions its parameters under `config`. All
    /// problems are reported together, each naming its tensor.
    pub fn parse(file: &TensorFile, config: &OptimizerConfig) -> Result<StepInput> {
        let mut problems = Vec::new();
        let step = match file.metadata.get("step") {
            None => 0,
            Some(s) => s.trim().parse::<u64>().map_err(|_| {
                Error::Config(format!(
                    "metadata `step` must be a non-negative integer, got `{s}`"
                ))
            })?,
        };
        let names: Vec<&String> = file
            .tensors
            .keys()
            .filter(|n| split(n).1.is_none())
            .collect();
        for (name, _) in file.tensors.iter() {
            if let (base, Some(kind)) = split(name) {
                if !file.tensors.contains_key(base) {
                    problem(
                        &mut problems,
                        format!("`{name}`: no parameter `{base}` for this {kind}"),
                    );
                }
            }
        }
        let specs: Vec<ParamSpec> = names
            .iter()
            .map(|n| ParamSpec {
                name: (*n).clone(),
                ty: file.tensors[*n].ty().clone(),
            })
            .collect();
        let plan = Plan::new(specs, config)?;
        let mut params = Vec::new();
        let mut grads = Vec::new();
        let mut state = Vec::new();
        for (i, spec) in plan.specs.iter().enumerate() {
            let name = &spec.name;
            params.push(file.tensors[name].clone());
            match file.tensors.get(&format!("{name}.{GRAD}")) {
                None => problem(
                    &mut problems,
                    format!("`{name}`: missing its gradient `{name}.grad`"),
                ),
                Some(g) if g.ty() != &spec.ty => problem(
                    &mut problems,
                    format!("`{name}.grad` is {}, but `{name}` is {}", g.ty(), spec.ty),
                ),
                Some(g) => {
                    if g.to_f64().iter().any(|v| !v.is_finite()) {
                        problem(
                            &mut problems,
                            format!("`{name}.grad` has NaN or infinite values"),
                        );
                    }
                    grads.push(g.clone());
                }
            }
            let route = plan.routes[i].0;
            let kinds = state_names(route == Route::Muon);
            let want_ty = crate::graph::TensorType::new(
                if route == Route::Muon {
                    config.muon.buffer_dtype
                } else {
                    spec.ty.dtype.at_least_f32()
                },
                spec.ty.shape.clone(),
            );
            let mut mine = BTreeMap::new();
            for kind in STATE_KINDS {
                let key = format!("{name}.{kind}");
                let Some(t) = file.tensors.get(&key) else {
                    continue;
                };
                if !kinds.contains(&kind) {
                    problem(
                        &mut problems,
                        format!(
                            "`{key}`: `{name}` is routed to {route}, which keeps {}",
                            kinds.join(", ")
                        ),
                    );
                } else if t.ty() != &want_ty {
                    problem(
                        &mut problems,
                        format!("`{key}` is {}, expected {want_ty}", t.ty()),
                    );
                } else {
                    mine.insert(kind.to_string(), t.clone());
                }
            }
            if step > 0 {
                for kind in kinds {
                    if !file.tensors.contains_key(&format!("{name}.{kind}")) {
                        problem(&mut problems, format!("`{name}.{kind}` is missing, but step is {step} (state is only optional at step 0)"));
                    }
                }
            }
            state.push(mine);
        }
        if !problems.is_empty() {
            return Err(Error::Config(format!(
                "the step file is invalid; nothing was updated:\n  - {}",
                problems.join("\n  - ")
            )));
        }
        let metadata = file.metadata.clone();
        Ok(StepInput {
            plan,
            params,
            grads,
            state,
            step,
            metadata,
        })
    }

    /// Runs the step with Muon learning rate `lr` and returns the output file.
    pub fn run(self, client: &Client, config: OptimizerConfig, lr: f64) -> Result<TensorFile> {
        let mut opt = Optimizer::new(client, self.plan.specs.clone(), config)?;
        opt.set_params(self.params)?;
        for (i, st) in self.state.iter().enumerate() {
            for (kind, t) in st {
                opt.set_state(i, kind, t)?;
            }
        }
        opt.set_step_count(self.step);
        opt.step(&self.grads, lr)?;
        let mut out = TensorFile {
            tensors: BTreeMap::new(),
            metadata: self.metadata,
        };
        for (i, p) in opt.params()?.into_iter().enumerate() {
            let name = opt.spec(i).name.clone();
            for (kind, t) in opt.state_names(i).iter().zip(opt.state(i)?) {
                out.tensors.insert(format!("{name}.{kind}"), t);
            }
            out.tensors.insert(name, p);
        }
        out.metadata
            .insert("step".into(), (self.step + 1).to_string());
        Ok(out)
    }
}
