//! Gradient accumulation: micro-step gradients summed on the device, one small donated program
//! per parameter type.

use super::Optimizer;
use crate::graph::Builder;
use crate::pjrt::{Arg, Buffer};
use crate::types::{DType, HostTensor, Result, TensorType};

/// `select(reset, g, acc + g)`, `acc` donated.
fn accumulate_graph(ty: &TensorType) -> Result<crate::graph::Graph> {
    let mut b = Builder::new("accumulate");
    let acc = b.parameter("acc", ty.clone());
    let g = b.parameter("grad", ty.clone());
    let reset = b.parameter("reset", TensorType::scalar(DType::Pred));
    let sum = b.add(acc, g)?;
    let out = b.select(reset, g, sum)?;
    let i = b.output("acc", out)?;
    b.donate(acc, i)?;
    b.build()
}

impl Optimizer {
    /// Adds `grads` to the accumulation buffers (the first micro-step of a window overwrites).
    pub(super) fn accumulate(&mut self, grads: &[&Buffer]) -> Result<()> {
        let reset = self.runtime.micro == 0;
        let reset_b = self
            .client
            .upload(&HostTensor::scalar(DType::Pred, f64::from(u8::from(reset))))?;
        for (i, g) in grads.iter().enumerate() {
            // Types were checked by the step.
            let ty = (self.config.extras).grad_type(&self.plan_specs[i].ty);
            let key = ty.mlir();
            let exe = match self.runtime.accumulate.get(&key) {
                Some(e) => e.clone(),
                None => {
                    let e = self.compile_aux(&accumulate_graph(&ty)?)?;
                    self.runtime.accumulate.insert(key, e.clone());
                    e
                }
            };
            let acc = match self.slots[i].acc.take() {
                Some(a) => a,
                None => self.client.upload(&HostTensor::zeros(ty))?,
            };
            let mut out = exe.execute(vec![Arg::Donate(acc), Arg::Keep(g), Arg::Keep(&reset_b)])?;
            self.slots[i].acc = out.pop();
        }
        self.runtime.micro += 1;
        Ok(())
    }
}
