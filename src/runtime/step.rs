//! One optimizer step: loss scaling, the gradient pre-pass (global norm, finiteness) and every
//! group's executable (accumulation and the EMA live in their own modules).

use std::collections::BTreeMap;
use std::sync::Arc;

use super::named::Grads;
use super::run_group::StepScalars;
use super::Optimizer;
use crate::config::{LossScale, OptimizerConfig};
use crate::emit::emit;
use crate::pjrt::{Arg, Buffer, CompileOptions, Executable};
use crate::plan::group::SCALAR;
use crate::transforms::clip::prepass_graph;
use crate::types::{DType, Error, HostTensor, Result, TensorType};

/// What a call to [`Optimizer::step`] did.
#[derive(Debug, Clone, PartialEq)]
pub struct StepReport {
    /// The parameters were updated (false while accumulating, or when the step was skipped).
    pub applied: bool,
    /// The step was skipped because a gradient was not finite.
    pub skipped_nonfinite: bool,
    /// Micro-steps summed so far in the current accumulation window (equals the window size on
    /// the call that updates).
    pub micro_step: usize,
    /// The global gradient norm (after unscaling), when the pre-pass ran.
    pub global_norm: Option<f64>,
    /// The loss scale that applies to the next call's gradients.
    pub loss_scale: Option<f64>,
}

/// Per-step inputs beyond gradients and the learning rate.
#[derive(Debug, Clone, Default)]
pub struct StepInputs {
    /// QK-clip: the `[heads]` max pre-softmax logits of this step, by logits name.
    pub max_logits: BTreeMap<String, HostTensor>,
    /// QK-clip threshold τ for this step (default: the configured τ).
    pub qk_tau: Option<f64>,
}

/// Executables and counters the optional features need between steps.
pub(super) struct Runtime {
    prepass: Option<Arc<Executable>>,
    pub(super) accumulate: BTreeMap<String, Arc<Executable>>,
    pub(super) micro: usize,
    loss_scale: Option<f64>,
    good_steps: u64,
}

impl Runtime {
    pub(super) fn new(config: &OptimizerConfig) -> Self {
        Runtime {
            prepass: None,
            accumulate: BTreeMap::new(),
            micro: 0,
            loss_scale: config.extras.loss_scale.map(LossScale::initial),
            good_steps: 0,
        }
    }
}

impl Optimizer {
    /// Compiles one of this optimizer's helper programs through its cache.
    pub(super) fn compile_aux(&self, graph: &crate::graph::Graph) -> Result<Arc<Executable>> {
        self.cache.compile(
            &self.client,
            &emit(graph)?,
            &graph.signature(),
            &CompileOptions::default(),
        )
    }
}

impl Optimizer {
    /// One optimizer step with learning rate `lr` (the Muon one; Adam's follows the preset's
    /// rule). The gradients are host tensors in parameter order (`&grads`), host tensors by name
    /// (`&[("w", gw), ...]`, a map), or device buffers in parameter order ([`Grads`]).
    /// Unless non-finite steps are skipped by configuration, a NaN or infinite gradient refuses
    /// the whole step, naming every offending tensor.
    pub fn step<'a>(&mut self, grads: impl Into<Grads<'a>>, lr: f64) -> Result<StepReport> {
        self.step_with(grads, lr, &StepInputs::default())
    }

    /// [`Optimizer::step`] with QK-clip logits and other per-step inputs.
    pub fn step_with<'a>(
        &mut self,
        grads: impl Into<Grads<'a>>,
        lr: f64,
        inputs: &StepInputs,
    ) -> Result<StepReport> {
        match grads.into() {
            Grads::Host(g) => self.step_host(&g.iter().collect::<Vec<_>>(), lr, inputs),
            Grads::Named(named) => {
                let ordered = self.by_name(named, "gradients")?;
                self.step_host(&ordered, lr, inputs)
            }
            Grads::Device(d) => self.step_device_with(d, lr, inputs),
        }
    }

    fn step_host(
        &mut self,
        grads: &[&HostTensor],
        lr: f64,
        inputs: &StepInputs,
    ) -> Result<StepReport> {
        self.check_count(grads.len())?;
        for (i, g) in grads.iter().enumerate() {
            let want = self.config.extras.grad_type(&self.plan_specs[i].ty);
            self.check("step", i, g, &want)?;
        }
        if !self.config.extras.skips_nonfinite() {
            let bad: Vec<&str> = grads
                .iter()
                .enumerate()
                .filter(|(_, g)| !g.all_finite())
                .map(|(i, _)| self.plan_specs[i].name.as_str())
                .collect();
            if !bad.is_empty() {
                return Err(Error::Config(format!(
                    "non-finite gradient in {}: step refused, nothing updated",
                    bad.join(", ")
                )));
            }
        }
        let uploaded = grads
            .iter()
            .map(|g| self.client.upload(g))
            .collect::<Result<Vec<_>>>()?;
        self.step_device_with(&uploaded.iter().collect::<Vec<_>>(), lr, inputs)
    }

    /// One step with device-resident gradients (spec order).
    pub fn step_device(&mut self, grads: &[&Buffer], lr: f64) -> Result<StepReport> {
        self.step_device_with(grads, lr, &StepInputs::default())
    }

    /// [`Optimizer::step_device`] with per-step inputs.
    pub fn step_device_with(
        &mut self,
        grads: &[&Buffer],
        lr: f64,
        inputs: &StepInputs,
    ) -> Result<StepReport> {
        self.step_device_observed(grads, lr, inputs, &mut |_, _| Ok(()))
    }

    /// [`Optimizer::step_device_with`], calling `after_group` with the optimizer and a shape
    /// group's members (parameter indices) as soon as that group's program has run. A group's
    /// tensors are updated by its own program alone, so from then on they are final for this
    /// step: the CLI takes them out and writes them while the later groups run. A callback
    /// that takes tensors out leaves the optimizer needing `set_params` before another step;
    /// its error ends the step.
    pub fn step_device_observed(
        &mut self,
        grads: &[&Buffer],
        lr: f64,
        inputs: &StepInputs,
        after_group: &mut dyn FnMut(&mut Optimizer, &[usize]) -> Result<()>,
    ) -> Result<StepReport> {
        self.check_count(grads.len())?;
        for (i, g) in grads.iter().enumerate() {
            let want = self.config.extras.grad_type(&self.plan_specs[i].ty);
            if g.ty() != &want {
                let name = &self.plan_specs[i].name;
                let msg = format!("the gradient of `{name}` must be {want}, got {}", g.ty());
                return Err(if g.ty().dtype != want.dtype {
                    Error::dtype("step", format!("{msg} (the setting grad_dtype says which)"))
                } else {
                    Error::shape("step", msg)
                });
            }
        }
        if self
            .slots
            .iter()
            .any(|s| s.value.is_none() || s.state.iter().any(Option::is_none))
        {
            return Err(Error::NotInitialized {
                what: "step".into(),
            });
        }
        let t = self
            .step
            .checked_add(1)
            .ok_or_else(|| Error::Config("the step count cannot be incremented".into()))?;
        let extras = self.config.extras.clone();
        let k = extras.accumulate.max(1);
        let mut report = StepReport {
            applied: false,
            skipped_nonfinite: false,
            micro_step: 1,
            global_norm: None,
            loss_scale: self.runtime.loss_scale,
        };
        if k > 1 {
            self.accumulate(grads)?;
            report.micro_step = self.runtime.micro;
            if self.runtime.micro < k {
                return Ok(report);
            }
            self.runtime.micro = 0;
        }
        // The summed gradients leave their slots for the update and come back after it.
        let acc_owned: Vec<Buffer> = if k > 1 {
            self.slots
                .iter_mut()
                .map(|s| s.acc.take())
                .collect::<Option<Vec<_>>>()
                .ok_or_else(|| Error::Config("accumulated gradients are missing".into()))?
        } else {
            Vec::new()
        };
        let acc_refs: Vec<&Buffer> = acc_owned.iter().collect();
        let grads: &[&Buffer] = if k > 1 { &acc_refs } else { grads };
        // A handle of its own, so that the upload closures do not hold `self`.
        let client = self.client.clone();
        let scalar = |v: f64| client.upload(&HostTensor::scalar(SCALAR, v));
        let pred =
            |v: bool| client.upload(&HostTensor::scalar(DType::Pred, f64::from(u8::from(v))));
        let grad_scale = 1.0 / (self.runtime.loss_scale.unwrap_or(1.0) * k as f64);
        let gs = scalar(grad_scale)?;
        let (sum_sq, finite) = if extras.needs_prepass() {
            self.prepass(grads, &gs)?
        } else {
            (None, None)
        };
        let overwrite = extras
            .ema_overwrite_every
            .is_some_and(|n| n > 0 && t % n == 0);
        let qk_tau = extras.qk_clip.map(|c| inputs.qk_tau.unwrap_or(c.tau));
        let logits = self.upload_logits(inputs)?;
        let lr_b = scalar(lr)?;
        let adam_lr = scalar(self.config.adam_lr_for(lr))?;
        let adam_wd_lr = scalar(self.config.adam_decay_lr_for(lr))?;
        let t_b = scalar(t as f64)?;
        let overwrite_b = pred(overwrite)?;
        let tau_b = qk_tau.map(scalar).transpose()?;
        if extras.multipliers.is_some() {
            for slot in self.slots.iter_mut().filter(|s| s.mult_bufs.is_none()) {
                slot.mult_bufs = Some([scalar(slot.mult.lr)?, scalar(slot.mult.wd)?]);
            }
        }
        let scalars = StepScalars {
            lr: &lr_b,
            adam_lr: &adam_lr,
            adam_wd_lr: &adam_wd_lr,
            step: &t_b,
            grad_scale: &gs,
            sum_sq: sum_sq.as_ref(),
            finite: finite.as_ref(),
            ema_overwrite: &overwrite_b,
            qk_tau: tau_b.as_ref(),
            logits: &logits,
        };
        for gi in 0..self.groups.len() {
            self.run_group(gi, grads, &scalars)?;
            let members = self.groups[gi].planned.members.clone();
            after_group(self, &members)?;
        }
        drop(acc_refs);
        for (slot, acc) in self.slots.iter_mut().zip(acc_owned) {
            slot.acc = Some(acc);
        }
        let ok = match &finite {
            Some(f) => f.to_host()?.to_f64().first().is_some_and(|v| *v != 0.0),
            None => true,
        };
        if let Some(s) = &sum_sq {
            report.global_norm = s.to_host()?.to_f64().first().map(|v| v.sqrt());
        }
        report.applied = ok;
        report.skipped_nonfinite = !ok;
        report.micro_step = k;
        if ok {
            self.step = t;
        }
        self.update_loss_scale(ok);
        report.loss_scale = self.runtime.loss_scale;
        Ok(report)
    }

    /// The global-norm / finiteness pre-pass over every gradient (compiled at its first use):
    /// `Σ‖g‖²` and the all-finite flag, as device buffers.
    fn prepass(
        &mut self,
        grads: &[&Buffer],
        grad_scale: &Buffer,
    ) -> Result<(Option<Buffer>, Option<Buffer>)> {
        let exe = match &self.runtime.prepass {
            Some(e) => e.clone(),
            None => {
                let types: Vec<TensorType> = (self.plan_specs.iter())
                    .map(|s| self.config.extras.grad_type(&s.ty))
                    .collect();
                let e = self.compile_aux(&prepass_graph(&types)?)?;
                self.runtime.prepass = Some(e.clone());
                e
            }
        };
        let mut args: Vec<Arg<'_>> = grads.iter().map(|g| Arg::Keep(g)).collect();
        args.push(Arg::Keep(grad_scale));
        let mut out = exe.execute(args)?.into_iter();
        Ok((out.next(), out.next()))
    }

    /// QK-clip's max logits of this step, checked and uploaded once per logits tensor.
    fn upload_logits(&self, inputs: &StepInputs) -> Result<BTreeMap<String, Buffer>> {
        let extras = &self.config.extras;
        let mut logits = BTreeMap::new();
        if extras.qk_clip.is_none() {
            return Ok(logits);
        }
        for target in &extras.qk_targets {
            if logits.contains_key(&target.logits) {
                continue;
            }
            let want = TensorType::new(SCALAR, vec![target.heads]);
            let s = inputs.max_logits.get(&target.logits).ok_or_else(|| {
                Error::Config(format!(
                    "QK-clip needs the max logits `{}` ({want}) for `{}`",
                    target.logits, target.param
                ))
            })?;
            if s.ty() != &want {
                return Err(Error::shape(
                    "qk_clip",
                    format!("`{}` must be {want}, got {}", target.logits, s.ty()),
                ));
            }
            logits.insert(target.logits.clone(), self.client.upload(s)?);
        }
        Ok(logits)
    }

    /// Dynamic loss scaling after a step: grow after enough finite steps, shrink after one that
    /// was not.
    fn update_loss_scale(&mut self, ok: bool) {
        let Some(LossScale::Dynamic {
            factor,
            growth_interval,
            ..
        }) = self.config.extras.loss_scale
        else {
            return;
        };
        let scale = self.runtime.loss_scale.unwrap_or(1.0);
        if ok {
            self.runtime.good_steps += 1;
            if self.runtime.good_steps >= growth_interval {
                self.runtime.loss_scale = Some(scale * factor);
                self.runtime.good_steps = 0;
            }
        } else {
            self.runtime.loss_scale = Some(scale / factor);
            self.runtime.good_steps = 0;
        }
    }

    fn check_count(&self, n: usize) -> Result<()> {
        if n != self.len() {
            return Err(Error::Config(format!(
                "expected {} gradients, got {n}",
                self.len()
            )));
        }
        Ok(())
    }

    /// The current loss scale, when loss scaling is on.
    pub fn loss_scale(&self) -> Option<f64> {
        self.runtime.loss_scale
    }
}
