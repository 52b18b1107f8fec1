//! Giving freed heap memory back to the operating system between the chunks of a large job.

/// Returns the process's freed heap memory to the operating system. glibc keeps freed blocks of
/// a few MB in its arenas (its mmap threshold grows with the largest block freed), so without
/// this a shard-by-shard step's resident memory keeps the high-water mark of the shards before
/// it. A no-op where the C library is not glibc.
pub fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        extern "C" {
            fn malloc_trim(pad: usize) -> i32;
        }
        // SAFETY: `malloc_trim` takes no pointers and only returns glibc's own free pages to the
        // kernel; it is thread-safe (it locks each arena) and has no preconditions.
        unsafe {
            malloc_trim(0);
        }
    }
}
