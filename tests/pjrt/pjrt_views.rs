//! Buffers over memory we do not own (src/pjrt/view.rs) on the real XLA CPU plugin: zero-copy
//! read-only views, writable host views updated in place through donation, device-memory views,
//! the copy fallback for unaligned memory, copying results into caller memory, and rows of a
//! stacked buffer (`Buffer::row`, what stacked optimizer groups hand out). The tch interop is
//! built on these.

use crate::xla;

use std::alloc::{alloc_zeroed, dealloc, Layout};

use muon_xla::pjrt::{Arg, Executable};
use muon_xla::{Builder, DType, Error, HostTensor, TensorType};

/// Heap memory with a chosen alignment, like a PyTorch CPU tensor's storage (64-byte aligned).
struct Aligned {
    ptr: *mut u8,
    layout: Layout,
}

impl Aligned {
    fn new(bytes: &[u8], align: usize) -> Aligned {
        let layout = Layout::from_size_align(bytes.len().max(1), align).unwrap();
        // SAFETY: the layout has a non-zero size.
        let ptr = unsafe { alloc_zeroed(layout) };
        assert!(!ptr.is_null());
        // SAFETY: `ptr` holds at least `bytes.len()` bytes and does not overlap `bytes`.
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), ptr, bytes.len()) };
        Aligned { ptr, layout }
    }

    fn slice(&self, offset: usize, len: usize) -> &[u8] {
        assert!(offset + len <= self.layout.size());
        // SAFETY: in bounds (checked above) and initialised.
        unsafe { std::slice::from_raw_parts(self.ptr.add(offset), len) }
    }

    fn f32s(&self, n: usize) -> Vec<f32> {
        self.slice(0, 4 * n)
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect()
    }
}

impl Drop for Aligned {
    fn drop(&mut self) {
        // SAFETY: allocated in `new` with this layout.
        unsafe { dealloc(self.ptr, self.layout) };
    }
}

fn f32_bytes(v: &[f32]) -> Vec<u8> {
    v.iter().flat_map(|x| x.to_le_bytes()).collect()
}

/// `x ← 2x + g`, `x` donated (aliased to the output), `g` kept.
fn axpy_exe(n: usize) -> Executable {
    let ty = TensorType::new(DType::F32, vec![n]);
    let mut b = Builder::new("axpy");
    let x = b.parameter("x", ty.clone());
    let g = b.parameter("g", ty);
    let two = b.scale_by(x, 2.0).unwrap();
    let y = b.add(two, g).unwrap();
    let i = b.output("x", y).unwrap();
    b.donate(x, i).unwrap();
    xla::compile(&b.build().unwrap())
}

#[test]
fn host_view_of_aligned_memory_is_zero_copy_and_reads_the_memory() {
    let client = xla::client();
    let values: Vec<f32> = (0..48).map(|i| i as f32 * 0.5 - 3.0).collect();
    let mem = Aligned::new(&f32_bytes(&values), 64);
    let ty = TensorType::new(DType::F32, vec![6, 8]);
    let view = client.view_host(mem.slice(0, 192), &ty).unwrap();
    assert!(
        view.is_zero_copy(),
        "the plugin copied 64-byte-aligned memory"
    );
    assert_eq!(view.unsafe_pointer().unwrap(), mem.ptr as usize);
    assert_eq!(view.ty(), &ty);
    assert_eq!(view.to_host().unwrap().to_f32(), values);
}

#[test]
fn host_view_of_every_dtype_round_trips_bit_exactly() {
    let client = xla::client();
    for dtype in DType::ALL {
        let values = [0.0, -1.0, 1.5, 3.0, -0.0, 7.0];
        let t = HostTensor::from_f64(dtype, vec![2, 3], &values).unwrap();
        let mem = Aligned::new(t.bytes(), 64);
        let view = client
            .view_host(mem.slice(0, t.bytes().len()), t.ty())
            .unwrap();
        assert_eq!(view.ty(), t.ty(), "{dtype}");
        assert_eq!(view.to_host().unwrap().bytes(), t.bytes(), "{dtype}");
        eprintln!("{dtype}: zero-copy {}", view.is_zero_copy());
    }
}

#[test]
fn host_view_of_unaligned_memory_is_copied_not_refused() {
    let client = xla::client();
    let values: Vec<f32> = (0..16).map(|i| i as f32).collect();
    let mut bytes = vec![0u8; 4];
    bytes.extend(f32_bytes(&values));
    let mem = Aligned::new(&bytes, 64);
    let ty = TensorType::new(DType::F32, vec![16]);
    // 4 bytes past a 64-byte boundary: below the CPU plugin's alignment.
    let view = client.view_host(mem.slice(4, 64), &ty).unwrap();
    assert!(!view.is_zero_copy());
    assert_ne!(view.unsafe_pointer().unwrap(), mem.ptr as usize + 4);
    assert_eq!(view.to_host().unwrap().to_f32(), values);
}

#[test]
fn host_view_of_the_wrong_length_is_a_shape_error() {
    let client = xla::client();
    let mem = Aligned::new(&[0u8; 64], 64);
    let ty = TensorType::new(DType::F32, vec![4, 4]);
    let err = client.view_host(mem.slice(0, 60), &ty).err().unwrap();
    assert!(matches!(err, Error::Shape { .. }), "{err}");
    assert!(err.to_string().contains("64 bytes"), "{err}");
}

#[test]
fn mutable_host_view_donated_to_an_aliasing_program_is_updated_in_place() {
    let client = xla::client();
    let n = 32;
    let x0: Vec<f32> = (0..n).map(|i| i as f32 - 10.0).collect();
    let g: Vec<f32> = (0..n).map(|i| 0.25 * i as f32).collect();
    let mem = Aligned::new(&f32_bytes(&x0), 64);
    let gmem = Aligned::new(&f32_bytes(&g), 64);
    let ty = TensorType::new(DType::F32, vec![n]);
    let exe = axpy_exe(n);
    for step in 0..3 {
        let before = mem.f32s(n);
        // SAFETY: `mem` holds `n` aligned f32s, outlives the view, and is only read again after
        // the view (and the output aliasing it) are dropped.
        let mut view = unsafe { client.view_host_mut(mem.ptr, &ty) }.unwrap();
        assert!(view.is_zero_copy());
        let x = view.take().unwrap();
        assert_eq!(x.unsafe_pointer().unwrap(), mem.ptr as usize);
        let gv = client.view_host(gmem.slice(0, 4 * n), &ty).unwrap();
        assert!(gv.is_zero_copy());
        let out = exe.execute(vec![Arg::Donate(x), Arg::Keep(&gv)]).unwrap();
        // The output is the parameter's own memory: the update landed in place.
        assert_eq!(
            out[0].unsafe_pointer().unwrap(),
            mem.ptr as usize,
            "step {step}: the donated view was not aliased"
        );
        drop(out);
        drop(view);
        let want: Vec<f32> = before.iter().zip(&g).map(|(x, g)| 2.0 * x + g).collect();
        assert_eq!(mem.f32s(n), want, "step {step}");
        // The kept gradient view was not written to.
        assert_eq!(gmem.f32s(n), g);
    }
}

#[test]
fn mutable_host_view_of_unaligned_memory_is_a_copy_the_program_does_not_write_through() {
    let client = xla::client();
    let n = 16;
    let x0: Vec<f32> = (0..n).map(|i| i as f32).collect();
    let mut bytes = vec![0u8; 4];
    bytes.extend(f32_bytes(&x0));
    let mem = Aligned::new(&bytes, 64);
    let g = client
        .upload(&HostTensor::from_f32(vec![n], &vec![1.0; n]).unwrap())
        .unwrap();
    let ty = TensorType::new(DType::F32, vec![n]);
    // SAFETY: 64 bytes at offset 4 are in bounds and outlive the view.
    let mut view = unsafe { client.view_host_mut(mem.ptr.add(4), &ty) }.unwrap();
    assert!(!view.is_zero_copy());
    let out = axpy_exe(n)
        .execute(vec![Arg::Donate(view.take().unwrap()), Arg::Keep(&g)])
        .unwrap();
    let want: Vec<f32> = x0.iter().map(|x| 2.0 * x + 1.0).collect();
    assert_eq!(out[0].to_host().unwrap().to_f32(), want);
    drop(out);
    drop(view);
    assert_eq!(
        mem.slice(4, 64),
        f32_bytes(&x0).as_slice(),
        "the copy was written through"
    );
}

#[test]
fn device_view_donated_to_an_aliasing_program_gives_the_right_result() {
    let client = xla::client();
    let n = 32;
    let x0: Vec<f32> = (0..n).map(|i| i as f32 - 10.0).collect();
    let mem = Aligned::new(&f32_bytes(&x0), 64);
    let ty = TensorType::new(DType::F32, vec![n]);
    let g = client
        .upload(&HostTensor::from_f32(vec![n], &vec![0.5; n]).unwrap())
        .unwrap();
    // SAFETY: `mem` holds `n` aligned f32s and outlives the view and its output, both dropped
    // (after execute, which waits for completion) before `mem` is read again.
    let x = unsafe { client.view_device_memory(mem.ptr.cast(), &ty, 0) }.unwrap();
    assert_eq!(x.unsafe_pointer().unwrap(), mem.ptr as usize);
    let out = axpy_exe(n)
        .execute(vec![Arg::Donate(x), Arg::Keep(&g)])
        .unwrap();
    let want: Vec<f32> = x0.iter().map(|x| 2.0 * x + 0.5).collect();
    assert_eq!(out[0].to_host().unwrap().to_f32(), want);
    let aliased = out[0].unsafe_pointer().unwrap() == mem.ptr as usize;
    drop(out);
    // Either the program wrote in place, or it left the memory alone: never half of each.
    let expect = if aliased { &want } else { &x0 };
    assert_eq!(&mem.f32s(n), expect);
    eprintln!("a donated CreateViewOfDeviceBuffer view aliased by the output: {aliased}");
}

#[test]
fn device_view_sees_later_writes_to_the_memory() {
    let client = xla::client();
    let mem = Aligned::new(&f32_bytes(&[1.0, 2.0, 3.0, 4.0]), 64);
    let ty = TensorType::new(DType::F32, vec![2, 2]);
    // SAFETY: `mem` holds 4 aligned f32s and outlives the view; the write below happens while no
    // computation uses the view.
    let view = unsafe { client.view_device_memory(mem.ptr.cast(), &ty, 0) }.unwrap();
    // SAFETY: in bounds; no computation is running on the view.
    unsafe { mem.ptr.cast::<f32>().add(3).write(40.0) };
    assert_eq!(view.to_host().unwrap().to_f32(), vec![1.0, 2.0, 3.0, 40.0]);
}

#[test]
fn device_view_of_unaligned_memory_is_an_error_naming_the_entry_point() {
    let client = xla::client();
    let mem = Aligned::new(&[0u8; 80], 64);
    let ty = TensorType::new(DType::F32, vec![4]);
    // SAFETY: 16 bytes at offset 4 are in bounds; the call fails before any use.
    let res = unsafe { client.view_device_memory(mem.ptr.add(4).cast(), &ty, 0) };
    match res {
        Err(Error::Pjrt { function, msg, .. }) => {
            assert_eq!(function, "PJRT_Client_CreateViewOfDeviceBuffer");
            eprintln!("unaligned view refused: {msg}");
        }
        Err(e) => panic!("unexpected error {e}"),
        Ok(b) => panic!(
            "the plugin viewed unaligned memory at {:#x}",
            b.unsafe_pointer().unwrap()
        ),
    }
}

#[test]
fn copy_to_slice_writes_into_caller_memory_and_checks_the_length() {
    let client = xla::client();
    let t = HostTensor::from_f32(vec![3, 2], &[1.0, -2.0, 3.5, 4.0, 0.0, -6.25]).unwrap();
    let b = client.upload(&t).unwrap();
    let mut dst = vec![0u8; 24];
    b.copy_to_slice(&mut dst).unwrap();
    assert_eq!(dst, t.bytes());
    let err = b.copy_to_slice(&mut [0u8; 20]).unwrap_err();
    assert!(matches!(err, Error::Shape { .. }), "{err}");
}

#[test]
fn rows_of_a_stacked_buffer_view_its_memory_and_keep_it_alive() {
    let client = xla::client();
    let values: Vec<f32> = (0..48).map(|v| v as f32 * 0.5).collect();
    let stacked = client
        .upload(&HostTensor::from_f32(vec![3, 16], &values).unwrap())
        .unwrap();
    let parent = std::sync::Arc::new(stacked);
    let base = parent.unsafe_pointer().unwrap();
    let rows: Vec<_> = (0..3).map(|i| parent.row(i).unwrap()).collect();
    // Rows outlive the last handle on the stack: they hold it.
    drop(parent);
    for (i, row) in rows.iter().enumerate() {
        assert_eq!(row.ty(), &TensorType::new(DType::F32, vec![16]));
        assert_eq!(row.unsafe_pointer().unwrap(), base + i * 64, "no copy");
        assert_eq!(
            row.to_host().unwrap().to_f32(),
            values[i * 16..(i + 1) * 16]
        );
    }
    // A row is an ordinary argument.
    let exe = axpy_exe(16);
    let out = exe
        .execute(vec![Arg::Keep(&rows[1]), Arg::Keep(&rows[2])])
        .unwrap();
    let want: Vec<f32> = (0..16)
        .map(|k| 2.0 * values[16 + k] + values[32 + k])
        .collect();
    assert_eq!(out[0].to_host().unwrap().to_f32(), want);
}

#[test]
fn rows_out_of_range_or_unaligned_are_errors() {
    let client = xla::client();
    let odd = std::sync::Arc::new(
        client
            .upload(&HostTensor::zeros(TensorType::new(DType::F32, vec![3, 5])))
            .unwrap(),
    );
    assert!(odd.row(0).is_ok(), "row 0 starts where the buffer does");
    let err = odd.row(1).unwrap_err().to_string();
    assert!(
        err.contains("64-byte aligned") && err.contains("f32[5]"),
        "{err}"
    );
    let err = odd.row(3).unwrap_err().to_string();
    assert!(err.contains("row 3") && err.contains("has 3"), "{err}");
    let scalar = std::sync::Arc::new(client.upload(&HostTensor::scalar(DType::F32, 1.0)).unwrap());
    assert!(scalar.row(0).unwrap_err().to_string().contains("no rows"));
}

#[test]
fn host_bytes_read_cpu_buffers_in_place_equal_to_their_download() {
    let client = xla::client();
    // Uploaded, of several ranks and dtypes, and 0-element.
    for t in [
        HostTensor::from_f32(
            vec![3, 4, 5],
            &(0..60).map(|v| v as f32 - 7.5).collect::<Vec<_>>(),
        )
        .unwrap(),
        HostTensor::from_f64(DType::BF16, vec![7], &[1.0, -2.0, 0.5, 3.0, 4.0, 5.0, 6.0]).unwrap(),
        HostTensor::scalar(DType::F64, 2.25),
        HostTensor::zeros(TensorType::new(DType::F32, vec![0, 4])),
    ] {
        let b = client.upload(&t).unwrap();
        let bytes = b
            .host_bytes()
            .unwrap()
            .expect("CPU buffers are host memory");
        assert_eq!(bytes, t.bytes(), "{}", t.ty());
        assert_eq!(bytes, b.to_host().unwrap().bytes());
        if !bytes.is_empty() {
            assert_eq!(
                bytes.as_ptr() as usize,
                b.unsafe_pointer().unwrap(),
                "no copy"
            );
        }
    }
    // An executable's output (donated input aliased), and rows of a stack.
    let exe = axpy_exe(32);
    let x: Vec<f32> = (0..32).map(|v| v as f32).collect();
    let g: Vec<f32> = (0..32).map(|v| 0.25 * v as f32).collect();
    let xb = client
        .upload(&HostTensor::from_f32(vec![32], &x).unwrap())
        .unwrap();
    let gb = client
        .upload(&HostTensor::from_f32(vec![32], &g).unwrap())
        .unwrap();
    let out = exe.execute(vec![Arg::Donate(xb), Arg::Keep(&gb)]).unwrap();
    let want: Vec<f32> = (0..32).map(|k| 2.0 * x[k] + g[k]).collect();
    assert_eq!(out[0].host_bytes().unwrap().unwrap(), f32_bytes(&want));
    let stack = std::sync::Arc::new(
        client
            .upload(&HostTensor::from_f32(vec![2, 16], &g).unwrap())
            .unwrap(),
    );
    let row = stack.row(1).unwrap();
    assert_eq!(row.host_bytes().unwrap().unwrap(), f32_bytes(&g[16..]));
}
