//! Printing constants the way MLIR prints them: decimal `1.000000e+00` when that round-trips,
//! more digits when needed, hexadecimal bit patterns for infinities and NaN.

use crate::types::{round_to, DType};

/// The MLIR literal for `value` rounded to `dtype`.
pub fn literal(dtype: DType, value: f64) -> String {
    match dtype {
        DType::Pred => (if value != 0.0 { "true" } else { "false" }).to_string(),
        DType::I32 | DType::I64 => format!("{}", round_to(dtype, value) as i64),
        _ => {
            let v = round_to(dtype, value);
            if v.is_finite() {
                decimal(dtype, v)
            } else {
                hex_bits(dtype, v)
            }
        }
    }
}

/// Shortest of `%.6e` and Rust's shortest round-trip digits that parses back to `v` in `dtype`.
fn decimal(dtype: DType, v: f64) -> String {
    let six = format!("{v:.6e}");
    let text = if round_to(dtype, six.parse::<f64>().unwrap_or(f64::NAN)) == v {
        six
    } else if dtype == DType::F64 {
        format!("{v:e}")
    } else {
        // f32's shortest digits also round-trip bf16 and f16, which are subsets of f32.
        format!("{:e}", v as f32)
    };
    normalize_exponent(&text)
}

/// `1e0` -> `1.0e+00`, `5.5e-1` -> `5.5e-01`: MLIR's float grammar needs the decimal point.
fn normalize_exponent(text: &str) -> String {
    let (mantissa, exp) = text.split_once('e').unwrap_or((text, "0"));
    let mantissa = if mantissa.contains('.') {
        mantissa.to_string()
    } else {
        format!("{mantissa}.0")
    };
    let exp: i32 = exp.parse().unwrap_or(0);
    let sign = if exp < 0 { '-' } else { '+' };
    format!("{mantissa}e{sign}{:02}", exp.abs())
}

fn hex_bits(dtype: DType, v: f64) -> String {
    match dtype {
        DType::F32 => format!("0x{:08X}", (v as f32).to_bits()),
        DType::F64 => format!("0x{:016X}", v.to_bits()),
        DType::BF16 => format!("0x{:04X}", crate::types::bf16_from_f64(v).to_bits()),
        DType::F16 => format!("0x{:04X}", crate::types::f16_from_f64(v).to_bits()),
        _ => format!("{v}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_like_mlir() {
        assert_eq!(literal(DType::F32, 0.5), "5.000000e-01");
        assert_eq!(literal(DType::F32, 0.0), "0.000000e+00");
        assert_eq!(literal(DType::F32, -4.775), "-4.775000e+00");
        assert_eq!(literal(DType::F32, f64::NEG_INFINITY), "0xFF800000");
        assert_eq!(literal(DType::F32, f64::INFINITY), "0x7F800000");
        assert_eq!(literal(DType::BF16, f64::NEG_INFINITY), "0xFF80");
        assert_eq!(literal(DType::F16, f64::INFINITY), "0x7C00");
        assert_eq!(literal(DType::F64, f64::NEG_INFINITY), "0xFFF0000000000000");
        assert_eq!(literal(DType::I32, 7.0), "7");
        assert_eq!(literal(DType::Pred, 1.0), "true");
    }

    #[test]
    fn keeps_every_digit_the_dtype_holds() {
        // 0.1 in f64 needs 17 digits; %.6e would change the value.
        let s = literal(DType::F64, 0.1);
        assert_eq!(s.parse::<f64>().ok(), Some(0.1));
        let s = literal(DType::F32, 1.0 / 3.0);
        assert_eq!(s.parse::<f32>().ok(), Some(1.0f32 / 3.0));
        assert!(s.contains('.') && s.contains("e-01"), "{s}");
        let s = literal(DType::F64, 8.156554524902461);
        assert_eq!(s.parse::<f64>().ok(), Some(8.156554524902461));
    }
}
