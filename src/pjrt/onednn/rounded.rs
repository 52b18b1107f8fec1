//! The `rounded` epilogue: `out = r(r(c·β) + r(r(product)·α))` in bf16, each term rounded to
//! bf16 before the sum (`r`), as separate bf16 ops compute it (Keller's `a·X + B·X`). oneDNN's
//! post-ops sum in f32 and round once, so this runs after the product, which oneDNN has already
//! rounded into `out`.

/// `x` rounded to the nearest bf16, ties to even (XLA's and PyTorch's conversion); NaN stays a
/// quiet NaN of the same sign. The same rounding as `half::bf16::from_f32`, which the rest of the
/// crate uses, written out so that the loop below vectorizes: through `half` the keller-jordan
/// bf16 step of one GPT-2 layer took 380–387 ms against 326–328 ms (Zen 4, same hour).
fn to_bf16(x: f32) -> u16 {
    let bits = x.to_bits();
    if x.is_nan() {
        return ((bits >> 16) | 0x40) as u16;
    }
    let even = (bits >> 16) & 1;
    (bits.wrapping_add(0x7fff + even) >> 16) as u16
}

/// The f32 value of a bf16 bit pattern (exact).
fn from_bf16(h: u16) -> f32 {
    f32::from_bits(u32::from(h) << 16)
}

/// `out[i] = r(r(c[i]·β) + r(out[i]·α))` (the product term unscaled when α is 1), every
/// operation in f32 as XLA's bf16 ops compute it.
pub(super) fn rounded_sum(out: &mut [u16], c: &[u16], alpha: f32, beta: f32) {
    let term = |p: u16| match alpha == 1.0 {
        true => p,
        false => to_bf16(from_bf16(p) * alpha),
    };
    for (o, &c) in out.iter_mut().zip(c) {
        let scaled = to_bf16(from_bf16(c) * beta);
        *o = to_bf16(from_bf16(scaled) + from_bf16(term(*o)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bf16_rounding_is_to_nearest_even() {
        assert_eq!(to_bf16(1.0), 0x3f80);
        // 1 + 2^-8 lies halfway between 1 and 1 + 2^-7: ties go to the even mantissa (1).
        assert_eq!(to_bf16(1.0 + 2f32.powi(-8)), 0x3f80);
        // 1 + 3·2^-8 lies halfway between 1 + 2^-7 and 1 + 2^-6: to the even one.
        assert_eq!(to_bf16(1.0 + 3.0 * 2f32.powi(-8)), 0x3f82);
        assert_eq!(to_bf16(1.0 + 2f32.powi(-8) + 2f32.powi(-20)), 0x3f81);
        assert_eq!(to_bf16(-2.5), 0xc020);
        assert!(from_bf16(to_bf16(f32::NAN)).is_nan());
        assert_eq!(to_bf16(f32::INFINITY), 0x7f80);
        assert_eq!(to_bf16(f32::MAX), 0x7f80, "rounds up to infinity");
    }

    #[test]
    fn the_rounding_is_the_one_the_crate_uses_elsewhere() {
        let mut x = 0x1234_5678u32;
        for _ in 0..100_000 {
            x = x.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            let v = f32::from_bits(x);
            let want = half::bf16::from_f32(v);
            match v.is_nan() {
                true => assert!(from_bf16(to_bf16(v)).is_nan()),
                false => assert_eq!(to_bf16(v), want.to_bits(), "{v:e}"),
            }
        }
    }

    #[test]
    fn the_sum_rounds_each_term_first() {
        // c = 1 + 2^-7, β = 1 + 2^-8: c·β = 1 + 1.5·2^-7 + 2^-15 rounds to 1 + 2·2^-7; the product
        // term 3·2^-9 = 0.75·2^-7 is exact; their sum, 1 + 2.75·2^-7, rounds to 1 + 3·2^-7.
        // One rounding of the exact c·β + 3·2^-9 (1 + 2.25·2^-7 + 2^-15) would give 1 + 2·2^-7.
        let (c, p) = (to_bf16(1.0 + 2f32.powi(-7)), to_bf16(2f32.powi(-9)));
        let mut out = [p];
        rounded_sum(&mut out, &[c], 3.0, 1.0 + 2f32.powi(-8));
        assert_eq!(out[0], 0x3f83, "1 + 3·2^-7");
        // α = 1 leaves the product term as it is: 2c + 2^-9 = 2 + 2^-6 + 2^-9, and 2^-9 is
        // below half of bf16's step at 2 (2^-6).
        let mut plain = [p];
        rounded_sum(&mut plain, &[c], 1.0, 2.0);
        assert_eq!(from_bf16(plain[0]), 2.0 + 2f32.powi(-6));
    }
}
