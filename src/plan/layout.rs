//! The typed argument and result layout of a group's program: what each argument holds and what
//! each result replaces. Recorded by [`crate::plan::group::group_graph`] as it creates the
//! program's parameters and outputs, so the order is written once, there; the runtime, the bench
//! and the tests bind values through it instead of repeating the order by hand.

/// One of the tensors kept per parameter of a group (and its stacked form).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Held {
    /// The parameter itself.
    Value,
    /// Its `k`-th state tensor (the route's state names: Muon `momentum`; Adam `exp_avg`,
    /// `exp_avg_sq`).
    State(usize),
    /// The EMA of the weights.
    Ema,
    /// The f32 master weights.
    Master,
}

/// A per-step scalar input, shared by every group that takes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Scalar {
    /// The learning rate (an Adam group's Adam learning rate).
    Lr,
    /// The learning rate that multiplies an Adam group's weight decay.
    WdLr,
    /// The step count `t` (1 for the first step).
    Step,
    /// The factor the gradients are multiplied by (loss scaling, accumulation).
    GradScale,
    /// The sum of squares of every gradient (global-norm clipping's pre-pass).
    GlobalSumSq,
    /// Whether every gradient is finite (pred).
    Finite,
    /// Whether this step overwrites the weights with their EMA (pred).
    EmaOverwrite,
    /// QK-clip's threshold τ.
    QkTau,
}

/// What one argument (or result) of a group's program holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Slot {
    /// Member `m`'s tensor (per-parameter storage); donated to the result of the same slot.
    Member(Held, usize),
    /// Every member's tensor stacked along a new leading axis; donated likewise.
    Stack(Held),
    /// Member `m`'s gradient.
    Grad(usize),
    /// A per-step scalar.
    Scalar(Scalar),
    /// Member `m`'s QK-clip max logits (`[heads]`).
    MaxLogits(usize),
    /// Member `m`'s learning-rate multiplier.
    LrMult(usize),
    /// Member `m`'s weight-decay multiplier.
    WdMult(usize),
}

/// A group program's arguments and results, in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArgLayout {
    pub args: Vec<Slot>,
    /// Only [`Slot::Member`] and [`Slot::Stack`]: each result replaces that tensor.
    pub results: Vec<Slot>,
}

impl ArgLayout {
    /// The argument index of `slot`, if the program takes it.
    pub fn arg(&self, slot: Slot) -> Option<usize> {
        self.args.iter().position(|s| *s == slot)
    }

    /// The tensor kinds the program updates, in result order, each once.
    pub fn held(&self) -> Vec<Held> {
        let mut out: Vec<Held> = Vec::new();
        for s in &self.results {
            let h = match s {
                Slot::Member(h, _) | Slot::Stack(h) => *h,
                _ => continue,
            };
            if !out.contains(&h) {
                out.push(h);
            }
        }
        out
    }
}
