//! The EMA of the weights: reading, replacing and swapping it with the weights.

use super::Optimizer;
use crate::types::{Error, HostTensor, Result};

impl Optimizer {
    /// Swaps the weights with their EMA on the device (call again to swap back): evaluate with
    /// the averaged weights, then continue training.
    pub fn swap_ema(&mut self) -> Result<()> {
        if self.config.extras.ema_momentum.is_none() {
            return Err(Error::Config(
                "the EMA of the weights is not enabled (extras.ema_momentum)".into(),
            ));
        }
        for s in &mut self.slots {
            std::mem::swap(&mut s.value, &mut s.ema);
        }
        Ok(())
    }

    /// Downloads the EMA of every parameter (spec order).
    pub fn ema(&self) -> Result<Vec<HostTensor>> {
        self.slots
            .iter()
            .enumerate()
            .map(|(i, s)| {
                s.ema
                    .as_ref()
                    .ok_or_else(|| {
                        Error::Config(format!(
                            "`{}` has no EMA (extras.ema_momentum is off)",
                            self.plan_specs[i].name
                        ))
                    })?
                    .to_host()
            })
            .collect()
    }

    /// Replaces the EMA of parameter `i` (by default it starts at the parameter).
    pub fn set_ema(&mut self, i: usize, value: &HostTensor) -> Result<()> {
        if self.config.extras.ema_momentum.is_none() {
            return Err(Error::Config(
                "the EMA of the weights is not enabled (extras.ema_momentum)".into(),
            ));
        }
        self.check("set_ema", i, value, &self.plan_specs[i].ty)?;
        self.slots[i].ema = Some(self.client.upload(value)?);
        Ok(())
    }
}
