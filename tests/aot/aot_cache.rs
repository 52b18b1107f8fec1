//! The executable cache with real XLA: memory hits, disk hits from a fresh cache, and corrupt,
//! truncated, stale or foreign disk entries detected, reported, compiled again and replaced.

use crate::aot_common;
use crate::graphs;
use crate::xla;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use aot_common::scratch;
use graphs::Rng;
use muon_xla::cache::{host_cpu, plugin_file_sha256, sha256_hex, ExecutableCache, PluginIdentity};
use muon_xla::emit::emit;
use muon_xla::pjrt::{CompileOptions, Executable};
use muon_xla::types::Signature;
use muon_xla::HostTensor;

/// A small Newton–Schulz program (the shape of what the cache holds).
fn program(rows: usize) -> (String, Signature) {
    let g = graphs::newton_schulz(rows, 24).unwrap();
    (emit(&g).unwrap(), g.signature())
}

fn run(exe: &Executable, seed: u64) -> Vec<u8> {
    let mut rng = Rng::new(seed);
    let inputs: Vec<HostTensor> = exe
        .signature()
        .inputs
        .iter()
        .map(|t| rng.tensor(t, -1.0, 1.0))
        .collect();
    exe.execute_host(&inputs)
        .unwrap()
        .into_iter()
        .flat_map(|t| t.into_bytes())
        .collect()
}

fn entries(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .map(|r| r.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    v.retain(|p| p.extension().is_some_and(|e| e == "xla"));
    v.sort();
    v
}

#[test]
fn memory_then_disk_then_nothing_to_compile() {
    let dir = scratch("cache-layers");
    let client = xla::client();
    let opts = CompileOptions::default();
    let (text, sig) = program(16);

    let first = ExecutableCache::with_dir(&dir);
    let a = first.compile(client, &text, &sig, &opts).unwrap();
    let b = first.compile(client, &text, &sig, &opts).unwrap();
    assert!(Arc::ptr_eq(&a, &b), "the second request is a memory hit");
    let s = first.stats();
    assert_eq!(
        (s.compiles, s.memory_hits, s.disk_hits, s.disk_writes),
        (1, 1, 0, 1)
    );
    assert_eq!(entries(&dir).len(), 1);
    let key = first.key(client, &text, &sig, &opts).unwrap();
    assert_eq!(entries(&dir)[0], first.entry_path(&key).unwrap());

    // A new cache (as in a new process) over the same directory loads instead of compiling, and
    // the loaded executable computes exactly what the compiled one does.
    let second = ExecutableCache::with_dir(&dir);
    let c = second.compile(client, &text, &sig, &opts).unwrap();
    let s = second.stats();
    assert_eq!((s.compiles, s.disk_hits), (0, 1));
    assert_eq!(run(&a, 3), run(&c, 3));

    // The cache hands out the bytes a loaded executable came from (serializing a deserialized
    // executable again does not give a working blob on the CPU plugin), and they load and run.
    let bytes = second.serialize(&c).unwrap();
    assert_eq!(
        bytes,
        first.serialize(&a).unwrap(),
        "the disk entry's payload is the compiled executable's serialization"
    );
    let third = ExecutableCache::in_memory();
    let d = third
        .load_serialized(client, &text, &sig, &opts, &bytes)
        .unwrap();
    assert_eq!((third.stats().preloaded, third.stats().compiles), (1, 0));
    assert_eq!(run(&a, 4), run(&d, 4));

    // Another program, other options: other keys.
    let (text2, sig2) = program(8);
    second.compile(client, &text2, &sig2, &opts).unwrap();
    let mut other = CompileOptions::default();
    other.env_option_overrides.push((
        "xla_cpu_enable_fast_math".into(),
        muon_xla::pjrt::OptionValue::Bool(false),
    ));
    assert_ne!(
        second.key(client, &text, &sig, &other).unwrap().digest(),
        key.digest()
    );
    second.compile(client, &text, &sig, &other).unwrap();
    assert_eq!(second.stats().compiles, 2);
    assert_eq!(entries(&dir).len(), 3);

    // In memory only: nothing on disk.
    let mem = ExecutableCache::in_memory();
    mem.compile(client, &text, &sig, &opts).unwrap();
    assert_eq!(mem.stats().compiles, 1);
    assert!(mem.dir().is_none());
}

/// Damages the single entry of a fresh directory, then checks that a new cache reports it,
/// compiles, replaces it with a good entry, and computes the right thing.
fn damaged_entry(name: &str, damage: impl FnOnce(&Path)) {
    let dir = scratch(name);
    let client = xla::client();
    let opts = CompileOptions::default();
    let (text, sig) = program(12);
    let good = ExecutableCache::with_dir(&dir)
        .compile(client, &text, &sig, &opts)
        .unwrap();
    let path = entries(&dir).pop().unwrap();
    damage(&path);

    let cache = ExecutableCache::with_dir(&dir);
    let exe = cache.compile(client, &text, &sig, &opts).unwrap();
    let s = cache.stats();
    assert_eq!(
        (s.compiles, s.rejected, s.disk_writes, s.disk_hits),
        (1, 1, 1, 0),
        "{name}"
    );
    assert_eq!(run(&exe, 5), run(&good, 5), "{name}");

    // The entry was replaced by a good one.
    let again = ExecutableCache::with_dir(&dir);
    again.compile(client, &text, &sig, &opts).unwrap();
    let s = again.stats();
    assert_eq!((s.compiles, s.disk_hits, s.rejected), (0, 1, 0), "{name}");
}

#[test]
fn corrupt_entries_are_recompiled_and_replaced() {
    damaged_entry("flipped-payload", |p| {
        let mut b = fs::read(p).unwrap();
        let n = b.len();
        b[n - 100] ^= 0xff;
        fs::write(p, b).unwrap();
    });
    damaged_entry("truncated", |p| {
        let b = fs::read(p).unwrap();
        fs::write(p, &b[..b.len() - 1000]).unwrap();
    });
    damaged_entry("empty", |p| fs::write(p, b"").unwrap());
    damaged_entry("garbage", |p| fs::write(p, vec![0xa5u8; 5000]).unwrap());
    damaged_entry("bad-header", |p| {
        let b = fs::read(p).unwrap();
        let first_nl = b.iter().position(|&c| c == b'\n').unwrap();
        let mut out = b[..=first_nl].to_vec();
        out.extend_from_slice(b"{not json\n");
        out.extend_from_slice(&b[first_nl + 1..]);
        fs::write(p, out).unwrap();
    });
    // An entry recorded for another CPU (a stale or copied file under this name).
    damaged_entry("other-cpu-key", |p| {
        let mut b = fs::read(p).unwrap();
        let cpu = host_cpu().features_sha256.as_bytes();
        let at = b.windows(cpu.len()).position(|w| w == cpu).unwrap();
        b[at..at + cpu.len()].copy_from_slice(&[b'0'; 64]);
        fs::write(p, b).unwrap();
    });
}

#[test]
fn concurrent_requests_compile_once() {
    let dir = scratch("concurrent");
    let cache = ExecutableCache::with_dir(&dir);
    let (text, sig) = program(20);
    let opts = CompileOptions::default();
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                cache.compile(xla::client(), &text, &sig, &opts).unwrap();
            });
        }
    });
    let st = cache.stats();
    assert_eq!((st.compiles, st.memory_hits), (1, 3));
    assert_eq!(entries(&dir).len(), 1);
    let leftovers: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

#[test]
fn plugin_identity_is_the_file_content() {
    let client = xla::client();
    let id = PluginIdentity::of(client).unwrap();
    let bytes = fs::read(client.plugin().path()).unwrap();
    assert_eq!(id.file_sha256, sha256_hex(&bytes));
    assert_eq!(id.file_size, bytes.len() as u64);
    assert_eq!(id.platform, "cpu");
    let (major, minor) = client.plugin().api_version();
    assert_eq!(id.api_version, format!("{major}.{minor}"));
    // Memoized: the second call does not read 250 MB again.
    let start = std::time::Instant::now();
    assert_eq!(
        plugin_file_sha256(client.plugin().path()).unwrap().0,
        id.file_sha256
    );
    assert!(start.elapsed().as_millis() < 50, "{:?}", start.elapsed());
    assert!(id.mismatch(&id.clone()).is_none());
    let mut other = id.clone();
    other.file_sha256 = "0".repeat(64);
    assert!(id
        .mismatch(&other)
        .unwrap()
        .contains("another plugin build"));
    assert!(host_cpu().num_features > 0);
}

#[test]
fn optimizer_uses_the_cache() {
    use muon_xla::config::{OptimizerConfig, Preset};
    use muon_xla::plan::ParamSpec;
    use muon_xla::runtime::Optimizer;
    use muon_xla::DType;
    let dir = scratch("optimizer-cache");
    let specs = vec![
        ParamSpec::new("w1", DType::F32, [8, 16]),
        ParamSpec::new("w2", DType::F32, [8, 16]),
        ParamSpec::new("b", DType::F32, [16]),
    ];
    let config = OptimizerConfig::preset(Preset::Moonlight);
    let cache = ExecutableCache::with_dir(&dir);
    let a = Optimizer::with_cache(xla::client(), specs.clone(), config.clone(), &cache).unwrap();
    assert_eq!(cache.stats().compiles, a.num_groups() as u64);
    let b = Optimizer::with_cache(xla::client(), specs.clone(), config.clone(), &cache).unwrap();
    assert_eq!(cache.stats().memory_hits, b.num_groups() as u64);
    let fresh = ExecutableCache::with_dir(&dir);
    Optimizer::with_cache(xla::client(), specs, config, &fresh).unwrap();
    assert_eq!(fresh.stats().compiles, 0);
    assert_eq!(fresh.stats().disk_hits, a.num_groups() as u64);
}

#[test]
fn the_disk_layer_is_capped_least_recently_used_first() {
    let dir = scratch("capped");
    let client = xla::client();
    let opts = CompileOptions::default();
    let programs: Vec<_> = [8, 10, 12, 14].into_iter().map(program).collect();
    let sizes: Vec<u64> = {
        let probe = scratch("capped-probe");
        let cache = ExecutableCache::with_dir(&probe);
        programs
            .iter()
            .map(|(t, s)| {
                cache.compile(client, t, s, &opts).unwrap();
                let key = cache.key(client, t, s, &opts).unwrap();
                fs::metadata(cache.entry_path(&key).unwrap()).unwrap().len()
            })
            .collect()
    };
    // Room for about three entries.
    let cap = sizes.iter().take(3).sum::<u64>() + 10;
    let cache = ExecutableCache::with_dir(&dir).max_bytes(cap);
    let path = |i: usize| {
        let (t, s) = &programs[i];
        cache
            .entry_path(&cache.key(client, t, s, &opts).unwrap())
            .unwrap()
    };
    for (i, (t, s)) in programs.iter().take(3).enumerate() {
        cache.compile(client, t, s, &opts).unwrap();
        assert!(path(i).is_file());
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    // Entry 0 is used again (a disk hit in a fresh cache): entry 1 is now the oldest.
    let reuse = ExecutableCache::with_dir(&dir).max_bytes(cap);
    reuse
        .compile(client, &programs[0].0, &programs[0].1, &opts)
        .unwrap();
    assert_eq!(reuse.stats().disk_hits, 1);
    std::thread::sleep(std::time::Duration::from_millis(20));
    let (t, s) = &programs[3];
    cache.compile(client, t, s, &opts).unwrap();
    assert!(path(3).is_file(), "the entry just written is kept");
    assert!(
        !path(1).is_file(),
        "the least recently used entry is evicted"
    );
    let total: u64 = entries(&dir)
        .iter()
        .map(|p| fs::metadata(p).unwrap().len())
        .sum();
    assert!(total <= cap, "{total} > {cap}");
}

/// An optimizer built with a cache compiles every program through it: its groups' at
/// construction, the global-norm pre-pass and the accumulation programs at the steps that first
/// need them; a second optimizer on the same cache compiles nothing.
#[test]
fn every_program_of_an_optimizer_goes_through_its_cache() {
    use muon_xla::config::{OptimizerConfig, Preset};
    use muon_xla::transforms::clip::GradClip;
    use muon_xla::{DType, Optimizer, ParamSpec};
    let cache = ExecutableCache::in_memory();
    let mut config = OptimizerConfig::preset(Preset::KellerJordan);
    config.muon.newton_schulz.dtype = DType::F32;
    config.extras.clip = Some(GradClip::GlobalNorm(1.0));
    config.extras.accumulate = 2;
    let specs = vec![
        ParamSpec::new("w", DType::F32, [12, 8]),
        ParamSpec::new("b", DType::F32, [8]),
    ];
    let mut rng = Rng::new(2);
    let build = || Optimizer::with_cache(xla::client(), specs.clone(), config.clone(), &cache);
    let mut opt = build().unwrap();
    let groups = opt.num_groups() as u64;
    assert_eq!(cache.stats().compiles, groups);
    let params: Vec<HostTensor> = specs.iter().map(|s| rng.tensor(&s.ty, -0.5, 0.5)).collect();
    opt.set_params(params).unwrap();
    for _ in 0..2 {
        let g: Vec<HostTensor> = specs.iter().map(|s| rng.tensor(&s.ty, -1.0, 1.0)).collect();
        opt.step(&g, 0.02).unwrap();
    }
    // + one accumulation program per gradient type (two) + the pre-pass.
    let after = cache.stats().compiles;
    assert_eq!(after, groups + 2 + 1, "{:?}", cache.stats());
    // The same optimizer again: everything from memory.
    let hits = cache.stats().memory_hits;
    let _again = build().unwrap();
    assert_eq!(cache.stats().compiles, after);
    assert_eq!(cache.stats().memory_hits, hits + groups);
    // The optimizer's cache is a clone of this one: the same counters.
    assert_eq!(opt.cache().stats(), cache.stats());
}
