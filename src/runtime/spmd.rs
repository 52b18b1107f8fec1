//! [`SpmdMuon`]: the Muon step over D devices of one client, each shape group compiled once as
//! an SPMD program (see [`crate::plan::spmd`] for the two layouts). Parameters and momentum live
//! on the devices as per-device shard buffers and are donated every step; only gradients and the
//! two scalars are uploaded.
//!
//! On a CPU client, create it with `ClientOptions { cpu_device_count: Some(D) }`; on a multi-GPU
//! host the same code runs on the GPU plugin's devices.

mod shards;
mod state_io;

pub use shards::{local_type, shard, stack, unshard};

use std::collections::BTreeMap;

use crate::cache::ExecutableCache;
use crate::emit::emit_partitioned;
use crate::graph::{Sharding, ShardingDialect};
use crate::pjrt::{Arg, Buffer, Client, CompileOptions, PartitionedExecutable};
use crate::plan::spmd::{spmd_muon_graph, SpmdGroup, SpmdLayout};
use crate::transforms::MuonConfig;
use crate::types::{DType, Error, HostTensor, Result, Signature, TensorType};

/// The device mesh: how many devices, which layout, which sharding dialect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SpmdOptions {
    pub devices: usize,
    pub layout: SpmdLayout,
    pub dialect: ShardingDialect,
}

/// One shape group on the devices.
pub struct SpmdGroupState {
    /// Positions of the members in the optimizer's parameter list.
    pub members: Vec<usize>,
    pub ty: TensorType,
    pub spmd: SpmdGroup,
    /// The emitted StableHLO (with its sharding annotations).
    pub module: String,
    pub exe: PartitionedExecutable,
    /// `params[d][i]`: device `d`'s shard of member `i`.
    params: Vec<Vec<Buffer>>,
    /// `momentum[d][j]`: device `d`'s shard of momentum argument `j`.
    momentum: Vec<Vec<Buffer>>,
}

/// Gradients on the devices, laid out for one [`SpmdMuon`]'s groups (`groups[g][d][i]`).
pub struct SpmdGrads {
    groups: Vec<Vec<Vec<Buffer>>>,
}

/// Muon on 2-D parameters, partitioned over several devices by XLA.
pub struct SpmdMuon {
    client: Client,
    opts: SpmdOptions,
    names: Vec<String>,
    types: Vec<TensorType>,
    groups: Vec<SpmdGroupState>,
}

impl SpmdMuon {
    /// Compiles one program per shape group (through [`ExecutableCache::global`]) and places
    /// `params` (and zero momentum) on devices `0..opts.devices` of `client`.
    pub fn new(
        client: &Client,
        params: &[(String, HostTensor)],
        cfg: &MuonConfig,
        opts: SpmdOptions,
    ) -> Result<SpmdMuon> {
        SpmdMuon::with_cache(client, params, cfg, opts, ExecutableCache::global())
    }

    /// [`SpmdMuon::new`] compiling through `cache`.
    pub fn with_cache(
        client: &Client,
        params: &[(String, HostTensor)],
        cfg: &MuonConfig,
        opts: SpmdOptions,
        cache: &ExecutableCache,
    ) -> Result<SpmdMuon> {
        if opts.devices == 0 || opts.devices > client.device_count() {
            return Err(Error::Config(format!(
                "--devices {}: the client has {} devices (a CPU client takes \
                 cpu_device_count = D when it is created)",
                opts.devices,
                client.device_count()
            )));
        }
        let mut by_type: BTreeMap<(Vec<usize>, &'static str), Vec<usize>> = BTreeMap::new();
        let mut order = Vec::new();
        for (i, (_, t)) in params.iter().enumerate() {
            let key = (t.shape().to_vec(), t.dtype().name());
            if !by_type.contains_key(&key) {
                order.push(key.clone());
            }
            by_type.entry(key).or_default().push(i);
        }
        let mut groups = Vec::new();
        for key in order {
            let members = by_type.remove(&key).unwrap_or_default();
            let names: Vec<String> = members.iter().map(|&i| params[i].0.clone()).collect();
            let ty = params[members[0]].1.ty().clone();
            let spmd = spmd_muon_graph(&names, &ty, cfg, opts.layout, opts.devices, opts.dialect)?;
            let module = emit_partitioned(&spmd.graph, &spmd.partitioning)?;
            let shardy = opts.dialect == ShardingDialect::Shardy;
            let exe = cache.compile(
                client,
                &module,
                &local_signature(&spmd, opts.devices),
                &CompileOptions::partitioned(opts.devices, shardy),
            )?;
            let exe = PartitionedExecutable::new(client, exe, opts.devices)?;
            let k = members.len();
            let part = &spmd.partitioning;
            let mut state = SpmdGroupState {
                params: (0..opts.devices).map(|_| Vec::new()).collect(),
                momentum: (0..opts.devices).map(|_| Vec::new()).collect(),
                members,
                ty,
                module,
                exe,
                spmd: spmd.clone(),
            };
            for (i, &m) in state.members.iter().enumerate() {
                let parts = shard(&params[m].1, part.args[i], opts.devices)?;
                for (d, t) in parts.iter().enumerate() {
                    state.params[d].push(client.upload_to(t, d)?);
                }
            }
            // The momentum arguments follow the parameters and as many gradient arguments.
            let inputs = spmd.graph.params();
            let n_state = (inputs.len() - 2 - k) / 2;
            let state_args = inputs
                .iter()
                .zip(&part.args)
                .skip(k + n_state)
                .take(n_state);
            for (input, &sharding) in state_args {
                let zeros = HostTensor::zeros(input.ty.clone());
                for (d, t) in shard(&zeros, sharding, opts.devices)?.iter().enumerate() {
                    state.momentum[d].push(client.upload_to(t, d)?);
                }
            }
            groups.push(state);
        }
        Ok(SpmdMuon {
            client: client.clone(),
            opts,
            names: params.iter().map(|(n, _)| n.clone()).collect(),
            types: params.iter().map(|(_, t)| t.ty().clone()).collect(),
            groups,
        })
    }

    pub fn options(&self) -> SpmdOptions {
        self.opts
    }

    /// The compiled groups, in first-appearance order of their shapes.
    pub fn groups(&self) -> &[SpmdGroupState] {
        &self.groups
    }

    /// One Muon step with `grads` (one per parameter, in order), learning rate `lr` and step
    /// number `step` (1-based): uploads the gradient shards, then [`SpmdMuon::step_device`].
    pub fn step(&mut self, grads: &[HostTensor], lr: f64, step: f64) -> Result<()> {
        let grads = self.upload_grads(grads)?;
        self.step_device(&grads, lr, step)
    }

    /// Places each gradient on the devices as its group's program expects it (replicated for the
    /// work split, row shards for sharded parameters).
    pub fn upload_grads(&self, grads: &[HostTensor]) -> Result<SpmdGrads> {
        if grads.len() != self.names.len() {
            return Err(Error::Config(format!(
                "spmd step: {} gradients for {} parameters",
                grads.len(),
                self.names.len()
            )));
        }
        for (i, g) in grads.iter().enumerate() {
            if g.ty() != &self.types[i] {
                return Err(Error::shape(
                    "spmd step",
                    format!(
                        "gradient of `{}` is {}, expected {}",
                        self.names[i],
                        g.ty(),
                        self.types[i]
                    ),
                ));
            }
        }
        let devices = self.opts.devices;
        let mut out = Vec::with_capacity(self.groups.len());
        for group in &self.groups {
            let k = group.members.len();
            let part = &group.spmd.partitioning;
            let mut shards: Vec<Vec<Buffer>> =
                (0..devices).map(|_| Vec::with_capacity(k)).collect();
            let host: Vec<HostTensor> = match self.opts.layout {
                SpmdLayout::WorkSplit => {
                    let members: Vec<&HostTensor> =
                        group.members.iter().map(|&m| &grads[m]).collect();
                    vec![stack(&members, group.spmd.stacked)?]
                }
                SpmdLayout::ShardedParams => {
                    group.members.iter().map(|&m| grads[m].clone()).collect()
                }
            };
            for (i, g) in host.iter().enumerate() {
                for (d, t) in shard(g, part.args[k + i], devices)?.iter().enumerate() {
                    shards[d].push(self.client.upload_to(t, d)?);
                }
            }
            out.push(shards);
        }
        Ok(SpmdGrads { groups: out })
    }

    /// One Muon step with gradients already on the devices. A failed execution loses the
    /// donated state: the optimizer then refuses further steps.
    pub fn step_device(&mut self, grads: &SpmdGrads, lr: f64, step: f64) -> Result<()> {
        let devices = self.opts.devices;
        if grads.groups.len() != self.groups.len() {
            return Err(Error::Config(
                "spmd step: gradients uploaded for another optimizer".into(),
            ));
        }
        let scalars = |v: f64| -> Result<Vec<Buffer>> {
            let t = HostTensor::scalar(DType::F32, v);
            (0..devices).map(|d| self.client.upload_to(&t, d)).collect()
        };
        let (lr_b, step_b) = (scalars(lr)?, scalars(step)?);
        for (group, grad_shards) in self.groups.iter_mut().zip(&grads.groups) {
            let k = group.members.len();
            if group.params.iter().any(|p| p.len() != k) {
                return Err(Error::Config(
                    "spmd step: a previous step failed and its donated state is gone; \
                     create the optimizer again"
                        .into(),
                ));
            }
            let mut args = Vec::with_capacity(devices);
            for d in 0..devices {
                let mut list: Vec<Arg<'_>> = std::mem::take(&mut group.params[d])
                    .into_iter()
                    .map(Arg::Donate)
                    .collect();
                list.extend(grad_shards[d].iter().map(Arg::Keep));
                list.extend(
                    std::mem::take(&mut group.momentum[d])
                        .into_iter()
                        .map(Arg::Donate),
                );
                list.push(Arg::Keep(&lr_b[d]));
                list.push(Arg::Keep(&step_b[d]));
                args.push(list);
            }
            let outputs = group.exe.execute(args)?;
            for (d, mut out) in outputs.into_iter().enumerate() {
                group.momentum[d] = out.split_off(k);
                group.params[d] = out;
            }
        }
        Ok(())
    }
}

fn lost<T>() -> Result<T> {
    Err(Error::Config(
        "spmd: device state is missing after a failed step; create the optimizer again".into(),
    ))
}

/// The per-device signature of a partitioned group.
fn local_signature(spmd: &SpmdGroup, devices: usize) -> Signature {
    let global = spmd.graph.signature();
    let part = &spmd.partitioning;
    Signature {
        inputs: global
            .inputs
            .iter()
            .zip(&part.args)
            .map(|(t, &s)| local_type(t, s, devices))
            .collect(),
        outputs: global
            .outputs
            .iter()
            .zip(&part.results)
            .map(|(t, &s)| local_type(t, s, devices))
            .collect(),
        aliases: global.aliases,
    }
}
