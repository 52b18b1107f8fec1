//! The device state of [`Storage::Stacked`](crate::config::Storage) groups: one `[n, ...]` buffer
//! for the parameters, one per state kind and one for the f32 masters; values set from the host
//! staged per member until the next use; rows handed out without a copy (every member's
//! parameter buffer is a row of the parameters' stack).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use super::{Held, Optimizer};
use crate::config::Storage;
use crate::pjrt::Buffer;
use crate::plan::stacking::stacked_type;
use crate::types::{DType, Error, HostTensor, Result, TensorType};

/// A stacked group's state.
#[derive(Default)]
pub(super) struct Stack {
    /// One `[n, ...]` buffer per kind ([`Held::Value`], [`Held::State`], [`Held::Master`]).
    whole: BTreeMap<Held, Arc<Buffer>>,
    /// Members' values set from the host, written into `whole` before its next use: setting
    /// every member's state one at a time costs one upload, not one per member.
    staged: BTreeMap<(Held, usize), HostTensor>,
    /// Members whose row [`Optimizer::take_buffer`] handed out; once every member of a kind has
    /// been, the stack lets go of its buffer (freed when the last row is dropped).
    taken: BTreeSet<(Held, usize)>,
}

impl Stack {
    /// Records that member `m`'s `which` row is out; once all `n` members' are, lets go of the
    /// stack (it is freed when the last row is dropped).
    fn mark_taken(&mut self, which: Held, m: usize, n: usize) {
        self.taken.insert((which, m));
        if (0..n).all(|k| self.taken.contains(&(which, k))) {
            self.whole.remove(&which);
            self.taken.retain(|t| t.0 != which);
        }
    }
}

impl Optimizer {
    /// Whether parameter `i`'s group is stacked.
    pub(super) fn is_stacked(&self, i: usize) -> bool {
        self.groups[self.slots[i].group].planned.storage == Storage::Stacked
    }

    /// The kinds a stacked group keeps, in argument order: the parameters, the state, then the
    /// masters when kept.
    pub(super) fn stack_kinds(&self, gi: usize) -> Vec<Held> {
        let first = self.groups[gi].planned.members[0];
        let mut kinds = vec![Held::Value];
        kinds.extend((0..self.state_names(first).len()).map(Held::State));
        if self.has_master(first) {
            kinds.push(Held::Master);
        }
        kinds
    }

    /// The type of parameter `i`'s `which` tensor.
    pub(super) fn held_type(&self, i: usize, which: Held) -> TensorType {
        let ty = &self.plan_specs[i].ty;
        match which {
            Held::Value | Held::Ema => ty.clone(),
            Held::State(k) => self.state_type_at(i, k),
            Held::Master => TensorType::new(DType::F32, ty.shape.clone()),
        }
    }

    /// Uploads a stacked group's parameters from `values` (every parameter's), zeroes its state
    /// and starts its masters at the parameters; a kind every member of which `will_set` names
    /// (besides the parameters) is left for the caller's staged values instead.
    pub(super) fn reset_stack(
        &mut self,
        gi: usize,
        values: &[HostTensor],
        will_set: &impl Fn(usize, Held) -> bool,
    ) -> Result<()> {
        let members = self.groups[gi].planned.members.clone();
        let mut whole = BTreeMap::new();
        for kind in self.stack_kinds(gi) {
            if kind != Held::Value && members.iter().all(|&i| will_set(i, kind)) {
                continue;
            }
            let row = self.held_type(members[0], kind);
            let ty = stacked_type(&row, members.len());
            // Built in the stack's own memory where that is host memory (no staging copy).
            let client = self.client.clone();
            let size = row.size_bytes();
            let buffer = match kind {
                // The parameters as given; the masters are their f32 copies.
                Held::Value | Held::Master => client.filled_buffer(&ty, 0, |bytes| {
                    fill_rows(bytes, size, &|m, dst| {
                        let v = &values[members[m]];
                        if v.dtype() == row.dtype {
                            dst.copy_from_slice(v.bytes());
                        } else {
                            let f =
                                HostTensor::from_f64(row.dtype, v.shape().to_vec(), &v.to_f64())?;
                            dst.copy_from_slice(f.bytes());
                        }
                        Ok(())
                    })
                })?,
                _ => client.filled_buffer(&ty, 0, |bytes| {
                    fill_rows(bytes, size, &|_, dst| {
                        dst.fill(0);
                        Ok(())
                    })
                })?,
            };
            whole.insert(kind, Arc::new(buffer));
        }
        self.groups[gi].stack = Stack {
            whole,
            ..Stack::default()
        };
        self.refresh_rows(gi)
    }

    /// Makes every member's parameter buffer a row of the group's parameter stack.
    fn refresh_rows(&mut self, gi: usize) -> Result<()> {
        let members = self.groups[gi].planned.members.clone();
        let Some(params) = self.groups[gi].stack.whole.get(&Held::Value).cloned() else {
            return Ok(());
        };
        for (&i, row) in members.iter().zip(params.rows()?) {
            self.slots[i].value = Some(row);
        }
        Ok(())
    }

    /// Stages parameter `i`'s `which` value (a stacked kind; the caller checked its type).
    pub(super) fn stage(&mut self, i: usize, which: Held, value: &HostTensor) {
        let (gi, m) = (self.slots[i].group, self.slots[i].member);
        self.groups[gi]
            .stack
            .staged
            .insert((which, m), value.clone());
    }

    /// Downloads parameter `i`'s `which` value from its group's stack (or its staged value).
    pub(super) fn read_stacked(&self, i: usize, which: Held) -> Result<HostTensor> {
        let (gi, m) = (self.slots[i].group, self.slots[i].member);
        let stack = &self.groups[gi].stack;
        if let Some(v) = stack.staged.get(&(which, m)) {
            return Ok(v.clone());
        }
        match stack.whole.get(&which) {
            Some(whole) if !stack.taken.contains(&(which, m)) => whole.row(m)?.to_host(),
            _ => Err(Error::Config(format!(
                "`{}` has no value on the device (set_params first)",
                self.plan_specs[i].name
            ))),
        }
    }

    /// Writes a stacked group's staged values into its stacks: one download (unless every member
    /// was staged) and one new stack per kind, filled in place on a CPU client.
    pub(super) fn flush(&mut self, gi: usize) -> Result<()> {
        let kinds: BTreeSet<Held> = self.groups[gi].stack.staged.keys().map(|k| k.0).collect();
        let members = self.groups[gi].planned.members.clone();
        let n = members.len();
        for kind in kinds {
            let row = self.held_type(members[0], kind);
            let ty = stacked_type(&row, n);
            let stack = &mut self.groups[gi].stack;
            let all_staged = (0..n).all(|m| stack.staged.contains_key(&(kind, m)));
            // Every member given: the stack is built from them alone; else the others' rows
            // come from the current stack.
            let others = match stack.whole.get(&kind) {
                _ if all_staged => None,
                Some(whole) => Some(whole.to_host()?),
                // Nothing to complete the other members from (taken out or lost): the values
                // stay staged, and a step asks for set_params.
                None => continue,
            };
            let size = row.size_bytes();
            let staged = &stack.staged;
            let client = self.client.clone();
            // Built in place where the stack's memory is host memory (no staging copy). The
            // staged values leave only once the stack holds them: a failed build loses none.
            let whole = Arc::new(client.filled_buffer(&ty, 0, |bytes| {
                fill_rows(bytes, size, &|m, dst| {
                    match (staged.get(&(kind, m)), &others) {
                        (Some(v), _) => dst.copy_from_slice(v.bytes()),
                        (None, Some(o)) => dst.copy_from_slice(&o.bytes()[m * size..][..size]),
                        (None, None) => {
                            return Err(Error::Internal(format!("member {m} has no value")))
                        }
                    }
                    Ok(())
                })
            })?);
            let stack = &mut self.groups[gi].stack;
            stack.staged.retain(|k, _| k.0 != kind);
            stack.whole.insert(kind, whole);
            stack.taken.retain(|t| t.0 != kind);
            if kind == Held::Value {
                self.refresh_rows(gi)?;
            }
        }
        Ok(())
    }

    /// Parameter `i`'s `which` row, out of its group's stack (see [`Stack::taken`]).
    pub(super) fn take_row(&mut self, i: usize, which: Held) -> Result<Option<Buffer>> {
        let (gi, m) = (self.slots[i].group, self.slots[i].member);
        self.flush(gi)?;
        let n = self.groups[gi].planned.members.len();
        let stack = &mut self.groups[gi].stack;
        let Some(whole) = stack.whole.get(&which) else {
            return Ok(None);
        };
        if stack.taken.contains(&(which, m)) {
            return Ok(None);
        }
        let row = whole.row(m)?;
        stack.mark_taken(which, m, n);
        Ok(Some(row))
    }

    /// Parameter `i`'s buffer (a row of the parameters' stack) out of its slot; once every
    /// member's is out, the group lets go of the stack too.
    pub(super) fn take_value_row(&mut self, i: usize) -> Option<Buffer> {
        let (gi, m) = (self.slots[i].group, self.slots[i].member);
        let value = self.slots[i].value.take()?;
        let n = self.groups[gi].planned.members.len();
        self.groups[gi].stack.mark_taken(Held::Value, m, n);
        Some(value)
    }

    /// A stacked group's stacks, by kind, out of the optimizer for a step.
    pub(super) fn take_stacks(&mut self, gi: usize) -> Result<BTreeMap<Held, Arc<Buffer>>> {
        self.flush(gi)?;
        let kinds = self.stack_kinds(gi);
        let stack = &mut self.groups[gi].stack;
        if !stack.taken.is_empty() || kinds.iter().any(|k| !stack.whole.contains_key(k)) {
            return Err(Error::Config(
                "optimizer state was taken out or lost by an earlier failed step; call set_params"
                    .into(),
            ));
        }
        let stacks = std::mem::take(&mut stack.whole);
        // The members' rows let go of the parameters' stack, so that it can be donated.
        for i in self.groups[gi].planned.members.clone() {
            self.slots[i].value = None;
        }
        Ok(stacks)
    }

    /// Puts a stacked group's step results back; each member's parameter becomes a row of the
    /// new parameter stack.
    pub(super) fn put_stacks(&mut self, gi: usize, outs: Vec<(Held, Buffer)>) -> Result<()> {
        for (kind, out) in outs {
            self.groups[gi].stack.whole.insert(kind, Arc::new(out));
        }
        self.refresh_rows(gi)
    }
}

/// Fills `bytes`, rows of `size` bytes, by calling `row(m, dst)` for each row `m`, the rows split
/// between up to [`FILL_THREADS`] threads. Why: a new stack is fresh memory, and first touching
/// it (the page faults) is the cost, not the copy; faults on several cores proceed in parallel.
/// Measured on a 2-core Zen 4 guest whose freed memory goes back to the host: 680 MB touched
/// in 0.38–0.40 s on one thread, 0.22–0.24 s on two (BENCHMARKS.md, issue 24).
fn fill_rows(
    bytes: &mut [u8],
    size: usize,
    row: &(dyn Fn(usize, &mut [u8]) -> Result<()> + Sync),
) -> Result<()> {
    if size == 0 {
        return Ok(());
    }
    let rows = bytes.len() / size;
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(FILL_THREADS)
        .min(rows)
        .max(1);
    // Small stacks are not worth a thread.
    if threads == 1 || bytes.len() < FILL_PARALLEL_MIN_BYTES {
        return (bytes.chunks_exact_mut(size).enumerate()).try_for_each(|(m, dst)| row(m, dst));
    }
    let per = rows.div_ceil(threads);
    std::thread::scope(|scope| {
        let parts: Vec<_> = (bytes.chunks_mut(per * size).enumerate())
            .map(|(t, part)| {
                scope.spawn(move || {
                    (part.chunks_exact_mut(size).enumerate())
                        .try_for_each(|(k, dst)| row(t * per + k, dst))
                })
            })
            .collect();
        parts.into_iter().try_for_each(|p| {
            p.join()
                .unwrap_or_else(|_| Err(Error::Internal("a stack-filling thread panicked".into())))
        })
    })
}

/// The most threads [`fill_rows`] uses.
const FILL_THREADS: usize = 8;
/// Stacks smaller than this are filled on the calling thread.
const FILL_PARALLEL_MIN_BYTES: usize = 4 << 20;
