//! Reading and writing safetensors files: named host tensors plus string metadata. Writes are
//! atomic (temporary file, fsync, rename) so a crash never leaves a torn file behind.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::Path;

use safetensors::tensor::{Dtype, SafeTensors, View};

use crate::error::{Error, Result};
use crate::graph::{DType, TensorType};
use crate::tensor::HostTensor;

/// The contents of a safetensors file, in name order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TensorFile {
    pub tensors: BTreeMap<String, HostTensor>,
    pub metadata: BTreeMap<String, String>,
}

fn to_dtype(d: Dtype) -> Option<DType> {
    Some(match d {
        Dtype::F32 => DType::F32,
        Dtype::BF16 => DType::BF16,
        Dtype::F16 => DType::F16,
        Dtype::F64 => DType::F64,
        Dtype::I32 => DType::I32,
        Dtype::I64 => DType::I64,
        Dtype::BOOL => DType::Pred,
        _ => return None,
    })
}

fn from_dtype(d: DType) -> Dtype {
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

struct ViewOf<'a>(&'a HostTensor);

impl View for ViewOf<'_> {
    fn dtype(&self) -> Dtype {
        from_dtype(self.0.dtype())
    }
    fn shape(&self) -> &[usize] {
        self.0.shape()
    }
    fn data(&self) -> Cow<'_, [u8]> {
        Cow::Borrowed(self.0.bytes())
    }
    fn data_len(&self) -> usize {
        self.0.bytes().len()
    }
}

impl TensorFile {
    /// Reads a safetensors file; an unreadable, truncated or unsupported file is an error naming it.
    pub fn read(path: &Path) -> Result<TensorFile> {
        let bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
        let bad = |msg: String| {
            Error::Config(format!(
                "{}: not a valid safetensors file: {msg}",
                path.display()
            ))
        };
        let st = SafeTensors::deserialize(&bytes).map_err(|e| bad(e.to_string()))?;
        let (_, meta) = SafeTensors::read_metadata(&bytes).map_err(|e| bad(e.to_string()))?;
        let mut tensors = BTreeMap::new();
        for (name, view) in st.tensors() {
            let Some(dtype) = to_dtype(view.dtype()) else {
                return Err(Error::dtype(
                    "read safetensors",
                    format!(
                        "{}: tensor `{name}` has unsupported dtype {:?}",
                        path.display(),
                        view.dtype()
                    ),
                ));
            };
            let ty = TensorType::new(dtype, view.shape().to_vec());
            tensors.insert(name, HostTensor::from_bytes(ty, view.data().to_vec())?);
        }
        let metadata = meta
            .metadata()
            .clone()
            .unwrap_or_default()
            .into_iter()
            .collect();
        Ok(TensorFile { tensors, metadata })
    }

    /// Every tensor as a safetensors view, in name order.
    fn views(&self) -> impl Iterator<Item = (&str, ViewOf<'_>)> {
        self.tensors.iter().map(|(n, t)| (n.as_str(), ViewOf(t)))
    }

    /// The header's `__metadata__` (absent when empty).
    fn header_metadata(&self) -> Option<HashMap<String, String>> {
        let meta: HashMap<String, String> = self.metadata.clone().into_iter().collect();
        (!meta.is_empty()).then_some(meta)
    }

    /// The serialized bytes.
    pub fn to_bytes(&self) -> Result<Vec<u8>> {
        safetensors::serialize(self.views(), self.header_metadata())
            .map_err(|e| Error::Config(format!("cannot serialize safetensors: {e}")))
    }

    /// Writes to `path` (created or truncated) tensor by tensor through a buffer, without
    /// building the whole file in memory, and fsyncs it. Not atomic: write a temporary file and
    /// rename it (as the sharded writer does).
    pub fn write_streaming(&self, path: &Path) -> Result<()> {
        safetensors::serialize_to_file(self.views(), self.header_metadata(), path).map_err(
            |e| Error::Config(format!("cannot write safetensors {}: {e}", path.display())),
        )?;
        fs::File::open(path)
            .and_then(|f| f.sync_all())
            .map_err(|e| Error::io(path, e))
    }

    /// Writes atomically: a temporary file beside `path`, fsync, rename over `path`.
    pub fn write_atomic(&self, path: &Path) -> Result<()> {
        write_atomic(path, &self.to_bytes()?)
    }
}

/// Writes `bytes` to `path` through a temporary sibling file (unique per process and call), fsync
/// and rename, so readers see the old file or the new one, never a torn one.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    crate::cache::write_file_atomic(path, &[bytes])
}
