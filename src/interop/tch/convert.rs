//! Conversions between `tch::Tensor` and our host tensors and device buffers.
//!
//! Copies happen only where they must: [`view`] aliases a CPU tensor's storage (no copy),
//! [`copy_into`] writes a buffer straight into a tensor's storage (one copy, no staging vector),
//! [`to_tensor`] fills a freshly allocated tensor the same way. [`upload`] and [`to_host`] are the
//! plain copying routes for tensors that cannot be viewed (non-contiguous, or on a GPU).

use ::tch::{Device, Kind, Tensor};

use crate::pjrt::{Buffer, Client, HostView};
use crate::types::{DType, Error, HostTensor, Result, TensorType};

/// The libtorch kind of one of our dtypes (every dtype has one).
pub fn kind_of(dtype: DType) -> Kind {
    match dtype {
        DType::F32 => Kind::Float,
        DType::F64 => Kind::Double,
        DType::BF16 => Kind::BFloat16,
        DType::F16 => Kind::Half,
        DType::I32 => Kind::Int,
        DType::I64 => Kind::Int64,
        DType::Pred => Kind::Bool,
    }
}

/// Our dtype for a libtorch kind; kinds XLA programs here do not take are a dtype error.
pub fn dtype_of(kind: Kind) -> Result<DType> {
    DType::ALL
        .into_iter()
        .find(|&d| kind_of(d) == kind)
        .ok_or_else(|| {
            let supported: Vec<String> = DType::ALL
                .iter()
                .map(|&d| format!("{:?}", kind_of(d)))
                .collect();
            Error::dtype(
                "tch",
                format!(
                    "libtorch kind {kind:?} has no muon-xla dtype; convert the tensor to one of {} (Tensor::to_kind)",
                    supported.join(", ")
                ),
            )
        })
}

/// The dtype and shape of a tensor. `what` names it in errors.
pub fn tensor_type(t: &Tensor, what: &str) -> Result<TensorType> {
    if !t.defined() {
        return Err(Error::Config(format!("{what} is an undefined tensor")));
    }
    let kind = t.f_kind().map_err(|e| torch_error(what, e))?;
    let dtype = dtype_of(kind).map_err(|e| Error::dtype("tch", format!("{what}: {e}")))?;
    let shape = t
        .size()
        .into_iter()
        .map(|d| {
            usize::try_from(d).map_err(|_| Error::shape("tch", format!("{what}: dimension {d}")))
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(TensorType::new(dtype, shape))
}

/// Copies a tensor (any device, any strides) into a [`HostTensor`].
pub fn to_host(t: &Tensor) -> Result<HostTensor> {
    let ty = tensor_type(t, "the tensor")?;
    let dense = t
        .f_to_device(Device::Cpu)
        .and_then(|c| c.f_contiguous())
        .map_err(|e| torch_error("the tensor", e))?;
    let mut bytes = vec![0u8; ty.size_bytes()];
    dense
        .f_copy_data_u8(&mut bytes, ty.num_elements())
        .map_err(|e| torch_error("the tensor", e))?;
    HostTensor::from_bytes(ty, bytes)
}

/// A new CPU tensor holding a copy of `h`.
pub fn from_host(h: &HostTensor) -> Result<Tensor> {
    let size = sizes(h.ty())?;
    Tensor::f_from_data_size(h.bytes(), &size, kind_of(h.dtype()))
        .map_err(|e| torch_error("from_host", e))
}

/// Copies a tensor to device 0 of `client` (one copy for a dense CPU tensor).
pub fn upload(client: &Client, t: &Tensor) -> Result<Buffer> {
    if let Some(bytes) = dense_cpu_bytes(t, "the tensor")? {
        // The plugin copies the storage during the call, while `t` keeps it alive.
        return client.upload_bytes(bytes, &tensor_type(t, "the tensor")?, 0);
    }
    client.upload(&to_host(t)?)
}

/// A read-only device buffer over a dense CPU tensor's storage, without a copy where the plugin
/// allows it ([`HostView::is_zero_copy`] says whether it did).
///
/// # Safety
/// libtorch tensors share storage between handles (`shallow_clone`, views, the var store): for
/// as long as the returned view lives, no handle may write to or replace (`set_data`) this
/// tensor's storage. The borrow of `t` covers only this handle.
pub unsafe fn view<'a>(client: &Client, t: &'a Tensor) -> Result<HostView<'a>> {
    let ty = tensor_type(t, "the tensor")?;
    let bytes = dense_cpu_bytes(t, "the tensor")?.ok_or_else(|| not_viewable(t, "the tensor"))?;
    client.view_host(bytes, &ty)
}

/// Copies `src` into the storage of `dst` (same dtype and shape), with one
/// `PJRT_Buffer_ToHostBuffer` straight into it when `dst` is a dense CPU tensor; otherwise
/// through a temporary CPU tensor and `copy_`.
pub fn copy_into(src: &Buffer, dst: &mut Tensor) -> Result<()> {
    let ty = tensor_type(dst, "the destination")?;
    src.expect_type(&ty, "tch::copy_into", "the buffer")?;
    if let Some(ptr) = dense_cpu_ptr(dst, "the destination")? {
        // SAFETY: `dst` is a dense CPU tensor of `ty`: its storage holds `size_bytes` bytes at
        // `ptr`, and we hold the handle mutably for the duration of the copy.
        let bytes = unsafe { std::slice::from_raw_parts_mut(ptr, ty.size_bytes()) };
        return src.copy_to_slice(bytes);
    }
    let tmp = to_tensor(src)?;
    ::tch::no_grad(|| dst.f_copy_(&tmp)).map_err(|e| torch_error("the destination", e))
}

/// A new CPU tensor holding a copy of `src` (written straight into the tensor's storage).
pub fn to_tensor(src: &Buffer) -> Result<Tensor> {
    let ty = src.ty().clone();
    let mut t = Tensor::f_empty(sizes(&ty)?, (kind_of(ty.dtype), Device::Cpu))
        .map_err(|e| torch_error("to_tensor", e))?;
    copy_into(src, &mut t)?;
    Ok(t)
}

/// The storage of a dense (contiguous) CPU tensor as bytes; `None` for other tensors.
pub(crate) fn dense_cpu_bytes<'a>(t: &'a Tensor, what: &str) -> Result<Option<&'a [u8]>> {
    let ty = tensor_type(t, what)?;
    Ok(dense_cpu_ptr(t, what)?.map(|ptr| {
        // SAFETY: a dense CPU tensor of `ty` has `size_bytes` initialised bytes at its data
        // pointer, kept alive by the handle `t` borrowed for 'a (the caller's contract covers
        // writes through other handles).
        unsafe { std::slice::from_raw_parts(ptr.cast_const(), ty.size_bytes()) }
    }))
}

/// The data pointer of a dense CPU tensor with storage; `None` for others.
pub(crate) fn dense_cpu_ptr(t: &Tensor, what: &str) -> Result<Option<*mut u8>> {
    let ty = tensor_type(t, what)?;
    if t.device() != Device::Cpu || !t.is_contiguous() || t.is_sparse() || t.is_mkldnn() {
        return Ok(None);
    }
    let ptr = t.data_ptr().cast::<u8>();
    if ptr.is_null() {
        // An empty tensor may have no storage: there is nothing to view.
        return if ty.size_bytes() == 0 {
            Ok(None)
        } else {
            Err(Error::Config(format!("{what} has no storage")))
        };
    }
    Ok(Some(ptr))
}

pub(crate) fn not_viewable(t: &Tensor, what: &str) -> Error {
    let why = match t.device() {
        Device::Cpu => "it is not contiguous: call .contiguous() first".to_string(),
        d => format!(
            "it is on {d:?}, and a view needs host memory on the CPU plugin: move it with .to(Device::Cpu), or see the module docs for the CUDA route"
        ),
    };
    Error::Config(format!("{what} cannot be viewed without a copy: {why}"))
}

pub(crate) fn torch_error(what: &str, e: ::tch::TchError) -> Error {
    Error::Config(format!("libtorch failed on {what}: {e}"))
}

fn sizes(ty: &TensorType) -> Result<Vec<i64>> {
    ty.shape
        .iter()
        .map(|&d| {
            i64::try_from(d).map_err(|_| Error::shape("tch", format!("dimension {d} exceeds i64")))
        })
        .collect()
}
