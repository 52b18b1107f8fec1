//! Sharding annotations for SPMD compilation, in XLA's two dialects.
//!
//! - GSPMD: `mhlo.sharding = "{devices=[1,2,1]0,1}"` on arguments and results, constraints as
//!   `stablehlo.custom_call @Sharding`. XLA's SPMD partitioner reads these.
//! - Shardy: a `sdy.mesh` declaration, `sdy.sharding = #sdy.sharding<@mesh, [...]>` on
//!   arguments and results, constraints as `sdy.sharding_constraint`. XLA's replacement for GSPMD;
//!   the compile options must then also ask for the Shardy partitioner.
//!
//! The mesh has one axis, `d`, of size D (the number of partitions).

/// The name of the mesh axis in the Shardy dialect.
const AXIS: &str = "d";

use crate::graph::{Partitioning, Sharding, ShardingDialect};

impl Partitioning {
    /// The attribute on an argument or result of rank `rank`.
    pub(super) fn attr(&self, s: Sharding, rank: usize) -> String {
        match self.dialect {
            ShardingDialect::Gspmd => format!("mhlo.sharding = \"{}\"", self.gspmd(s, rank)),
            ShardingDialect::Shardy => {
                format!("sdy.sharding = #sdy.sharding<@mesh, {}>", dims(s, rank))
            }
        }
    }

    /// The constraint op (without the result name) for operand `x` of MLIR type `ty`.
    pub(super) fn constraint(&self, x: &str, ty: &str, s: Sharding, rank: usize) -> String {
        match self.dialect {
            ShardingDialect::Gspmd => format!(
                "stablehlo.custom_call @Sharding({x}) {{mhlo.sharding = \"{}\"}} : ({ty}) -> {ty}",
                self.gspmd(s, rank)
            ),
            ShardingDialect::Shardy => {
                format!(
                    "sdy.sharding_constraint {x} <@mesh, {}> : {ty}",
                    dims(s, rank)
                )
            }
        }
    }

    /// Module-level lines that precede `@main` (the Shardy mesh).
    pub(super) fn preamble(&self) -> Option<String> {
        match self.dialect {
            ShardingDialect::Gspmd => None,
            ShardingDialect::Shardy => Some(format!(
                "  sdy.mesh @mesh = <[\"{AXIS}\"={}]>",
                self.devices
            )),
        }
    }

    /// GSPMD's text form: `{replicated}` or `{devices=[1,D,1]0,1,...,D-1}`.
    fn gspmd(&self, s: Sharding, rank: usize) -> String {
        match s.split_axis() {
            None => "{replicated}".to_string(),
            Some(axis) => {
                let tiles: Vec<String> = (0..rank)
                    .map(|a| if a == axis { self.devices } else { 1 }.to_string())
                    .collect();
                let ids: Vec<String> = (0..self.devices).map(|d| d.to_string()).collect();
                format!("{{devices=[{}]{}}}", tiles.join(","), ids.join(","))
            }
        }
    }
}

/// Shardy's per-dimension list: `[{}, {"d"}, {}]`.
fn dims(s: Sharding, rank: usize) -> String {
    let d: Vec<String> = (0..rank)
        .map(|a| {
            if s.split_axis() == Some(a) {
                format!("{{\"{AXIS}\"}}")
            } else {
                "{}".to_string()
            }
        })
        .collect();
    format!("[{}]", d.join(", "))
}
