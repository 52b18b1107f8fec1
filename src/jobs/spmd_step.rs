//! `muon-xla step --devices D`: the step file's 2-D Muon parameters stepped by [`SpmdMuon`]
//! (partitioned by XLA over D devices of one client), everything else (AdamW, and Muon
//! parameters that are not plain matrices) by the single-device step ([`StepInput::run`]) on
//! device 0. The
//! written file is the same as without `--devices`, up to f32 rounding.

use std::collections::BTreeMap;

use crate::io::tensor_file::TensorFile;
use crate::jobs::step_file::StepInput;
use crate::pjrt::Client;
use crate::plan::{ParamSpec, Plan};
use crate::runtime::spmd::{SpmdMuon, SpmdOptions};
use crate::types::{Error, HostTensor, Result};

const MOMENTUM: &str = "momentum";

/// Runs `input`'s step with its 2-D Muon parameters partitioned as `opts` says; the rest on one
/// device. Returns the output file and how many parameters were partitioned. Extras (clipping, loss scaling, EMA, QK-clip, master weights, accumulation) and
/// learning-rate or weight-decay multipliers on partitioned parameters are refused: they run on
/// one device only, for now.
pub fn run_partitioned(
    input: StepInput,
    client: &Client,
    lr: f64,
    opts: SpmdOptions,
) -> Result<(TensorFile, usize)> {
    let config = input.config.clone();
    // Multipliers are checked per parameter below: the single-device part takes them.
    if !config.extras.is_plain_but_multipliers() {
        return Err(Error::Config(
            "--devices partitions the plain Muon step only: clipping, loss scaling, EMA, QK-clip, \
             master weights and accumulation run without --devices"
                .into(),
        ));
    }
    let plan = &input.plan;
    let partitioned: Vec<usize> = (0..plan.specs.len())
        .filter(|&i| {
            plan.group_of(i)
                .is_some_and(|g| plan.groups[g].is_partitionable())
        })
        .collect();
    if let Some(&i) = partitioned
        .iter()
        .find(|&&i| plan.multipliers[i] != Default::default())
    {
        return Err(Error::Config(format!(
            "--devices: `{}` has a learning-rate or weight-decay multiplier, which the \
             partitioned step does not take yet: run without --devices",
            plan.specs[i].name
        )));
    }
    let rest: Vec<usize> = (0..plan.specs.len())
        .filter(|i| !partitioned.contains(i))
        .collect();
    let t = input.step + 1;
    let mut out = TensorFile {
        tensors: BTreeMap::new(),
        metadata: input.metadata.clone(),
    };
    if !partitioned.is_empty() {
        let named: Vec<(String, HostTensor)> = partitioned
            .iter()
            .map(|&i| (plan.specs[i].name.clone(), input.params[i].clone()))
            .collect();
        let mut muon = SpmdMuon::new(client, &named, &config.muon, opts)?;
        let momentum: Vec<Option<HostTensor>> = partitioned
            .iter()
            .map(|&i| input.state[i].get(MOMENTUM).cloned())
            .collect();
        muon.set_momentum(&momentum)?;
        let grads: Vec<HostTensor> = partitioned
            .iter()
            .map(|&i| input.grads[i].clone())
            .collect();
        muon.step(&grads, lr, t as f64)?;
        for ((name, p), (_, m)) in muon.params()?.into_iter().zip(muon.momentum()?) {
            out.tensors.insert(format!("{name}.{MOMENTUM}"), m);
            out.tensors.insert(name, p);
        }
    }
    if !rest.is_empty() {
        // The rest is an ordinary step file of its own: the single-device step runs it.
        let pick = |v: &[HostTensor]| rest.iter().map(|&i| v[i].clone()).collect();
        let specs: Vec<ParamSpec> = rest.iter().map(|&i| plan.specs[i].clone()).collect();
        let single = StepInput {
            plan: Plan::new(specs, &config)?,
            config,
            params: pick(&input.params),
            grads: pick(&input.grads),
            state: rest.iter().map(|&i| input.state[i].clone()).collect(),
            max_logits: BTreeMap::new(),
            step: input.step,
            metadata: BTreeMap::new(),
            frozen: BTreeMap::new(),
            grad_casts: Vec::new(),
            aligning: None,
        };
        out.tensors.extend(single.run(client, lr)?.tensors);
    }
    out.tensors.extend(input.frozen);
    out.metadata.insert("step".into(), t.to_string());
    Ok((out, partitioned.len()))
}
