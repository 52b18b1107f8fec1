//! `xla.CompileOptionsProto`, encoded by hand (no protoc): only the fields we set.
//!
//! Field numbers, from `xla/pjrt/proto/compile_options.proto` (openxla/xla):
//! - `CompileOptionsProto`: `executable_build_options = 3` (message),
//!   `env_option_overrides = 7` (`map<string, OptionOverrideProto>`).
//! - `ExecutableBuildOptionsProto`: `device_ordinal = 1` (int64, -1 = unset), `num_replicas = 4`,
//!   `num_partitions = 5` (int64), `use_spmd_partitioning = 6` (bool),
//!   `device_assignment = 9` (`DeviceAssignmentProto`), `use_shardy_partitioner = 19` (bool).
//! - `DeviceAssignmentProto` (`xla/xla_data.proto`): `replica_count = 1`, `computation_count = 2`
//!   (int32), `computation_devices = 3` (repeated `{ repeated int64 replica_device_ids = 1 }`).
//! - `OptionOverrideProto`: oneof `string_field = 1`, `bool_field = 2`, `int_field = 3` (int64),
//!   `double_field = 4`.
//!
//! A map entry is encoded as a message with `key = 1` and `value = 2`.
//! Never send an empty proto: the CPU plugin aborts the process on it.

use super::proto_wire::{put_bytes, put_int, put_tag, put_uint, FIXED64};

/// The value of an XLA option override (`OptionOverrideProto`).
#[derive(Debug, Clone, PartialEq)]
pub enum OptionValue {
    String(String),
    Bool(bool),
    Int(i64),
    Double(f64),
}

/// The compile options we send with every program.
#[derive(Debug, Clone, PartialEq)]
pub struct CompileOptions {
    pub num_replicas: u32,
    pub num_partitions: u32,
    pub use_spmd_partitioning: bool,
    /// Partition `i` runs on the device with id `device_assignment[i]` (one replica). Empty:
    /// the plugin's default assignment.
    pub device_assignment: Vec<i64>,
    /// Partition with Shardy (for modules written with `sdy` shardings) instead of GSPMD.
    pub use_shardy_partitioner: bool,
    /// XLA debug options by name (e.g. `xla_cpu_enable_fast_math`), applied to this compilation
    /// only; an unknown name is a compile error.
    pub env_option_overrides: Vec<(String, OptionValue)>,
}

impl Default for CompileOptions {
    fn default() -> Self {
        CompileOptions {
            num_replicas: 1,
            num_partitions: 1,
            use_spmd_partitioning: false,
            device_assignment: Vec::new(),
            use_shardy_partitioner: false,
            // Round 16-bit values where the program says so: by default XLA may keep a bf16
            // chain in f32 and drop roundings, which parts our bf16 Newton–Schulz from the
            // references it reproduces (keller-jordan's bf16 goldens: 3.2e-3 → 1.3e-4; the
            // kernels are the same). Device targets set their own list.
            env_option_overrides: vec![(
                "xla_allow_excess_precision".to_string(),
                OptionValue::Bool(false),
            )],
        }
    }
}

impl CompileOptions {
    /// The serialized `CompileOptionsProto`. Deterministic: same options, same bytes.
    pub fn encode(&self) -> Vec<u8> {
        let mut build = Vec::new();
        put_int(&mut build, 1, -1); // device_ordinal: unset, as XLA's own default
        put_int(&mut build, 4, i64::from(self.num_replicas));
        put_int(&mut build, 5, i64::from(self.num_partitions));
        if self.use_spmd_partitioning {
            put_uint(&mut build, 6, 1);
        }
        if !self.device_assignment.is_empty() {
            let mut assign = Vec::new();
            put_int(&mut assign, 1, 1);
            put_int(&mut assign, 2, self.device_assignment.len() as i64);
            for &id in &self.device_assignment {
                let mut computation = Vec::new();
                put_int(&mut computation, 1, id);
                put_bytes(&mut assign, 3, &computation);
            }
            put_bytes(&mut build, 9, &assign);
        }
        if self.use_shardy_partitioner {
            put_uint(&mut build, 19, 1);
        }

        let mut out = Vec::new();
        put_bytes(&mut out, 3, &build);
        for (name, value) in &self.env_option_overrides {
            let mut over = Vec::new();
            match value {
                OptionValue::String(s) => put_bytes(&mut over, 1, s.as_bytes()),
                OptionValue::Bool(b) => put_uint(&mut over, 2, u64::from(*b)),
                OptionValue::Int(i) => put_int(&mut over, 3, *i),
                OptionValue::Double(d) => {
                    put_tag(&mut over, 4, FIXED64);
                    over.extend_from_slice(&d.to_le_bytes());
                }
            }
            let mut entry = Vec::new();
            put_bytes(&mut entry, 1, name.as_bytes());
            put_bytes(&mut entry, 2, &over);
            put_bytes(&mut out, 7, &entry);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn device_assignment_and_shardy() {
        let opts = CompileOptions {
            num_partitions: 2,
            use_spmd_partitioning: true,
            device_assignment: vec![0, 1],
            use_shardy_partitioner: true,
            env_option_overrides: Vec::new(),
            ..CompileOptions::default()
        };
        let bytes = opts.encode();
        // ... use_spmd_partitioning (6): 1, device_assignment (9) { replica_count: 1,
        // computation_count: 2, computation_devices { replica_device_ids: 0 },
        // computation_devices { replica_device_ids: 1 } }, use_shardy_partitioner (19): 1
        let tail = [
            0x30, 0x01, 0x4a, 0x0c, 0x08, 0x01, 0x10, 0x02, 0x1a, 0x02, 0x08, 0x00, 0x1a, 0x02,
            0x08, 0x01, 0x98, 0x01, 0x01,
        ];
        assert_eq!(&bytes[bytes.len() - tail.len()..], &tail);
        assert_eq!(bytes[1] as usize, bytes.len() - 2);
    }

    #[test]
    fn the_default_rounds_16_bit_values_where_the_program_says() {
        let d = CompileOptions::default();
        assert_eq!(
            d.env_option_overrides,
            vec![(
                "xla_allow_excess_precision".to_string(),
                OptionValue::Bool(false)
            )]
        );
    }

    #[test]
    fn overrides() {
        let opts = CompileOptions {
            env_option_overrides: vec![
                ("a".into(), OptionValue::Bool(true)),
                ("b".into(), OptionValue::Double(1.0)),
            ],
            ..CompileOptions::default()
        };
        let bytes = opts.encode();
        let base = CompileOptions {
            env_option_overrides: Vec::new(),
            ..CompileOptions::default()
        }
        .encode();
        assert_eq!(&bytes[..base.len()], &base[..]);
        let rest = &bytes[base.len()..];
        // field 7 { key "a", value { bool_field: true } }
        let a = [0x3a, 0x07, 0x0a, 0x01, b'a', 0x12, 0x02, 0x10, 0x01];
        assert_eq!(&rest[..a.len()], &a);
        // field 7 { key "b", value { double_field: 1.0 } }
        let mut b = vec![0x3a, 0x0e, 0x0a, 0x01, b'b', 0x12, 0x09, 0x21];
        b.extend_from_slice(&1.0f64.to_le_bytes());
        assert_eq!(&rest[a.len()..], &b[..]);
    }
}
