//! One group's executable within a step: every argument bound from the group's [`ArgLayout`]
//! (the optimizer's tensors, donated; the gradients; the step's scalars), and every result put
//! back where its slot says. The argument order itself is written once, in [`crate::plan::args`].
//!
//! [`ArgLayout`]: crate::plan::layout::ArgLayout

use std::collections::BTreeMap;
use std::sync::Arc;

use super::Optimizer;
use crate::config::Route;
use crate::pjrt::{Arg, Buffer};
use crate::plan::layout::{Held, Scalar, Slot};
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

fn lost() -> Error {
    Error::Config(
        "optimizer state was taken out or lost by an earlier failed step; call set_params".into(),
    )
}

impl Optimizer {
    /// Runs group `gi`'s executable on `grads` (every parameter's, spec order).
    pub(super) fn run_group(
        &mut self,
        gi: usize,
        grads: &[&Buffer],
        s: &StepScalars<'_>,
    ) -> Result<()> {
        let planned = &self.groups[gi].planned;
        let (layout, members) = (planned.layout.clone(), planned.members.clone());
        // Every tensor the program updates, out of the optimizer (checked first, so that a
        // missing one loses nothing else).
        let mut stacks = BTreeMap::new();
        if layout.args.iter().any(|a| matches!(a, Slot::Stack(_))) {
            stacks = self.take_stacks(gi)?;
        } else {
            for slot in &layout.args {
                if let Slot::Member(held, m) = *slot {
                    if !self.field(members[m], held).is_some_and(|f| f.is_some()) {
                        return Err(lost());
                    }
                }
            }
        }
        // Per argument: a tensor donated, or a stack only read (a row handed out earlier, by
        // `take_param` or `take_buffer`, still views it; the result then gets memory of its own).
        let mut donated: Vec<Option<Buffer>> = Vec::with_capacity(layout.args.len());
        let mut shared: Vec<Option<Arc<Buffer>>> = Vec::with_capacity(layout.args.len());
        for slot in &layout.args {
            let (d, sh) = match *slot {
                Slot::Member(held, m) => {
                    (self.field(members[m], held).and_then(Option::take), None)
                }
                Slot::Stack(held) => {
                    match Arc::try_unwrap(stacks.remove(&held).ok_or_else(lost)?) {
                        Ok(b) => (Some(b), None),
                        Err(a) => (None, Some(a)),
                    }
                }
                _ => (None, None),
            };
            donated.push(d);
            shared.push(sh);
        }
        let mut args: Vec<Arg<'_>> = Vec::with_capacity(layout.args.len());
        for (k, slot) in layout.args.iter().enumerate() {
            args.push(match (donated[k].take(), &shared[k]) {
                (Some(b), _) => Arg::Donate(b),
                (None, Some(a)) => Arg::Keep(a),
                (None, None) => Arg::Keep(self.input(gi, *slot, grads, s)?),
            });
        }
        let exe = self.groups[gi].exe.clone();
        let outs = exe.execute(args)?;
        drop(shared);
        if outs.len() != layout.results.len() {
            return Err(Error::Config(format!(
                "group {gi}'s program returned {} results, its layout has {}",
                outs.len(),
                layout.results.len()
            )));
        }
        let mut stacked = Vec::new();
        for (slot, out) in layout.results.iter().zip(outs) {
            match *slot {
                Slot::Member(held, m) => {
                    if let Some(f) = self.field(members[m], held) {
                        *f = Some(out);
                    }
                }
                Slot::Stack(held) => stacked.push((held, out)),
                other => return Err(Error::Internal(format!("{other:?} is not a result slot"))),
            }
        }
        if !stacked.is_empty() {
            self.put_stacks(gi, stacked)?;
        }
        Ok(())
    }

    /// Parameter `i`'s per-parameter `held` tensor (`None`: a state index it does not keep).
    fn field(&mut self, i: usize, held: Held) -> Option<&mut Option<Buffer>> {
        let slot = &mut self.slots[i];
        match held {
            Held::Value => Some(&mut slot.value),
            Held::State(k) => slot.state.get_mut(k),
            Held::Ema => Some(&mut slot.ema),
            Held::Master => Some(&mut slot.master),
        }
    }

    /// The buffer a kept (not donated) argument of group `gi` reads.
    fn input<'a>(
        &'a self,
        gi: usize,
        slot: Slot,
        grads: &[&'a Buffer],
        s: &StepScalars<'a>,
    ) -> Result<&'a Buffer> {
        let planned = &self.groups[gi].planned;
        let member = |m: usize| planned.members[m];
        let no_prepass = || Error::Internal("the step's pre-pass did not run".into());
        Ok(match slot {
            Slot::Grad(m) => grads[member(m)],
            Slot::Scalar(Scalar::Lr) if planned.route == Route::Adam => s.adam_lr,
            Slot::Scalar(Scalar::Lr) => s.lr,
            Slot::Scalar(Scalar::WdLr) => s.adam_wd_lr,
            Slot::Scalar(Scalar::Step) => s.step,
            Slot::Scalar(Scalar::GradScale) => s.grad_scale,
            Slot::Scalar(Scalar::GlobalSumSq) => s.sum_sq.ok_or_else(no_prepass)?,
            Slot::Scalar(Scalar::Finite) => s.finite.ok_or_else(no_prepass)?,
            Slot::Scalar(Scalar::EmaOverwrite) => s.ema_overwrite,
            Slot::Scalar(Scalar::QkTau) => s.qk_tau.ok_or_else(no_prepass)?,
            Slot::MaxLogits(m) => {
                let name = &self.plan_specs[member(m)].name;
                let target = (self.config.extras.qk_target(name))
                    .ok_or_else(|| Error::Config(format!("`{name}` is not a QK-clip target")))?;
                s.logits.get(&target.logits).ok_or_else(|| {
                    Error::Config(format!(
                        "QK-clip: no max logits `{}` were given for `{name}`",
                        target.logits
                    ))
                })?
            }
            Slot::LrMult(m) | Slot::WdMult(m) => {
                let bufs = self.slots[member(m)]
                    .mult_bufs
                    .as_ref()
                    .ok_or_else(|| Error::Config("multiplier scalars were not uploaded".into()))?;
                &bufs[usize::from(matches!(slot, Slot::WdMult(_)))]
            }
            Slot::Member(..) | Slot::Stack(_) => {
                return Err(Error::Internal(format!("{slot:?} is donated, not read")))
            }
        })
    }
}
