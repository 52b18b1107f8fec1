//! A file mapped into memory read-only, so that its tensors are read in place.
//!
//! Why: reading a file copies every byte from the page cache into newly allocated memory, which
//! the step then copies again (into the stacked parameters) or hands to XLA. Mapped, the step's
//! tensors are the page cache's pages: the parameters are copied once, into the buffer that
//! keeps them, and gradients at 64-byte-aligned offsets are read by XLA in place.
//!
//! The mapping is private and read-only. Writers that replace a file by renaming a new one over
//! it (ours, and every atomic writer) leave a mapped file intact; a file truncated in place by
//! another program while it is mapped would fault, as with any mapped reader (numpy's `memmap`,
//! the `safetensors` Python package).

use std::fs::File;
use std::path::Path;

use crate::types::{Error, Result};

/// A read-only private mapping of a whole file.
pub struct Mapped {
    ptr: *const u8,
    len: usize,
}

// SAFETY: the mapping is read-only memory owned by this value until Drop; reading it from any
// thread is sound.
unsafe impl Send for Mapped {}
// SAFETY: as above: nothing mutates it.
unsafe impl Sync for Mapped {}

impl Mapped {
    /// Maps `file` (opened from `path`, named in errors); `Ok(None)` where mapping is not
    /// available (an empty file, a platform without it, or a file system that refuses it): read
    /// it instead.
    pub fn map(file: &File, path: &Path) -> Result<Option<Mapped>> {
        let len = file.metadata().map_err(|e| Error::io(path, e))?.len();
        let Ok(len) = usize::try_from(len) else {
            return Ok(None);
        };
        if len == 0 {
            return Ok(None);
        }
        Ok(map_file(file, len).map(|ptr| Mapped { ptr, len }))
    }
}

impl AsRef<[u8]> for Mapped {
    fn as_ref(&self) -> &[u8] {
        // SAFETY: `ptr` maps `len` readable bytes until Drop; the slice borrows `self`.
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }
}

impl Drop for Mapped {
    fn drop(&mut self) {
        unmap(self.ptr, self.len);
    }
}

#[cfg(unix)]
fn map_file(file: &File, len: usize) -> Option<*const u8> {
    use std::os::fd::AsRawFd;
    // Not populated up front (`MAP_POPULATE`): the pages are faulted in by whoever reads them
    // first (the finiteness check, the threads filling the parameters' stacks), with the
    // kernel's readahead for a file on disk. Populating made that a serial pass before anything
    // else: GPT-2 small's 680 MB took 46–88 ms from the page cache and 550–800 ms from the disk
    // (a loop step's state file, written around the cache), against 0.1–1 ms now and whole
    // steps 0.3–1.4 s faster for the loop step (issue 24).
    let flags = libc::MAP_PRIVATE;
    // SAFETY: a fresh read-only private mapping of an open descriptor, `len` (> 0) bytes from
    // offset 0; the result is checked for MAP_FAILED. The descriptor may be closed afterwards.
    let ptr = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ,
            flags,
            file.as_raw_fd(),
            0,
        )
    };
    (ptr != libc::MAP_FAILED).then_some(ptr as *const u8)
}

#[cfg(unix)]
fn unmap(ptr: *const u8, len: usize) {
    // SAFETY: `ptr`/`len` are a mapping made by `map_file` and unmapped once, here. A failure
    // cannot be reported from Drop and leaves the mapping in place, which is harmless.
    let _ = unsafe { libc::munmap(ptr as *mut libc::c_void, len) };
}

#[cfg(not(unix))]
fn map_file(_file: &File, _len: usize) -> Option<*const u8> {
    None
}

#[cfg(not(unix))]
fn unmap(_ptr: *const u8, _len: usize) {}
