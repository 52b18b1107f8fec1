//! Multi-device builds (`compile --target h100 --devices 8`): each plain 2-D Muon group's program
//! is replaced by its SPMD form ([`crate::plan::spmd`]: work split or sharded parameters, GSPMD or
//! Shardy annotations), which XLA's partitioner turns into collectives over the topology's
//! devices; the other groups stay single-device programs, as `step --devices` runs them.

use super::{arguments, results, Compiled};
use crate::emit::emit_partitioned;
use crate::graph::ShardingDialect;
use crate::pjrt::CompileOptions;
use crate::plan::spmd::{spmd_muon_graph, SpmdLayout};
use crate::types::{Error, Result};

/// Replaces the partitionable groups of `compiled` by their SPMD programs over `devices`, and
/// returns each group's compile options: `base` for single-device groups, `base` partitioned
/// over the devices for the others.
pub(super) fn partition(
    compiled: &mut Compiled,
    devices: usize,
    layout: SpmdLayout,
    dialect: ShardingDialect,
    base: &CompileOptions,
) -> Result<Vec<CompileOptions>> {
    let n = compiled.plan.groups.len();
    if devices <= 1 {
        return Ok(vec![base.clone(); n]);
    }
    let config = &compiled.config;
    if !config.extras.is_plain_but_multipliers() {
        return Err(Error::InvalidSetting {
            field: "devices",
            value: devices.to_string(),
            expected: "1 with clipping, loss scaling, the EMA, QK-clip, master weights or \
                       accumulation: the partitioned build takes the plain Muon step only"
                .into(),
        });
    }
    let partitioned_options = CompileOptions {
        env_option_overrides: base.env_option_overrides.clone(),
        ..CompileOptions::partitioned(devices, dialect == ShardingDialect::Shardy)
    };
    let mut options = Vec::with_capacity(n);
    for (i, group) in compiled.plan.groups.iter().enumerate() {
        let plain_matrix = group.is_partitionable()
            && (group.members.iter()).all(|&m| compiled.plan.multipliers[m] == Default::default());
        if !plain_matrix {
            options.push(base.clone());
            continue;
        }
        let names: Vec<String> = (group.members.iter())
            .map(|&m| compiled.plan.specs[m].name.clone())
            .collect();
        let spmd = spmd_muon_graph(&names, &group.ty, &config.muon, layout, devices, dialect)?;
        let text = emit_partitioned(&spmd.graph, &spmd.partitioning)?;
        let described = &mut compiled.manifest.groups[i];
        described.graph_sha256 = crate::cache::sha256_hex(text.as_bytes());
        described.graph_bytes = text.len() as u64;
        described.arguments = arguments(&spmd.graph);
        described.results = results(&spmd.graph);
        described.partitions = Some(devices);
        described.spmd_layout = Some(layout.name().to_string());
        compiled.programs[i] = text;
        options.push(partitioned_options.clone());
    }
    Ok(options)
}
