//! Streaming safetensors writes (`TensorStreamWriter`) and the offset-based reader: a streamed
//! file is byte-identical to the `safetensors` crate's own serialization, the reader round-trips
//! every dtype, and misuse (wrong order, wrong type, unfinished files, corrupt headers) is
//! refused without leaving a torn file behind.

use crate::common;
use std::collections::BTreeMap;
use std::path::PathBuf;

use muon_xla::io::tensor_file::TensorFile;
use muon_xla::io::tensor_stream::TensorStreamWriter;
use muon_xla::{DType, HostTensor, TensorType};

fn scratch(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("muon-xla-stream-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn mixed_file() -> TensorFile {
    let mut f = TensorFile::default();
    let vals = |n: usize, k: f64| (0..n).map(|i| (i as f64 - 3.0) * k).collect::<Vec<_>>();
    for (name, dtype, shape) in [
        ("b.weight", DType::BF16, vec![3, 5]),
        ("a.weight", DType::F32, vec![4, 2]),
        ("a.weight.master", DType::F64, vec![4, 2]),
        ("c.bias", DType::F16, vec![7]),
        ("d.count", DType::I64, vec![]),
        ("e.mask", DType::Pred, vec![3]),
        ("f.ids", DType::I32, vec![2, 2]),
    ] {
        let n = shape.iter().product();
        let t = HostTensor::from_f64(dtype, shape, &vals(n, 0.37)).unwrap();
        f.tensors.insert(name.to_string(), t);
    }
    // One key: with more, the header's key order is a hash map's (in the crate's writer too).
    f.metadata.insert("step".into(), "12".into());
    f
}

#[test]
fn streamed_file_is_byte_identical_to_the_crate_serializer_and_reads_back() {
    let dir = scratch("bytes");
    let f = mixed_file();
    let path = dir.join("out.safetensors");
    let mut w = TensorStreamWriter::create(&path, f.layout(), &f.metadata).unwrap();
    while let Some((name, _)) = w.next_expected() {
        let name = name.clone();
        w.write(&name, &f.tensors[&name]).unwrap();
    }
    let data: u64 = f.tensors.values().map(|t| t.bytes().len() as u64).sum();
    assert_eq!(w.data_bytes(), data);
    w.finish().unwrap();
    let streamed = std::fs::read(&path).unwrap();
    assert_eq!(streamed, f.to_bytes().unwrap(), "streamed bytes differ");
    let back = TensorFile::read(&path).unwrap();
    assert_eq!(back, f);
    let n = u64::from_le_bytes(streamed[..8].try_into().unwrap()) as usize;
    assert_eq!(n % 8, 0, "header padded to 8 bytes");
    // Several metadata keys (ordered as a hash map orders them) still read back.
    let mut g = f.clone();
    g.metadata.insert("format".into(), "pt".into());
    g.metadata.insert("note".into(), "streamed".into());
    let path = dir.join("meta.safetensors");
    let w = TensorStreamWriter::create(&path, g.layout(), &g.metadata).unwrap();
    w.write_all(&g.tensors).unwrap();
    assert_eq!(TensorFile::read(&path).unwrap(), g);
}

#[test]
fn out_of_order_or_mistyped_tensors_are_refused_and_unfinished_files_removed() {
    let dir = scratch("misuse");
    let f = mixed_file();
    let layout = f.layout();
    let path = dir.join("torn.safetensors");
    let mut w = TensorStreamWriter::create(&path, layout.clone(), &BTreeMap::new()).unwrap();
    let (first, _) = layout[0].clone();
    let (second, _) = layout[1].clone();
    let err = w
        .write(&second, &f.tensors[&second])
        .unwrap_err()
        .to_string();
    assert!(err.contains(&format!("expected `{first}`")), "{err}");
    let wrong = HostTensor::zeros(TensorType::new(DType::F32, vec![1]));
    let err = w.write(&first, &wrong).unwrap_err().to_string();
    assert!(err.contains(&first) && err.contains("f32[1]"), "{err}");
    w.write(&first, &f.tensors[&first]).unwrap();
    let err = w.finish().unwrap_err().to_string();
    assert!(
        err.contains("never written") && err.contains(&second),
        "{err}"
    );
    assert!(!path.exists(), "an unfinished file must not be left behind");
}

#[test]
fn atomic_stream_keeps_the_old_file_until_it_is_complete() {
    let dir = scratch("atomic");
    let f = mixed_file();
    let path = dir.join("state.safetensors");
    let old = TensorFile {
        tensors: BTreeMap::from([("x".to_string(), HostTensor::scalar(DType::F32, 1.5))]),
        metadata: BTreeMap::new(),
    };
    old.write_atomic(&path).unwrap();
    let layout = f.layout();
    {
        let mut w = TensorStreamWriter::create_atomic(&path, layout.clone(), &f.metadata).unwrap();
        let (first, _) = &layout[0];
        w.write(first, &f.tensors[first]).unwrap();
        // Dropped midway (an error in the caller): the old file stays, no partial file remains.
    }
    assert_eq!(TensorFile::read(&path).unwrap(), old);
    let leftovers = common::partial_files(&dir);
    assert!(leftovers.is_empty(), "{leftovers:?}");
    let mut w = TensorStreamWriter::create_atomic(&path, layout.clone(), &f.metadata).unwrap();
    for (name, _) in &layout {
        w.write(name, &f.tensors[name]).unwrap();
    }
    w.finish().unwrap();
    assert_eq!(TensorFile::read(&path).unwrap(), f);
}

#[test]
fn reader_refuses_corrupt_headers_and_truncated_data_naming_the_file() {
    let dir = scratch("corrupt");
    let bytes = mixed_file().to_bytes().unwrap();
    let truncated = dir.join("truncated.safetensors");
    std::fs::write(&truncated, &bytes[..bytes.len() - 3]).unwrap();
    let err = TensorFile::read(&truncated).unwrap_err().to_string();
    assert!(
        err.contains("truncated.safetensors") && err.contains("do not fit"),
        "{err}"
    );
    let garbage = dir.join("garbage.safetensors");
    std::fs::write(&garbage, b"\x10\0\0\0\0\0\0\0not json at all!").unwrap();
    let err = TensorFile::read(&garbage).unwrap_err().to_string();
    assert!(
        err.contains("garbage.safetensors") && err.contains("not a valid safetensors file"),
        "{err}"
    );
    let huge = dir.join("huge.safetensors");
    std::fs::write(&huge, u64::MAX.to_le_bytes()).unwrap();
    let err = TensorFile::read(&huge).unwrap_err().to_string();
    assert!(err.contains("header length"), "{err}");
}

/// Whether `dir` is on a tmpfs, which refuses `O_DIRECT` (the writer then falls back).
fn on_tmpfs(dir: &std::path::Path) -> bool {
    let c = std::ffi::CString::new(dir.as_os_str().as_encoded_bytes()).unwrap();
    let mut st: libc::statfs = unsafe { std::mem::zeroed() };
    // SAFETY: a valid NUL-terminated path and a zeroed statfs to fill.
    let rc = unsafe { libc::statfs(c.as_ptr(), &mut st) };
    rc == 0 && st.f_type as u64 == 0x0102_1994
}

/// A file above the direct-write threshold whose tensors straddle the writer's 8 MiB buffers and
/// whose end is not on a 4096-byte block.
fn large_file() -> TensorFile {
    let mut f = TensorFile::default();
    let f32_2d = || (DType::F32, vec![1000, 2100]);
    add_tensors(
        &mut f,
        [
            ("a.weight", f32_2d()),
            ("b.weight", f32_2d()),
            ("b.weight.momentum", f32_2d()),
            ("c.weight", f32_2d()),
            ("d.gain", (DType::BF16, vec![333])),
        ],
        |k, i| ((i * 7 + k * 13) % 1001) as f64 * 0.25,
    );
    f.metadata.insert("step".into(), "3".into());
    f
}

/// Adds the tensors `list` names to `f`, element `i` of the `k`-th being `value(k, i)`.
fn add_tensors<const N: usize>(
    f: &mut TensorFile,
    list: [(&str, (DType, Vec<usize>)); N],
    value: impl Fn(usize, usize) -> f64,
) {
    for (k, (name, (dtype, shape))) in list.into_iter().enumerate() {
        let n: usize = shape.iter().product();
        let vals: Vec<f64> = (0..n).map(|i| value(k, i)).collect();
        let t = HostTensor::from_f64(dtype, shape, &vals).unwrap();
        f.tensors.insert(name.into(), t);
    }
}

#[test]
fn a_large_file_is_written_around_the_page_cache_byte_for_byte() {
    let dir = scratch("direct");
    let f = large_file();
    let path = dir.join("big.safetensors");
    let mut w = TensorStreamWriter::create_atomic(&path, f.layout(), &f.metadata).unwrap();
    let direct = w.is_direct();
    if cfg!(target_os = "linux") && !on_tmpfs(&dir) {
        assert!(
            direct,
            "a 33 MB file on {} was not written direct",
            dir.display()
        );
    }
    for (name, _) in f.layout() {
        w.write(&name, &f.tensors[&name]).unwrap();
    }
    w.finish().unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let expected = f.to_bytes().unwrap();
    assert_ne!(
        expected.len() % 4096,
        0,
        "the test wants a partial last block"
    );
    assert_eq!(bytes.len(), expected.len(), "cut back to the true length");
    assert!(bytes == expected, "direct-written bytes differ");
    assert_eq!(TensorFile::read(&path).unwrap(), f);
    assert!(common::partial_files(&dir).is_empty());

    // Dropped midway: the old file stays and nothing is left beside it.
    {
        let mut w = TensorStreamWriter::create_atomic(&path, f.layout(), &f.metadata).unwrap();
        assert_eq!(w.is_direct(), direct);
        let (first, _) = f.layout()[0].clone();
        w.write(&first, &f.tensors[&first]).unwrap();
    }
    assert!(std::fs::read(&path).unwrap() == expected);
    assert!(common::partial_files(&dir).is_empty());
    // Small files stay buffered.
    let small = mixed_file();
    let w = TensorStreamWriter::create(
        &dir.join("small.safetensors"),
        small.layout(),
        &small.metadata,
    )
    .unwrap();
    assert!(!w.is_direct());
}

#[test]
fn a_mapped_file_reads_the_same_tensors_in_place_and_survives_its_replacement() {
    let dir = scratch("map");
    let f = mixed_file();
    let path = dir.join("in.safetensors");
    f.write_atomic(&path).unwrap();
    let mapped = TensorFile::map(&path).unwrap();
    assert_eq!(mapped, f);
    assert_eq!(mapped, TensorFile::read(&path).unwrap());
    // Replaced by an atomic writer (rename) while mapped: the mapping keeps what it read.
    let mut g = f.clone();
    g.tensors.insert(
        "a.weight".into(),
        HostTensor::from_f32(vec![4, 2], &[9.0; 8]).unwrap(),
    );
    g.write_atomic(&path).unwrap();
    assert_eq!(mapped, f);
    assert_eq!(TensorFile::map(&path).unwrap(), g);
    // A mapped tensor copies out on demand, and outlives its file's other tensors.
    let t = mapped.tensors["f.ids"].clone();
    drop(mapped);
    assert_eq!(t.clone().into_bytes(), f.tensors["f.ids"].bytes());
    assert_eq!(t, f.tensors["f.ids"]);
    // A truncated file is refused naming it, as by `read`.
    let bytes = f.to_bytes().unwrap();
    let cut = dir.join("cut.safetensors");
    std::fs::write(&cut, &bytes[..bytes.len() - 3]).unwrap();
    let err = TensorFile::map(&cut).unwrap_err().to_string();
    assert!(
        err.contains("cut.safetensors") && err.contains("do not fit"),
        "{err}"
    );
    // A file of metadata only (no tensor data) maps too.
    let empty = TensorFile {
        tensors: BTreeMap::new(),
        metadata: f.metadata.clone(),
    };
    let e = dir.join("empty.safetensors");
    empty.write_atomic(&e).unwrap();
    assert_eq!(TensorFile::map(&e).unwrap(), empty);
}

/// A large file (written direct) with tensors of awkward sizes: several inside one 4096-byte
/// block, some straddling blocks and the writer's 8 MiB buffers, one ending the file mid-block.
fn scattered_file() -> TensorFile {
    let mut f = large_file();
    add_tensors(
        &mut f,
        [
            ("a.bias", (DType::F32, vec![3])),
            ("a.gain", (DType::BF16, vec![5])),
            ("b.bias", (DType::F32, vec![262_145])),
            ("e.weight", (DType::F32, vec![1001, 997])),
            ("e.weight.momentum", (DType::F32, vec![1001, 997])),
            ("f.gain", (DType::BF16, vec![4097])),
        ],
        |k, i| ((i * 11 + k * 5) % 977) as f64 - 400.0,
    );
    f
}

#[test]
fn tensors_written_out_of_order_land_at_their_places_byte_for_byte() {
    let dir = scratch("placed");
    for (file, tag) in [(scattered_file(), "large"), (mixed_file(), "small")] {
        let layout = file.layout();
        let expected = file.to_bytes().unwrap();
        // Reversed, then every other tensor first: runs meet from both sides inside blocks.
        let n = layout.len();
        let reversed: Vec<usize> = (0..n).rev().collect();
        let alternate: Vec<usize> = (0..n).step_by(2).chain((1..n).step_by(2)).collect();
        for (order, how) in [(reversed, "reversed"), (alternate, "alternate")] {
            let path = dir.join(format!("{tag}-{how}.safetensors"));
            let mut w =
                TensorStreamWriter::create_atomic(&path, layout.clone(), &file.metadata).unwrap();
            if tag == "large" && cfg!(target_os = "linux") && !on_tmpfs(&dir) {
                assert!(w.is_direct(), "{tag} file not written direct");
            }
            for k in order {
                let (name, ty) = &layout[k];
                let t = &file.tensors[name];
                w.write_placed(name, ty, t.bytes()).unwrap();
            }
            w.finish().unwrap();
            let bytes = std::fs::read(&path).unwrap();
            assert_eq!(bytes.len(), expected.len(), "{tag} {how}: length");
            assert!(bytes == expected, "{tag} {how}: bytes differ");
            assert_eq!(TensorFile::read(&path).unwrap(), file);
        }
    }
    assert!(common::partial_files(&dir).is_empty());
}

#[test]
fn placed_writes_refuse_repeats_wrong_types_and_unknown_names() {
    let dir = scratch("placed-misuse");
    let f = scattered_file();
    let layout = f.layout();
    let path = dir.join("out.safetensors");
    let mut w = TensorStreamWriter::create_atomic(&path, layout.clone(), &f.metadata).unwrap();
    let (last, ty) = layout.last().unwrap().clone();
    w.write_placed(&last, &ty, f.tensors[&last].bytes())
        .unwrap();
    let err = (w.write_placed(&last, &ty, f.tensors[&last].bytes()))
        .unwrap_err()
        .to_string();
    assert!(
        err.contains(&last) && err.contains("already written"),
        "{err}"
    );
    let (first, _) = layout[0].clone();
    let wrong = TensorType::new(DType::F32, vec![2]);
    let err = (w.write_placed(&first, &wrong, &[0; 8]))
        .unwrap_err()
        .to_string();
    assert!(err.contains(&first) && err.contains("f32[2]"), "{err}");
    let err = (w.write_placed("nope", &wrong, &[0; 8]))
        .unwrap_err()
        .to_string();
    assert!(err.contains("`nope` is not in the file's layout"), "{err}");
    // In-order writes still expect the first unwritten tensor.
    let err = (w.write(&last, &f.tensors[&last])).unwrap_err().to_string();
    assert!(err.contains(&format!("expected `{first}`")), "{err}");
    let err = w.finish().unwrap_err().to_string();
    assert!(
        err.contains("never written") && err.contains(&first),
        "{err}"
    );
    assert!(!path.exists() && common::partial_files(&dir).is_empty());
}
