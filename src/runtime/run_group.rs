//! One group's executable within a step: its tensors out of the optimizer, the per-step scalars
//! after them (the argument order of [`crate::plan::group`]), and the results back in.

use std::collections::BTreeMap;
use std::sync::Arc;

use super::Optimizer;
use crate::config::{Route, Storage};
use crate::pjrt::{Arg, Buffer};
use crate::transforms::clip::GradClip;
use crate::types::{Error, Result};

/// The step's device scalars, shared by every group.
pub(super) struct StepScalars<'a> {
    pub lr: &'a Buffer,
    pub adam_lr: &'a Buffer,
    pub adam_wd_lr: &'a Buffer,
    pub step: &'a Buffer,
    pub grad_scale: &'a Buffer,
    pub sum_sq: Option<&'a Buffer>,
    pub finite: Option<&'a Buffer>,
    pub ema_overwrite: &'a Buffer,
    pub qk_tau: Option<&'a Buffer>,
    /// QK-clip max logits by logits name.
    pub logits: &'a BTreeMap<String, Buffer>,
}

impl Optimizer {
    /// Runs group `gi`'s executable on `grads` (every parameter's, spec order).
    pub(super) fn run_group(
        &mut self,
        gi: usize,
        grads: &[&Buffer],
        s: &StepScalars<'_>,
    ) -> Result<()> {
        match self.groups[gi].planned.storage {
            Storage::PerParam => self.run_per_param(gi, grads, s),
            Storage::Stacked => self.run_stacked(gi, grads, s),
        }
    }

    fn run_per_param(&mut self, gi: usize, grads: &[&Buffer], s: &StepScalars<'_>) -> Result<()> {
        let members = self.groups[gi].planned.members.clone();
        let n_state = self.slots[members[0]].state.len();
        let ema_on = self.config.extras.ema_momentum.is_some();
        let master_on = self.has_master(members[0]);
        let mut owned: Vec<Option<Buffer>> = Vec::new();
        owned.extend(members.iter().map(|&i| self.slots[i].value.take()));
        for kind in 0..n_state {
            owned.extend(members.iter().map(|&i| self.slots[i].state[kind].take()));
        }
        if ema_on {
            owned.extend(members.iter().map(|&i| self.slots[i].ema.take()));
        }
        if master_on {
            owned.extend(members.iter().map(|&i| self.slots[i].master.take()));
        }
        let expected = members.len() * (1 + n_state + usize::from(ema_on) + usize::from(master_on));
        let owned: Vec<Buffer> = owned.into_iter().flatten().collect();
        if owned.len() != expected {
            return Err(Error::Config(
                "optimizer state was lost by an earlier failed step; call set_params".into(),
            ));
        }
        let mut owned = owned.into_iter();
        let mut args: Vec<Arg<'_>> = owned
            .by_ref()
            .take(members.len())
            .map(Arg::Donate)
            .collect();
        args.extend(members.iter().map(|&i| Arg::Keep(grads[i])));
        args.extend(owned.map(Arg::Donate));
        self.push_scalars(gi, &mut args, s)?;
        let exe = self.groups[gi].exe.clone();
        let mut outs = exe.execute(args)?.into_iter();
        for &i in &members {
            self.slots[i].value = outs.next();
        }
        for kind in 0..n_state {
            for &i in &members {
                self.slots[i].state[kind] = outs.next();
            }
        }
        if ema_on {
            for &i in &members {
                self.slots[i].ema = outs.next();
            }
        }
        if master_on {
            for &i in &members {
                self.slots[i].master = outs.next();
            }
        }
        Ok(())
    }

    fn run_stacked(&mut self, gi: usize, grads: &[&Buffer], s: &StepScalars<'_>) -> Result<()> {
        let members = self.groups[gi].planned.members.clone();
        // A stack is donated unless a row taken out earlier (`take_param`, `take_buffer`) still
        // views it; then it is only read, and the result gets memory of its own.
        let mut donated = Vec::new();
        let mut shared = Vec::new();
        for whole in self.take_stacks(gi)? {
            match Arc::try_unwrap(whole) {
                Ok(b) => {
                    donated.push(Some(b));
                    shared.push(None);
                }
                Err(a) => {
                    donated.push(None);
                    shared.push(Some(a));
                }
            }
        }
        let mut args: Vec<Arg<'_>> = Vec::new();
        for (k, (d, sh)) in donated.iter_mut().zip(&shared).enumerate() {
            if k == 1 {
                // The gradients come after the parameters' stack.
                args.extend(members.iter().map(|&i| Arg::Keep(grads[i])));
            }
            args.push(match (d.take(), sh) {
                (Some(b), _) => Arg::Donate(b),
                (None, Some(a)) => Arg::Keep(a),
                (None, None) => unreachable!("every stack is donated or shared"),
            });
        }
        self.push_scalars(gi, &mut args, s)?;
        let exe = self.groups[gi].exe.clone();
        let outs = exe.execute(args)?;
        drop(shared);
        self.put_stacks(gi, outs)
    }

    /// The scalars and per-member inputs after a group's tensors.
    fn push_scalars<'a>(
        &'a self,
        gi: usize,
        args: &mut Vec<Arg<'a>>,
        s: &StepScalars<'a>,
    ) -> Result<()> {
        let extras = &self.config.extras;
        let planned = &self.groups[gi].planned;
        if planned.route == Route::Adam {
            args.extend([Arg::Keep(s.adam_lr), Arg::Keep(s.adam_wd_lr)]);
        } else {
            args.push(Arg::Keep(s.lr));
        }
        args.push(Arg::Keep(s.step));
        if extras.scales_grads() {
            args.push(Arg::Keep(s.grad_scale));
        }
        let no_prepass = || Error::Config("no pre-pass".into());
        if matches!(extras.clip, Some(GradClip::GlobalNorm(_))) {
            args.push(Arg::Keep(s.sum_sq.ok_or_else(no_prepass)?));
        }
        if extras.skips_nonfinite() {
            args.push(Arg::Keep(s.finite.ok_or_else(no_prepass)?));
        }
        if extras.ema_momentum.is_some() {
            args.push(Arg::Keep(s.ema_overwrite));
        }
        if let Some(tau) = s.qk_tau {
            args.push(Arg::Keep(tau));
        }
        for &i in &planned.members {
            if let Some(target) = extras.qk_target(&self.plan_specs[i].name) {
                args.push(Arg::Keep(&s.logits[&target.logits]));
            }
        }
        if extras.multipliers.is_some() {
            for k in 0..2 {
                for &i in &planned.members {
                    let bufs = self.slots[i].mult_bufs.as_ref().ok_or_else(|| {
                        Error::Config("multiplier scalars were not uploaded".into())
                    })?;
                    args.push(Arg::Keep(&bufs[k]));
                }
            }
        }
        Ok(())
    }
}
