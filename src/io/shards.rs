//! Hugging Face-style sharded safetensors: `NAME.safetensors.index.json` (`weight_map`: tensor
//! name → shard file, `metadata`) beside its shard files.
//!
//! Reading is lazy: [`ShardIndex::open`] reads only the index and each shard's header; a tensor's
//! bytes are read when asked for, so a step can walk a checkpoint shard by shard with peak host
//! memory near one shard plus its state. [`ShardWriter`] writes shards of a bounded size as tensors
//! arrive and the index last.

use std::collections::BTreeMap;
use std::fs::File;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::io::tensor_file::{read_header, Located, TensorFile};
use crate::io::tensor_stream::TensorStreamWriter;
use crate::types::{Error, HostTensor, Result, TensorType};

/// The file name suffix that marks a sharded checkpoint.
pub const INDEX_SUFFIX: &str = ".safetensors.index.json";

/// Whether `path` names a shard index (rather than a single safetensors file).
pub fn is_index(path: &Path) -> bool {
    path.to_string_lossy().ends_with(INDEX_SUFFIX)
}

#[derive(Deserialize)]
struct IndexJson {
    #[serde(default)]
    metadata: BTreeMap<String, serde_json::Value>,
    weight_map: BTreeMap<String, String>,
}

/// Where one tensor lies: its shard, and its place there.
#[derive(Debug, Clone)]
struct Entry {
    shard: String,
    at: Located,
}

/// An opened sharded checkpoint: the index and every shard's header, no tensor data.
#[derive(Debug, Clone)]
pub struct ShardIndex {
    dir: PathBuf,
    /// The index's `metadata` as strings (numbers are written in decimal), e.g. `step`.
    pub metadata: BTreeMap<String, String>,
    entries: BTreeMap<String, Entry>,
    /// Shard file names in first-seen (sorted) order.
    shards: Vec<String>,
}

impl ShardIndex {
    /// Opens `index` (a `*.safetensors.index.json`) and reads every shard's header. A tensor the
    /// index names but its shard lacks, a shard that does not exist, or a corrupt header is an
    /// error naming the file.
    pub fn open(index: &Path) -> Result<ShardIndex> {
        let text = std::fs::read_to_string(index).map_err(|e| Error::io(index, e))?;
        let json: IndexJson = serde_json::from_str(&text).map_err(|e| {
            Error::Config(format!(
                "{}: not a shard index (expected {{\"metadata\": {{..}}, \"weight_map\": {{name: file}}}}): {e}",
                index.display()
            ))
        })?;
        let dir = index.parent().map(Path::to_path_buf).unwrap_or_default();
        let metadata = json
            .metadata
            .into_iter()
            .map(|(k, v)| match v {
                serde_json::Value::String(s) => (k, s),
                other => (k, other.to_string()),
            })
            .collect();
        let mut shards: Vec<String> = json.weight_map.values().cloned().collect();
        shards.sort();
        shards.dedup();
        let mut entries = BTreeMap::new();
        for shard in &shards {
            if shard.contains('/') || shard.contains('\\') || shard.starts_with('.') {
                return Err(Error::Config(format!(
                    "{}: shard name `{shard}` must be a plain file name beside the index",
                    index.display()
                )));
            }
            let path = dir.join(shard);
            let header = read_header(&path, "shard")?;
            for (name, at) in header.tensors {
                if json.weight_map.get(&name) != Some(shard) {
                    continue; // not claimed by the index: ignored, as the Hugging Face loaders do
                }
                entries.insert(
                    name,
                    Entry {
                        shard: shard.clone(),
                        at,
                    },
                );
            }
        }
        let missing: Vec<String> = json
            .weight_map
            .iter()
            .filter(|(n, _)| !entries.contains_key(*n))
            .map(|(n, s)| format!("`{n}` (in {s})"))
            .collect();
        if !missing.is_empty() {
            return Err(Error::Config(format!(
                "{}: the index names tensors their shards lack: {}",
                index.display(),
                missing.join(", ")
            )));
        }
        Ok(ShardIndex {
            dir,
            metadata,
            entries,
            shards,
        })
    }

    /// Shard file names, sorted.
    pub fn shards(&self) -> &[String] {
        &self.shards
    }

    /// Every tensor name, sorted.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.entries.keys().map(String::as_str)
    }

    /// The shard holding `name`.
    pub fn shard_of(&self, name: &str) -> Option<&str> {
        self.entries.get(name).map(|e| e.shard.as_str())
    }

    /// The type of `name`.
    pub fn ty(&self, name: &str) -> Option<&TensorType> {
        self.entries.get(name).map(|e| &e.at.ty)
    }

    /// Reads one tensor's bytes from its shard.
    pub fn read(&self, name: &str) -> Result<HostTensor> {
        let e = self.entries.get(name).ok_or_else(|| {
            Error::Config(format!("no tensor `{name}` in the sharded checkpoint"))
        })?;
        let path = self.dir.join(&e.shard);
        let mut f = File::open(&path).map_err(|err| Error::io(&path, err))?;
        e.at.read_from(&mut f, &path)
    }

    /// Reads `names` into one [`TensorFile`] carrying the index metadata.
    pub fn read_some<'a>(&self, names: impl IntoIterator<Item = &'a str>) -> Result<TensorFile> {
        let mut f = TensorFile {
            tensors: BTreeMap::new(),
            metadata: self.metadata.clone(),
        };
        for n in names {
            f.tensors.insert(n.to_string(), self.read(n)?);
        }
        Ok(f)
    }

    /// Reads the whole checkpoint into memory (small checkpoints and tests).
    pub fn read_all(&self) -> Result<TensorFile> {
        let names: Vec<String> = self.entries.keys().cloned().collect();
        self.read_some(names.iter().map(String::as_str))
    }
}

/// Writes a sharded checkpoint: every shard goes to a hidden temporary file as it is complete;
/// [`ShardWriter::finish`] renames them into place and writes the index last (atomically), so a
/// crash midway leaves the previous checkpoint readable.
pub struct ShardWriter {
    index: PathBuf,
    dir: PathBuf,
    written: Vec<(PathBuf, PathBuf)>,
    weight_map: BTreeMap<String, String>,
    total: u64,
}

impl ShardWriter {
    /// A writer for the index `index` (its name must end in `.safetensors.index.json`).
    pub fn new(index: &Path) -> Result<ShardWriter> {
        if !is_index(index) {
            return Err(Error::Config(format!(
                "{}: a sharded checkpoint's index must be named `*{INDEX_SUFFIX}`",
                index.display()
            )));
        }
        let dir = match index.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        Ok(ShardWriter {
            index: index.to_path_buf(),
            dir,
            written: Vec::new(),
            weight_map: BTreeMap::new(),
            total: 0,
        })
    }

    /// Writes one shard (to a temporary file until [`ShardWriter::finish`]).
    pub fn write_shard(&mut self, shard: &str, file: &TensorFile) -> Result<()> {
        self.stream_shard(shard, file.layout(), &file.metadata)?
            .write_all(&file.tensors)
    }

    /// Starts one shard holding the tensors of `layout`, stored in that order and written one
    /// at a time through the returned writer (whose `finish` must be called before
    /// [`ShardWriter::finish`]), so a shard never needs to be in memory whole.
    pub fn stream_shard(
        &mut self,
        shard: &str,
        layout: Vec<(String, TensorType)>,
        metadata: &BTreeMap<String, String>,
    ) -> Result<TensorStreamWriter> {
        if shard.contains('/') || shard.starts_with('.') || !shard.ends_with(".safetensors") {
            return Err(Error::Config(format!(
                "shard name `{shard}` must be a plain `*.safetensors` file name"
            )));
        }
        for (name, ty) in &layout {
            if self
                .weight_map
                .insert(name.clone(), shard.to_string())
                .is_some()
            {
                return Err(Error::Config(format!(
                    "tensor `{name}` written to two shards"
                )));
            }
            self.total += ty.size_bytes() as u64;
        }
        let path = self.dir.join(shard);
        crate::io::atomic::sweep_stale_partials(&self.dir, shard);
        let tmp = self.dir.join(crate::io::atomic::partial_name(shard));
        let w = TensorStreamWriter::create(&tmp, layout, metadata)?;
        self.written.push((tmp, path));
        Ok(w)
    }

    /// Moves every shard into place and writes the index with `metadata` (plus `total_size`).
    pub fn finish(self, metadata: &BTreeMap<String, String>) -> Result<()> {
        for (tmp, path) in &self.written {
            std::fs::rename(tmp, path).map_err(|e| Error::io(path, e))?;
        }
        let mut meta = serde_json::Map::new();
        for (k, v) in metadata {
            meta.insert(k.clone(), serde_json::Value::String(v.clone()));
        }
        meta.insert("total_size".into(), serde_json::Value::from(self.total));
        let json = serde_json::json!({ "metadata": meta, "weight_map": self.weight_map });
        let text = serde_json::to_string_pretty(&json)
            .map_err(|e| Error::Config(format!("cannot serialize the shard index: {e}")))?;
        crate::io::tensor_file::write_atomic(&self.index, text.as_bytes())
    }
}

impl Drop for ShardWriter {
    fn drop(&mut self) {
        // Temporary shards of an unfinished write (finish() renamed the others away).
        for (tmp, _) in &self.written {
            let _ = std::fs::remove_file(tmp);
        }
    }
}
