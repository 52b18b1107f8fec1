//! [`MuonTch`]: our compiled optimizer step applied in place to libtorch parameters.

use std::time::{Duration, Instant};

use ::tch::nn::VarStore;
use ::tch::Tensor;

use super::convert::{self, dense_cpu_bytes, dense_cpu_ptr, not_viewable, tensor_type};
use crate::config::{OptimizerConfig, Storage};
use crate::pjrt::{Buffer, Client, MutHostView};
use crate::plan::ParamSpec;
use crate::runtime::{Optimizer, StepReport};
use crate::types::{Error, Result};

/// How the last step moved memory between the tensors and the executables.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TransferStats {
    /// Parameters whose update the executable wrote straight into the tensor's storage.
    pub params_in_place: usize,
    /// Parameters copied back into the tensor after the step (the plugin did not alias them).
    pub params_copied: usize,
    /// Gradients the executable read from the tensor's storage without a copy.
    pub grads_zero_copy: usize,
    /// Gradients copied to the device first (non-contiguous, unaligned, or not viewable).
    pub grads_copied: usize,
}

/// Muon (and Adam for the rest, as the preset routes them) over libtorch tensors: the parameters
/// are partitioned and grouped exactly as [`Optimizer`] does, one compiled executable per shape
/// group updates them, and the results land in the tensors' own storage.
///
/// ```ignore
/// let vs = tch::nn::VarStore::new(tch::Device::Cpu);
/// let net = /* build a model under vs.root() */;
/// let mut opt = MuonTch::from_var_store(&client, &vs, OptimizerConfig::preset(Preset::KellerJordan))?;
/// for batch in batches {
///     opt.zero_grad();
///     let loss = net.forward(&batch.x).mse_loss(&batch.y, tch::Reduction::Mean);
///     loss.backward();
///     opt.step(0.02)?; // parameters updated in place
/// }
/// ```
///
/// Memory (CPU): each step views every parameter's storage as a PJRT buffer
/// (`BufferFromHostBuffer` with `kMutableZeroCopy`) and donates it; the executable's output
/// aliases it, so the update is written into the tensor without a copy
/// ([`TransferStats::params_in_place`]). For this the optimizer is built with
/// [`Storage::PerParam`], whatever the configuration says.
/// Gradients are read through zero-copy views. Momentum and Adam moments stay in the optimizer's
/// own device buffers between steps. A tensor that cannot be viewed falls back to one copy in
/// each direction, counted in [`MuonTch::last_transfers`].
///
/// Rules: the parameters must be dense CPU tensors of a float dtype; `step` must not run while
/// anything else reads or writes them (as with any libtorch optimizer), and the writes bypass
/// autograd's version counter (as `torch.no_grad()` updates do not), so do not backpropagate
/// through a graph recorded before the step.
pub struct MuonTch {
    client: Client,
    opt: Optimizer,
    params: Vec<Tensor>,
    last: TransferStats,
    last_device_time: Duration,
}

impl MuonTch {
    /// Every trainable variable of `vs` (those that require grad), in name order.
    pub fn from_var_store(client: &Client, vs: &VarStore, config: OptimizerConfig) -> Result<Self> {
        let mut named: Vec<(String, Tensor)> = vs
            .variables()
            .into_iter()
            .filter(|(_, t)| t.requires_grad())
            .collect();
        named.sort_by(|a, b| a.0.cmp(&b.0));
        MuonTch::new(client, named, config)
    }

    /// An optimizer over named tensors (shallow clones are kept: the storage is shared). The
    /// names drive the partition rules (e.g. `--adamw` patterns, Moonlight's `lm_head`).
    pub fn new(
        client: &Client,
        named: Vec<(String, Tensor)>,
        config: OptimizerConfig,
    ) -> Result<Self> {
        if named.is_empty() {
            return Err(Error::Config(
                "MuonTch needs at least one parameter (does the var store hold trainable variables?)"
                    .into(),
            ));
        }
        let mut specs = Vec::with_capacity(named.len());
        for (name, t) in &named {
            let what = format!("parameter `{name}`");
            let ty = tensor_type(t, &what)?;
            if dense_cpu_ptr(t, &what)?.is_none() {
                return Err(not_viewable(t, &what));
            }
            specs.push(ParamSpec {
                name: name.clone(),
                ty,
            });
        }
        // Per parameter, so that each update is written into the tensor's own storage (a
        // stacked group's result is one new buffer, which would cost a copy back per step).
        let config = OptimizerConfig {
            storage: Storage::PerParam,
            ..config
        };
        let mut opt = Optimizer::new(client, specs, config)?;
        // Uploads the initial values (for the EMA, when enabled) and zeroes every state buffer.
        let initial = named
            .iter()
            .map(|(_, t)| convert::to_host(t))
            .collect::<Result<Vec<_>>>()?;
        opt.set_params(initial)?;
        for i in 0..named.len() {
            // The parameters themselves are viewed afresh at every step.
            drop(opt.take_param(i));
        }
        Ok(MuonTch {
            client: client.clone(),
            opt,
            params: named.into_iter().map(|(_, t)| t.shallow_clone()).collect(),
            last: TransferStats::default(),
            last_device_time: Duration::ZERO,
        })
    }

    /// The underlying optimizer: routes, groups, state, step count.
    pub fn optimizer(&self) -> &Optimizer {
        &self.opt
    }

    /// The parameters, in the optimizer's order (shallow clones sharing the storage).
    pub fn params(&self) -> &[Tensor] {
        &self.params
    }

    /// Zeroes every parameter's gradient (as `optimizer.zero_grad(set_to_none=False)`).
    pub fn zero_grad(&mut self) {
        for p in &mut self.params {
            p.zero_grad();
        }
    }

    /// How the last [`MuonTch::step`] moved memory.
    pub fn last_transfers(&self) -> TransferStats {
        self.last
    }

    /// Time the last step spent in our optimizer (views, executables, write-back).
    pub fn last_step_time(&self) -> Duration {
        self.last_device_time
    }

    /// One optimizer step with the gradients `backward()` left on the parameters, Muon learning
    /// rate `lr`. The parameters are updated in place.
    pub fn step(&mut self, lr: f64) -> Result<StepReport> {
        let start = Instant::now();
        let mut stats = TransferStats::default();
        let specs: Vec<ParamSpec> = (0..self.opt.len())
            .map(|i| self.opt.spec(i).clone())
            .collect();
        // Gradients: dense CPU storage is viewed; anything else becomes a dense CPU copy first,
        // held here until the step is over.
        let grads: Vec<Tensor> = self.params.iter().map(Tensor::grad).collect();
        let mut dense: Vec<Option<Tensor>> = Vec::with_capacity(grads.len());
        for (g, spec) in grads.iter().zip(&specs) {
            let what = format!("the gradient of `{}`", spec.name);
            if !g.defined() {
                return Err(Error::Config(format!(
                    "{what} is undefined: call backward() on a loss that depends on it before step"
                )));
            }
            let ty = tensor_type(g, &what)?;
            if ty != spec.ty {
                return Err(Error::shape(
                    "MuonTch::step",
                    format!("{what} must be {}, got {ty}", spec.ty),
                ));
            }
            dense.push(if dense_cpu_bytes(g, &what)?.is_some() {
                None
            } else {
                Some(
                    g.f_to_device(::tch::Device::Cpu)
                        .and_then(|c| c.f_contiguous())
                        .map_err(|e| convert::torch_error(&what, e))?,
                )
            });
        }
        let mut views = Vec::with_capacity(grads.len());
        for ((g, d), spec) in grads.iter().zip(&dense).zip(&specs) {
            let t = d.as_ref().unwrap_or(g);
            let bytes = dense_cpu_bytes(t, &spec.name)?
                .ok_or_else(|| not_viewable(t, &format!("the gradient of `{}`", spec.name)))?;
            let view = self.client.view_host(bytes, &spec.ty)?;
            if view.is_zero_copy() && d.is_none() {
                stats.grads_zero_copy += 1;
            } else {
                stats.grads_copied += 1;
            }
            views.push(view);
        }
        // Parameters: a writable view of each tensor's storage takes the parameter's slot.
        let mut guards: Vec<MutHostView> = Vec::with_capacity(self.params.len());
        let mut ptrs = Vec::with_capacity(self.params.len());
        let attached = self.attach_params(&specs, &mut guards, &mut ptrs);
        let grad_refs: Vec<&Buffer> = views.iter().map(|v| &**v).collect();
        let stepped = attached.and_then(|()| self.opt.step_device(&grad_refs, lr));
        // Whatever happened, no buffer may keep pointing at a tensor after this function (and the
        // guards' Drop waits for that): take each parameter's buffer out, and copy its value into
        // the tensor if it is not the tensor's own memory.
        let mut written = Ok(());
        for (i, ptr) in ptrs.iter().enumerate() {
            let Some(out) = self.opt.take_param(i) else {
                continue;
            };
            if out.unsafe_pointer().ok() == Some(*ptr as usize) {
                stats.params_in_place += 1;
                continue;
            }
            stats.params_copied += 1;
            let size = specs[i].ty.size_bytes();
            // SAFETY: `ptr` is the live storage of a dense CPU tensor of `specs[i].ty` (checked in
            // attach_params); its view did not alias it, so no buffer uses this memory.
            let dst = unsafe { std::slice::from_raw_parts_mut(*ptr, size) };
            if let Err(e) = out.copy_to_slice(dst) {
                written = written.and(Err(e));
            }
        }
        drop(guards);
        drop(grad_refs);
        drop(views);
        self.last = stats;
        self.last_device_time = start.elapsed();
        let report = stepped?;
        written?;
        Ok(report)
    }

    /// Puts a writable zero-copy view of every parameter's storage into its optimizer slot
    /// (`guards` keep the views; `ptrs` the storage addresses), stopping at the first error.
    fn attach_params(
        &mut self,
        specs: &[ParamSpec],
        guards: &mut Vec<MutHostView>,
        ptrs: &mut Vec<*mut u8>,
    ) -> Result<()> {
        for (i, (p, spec)) in self.params.iter().zip(specs).enumerate() {
            let what = format!("parameter `{}`", spec.name);
            let ty = tensor_type(p, &what)?;
            if ty != spec.ty {
                return Err(Error::shape(
                    "MuonTch::step",
                    format!("{what} changed type: it was {}, now {ty}", spec.ty),
                ));
            }
            let ptr = dense_cpu_ptr(p, &what)?.ok_or_else(|| not_viewable(p, &what))?;
            // SAFETY: `ptr` is the storage of a dense CPU tensor of `spec.ty` (checked above),
            // kept alive by `self.params`. `step` drops every buffer using it, then the view,
            // before it returns; the documented rule that nothing else touches the parameters
            // during `step` covers the other handles.
            let mut view = unsafe { self.client.view_host_mut(ptr, &spec.ty) }?;
            let buffer = view
                .take()
                .ok_or_else(|| Error::Config("a fresh view has no buffer".into()))?;
            guards.push(view);
            ptrs.push(ptr);
            drop(self.opt.replace_param(i, buffer)?);
        }
        Ok(())
    }
}
