//! Planning: which parameters go where, and the graph of every shape group.

use std::collections::BTreeMap;

use crate::error::{Error, Result};
use crate::graph::{DType, Graph, Shape, TensorType};
use crate::optim::group::{group_graph, Rule};
use crate::optim::{OptimizerConfig, Partitioner, Route};

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
            let rule = match route {
                Route::Muon => Rule::Muon(&config.muon),
                Route::Adam => Rule::Adam(&config.adam),
            };
            let graph = group_graph(&name, &names, &ty, rule, &config.extras)?;
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
