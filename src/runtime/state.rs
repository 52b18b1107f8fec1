//! The optimizer's per-parameter state and f32 master weights: their types, names, uploads and
//! downloads.

use super::{download, Held, Optimizer};
use crate::config::Route;
use crate::plan::group::ADAM_STATE;
use crate::types::{DType, Error, HostTensor, Result, TensorType};

impl Optimizer {
    /// Whether parameter `i` keeps an f32 master copy (bf16/f16 with master weights on).
    pub fn has_master(&self, i: usize) -> bool {
        self.config.extras.keeps_master(self.plan_specs[i].ty.dtype)
    }

    /// Downloads parameter `i`'s f32 master weights.
    pub fn master(&self, i: usize) -> Result<HostTensor> {
        if self.is_stacked(i) && self.has_master(i) {
            return self.read_stacked(i, Held::Master);
        }
        download(&self.plan_specs[i].name, self.slots[i].master.as_ref())
    }

    /// Replaces parameter `i`'s f32 master weights (by default they start at the parameter).
    pub fn set_master(&mut self, i: usize, value: &HostTensor) -> Result<()> {
        if !self.has_master(i) {
            return Err(Error::Config(format!(
                "`{}` keeps no master weights (only bf16/f16 parameters with master weights on)",
                self.plan_specs[i].name
            )));
        }
        let ty = &self.plan_specs[i].ty;
        self.check(
            "set_master",
            i,
            value,
            &TensorType::new(DType::F32, ty.shape.clone()),
        )?;
        if self.is_stacked(i) {
            self.stage(i, Held::Master, value);
        } else {
            self.slots[i].master = Some(self.client.upload(value)?);
        }
        Ok(())
    }

    /// The type of parameter `i`'s parameter-shaped state (`momentum`, `exp_avg`, `exp_avg_sq`);
    /// NorMuon's `second_momentum` has its own: [`Optimizer::state_type_at`].
    pub fn state_type(&self, i: usize) -> TensorType {
        let ty = &self.plan_specs[i].ty;
        let dtype = self.config.state_dtype(self.routes[i].0, ty.dtype);
        TensorType::new(dtype, ty.shape.clone())
    }

    /// The type of parameter `i`'s state tensor `k` (in [`Optimizer::state_names`] order).
    pub fn state_type_at(&self, i: usize, k: usize) -> TensorType {
        let group = &self.groups[self.slots[i].group].planned;
        match group.state.get(k) {
            Some((_, ty)) => ty.clone(),
            None => self.state_type(i),
        }
    }

    /// Names of parameter `i`'s state tensors (`momentum`, and with NorMuon `second_momentum`; or
    /// `exp_avg` and `exp_avg_sq`).
    pub fn state_names(&self, i: usize) -> &'static [&'static str] {
        match self.routes[i].0 {
            Route::Muon => self.config.muon.state_names(),
            Route::Adam => &ADAM_STATE,
        }
    }

    /// Replaces one state tensor of parameter `i`.
    pub fn set_state(&mut self, i: usize, kind: &str, value: &HostTensor) -> Result<()> {
        let Some(k) = self.state_names(i).iter().position(|n| *n == kind) else {
            return Err(Error::Config(format!(
                "`{}` is routed to {} and has no state `{kind}` (it keeps {})",
                self.plan_specs[i].name,
                self.routes[i].0,
                self.state_names(i).join(", ")
            )));
        };
        self.check("set_state", i, value, &self.state_type_at(i, k))?;
        if self.is_stacked(i) {
            self.stage(i, Held::State(k), value);
        } else {
            self.slots[i].state[k] = Some(self.client.upload(value)?);
        }
        Ok(())
    }

    /// Downloads parameter `i`'s state tensors, named as [`Optimizer::state_names`].
    pub fn state(&self, i: usize) -> Result<Vec<HostTensor>> {
        if self.is_stacked(i) {
            return (0..self.state_names(i).len())
                .map(|k| self.read_stacked(i, Held::State(k)))
                .collect();
        }
        self.slots[i]
            .state
            .iter()
            .map(|b| download(&self.plan_specs[i].name, b.as_ref()))
            .collect()
    }
}
