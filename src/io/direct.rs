//! Writing a large file around the page cache (`O_DIRECT`), for the step's output.
//!
//! Why: a durable write (fsync before rename) waits for the disk anyway, and through the page
//! cache it first copies every byte into freshly allocated cache pages. Where first touching
//! memory is expensive (a VM whose free memory goes back to the host), that copy dominated the
//! CLI step: 680 MB took 2.4–4.5 s plus the fsync, against 0.4–0.5 s written direct
//! (BENCHMARKS.md, issue 24). Checkpoint writers in other frameworks do the same.
//!
//! How: the disk needs aligned memory, lengths and offsets. Bytes are written at any offset, in
//! any order, each byte once: a contiguous run is gathered into a block-aligned buffer and
//! written a buffer at a time by a background thread while the next is filled; the partial
//! blocks at a run's two ends are kept until the runs beside them fill them (a step writes each
//! shape group's tensors as the group finishes, so its runs arrive out of order). At the end the
//! last partial block is padded with zeros and the file cut back to its true length. A file
//! system that refuses `O_DIRECT` (tmpfs, some network file systems) gets an ordinary buffered
//! write, as does `MUON_XLA_DIRECT_IO=off`.

use std::alloc::{self, Layout};
use std::collections::BTreeMap;
use std::fs::File;
use std::io;
use std::path::Path;
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::sync::Arc;
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

/// A `BLOCK`-aligned heap buffer of `cap` bytes (`CHUNK` for a run, `BLOCK` for a partial
/// block), zeroed.
struct Aligned {
    ptr: *mut u8,
    cap: usize,
    len: usize,
}

// SAFETY: the buffer is plain memory owned by this value; it moves between the filling thread
// and the writing thread, never used by both at once.
unsafe impl Send for Aligned {}

impl Aligned {
    fn new(cap: usize) -> io::Result<Aligned> {
        let layout = Self::layout(cap);
        // SAFETY: the layout has a non-zero size (`cap` is CHUNK or BLOCK).
        let ptr = unsafe { alloc::alloc_zeroed(layout) };
        if ptr.is_null() {
            return Err(io::Error::new(
                io::ErrorKind::OutOfMemory,
                "cannot allocate the direct-write buffer",
            ));
        }
        Ok(Aligned { ptr, cap, len: 0 })
    }

    fn layout(cap: usize) -> Layout {
        Layout::from_size_align(cap, BLOCK).unwrap_or_else(|_| unreachable!("constant layout"))
    }

    fn all_mut(&mut self) -> &mut [u8] {
        // SAFETY: `ptr` owns `cap` bytes; the slice borrows `self` mutably.
        unsafe { std::slice::from_raw_parts_mut(self.ptr, self.cap) }
    }

    fn spare(&mut self) -> &mut [u8] {
        let len = self.len;
        &mut self.all_mut()[len..]
    }

    fn filled(&self) -> &[u8] {
        // SAFETY: `ptr` owns `cap` ≥ `len` bytes, all initialized (allocated zeroed).
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }
}

impl Drop for Aligned {
    fn drop(&mut self) {
        // SAFETY: allocated in `new` with this layout, freed once.
        unsafe { alloc::dealloc(self.ptr, Self::layout(self.cap)) }
    }
}

/// A block some of whose bytes are written: kept until the rest are.
struct Partial {
    block: Aligned,
    /// Bytes of it written so far.
    filled: usize,
}

/// A writer of one file opened with `O_DIRECT`, at any offsets.
pub struct DirectWriter {
    /// Shared with the writing thread; taken by `finish`.
    file: Option<Arc<File>>,
    /// The run being gathered: its first byte is at file offset `start` (a block boundary).
    current: Aligned,
    start: u64,
    /// Blocks written in part, by index.
    partial: BTreeMap<u64, Partial>,
    /// One past the last byte written: the file's length.
    end: u64,
    /// Buffers handed to the writing thread, and returned once written.
    to_disk: Option<SyncSender<(Aligned, u64)>>,
    back: Receiver<io::Result<Aligned>>,
    thread: Option<JoinHandle<()>>,
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
        // file is cut back to its written length at the end).
        let mut probe = Aligned::new(BLOCK)?;
        probe.len = BLOCK;
        match write_all_at(&file, probe.filled(), 0) {
            Ok(()) => {}
            Err(e) if e.raw_os_error() == Some(EINVAL) => return Ok(None),
            Err(e) => return Err(e),
        }
        let file = Arc::new(file);
        let (to_disk, rx) = mpsc::sync_channel::<(Aligned, u64)>(1);
        let (tx_back, back) = mpsc::sync_channel(2);
        let disk = file.clone();
        let thread = std::thread::Builder::new()
            .name("muon-xla-direct-write".into())
            .spawn(move || {
                for (buf, at) in rx {
                    let done = write_all_at(&disk, buf.filled(), at).map(|()| buf);
                    if tx_back.send(done).is_err() {
                        break;
                    }
                }
            })?;
        Ok(Some(DirectWriter {
            file: Some(file),
            current: Aligned::new(CHUNK)?,
            start: 0,
            partial: BTreeMap::new(),
            end: 0,
            to_disk: Some(to_disk),
            back,
            thread: Some(thread),
            in_flight: 0,
        }))
    }

    /// Writes `bytes` at file offset `at`. Every byte of the file must be written once, in any
    /// order; a byte written twice is an error where it can be seen (a block over-filled).
    pub fn write_at(&mut self, mut at: u64, mut bytes: &[u8]) -> io::Result<()> {
        if bytes.is_empty() {
            return Ok(());
        }
        self.end = self.end.max(at + bytes.len() as u64);
        if self.current.len == 0 || at != self.start + self.current.len as u64 {
            // Not the current run's continuation: that run ends, a new one starts at the next
            // block boundary; the bytes before it go to their partial block.
            self.end_run()?;
            let into = (at % BLOCK as u64) as usize;
            if into != 0 {
                let n = (BLOCK - into).min(bytes.len());
                self.put_partial(at, &bytes[..n])?;
                at += n as u64;
                bytes = &bytes[n..];
            }
            self.start = at;
        }
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

    /// Ends the current run: its whole blocks go to the disk, the bytes after them to their
    /// partial block.
    fn end_run(&mut self) -> io::Result<()> {
        let whole = self.current.len / BLOCK * BLOCK;
        if whole < self.current.len {
            let at = self.start + whole as u64;
            let tail = self.current.filled()[whole..].to_vec();
            self.current.len = whole;
            self.put_partial(at, &tail)?;
        }
        if self.current.len > 0 {
            self.send()?;
        }
        Ok(())
    }

    /// Adds `bytes` (within one block) at `at` to their partial block, writing it once full.
    fn put_partial(&mut self, at: u64, bytes: &[u8]) -> io::Result<()> {
        let index = at / BLOCK as u64;
        let from = (at % BLOCK as u64) as usize;
        let p = match self.partial.entry(index) {
            std::collections::btree_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::btree_map::Entry::Vacant(e) => e.insert(Partial {
                block: Aligned::new(BLOCK)?,
                filled: 0,
            }),
        };
        p.block.all_mut()[from..from + bytes.len()].copy_from_slice(bytes);
        p.filled += bytes.len();
        if p.filled > BLOCK {
            return Err(io::Error::other(format!(
                "direct write: bytes of block {index} written twice"
            )));
        }
        if p.filled == BLOCK {
            if let Some(p) = self.partial.remove(&index) {
                self.write_block(index, p)?;
            }
        }
        Ok(())
    }

    /// Writes partial block `index` whole (its unwritten bytes zero).
    fn write_block(&self, index: u64, mut p: Partial) -> io::Result<()> {
        p.block.len = BLOCK;
        write_all_at(self.file()?, p.block.filled(), index * BLOCK as u64)
    }

    /// Hands the current buffer to the writing thread and takes an empty one (a returned one once
    /// two are out).
    fn send(&mut self) -> io::Result<()> {
        let next = if self.in_flight >= 1 {
            self.receive()?
        } else {
            Aligned::new(CHUNK)?
        };
        let full = std::mem::replace(&mut self.current, next);
        let len = full.len as u64;
        let sent = self.to_disk.as_ref().map(|tx| tx.send((full, self.start)));
        if !matches!(sent, Some(Ok(()))) {
            return Err(self.thread_failed());
        }
        self.in_flight += 1;
        self.start += len;
        Ok(())
    }

    /// A written buffer back from the thread, emptied; its write's error if it failed.
    fn receive(&mut self) -> io::Result<Aligned> {
        let mut buf = self.back.recv().map_err(|_| self.thread_failed())??;
        self.in_flight -= 1;
        buf.len = 0;
        Ok(buf)
    }

    fn file(&self) -> io::Result<&File> {
        self.file
            .as_deref()
            .ok_or_else(|| io::Error::other("direct write: already finished"))
    }

    fn thread_failed(&self) -> io::Error {
        io::Error::other("the direct-write thread stopped")
    }

    /// Writes what is left (partial blocks padded with zeros: only the file's last one when
    /// every byte was written), cuts the file back to its true length and returns it, all data
    /// handed to the disk; the caller fsyncs it.
    pub fn finish(mut self) -> io::Result<File> {
        self.end_run()?;
        for (index, p) in std::mem::take(&mut self.partial) {
            self.write_block(index, p)?;
        }
        while self.in_flight > 0 {
            self.receive()?;
        }
        drop(self.to_disk.take());
        if (self.thread.take()).is_some_and(|t| t.join().is_err()) {
            return Err(self.thread_failed());
        }
        self.file()?.set_len(self.end)?;
        // The thread is joined: this is the last handle.
        let file = self.file.take().ok_or_else(|| self.thread_failed())?;
        Arc::try_unwrap(file).map_err(|_| self.thread_failed())
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
