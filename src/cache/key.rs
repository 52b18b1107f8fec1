//! Cache keys and the programs handed to the cache.

use serde::{Deserialize, Serialize};

use super::{sha256_hex, HostCpu, PluginIdentity, KEY_FORMAT};
use crate::pjrt::CompileOptions;
use crate::types::Signature;

/// Everything an executable depends on. Two equal keys compile to interchangeable executables.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CacheKey {
    pub format: u32,
    /// sha256 of the program (StableHLO text or bytecode).
    pub graph_sha256: String,
    /// sha256 of the calling convention (argument and result types, donation).
    pub signature_sha256: String,
    /// sha256 of the plugin file.
    pub plugin_sha256: String,
    pub plugin_size: u64,
    pub pjrt_api_version: String,
    pub platform: String,
    pub platform_version: String,
    /// sha256 of the serialized `CompileOptionsProto`.
    pub compile_options_sha256: String,
    /// [`HostCpu::features_sha256`].
    pub cpu_features_sha256: String,
    /// For a program calling our oneDNN matmul handler: the oneDNN library and handler version it
    /// runs with ([`crate::pjrt::onednn::OneDnnInfo::identity`]), so such an executable is never
    /// loaded where oneDNN differs or is missing. Empty (and absent from the key's JSON, which
    /// keeps every other key's digest) otherwise.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub custom_calls: String,
}

impl CacheKey {
    pub fn new(
        plugin: &PluginIdentity,
        cpu: &HostCpu,
        mlir: &str,
        signature: &Signature,
        options: &CompileOptions,
    ) -> CacheKey {
        CacheKey::of_code(plugin, cpu, mlir.as_bytes(), signature, options)
    }

    /// [`CacheKey::new`] for a program as bytes (StableHLO text or MLIR bytecode).
    pub fn of_code(
        plugin: &PluginIdentity,
        cpu: &HostCpu,
        code: &[u8],
        signature: &Signature,
        options: &CompileOptions,
    ) -> CacheKey {
        let sig = serde_json::to_vec(signature).unwrap_or_default();
        CacheKey {
            format: KEY_FORMAT,
            graph_sha256: sha256_hex(code),
            signature_sha256: sha256_hex(&sig),
            plugin_sha256: plugin.file_sha256.clone(),
            plugin_size: plugin.file_size,
            pjrt_api_version: plugin.api_version.clone(),
            platform: plugin.platform.clone(),
            platform_version: plugin.platform_version.clone(),
            compile_options_sha256: sha256_hex(&options.encode()),
            cpu_features_sha256: cpu.features_sha256.clone(),
            custom_calls: crate::pjrt::onednn::program_identity(code).unwrap_or_default(),
        }
    }

    /// sha256 of the whole key: the name of its disk entry.
    pub fn digest(&self) -> String {
        sha256_hex(&serde_json::to_vec(self).unwrap_or_default())
    }
}

/// One program for [`ExecutableCache::compile_all`].
#[derive(Debug, Clone, Copy)]
pub struct Program<'a> {
    /// The StableHLO text.
    pub mlir: &'a str,
    pub signature: &'a Signature,
    /// Serialized executable bytes to try first (see [`ExecutableCache::load_serialized`]).
    pub serialized: Option<&'a [u8]>,
}

impl<'a> Program<'a> {
    /// Programs to compile from scratch: each text with its signature, nothing serialized.
    pub fn fresh(texts: &'a [String], signatures: &'a [Signature]) -> Vec<Program<'a>> {
        texts
            .iter()
            .zip(signatures)
            .map(|(mlir, signature)| Program {
                mlir,
                signature,
                serialized: None,
            })
            .collect()
    }
}
