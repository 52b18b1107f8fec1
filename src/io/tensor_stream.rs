//! Writing a safetensors file one tensor at a time, when the tensors do not all fit in memory at
//! once: the header (names, types, offsets) is known up front and written first, then each
//! tensor's bytes as it arrives. A step streams its results this way, downloading and freeing
//! one device buffer at a time.

use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap};
use std::fs::{self, File};
use std::io::{BufWriter, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use safetensors::tensor::{Dtype, TensorInfo};

use crate::io::atomic::{partial_name, sweep_stale_partials};
use crate::io::direct::{DirectWriter, DIRECT_MIN_BYTES};
use crate::types::{DType, Error, HostTensor, Result, TensorType};

/// The safetensors dtype of `d`.
pub(crate) fn safetensors_dtype(d: DType) -> Dtype {
    match d {
        DType::F32 => Dtype::F32,
        DType::BF16 => Dtype::BF16,
        DType::F16 => Dtype::F16,
        DType::F64 => Dtype::F64,
        DType::I32 => Dtype::I32,
        DType::I64 => Dtype::I64,
        DType::Pred => Dtype::BOOL,
    }
}

/// A safetensors file being written tensor by tensor: in the order of its layout
/// ([`TensorStreamWriter::write`]), or each at its place as it becomes ready
/// ([`TensorStreamWriter::write_placed`]).
pub struct TensorStreamWriter {
    /// Absent once finished; a writer dropped unfinished removes its partial file.
    out: Option<Sink>,
    /// Where the bytes go while writing.
    path: PathBuf,
    /// Where a finished file is renamed to (absent: it stays at `path`).
    commit_to: Option<PathBuf>,
    /// Every tensor of the layout, in order, with where its bytes go.
    layout: Vec<Placed>,
    by_name: HashMap<String, usize>,
    /// The first tensor not written yet: the one [`TensorStreamWriter::write`] expects.
    next: usize,
    written: u64,
}

/// A tensor of the layout: its name and type, its file offset, and whether it was written.
struct Placed {
    tensor: (String, TensorType),
    at: u64,
    done: bool,
}

/// The order tensors are stored in: by descending dtype (the `safetensors` crate's order, which
/// puts wider elements first so every tensor's data stays aligned to its element size), then by
/// name. A file streamed in this order has the crate's own layout.
pub fn storage_cmp(a: (&str, &TensorType), b: (&str, &TensorType)) -> Ordering {
    let dtype = |ty: &TensorType| safetensors_dtype(ty.dtype);
    dtype(b.1).cmp(&dtype(a.1)).then(a.0.cmp(b.0))
}

/// Sorts `layout` into [`storage_cmp`] order.
pub fn storage_order(layout: &mut [(String, TensorType)]) {
    layout.sort_by(|a, b| storage_cmp((&a.0, &a.1), (&b.0, &b.1)));
}

/// The safetensors header of a file storing `layout` in that order, with `metadata`.
///
/// Written by hand rather than through the `safetensors` crate's `Metadata`, whose metadata map is
/// a `HashMap`: its keys came out in a different order from run to run, so equal inputs gave
/// different files. Here `__metadata__` comes first with its keys sorted, then the tensors in
/// storage order, so equal inputs give byte-identical files.
pub(crate) fn header(
    layout: &[(String, TensorType)],
    metadata: &BTreeMap<String, String>,
) -> Result<Vec<u8>> {
    let json_err =
        |e: serde_json::Error| Error::Config(format!("cannot build a safetensors header: {e}"));
    let mut json = Vec::with_capacity(64 + 96 * layout.len());
    json.push(b'{');
    let mut first = true;
    let mut key = |json: &mut Vec<u8>, k: &str| -> Result<()> {
        if !std::mem::take(&mut first) {
            json.push(b',');
        }
        serde_json::to_writer(&mut *json, k).map_err(json_err)?;
        json.push(b':');
        Ok(())
    };
    if !metadata.is_empty() {
        key(&mut json, "__metadata__")?;
        serde_json::to_writer(&mut json, metadata).map_err(json_err)?;
    }
    let mut offset = 0;
    for (name, ty) in layout {
        if name == "__metadata__" {
            return Err(Error::Config(
                "a tensor may not be named `__metadata__` (safetensors reserves the key)".into(),
            ));
        }
        let n = ty.size_bytes();
        key(&mut json, name)?;
        let info = TensorInfo {
            dtype: safetensors_dtype(ty.dtype),
            shape: ty.shape.clone(),
            data_offsets: (offset, offset + n),
        };
        serde_json::to_writer(&mut json, &info).map_err(json_err)?;
        offset += n;
    }
    json.push(b'}');
    // The format pads the header with spaces to a multiple of 8 bytes.
    json.resize(json.len().next_multiple_of(8), b' ');
    let mut bytes = (json.len() as u64).to_le_bytes().to_vec();
    bytes.extend_from_slice(&json);
    Ok(bytes)
}

impl TensorStreamWriter {
    /// Starts `path` (created or truncated) for the tensors of `layout`, stored in that order.
    pub fn create(
        path: &Path,
        layout: Vec<(String, TensorType)>,
        metadata: &BTreeMap<String, String>,
    ) -> Result<Self> {
        let head = header(&layout, metadata)?;
        let data: u64 = layout.iter().map(|(_, ty)| ty.size_bytes() as u64).sum();
        let direct = if head.len() as u64 + data >= DIRECT_MIN_BYTES {
            DirectWriter::create(path).map_err(|e| Error::io(path, e))?
        } else {
            None
        };
        let mut out = match direct {
            Some(d) => Sink::Direct(d),
            None => {
                let file = File::create(path).map_err(|e| Error::io(path, e))?;
                Sink::Buffered(BufWriter::with_capacity(1 << 20, file), 0)
            }
        };
        out.write_at(0, &head).map_err(|e| Error::io(path, e))?;
        let mut at = head.len() as u64;
        let layout: Vec<Placed> = (layout.into_iter())
            .map(|tensor| {
                let placed = Placed {
                    at,
                    done: false,
                    tensor,
                };
                at += placed.tensor.1.size_bytes() as u64;
                placed
            })
            .collect();
        let by_name = (layout.iter().enumerate())
            .map(|(k, p)| (p.tensor.0.clone(), k))
            .collect();
        Ok(TensorStreamWriter {
            out: Some(out),
            path: path.to_path_buf(),
            commit_to: None,
            layout,
            by_name,
            next: 0,
            written: 0,
        })
    }

    /// Like [`TensorStreamWriter::create`], but writes a temporary sibling of `path` and
    /// renames it over `path` only when [`TensorStreamWriter::finish`] succeeds, so readers see
    /// the old file or the new one, never a torn one.
    pub fn create_atomic(
        path: &Path,
        layout: Vec<(String, TensorType)>,
        metadata: &BTreeMap<String, String>,
    ) -> Result<Self> {
        let dir = path.parent().filter(|d| !d.as_os_str().is_empty());
        let name = path
            .file_name()
            .ok_or_else(|| Error::Config(format!("{} is not a file path", path.display())))?;
        let name = name.to_string_lossy();
        sweep_stale_partials(dir.unwrap_or(Path::new(".")), &name);
        let tmp_name = partial_name(&name);
        let tmp = dir.map_or_else(|| PathBuf::from(&tmp_name), |d| d.join(&tmp_name));
        let mut w = TensorStreamWriter::create(&tmp, layout, metadata)?;
        w.commit_to = Some(path.to_path_buf());
        Ok(w)
    }

    /// Whether this file is written around the page cache (`O_DIRECT`, see
    /// [`crate::io::direct`]): a large file on a file system that allows it.
    pub fn is_direct(&self) -> bool {
        matches!(self.out, Some(Sink::Direct(_)))
    }

    /// The next tensor the layout expects, if any.
    pub fn next_expected(&self) -> Option<&(String, TensorType)> {
        self.layout.get(self.next).map(|p| &p.tensor)
    }

    /// Writes the next tensor; its name and type must be the layout's next ones.
    pub fn write(&mut self, name: &str, t: &HostTensor) -> Result<()> {
        self.write_bytes(name, t.ty(), t.bytes())
    }

    /// [`TensorStreamWriter::write`] of a tensor given as its type and dense bytes (e.g. a
    /// device buffer's memory read in place).
    pub fn write_bytes(&mut self, name: &str, ty: &TensorType, bytes: &[u8]) -> Result<()> {
        // The order is checked here; the type and size by `write_placed`.
        match self.next_expected() {
            Some((n, _)) if n == name => {}
            Some((n, want)) => {
                return Err(Error::Config(format!(
                    "{}: expected `{n}` ({want}) next, got `{name}` ({ty}, {} bytes)",
                    self.path.display(),
                    bytes.len()
                )))
            }
            None => {
                return Err(Error::Config(format!(
                    "{}: `{name}` is not in the file's layout (every tensor is written)",
                    self.path.display()
                )))
            }
        }
        self.write_placed(name, ty, bytes)
    }

    /// Writes tensor `name` of the layout at its place in the file, in any order (a step writes
    /// each shape group's results as the group finishes). Each tensor is written once.
    pub fn write_placed(&mut self, name: &str, ty: &TensorType, bytes: &[u8]) -> Result<()> {
        let path = self.path.display();
        let Some(&k) = self.by_name.get(name) else {
            return Err(Error::Config(format!(
                "{path}: `{name}` is not in the file's layout"
            )));
        };
        let placed = &self.layout[k];
        let want = &placed.tensor.1;
        if want != ty || bytes.len() != ty.size_bytes() {
            return Err(Error::Config(format!(
                "{path}: `{name}` is {want} in the file's layout, got {ty} ({} bytes)",
                bytes.len()
            )));
        }
        if placed.done {
            return Err(Error::Config(format!(
                "{path}: `{name}` was already written"
            )));
        }
        let Some(out) = self.out.as_mut() else {
            return Err(Error::Config(format!("{path}: already finished")));
        };
        out.write_at(placed.at, bytes)
            .map_err(|e| Error::io(&self.path, e))?;
        self.layout[k].done = true;
        while self.layout.get(self.next).is_some_and(|p| p.done) {
            self.next += 1;
        }
        self.written += bytes.len() as u64;
        Ok(())
    }

    /// Writes every tensor still expected from `tensors` (which must hold them all), then
    /// finishes.
    pub fn write_all(mut self, tensors: &BTreeMap<String, HostTensor>) -> Result<()> {
        while let Some((name, _)) = self.next_expected() {
            let name = name.clone();
            let t = tensors.get(&name).ok_or_else(|| {
                Error::Config(format!(
                    "{}: `{name}` is in the layout but not in the file being written",
                    self.path.display()
                ))
            })?;
            self.write(&name, t)?;
        }
        self.finish()
    }

    /// Bytes of tensor data written so far.
    pub fn data_bytes(&self) -> u64 {
        self.written
    }

    /// Checks that every tensor was written, flushes and fsyncs the file, and renames it into
    /// place when it was created with [`TensorStreamWriter::create_atomic`]. An unfinished file
    /// is removed.
    pub fn finish(mut self) -> Result<()> {
        if let Some((n, _)) = self.next_expected() {
            return Err(Error::Config(format!(
                "{}: {} tensors were never written (the first: `{n}`)",
                self.path.display(),
                self.layout.iter().filter(|p| !p.done).count()
            )));
        }
        let Some(out) = self.out.take() else {
            return Ok(());
        };
        let path = self.path.clone();
        let done = (out.into_file())
            .and_then(|file| file.sync_all())
            .map_err(|e| Error::io(&path, e));
        if let Err(e) = done {
            let _ = fs::remove_file(&path);
            return Err(e);
        }
        if let Some(target) = &self.commit_to {
            crate::io::replaced::hold(target);
            fs::rename(&path, target).map_err(|e| Error::io(target, e))?;
            // The rename itself is durable once the directory is.
            let dir = target.parent().filter(|d| !d.as_os_str().is_empty());
            if let Ok(d) = File::open(dir.unwrap_or(Path::new("."))) {
                let _ = d.sync_all();
            }
        }
        Ok(())
    }
}

impl Drop for TensorStreamWriter {
    fn drop(&mut self) {
        // Unfinished (an error midway): a torn file must not be left behind to be read later.
        if self.out.take().is_some() {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// Where a stream's bytes go: through the page cache, or around it for a large file
/// ([`crate::io::direct`]).
enum Sink {
    /// With the offset the next byte goes to.
    Buffered(BufWriter<File>, u64),
    Direct(DirectWriter),
}

impl Sink {
    fn write_at(&mut self, at: u64, bytes: &[u8]) -> std::io::Result<()> {
        match self {
            Sink::Buffered(w, pos) => {
                if *pos != at {
                    w.seek(SeekFrom::Start(at))?;
                }
                w.write_all(bytes)?;
                *pos = at + bytes.len() as u64;
                Ok(())
            }
            Sink::Direct(w) => w.write_at(at, bytes),
        }
    }

    /// Every byte handed to the file system; the file, for the caller's fsync.
    fn into_file(self) -> std::io::Result<File> {
        match self {
            Sink::Buffered(w, _) => w.into_inner().map_err(|e| e.into_error()),
            Sink::Direct(w) => w.finish(),
        }
    }
}
