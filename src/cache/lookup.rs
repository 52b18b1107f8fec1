//! The cache's lookup: memory, then the caller's serialized bytes, then disk, then XLA; what it
//! compiles is stored in both layers.

use std::fs;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use super::disk::{evict, read_entry, write_entry};
use super::{warn, ExecutableCache, MemoryKey};
use crate::pjrt::{Client, CompileOptions, Executable};
use crate::types::{Result, Signature};

impl ExecutableCache {
    pub(super) fn get(
        &self,
        client: &Client,
        code: &[u8],
        signature: &Signature,
        options: &CompileOptions,
        serialized: Option<&[u8]>,
    ) -> Result<Arc<Executable>> {
        let key = self.key_of_code(client, code, signature, options)?;
        let id: MemoryKey = (
            Arc::as_ptr(&client.inner) as *const () as usize,
            key.digest(),
        );
        // One caller per key at a time: the others then find its result in memory.
        let gate = self
            .inner
            .gates
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entry(id.clone())
            .or_default()
            .clone();
        let _held = gate.lock().unwrap_or_else(|e| e.into_inner());
        let found = self
            .inner
            .memory
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&id)
            .cloned();
        if let Some(exe) = found {
            self.bump(|s| s.memory_hits += 1);
            return Ok(exe);
        }
        if let Some(bytes) = serialized {
            match client.deserialize(bytes, signature.clone()) {
                Ok(exe) => {
                    self.bump(|s| s.preloaded += 1);
                    return Ok(self.remember(id, exe, Some(bytes.into())));
                }
                Err(e) => {
                    self.bump(|s| s.rejected += 1);
                    warn(&format!(
                        "the plugin refused a stored executable ({e}); compiling it again"
                    ));
                }
            }
        }
        let path = self.entry_path(&key);
        if let Some(path) = &path {
            match read_entry(path, &key) {
                Ok(None) => {}
                Ok(Some(bytes)) => match client.deserialize(&bytes, signature.clone()) {
                    Ok(exe) => {
                        self.bump(|s| s.disk_hits += 1);
                        // Recently used: the last to be evicted.
                        let _ = fs::File::options()
                            .write(true)
                            .open(path)
                            .and_then(|f| f.set_modified(std::time::SystemTime::now()));
                        return Ok(self.remember(id, exe, Some(bytes.into())));
                    }
                    Err(e) => {
                        self.bump(|s| s.rejected += 1);
                        warn(&format!(
                            "the plugin refused the executable cache entry {} ({e}); compiling \
                             again and replacing it",
                            path.display()
                        ));
                    }
                },
                Err(reason) => {
                    self.bump(|s| s.rejected += 1);
                    warn(&format!(
                        "executable cache entry {} is {reason}; compiling again and replacing it",
                        path.display()
                    ));
                }
            }
        }
        let exe = client.compile_bytes(code, signature.clone(), options)?;
        self.bump(|s| s.compiles += 1);
        let mut serialized = None;
        if let Some(path) = &path {
            let written = exe.serialize().and_then(|b| {
                write_entry(path, &key, &b)?;
                serialized = Some(b.into());
                Ok(())
            });
            match written {
                Ok(()) => {
                    self.bump(|s| s.disk_writes += 1);
                    evict(path, self.inner.max_bytes.load(Ordering::Relaxed));
                }
                Err(e) => {
                    if !self.inner.write_warned.swap(true, Ordering::Relaxed) {
                        warn(&format!(
                            "cannot store executables in the cache ({e}); later runs compile them \
                             again"
                        ));
                    }
                }
            }
        }
        Ok(self.remember(id, exe, serialized))
    }

    /// Keeps `exe` in memory, with the bytes it was loaded from (or first serialized to).
    fn remember(
        &self,
        id: MemoryKey,
        exe: Executable,
        serialized: Option<Arc<[u8]>>,
    ) -> Arc<Executable> {
        let exe = Arc::new(exe);
        if let Some(bytes) = serialized {
            let mut origins = self.inner.origins.lock().unwrap_or_else(|e| e.into_inner());
            origins.retain(|_, (w, _)| w.strong_count() > 0);
            origins.insert(Arc::as_ptr(&exe) as usize, (Arc::downgrade(&exe), bytes));
        }
        self.inner
            .memory
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(id, exe.clone());
        exe
    }
}
