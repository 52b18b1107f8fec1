//! Compiling several programs at once: one worker thread per core, each taking the next program.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use super::{ExecutableCache, Program};
use crate::pjrt::{Client, CompileOptions, Executable};
use crate::types::{Error, Result};

impl ExecutableCache {
    /// The executables of several programs, in order, each as [`ExecutableCache::compile`] (or
    /// [`ExecutableCache::load_serialized`] when it comes with bytes) would give it, worked on by
    /// as many threads as the machine has cores: XLA compiles (and loads) one program on mostly one
    /// core. The first error, in program order, is returned.
    pub fn compile_all(
        &self,
        client: &Client,
        options: &CompileOptions,
        programs: &[Program<'_>],
    ) -> Result<Vec<Arc<Executable>>> {
        let get = |p: &Program<'_>| {
            self.get(
                client,
                p.mlir.as_bytes(),
                p.signature,
                options,
                p.serialized,
            )
        };
        let workers = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(programs.len());
        if workers <= 1 {
            return programs.iter().map(get).collect();
        }
        let next = AtomicUsize::new(0);
        let results: Vec<Mutex<Option<Result<Arc<Executable>>>>> =
            programs.iter().map(|_| Mutex::new(None)).collect();
        std::thread::scope(|scope| {
            for _ in 0..workers {
                scope.spawn(|| loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(p) = programs.get(i) else {
                        break;
                    };
                    let r = get(p);
                    *results[i].lock().unwrap_or_else(|e| e.into_inner()) = Some(r);
                });
            }
        });
        results
            .into_iter()
            .map(|slot| {
                slot.into_inner()
                    .unwrap_or_else(|e| e.into_inner())
                    .unwrap_or_else(|| Err(Error::Cache("a compile worker stopped early".into())))
            })
            .collect()
    }
}
