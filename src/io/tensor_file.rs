//! Reading and writing safetensors files: named host tensors plus string metadata. Writes are
//! atomic (temporary file, fsync, rename) so a crash never leaves a torn file behind.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;
use std::sync::Arc;

use serde::Deserialize;

use crate::io::mapped::Mapped;
use crate::io::tensor_stream::{storage_order, TensorStreamWriter};
use crate::types::{DType, Error, HostTensor, Result, SharedBytes, TensorType};

/// The contents of a safetensors file, in name order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TensorFile {
    pub tensors: BTreeMap<String, HostTensor>,
    pub metadata: BTreeMap<String, String>,
}

impl TensorFile {
    /// Reads a safetensors file; an unreadable, truncated or unsupported file is an error naming it.
    /// Tensors are read one by one from their offsets, so memory holds each byte once.
    pub fn read(path: &Path) -> Result<TensorFile> {
        let header = read_header(path, "file")?;
        let mut f = File::open(path).map_err(|e| Error::io(path, e))?;
        let mut tensors = BTreeMap::new();
        for (name, at) in header.tensors {
            tensors.insert(name, at.read_from(&mut f, path)?);
        }
        Ok(TensorFile {
            tensors,
            metadata: header.metadata,
        })
    }

    /// [`TensorFile::read`] without copying the tensors: the file is mapped read-only and every
    /// tensor reads its bytes in place (see [`crate::io::mapped`]); where a file cannot be mapped
    /// it is read. For large files read once, e.g. a step's input.
    pub fn map(path: &Path) -> Result<TensorFile> {
        let header = read_header(path, "file")?;
        let f = File::open(path).map_err(|e| Error::io(path, e))?;
        let Some(mapped) = Mapped::map(&f, path)? else {
            return TensorFile::read(path);
        };
        let owner: SharedBytes = Arc::new(mapped);
        let mut tensors = BTreeMap::new();
        for (name, at) in header.tensors {
            let start = usize::try_from(at.start).unwrap_or(usize::MAX);
            let t = HostTensor::from_shared(at.ty, owner.clone(), start).map_err(|e| {
                Error::Config(format!(
                    "{}: `{name}` lies past the end of the file (it changed while being read?): \
                     {e}",
                    path.display()
                ))
            })?;
            tensors.insert(name, t);
        }
        Ok(TensorFile {
            tensors,
            metadata: header.metadata,
        })
    }

    /// The serialized bytes: the header (metadata keys sorted), then every tensor in storage
    /// order; equal files give equal bytes.
    pub fn to_bytes(&self) -> Result<Vec<u8>> {
        let layout = self.layout();
        let mut bytes = crate::io::tensor_stream::header(&layout, &self.metadata)?;
        for (name, _) in &layout {
            bytes.extend_from_slice(self.tensors[name].bytes());
        }
        Ok(bytes)
    }

    /// Every tensor's name and type in the order a safetensors file stores them
    /// ([`storage_order`]): the layout a [`TensorStreamWriter`] for this file takes.
    pub fn layout(&self) -> Vec<(String, TensorType)> {
        let mut layout: Vec<(String, TensorType)> = self
            .tensors
            .iter()
            .map(|(n, t)| (n.clone(), t.ty().clone()))
            .collect();
        storage_order(&mut layout);
        layout
    }

    /// Writes to `path` (created or truncated) tensor by tensor through a buffer, without
    /// building the whole file in memory, and fsyncs it. Not atomic: write a temporary file and
    /// rename it (as the sharded writer does).
    pub fn write_streaming(&self, path: &Path) -> Result<()> {
        TensorStreamWriter::create(path, self.layout(), &self.metadata)?.write_all(&self.tensors)
    }

    /// Writes atomically, tensor by tensor: a temporary `.NAME.partial-PID` beside `path`, fsync,
    /// rename over `path` (readers see the old file or the new one). Partial files that killed
    /// writers left beside `path` are removed first.
    pub fn write_atomic(&self, path: &Path) -> Result<()> {
        TensorStreamWriter::create_atomic(path, self.layout(), &self.metadata)?
            .write_all(&self.tensors)
    }
}

/// Writes `bytes` to `path` through a temporary sibling file (unique per process and call), fsync
/// and rename, so readers see the old file or the new one, never a torn one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    crate::io::atomic::write_file_atomic(path, &[bytes])
}

/// Where one tensor's bytes lie in a safetensors file.
#[derive(Debug, Clone)]
pub(crate) struct Located {
    pub ty: TensorType,
    /// Absolute byte offset in the file.
    pub start: u64,
}

impl Located {
    /// Reads the tensor's bytes from `f` (the file at `path`).
    pub fn read_from(&self, f: &mut File, path: &Path) -> Result<HostTensor> {
        f.seek(SeekFrom::Start(self.start))
            .map_err(|e| Error::io(path, e))?;
        let mut bytes = vec![0u8; self.ty.size_bytes()];
        f.read_exact(&mut bytes).map_err(|e| Error::io(path, e))?;
        HostTensor::from_bytes(self.ty.clone(), bytes)
    }
}

/// A safetensors file's header: every tensor's type and place, and the `__metadata__`.
#[derive(Debug, Clone, Default)]
pub(crate) struct Header {
    pub tensors: BTreeMap<String, Located>,
    pub metadata: BTreeMap<String, String>,
}

#[derive(Deserialize)]
struct TensorInfo {
    dtype: String,
    shape: Vec<usize>,
    data_offsets: [u64; 2],
}

fn dtype_named(s: &str) -> Option<DType> {
    Some(match s {
        "F32" => DType::F32,
        "BF16" => DType::BF16,
        "F16" => DType::F16,
        "F64" => DType::F64,
        "I32" => DType::I32,
        "I64" => DType::I64,
        "BOOL" => DType::Pred,
        _ => return None,
    })
}

/// Reads and checks the header of the safetensors `what` (for messages: "file", "shard") at
/// `path`, without reading any tensor data: every tensor's dtype must be supported and its byte
/// range must fit its type and the file.
pub(crate) fn read_header(path: &Path, what: &str) -> Result<Header> {
    let bad = |msg: String| {
        Error::Config(format!(
            "{}: not a valid safetensors {what}: {msg}",
            path.display()
        ))
    };
    let mut f = File::open(path).map_err(|e| Error::io(path, e))?;
    let file_len = f.metadata().map_err(|e| Error::io(path, e))?.len();
    let mut n = [0u8; 8];
    f.read_exact(&mut n).map_err(|e| bad(e.to_string()))?;
    let n = u64::from_le_bytes(n);
    if n > 100_000_000 || 8 + n > file_len {
        return Err(bad(format!("header length {n} does not fit the file")));
    }
    let mut text = vec![0u8; n as usize];
    f.read_exact(&mut text).map_err(|e| bad(e.to_string()))?;
    let mut raw: BTreeMap<String, serde_json::Value> =
        serde_json::from_slice(&text).map_err(|e| bad(e.to_string()))?;
    let metadata = match raw.remove("__metadata__") {
        None | Some(serde_json::Value::Null) => BTreeMap::new(),
        Some(m) => serde_json::from_value(m)
            .map_err(|e| bad(format!("`__metadata__` must map strings to strings: {e}")))?,
    };
    let data = 8 + n;
    let mut tensors = BTreeMap::new();
    for (name, v) in raw {
        let info: TensorInfo =
            serde_json::from_value(v).map_err(|e| bad(format!("tensor `{name}`: {e}")))?;
        let dtype = dtype_named(&info.dtype).ok_or_else(|| {
            Error::dtype(
                "read safetensors",
                format!(
                    "{}: tensor `{name}` has unsupported dtype {}",
                    path.display(),
                    info.dtype
                ),
            )
        })?;
        let ty = TensorType::new(dtype, info.shape);
        let [a, b] = info.data_offsets;
        if b < a || data + b > file_len || b - a != ty.size_bytes() as u64 {
            return Err(bad(format!(
                "tensor `{name}` ({ty}) has data offsets [{a}, {b}] that do not fit"
            )));
        }
        tensors.insert(
            name,
            Located {
                ty,
                start: data + a,
            },
        );
    }
    Ok(Header { tensors, metadata })
}
