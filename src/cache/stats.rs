//! What a cache did: counters for tests and reports.

use serde::Serialize;

/// Counters for tests and reports.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct CacheStats {
    /// Programs compiled by XLA.
    pub compiles: u64,
    /// Executables found in memory.
    pub memory_hits: u64,
    /// Executables loaded from the disk cache.
    pub disk_hits: u64,
    /// Executables loaded from bytes the caller provided (a compiled directory).
    pub preloaded: u64,
    /// Disk entries or provided bytes refused (corrupt, truncated, stale, mismatched, or refused
    /// by the plugin) and compiled again.
    pub rejected: u64,
    /// Disk entries written.
    pub disk_writes: u64,
}
