//! Taking a parameter's device buffers out of the optimizer one at a time, so results can be
//! downloaded and their device memory freed tensor by tensor (a step over a checkpoint larger
//! than memory would otherwise hold every result twice).

use super::Optimizer;
use crate::pjrt::Buffer;

/// One of the device tensors an optimizer holds for a parameter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Held {
    /// The parameter itself.
    Value,
    /// Its `k`-th state tensor, named by [`Optimizer::state_names`].
    State(usize),
    /// The EMA of the weights.
    Ema,
    /// The f32 master weights.
    Master,
}

impl Optimizer {
    /// Takes parameter `i`'s `which` buffer out of the optimizer (absent: `i` out of range, or
    /// nothing held there). The optimizer cannot step again until the parameter is set again.
    pub fn take_buffer(&mut self, i: usize, which: Held) -> Option<Buffer> {
        let slot = self.slots.get_mut(i)?;
        match which {
            Held::Value => slot.value.take(),
            Held::State(k) => slot.state.get_mut(k)?.take(),
            Held::Ema => slot.ema.take(),
            Held::Master => slot.master.take(),
        }
    }
}
