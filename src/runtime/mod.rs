//! The user-facing optimizer: parameters partitioned into shape groups, one compiled executable
//! per group, device-resident parameters and state updated in place (donated) every step.
//!
//! ```no_run
//! use muon_xla::{Client, DType, HostTensor, Optimizer, OptimizerConfig, Preset};
//!
//! # fn main() -> muon_xla::Result<()> {
//! # let (w, b) = (HostTensor::zeros(muon_xla::TensorType::new(DType::F32, vec![64, 32])), HostTensor::zeros(muon_xla::TensorType::new(DType::F32, vec![32])));
//! # let (gw, gb) = (w.clone(), b.clone());
//! let client = Client::cpu()?;
//! let config = OptimizerConfig::preset(Preset::KellerJordan);
//! let mut opt = Optimizer::from_named(&client, config, [("w", w), ("b", b)])?;
//! opt.step(&[("w", gw), ("b", gb)], 0.02)?;
//! let w = opt.param("w")?;
//! # Ok(()) }
//! ```
//!
//! The learning rate is a runtime input of every step (a schedule never recompiles). State is
//! addressed by name and kind (`opt.state_of("w", StateKind::Momentum)`); gradients may also come
//! in parameter order (`&Vec<HostTensor>`) or as device buffers ([`Grads`]). [`Optimizer::save`]
//! and [`Optimizer::load`] write and read the whole state as one safetensors file.

use std::path::Path;
use std::sync::Arc;

use crate::aot as compiled;
use crate::cache::{emit_for_client, ExecutableCache, Program};
use crate::config::{OptimizerConfig, ParamMultipliers, Route, Storage};
use crate::pjrt::{Buffer, Client, CompileOptions, Executable};
use crate::plan::{ParamSpec, Plan, PlannedGroup};
use crate::types::{Error, HostTensor, Result, TensorType};

mod accumulate;
mod checkpoint;
mod ema;
mod held;
mod named;
mod params;
mod run_group;
pub mod spmd;
mod stacked;
mod state;
mod step;

pub use held::Held;
pub use named::{Grads, StateKind};

pub use step::{StepInputs, StepReport};

struct Group {
    planned: PlannedGroup,
    exe: Arc<Executable>,
    /// The stacked state of a [`Storage::Stacked`] group (empty otherwise).
    stack: stacked::Stack,
}

/// Device-resident values of one parameter.
struct Slot {
    /// The group that updates it, and its index among the group's members.
    group: usize,
    member: usize,
    /// In a stacked group: a row of the group's parameter stack (or, until the next step, the
    /// buffer given to `replace_param`).
    value: Option<Buffer>,
    /// Per-parameter groups only (a stacked group keeps its state in [`Group::stack`]).
    state: Vec<Option<Buffer>>,
    /// The EMA of the weights, when enabled.
    ema: Option<Buffer>,
    /// Summed gradients of the current accumulation window, when accumulating.
    acc: Option<Buffer>,
    /// The learning-rate and weight-decay multipliers, and their device scalars once uploaded.
    mult: ParamMultipliers,
    mult_bufs: Option<[Buffer; 2]>,
    /// The f32 master copy of a bf16/f16 parameter, when master weights are on.
    master: Option<Buffer>,
}

/// Muon (and Adam for the rest) over a fixed set of parameters.
pub struct Optimizer {
    client: Client,
    /// Where every program of this optimizer is compiled: the groups', and the pre-pass and
    /// accumulation programs compiled at the first step that needs them.
    cache: ExecutableCache,
    config: OptimizerConfig,
    plan_specs: Vec<ParamSpec>,
    routes: Vec<(Route, String)>,
    groups: Vec<Group>,
    slots: Vec<Slot>,
    step: u64,
    runtime: step::Runtime,
}

impl Optimizer {
    /// Partitions, emits and compiles one executable per shape group, through the process-wide
    /// [`ExecutableCache::global`] (memory, and disk unless `MUON_XLA_EXECUTABLE_CACHE=off`): a
    /// program compiled before, in this process or an earlier one, is not compiled again.
    ///
    /// With `config.storage` [`Storage::Stacked`] (the presets' choice) every group that can be
    /// is stacked: its parameters and state live as one `[n, ...]` buffer per kind, which makes
    /// XLA's compile about twice as fast (see [`crate::plan::stacking`]), and each parameter's
    /// buffer is a row of the group's parameter stack (no copy).
    pub fn new(client: &Client, specs: Vec<ParamSpec>, config: OptimizerConfig) -> Result<Self> {
        Optimizer::with_cache(client, specs, config, ExecutableCache::global())
    }

    /// [`Optimizer::new`] with an explicit executable cache, used for every program this
    /// optimizer compiles (the groups' now, the pre-pass and accumulation ones when first needed).
    pub fn with_cache(
        client: &Client,
        specs: Vec<ParamSpec>,
        config: OptimizerConfig,
        cache: &ExecutableCache,
    ) -> Result<Self> {
        let plan = Plan::with_storage(specs, &config, config.storage)?;
        let graphs: Vec<_> = plan.groups.iter().map(|g| &g.graph).collect();
        let texts = emit_for_client(client, config.cpu_gemm, &graphs)?;
        let signatures: Vec<_> = plan.groups.iter().map(|g| g.graph.signature()).collect();
        let programs = Program::fresh(&texts, &signatures);
        let executables = cache.compile_all(client, &CompileOptions::default(), &programs)?;
        Ok(Optimizer::from_parts(
            client,
            cache,
            config,
            plan,
            executables,
        ))
    }

    /// An optimizer from a directory written by `muon-xla compile` (see [`compiled`]): its stored
    /// executables are used without compiling anything; any that cannot be trusted (another plugin
    /// or CPU, a corrupt executable, a modified program) is compiled again through
    /// [`ExecutableCache::global`], with a warning on stderr.
    pub fn load_compiled(client: &Client, dir: &Path) -> Result<Self> {
        Optimizer::load_compiled_with_cache(client, dir, ExecutableCache::global())
    }

    /// [`Optimizer::load_compiled`] with an explicit executable cache.
    pub fn load_compiled_with_cache(
        client: &Client,
        dir: &Path,
        cache: &ExecutableCache,
    ) -> Result<Self> {
        Ok(Optimizer::from_loaded(
            client,
            cache,
            compiled::load(client, dir, cache)?,
        ))
    }

    /// An optimizer from a directory already loaded with [`compiled::load`] (which says, per
    /// group, whether its stored executable was used: `Compiled::sources`).
    pub fn from_loaded(client: &Client, cache: &ExecutableCache, c: compiled::Compiled) -> Self {
        Optimizer::from_parts(client, cache, c.config, c.plan, c.executables)
    }

    fn from_parts(
        client: &Client,
        cache: &ExecutableCache,
        config: OptimizerConfig,
        plan: Plan,
        executables: Vec<Arc<Executable>>,
    ) -> Self {
        let mut place = vec![(0, 0); plan.specs.len()];
        for (gi, g) in plan.groups.iter().enumerate() {
            for (m, &i) in g.members.iter().enumerate() {
                place[i] = (gi, m);
            }
        }
        let groups: Vec<Group> = plan
            .groups
            .into_iter()
            .zip(executables)
            .map(|(planned, exe)| Group {
                planned,
                exe,
                stack: stacked::Stack::default(),
            })
            .collect();
        let slots = plan
            .routes
            .iter()
            .zip(&plan.multipliers)
            .zip(place)
            .map(|((_, &mult), (group, member))| Slot {
                group,
                member,
                value: None,
                state: match groups[group].planned.storage {
                    Storage::Stacked => Vec::new(),
                    Storage::PerParam => groups[group].planned.state.iter().map(|_| None).collect(),
                },
                ema: None,
                acc: None,
                mult,
                mult_bufs: None,
                master: None,
            })
            .collect();
        Optimizer {
            client: client.clone(),
            cache: cache.clone(),
            runtime: step::Runtime::new(&config),
            config,
            plan_specs: plan.specs,
            routes: plan.routes,
            groups,
            slots,
            step: 0,
        }
    }

    /// The executable cache this optimizer compiles through.
    pub fn cache(&self) -> &ExecutableCache {
        &self.cache
    }

    pub fn config(&self) -> &OptimizerConfig {
        &self.config
    }

    pub fn len(&self) -> usize {
        self.plan_specs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.plan_specs.is_empty()
    }

    pub fn spec(&self, i: usize) -> &ParamSpec {
        &self.plan_specs[i]
    }

    /// The route of parameter `i` and the rule that chose it.
    pub fn route(&self, i: usize) -> &(Route, String) {
        &self.routes[i]
    }

    /// The number of compiled executables (one per shape group).
    pub fn num_groups(&self) -> usize {
        self.groups.len()
    }

    /// Completed steps.
    pub fn step_count(&self) -> u64 {
        self.step
    }

    pub fn set_step_count(&mut self, step: u64) {
        self.step = step;
    }

    /// The learning-rate and weight-decay multipliers of parameter `i`.
    pub fn multipliers(&self, i: usize) -> ParamMultipliers {
        self.slots[i].mult
    }

    /// Changes parameter `i`'s multipliers for the next steps. They are runtime inputs: nothing
    /// is recompiled. Needs the multipliers enabled (`config.extras.multipliers`).
    pub fn set_multipliers(&mut self, i: usize, mult: ParamMultipliers) -> Result<()> {
        if self.config.extras.multipliers.is_none() {
            return Err(Error::Config(
                "multipliers are not enabled: set config.extras.multipliers (e.g. \
                 Some(Multipliers::default())) before building the optimizer"
                    .into(),
            ));
        }
        if i >= self.len() {
            return Err(Error::Config(format!(
                "parameter index {i} out of range ({} parameters)",
                self.len()
            )));
        }
        if !(mult.lr.is_finite() && mult.lr >= 0.0 && mult.wd.is_finite() && mult.wd >= 0.0) {
            return Err(Error::Config(format!(
                "multipliers of `{}` must be finite and ≥ 0, got {mult:?}",
                self.plan_specs[i].name
            )));
        }
        self.slots[i].mult = mult;
        self.slots[i].mult_bufs = None;
        Ok(())
    }

    fn check(&self, what: &str, i: usize, t: &HostTensor, want: &TensorType) -> Result<()> {
        if t.ty() != want {
            let name = &self.plan_specs[i].name;
            let msg = format!("`{name}` must be {want}, got {}", t.ty());
            // The kind of mistake decides the variant: a wrong element type is a dtype error
            // even when the shape is wrong too.
            return Err(if t.dtype() != want.dtype {
                Error::dtype(what, msg)
            } else {
                Error::shape(what, msg)
            });
        }
        Ok(())
    }

    /// Replaces parameter `i`'s device buffer and keeps its optimizer state (unlike
    /// [`Optimizer::set_params`], which resets it); returns the buffer it held. For callers whose
    /// parameters live in memory another library owns: a view of that memory
    /// ([`Client::view_device_memory`]) goes in before a step, and the step's donated update
    /// lands in it (see `interop::tch`).
    pub fn replace_param(&mut self, i: usize, value: Buffer) -> Result<Option<Buffer>> {
        let Some(spec) = self.plan_specs.get(i) else {
            return Err(Error::Config(format!(
                "parameter index {i} is out of range: the optimizer has {} parameters",
                self.len()
            )));
        };
        value.expect_type(&spec.ty, "replace_param", &format!("`{}`", spec.name))?;
        if self.is_stacked(i) {
            // A stacked group steps its parameters' stack: the new value goes into it (through
            // the host) before the next step.
            let host = value.to_host()?;
            self.stage(i, Held::Value, &host);
        }
        Ok(self.slots[i].value.replace(value))
    }

    /// Takes parameter `i`'s device buffer out (its state stays); a step needs it put back with
    /// [`Optimizer::replace_param`] or [`Optimizer::set_params`] first.
    pub fn take_param(&mut self, i: usize) -> Option<Buffer> {
        self.slots.get_mut(i).and_then(|s| s.value.take())
    }

    /// Downloads every parameter (spec order).
    pub fn params(&self) -> Result<Vec<HostTensor>> {
        self.slots
            .iter()
            .enumerate()
            .map(|(i, s)| download(&self.plan_specs[i].name, s.value.as_ref()))
            .collect()
    }

    /// The device-resident parameters (spec order), borrowed: feed them to another program (a
    /// model's forward and backward pass) without a host copy. They stay valid until the next
    /// step, which donates them.
    pub fn param_buffers(&self) -> Result<Vec<&Buffer>> {
        self.slots
            .iter()
            .enumerate()
            .map(|(i, s)| {
                s.value.as_ref().ok_or_else(|| Error::NotInitialized {
                    what: format!("`{}`", self.plan_specs[i].name),
                })
            })
            .collect()
    }
}

fn download(name: &str, b: Option<&Buffer>) -> Result<HostTensor> {
    b.ok_or_else(|| Error::NotInitialized {
        what: format!("`{name}`"),
    })?
    .to_host()
}
