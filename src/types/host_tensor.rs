//! Host tensors: typed bytes in row-major order, the currency between files, the reference
//! interpreter and device buffers.

use std::sync::Arc;

use half::{bf16, f16};

use crate::types::{DType, Error, Result, Shape, TensorType};

/// A dense row-major tensor in host memory, stored as little-endian bytes of its dtype.
#[derive(Debug, Clone, PartialEq)]
pub struct HostTensor {
    ty: TensorType,
    bytes: Storage,
}

/// Memory that tensors share: e.g. a mapped file whose tensors are read in place.
pub type SharedBytes = Arc<dyn AsRef<[u8]> + Send + Sync>;

/// A tensor's bytes: its own, or a range of memory it shares with other tensors.
#[derive(Clone)]
enum Storage {
    Owned(Vec<u8>),
    Shared {
        owner: SharedBytes,
        start: usize,
        len: usize,
    },
}

impl Storage {
    fn as_slice(&self) -> &[u8] {
        match self {
            Storage::Owned(v) => v,
            Storage::Shared { owner, start, len } => &(**owner).as_ref()[*start..*start + *len],
        }
    }
}

impl std::fmt::Debug for Storage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_slice().fmt(f)
    }
}

impl PartialEq for Storage {
    fn eq(&self, other: &Self) -> bool {
        self.as_slice() == other.as_slice()
    }
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
        Ok(HostTensor {
            ty,
            bytes: Storage::Owned(bytes),
        })
    }

    /// A tensor over `ty.size_bytes()` bytes of `owner` from `start`, read in place (no copy):
    /// e.g. a tensor of a mapped file. Fails when the range is outside `owner`.
    pub fn from_shared(ty: TensorType, owner: SharedBytes, start: usize) -> Result<Self> {
        let len = ty.size_bytes();
        let have = (*owner).as_ref().len();
        if start.checked_add(len).map_or(true, |end| end > have) {
            return Err(Error::shape(
                "HostTensor::from_shared",
                format!("{ty} needs {len} bytes from byte {start}, the memory has {have}"),
            ));
        }
        Ok(HostTensor {
            ty,
            bytes: Storage::Shared { owner, start, len },
        })
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
                DType::BF16 => bytes.extend_from_slice(&bf16_from_f64(v).to_le_bytes()),
                DType::F16 => bytes.extend_from_slice(&f16_from_f64(v).to_le_bytes()),
                DType::I32 => bytes.extend_from_slice(&(v as i32).to_le_bytes()),
                DType::I64 => bytes.extend_from_slice(&(v as i64).to_le_bytes()),
                DType::Pred => bytes.push(u8::from(v != 0.0)),
            }
        }
        Ok(HostTensor {
            ty,
            bytes: Storage::Owned(bytes),
        })
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
        let bytes = Storage::Owned(vec![0; ty.size_bytes()]);
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
        self.bytes.as_slice()
    }

    /// The bytes, owned (copied out when the tensor shares its memory).
    pub fn into_bytes(self) -> Vec<u8> {
        match self.bytes {
            Storage::Owned(v) => v,
            shared => shared.as_slice().to_vec(),
        }
    }

    /// The values widened to f64 (exact for every supported dtype but i64 beyond 2^53).
    pub fn to_f64(&self) -> Vec<f64> {
        let n = self.ty.dtype.size_bytes();
        self.bytes()
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
        let b = self.bytes();
        // A float is NaN or infinite when its exponent bits are all ones. Checked a block at a
        // time with no branch inside a block, so the compiler vectorizes it: the step checks
        // every gradient before anything runs (340 MB of GPT-2 small's: 50 ms one element at a
        // time with an early exit).
        macro_rules! no_special {
            ($bits:ty, $exponent:expr) => {{
                const N: usize = std::mem::size_of::<$bits>();
                b.chunks(N * 4096).all(|block| {
                    !block.chunks_exact(N).fold(false, |bad, c| {
                        let bits = <$bits>::from_le_bytes(c.try_into().unwrap_or([0; N]));
                        bad | (bits & $exponent == $exponent)
                    })
                })
            }};
        }
        match self.ty.dtype {
            DType::F32 => no_special!(u32, 0x7f80_0000),
            DType::F64 => no_special!(u64, 0x7ff0_0000_0000_0000),
            DType::BF16 => no_special!(u16, 0x7f80),
            DType::F16 => no_special!(u16, 0x7c00),
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
        DType::BF16 => bf16_from_f64(v).to_f64(),
        DType::F16 => f16_from_f64(v).to_f64(),
        DType::I32 => (v as i32) as f64,
        DType::I64 => (v as i64) as f64,
        DType::Pred => f64::from(u8::from(v != 0.0)),
    }
}

/// `v` rounded to f32 "to odd": truncated toward zero, its last bit set when that was inexact.
/// Rounding this once more, to nearest-even in a format with at least two fewer bits of precision
/// (bf16, f16), gives exactly `v` rounded to nearest-even in that format: no double rounding.
fn f32_round_to_odd(v: f64) -> f32 {
    let r = v as f32;
    if r.is_nan() || f64::from(r) == v {
        return r;
    }
    let mut bits = r.to_bits();
    // Rounded away from zero (or overflowed to infinity): one step back toward zero.
    if r.is_infinite() || f64::from(r).abs() > v.abs() {
        bits -= 1;
    }
    f32::from_bits(bits | 1)
}

/// `v` rounded to the nearest bf16, ties to even (what XLA's convert does).
///
/// Not `half::bf16::from_f64`: half 2.x keeps only the upper 32 bits of the f64 when rounding,
/// so the lowest 3 bits of an f32 mantissa are lost from the sticky bit and a value just above
/// a tie (f32 bits `0x3E9A8007`) rounds down instead of up.
pub fn bf16_from_f64(v: f64) -> bf16 {
    bf16::from_f32(f32_round_to_odd(v))
}

/// `v` rounded to the nearest f16, ties to even.
///
/// Not `half::f16::from_f64`: with the x86 `f16c` feature it rounds to f32 first, then to f16
/// (double rounding).
pub fn f16_from_f64(v: f64) -> f16 {
    f16::from_f32(f32_round_to_odd(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `v` (positive, normal in the target format) correctly rounded to `mantissa` bits by
    /// hand: the f64 truncated to those bits, or the next value up, whichever is nearer; on a
    /// tie the one with an even last bit.
    fn nearest(v: f64, mantissa: u32) -> f64 {
        let drop = 52 - mantissa;
        let lo = v.to_bits() & !((1u64 << drop) - 1);
        let hi = lo + (1u64 << drop);
        let (below, above) = (f64::from_bits(lo), f64::from_bits(hi));
        let (db, da) = (v - below, above - v);
        let even = (lo >> drop) & 1 == 0;
        if db < da || (db == da && even) {
            below
        } else {
            above
        }
    }

    #[test]
    fn bf16_and_f16_round_f64_correctly() {
        // The value that exposed half's bf16::from_f64: round bit set, sticky bits only in the
        // low three bits of the f32 mantissa.
        let v = f64::from(f32::from_bits(0x3E9A_8007));
        assert_eq!(bf16_from_f64(v).to_bits(), 0x3E9B);
        assert_eq!(
            bf16_from_f64(f64::from(f32::from_bits(0x3E9A_8000))).to_bits(),
            0x3E9A
        );
        assert_eq!(
            bf16_from_f64(f64::from(f32::from_bits(0x3E9B_8000))).to_bits(),
            0x3E9C
        );
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for i in 0..200_000 {
            let r = next();
            // f32 values (ties and near-ties are frequent among them) and full f64 values, with
            // exponents across 2^-64..2^63 for bf16 and 2^-8..2^7 for f16.
            let exp = (r >> 56) & 0x7F;
            let mut bits = ((0x3BF + exp) << 52) | (r & 0x000F_FFFF_FFFF_FFFF);
            if i % 2 == 0 {
                bits &= !((1u64 << 29) - 1);
            }
            let v = f64::from_bits(bits);
            assert_eq!(bf16_from_f64(v).to_f64(), nearest(v, 7), "bf16 of {v:e}");
            let w = f64::from_bits(((0x3F7 + exp % 16) << 52) | (bits & 0x000F_FFFF_FFFF_FFFF));
            assert_eq!(f16_from_f64(w).to_f64(), nearest(w, 10), "f16 of {w:e}");
        }
        // Specials, signs and the ends of the range.
        assert!(bf16_from_f64(f64::NAN).is_nan());
        assert_eq!(bf16_from_f64(f64::INFINITY), bf16::INFINITY);
        assert_eq!(bf16_from_f64(-1e300), bf16::NEG_INFINITY);
        assert_eq!(bf16_from_f64(1e-300).to_bits(), 0);
        assert_eq!(bf16_from_f64(-1e-300).to_bits(), 0x8000);
        assert_eq!(bf16_from_f64(-v).to_bits(), 0xBE9B);
        assert_eq!(f16_from_f64(1e6), f16::INFINITY);
        assert_eq!(f16_from_f64(65504.0), f16::MAX);
        // Just above the f16 tie between 1 and 1 + 2^-10, by less than an f32 ulp.
        assert_eq!(
            f16_from_f64(1.0 + 2f64.powi(-11) + 2f64.powi(-40)).to_bits(),
            0x3C01
        );
        assert_eq!(f16_from_f64(1.0 + 2f64.powi(-11)).to_bits(), 0x3C00);
    }

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

    #[test]
    fn all_finite_finds_one_special_anywhere_in_a_large_tensor() {
        // Several of the check's 4096-element blocks and a partial one; the extremes of the
        // finite range (largest, smallest subnormal, -0) must pass.
        let n = 3 * 4096 + 17;
        for dtype in [DType::F32, DType::F64, DType::BF16, DType::F16] {
            let max = match dtype {
                DType::F32 => f32::MAX as f64,
                DType::F64 => f64::MAX,
                DType::BF16 => bf16::MAX.to_f64(),
                _ => f16::MAX.to_f64(),
            };
            let tiny = match dtype {
                DType::F32 => f32::from_bits(1) as f64,
                DType::F64 => f64::from_bits(1),
                DType::BF16 => bf16::from_bits(1).to_f64(),
                _ => f16::from_bits(1).to_f64(),
            };
            let mut vals: Vec<f64> = (0..n).map(|i| (i % 13) as f64 - 6.0).collect();
            (vals[1], vals[2], vals[3]) = (max, -tiny, -0.0);
            let ok = HostTensor::from_f64(dtype, vec![n], &vals).unwrap();
            assert!(ok.all_finite(), "{dtype}");
            for at in [0, 4095, 4096, 2 * 4096 + 5, n - 1] {
                for bad in [f64::NAN, f64::NEG_INFINITY] {
                    let mut v = vals.clone();
                    v[at] = bad;
                    let t = HostTensor::from_f64(dtype, vec![n], &v).unwrap();
                    assert!(!t.all_finite(), "{dtype}: {bad} at {at}");
                }
            }
        }
    }
}
