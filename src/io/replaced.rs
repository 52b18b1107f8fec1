//! The file an atomic write replaces, freed after this process has exited.
//!
//! Why: freeing a large file's blocks can be slow. With ext4's online discard (`-o discard`), the
//! rename that replaced GPT-2 small's 680 MB output spent 100–110 ms freeing the old file
//! (1–10 ms with no old file; `rm` of such a file takes as long): a cost a command-line step
//! that replaces its output at every step of a training loop paid after its work was done.
//!
//! How: when the process has switched this on ([`defer_release`]; the `muon-xla` binary does, a
//! library leaves it off), [`hold`] opens the target just before the rename, so that the rename
//! only removes the old file's name, and [`hand_off`] passes the open files to a short-lived
//! child process that keeps them until this process has let go of its own: the kernel frees the
//! blocks when the child exits. The rename stays atomic and durable exactly as before; only the
//! freeing of the replaced blocks moves. The child inherits nothing else of note: no standard
//! output or error (a caller reading ours to its end never waits for it), and it runs nothing
//! but "read standard input to its end, exit".

use std::fs::File;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

/// Whether [`hold`] keeps replaced files (set by [`defer_release`]).
static DEFER: AtomicBool = AtomicBool::new(false);
/// The files [`hold`] kept, until [`hand_off`].
static HELD: Mutex<Held> = Mutex::new(Held(Vec::new()));

/// The environment variable that makes a `muon-xla` process the child [`hand_off`] starts.
pub const CHILD_ENV: &str = "MUON_XLA_INTERNAL_HOLD_REPLACED";

/// Switches deferred freeing on for this process: from now on, files atomic writes replace are
/// kept open by [`hold`] until [`hand_off`]. For a process that ends soon after its writes and
/// calls [`hand_off`] before it does (a command-line tool); a long-running one would keep every
/// replaced file's space until then.
pub fn defer_release() {
    DEFER.store(true, Ordering::Relaxed);
}

/// Called just before renaming over `target`: when deferred freeing is on, [`Held::hold`]s it.
pub(crate) fn hold(target: &Path) {
    if DEFER.load(Ordering::Relaxed) {
        if let Ok(mut held) = HELD.lock() {
            held.hold(target);
        }
    }
}

/// [`Held::hand_off`] of every file [`hold`] kept, to `program` (a `muon-xla` binary, run with
/// [`CHILD_ENV`] set). Returns the child's process id, if one was started.
pub fn hand_off(program: &Path) -> Option<u32> {
    let held = std::mem::take(&mut *HELD.lock().ok()?);
    let mut child = Command::new(program);
    child.env(CHILD_ENV, "1");
    held.hand_off(child)
}

/// What the child started by [`hand_off`] runs: reads standard input to its end, then returns.
pub fn child_main() {
    let _ = std::io::copy(&mut std::io::stdin().lock(), &mut std::io::sink());
}

/// Replaced files kept open.
#[derive(Default)]
pub struct Held(Vec<File>);

impl Held {
    /// Keeps `target` open when it is a regular file (not a symbolic link, which a rename
    /// replaces itself), so that renaming over it does not free it. Best effort: a file that
    /// cannot be opened is freed by the rename as usual.
    pub fn hold(&mut self, target: &Path) {
        let is_file = std::fs::symlink_metadata(target).is_ok_and(|m| m.file_type().is_file());
        let mut open = std::fs::OpenOptions::new();
        open.read(true);
        // A link put there since the check is not followed either.
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::custom_flags(&mut open, libc::O_NOFOLLOW);
        if let (true, Ok(file)) = (is_file, open.open(target)) {
            self.0.push(file);
        }
    }

    /// How many files are kept.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether none is.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Starts `child` (a program that reads its standard input to the end, then exits) with the
    /// kept files open, closes this process's own handles, then closes the child's standard
    /// input: the child exits and, holding the last handles, its exit frees the files. The child
    /// gets no standard output or error (a caller reading ours to its end never waits for it)
    /// and is not waited for (once this process exits, init reaps it). Returns its process id;
    /// with no file kept nothing is started, and where the child cannot be started the files
    /// are closed here (freed now).
    pub fn hand_off(self, mut child: Command) -> Option<u32> {
        if self.0.is_empty() {
            return None;
        }
        // Descriptors the child inherits: duplicates without close-on-exec, closed here once it
        // has started (or failed to).
        let inherited: Vec<Inherited> = self.0.iter().filter_map(Inherited::dup).collect();
        let started = child
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        drop(inherited);
        drop(self);
        // Dropping the handle closes the child's standard input, after ours are closed.
        started.ok().map(|c| c.id())
    }
}

/// A descriptor duplicated without close-on-exec, closed on drop.
struct Inherited(i32);

impl Inherited {
    #[cfg(unix)]
    fn dup(file: &File) -> Option<Inherited> {
        use std::os::fd::AsRawFd;
        // SAFETY: duplicating an open descriptor this process owns; F_DUPFD's result (a new
        // descriptor, without FD_CLOEXEC) is owned by the returned value and closed in Drop.
        let fd = unsafe { libc::fcntl(file.as_raw_fd(), libc::F_DUPFD, 3) };
        (fd >= 0).then_some(Inherited(fd))
    }

    #[cfg(not(unix))]
    fn dup(_file: &File) -> Option<Inherited> {
        None
    }
}

impl Drop for Inherited {
    fn drop(&mut self) {
        #[cfg(unix)]
        // SAFETY: `self.0` is a descriptor `dup` created and only this value closes.
        unsafe {
            libc::close(self.0);
        }
    }
}
