//! Host-side cutting and joining of tensors along one axis: the shards a device receives and
//! the whole tensor read back from them.

use crate::graph::Sharding;
use crate::types::{Error, HostTensor, Result, TensorType};

/// `(outer, extent of axis, bytes per inner block)` of `ty` around `axis`.
fn blocks(ty: &TensorType, axis: usize) -> (usize, usize, usize) {
    let outer = ty.shape[..axis].iter().product::<usize>();
    let inner = ty.shape[axis + 1..].iter().product::<usize>() * ty.dtype.size_bytes();
    (outer, ty.shape[axis], inner)
}

/// Device `d`'s part of `t` under `sharding` over `devices` devices.
pub fn shard(t: &HostTensor, sharding: Sharding, devices: usize) -> Result<Vec<HostTensor>> {
    let Some(axis) = sharding.split_axis() else {
        return Ok(vec![t.clone(); devices]);
    };
    let ty = t.ty();
    if axis >= ty.rank() || ty.shape[axis] % devices != 0 {
        return Err(Error::shape(
            "shard",
            format!("{ty}: axis {axis} does not split into {devices} equal blocks"),
        ));
    }
    let (outer, extent, inner) = blocks(ty, axis);
    let chunk = extent / devices;
    let mut shape = ty.shape.clone();
    shape[axis] = chunk;
    let local = TensorType::new(ty.dtype, shape);
    (0..devices)
        .map(|d| {
            let mut bytes = Vec::with_capacity(local.size_bytes());
            for o in 0..outer {
                let start = (o * extent + d * chunk) * inner;
                bytes.extend_from_slice(&t.bytes()[start..start + chunk * inner]);
            }
            HostTensor::from_bytes(local.clone(), bytes)
        })
        .collect()
}

/// The whole tensor from its shards (for a replicated tensor, device 0's copy).
pub fn unshard(parts: &[HostTensor], sharding: Sharding) -> Result<HostTensor> {
    let Some(first) = parts.first() else {
        return Err(Error::Config("unshard: no shards".into()));
    };
    let Some(axis) = sharding.split_axis() else {
        return Ok(first.clone());
    };
    let lt = first.ty();
    if axis >= lt.rank() || parts.iter().any(|p| p.ty() != lt) {
        return Err(Error::shape(
            "unshard",
            format!("shards of {lt} differ in type or lack axis {axis}"),
        ));
    }
    let (outer, chunk, inner) = blocks(lt, axis);
    let mut shape = lt.shape.clone();
    shape[axis] = chunk * parts.len();
    let ty = TensorType::new(lt.dtype, shape);
    let mut bytes = Vec::with_capacity(ty.size_bytes());
    for o in 0..outer {
        for p in parts {
            bytes.extend_from_slice(&p.bytes()[o * chunk * inner..(o + 1) * chunk * inner]);
        }
    }
    HostTensor::from_bytes(ty, bytes)
}

/// `parts` (all of one type) stacked on a new leading axis of length `total`, the rows past
/// `parts.len()` zero.
pub fn stack(parts: &[&HostTensor], total: usize) -> Result<HostTensor> {
    let Some(first) = parts.first() else {
        return Err(Error::Config("stack: no tensors".into()));
    };
    let ty = first.ty();
    if total < parts.len() || parts.iter().any(|p| p.ty() != ty) {
        return Err(Error::shape(
            "stack",
            format!("{} tensors of {ty} (all alike) into {total}", parts.len()),
        ));
    }
    let mut shape = vec![total];
    shape.extend_from_slice(&ty.shape);
    let stacked = TensorType::new(ty.dtype, shape);
    let mut bytes = Vec::with_capacity(stacked.size_bytes());
    for p in parts {
        bytes.extend_from_slice(p.bytes());
    }
    bytes.resize(stacked.size_bytes(), 0);
    HostTensor::from_bytes(stacked, bytes)
}

/// The per-device type of a tensor of type `ty` under `sharding`.
pub fn local_type(ty: &TensorType, sharding: Sharding, devices: usize) -> TensorType {
    let mut local = ty.clone();
    if let Some(axis) = sharding.split_axis() {
        local.shape[axis] /= devices;
    }
    local
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shard_and_unshard_round_trip_on_every_axis() {
        let values: Vec<f32> = (0..24).map(|v| v as f32).collect();
        let t = HostTensor::from_f32(vec![2, 4, 3], &values).unwrap();
        let parts = shard(&t, Sharding::Split { axis: 1 }, 2).unwrap();
        assert_eq!(parts[0].shape(), &[2, 2, 3]);
        assert_eq!(
            parts[1].to_f32(),
            vec![6., 7., 8., 9., 10., 11., 18., 19., 20., 21., 22., 23.]
        );
        for axis in 0..3 {
            let s = Sharding::Split { axis };
            let n = t.shape()[axis];
            let back = unshard(&shard(&t, s, n).unwrap(), s).unwrap();
            assert_eq!(back, t);
        }
        assert!(shard(&t, Sharding::Split { axis: 2 }, 2).is_err());
        let s = stack(&[&parts[0], &parts[1]], 3).unwrap();
        assert_eq!(s.shape(), &[3, 2, 2, 3]);
        assert_eq!(&s.to_f32()[12..24], &parts[1].to_f32()[..]);
        assert!(s.to_f32()[24..].iter().all(|&v| v == 0.0));
    }
}
