//! Symmetric products computed by halves: `x·xᵀ` (Newton–Schulz's `A`) and `S·S` for a symmetric
//! `S` (its `A²`, and `b·A + c·A²` with the addend `A`) have equal upper and lower triangles, so
//! only the upper part is multiplied, as row stripes `[r0, r1) × [r0, n)`, and the rest copied
//! across the diagonal. With `s` stripes that is `(s + 1) / 2s` of the product's flops (5/8 with
//! four), where PyTorch and XLA multiply the whole square.
//!
//! Each element is still one dot product of the same row and column, accumulated in f32 by the
//! same kind of kernel, so the result is the full product's up to the order of that accumulation
//! (as between any two GEMM blockings), and exactly symmetric.

use std::ffi::c_void;

use super::matmul::{width, MatmulShape, Matmuls};
use super::tiles::{transpose, transpose_region, Elem, Region};

/// Rows per stripe: tall enough that each block runs at the full product's speed (oneDNN's
/// kernels tile by 16–64 rows and need a few tiles per thread), short enough to skip most of the
/// lower triangle. Measured on Zen 4 at GPT-2's 768-row Gram products (`BENCHMARKS.md`).
const STRIPE_ROWS: i64 = 192;

/// Stripe boundaries are multiples of this many rows (a kernel tile's height: no block starts
/// mid-tile, and offsets stay aligned).
const ALIGN_ROWS: i64 = 16;

/// [`STRIPE_ROWS`], or `MUON_XLA_ONEDNN_STRIPE_ROWS` where set (a measurement knob: a huge
/// value computes every product whole), read once.
fn stripe_rows() -> i64 {
    static ROWS: std::sync::OnceLock<i64> = std::sync::OnceLock::new();
    *ROWS.get_or_init(|| {
        std::env::var("MUON_XLA_ONEDNN_STRIPE_ROWS")
            .ok()
            .and_then(|v| v.parse::<i64>().ok())
            .filter(|&r| r >= ALIGN_ROWS)
            .unwrap_or(STRIPE_ROWS)
    })
}

/// The row stripes `[r0, r1)` a symmetric product is computed in; one stripe (the whole
/// product) when it is not symmetric or too small for halving to pay.
pub fn stripes(shape: &MatmulShape) -> Vec<(i64, i64)> {
    let m = shape.m;
    let rows = stripe_rows();
    let count = match shape.symmetric && shape.m == shape.n {
        true => (m + rows / 2) / rows,
        false => 1,
    };
    if count < 2 {
        return vec![(0, m)];
    }
    let bound = |i: i64| match i {
        i if i >= count => m,
        i => (i * m / count + ALIGN_ROWS / 2) / ALIGN_ROWS * ALIGN_ROWS,
    };
    (0..count)
        .map(|i| (bound(i), bound(i + 1)))
        .filter(|(r0, r1)| r1 > r0)
        .collect()
}

/// Products computed by halves in this process (every matrix of a batch counted).
pub static HALVED: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// The scratch memory of symmetric products, kept between calls.
#[derive(Default)]
pub struct Halves {
    /// One stripe's result.
    block: Scratch,
    /// The operands as rows (`[m, k]`), where they are stored as columns.
    lhs: Scratch,
    rhs: Scratch,
}

/// The symmetric product `out = op(lhs)·op(rhs) (+ c)` by row stripes of its upper part: each
/// stripe `L[r0..r1]·R[r0..m]ᵀ` (`L = op(lhs)`, `R = op(rhs)ᵀ`, both `[m, k]`) multiplied into
/// a dense scratch block, then placed in `out` with its transpose below the diagonal. An operand
/// stored the other way (`xᵀ·x`'s) is first transposed into scratch, so that every block reads
/// dense rows (the emitter prints a symmetric operand untransposed: it is its own transpose).
/// Every operand and result of a block is dense and each matrix of a batch done on its own:
/// oneDNN 3.2's fast (brgemm) matmul declines strided operands, results and batches, falling
/// back to a reference kernel ~200× slower.
///
/// # Safety
/// As [`Matmuls::run`]; `c`, when given, is `out` or disjoint from it.
pub unsafe fn run(
    mm: &mut Matmuls,
    shape: MatmulShape,
    [lhs, rhs]: [*mut c_void; 2],
    c: Option<*const c_void>,
    out: *mut c_void,
    stripes: &[(i64, i64)],
) -> Result<(), String> {
    let (wi, wo) = (width(shape.input), width(shape.output));
    let (m, k) = (shape.m as usize, shape.k as usize);
    let mut h = std::mem::take(&mut mm.halves);
    let result = (|| {
        for b in 0..shape.batch.unwrap_or(1) as usize {
            let (lb, ob) = (b * m * k * wi, b * m * m * wo);
            // SAFETY: matrix `b` of each operand (`[m, k]` or `[k, m]` stored, both m·k).
            let (l, r) = unsafe {
                let l = match shape.transpose_lhs {
                    false => lhs.byte_add(lb).cast::<u8>(),
                    true => rows_of(lhs.byte_add(lb).cast(), k, m, wi, &mut h.lhs),
                };
                let r = match (shape.transpose_rhs, shape.transpose_lhs && lhs == rhs) {
                    (true, _) => rhs.byte_add(lb).cast::<u8>(),
                    (false, true) => l, // x·xᵀ's columns: already transposed
                    (false, false) => rows_of(rhs.byte_add(lb).cast(), k, m, wi, &mut h.rhs),
                };
                (l, r)
            };
            for &(r0, r1) in stripes {
                let key = MatmulShape {
                    batch: None,
                    m: r1 - r0,
                    n: shape.n - r0,
                    transpose_lhs: false,
                    transpose_rhs: true,
                    symmetric: false,
                    ..shape
                };
                let block = h.block.bytes(key.out_bytes());
                if let Some(c) = c {
                    // SAFETY: matrix `b` of the addend, of the result's size (the caller's
                    // contract); the rows read are not yet written when `c` is `out`.
                    unsafe { take_block(c.byte_add(ob).cast(), m, r0, r1, block, wo) };
                }
                let offset = r0 as usize * k * wi;
                // SAFETY: rows r0.. of the `[m, k]` row forms; `block` holds the block's
                // dense result.
                unsafe {
                    mm.execute(
                        key,
                        l.add(offset).cast_mut().cast(),
                        r.add(offset).cast_mut().cast(),
                        block.as_mut_ptr().cast(),
                    )?
                };
                // SAFETY: matrix `b` of the result, exclusively ours.
                unsafe { place(out.byte_add(ob).cast(), m, r0, r1, block, wo) };
            }
            HALVED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        Ok(())
    })();
    mm.halves = h;
    result
}

/// A growable 64-byte-aligned byte buffer (oneDNN's preferred alignment).
#[derive(Default)]
struct Scratch(Vec<Line>);

#[derive(Clone, Copy)]
#[repr(C, align(64))]
struct Line([u8; 64]);

impl Scratch {
    /// The first `bytes` bytes, grown to that size if needed.
    fn bytes(&mut self, bytes: usize) -> &mut [u8] {
        let lines = bytes.div_ceil(64);
        if self.0.len() < lines {
            self.0.resize(lines, Line([0; 64]));
        }
        // SAFETY: `Line` is plain bytes; the vector holds at least `bytes` of them.
        unsafe { std::slice::from_raw_parts_mut(self.0.as_mut_ptr().cast::<u8>(), bytes) }
    }
}

/// The `rows×cols` matrix at `src` transposed into `into` (`cols×rows`, dense); its address.
///
/// # Safety
/// `src` holds `rows·cols` elements of `width` bytes (2 or 4).
unsafe fn rows_of(
    src: *const u8,
    rows: usize,
    cols: usize,
    width: usize,
    into: &mut Scratch,
) -> *const u8 {
    let dst = into.bytes(rows * cols * width);
    let n = rows * cols;
    // SAFETY: the caller's contract; `dst` holds as many elements.
    unsafe {
        match width {
            4 => transpose(
                std::slice::from_raw_parts(src.cast::<u32>(), n),
                std::slice::from_raw_parts_mut(dst.as_mut_ptr().cast::<u32>(), n),
                rows,
                cols,
            ),
            _ => transpose(
                std::slice::from_raw_parts(src.cast::<u16>(), n),
                std::slice::from_raw_parts_mut(dst.as_mut_ptr().cast::<u16>(), n),
                rows,
                cols,
            ),
        }
    }
    dst.as_ptr()
}

/// Copies rows `r0..r1`, columns `r0..m` of the `m×m` matrix at `c` into `block` (dense).
///
/// # Safety
/// `c` holds `m·m` elements of `width` bytes.
unsafe fn take_block(c: *const u8, m: usize, r0: i64, r1: i64, block: &mut [u8], width: usize) {
    let (r0, r1) = (r0 as usize, r1 as usize);
    let row = (m - r0) * width;
    for (i, dst) in (r0..r1).zip(block.chunks_exact_mut(row)) {
        // SAFETY: row `i` from column `r0` lies inside the matrix (the caller's contract).
        let src = unsafe { std::slice::from_raw_parts(c.add((i * m + r0) * width), row) };
        dst.copy_from_slice(src);
    }
}

/// Puts the stripe `block` (rows `r0..r1`, columns `r0..m`, dense) into the `m×m` matrix at
/// `out`, and its transpose below it (rows `r1..m`, columns `r0..r1`): after every stripe, the
/// whole matrix.
///
/// # Safety
/// `out` holds `m·m` elements of `width` bytes (2 or 4), valid for writes and not in use
/// elsewhere for the duration of the call.
unsafe fn place(out: *mut u8, m: usize, r0: i64, r1: i64, block: &[u8], width: usize) {
    let (r0, r1) = (r0 as usize, r1 as usize);
    // SAFETY: the caller's contract; `block` is the stripe's (r1 − r0)·(m − r0) elements.
    unsafe {
        match width {
            4 => fill(
                std::slice::from_raw_parts_mut(out.cast::<u32>(), m * m),
                m,
                (r0, r1),
                std::slice::from_raw_parts(block.as_ptr().cast::<u32>(), block.len() / 4),
            ),
            _ => fill(
                std::slice::from_raw_parts_mut(out.cast::<u16>(), m * m),
                m,
                (r0, r1),
                std::slice::from_raw_parts(block.as_ptr().cast::<u16>(), block.len() / 2),
            ),
        }
    }
}

/// [`place`] on typed slices. Only the block's upper triangle is read: the kernel may round
/// an element and its mirror image in the diagonal block differently (at AVX2, row tails take
/// another code path), and the result must be exactly symmetric.
fn fill<E: Elem>(a: &mut [E], m: usize, (r0, r1): (usize, usize), block: &[E]) {
    let cols = m - r0;
    for (i, row) in (r0..r1).zip(block.chunks_exact(cols)) {
        a[i * m + i..(i + 1) * m].copy_from_slice(&row[i - r0..]);
    }
    // Below the diagonal, a[j][i] = block[i − r0][j − r0] for r0 ≤ i < min(r1, j): under the
    // stripe (rows r1..m) one transposed region; in the diagonal block, per 8 block rows, the
    // region right of their 8×8 diagonal tile, and that tile's upper triangle element-wise.
    let under = |i: usize| (i - r0) * cols;
    transpose_region(
        block,
        Region {
            start: r1 - r0,
            stride: cols,
        },
        a,
        Region {
            start: r1 * m + r0,
            stride: m,
        },
        (r1 - r0, m - r1),
    );
    for i0 in (r0..r1).step_by(8) {
        let i1 = (i0 + 8).min(r1);
        transpose_region(
            block,
            Region {
                start: under(i0) + i1 - r0,
                stride: cols,
            },
            a,
            Region {
                start: i1 * m + i0,
                stride: m,
            },
            (i1 - i0, r1 - i1),
        );
        for i in i0..i1 {
            for j in (i + 1)..i1 {
                a[j * m + i] = block[under(i) + j - r0];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(m: i64, symmetric: bool) -> MatmulShape {
        MatmulShape {
            batch: None,
            m,
            n: m,
            k: 64,
            transpose_lhs: false,
            transpose_rhs: true,
            input: 3,
            output: 3,
            epilogue: None,
            symmetric,
        }
    }

    #[test]
    fn stripes_cover_every_row_once_on_tile_boundaries() {
        for m in [16, 100, 288, 384, 768, 1000, 3072] {
            let s = stripes(&shape(m, true));
            assert_eq!(s.first().map(|p| p.0), Some(0), "{m}");
            assert_eq!(s.last().map(|p| p.1), Some(m), "{m}");
            assert!(s.windows(2).all(|w| w[0].1 == w[1].0), "{m}: {s:?}");
            assert!(s.iter().all(|&(a, _)| a % ALIGN_ROWS == 0), "{m}: {s:?}");
        }
        assert_eq!(stripes(&shape(768, true)).len(), 4);
        assert_eq!(stripes(&shape(768, false)), vec![(0, 768)]);
        assert_eq!(stripes(&shape(200, true)), vec![(0, 200)]);
    }

    #[test]
    fn stripes_placed_with_their_transposes_fill_the_matrix() {
        let cases: [(usize, &[(usize, usize)]); 3] = [
            (70, &[(0, 16), (16, 48), (48, 70)]),
            (200, &[(0, 64), (64, 128), (128, 200)]),
            (43, &[(0, 43)]),
        ];
        for (m, stripes) in cases {
            let want = |i: usize, j: usize| (i.min(j) * 1000 + i.max(j)) as u32;
            let mut a = vec![u32::MAX; m * m];
            let mut a16 = vec![u16::MAX; m * m];
            for &(r0, r1) in stripes {
                // Below the diagonal the block holds garbage: only its upper triangle counts.
                let block: Vec<u32> = (r0..r1)
                    .flat_map(|i| (r0..m).map(move |j| if j >= i { want(i, j) } else { 7 }))
                    .collect();
                fill(&mut a, m, (r0, r1), &block);
                let block16: Vec<u16> = block.iter().map(|&x| x as u16).collect();
                fill(&mut a16, m, (r0, r1), &block16);
            }
            for i in 0..m {
                for j in 0..m {
                    assert_eq!(a[i * m + j], want(i, j), "m {m} ({i}, {j})");
                    assert_eq!(a16[i * m + j], want(i, j) as u16, "m {m} ({i}, {j}) u16");
                }
            }
        }
    }

    #[test]
    fn a_block_taken_is_the_rows_and_columns_asked() {
        let m = 40;
        let c: Vec<u16> = (0..m * m).map(|x| x as u16).collect();
        let mut block = vec![0u8; 8 * (m - 16) * 2];
        // SAFETY: `c` holds m·m u16 elements.
        unsafe { take_block(c.as_ptr().cast(), m, 16, 24, &mut block, 2) };
        let got: Vec<u16> = block
            .chunks_exact(2)
            .map(|b| u16::from_ne_bytes([b[0], b[1]]))
            .collect();
        let want: Vec<u16> = (16..24)
            .flat_map(|i| (16..m).map(move |j| (i * m + j) as u16))
            .collect();
        assert_eq!(got, want);
    }
}
