//! Training with the merged program of [`super::fuse`]: one executable per step, parameters and
//! state device-resident and donated in place. If a step fails after its buffers were donated,
//! the trainer holds no parameters until the next `set_params` (and says so).

use std::sync::Arc;

use super::fuse::{fuse, FusedProgram};
use super::{ExportedStep, StepOutput};
use crate::cache::ExecutableCache;
use crate::config::OptimizerConfig;
use crate::pjrt::{Arg, Buffer, Client, CompileOptions, Executable};
use crate::plan::group::SCALAR;
use crate::plan::ParamSpec;
use crate::types::{Error, HostTensor, Result, TensorType};

/// The merged train step compiled once, with its device-resident parameters and state.
pub struct FusedTrainer {
    client: Client,
    exe: Arc<Executable>,
    program: FusedProgram,
    config: OptimizerConfig,
    params: Vec<Buffer>,
    state: Vec<Buffer>,
    step: u64,
}

impl FusedTrainer {
    /// Merges `step` with the optimizer's groups and compiles the result through
    /// [`ExecutableCache::global`].
    pub fn new(
        client: &Client,
        step: &ExportedStep,
        specs: &[ParamSpec],
        config: OptimizerConfig,
    ) -> Result<Self> {
        FusedTrainer::with_cache(client, step, specs, config, ExecutableCache::global())
    }

    /// [`FusedTrainer::new`] compiling through `cache`.
    pub fn with_cache(
        client: &Client,
        step: &ExportedStep,
        specs: &[ParamSpec],
        config: OptimizerConfig,
        cache: &ExecutableCache,
    ) -> Result<Self> {
        let program = fuse(step, specs, &config)?;
        let exe = cache.compile(
            client,
            &program.text,
            &program.signature,
            &CompileOptions::default(),
        )?;
        Ok(FusedTrainer {
            client: client.clone(),
            exe,
            program,
            config,
            params: Vec::new(),
            state: Vec::new(),
            step: 0,
        })
    }

    pub fn program(&self) -> &FusedProgram {
        &self.program
    }

    /// Uploads the parameters (spec order) and zeroes the state.
    pub fn set_params(&mut self, values: &[HostTensor]) -> Result<()> {
        let want = &self.program.signature.inputs[..values.len()];
        if values.len() != self.program.state_types.len()
            || values.iter().zip(want).any(|(v, t)| v.ty() != t)
        {
            return Err(Error::Config(
                "set_params: the values must match the parameter specs in order".into(),
            ));
        }
        self.params = values
            .iter()
            .map(|v| self.client.upload(v))
            .collect::<Result<_>>()?;
        self.state = self
            .program
            .state_types
            .iter()
            .flatten()
            .map(|t| self.client.upload(&HostTensor::zeros(t.clone())))
            .collect::<Result<_>>()?;
        self.step = 0;
        Ok(())
    }

    /// The aux metrics a `has_aux` step returns with its loss (name, type), in the order
    /// [`Self::step_with_aux`] returns them; empty for a `(loss, grads)` step.
    pub fn aux_types(&self) -> &[(String, TensorType)] {
        &self.program.aux_types
    }

    /// One train step (loss, gradients and the optimizer, one executable): returns the loss.
    pub fn step(&mut self, data: &[&Buffer], lr: f64) -> Result<f64> {
        Ok(self.run(data, lr, false)?.loss)
    }

    /// [`Self::step`], also returning the aux metrics of a `has_aux` step (downloaded to the
    /// host; [`Self::aux_types`] lists them).
    pub fn step_with_aux(&mut self, data: &[&Buffer], lr: f64) -> Result<StepOutput> {
        self.run(data, lr, true)
    }

    fn run(&mut self, data: &[&Buffer], lr: f64, with_aux: bool) -> Result<StepOutput> {
        if data.len() != self.program.data_types.len() {
            return Err(Error::Config(format!(
                "the step takes {} data arguments, got {}",
                self.program.data_types.len(),
                data.len()
            )));
        }
        if self.params.is_empty() {
            return Err(Error::NotInitialized {
                what: "step".into(),
            });
        }
        let t = (self.step + 1) as f64;
        let scalar = |v: f64| self.client.upload(&HostTensor::scalar(SCALAR, v));
        let scalars = [
            scalar(lr)?,
            scalar(self.config.adam_lr_for(lr))?,
            scalar(self.config.adam_decay_lr_for(lr))?,
            scalar(t)?,
        ];
        let n = self.params.len();
        let n_state = self.state.len();
        let mut args: Vec<Arg<'_>> = self
            .params
            .drain(..)
            .chain(self.state.drain(..))
            .map(Arg::Donate)
            .collect();
        args.extend(data.iter().map(|d| Arg::Keep(d)));
        args.extend(scalars.iter().map(Arg::Keep));
        let mut outs = self.exe.execute(args)?.into_iter();
        let loss = outs.next().ok_or_else(|| Error::Config("no loss".into()))?;
        self.params = outs.by_ref().take(n).collect();
        self.state = outs.by_ref().take(n_state).collect();
        self.step += 1;
        // The rest are the aux metrics (FusedProgram::aux_types), downloaded only when asked for.
        let aux = if with_aux {
            self.program
                .aux_types
                .iter()
                .zip(outs)
                .map(|((name, _), b)| Ok((name.clone(), b.to_host()?)))
                .collect::<Result<Vec<(String, HostTensor)>>>()?
        } else {
            Vec::new()
        };
        let v = loss.to_host()?.to_f64();
        let loss = v
            .first()
            .copied()
            .ok_or_else(|| Error::Config("the loss is empty".into()))?;
        Ok(StepOutput { loss, aux })
    }

    /// Downloads the parameters (spec order).
    pub fn params(&self) -> Result<Vec<HostTensor>> {
        self.params.iter().map(Buffer::to_host).collect()
    }
}
