//! Host tensors: typed bytes in row-major order, the currency between files, the reference
//! interpreter and device buffers.

use half::{bf16, f16};

use crate::error::{Error, Result};
use crate::graph::{DType, Shape, TensorType};

/// A dense row-major tensor in host memory, stored as little-endian bytes of its dtype.
#[derive(Debug, Clone, PartialEq)]
pub struct HostTensor {
    ty: TensorType,
    bytes: Vec<u8>,
}

impl HostTensor {
    /// Wraps raw bytes; fails when their length does not match the type.
    pub fn from_bytes(ty: TensorType, bytes: Vec<u8>) -> Result<Self> {
        if bytes.len() != ty.size_bytes() {
            return Err(Error::shape(
                "HostTensor::from_bytes",
                format!("{ty} needs {} bytes, got {}", ty.size_bytes(), bytes.len()),
            ));
        }
        Ok(HostTensor { ty, bytes })
    }

    /// Builds a tensor of `dtype` from f64 values, rounding to the dtype (nearest-even for floats,
    /// truncation toward zero for integers, `!= 0` for predicates).
    pub fn from_f64(dtype: DType, shape: impl Into<Shape>, values: &[f64]) -> Result<Self> {
        let ty = TensorType::new(dtype, shape);
        if values.len() != ty.num_elements() {
            return Err(Error::shape(
                "HostTensor::from_f64",
                format!(
                    "{ty} has {} elements, got {}",
                    ty.num_elements(),
                    values.len()
                ),
            ));
        }
        let mut bytes = Vec::with_capacity(ty.size_bytes());
        for &v in values {
            match dtype {
                DType::F32 => bytes.extend_from_slice(&(v as f32).to_le_bytes()),
                DType::F64 => bytes.extend_from_slice(&v.to_le_bytes()),
                DType::BF16 => bytes.extend_from_slice(&bf16::from_f64(v).to_le_bytes()),
                DType::F16 => bytes.extend_from_slice(&f16::from_f64(v).to_le_bytes()),
                DType::I32 => bytes.extend_from_slice(&(v as i32).to_le_bytes()),
                DType::I64 => bytes.extend_from_slice(&(v as i64).to_le_bytes()),
                DType::Pred => bytes.push(u8::from(v != 0.0)),
            }
        }
        Ok(HostTensor { ty, bytes })
    }

    /// An f32 tensor.
    pub fn from_f32(shape: impl Into<Shape>, values: &[f32]) -> Result<Self> {
        let ty = TensorType::new(DType::F32, shape);
        let bytes = values.iter().flat_map(|v| v.to_le_bytes()).collect();
        HostTensor::from_bytes(ty, bytes)
    }

    /// A scalar.
    pub fn scalar(dtype: DType, value: f64) -> Self {
        // A scalar always has exactly one element, so this cannot fail.
        HostTensor::from_f64(dtype, Vec::new(), &[value]).unwrap_or_else(|_| unreachable!())
    }

    /// All zeros.
    pub fn zeros(ty: TensorType) -> Self {
        let bytes = vec![0; ty.size_bytes()];
        HostTensor { ty, bytes }
    }

    pub fn ty(&self) -> &TensorType {
        &self.ty
    }

    pub fn dtype(&self) -> DType {
        self.ty.dtype
    }

    pub fn shape(&self) -> &[usize] {
        &self.ty.shape
    }

    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }

    /// The values widened to f64 (exact for every supported dtype but i64 beyond 2^53).
    pub fn to_f64(&self) -> Vec<f64> {
        let n = self.ty.dtype.size_bytes();
        self.bytes
            .chunks_exact(n)
            .map(|c| match self.ty.dtype {
                DType::F32 => f32::from_le_bytes([c[0], c[1], c[2], c[3]]) as f64,
                DType::F64 => f64::from_le_bytes(c.try_into().unwrap_or([0; 8])),
                DType::BF16 => bf16::from_le_bytes([c[0], c[1]]).to_f64(),
                DType::F16 => f16::from_le_bytes([c[0], c[1]]).to_f64(),
                DType::I32 => i32::from_le_bytes([c[0], c[1], c[2], c[3]]) as f64,
                DType::I64 => i64::from_le_bytes(c.try_into().unwrap_or([0; 8])) as f64,
                DType::Pred => f64::from(u8::from(c[0] != 0)),
            })
            .collect()
    }

    /// Whether every value is finite (integers and predicates always are). Reads the bytes in
    /// place: a multi-gigabyte gradient is checked without a widened copy.
    pub fn all_finite(&self) -> bool {
        let b = &self.bytes;
        match self.ty.dtype {
            DType::F32 => b
                .chunks_exact(4)
                .all(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]).is_finite()),
            DType::F64 => b
                .chunks_exact(8)
                .all(|c| f64::from_le_bytes(c.try_into().unwrap_or([0; 8])).is_finite()),
            DType::BF16 => b
                .chunks_exact(2)
                .all(|c| bf16::from_le_bytes([c[0], c[1]]).is_finite()),
            DType::F16 => b
                .chunks_exact(2)
                .all(|c| f16::from_le_bytes([c[0], c[1]]).is_finite()),
            DType::I32 | DType::I64 | DType::Pred => true,
        }
    }

    /// The values as f32, for f32 tensors; other dtypes are converted through f64.
    pub fn to_f32(&self) -> Vec<f32> {
        self.to_f64().into_iter().map(|v| v as f32).collect()
    }

    /// A tensor with the same bytes and a new shape of the same element count.
    pub fn reshape(self, shape: impl Into<Shape>) -> Result<Self> {
        let ty = TensorType::new(self.ty.dtype, shape);
        if ty.num_elements() != self.ty.num_elements() {
            return Err(Error::shape(
                "HostTensor::reshape",
                format!("cannot reshape {} to {ty}", self.ty),
            ));
        }
        Ok(HostTensor {
            ty,
            bytes: self.bytes,
        })
    }
}

/// Rounds an f64 to the nearest value representable in `dtype` (what a convert to it does).
pub fn round_to(dtype: DType, v: f64) -> f64 {
    match dtype {
        DType::F32 => v as f32 as f64,
        DType::F64 => v,
        DType::BF16 => bf16::from_f64(v).to_f64(),
        DType::F16 => f16::from_f64(v).to_f64(),
        DType::I32 => (v as i32) as f64,
        DType::I64 => (v as i64) as f64,
        DType::Pred => f64::from(u8::from(v != 0.0)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_finite_checks_every_dtype_in_place() {
        for dtype in [DType::F32, DType::F64, DType::BF16, DType::F16] {
            let ok = HostTensor::from_f64(dtype, vec![3], &[1.0, -2.5, 0.0]).unwrap();
            assert!(ok.all_finite(), "{dtype}");
            for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
                let t = HostTensor::from_f64(dtype, vec![3], &[1.0, bad, 0.0]).unwrap();
                assert!(!t.all_finite(), "{dtype} with {bad}");
            }
        }
        // 1e6 overflows f16 to infinity: what the device would see.
        let big = HostTensor::from_f64(DType::F16, vec![1], &[1e6]).unwrap();
        assert!(!big.all_finite());
        let ints = HostTensor::from_f64(DType::I64, vec![2], &[1.0, -7.0]).unwrap();
        assert!(ints.all_finite());
    }
}
