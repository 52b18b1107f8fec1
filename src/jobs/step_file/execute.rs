//! Running a checked step file: the optimizer built (or loaded from the cache), parameters,
//! state and gradients uploaded once each, the step, and the results left on the device for
//! [`StepOutput`] to stream out; each phase timed for `step --timings`.

use std::collections::BTreeMap;

use super::{StepInput, StepOutput, COMPILE, EMA, MASTER, STEP, UPLOAD_GRADS, UPLOAD_PARAMS};
use crate::cache::ExecutableCache;
use crate::io::tensor_file::TensorFile;
use crate::jobs::timings::Timings;
use crate::pjrt::{Buffer, Client};
use crate::runtime::{Held, Optimizer, StepInputs};
use crate::types::{DType, HostTensor, Result};

impl StepInput {
    /// Runs the step with Muon learning rate `lr` and returns the output file.
    pub fn run(self, client: &Client, lr: f64) -> Result<TensorFile> {
        self.execute(client, lr)?.into_file()
    }

    /// Runs the step with Muon learning rate `lr`, leaving the results on the device to be
    /// streamed out. Parameters and state are freed on the host once uploaded; gradients are
    /// only read, in place where the plugin can (the CPU plugin, 64-byte-aligned memory), and
    /// freed after the step.
    pub fn execute(self, client: &Client, lr: f64) -> Result<StepOutput> {
        self.execute_with_cache(client, lr, ExecutableCache::global())
    }

    /// [`StepInput::execute`] compiling through `cache`.
    pub fn execute_with_cache(
        self,
        client: &Client,
        lr: f64,
        cache: &ExecutableCache,
    ) -> Result<StepOutput> {
        self.execute_timed(client, lr, cache, &mut Timings::new())
    }

    /// [`StepInput::execute_with_cache`], adding each phase's time to `timings` (compile or
    /// cache load, uploads, the step).
    pub fn execute_timed(
        self,
        client: &Client,
        lr: f64,
        cache: &ExecutableCache,
        timings: &mut Timings,
    ) -> Result<StepOutput> {
        // bf16/f16 parameters updated in place (no f32 masters): kept to count what the rounding
        // lost (see StepOutput's warning).
        let watched: BTreeMap<String, HostTensor> = (self.plan.specs.iter().zip(&self.params))
            .filter(|(s, _)| {
                matches!(s.ty.dtype, DType::BF16 | DType::F16)
                    && !self.config.extras.keeps_master(s.ty.dtype)
            })
            .map(|(s, p)| (s.name.clone(), p.clone()))
            .collect();
        let specs = self.plan.specs.clone();
        let mut opt = timings.time(COMPILE, || {
            Optimizer::with_cache(client, specs, self.config, cache)
        })?;
        let (params, state) = (self.params, self.state);
        let opt_names: Vec<&[&str]> = (0..opt.len()).map(|i| opt.state_names(i)).collect();
        timings.time(UPLOAD_PARAMS, || -> Result<()> {
            // The file's state goes up once: not zeroed first.
            let given = |i: usize, held: Held| match held {
                Held::State(k) => (opt_names[i].get(k)).is_some_and(|n| state[i].contains_key(*n)),
                Held::Ema => state[i].contains_key(EMA),
                Held::Master => state[i].contains_key(MASTER),
                Held::Value => false,
            };
            opt.set_params_then_state(params, given)?;
            for (i, st) in state.into_iter().enumerate() {
                for (kind, t) in st {
                    if kind == EMA {
                        opt.set_ema(i, &t)?;
                    } else if kind == MASTER {
                        opt.set_master(i, &t)?;
                    } else {
                        opt.set_state(i, &kind, &t)?;
                    }
                }
            }
            Ok(())
        })?;
        opt.set_step_count(self.step);
        // Gradients were checked (types, finiteness) by `parse`. They are only read: the plugin
        // reads 64-byte-aligned host memory in place (the CLI's allocator aligns large blocks),
        // and copies anything else.
        let host_grads = self.grads;
        let grads = timings.time(UPLOAD_GRADS, || {
            (host_grads.iter())
                .map(|g| client.view_host(g.bytes(), g.ty()))
                .collect::<Result<Vec<_>>>()
        })?;
        // The parameters' host copies are freed; hand their pages back before the step
        // allocates its own.
        crate::jobs::memory::release_free_memory();
        let inputs = StepInputs {
            max_logits: self.max_logits,
            qk_tau: None,
        };
        let grad_buffers: Vec<&Buffer> = grads.iter().map(|v| &**v).collect();
        timings.time(STEP, || opt.step_device_with(&grad_buffers, lr, &inputs))?;
        drop(grad_buffers);
        drop(grads);
        drop(host_grads);
        let mut metadata = self.metadata;
        metadata.insert("step".into(), (self.step + 1).to_string());
        Ok(StepOutput::new(opt, metadata, self.frozen).watching(watched))
    }
}
