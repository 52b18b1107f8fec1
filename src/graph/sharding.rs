//! Sharding constraints: how a value is laid out over the devices of a one-axis device mesh.
//!
//! The graph only says *which* axis is split (or that the value is replicated); the number of
//! devices is a property of the compilation (`num_partitions`), so one graph serves every D.
//! XLA's SPMD partitioner turns the difference between two layouts into collectives.

use super::Graph;
use crate::types::{Error, Result};

/// The layout of a tensor over the D devices of a one-axis mesh.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sharding {
    /// Every device holds the whole tensor.
    Replicated,
    /// Axis `axis` is cut into D equal, contiguous blocks; device `i` holds block `i`.
    Split { axis: usize },
}

impl Sharding {
    /// The axis that is split, if any.
    pub fn split_axis(self) -> Option<usize> {
        match self {
            Sharding::Replicated => None,
            Sharding::Split { axis } => Some(axis),
        }
    }
}

/// Which sharding dialect to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ShardingDialect {
    #[default]
    Gspmd,
    Shardy,
}

/// How a graph is partitioned over `devices` devices: one sharding per argument and per result.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Partitioning {
    pub devices: usize,
    pub dialect: ShardingDialect,
    pub args: Vec<Sharding>,
    pub results: Vec<Sharding>,
}

impl Partitioning {
    /// Checks the partitioning against `graph`: one entry per argument and result, split axes
    /// that exist and divide evenly.
    pub fn check(&self, graph: &Graph) -> Result<()> {
        if self.devices == 0 {
            return Err(Error::Config("partitioning: 0 devices".into()));
        }
        if self.args.len() != graph.params().len() || self.results.len() != graph.outputs().len() {
            return Err(Error::Config(format!(
                "partitioning: {} argument and {} result shardings for a graph with {} and {}",
                self.args.len(),
                self.results.len(),
                graph.params().len(),
                graph.outputs().len()
            )));
        }
        let tys = graph.params().iter().map(|p| (&p.name, &p.ty)).chain(
            graph
                .outputs()
                .iter()
                .map(|o| (&o.name, &graph.node(o.value).ty)),
        );
        for ((name, ty), s) in tys.zip(self.args.iter().chain(&self.results)) {
            if let Some(axis) = s.split_axis() {
                if axis >= ty.rank() || ty.shape[axis] % self.devices != 0 {
                    return Err(Error::shape(
                        "partitioning",
                        format!(
                            "`{name}` {ty}: axis {axis} cannot be split into {} equal blocks",
                            self.devices
                        ),
                    ));
                }
            }
        }
        Ok(())
    }
}
