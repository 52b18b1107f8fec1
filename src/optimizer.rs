//! The user-facing optimizer: parameters partitioned into shape groups, one compiled executable
//! per group, device-resident parameters and state updated in place (donated) every step.
//!
//! ```no_run
//! use muon_xla::optim::{OptimizerConfig, Preset};
//! use muon_xla::optimizer::{Optimizer, ParamSpec};
//! use muon_xla::pjrt::{plugin, Client, Plugin};
//! use muon_xla::{DType, HostTensor};
//!
//! # fn main() -> muon_xla::Result<()> {
//! let plugin = plugin::load_default(plugin::DeviceKind::Cpu, None)?;
//! let client = Client::new(&plugin)?;
//! let specs = vec![ParamSpec::new("w", DType::F32, [64, 32]), ParamSpec::new("b", DType::F32, [32])];
//! let mut config = OptimizerConfig::preset(Preset::KellerJordan);
//! config.muon.newton_schulz.dtype = DType::F32;
//! let mut opt = Optimizer::new(&client, specs, config)?;
//! opt.set_params(vec![HostTensor::zeros(opt.spec(0).ty.clone()), HostTensor::zeros(opt.spec(1).ty.clone())])?;
//! let grads = vec![HostTensor::zeros(opt.spec(0).ty.clone()), HostTensor::zeros(opt.spec(1).ty.clone())];
//! opt.step(&grads, 0.02)?;
//! let params = opt.params()?;
//! # Ok(()) }
//! ```

use std::collections::BTreeMap;

use crate::emit::emit;
use crate::error::{Error, Result};
use crate::graph::{DType, Graph, Shape, TensorType};
use crate::optim::group::{adam_group_graph, muon_group_graph, state_names, SCALAR};
use crate::optim::{OptimizerConfig, Partitioner, Route};
use crate::pjrt::{Arg, Buffer, Client, CompileOptions, Executable};
use crate::tensor::HostTensor;

/// A parameter's name and type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParamSpec {
    pub name: String,
    pub ty: TensorType,
}

impl ParamSpec {
    pub fn new(name: impl Into<String>, dtype: DType, shape: impl Into<Shape>) -> Self {
        ParamSpec {
            name: name.into(),
            ty: TensorType::new(dtype, shape),
        }
    }
}

/// One shape group before compilation: its route, type, members and graph.
#[derive(Debug, Clone)]
pub struct PlannedGroup {
    pub route: Route,
    pub ty: TensorType,
    /// Indices into the parameter list.
    pub members: Vec<usize>,
    pub graph: Graph,
}

/// Where each parameter goes and why, and the groups that result.
#[derive(Debug, Clone)]
pub struct Plan {
    pub specs: Vec<ParamSpec>,
    pub routes: Vec<(Route, String)>,
    pub groups: Vec<PlannedGroup>,
}

impl Plan {
    /// Partitions `specs` and builds one graph per (route, type) group, without compiling.
    pub fn new(specs: Vec<ParamSpec>, config: &OptimizerConfig) -> Result<Plan> {
        let partitioner = Partitioner::new(config.partition.clone())?;
        let mut seen = BTreeMap::new();
        for (i, s) in specs.iter().enumerate() {
            if let Some(j) = seen.insert(s.name.clone(), i) {
                return Err(Error::Config(format!(
                    "parameter `{}` is listed twice ({j} and {i})",
                    s.name
                )));
            }
            if !s.ty.dtype.is_float() {
                return Err(Error::dtype(
                    "optimizer",
                    format!("parameter `{}` is {}, not a float", s.name, s.ty),
                ));
            }
        }
        let routes: Vec<(Route, String)> = specs
            .iter()
            .map(|s| partitioner.route(&s.name, &s.ty.shape))
            .collect();
        let mut by_key: BTreeMap<(Route, String), Vec<usize>> = BTreeMap::new();
        for (i, (route, _)) in routes.iter().enumerate() {
            if *route == Route::Muon && specs[i].ty.rank() < 2 {
                return Err(Error::Config(format!(
                    "parameter `{}` {} is routed to Muon, which needs rank 2 or more",
                    specs[i].name, specs[i].ty
                )));
            }
            by_key
                .entry((*route, specs[i].ty.mlir()))
                .or_default()
                .push(i);
        }
        let mut groups = Vec::new();
        for ((route, _), members) in by_key {
            let ty = specs[members[0]].ty.clone();
            let names: Vec<String> = members.iter().map(|&i| specs[i].name.clone()).collect();
            let dims: Vec<String> = ty.shape.iter().map(|d| d.to_string()).collect();
            let name = format!("{route}_{}_{}_x{}", dims.join("x"), ty.dtype, members.len());
            let graph = match route {
                Route::Muon => muon_group_graph(&name, &names, &ty, &config.muon)?,
                Route::Adam => adam_group_graph(&name, &names, &ty, &config.adam)?,
            };
            groups.push(PlannedGroup {
                route,
                ty,
                members,
                graph,
            });
        }
        Ok(Plan {
            specs,
            routes,
            groups,
        })
    }
}

struct Group {
    planned: PlannedGroup,
    exe: Executable,
}

/// Device-resident values of one parameter.
struct Slot {
    value: Option<Buffer>,
    state: Vec<Option<Buffer>>,
}

/// Muon (and Adam for the rest) over a fixed set of parameters.
pub struct Optimizer {
    client: Client,
    config: OptimizerConfig,
    plan_specs: Vec<ParamSpec>,
    routes: Vec<(Route, String)>,
    groups: Vec<Group>,
    slots: Vec<Slot>,
    step: u64,
}

impl Optimizer {
    /// Partitions, emits and compiles one executable per shape group.
    pub fn new(client: &Client, specs: Vec<ParamSpec>, config: OptimizerConfig) -> Result<Self> {
        let plan = Plan::new(specs, &config)?;
        let mut groups = Vec::with_capacity(plan.groups.len());
        for planned in plan.groups {
            let text = emit(&planned.graph)?;
            let exe =
                client.compile(&text, planned.graph.signature(), &CompileOptions::default())?;
            groups.push(Group { planned, exe });
        }
        let slots = plan
            .routes
            .iter()
            .map(|(r, _)| Slot {
                value: None,
                state: state_names(*r == Route::Muon)
                    .iter()
                    .map(|_| None)
                    .collect(),
            })
            .collect();
        Ok(Optimizer {
            client: client.clone(),
            config,
            plan_specs: plan.specs,
            routes: plan.routes,
            groups,
            slots,
            step: 0,
        })
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

    fn check(&self, what: &str, i: usize, t: &HostTensor, want: &TensorType) -> Result<()> {
        if t.ty() != want {
            let name = &self.plan_specs[i].name;
            return Err(Error::shape(
                what,
                format!("`{name}` must be {want}, got {}", t.ty()),
            ));
        }
        Ok(())
    }

    /// Uploads every parameter (in spec order) and resets all state to zero.
    pub fn set_params(&mut self, values: Vec<HostTensor>) -> Result<()> {
        if values.len() != self.len() {
            return Err(Error::Config(format!(
                "expected {} parameters, got {}",
                self.len(),
                values.len()
            )));
        }
        for (i, v) in values.iter().enumerate() {
            self.check("set_params", i, v, &self.plan_specs[i].ty)?;
        }
        for (i, v) in values.iter().enumerate() {
            self.slots[i].value = Some(self.client.upload(v)?);
            for k in 0..self.slots[i].state.len() {
                let zeros = HostTensor::zeros(self.state_type(i));
                self.slots[i].state[k] = Some(self.client.upload(&zeros)?);
            }
        }
        Ok(())
    }

    /// The type of parameter `i`'s state tensors.
    pub fn state_type(&self, i: usize) -> TensorType {
        let ty = &self.plan_specs[i].ty;
        let dtype = match self.routes[i].0 {
            Route::Muon => self.config.muon.buffer_dtype,
            Route::Adam => ty.dtype.at_least_f32(),
        };
        TensorType::new(dtype, ty.shape.clone())
    }

    /// Names of parameter `i`'s state tensors (`momentum`, or `exp_avg` and `exp_avg_sq`).
    pub fn state_names(&self, i: usize) -> &'static [&'static str] {
        state_names(self.routes[i].0 == Route::Muon)
    }

    /// Replaces one state tensor of parameter `i`.
    pub fn set_state(&mut self, i: usize, kind: &str, value: &HostTensor) -> Result<()> {
        let Some(k) = self.state_names(i).iter().position(|n| *n == kind) else {
            return Err(Error::Config(format!(
                "`{}` is routed to {} and has no state `{kind}` (it keeps {})",
                self.plan_specs[i].name,
                self.routes[i].0,
                self.state_names(i).join(", ")
            )));
        };
        self.check("set_state", i, value, &self.state_type(i))?;
        self.slots[i].state[k] = Some(self.client.upload(value)?);
        Ok(())
    }

    /// One optimizer step with host gradients (spec order) and Muon learning rate `lr`.
    /// Non-finite gradients refuse the whole step, naming every offending tensor.
    pub fn step(&mut self, grads: &[HostTensor], lr: f64) -> Result<()> {
        if grads.len() != self.len() {
            return Err(Error::Config(format!(
                "expected {} gradients, got {}",
                self.len(),
                grads.len()
            )));
        }
        for (i, g) in grads.iter().enumerate() {
            self.check("step", i, g, &self.plan_specs[i].ty)?;
        }
        let bad: Vec<&str> = grads
            .iter()
            .enumerate()
            .filter(|(_, g)| g.to_f64().iter().any(|v| !v.is_finite()))
            .map(|(i, _)| self.plan_specs[i].name.as_str())
            .collect();
        if !bad.is_empty() {
            return Err(Error::Config(format!(
                "non-finite gradient in {}: step refused, nothing updated",
                bad.join(", ")
            )));
        }
        let uploaded = grads
            .iter()
            .map(|g| self.client.upload(g))
            .collect::<Result<Vec<_>>>()?;
        self.step_device(&uploaded.iter().collect::<Vec<_>>(), lr)
    }

    /// One step with device-resident gradients (spec order).
    pub fn step_device(&mut self, grads: &[&Buffer], lr: f64) -> Result<()> {
        if self
            .slots
            .iter()
            .any(|s| s.value.is_none() || s.state.iter().any(Option::is_none))
        {
            return Err(Error::Config(
                "set_params must be called before step".into(),
            ));
        }
        let t = (self.step + 1) as f64;
        let scalar = |v: f64| self.client.upload(&HostTensor::scalar(SCALAR, v));
        let lr_b = scalar(lr)?;
        let adam_lr = scalar(self.config.adam_lr_for(lr))?;
        let adam_wd_lr = scalar(self.config.adam_decay_lr_for(lr))?;
        let t_b = scalar(t)?;
        for group in &self.groups {
            let members = &group.planned.members;
            let n_state = self.slots[members[0]].state.len();
            // Parameters, then each state kind in turn: the order of the group's arguments.
            let mut owned = Vec::with_capacity(members.len() * (1 + n_state));
            for &i in members {
                owned.push(self.slots[i].value.take());
            }
            for k in 0..n_state {
                for &i in members {
                    owned.push(self.slots[i].state[k].take());
                }
            }
            let owned: Vec<Buffer> = owned.into_iter().flatten().collect();
            if owned.len() != members.len() * (1 + n_state) {
                return Err(Error::Config(
                    "optimizer state was lost by an earlier failed step; call set_params".into(),
                ));
            }
            let mut owned = owned.into_iter();
            let mut args: Vec<Arg<'_>> = owned
                .by_ref()
                .take(members.len())
                .map(Arg::Donate)
                .collect();
            args.extend(members.iter().map(|&i| Arg::Keep(grads[i])));
            args.extend(owned.map(Arg::Donate));
            match group.planned.route {
                Route::Muon => args.extend([Arg::Keep(&lr_b), Arg::Keep(&t_b)]),
                Route::Adam => {
                    args.extend([Arg::Keep(&adam_lr), Arg::Keep(&adam_wd_lr), Arg::Keep(&t_b)])
                }
            }
            let mut outs = group.exe.execute(args)?.into_iter();
            for &i in members {
                self.slots[i].value = outs.next();
            }
            for k in 0..n_state {
                for &i in members {
                    self.slots[i].state[k] = outs.next();
                }
            }
        }
        self.step += 1;
        Ok(())
    }

    /// Downloads every parameter (spec order).
    pub fn params(&self) -> Result<Vec<HostTensor>> {
        self.slots
            .iter()
            .enumerate()
            .map(|(i, s)| download(&self.plan_specs[i].name, s.value.as_ref()))
            .collect()
    }

    /// Downloads parameter `i`'s state tensors, named as [`Optimizer::state_names`].
    pub fn state(&self, i: usize) -> Result<Vec<HostTensor>> {
        self.slots[i]
            .state
            .iter()
            .map(|b| download(&self.plan_specs[i].name, b.as_ref()))
            .collect()
    }
}

fn download(name: &str, b: Option<&Buffer>) -> Result<HostTensor> {
    b.ok_or_else(|| {
        Error::Config(format!(
            "`{name}` has no value on the device (set_params first)"
        ))
    })?
    .to_host()
}
