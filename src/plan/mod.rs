//! Planning, without a device: the parameters ([`ParamSpec`], model descriptions), which goes
//! where ([`Plan`]: shape groups by route and type), and each group's graph with the layout of its
//! arguments and results ([`group`], [`stacking`]; [`spmd`] for the partitioned Muon step).

mod args;
pub mod group;
pub mod layout;
pub mod model;
pub mod spmd;
pub mod stacking;

use std::collections::BTreeMap;

use crate::config::multipliers::MultiplierRules;
use crate::config::{OptimizerConfig, ParamMultipliers, Partitioner, Route, Storage};
use crate::graph::Graph;
use crate::pjrt::ROW_ALIGN;
use crate::plan::group::{group_graph, stackable, Rule};
use crate::plan::layout::ArgLayout;
use crate::transforms::muon::matrix_axes;
use crate::transforms::MuonConfig;
use crate::types::{DType, Error, Result, Shape, TensorType};

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
    /// Batch axes of batched weights (empty: the preset's matrix view).
    pub batch_axes: Vec<usize>,
    /// The layout of the graph's arguments and results.
    pub storage: Storage,
    /// Each member's state tensors, by file suffix, with their types (a member's, not a stack's).
    pub state: Vec<(&'static str, TensorType)>,
    /// Indices into the parameter list.
    pub members: Vec<usize>,
    pub graph: Graph,
    /// What each of the graph's arguments and results holds, in order.
    pub layout: ArgLayout,
}

impl PlannedGroup {
    /// Whether XLA's SPMD partitioner can take this group ([`spmd::spmd_muon_graph`]): plain
    /// Muon matrices, not batched.
    pub fn is_partitionable(&self) -> bool {
        self.route == Route::Muon && self.ty.rank() == 2 && self.batch_axes.is_empty()
    }
}

/// Where each parameter goes and why, and the groups that result.
#[derive(Debug, Clone)]
pub struct Plan {
    pub specs: Vec<ParamSpec>,
    pub routes: Vec<(Route, String)>,
    pub groups: Vec<PlannedGroup>,
    /// The learning-rate and weight-decay multipliers of every parameter (all 1 when the
    /// multipliers are off).
    pub multipliers: Vec<ParamMultipliers>,
}

impl Plan {
    /// The index of the group that updates parameter `i`.
    pub fn group_of(&self, i: usize) -> Option<usize> {
        self.groups.iter().position(|g| g.members.contains(&i))
    }

    /// Parameter `i`'s state tensors, by file suffix, with their types (empty if `i` is out of
    /// range).
    pub fn state_of(&self, i: usize) -> &[(&'static str, TensorType)] {
        self.group_of(i).map_or(&[], |g| &self.groups[g].state)
    }

    /// The Muon settings of group `g` (the configured ones with the group's batch axes).
    pub fn muon_config(&self, config: &OptimizerConfig, g: usize) -> MuonConfig {
        let mut muon = config.muon.clone();
        muon.batch_axes = self.groups[g].batch_axes.clone();
        muon
    }
}

impl Plan {
    /// Partitions `specs` and builds one graph per (route, type) group, without compiling, each
    /// taking and returning every tensor separately ([`Storage::PerParam`]).
    pub fn new(specs: Vec<ParamSpec>, config: &OptimizerConfig) -> Result<Plan> {
        Plan::with_storage(specs, config, Storage::PerParam)
    }

    /// [`Plan::new`] with every group that can be stacked laid out as `storage` says (the others
    /// stay [`Storage::PerParam`]; each group records its own).
    pub fn with_storage(
        specs: Vec<ParamSpec>,
        config: &OptimizerConfig,
        storage: Storage,
    ) -> Result<Plan> {
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
        let mut by_key: BTreeMap<(Route, String, Vec<usize>), Vec<usize>> = BTreeMap::new();
        for (i, (route, _)) in routes.iter().enumerate() {
            if *route == Route::Muon && specs[i].ty.rank() < 2 {
                return Err(Error::Config(format!(
                    "parameter `{}` {} is routed to Muon, which needs rank 2 or more",
                    specs[i].name, specs[i].ty
                )));
            }
            let batch = match (route, partitioner.batch_axes(&specs[i].name)) {
                (Route::Muon, Some(axes)) => {
                    matrix_axes(axes, &specs[i].ty.shape).map_err(|e| {
                        Error::Config(format!("parameter `{}`: {e}", specs[i].name))
                    })?;
                    axes.to_vec()
                }
                _ => Vec::new(),
            };
            by_key
                .entry((*route, specs[i].ty.mlir(), batch))
                .or_default()
                .push(i);
        }
        let multipliers = match &config.extras.multipliers {
            Some(m) => {
                let rules = MultiplierRules::new(m)?;
                specs.iter().map(|s| rules.of(&s.name)).collect()
            }
            None => vec![ParamMultipliers::default(); specs.len()],
        };
        let mut groups = Vec::new();
        for ((route, _, batch_axes), members) in by_key {
            let ty = specs[members[0]].ty.clone();
            let names: Vec<String> = members.iter().map(|&i| specs[i].name.clone()).collect();
            let dims: Vec<String> = ty.shape.iter().map(|d| d.to_string()).collect();
            let batched: String = batch_axes.iter().map(|a| format!("_b{a}")).collect();
            let name = format!(
                "{route}_{}_{}{batched}_x{}",
                dims.join("x"),
                ty.dtype,
                members.len()
            );
            let muon = MuonConfig {
                batch_axes: batch_axes.clone(),
                ..config.muon.clone()
            };
            let rule = match route {
                Route::Muon => Rule::Muon(&muon),
                Route::Adam => Rule::Adam(&config.adam),
            };
            let kinds = group::state_names(&rule);
            let types = group::state_types(&rule, &ty)?;
            let storage = match storage {
                Storage::Stacked
                    if stackable(&names, &ty, &rule, &config.extras)
                        && runtime_can_stack(&ty, &types, config) =>
                {
                    Storage::Stacked
                }
                _ => Storage::PerParam,
            };
            let (graph, layout) = group_graph(&name, &names, &ty, rule, &config.extras, storage)?;
            groups.push(PlannedGroup {
                route,
                ty,
                batch_axes,
                storage,
                state: kinds.iter().copied().zip(types).collect(),
                members,
                graph,
                layout,
            });
        }
        Ok(Plan {
            specs,
            routes,
            groups,
            multipliers,
        })
    }
}

/// What the optimizer's runtime needs of a stacked group beyond [`stackable`]: every member's row
/// of every stack (the parameters, each state kind, the f32 masters) starts at a [`ROW_ALIGN`]
/// boundary (rows are handed out as views), and no EMA (swapping the weights with their EMA
/// exchanges per-parameter buffers).
fn runtime_can_stack(ty: &TensorType, state: &[TensorType], config: &OptimizerConfig) -> bool {
    let master = TensorType::new(DType::F32, ty.shape.clone());
    config.extras.ema_momentum.is_none()
        && (state.iter().chain([ty, &master])).all(|t| t.size_bytes() % ROW_ALIGN == 0)
}
