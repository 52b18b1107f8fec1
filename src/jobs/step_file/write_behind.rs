//! Writing a step's results while it runs: each shape group's tensors go to a background thread
//! as soon as the group's program has run, and the thread writes them at their places in the
//! output file ([`TensorStreamWriter::write_placed`]) while the later groups compute.
//!
//! Why: the disk is idle during the step and the step waits for nothing on the disk, so the
//! write no longer adds to the step's time: 680 MB took 0.3–0.4 s after the step on GPT-2
//! small (BENCHMARKS.md, issue 24). Every group spans all layers, so the file (in storage
//! order: by dtype, then name) is not filled front to back; the writer takes runs in any order.

use std::path::Path;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::JoinHandle;

use super::output::{Contents, Watch};
use super::{SYNC, WRITE};
use crate::io::tensor_stream::TensorStreamWriter;
use crate::jobs::timings::Timings;
use crate::types::{Error, Result, TensorType};

type Item = (String, TensorType, Contents);

/// The background writer of one output file.
pub(super) struct WriteBehind {
    to_thread: Option<Sender<Item>>,
    thread: Option<JoinHandle<Result<(TensorStreamWriter, Watch)>>>,
}

impl WriteBehind {
    /// Creates the output `path` (atomically: a temporary sibling renamed over it at the end)
    /// for `layout` and `metadata`, and starts its thread; `watch` compares the watched
    /// parameters as they are written.
    pub(super) fn start(
        path: &Path,
        layout: Vec<(String, TensorType)>,
        metadata: &std::collections::BTreeMap<String, String>,
        watch: Watch,
    ) -> Result<WriteBehind> {
        let w = TensorStreamWriter::create_atomic(path, layout, metadata)?;
        let (to_thread, items) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("muon-xla-write-behind".into())
            .spawn(move || write_all(w, items, watch))
            .map_err(|e| Error::io(path, e))?;
        Ok(WriteBehind {
            to_thread: Some(to_thread),
            thread: Some(thread),
        })
    }

    /// Hands one tensor to the thread (never waits). Its buffer is dropped there once written.
    pub(super) fn send(&mut self, name: &str, ty: &TensorType, contents: Contents) -> Result<()> {
        let sent =
            (self.to_thread.as_ref()).map(|tx| tx.send((name.to_string(), ty.clone(), contents)));
        match sent {
            Some(Ok(())) => Ok(()),
            // The thread stopped: its error says why.
            _ => Err(self.join().err().unwrap_or_else(stopped)),
        }
    }

    /// Waits for every tensor to be written (the wait added to `timings` as writing), then
    /// syncs the file and renames it into place, and warns about watched parameters.
    pub(super) fn finish(mut self, timings: &mut Timings) -> Result<()> {
        let (w, watch) = timings.time(WRITE, || self.join())?;
        timings.time(SYNC, || w.finish())?;
        watch.warn();
        Ok(())
    }

    fn join(&mut self) -> Result<(TensorStreamWriter, Watch)> {
        drop(self.to_thread.take());
        let thread = self.thread.take().ok_or_else(stopped)?;
        thread.join().map_err(|_| stopped())?
    }
}

impl Drop for WriteBehind {
    fn drop(&mut self) {
        // Unfinished (the step failed): the writer is dropped in its thread, which removes the
        // partial file; the old output stays.
        let _ = self.join();
    }
}

fn stopped() -> Error {
    Error::Config("the output's writing thread stopped".into())
}

/// The thread: each tensor read in place (downloaded where its memory is not the host's),
/// compared if watched, written at its place, then its buffer dropped.
fn write_all(
    mut w: TensorStreamWriter,
    items: Receiver<Item>,
    mut watch: Watch,
) -> Result<(TensorStreamWriter, Watch)> {
    let mut untimed = Timings::new();
    for (name, ty, contents) in items {
        let contents = contents.on_host(&mut untimed)?;
        let bytes = contents.bytes()?;
        watch.see(&name, bytes);
        w.write_placed(&name, &ty, bytes)?;
    }
    Ok((w, watch))
}
