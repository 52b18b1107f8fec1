//! The `step` file contract: one optimizer step from a safetensors file to another.
//!
//! Input: for each parameter `NAME`, the tensors `NAME` and `NAME.grad`, optionally its state
//! (`NAME.momentum` for Muon and NorMuon's `NAME.second_momentum`, `NAME.exp_avg` and
//! `NAME.exp_avg_sq` for Adam, `NAME.ema` when the
//! EMA is on, the f32 `NAME.master` of a bf16/f16 parameter with master weights), and the metadata
//! key `step` (completed steps, absent = 0). With QK-clip, the
//! `[heads]` tensors `PREFIX.max_logits` of this step's forward pass. Output: every parameter and
//! its state after the update, `step` + 1, and every other metadata key unchanged. Every problem
//! is found before anything runs.

use std::collections::BTreeMap;

use crate::config::{OptimizerConfig, Route};
use crate::io::tensor_file::TensorFile;
use crate::plan::{ParamSpec, Plan};
use crate::transforms::MomentumStyle;
use crate::types::{DType, Error, HostTensor, Result, TensorType};

mod execute;
mod output;
mod realign;
mod write_behind;
pub use execute::Written;
pub use output::StepOutput;

/// The phases [`StepInput::execute_timed`], [`StepInput::step_into_file_timed`] (where `WRITE`
/// is the wait for the disk after the step) and [`StepOutput::write_atomic_timed`] report.
pub const COMPILE: &str = "compile (or load from the cache)";
pub const UPLOAD_PARAMS: &str = "upload parameters and state";
pub const UPLOAD_GRADS: &str = "upload gradients";
pub const STEP: &str = "step (on the device)";
pub const DOWNLOAD: &str = "download results";
pub const WRITE: &str = "write output";
pub const SYNC: &str = "fsync and rename";

const GRAD: &str = "grad";
const EMA: &str = "ema";
const LOGITS: &str = "max_logits";
const MASTER: &str = "master";
const STATE_KINDS: [&str; 6] = [
    "momentum",
    "second_momentum",
    "exp_avg",
    "exp_avg_sq",
    EMA,
    MASTER,
];

/// A parsed and checked step file.
#[derive(Debug)]
pub struct StepInput {
    /// The configuration with QK-clip targets resolved against this file's parameters.
    pub config: OptimizerConfig,
    pub plan: Plan,
    pub params: Vec<HostTensor>,
    pub grads: Vec<HostTensor>,
    /// Per parameter, its state tensors by kind (absent kinds start at zero; the EMA at the
    /// parameter).
    pub state: Vec<BTreeMap<String, HostTensor>>,
    pub max_logits: BTreeMap<String, HostTensor>,
    pub step: u64,
    pub metadata: BTreeMap<String, String>,
    /// Tensors the step copies through unchanged (`--frozen`): frozen parameters and buffers
    /// without gradients, with whatever state they carry.
    pub frozen: BTreeMap<String, HostTensor>,
    /// Gradients given in another float dtype, cast once on reading: (tensor, from, to). The
    /// target is the dtype the step takes gradients in: the parameter's, or f32 where f32
    /// gradients meet f32 master weights ([`StepExtras::grad_dtype`]).
    ///
    /// [`StepExtras::grad_dtype`]: crate::config::extras::StepExtras::grad_dtype
    pub grad_casts: Vec<(String, DType, DType)>,
    /// The gradients while [`StepInput::align_grads_in_background`] copies them.
    pub(crate) aligning: Option<realign::Aligning>,
}

/// Splits `NAME.suffix` into `(NAME, suffix)` for the per-parameter suffixes of the contract.
pub fn split(name: &str) -> (&str, Option<&str>) {
    for kind in std::iter::once(GRAD).chain(STATE_KINDS) {
        if let Some(base) = name.strip_suffix(kind).and_then(|b| b.strip_suffix('.')) {
            return (base, Some(kind));
        }
    }
    (name, None)
}

/// Whether `name` is a QK-clip max-logits tensor (`max_logits` or `PREFIX.max_logits`).
pub fn is_logits(name: &str) -> bool {
    name == LOGITS || name.ends_with(&format!(".{LOGITS}"))
}

fn parse_step(file: &TensorFile) -> Result<u64> {
    let step = match file.metadata.get("step") {
        None => 0,
        Some(s) => s.trim().parse::<u64>().map_err(|_| {
            Error::Config(format!(
                "metadata `step` must be a non-negative integer, got `{s}`"
            ))
        })?,
    };
    if step == u64::MAX {
        return Err(Error::Config(format!(
            "metadata `step` is {step}: it cannot be incremented"
        )));
    }
    Ok(step)
}

/// f32 when the file's gradients of master-weight parameters (bf16/f16 with f32 masters) are f32
/// and no parameter is wider than f32: the update then runs on them unrounded. `None` otherwise
/// (gradients are taken in each parameter's dtype).
fn master_grad_dtype(plan: &Plan, file: &TensorFile, config: &OptimizerConfig) -> Option<DType> {
    let extras = &config.extras;
    let grad = |name: &str| file.tensors.get(&format!("{name}.{GRAD}"));
    let f32_for_master = (plan.specs.iter())
        .filter(|s| extras.keeps_master(s.ty.dtype))
        .any(|s| grad(&s.name).is_some_and(|g| g.dtype() == DType::F32));
    let wide = plan.specs.iter().any(|s| s.ty.dtype == DType::F64);
    (f32_for_master && !wide).then_some(DType::F32)
}

impl StepInput {
    /// Checks `file` against the contract and partitions its parameters under `config`. All
    /// problems are reported together, each naming its tensor. Copies the tensors out of `file`:
    /// [`StepInput::from_file`] moves them instead.
    pub fn parse(file: &TensorFile, config: &OptimizerConfig) -> Result<StepInput> {
        StepInput::from_file(file.clone(), config)
    }

    /// [`StepInput::parse`], taking the file's tensors without copying them.
    pub fn from_file(file: TensorFile, config: &OptimizerConfig) -> Result<StepInput> {
        StepInput::from_file_with(file, config, &[])
    }

    /// [`StepInput::from_file`] with `frozen` patterns (regular expressions searched in names):
    /// a matching parameter is not stepped but copied through unchanged, with its state; its
    /// gradient, if the file has one, is dropped.
    pub fn from_file_with(
        mut file: TensorFile,
        config: &OptimizerConfig,
        frozen: &[String],
    ) -> Result<StepInput> {
        let patterns = frozen
            .iter()
            .map(|p| {
                regex::Regex::new(p).map_err(|e| Error::InvalidSetting {
                    field: "frozen",
                    value: format!("`{p}`"),
                    expected: format!("a regular expression ({e})"),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let mut frozen = BTreeMap::new();
        let bases: Vec<String> = (file.tensors.keys())
            .filter(|n| !is_logits(n) && split(n).1.is_none())
            .filter(|n| patterns.iter().any(|re| re.is_match(n)))
            .cloned()
            .collect();
        for base in bases {
            let mine: Vec<String> = (file.tensors.keys())
                .filter(|n| **n == base || split(n).0 == base)
                .cloned()
                .collect();
            for n in mine {
                let t = file.tensors.remove(&n).expect("listed above");
                if !n.ends_with(&format!(".{GRAD}")) {
                    frozen.insert(n, t);
                }
            }
        }
        let mut problems: Vec<String> = Vec::new();
        let step = parse_step(&file)?;
        let qk = config.extras.qk_clip.is_some();
        let mut max_logits = BTreeMap::new();
        let mut names = Vec::new();
        for (name, t) in &file.tensors {
            let is_logits = is_logits(name);
            match (is_logits, split(name)) {
                (true, _) if !qk => problems.push(format!(
                    "`{name}`: max logits are only read with the setting qk_clip_tau"
                )),
                (true, _) if t.dtype() != DType::F32 || t.shape().len() != 1 => {
                    problems.push(format!("`{name}` must be f32[heads], got {}", t.ty()))
                }
                (true, _) => {
                    max_logits.insert(name.clone(), t.clone());
                }
                (false, (base, Some(kind))) if !file.tensors.contains_key(base) => {
                    problems.push(format!("`{name}`: no parameter `{base}` for this {kind}"))
                }
                (false, (_, Some(_))) => {}
                (false, (_, None)) => names.push(name.clone()),
            }
        }
        let specs: Vec<ParamSpec> = names
            .iter()
            .map(|n| ParamSpec {
                name: n.clone(),
                ty: file.tensors[n].ty().clone(),
            })
            .collect();
        let mut config = config.clone();
        if let Some(rule) = &config.extras.qk_rule {
            let shapes: Vec<(String, Vec<usize>)> = specs
                .iter()
                .map(|s| (s.name.clone(), s.ty.shape.clone()))
                .collect();
            let heads: Vec<(String, usize)> = max_logits
                .iter()
                .map(|(n, t)| (n.clone(), t.shape()[0]))
                .collect();
            config.extras.qk_targets = rule.targets(&shapes, &heads)?;
        }
        let plan = Plan::new(specs, &config)?;
        let ema = config.extras.ema_momentum.is_some();
        // Whether a parameter's update on `route` reads the step count: Adam's bias correction,
        // optax's bias-corrected momentum.
        let counts_steps = |route: Route| match route {
            Route::Adam => true,
            Route::Muon => config.muon.momentum_style == MomentumStyle::BiasCorrectedEma,
        };
        let step_given = file.metadata.contains_key("step");
        if config.extras.grad_dtype.is_none() {
            config.extras.grad_dtype = master_grad_dtype(&plan, &file, &config);
        }
        let mut grad_casts = Vec::new();
        let mut restarted = Vec::new();
        let (mut params, mut grads, mut state) = (Vec::new(), Vec::new(), Vec::new());
        for (i, spec) in plan.specs.iter().enumerate() {
            let name = &spec.name;
            match file.tensors.remove(name) {
                Some(p) => params.push(p),
                None => problems.push(format!("`{name}` is listed twice")),
            }
            let want = config.extras.grad_type(&spec.ty);
            match file.tensors.remove(&format!("{name}.{GRAD}")) {
                None => problems.push(format!("`{name}`: missing its gradient `{name}.grad`")),
                Some(g) if g.shape() != want.shape.as_slice() || !g.dtype().is_float() => problems
                    .push(format!(
                        "`{name}.grad` is {}, but `{name}` is {}",
                        g.ty(),
                        spec.ty
                    )),
                Some(g) => {
                    // Another float dtype: cast once, here (see `grad_casts`).
                    let g = if g.dtype() == want.dtype {
                        g
                    } else {
                        grad_casts.push((format!("{name}.{GRAD}"), g.dtype(), want.dtype));
                        HostTensor::from_f64(want.dtype, want.shape.clone(), &g.to_f64())?
                    };
                    if !g.all_finite() {
                        problems.push(format!("`{name}.grad` has NaN or infinite values"));
                    }
                    grads.push(g);
                }
            }
            let route = plan.routes[i].0;
            let route_state = plan.state_of(i);
            let mut kinds: Vec<&str> = route_state.iter().map(|(k, _)| *k).collect();
            if ema {
                kinds.push(EMA);
            }
            let master = config.extras.keeps_master(spec.ty.dtype);
            if master {
                kinds.push(MASTER);
            }
            let mut mine = BTreeMap::new();
            let mut present = Vec::new();
            for kind in STATE_KINDS {
                let key = format!("{name}.{kind}");
                let Some(t) = file.tensors.remove(&key) else {
                    continue;
                };
                present.push(kind);
                let want = if kind == EMA {
                    spec.ty.clone()
                } else if kind == MASTER {
                    TensorType::new(DType::F32, spec.ty.shape.clone())
                } else {
                    let of_kind = route_state.iter().find(|(k, _)| *k == kind);
                    of_kind.map_or_else(|| spec.ty.clone(), |(_, ty)| ty.clone())
                };
                if !kinds.contains(&kind) {
                    let why = if kind == EMA {
                        "the EMA is off (setting ema_momentum)".to_string()
                    } else if kind == MASTER {
                        format!(
                            "`{name}` is {} and keeps master weights only as bf16/f16 with \
                             --master-weights",
                            spec.ty.dtype
                        )
                    } else {
                        format!("`{name}` is routed to {route}")
                    };
                    problems.push(format!("`{key}`: {why}, which keeps {}", kinds.join(", ")));
                } else if t.ty() != &want {
                    problems.push(format!("`{key}` is {}, expected {want}", t.ty()));
                } else {
                    mine.insert(kind.to_string(), t);
                }
            }
            if !step_given
                && counts_steps(route)
                && present
                    .iter()
                    .any(|k| route_state.iter().any(|(r, _)| r == k))
            {
                restarted.push(name.clone());
            }
            if step > 0 {
                for kind in &kinds {
                    if !present.contains(kind) {
                        problems.push(format!(
                            "`{name}.{kind}` is missing, but step is {step} (state is only optional at step 0)"
                        ));
                    }
                }
            }
            state.push(mine);
        }
        if !restarted.is_empty() {
            let shown = restarted.len().min(5);
            problems.push(format!(
                "{}{} carry optimizer state, but the file has no metadata `step`: their update \
                 reads the step count (bias correction), so counting from 0 would silently \
                 restart it. Give the completed steps with --step N (or the metadata key `step`)",
                restarted[..shown]
                    .iter()
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", "),
                if restarted.len() > shown {
                    format!(" and {} more", restarted.len() - shown)
                } else {
                    String::new()
                }
            ));
        }
        if !problems.is_empty() {
            return Err(Error::Config(format!(
                "the step file is invalid; nothing was updated:\n  - {}",
                problems.join("\n  - ")
            )));
        }
        Ok(StepInput {
            config,
            plan,
            params,
            grads,
            state,
            max_logits,
            step,
            metadata: file.metadata,
            frozen,
            grad_casts,
            aligning: None,
        })
    }
}
