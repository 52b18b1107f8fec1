//! A step's results, still on the device: downloaded and written one tensor at a time, each
//! device buffer freed as soon as its bytes are on the host, so a step over a large checkpoint
//! never holds its results twice.

use std::collections::BTreeMap;
use std::path::Path;

use super::{DOWNLOAD, EMA, MASTER, SYNC, WRITE};
use crate::io::tensor_file::TensorFile;
use crate::io::tensor_stream::{storage_cmp, TensorStreamWriter};
use crate::jobs::timings::Timings;
use crate::pjrt::Buffer;
use crate::runtime::{Held, Optimizer};
use crate::types::{DType, Error, HostTensor, Result, TensorType};

/// The results of [`StepInput::execute`](super::StepInput::execute): every parameter and its
/// state after the update, named as the step contract names them, and the output metadata.
pub struct StepOutput {
    pub(super) opt: Optimizer,
    pub(super) rest: Drain,
}

/// The output tensors not handed out yet, and what the output's readers need besides.
pub(super) struct Drain {
    metadata: BTreeMap<String, String>,
    /// Every output tensor not handed out yet, in storage order, with where it is: in the
    /// optimizer, or (frozen tensors) on the host.
    layout: Vec<(String, TensorType, Source)>,
    /// How many were handed out so far.
    handed_out: usize,
    pub(super) watch: Watch,
}

/// Which output tensors [`Drain::hand_out`] hands out.
pub(super) enum Pick<'a> {
    /// The ones kept on the host (frozen tensors, copied through).
    Host,
    /// The parameters with these indices, and their state.
    Members(&'a [usize]),
    All,
}

/// An output tensor handed out: its device buffer, or a host tensor.
pub(super) enum Contents {
    Device(Buffer),
    Host(HostTensor),
}

impl Contents {
    /// These contents where the host can read them: a device buffer whose memory is host memory
    /// (the CPU plugin) as it is, any other downloaded (its time added to `timings`).
    pub(super) fn on_host(self, timings: &mut Timings) -> Result<Contents> {
        Ok(match self {
            Contents::Device(b) if b.host_bytes()?.is_none() => {
                Contents::Host(timings.time(DOWNLOAD, || b.to_host())?)
            }
            other => other,
        })
    }

    /// The tensor's dense bytes, read in place (after [`Contents::on_host`]).
    pub(super) fn bytes(&self) -> Result<&[u8]> {
        match self {
            Contents::Host(t) => Ok(t.bytes()),
            Contents::Device(b) => b.host_bytes()?.ok_or_else(|| {
                Error::Internal("an output buffer read before it was brought to the host".into())
            }),
        }
    }
}

/// Low-precision parameters updated in place, before the step: compared with their results as
/// they are written, to say how many elements the rounding left unchanged.
#[derive(Default)]
pub(super) struct Watch {
    before: BTreeMap<String, HostTensor>,
    unchanged: Vec<String>,
}

impl Watch {
    /// Compares `name`'s result with its value before the step, if it is watched.
    pub(super) fn see(&mut self, name: &str, after: &[u8]) {
        if let Some(before) = self.before.remove(name) {
            self.unchanged
                .extend(unchanged_elements(name, &before, after));
        }
    }

    /// Warns once about every watched parameter the rounding left partly unchanged.
    pub(super) fn warn(&self) {
        warn_unchanged(&self.unchanged);
    }
}

/// Where an output tensor is.
enum Source {
    /// In the optimizer: parameter `i`'s `Held` tensor.
    Device(usize, Held),
    /// Copied through unchanged.
    Host(HostTensor),
}

impl Drain {
    /// Hands the `pick`ed tensors to `sink` in storage order, each device buffer taken out of
    /// `opt` (a stack's memory is freed once every row of it was handed out and dropped).
    pub(super) fn hand_out(
        &mut self,
        opt: &mut Optimizer,
        pick: Pick<'_>,
        sink: &mut dyn FnMut(&str, &TensorType, Contents) -> Result<()>,
    ) -> Result<()> {
        let picked = |source: &Source| match (&pick, source) {
            (Pick::All, _) | (Pick::Host, Source::Host(_)) => true,
            (Pick::Members(m), Source::Device(i, _)) => m.contains(i),
            _ => false,
        };
        let (now, later) = (std::mem::take(&mut self.layout).into_iter())
            .partition::<Vec<_>, _>(|(_, _, source)| picked(source));
        self.layout = later;
        for (name, ty, source) in now {
            let contents = match source {
                Source::Host(t) => Contents::Host(t),
                Source::Device(i, which) => {
                    Contents::Device(opt.take_buffer(i, which)?.ok_or_else(|| {
                        Error::Config(format!(
                            "`{name}` has no value on the device after the step"
                        ))
                    })?)
                }
            };
            self.handed_out += 1;
            sink(&name, &ty, contents)?;
        }
        Ok(())
    }

    /// How many tensors were handed out so far.
    pub(super) fn handed_out(&self) -> usize {
        self.handed_out
    }

    /// The output metadata.
    pub(super) fn metadata(&self) -> &BTreeMap<String, String> {
        &self.metadata
    }

    /// The tensors not handed out yet, with their types, in storage order.
    pub(super) fn layout(&self) -> Vec<(String, TensorType)> {
        (self.layout.iter())
            .map(|(n, ty, ..)| (n.clone(), ty.clone()))
            .collect()
    }
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
            rest: Drain {
                metadata,
                layout,
                handed_out: 0,
                watch: Watch::default(),
            },
        }
    }

    /// Compares these parameters (their values before the step) with their results while
    /// draining, and warns once about the elements the update left unchanged.
    pub(super) fn watching(mut self, before: BTreeMap<String, HostTensor>) -> Self {
        self.rest.watch.before = before;
        self
    }

    /// The output metadata (the input's, with `step` incremented).
    pub fn metadata(&self) -> &BTreeMap<String, String> {
        self.rest.metadata()
    }

    /// Every output tensor's name and type, in the order [`StepOutput::drain`] yields them.
    pub fn layout(&self) -> Vec<(String, TensorType)> {
        self.rest.layout()
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
            |name, ty, contents, timings| {
                let host = match contents {
                    Contents::Host(t) => t,
                    device => HostTensor::from_bytes(ty.clone(), device.bytes()?.to_vec())?,
                };
                timings.time(WRITE, || sink(name, host))
            },
            timings,
        )
    }

    /// Hands every output tensor in layout order to `sink`, with its type; each device buffer
    /// is freed once `sink` returns, before the next is read. Watched parameters are compared
    /// on the way.
    fn drain_bytes(
        self,
        mut sink: impl FnMut(&str, &TensorType, Contents, &mut Timings) -> Result<()>,
        timings: &mut Timings,
    ) -> Result<()> {
        let StepOutput { mut opt, mut rest } = self;
        let mut watch = std::mem::take(&mut rest.watch);
        rest.hand_out(&mut opt, Pick::All, &mut |name, ty, contents| {
            let contents = contents.on_host(timings)?;
            watch.see(name, contents.bytes()?);
            sink(name, ty, contents, timings)
        })?;
        watch.warn();
        Ok(())
    }

    /// Downloads everything into one in-memory file.
    pub fn into_file(self) -> Result<TensorFile> {
        let mut file = TensorFile {
            tensors: BTreeMap::new(),
            metadata: self.metadata().clone(),
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
            TensorStreamWriter::create_atomic(path, self.layout(), self.metadata())
        })?;
        self.drain_bytes(
            |name, ty, contents, timings| {
                timings.time(WRITE, || w.write_bytes(name, ty, contents.bytes()?))
            },
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
