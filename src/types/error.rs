//! The one error type of the library.
//!
//! Every variant names the thing that went wrong (the op, the tensor, the plugin path, the C function)
//! so a caller can act on it without reading our source.

use std::path::PathBuf;

/// Result alias used throughout the crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in muon-xla. `Debug` prints the message (what
/// `fn main() -> muon_xla::Result<()>` shows), not the variant's fields.
#[derive(thiserror::Error)]
pub enum Error {
    /// Shapes that do not fit together, caught at trace time or before a call into XLA.
    #[error("shape error in {op}: {msg}")]
    Shape { op: String, msg: String },

    /// Element types that do not fit together.
    #[error("dtype error in {op}: {msg}")]
    DType { op: String, msg: String },

    /// A PJRT plugin that cannot be found, loaded or installed.
    #[error("PJRT plugin {}: {msg}", path.display())]
    Plugin { path: PathBuf, msg: String },

    /// oneDNN (the CPU's matmul library, `--cpu-gemm onednn`) that cannot be found, installed or
    /// loaded, or that fails a product.
    #[error("oneDNN {}: {msg} (`--cpu-gemm xla` keeps XLA's dots; MUON_XLA_ONEDNN=/path/to/libdnnl.so.3 picks a library)", path.display())]
    OneDnn { path: PathBuf, msg: String },

    /// An error returned by a PJRT C API function, with the plugin's own message.
    #[error("{function} failed with {code}: {msg}")]
    Pjrt {
        function: &'static str,
        code: String,
        msg: String,
    },

    /// A problem with a cached or serialized executable.
    #[error("executable cache: {0}")]
    Cache(String),

    /// A file that could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// A setting (a field of `config::Settings`: a JSON key, a command-line flag) whose value is
    /// not allowed. The command line names the flag; the library names the field.
    #[error("setting `{field}`: got {value}, expected {expected}")]
    InvalidSetting {
        field: &'static str,
        value: String,
        expected: String,
    },

    /// Tensors addressed by parameter name that do not match the optimizer's parameters: every
    /// unknown name and every parameter left out, together.
    #[error("{what} by name: {}{}{}",
        if unknown.is_empty() { String::new() } else { format!("no parameter named {}", unknown.join(", ")) },
        if unknown.is_empty() || missing.is_empty() { "" } else { "; " },
        if missing.is_empty() { String::new() } else { format!("missing {}", missing.join(", ")) })]
    UnknownParameters {
        what: String,
        unknown: Vec<String>,
        missing: Vec<String>,
    },

    /// A state tensor a parameter does not keep (its route keeps other kinds, or the feature that
    /// keeps it is off).
    #[error("`{param}` has no state `{kind}` (it keeps {keeps})")]
    MissingState {
        param: String,
        kind: String,
        keeps: String,
    },

    /// Something used before it holds what it needs: an optimizer's parameters before
    /// `set_params` (or after a failed step that consumed them).
    #[error("{what}: no parameters on the device; call set_params first (or build the optimizer with Optimizer::from_named)")]
    NotInitialized { what: String },

    /// A broken invariant of muon-xla itself (a bug: please report it with the message).
    #[error("internal error (a bug in muon-xla): {0}")]
    Internal(String),

    /// Invalid configuration or arguments.
    #[error("{0}")]
    Config(String),
}

impl std::fmt::Debug for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self, f)
    }
}

impl Error {
    pub(crate) fn shape(op: impl Into<String>, msg: impl Into<String>) -> Self {
        Error::Shape {
            op: op.into(),
            msg: msg.into(),
        }
    }

    pub(crate) fn dtype(op: impl Into<String>, msg: impl Into<String>) -> Self {
        Error::DType {
            op: op.into(),
            msg: msg.into(),
        }
    }

    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}
