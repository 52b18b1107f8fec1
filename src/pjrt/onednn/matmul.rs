//! oneDNN matmul primitives, created once per shape and reused for every call.

use std::collections::HashMap;
use std::ffi::c_void;

use super::library::{self, ExecArg, Handle, Library, SUCCESS};
use super::symmetric;

/// A (batched) product `[b,] m×k · k×n`, either operand stored transposed, all row-major.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MatmulShape {
    /// `None`: 2-D operands; `Some(b)`: `[b, ., .]` operands.
    pub batch: Option<i64>,
    pub m: i64,
    pub n: i64,
    pub k: i64,
    /// The left operand is stored `[k, m]`.
    pub transpose_lhs: bool,
    /// The right operand is stored `[n, k]`.
    pub transpose_rhs: bool,
    /// Operands' and result's dtypes (`library::DT_*`).
    pub input: i32,
    pub output: i32,
    /// The epilogue `out = α·product + β·c`, as the bits of the f32 `(α, β)`; `None`: `out =
    /// product`. Part of the key: oneDNN bakes post-ops into the primitive.
    pub epilogue: Option<(u32, u32)>,
    /// The result is symmetric (`m = n`: a Gram product `x·xᵀ`, or a symmetric matrix times
    /// itself, with a symmetric addend): only its upper part is computed, in row stripes, and
    /// the rest mirrored ([`super::symmetric`]).
    pub symmetric: bool,
}

impl MatmulShape {
    /// Bytes of the result.
    pub fn out_bytes(&self) -> usize {
        (self.batch.unwrap_or(1) * self.m * self.n) as usize * width(self.output)
    }
}

/// Bytes per element of a oneDNN dtype (f32 or bf16, the only ones created).
pub(super) fn width(dtype: i32) -> usize {
    if dtype == library::DT_F32 {
        4
    } else {
        2
    }
}

/// One primitive and the three memory objects it runs on (their data pointers set per call).
struct Primitive {
    desc: Handle,
    primitive: Handle,
    memories: [Handle; 3],
}

/// The engine, its stream and every primitive created so far. Used under one lock: oneDNN's
/// kernels already use every core, so two calls at once would only oversubscribe them.
pub struct Matmuls {
    lib: Library,
    engine: Handle,
    stream: Handle,
    primitives: HashMap<MatmulShape, Primitive>,
    /// Reused by symmetric products (fresh memory is slow to touch).
    pub(super) halves: symmetric::Halves,
}

// SAFETY: the handles are oneDNN objects owned by this struct; it is only used behind a Mutex, so
// no two threads touch them at once, and oneDNN objects may be used from any thread.
unsafe impl Send for Matmuls {}

fn check(status: i32, what: &str) -> Result<(), String> {
    let name = match status {
        SUCCESS => return Ok(()),
        1 => "out of memory",
        2 => "invalid arguments",
        3 => "unimplemented on this CPU",
        5 => "runtime error",
        _ => "error",
    };
    Err(format!("oneDNN {what} failed: {name} (status {status})"))
}

impl Matmuls {
    /// The CPU engine and an in-order stream.
    pub fn new(lib: Library) -> Result<Matmuls, String> {
        let (mut engine, mut stream) = (std::ptr::null_mut(), std::ptr::null_mut());
        // SAFETY: out-pointers to locals; CPU engine index 0 always exists.
        check(
            unsafe { (lib.engine_create)(&mut engine, library::ENGINE_CPU, 0) },
            "engine_create",
        )?;
        // SAFETY: `engine` was just created.
        let made = unsafe { (lib.stream_create)(&mut stream, engine, library::STREAM_IN_ORDER) };
        check(made, "stream_create")?;
        Ok(Matmuls {
            lib,
            engine,
            stream,
            primitives: HashMap::new(),
            halves: symmetric::Halves::default(),
        })
    }

    /// Whether oneDNN has a matmul for `dtype` operands here (bf16 needs AVX-512 or AVX2-VNNI-2;
    /// on plain AVX2 oneDNN 3.2 has none). Probed on a small product, kept in the cache.
    pub fn supports(&mut self, dtype: i32) -> bool {
        let shape = MatmulShape {
            batch: None,
            m: 16,
            n: 16,
            k: 16,
            transpose_lhs: false,
            transpose_rhs: false,
            input: dtype,
            output: dtype,
            epilogue: None,
            symmetric: false,
        };
        if self.primitives.contains_key(&shape) {
            return true;
        }
        match self.create(&shape) {
            Ok(p) => {
                self.primitives.insert(shape, p);
                true
            }
            Err(_) => false,
        }
    }

    /// `out = lhs · rhs` for `shape`; the pointers must hold dense row-major buffers of the
    /// shape's sizes and dtypes.
    ///
    /// # Safety
    /// `lhs`, `rhs`, `c` (when given) and `out` point to live buffers of the sizes `shape`
    /// implies (`c` the result's), `out` writable and not overlapping the others, for the
    /// duration of the call.
    pub unsafe fn run(
        &mut self,
        shape: MatmulShape,
        lhs: *mut c_void,
        rhs: *mut c_void,
        c: Option<*const c_void>,
        out: *mut c_void,
    ) -> Result<(), String> {
        // The sum post-op adds β times what the destination holds: `c` goes there first.
        let n = shape.out_bytes();
        match (shape.epilogue, c) {
            (Some(_), Some(c)) if c != out.cast_const() => {
                let (c, out) = (c as usize, out as usize);
                if c < out + n && out < c + n {
                    return Err("the addend overlaps the result".into());
                }
            }
            (Some(_), Some(_)) | (None, None) => {}
            _ => return Err("an epilogue needs its addend and an addend its epilogue".into()),
        }
        let stripes = symmetric::stripes(&shape);
        if stripes.len() < 2 {
            if let Some(c) = c.filter(|&c| c != out.cast_const()) {
                // SAFETY: `c` and `out` are disjoint (checked) buffers of the result's size (the
                // caller's contract).
                unsafe { std::ptr::copy_nonoverlapping(c.cast::<u8>(), out.cast::<u8>(), n) };
            }
            let key = MatmulShape {
                symmetric: false,
                ..shape
            };
            // SAFETY: the caller's contract.
            return unsafe { self.execute(key, lhs, rhs, out) };
        }
        // SAFETY: the caller's contract.
        unsafe { symmetric::run(self, shape, [lhs, rhs], c, out, &stripes) }
    }

    /// Runs the primitive of `key` (created on first use) on the three buffers.
    ///
    /// # Safety
    /// The pointers address the first element of each operand as `key` describes them.
    pub(super) unsafe fn execute(
        &mut self,
        key: MatmulShape,
        lhs: *mut c_void,
        rhs: *mut c_void,
        out: *mut c_void,
    ) -> Result<(), String> {
        if !self.primitives.contains_key(&key) {
            let p = self.create(&key)?;
            self.primitives.insert(key, p);
        }
        let Some(p) = self.primitives.get(&key) else {
            return Err("oneDNN primitive cache lost an entry".into());
        };
        let lib = &self.lib;
        for (mem, data) in p.memories.iter().zip([lhs, rhs, out]) {
            // SAFETY: `mem` is a live memory object of this primitive; `data` is a buffer of its
            // size (the caller's contract).
            check(
                unsafe { (lib.memory_set_data_handle)(*mem, data) },
                "memory_set_data_handle",
            )?;
        }
        let args = [
            ExecArg {
                arg: library::ARG_SRC,
                memory: p.memories[0],
            },
            ExecArg {
                arg: library::ARG_WEIGHTS,
                memory: p.memories[1],
            },
            ExecArg {
                arg: library::ARG_DST,
                memory: p.memories[2],
            },
        ];
        // SAFETY: primitive, stream and memories are live; `args` outlives the call.
        check(
            unsafe { (lib.primitive_execute)(p.primitive, self.stream, 3, args.as_ptr()) },
            "matmul",
        )?;
        // SAFETY: the stream is live.
        check(unsafe { (lib.stream_wait)(self.stream) }, "stream_wait")
    }

    fn create(&self, s: &MatmulShape) -> Result<Primitive, String> {
        let lib = &self.lib;
        // Logical dims and the strides of the stored (possibly transposed) row-major buffers.
        let (m, n, k) = (s.m, s.n, s.k);
        let src = match s.transpose_lhs {
            false => ([m, k], [k, 1]),
            true => ([m, k], [1, m]),
        };
        let wei = match s.transpose_rhs {
            false => ([k, n], [n, 1]),
            true => ([k, n], [1, k]),
        };
        let dst = ([m, n], [n, 1]);
        let mut descs: Vec<Handle> = Vec::with_capacity(3);
        let result = (|| {
            for ((dims2, strides2), dt) in [(src, s.input), (wei, s.input), (dst, s.output)] {
                let mut dims: library::Dims = [0; 12];
                let mut strides: library::Dims = [0; 12];
                let nd = match s.batch {
                    None => {
                        dims[..2].copy_from_slice(&dims2);
                        strides[..2].copy_from_slice(&strides2);
                        2
                    }
                    Some(b) => {
                        dims[..3].copy_from_slice(&[b, dims2[0], dims2[1]]);
                        strides[..3].copy_from_slice(&[
                            dims2[0] * dims2[1],
                            strides2[0],
                            strides2[1],
                        ]);
                        3
                    }
                };
                let mut md = std::ptr::null_mut();
                // SAFETY: out-pointer to a local; dims and strides are 12-element arrays.
                let st = unsafe {
                    (lib.memory_desc_create_with_strides)(
                        &mut md,
                        nd,
                        dims.as_ptr(),
                        dt,
                        strides.as_ptr(),
                    )
                };
                check(st, "memory_desc_create")?;
                descs.push(md);
            }
            let null = std::ptr::null_mut();
            let attr = match s.epilogue {
                Some((alpha, beta)) => {
                    self.epilogue(f32::from_bits(alpha), f32::from_bits(beta))?
                }
                None => null,
            };
            let mut pd = std::ptr::null_mut();
            // SAFETY: the three descriptors were just created; no bias; `attr` is null or live.
            let st = unsafe {
                (lib.matmul_primitive_desc_create)(
                    &mut pd,
                    self.engine,
                    descs[0],
                    descs[1],
                    null,
                    descs[2],
                    attr,
                )
            };
            if !attr.is_null() {
                // SAFETY: live and owned here; the primitive descriptor keeps its own copy.
                unsafe { (lib.primitive_attr_destroy)(attr) };
            }
            check(st, "matmul_primitive_desc_create")?;
            let mut primitive = std::ptr::null_mut();
            // SAFETY: `pd` was just created.
            if let Err(e) = check(
                unsafe { (lib.primitive_create)(&mut primitive, pd) },
                "primitive_create",
            ) {
                // SAFETY: `pd` is live and owned here.
                unsafe { (lib.primitive_desc_destroy)(pd) };
                return Err(e);
            }
            let mut memories = [std::ptr::null_mut(); 3];
            for (mem, md) in memories.iter_mut().zip(&descs) {
                // SAFETY: `md` is live; a null handle makes an object without data, set per call.
                check(
                    unsafe { (lib.memory_create)(mem, *md, self.engine, null) },
                    "memory_create",
                )?;
            }
            Ok(Primitive {
                desc: pd,
                primitive,
                memories,
            })
        })();
        for md in descs {
            // SAFETY: each descriptor is live and owned here; oneDNN copies what it keeps.
            unsafe { (lib.memory_desc_destroy)(md) };
        }
        result
    }
}

impl Matmuls {
    /// Attributes whose post-ops make the destination `α·product + β·destination`: an eltwise
    /// linear `α·x` (left out when α = 1), then a sum with scale β, in f32 before the one rounding.
    fn epilogue(&self, alpha: f32, beta: f32) -> Result<Handle, String> {
        let lib = &self.lib;
        let (mut attr, mut ops) = (std::ptr::null_mut(), std::ptr::null_mut());
        // SAFETY: out-pointers to locals.
        check(
            unsafe { (lib.primitive_attr_create)(&mut attr) },
            "primitive_attr_create",
        )?;
        // SAFETY: as above.
        if let Err(e) = check(
            unsafe { (lib.post_ops_create)(&mut ops) },
            "post_ops_create",
        ) {
            // SAFETY: `attr` is live and owned here.
            unsafe { (lib.primitive_attr_destroy)(attr) };
            return Err(e);
        }
        let built = (|| {
            if alpha != 1.0 {
                // SAFETY: `ops` is live.
                let st = unsafe {
                    (lib.post_ops_append_eltwise)(ops, library::ELTWISE_LINEAR, alpha, 0.0)
                };
                check(st, "post_ops_append_eltwise")?;
            }
            // SAFETY: `ops` is live.
            let st = unsafe { (lib.post_ops_append_sum)(ops, beta, 0, library::DT_UNDEF) };
            check(st, "post_ops_append_sum")?;
            // SAFETY: both live; the attributes copy the post-ops.
            check(
                unsafe { (lib.primitive_attr_set_post_ops)(attr, ops) },
                "primitive_attr_set_post_ops",
            )
        })();
        // SAFETY: `ops` is live and owned here (copied into `attr` when set).
        unsafe { (lib.post_ops_destroy)(ops) };
        match built {
            Ok(()) => Ok(attr),
            Err(e) => {
                // SAFETY: `attr` is live and owned here.
                unsafe { (lib.primitive_attr_destroy)(attr) };
                Err(e)
            }
        }
    }
}

impl Drop for Matmuls {
    fn drop(&mut self) {
        let lib = &self.lib;
        for p in self.primitives.values() {
            // SAFETY: every handle is live and owned by this struct; statuses are ignored (a
            // failure to free cannot be acted on, and Drop must not panic).
            unsafe {
                for m in p.memories {
                    (lib.memory_destroy)(m);
                }
                (lib.primitive_destroy)(p.primitive);
                (lib.primitive_desc_destroy)(p.desc);
            }
        }
    }
}
