//! Setting the parameters: every value uploaded once, and the state reset to zero (or left for
//! the caller to set, so that a step file's state crosses to the device once).

use super::{Held, Optimizer};
use crate::config::Storage;
use crate::types::{DType, Error, HostTensor, Result};

impl Optimizer {
    /// Uploads every parameter (in spec order) and resets all state to zero.
    pub fn set_params(&mut self, values: Vec<HostTensor>) -> Result<()> {
        self.set_params_then_state(values, |_, _| false)
    }

    /// [`Optimizer::set_params`] for a caller that sets some state right after: the tensors
    /// `will_set(i, held)` names (parameter `i`'s state kind, EMA or master) are left empty
    /// instead of being made from the parameter or zero and uploaded, only to be replaced (a
    /// step file's state would otherwise cross to the device twice). One left empty and not
    /// set makes the next step fail ([`Error::NotInitialized`], or for a stacked group an error
    /// asking for `set_params`). A stacked group leaves a kind empty only when every member's is
    /// named (a stack is set whole or patched).
    pub fn set_params_then_state(
        &mut self,
        values: Vec<HostTensor>,
        will_set: impl Fn(usize, Held) -> bool,
    ) -> Result<()> {
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
        let ema = self.config.extras.ema_momentum.is_some();
        for gi in 0..self.groups.len() {
            if self.groups[gi].planned.storage == Storage::Stacked {
                self.reset_stack(gi, &values, &will_set)?;
            }
        }
        // By value: each host tensor is freed once on the device.
        for (i, v) in values.into_iter().enumerate() {
            let stacked = self.is_stacked(i);
            // Stacked groups were reset above, from every value.
            let skip = |held: Held| !stacked && will_set(i, held);
            if !stacked {
                self.slots[i].value = Some(self.client.upload(&v)?);
            }
            self.slots[i].ema = if ema && !skip(Held::Ema) {
                Some(self.client.upload(&v)?)
            } else {
                None
            };
            self.slots[i].acc = None;
            self.slots[i].master = if self.has_master(i) && !stacked && !skip(Held::Master) {
                let f = HostTensor::from_f64(DType::F32, v.shape().to_vec(), &v.to_f64())?;
                Some(self.client.upload(&f)?)
            } else {
                None
            };
            for k in 0..self.slots[i].state.len() {
                self.slots[i].state[k] = if skip(Held::State(k)) {
                    None
                } else {
                    let zeros = HostTensor::zeros(self.state_type_at(i, k));
                    Some(self.client.upload(&zeros)?)
                };
            }
        }
        Ok(())
    }
}
