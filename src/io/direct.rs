//! Writing a large file around the page cache (`O_DIRECT`), for the step's output.
//!
//! Why: a durable write (fsync before rename) waits for the disk anyway, and through the page
//! cache it first copies every byte into freshly allocated cache pages. Where first touching
//! memory is expensive (a VM whose free memory goes back to the host), that copy dominated the
//! CLI step: 680 MB took 2.4–4.5 s plus the fsync, against 0.4–0.5 s written direct
//! (BENCHMARKS.md, issue 24). Checkpoint writers in other frameworks do the same.
//!
//! How: bytes are gathered into a block-aligned buffer (the disk needs aligned memory, lengths
//! and offsets), written a buffer at a time; the last partial block is padded with zeros and the
//! file is cut back to its true length. A background thread writes one buffer while the next is
//! filled. A file system that refuses `O_DIRECT` (tmpfs, some network file systems) gets an
//! ordinary buffered write, as does `MUON_XLA_DIRECT_IO=off`.

use std::alloc::{self, Layout};
use std::fs::File;
use std::io;
use std::path::Path;
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::thread::JoinHandle;

/// Buffers are aligned to, and written in multiples of, this: the largest logical block size of
/// common disks.
const BLOCK: usize = 4096;
/// Bytes per write: large enough for the disk's full speed, small enough to stay cache-warm.
const CHUNK: usize = 8 << 20;
/// Files smaller than this are written through the page cache: nothing to gain.
pub const DIRECT_MIN_BYTES: u64 = 32 << 20;

/// Whether `MUON_XLA_DIRECT_IO` allows direct writes (anything but `off`/`0`/`false`).
pub fn enabled() -> bool {
    !matches!(
        std::env::var("MUON_XLA_DIRECT_IO").as_deref(),
        Ok("off" | "0" | "false")
    )
}

/// A `BLOCK`-aligned heap buffer of `CHUNK` bytes.
struct Aligned {
    ptr: *mut u8,
    len: usize,
}

// SAFETY: the buffer is plain memory owned by this value; it moves between the filling thread
// and the writing thread, never used by both at once.
unsafe impl Send for Aligned {}

impl Aligned {
    fn new() -> io::Result<Aligned> {
        let layout = Self::layout();
        // SAFETY: the layout has a non-zero size.
        let ptr = unsafe { alloc::alloc(layout) };
        if ptr.is_null() {
            return Err(io::Error::new(
                io::ErrorKind::OutOfMemory,
                "cannot allocate the direct-write buffer",
            ));
        }
        Ok(Aligned { ptr, len: 0 })
    }

    fn layout() -> Layout {
        Layout::from_size_align(CHUNK, BLOCK).unwrap_or_else(|_| unreachable!("constant layout"))
    }

    fn spare(&mut self) -> &mut [u8] {
        // SAFETY: `ptr` owns CHUNK bytes; `len` ≤ CHUNK; the slice borrows `self` mutably.
        unsafe { std::slice::from_raw_parts_mut(self.ptr.add(self.len), CHUNK - self.len) }
    }

    fn filled(&self) -> &[u8] {
        // SAFETY: the first `len` bytes were written by `spare`'s users (or zeroed in `pad`).
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }

    /// Zeroes up to the next block boundary.
    fn pad(&mut self) {
        let padded = self.len.next_multiple_of(BLOCK);
        let extra = padded - self.len;
        self.spare()[..extra].fill(0);
        self.len = padded;
    }
}

impl Drop for Aligned {
    fn drop(&mut self) {
        // SAFETY: allocated in `new` with this layout, freed once.
        unsafe { alloc::dealloc(self.ptr, Self::layout()) }
    }
}

/// A sequential writer of one file opened with `O_DIRECT`.
pub struct DirectWriter {
    current: Aligned,
    /// Buffers handed to the writing thread, and returned once written.
    to_disk: Option<SyncSender<(Aligned, u64)>>,
    back: Receiver<io::Result<Aligned>>,
    thread: Option<JoinHandle<File>>,
    /// File offset of `current`'s first byte.
    offset: u64,
    /// Buffers out with the writing thread.
    in_flight: usize,
}

impl DirectWriter {
    /// Creates (or truncates) `path` for direct writes; `None` when the file system refuses
    /// `O_DIRECT` or it is turned off (write it buffered instead).
    pub fn create(path: &Path) -> io::Result<Option<DirectWriter>> {
        if !enabled() {
            return Ok(None);
        }
        let Some(file) = open_direct(path)? else {
            return Ok(None);
        };
        // Some file systems accept the flag but refuse the writes: probe with one block (the
        // header overwrites it).
        let mut current = Aligned::new()?;
        current.spare()[..BLOCK].fill(0);
        current.len = BLOCK;
        match write_all_at(&file, current.filled(), 0) {
            Ok(()) => current.len = 0,
            Err(e) if e.raw_os_error() == Some(EINVAL) => return Ok(None),
            Err(e) => return Err(e),
        }
        let (to_disk, rx) = mpsc::sync_channel::<(Aligned, u64)>(1);
        let (tx_back, back) = mpsc::sync_channel(2);
        let thread = std::thread::Builder::new()
            .name("muon-xla-direct-write".into())
            .spawn(move || {
                for (buf, at) in rx {
                    let done = write_all_at(&file, buf.filled(), at).map(|()| buf);
                    if tx_back.send(done).is_err() {
                        break;
                    }
                }
                file
            })?;
        Ok(Some(DirectWriter {
            current,
            to_disk: Some(to_disk),
            back,
            thread: Some(thread),
            offset: 0,
            in_flight: 0,
        }))
    }

    /// Appends `bytes`.
    pub fn write_all(&mut self, mut bytes: &[u8]) -> io::Result<()> {
        while !bytes.is_empty() {
            let spare = self.current.spare();
            let n = spare.len().min(bytes.len());
            spare[..n].copy_from_slice(&bytes[..n]);
            self.current.len += n;
            bytes = &bytes[n..];
            if self.current.len == CHUNK {
                self.send()?;
            }
        }
        Ok(())
    }

    /// Hands the current buffer to the writing thread and takes an empty one (a returned one once
    /// two are out).
    fn send(&mut self) -> io::Result<()> {
        let next = if self.in_flight >= 1 {
            self.receive()?
        } else {
            Aligned::new()?
        };
        let full = std::mem::replace(&mut self.current, next);
        let len = full.len as u64;
        let sent = self.to_disk.as_ref().map(|tx| tx.send((full, self.offset)));
        if !matches!(sent, Some(Ok(()))) {
            return Err(self.thread_failed());
        }
        self.in_flight += 1;
        self.offset += len;
        Ok(())
    }

    /// A written buffer back from the thread, emptied; its write's error if it failed.
    fn receive(&mut self) -> io::Result<Aligned> {
        let mut buf = self.back.recv().map_err(|_| self.thread_failed())??;
        self.in_flight -= 1;
        buf.len = 0;
        Ok(buf)
    }

    fn thread_failed(&self) -> io::Error {
        io::Error::other("the direct-write thread stopped")
    }

    /// Writes the tail (padded to a block, then cut back) and returns the file, all data handed
    /// to the disk; the caller fsyncs it.
    pub fn finish(mut self) -> io::Result<File> {
        let true_len = self.offset + self.current.len as u64;
        if self.current.len > 0 {
            self.current.pad();
            self.send()?;
        }
        while self.in_flight > 0 {
            self.receive()?;
        }
        drop(self.to_disk.take());
        let file = (self.thread.take())
            .and_then(|t| t.join().ok())
            .ok_or_else(|| self.thread_failed())?;
        file.set_len(true_len)?;
        Ok(file)
    }
}

impl Drop for DirectWriter {
    fn drop(&mut self) {
        // Unfinished (an error midway): stop the thread; the caller removes the file.
        drop(self.to_disk.take());
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

#[cfg(unix)]
const EINVAL: i32 = libc::EINVAL;
#[cfg(not(unix))]
const EINVAL: i32 = 22;

#[cfg(target_os = "linux")]
fn open_direct(path: &Path) -> io::Result<Option<File>> {
    use std::os::unix::fs::OpenOptionsExt;
    let opened = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .custom_flags(libc::O_DIRECT)
        .open(path);
    match opened {
        Ok(f) => Ok(Some(f)),
        // The file system does not do direct I/O.
        Err(e) if e.raw_os_error() == Some(EINVAL) => Ok(None),
        Err(e) => Err(e),
    }
}

#[cfg(not(target_os = "linux"))]
fn open_direct(_path: &Path) -> io::Result<Option<File>> {
    Ok(None)
}

#[cfg(unix)]
fn write_all_at(file: &File, bytes: &[u8], at: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::write_all_at(file, bytes, at)
}

#[cfg(not(unix))]
fn write_all_at(_file: &File, _bytes: &[u8], _at: u64) -> io::Result<()> {
    Err(io::Error::other(
        "direct writes are only implemented on Linux",
    ))
}
