//! The binary's global allocator: the system allocator, with large blocks aligned to 64 bytes.
//!
//! Why: the CPU plugin reads host memory in place (`kImmutableZeroCopy`, no upload copy) only
//! when it is 64-byte aligned, and glibc hands out large blocks 16 bytes past a page boundary.
//! With this, every tensor the step reads from a file can be handed to XLA without a copy
//! ([`muon_xla::jobs::step_file`]). Only the binary sets it: a library leaves the choice of
//! allocator to its user.

use std::alloc::{GlobalAlloc, Layout, System};

/// Blocks of at least this many bytes are aligned to [`ALIGN`]: tensors, not the many small
/// allocations (which keep glibc's fast paths).
const LARGE: usize = 64 << 10;
/// XLA's CPU buffer alignment (`cpu_function_runtime::Align()`).
const ALIGN: usize = 64;

pub struct LargeAligned;

/// The layout `layout` is served with: over-aligned when large. Never fails: the size is kept
/// and a larger power-of-two alignment of a valid layout is valid while the size stays below
/// `isize::MAX` rounded to it, which a large block's size (far below) always is.
fn served(layout: Layout) -> Layout {
    if layout.size() >= LARGE && layout.align() < ALIGN {
        Layout::from_size_align(layout.size(), ALIGN).unwrap_or(layout)
    } else {
        layout
    }
}

// SAFETY: every call forwards to `System` with the layout `served` derives deterministically
// from the caller's, so a block is always freed (and reallocated) with the layout it was
// allocated with, and the alignment given is at least the one asked for.
unsafe impl GlobalAlloc for LargeAligned {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: `served` keeps the size (non-zero per the caller's contract).
        unsafe { System.alloc(served(layout)) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as in `alloc`.
        unsafe { System.alloc_zeroed(served(layout)) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by us with `served(layout)`.
        unsafe { System.dealloc(ptr, served(layout)) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Ok(asked) = Layout::from_size_align(new_size, layout.align()) else {
            return std::ptr::null_mut();
        };
        let (old, new) = (served(layout), served(asked));
        if old.align() == new.align() {
            // SAFETY: `ptr` was allocated with `old`; the alignment is unchanged.
            return unsafe { System.realloc(ptr, old, new_size) };
        }
        // Crossing the threshold changes the alignment: move the block.
        // SAFETY: `new` has a non-zero size (`new_size` ≥ 1 per the caller's contract).
        let moved = unsafe { System.alloc(new) };
        if !moved.is_null() {
            // SAFETY: both blocks are live and at least min(old, new) bytes long; they differ.
            unsafe {
                std::ptr::copy_nonoverlapping(ptr, moved, layout.size().min(new_size));
                System.dealloc(ptr, old);
            }
        }
        moved
    }
}
