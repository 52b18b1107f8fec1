//! A step's results, still on the device: downloaded and written one tensor at a time, each
//! device buffer freed as soon as its bytes are on the host, so a step over a large checkpoint
//! never holds its results twice.

use std::collections::BTreeMap;
use std::path::Path;

use super::{DOWNLOAD, EMA, MASTER, SYNC, WRITE};
use crate::io::tensor_file::TensorFile;
use crate::io::tensor_stream::{storage_cmp, TensorStreamWriter};
use crate::jobs::timings::Timings;
use crate::runtime::{Held, Optimizer};
use crate::types::{DType, Error, HostTensor, Result, TensorType};

/// The results of [`StepInput::execute`](super::StepInput::execute): every parameter and its
/// state after the update, named as the step contract names them, and the output metadata.
pub struct StepOutput {
    opt: Optimizer,
    metadata: BTreeMap<String, String>,
    /// Every output tensor in storage order, with where it is: in the optimizer, or (frozen
    /// tensors) on the host.
    layout: Vec<(String, TensorType, Source)>,
    /// Low-precision parameters updated in place, before the step: compared with their results
    /// as they are written, to say how many elements the rounding left unchanged.
    watched: BTreeMap<String, HostTensor>,
}

/// An output tensor's contents, as [`StepOutput::drain_bytes`] hands them out.
enum Contents<'a> {
    /// The device buffer's own memory, read in place.
    InPlace(&'a [u8]),
    /// A host tensor: downloaded, or copied through.
    Host(HostTensor),
}

impl Contents<'_> {
    fn bytes(&self) -> &[u8] {
        match self {
            Contents::InPlace(b) => b,
            Contents::Host(t) => t.bytes(),
        }
    }
}

/// Where an output tensor is.
enum Source {
    /// In the optimizer: parameter `i`'s `Held` tensor.
    Device(usize, Held),
    /// Copied through unchanged.
    Host(HostTensor),
}

impl StepOutput {
    pub(super) fn new(
        opt: Optimizer,
        metadata: BTreeMap<String, String>,
        frozen: BTreeMap<String, HostTensor>,
    ) -> Self {
        let ema = opt.config().extras.ema_momentum.is_some();
        let mut layout = Vec::new();
        for i in 0..opt.len() {
            let spec = opt.spec(i);
            let name = &spec.name;
            layout.push((
                name.clone(),
                spec.ty.clone(),
                Source::Device(i, Held::Value),
            ));
            for (k, kind) in opt.state_names(i).iter().enumerate() {
                layout.push((
                    format!("{name}.{kind}"),
                    opt.state_type_at(i, k),
                    Source::Device(i, Held::State(k)),
                ));
            }
            if ema {
                let ty = spec.ty.clone();
                layout.push((format!("{name}.{EMA}"), ty, Source::Device(i, Held::Ema)));
            }
            if opt.has_master(i) {
                let f32 = TensorType::new(DType::F32, spec.ty.shape.clone());
                layout.push((
                    format!("{name}.{MASTER}"),
                    f32,
                    Source::Device(i, Held::Master),
                ));
            }
        }
        for (name, t) in frozen {
            layout.push((name, t.ty().clone(), Source::Host(t)));
        }
        layout.sort_by(|a, b| storage_cmp((&a.0, &a.1), (&b.0, &b.1)));
        StepOutput {
            opt,
            metadata,
            layout,
            watched: BTreeMap::new(),
        }
    }

    /// Compares these parameters (their values before the step) with their results while
    /// draining, and warns once about the elements the update left unchanged.
    pub(super) fn watching(mut self, before: BTreeMap<String, HostTensor>) -> Self {
        self.watched = before;
        self
    }

    /// The output metadata (the input's, with `step` incremented).
    pub fn metadata(&self) -> &BTreeMap<String, String> {
        &self.metadata
    }

    /// Every output tensor's name and type, in the order [`StepOutput::drain`] yields them.
    pub fn layout(&self) -> Vec<(String, TensorType)> {
        self.layout
            .iter()
            .map(|(n, ty, ..)| (n.clone(), ty.clone()))
            .collect()
    }

    /// Number of parameters stepped.
    pub fn params(&self) -> usize {
        self.opt.len()
    }

    /// Downloads every output tensor in layout order and hands it to `sink`; each device buffer
    /// is freed once downloaded, before the next is read.
    pub fn drain(self, sink: impl FnMut(&str, HostTensor) -> Result<()>) -> Result<()> {
        self.drain_timed(sink, &mut Timings::new())
    }

    /// [`StepOutput::drain`], adding the downloads' time and the sink's to `timings`.
    pub fn drain_timed(
        self,
        mut sink: impl FnMut(&str, HostTensor) -> Result<()>,
        timings: &mut Timings,
    ) -> Result<()> {
        self.drain_bytes(
            |name, ty, contents| {
                let host = match contents {
                    Contents::Host(t) => t,
                    Contents::InPlace(b) => HostTensor::from_bytes(ty.clone(), b.to_vec())?,
                };
                sink(name, host)
            },
            timings,
        )
    }

    /// Hands every output tensor in layout order to `sink`, with its type: read in place from
    /// the buffer where its memory is host memory (the CPU plugin; no download copy),
    /// downloaded otherwise. Each device buffer is freed once `sink` returns, before the next
    /// is read.
    fn drain_bytes(
        mut self,
        mut sink: impl FnMut(&str, &TensorType, Contents<'_>) -> Result<()>,
        timings: &mut Timings,
    ) -> Result<()> {
        let mut unchanged = Vec::new();
        for (name, ty, source) in std::mem::take(&mut self.layout) {
            let (i, which) = match source {
                Source::Host(t) => {
                    timings.time(WRITE, || sink(&name, &ty, Contents::Host(t)))?;
                    continue;
                }
                Source::Device(i, which) => (i, which),
            };
            let buffer = self.opt.take_buffer(i, which)?.ok_or_else(|| {
                Error::Config(format!(
                    "`{name}` has no value on the device after the step"
                ))
            })?;
            let mut watch = |bytes: &[u8]| {
                if let Some(before) = self.watched.remove(&name) {
                    unchanged.extend(unchanged_elements(&name, &before, bytes));
                }
            };
            match buffer.host_bytes()? {
                Some(bytes) => {
                    watch(bytes);
                    timings.time(WRITE, || sink(&name, &ty, Contents::InPlace(bytes)))?;
                }
                None => {
                    let host = timings.time(DOWNLOAD, || buffer.to_host())?;
                    watch(host.bytes());
                    timings.time(WRITE, || sink(&name, &ty, Contents::Host(host)))?;
                }
            }
            drop(buffer);
        }
        warn_unchanged(&unchanged);
        Ok(())
    }

    /// Downloads everything into one in-memory file.
    pub fn into_file(self) -> Result<TensorFile> {
        let mut file = TensorFile {
            tensors: BTreeMap::new(),
            metadata: self.metadata.clone(),
        };
        self.drain(|name, t| {
            file.tensors.insert(name.to_string(), t);
            Ok(())
        })?;
        Ok(file)
    }

    /// Streams the results to `w`, which must have been created with this output's
    /// [`StepOutput::layout`], and finishes it.
    pub fn write_to(self, mut w: TensorStreamWriter) -> Result<()> {
        self.drain(|name, t| w.write(name, &t))?;
        w.finish()
    }

    /// Streams the results into the safetensors file `path`, atomically (a temporary sibling
    /// renamed into place once complete).
    pub fn write_atomic(self, path: &Path) -> Result<()> {
        self.write_atomic_timed(path, &mut Timings::new())
    }

    /// [`StepOutput::write_atomic`], adding the downloads', the writes' and the final sync's
    /// time to `timings`. A large output is written around the page cache
    /// ([`crate::io::direct`]).
    pub fn write_atomic_timed(self, path: &Path, timings: &mut Timings) -> Result<()> {
        let mut w = timings.time(WRITE, || {
            TensorStreamWriter::create_atomic(path, self.layout(), &self.metadata)
        })?;
        self.drain_bytes(
            |name, ty, contents| w.write_bytes(name, ty, contents.bytes()),
            timings,
        )?;
        timings.time(SYNC, || w.finish())
    }
}

/// `NAME k of n` when `k` > 0 of the 16-bit elements of `before` equal `after`'s.
fn unchanged_elements(name: &str, before: &HostTensor, after: &[u8]) -> Option<String> {
    let same = (before.bytes().chunks(2).zip(after.chunks(2)))
        .filter(|(a, b)| a == b)
        .count();
    (same > 0).then(|| format!("{name} {same} of {}", before.ty().num_elements()))
}

fn warn_unchanged(unchanged: &[String]) {
    if !unchanged.is_empty() {
        eprintln!(
            "muon-xla: warning: bf16/f16 parameters updated in place lost updates to rounding \
             (elements unchanged by this step: {}); keep f32 master weights with \
             --master-weights",
            unchanged.join(", ")
        );
    }
}
