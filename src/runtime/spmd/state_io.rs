//! Reading and replacing [`SpmdMuon`]'s device state: the whole parameters and momentum
//! gathered from their shards, and momentum restored from a checkpoint.

use super::*;

impl SpmdMuon {
    /// Replaces every parameter's momentum (`values[i]` for parameter `i`, in the order given to
    /// [`SpmdMuon::new`]; `None`: zero), e.g. from a checkpoint: sharded and placed like the
    /// state the step keeps.
    pub fn set_momentum(&mut self, values: &[Option<HostTensor>]) -> Result<()> {
        if values.len() != self.names.len() {
            return Err(Error::Config(format!(
                "set_momentum: {} values for {} parameters",
                values.len(),
                self.names.len()
            )));
        }
        let devices = self.opts.devices;
        for group in &mut self.groups {
            let k = group.members.len();
            let inputs = group.spmd.graph.params();
            let n_state = (inputs.len() - 2 - k) / 2;
            let stacked = self.opts.layout == SpmdLayout::WorkSplit;
            let state_ty = |j: usize| inputs[k + n_state + j].ty.clone();
            // One member's momentum type: the stacked state's rows (work split), else its own.
            let member_ty = |j: usize| {
                let t = state_ty(if stacked { 0 } else { j });
                if stacked {
                    TensorType::new(t.dtype, t.shape[1..].to_vec())
                } else {
                    t
                }
            };
            let mut members = Vec::with_capacity(k);
            for (j, &m) in group.members.iter().enumerate() {
                let want = member_ty(j);
                let value = match &values[m] {
                    None => HostTensor::zeros(want.clone()),
                    Some(v) if v.ty() == &want => v.clone(),
                    Some(v) => {
                        return Err(Error::shape(
                            "spmd momentum",
                            format!(
                                "`{}.momentum` is {}, expected {want} (the momentum buffer's \
                                 dtype is the config's mu_dtype)",
                                self.names[m],
                                v.ty()
                            ),
                        ))
                    }
                };
                members.push(value);
            }
            let wholes = if stacked {
                let refs: Vec<&HostTensor> = members.iter().collect();
                vec![stack(&refs, state_ty(0).shape[0])?]
            } else {
                members
            };
            let part = &group.spmd.partitioning;
            for (j, whole) in wholes.iter().enumerate() {
                let parts = shard(whole, part.args[k + n_state + j], devices)?;
                for (d, t) in parts.iter().enumerate() {
                    let buffer = self.client.upload_to(t, d)?;
                    match group.momentum[d].get_mut(j) {
                        Some(slot) => *slot = buffer,
                        None => return lost(),
                    }
                }
            }
        }
        Ok(())
    }

    /// The parameters, gathered from their shards, by name in the original order.
    pub fn params(&self) -> Result<Vec<(String, HostTensor)>> {
        let mut out: Vec<Option<HostTensor>> = vec![None; self.names.len()];
        for group in &self.groups {
            let part = &group.spmd.partitioning;
            for (i, &m) in group.members.iter().enumerate() {
                let parts = group
                    .params
                    .iter()
                    .map(|dev| dev.get(i).map(Buffer::to_host).unwrap_or_else(lost))
                    .collect::<Result<Vec<_>>>()?;
                out[m] = Some(unshard(&parts, part.results[i])?);
            }
        }
        self.named(out)
    }

    /// Each parameter's momentum buffer, gathered (work split: cut out of the stacked state).
    pub fn momentum(&self) -> Result<Vec<(String, HostTensor)>> {
        let mut out: Vec<Option<HostTensor>> = vec![None; self.names.len()];
        for group in &self.groups {
            let k = group.members.len();
            let part = &group.spmd.partitioning;
            let mut whole = Vec::new();
            for j in 0..group.momentum.first().map_or(0, Vec::len) {
                let parts = group
                    .momentum
                    .iter()
                    .map(|dev| dev.get(j).map(Buffer::to_host).unwrap_or_else(lost))
                    .collect::<Result<Vec<_>>>()?;
                whole.push(unshard(&parts, part.results[k + j])?);
            }
            if self.opts.layout == SpmdLayout::WorkSplit {
                let Some(stacked) = whole.pop() else {
                    return lost();
                };
                let per = shard(&stacked, Sharding::Split { axis: 0 }, group.spmd.stacked)?;
                for (i, &m) in group.members.iter().enumerate() {
                    out[m] = Some(per[i].clone().reshape(group.ty.shape.clone())?);
                }
            } else {
                for (i, &m) in group.members.iter().enumerate() {
                    out[m] = whole.get(i).cloned();
                }
            }
        }
        self.named(out)
    }

    fn named(&self, values: Vec<Option<HostTensor>>) -> Result<Vec<(String, HostTensor)>> {
        self.names
            .iter()
            .zip(values)
            .map(|(n, v)| match v {
                Some(v) => Ok((n.clone(), v)),
                None => lost(),
            })
            .collect()
    }
}
