//! Gradients copied into aligned memory ahead of the step, on a thread of their own.
//!
//! Why: the CPU plugin reads a gradient in place only at a 64-byte-aligned address; anywhere
//! else `BufferFromHostBuffer` copies it into fresh memory, and that copy, whose cost is first
//! touching the memory, runs inside the step. A mapped file puts its tensors wherever its header
//! ends: in GPT-2 small's file written by the `safetensors` package every tensor lies 16 bytes
//! past a 64-byte boundary, and the step on the same gradients ran 60–290 ms slower than on a copy
//! of the file with its header padded to 64 bytes (BENCHMARKS.md, issue 24). Copied while the
//! caller waits for something else (the CLI: `python3` finding the plugin, then the client and
//! the parameters' upload), the copy uses a core that would otherwise idle.

use std::alloc::{self, Layout};
use std::fmt;
use std::ptr::NonNull;
use std::sync::{mpsc, Arc};
use std::thread::JoinHandle;

use super::StepInput;
use crate::pjrt::ROW_ALIGN;
use crate::types::{Error, HostTensor, Result};

/// The alignment the CPU plugin reads in place (XLA:CPU's `Align()`), the one its rows keep.
const ALIGN: usize = ROW_ALIGN;

/// Gradients being copied on a background thread; [`StepInput`] joins it before the step.
pub struct Aligning(JoinHandle<Result<Vec<HostTensor>>>);

impl fmt::Debug for Aligning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Aligning(..)")
    }
}

impl StepInput {
    /// Starts copying the gradients that do not sit at a 64-byte-aligned address into one
    /// aligned block, on a thread of its own, and returns at once; the step waits for the copy
    /// (timed as the gradients' upload). Until then `grads` is empty. Worth it for the CPU
    /// plugin when the caller has something else to do first (find the plugin, create the
    /// client); elsewhere every upload copies anyway. Nothing is started when every gradient is
    /// aligned already (an owned file read by a program whose allocator aligns large blocks).
    pub fn align_grads_in_background(&mut self) {
        if self.aligning.is_some() || self.grads.iter().all(|g| is_aligned(g.bytes())) {
            return;
        }
        // Handed over once the thread exists: were it refused, the gradients stay here (and
        // the plugin copies them, as without this).
        let (hand, over) = mpsc::channel::<Vec<HostTensor>>();
        let spawned = std::thread::Builder::new()
            .name("muon-xla-align-grads".into())
            .spawn(move || match over.recv() {
                Ok(grads) => aligned_copy(grads),
                Err(_) => Err(Error::Internal(
                    "the gradients never reached their copier".into(),
                )),
            });
        if let Ok(handle) = spawned {
            match hand.send(std::mem::take(&mut self.grads)) {
                Ok(()) => self.aligning = Some(Aligning(handle)),
                Err(mpsc::SendError(grads)) => self.grads = grads,
            }
        }
    }
}

/// The step's gradients: once the copy `aligning` (if started) is done, those it copied, else
/// `grads` as parsed.
pub(super) fn when_aligned(
    aligning: Option<Aligning>,
    grads: Vec<HostTensor>,
) -> Result<Vec<HostTensor>> {
    match aligning {
        Some(Aligning(handle)) => handle.join().unwrap_or_else(|_| {
            Err(Error::Internal(
                "the thread aligning the gradients panicked".into(),
            ))
        }),
        None => Ok(grads),
    }
}

fn is_aligned(bytes: &[u8]) -> bool {
    bytes.as_ptr() as usize % ALIGN == 0
}

/// `grads` with every unaligned one replaced by a copy in one [`Block`], each at a multiple of
/// [`ALIGN`]; the aligned ones are kept as they are.
fn aligned_copy(grads: Vec<HostTensor>) -> Result<Vec<HostTensor>> {
    let padded = |g: &HostTensor| g.bytes().len().next_multiple_of(ALIGN);
    let moved = |g: &HostTensor| !is_aligned(g.bytes());
    let total: usize = grads.iter().filter(|g| moved(g)).map(padded).sum();
    // Memory refused: the gradients stay where they are, and the plugin copies them as before.
    let Some(mut block) = Block::new(total) else {
        return Ok(grads);
    };
    let mut at = Vec::with_capacity(grads.len());
    let mut offset = 0;
    for g in &grads {
        if moved(g) {
            block.write(offset, g.bytes())?;
            at.push(Some(offset));
            offset += padded(g);
        } else {
            at.push(None);
        }
    }
    let block: Arc<Block> = Arc::new(block);
    (grads.into_iter().zip(at))
        .map(|(g, at)| match at {
            Some(start) => HostTensor::from_shared(g.ty().clone(), block.clone(), start),
            None => Ok(g),
        })
        .collect()
}

/// An [`ALIGN`]-aligned heap block, every byte of which is written before it is read:
/// [`Block::write`] fills the tensors' bytes and zeroes the padding after each. Not zeroed at
/// allocation, which would touch every page twice.
struct Block {
    ptr: NonNull<u8>,
    len: usize,
}

// SAFETY: plain memory owned by this value; it is written only through `&mut self` and read
// only through `&self`.
unsafe impl Send for Block {}
// SAFETY: as above.
unsafe impl Sync for Block {}

impl Block {
    /// `None` when the memory is refused.
    fn new(len: usize) -> Option<Block> {
        let Some(layout) = Self::layout(len) else {
            return Some(Block {
                ptr: NonNull::dangling(),
                len: 0,
            });
        };
        // SAFETY: `layout` has a non-zero size.
        let ptr = NonNull::new(unsafe { alloc::alloc(layout) })?;
        Some(Block { ptr, len })
    }

    /// `None` for an empty block (nothing allocated).
    fn layout(len: usize) -> Option<Layout> {
        (len > 0).then(|| Layout::from_size_align(len, ALIGN).ok())?
    }

    /// Copies `bytes` to `offset` and zeroes the bytes up to the next multiple of [`ALIGN`].
    /// The caller writes disjoint, increasing ranges covering the whole block.
    fn write(&mut self, offset: usize, bytes: &[u8]) -> Result<()> {
        let end = offset + bytes.len().next_multiple_of(ALIGN);
        if end > self.len {
            return Err(Error::Internal(format!(
                "a gradient's copy would end at byte {end} of a {}-byte block",
                self.len
            )));
        }
        // SAFETY: `offset + padded length ≤ len` (checked above): both writes stay inside the
        // block, which `bytes` (a tensor of another allocation) does not overlap.
        unsafe {
            let dst = self.ptr.as_ptr().add(offset);
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), dst, bytes.len());
            std::ptr::write_bytes(dst.add(bytes.len()), 0, end - offset - bytes.len());
        }
        Ok(())
    }
}

impl AsRef<[u8]> for Block {
    fn as_ref(&self) -> &[u8] {
        // SAFETY: `ptr` owns `len` bytes, all written by `aligned_copy` before the block is
        // shared (it is only read behind an `Arc` after that).
        unsafe { std::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }
}

impl Drop for Block {
    fn drop(&mut self) {
        if let Some(layout) = Self::layout(self.len) {
            // SAFETY: allocated in `new` with this layout, freed once.
            unsafe { alloc::dealloc(self.ptr.as_ptr(), layout) }
        }
    }
}
