//! Running a checked step file: the optimizer built (or loaded from the cache), parameters,
//! state and gradients uploaded once each, the step, and the results left on the device for
//! [`StepOutput`] to stream out; each phase timed for `step --timings`.

use std::collections::BTreeMap;

use std::path::Path;

use super::output::Pick;
use super::realign;
use super::write_behind::WriteBehind;
use super::{
    StepInput, StepOutput, COMPILE, EMA, MASTER, STEP, UPLOAD_GRADS, UPLOAD_PARAMS, WRITE,
};
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
        self.run_step(client, lr, cache, None, timings)
    }

    /// Runs the step with Muon learning rate `lr` and writes its results into the safetensors
    /// file `path` as they become final (see [`StepInput::step_into_file_timed`]).
    pub fn step_into_file(self, client: &Client, lr: f64, path: &Path) -> Result<Written> {
        let cache = ExecutableCache::global();
        self.step_into_file_timed(client, lr, cache, path, &mut Timings::new())
    }

    /// Runs the step and writes its results into the safetensors file `path`, atomically (a
    /// temporary sibling renamed over it once complete), each shape group's tensors while the
    /// later groups run ([`super::write_behind`]); each phase's time is added to `timings`
    /// (writing: the wait for the disk after the step). Returns what was written.
    pub fn step_into_file_timed(
        self,
        client: &Client,
        lr: f64,
        cache: &ExecutableCache,
        path: &Path,
        timings: &mut Timings,
    ) -> Result<Written> {
        let out = self.run_step(client, lr, cache, Some(path), timings)?;
        Ok(Written {
            tensors: out.rest.handed_out(),
            metadata: out.rest.metadata().clone(),
        })
    }

    /// The step; with `write_to`, its results written there as they become final (the output
    /// returned is then empty but for its metadata).
    fn run_step(
        self,
        client: &Client,
        lr: f64,
        cache: &ExecutableCache,
        write_to: Option<&Path>,
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
        let mut metadata = self.metadata;
        metadata.insert("step".into(), (self.step + 1).to_string());
        let mut out = StepOutput::new(opt, metadata, self.frozen).watching(watched);
        // Writing behind the step: the file is created now and the frozen tensors go first.
        let mut behind = match write_to {
            Some(path) => {
                let watch = std::mem::take(&mut out.rest.watch);
                let mut w = timings.time(WRITE, || {
                    WriteBehind::start(path, out.layout(), out.metadata(), watch)
                })?;
                out.rest
                    .hand_out(&mut out.opt, Pick::Host, &mut |n, ty, c| w.send(n, ty, c))?;
                Some(w)
            }
            None => None,
        };
        // Gradients were checked (types, finiteness) by `parse`. They are only read: the plugin
        // reads 64-byte-aligned host memory in place (the CLI's allocator aligns large blocks,
        // and `align_grads_in_background` copies the others ahead), and copies anything else.
        // Two timed blocks, one phase: the views borrow the tensors the first yields.
        let (aligning, parsed) = (self.aligning, self.grads);
        let host_grads = timings.time(UPLOAD_GRADS, || realign::when_aligned(aligning, parsed))?;
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
        timings.time(STEP, || {
            let rest = &mut out.rest;
            out.opt
                .step_device_observed(&grad_buffers, lr, &inputs, &mut |opt, members| {
                    match &mut behind {
                        Some(w) => rest.hand_out(opt, Pick::Members(members), &mut |n, ty, c| {
                            w.send(n, ty, c)
                        }),
                        None => Ok(()),
                    }
                })
        })?;
        drop(grad_buffers);
        drop(grads);
        // The gradients' memory (a mapped input file's pages) is let go of on a thread of its
        // own while the output is finished: 35 ms for GPT-2 small's 680 MB input.
        let unmap = std::thread::Builder::new()
            .name("muon-xla-unmap".into())
            .spawn(move || drop(host_grads))
            .ok();
        if let Some(mut w) = behind {
            // Whatever no group handed out (none, unless the step stopped early).
            (out.rest).hand_out(&mut out.opt, Pick::All, &mut |n, ty, c| w.send(n, ty, c))?;
            w.finish(timings)?;
        }
        if let Some(t) = unmap {
            let _ = t.join();
        }
        Ok(out)
    }
}

/// What [`StepInput::step_into_file_timed`] wrote.
#[derive(Debug, Clone)]
pub struct Written {
    /// The number of tensors.
    pub tensors: usize,
    /// The output's metadata (the input's, with `step` incremented).
    pub metadata: BTreeMap<String, String>,
}
