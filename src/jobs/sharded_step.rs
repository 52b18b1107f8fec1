//! The `step` contract over a sharded checkpoint, shard by shard.
//!
//! Parameters are processed in chunks: the parameters whose tensor lies in one shard, with their
//! gradients and state wherever those lie. Every chunk is checked first (nothing runs while any
//! problem remains; all problems are reported together), then each chunk is read, stepped and
//! written as its own output shard. Host tensors are freed as they reach the device and results
//! are written one tensor at a time as they come back, so peak memory stays near one shard, its
//! gradients and its state, plus one tensor. Output shards keep the input shard names; the index
//! is written last.

use std::collections::BTreeMap;
use std::path::Path;

use crate::cache::ExecutableCache;
use crate::config::OptimizerConfig;
use crate::io::shards::{ShardIndex, ShardWriter};
use crate::jobs::step_file::{is_logits, split, StepInput};
use crate::pjrt::Client;
use crate::plan::{ParamSpec, Plan};
use crate::types::{Error, Result};

/// One shard's worth of the step: the tensors to read for it.
#[derive(Debug, Clone)]
pub struct Chunk {
    /// The input shard holding these parameters (also the output shard's name).
    pub shard: String,
    /// Every tensor name to read: parameters, their gradients and state, and all max logits.
    pub names: Vec<String>,
}

/// What a sharded step did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShardedReport {
    pub shards_written: usize,
    pub params: usize,
    /// The `step` written (input step + 1).
    pub step: u64,
}

/// The chunks of `index`, one per shard holding at least one parameter. A suffixed tensor whose
/// parameter is absent joins its own shard's chunk, where the step contract names it.
pub fn chunks(index: &ShardIndex) -> Vec<Chunk> {
    let names: Vec<&str> = index.names().collect();
    let logits: Vec<String> = names
        .iter()
        .filter(|n| is_logits(n))
        .map(|n| n.to_string())
        .collect();
    let mut by_shard: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for &n in names.iter().filter(|n| !is_logits(n)) {
        let (base, _) = split(n);
        let home = index
            .shard_of(base)
            .or(index.shard_of(n))
            .unwrap_or_default();
        by_shard
            .entry(home.to_string())
            .or_default()
            .push(n.to_string());
    }
    by_shard
        .into_iter()
        .map(|(shard, mut names)| {
            names.extend(logits.iter().cloned());
            Chunk { shard, names }
        })
        .collect()
}

/// The whole checkpoint's plan from the headers alone (for `--dry-run`): no tensor data is read.
pub fn plan(index: &ShardIndex, config: &OptimizerConfig) -> Result<Plan> {
    let specs = index
        .names()
        .filter(|n| !is_logits(n) && split(n).1.is_none())
        .filter_map(|n| {
            index.ty(n).map(|ty| ParamSpec {
                name: n.to_string(),
                ty: ty.clone(),
            })
        })
        .collect();
    Plan::new(specs, config)
}

/// The step of a sharded checkpoint at `input` (an index) written to the index `output` (may be
/// the same). Features that need every gradient at once (global-norm clipping, skipping
/// non-finite steps) are refused: use a single file for those.
pub fn step_sharded(
    client: &Client,
    input: &Path,
    output: &Path,
    config: &OptimizerConfig,
    lr: f64,
) -> Result<ShardedReport> {
    if config.extras.needs_prepass() {
        return Err(Error::Config(
            "global-norm clipping and skipping non-finite steps need every gradient at once, \
             which a shard-by-shard step does not hold: use a single safetensors file"
                .into(),
        ));
    }
    let index = ShardIndex::open(input)?;
    let chunks = chunks(&index);
    // Pass 1: check every chunk; nothing is written while any problem remains.
    let mut problems = Vec::new();
    for c in &chunks {
        let file = index.read_some(c.names.iter().map(String::as_str))?;
        if let Err(e) = StepInput::from_file(file, config) {
            problems.push(format!("shard {}: {e}", c.shard));
        }
    }
    if !problems.is_empty() {
        return Err(Error::Config(problems.join("\n")));
    }
    crate::jobs::memory::release_free_memory();
    // Pass 2: step one shard at a time, each host tensor freed once on the device and each
    // result written to disk as it comes back.
    let mut writer = ShardWriter::new(output)?;
    let mut metadata = index.metadata.clone();
    let (mut params, mut step) = (0, 0);
    for c in &chunks {
        let file = index.read_some(c.names.iter().map(String::as_str))?;
        let input = StepInput::from_file(file, config)?;
        params += input.plan.specs.len();
        step = input.step + 1;
        // A live XLA:CPU executable keeps its temporary buffers after it has run (hundreds of
        // MB for a shard's Muon group), so each chunk's executables must not outlive it: a
        // chunk-local memory cache over the shared disk cache (a few ms per executable loaded).
        let cache = ExecutableCache::new(ExecutableCache::global().dir().map(Path::to_path_buf));
        let out = input.execute_with_cache(client, lr, &cache)?;
        metadata = out.metadata().clone();
        let shard = writer.stream_shard(&c.shard, out.layout(), out.metadata())?;
        out.write_to(shard)?;
        drop(cache);
        crate::jobs::memory::release_free_memory();
    }
    metadata.remove("total_size");
    metadata.insert("step".into(), step.to_string());
    writer.finish(&metadata)?;
    Ok(ShardedReport {
        shards_written: chunks.len(),
        params,
        step,
    })
}
