//! The base types every layer speaks: element types, shapes and tensor types, host tensors, and
//! the one error type. Depends on nothing else in the crate.

pub mod error;
mod host_tensor;
mod tensor_type;

pub use error::{Error, Result};
pub use host_tensor::{bf16_from_f64, f16_from_f64, round_to, HostTensor, SharedBytes};
pub use tensor_type::{num_elements, DType, Shape, Signature, TensorType};
