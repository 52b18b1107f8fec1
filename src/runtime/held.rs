//! Taking a parameter's device buffers out of the optimizer one at a time, so results can be
//! downloaded and their device memory freed tensor by tensor (a step over a checkpoint larger
//! than memory would otherwise hold every result twice).

use super::Optimizer;
use crate::pjrt::Buffer;
use crate::types::Result;

/// One of the device tensors an optimizer holds for a parameter (the same kinds a group's
/// program updates, [`crate::plan::layout::Held`]).
pub use crate::plan::layout::Held;

impl Optimizer {
    /// Takes parameter `i`'s `which` buffer out of the optimizer (`None`: `i` out of range, or
    /// nothing held there). The optimizer cannot step again until the parameter is set again.
    ///
    /// In a stacked group the parameters, state and masters are rows of one buffer per kind: the
    /// row comes out without a copy, and the memory is freed once every member's row was taken
    /// and dropped.
    pub fn take_buffer(&mut self, i: usize, which: Held) -> Result<Option<Buffer>> {
        if i >= self.slots.len() {
            return Ok(None);
        }
        if self.is_stacked(i) {
            match which {
                Held::State(_) | Held::Master => return self.take_row(i, which),
                Held::Value => return Ok(self.take_value_row(i)),
                Held::Ema => {}
            }
        }
        let slot = &mut self.slots[i];
        Ok(match which {
            Held::Value => slot.value.take(),
            Held::State(k) => slot.state.get_mut(k).and_then(Option::take),
            Held::Ema => slot.ema.take(),
            Held::Master => slot.master.take(),
        })
    }
}
