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
