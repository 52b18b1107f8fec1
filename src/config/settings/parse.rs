//! clap's value parsers for the fields of [`super::Settings`] whose text form is not serde's.

use crate::transforms::scale::Layout;
use crate::types::DType;

pub(super) fn parse<T: std::str::FromStr<Err = crate::types::Error>>(s: &str) -> Result<T, String> {
    s.parse().map_err(|e: crate::types::Error| e.to_string())
}

pub(super) fn parse_dtype(s: &str) -> Result<DType, String> {
    DType::parse(s)
        .filter(|d| d.is_float())
        .ok_or_else(|| format!("`{s}` is not a float dtype (f32, bf16, f16)"))
}

pub(super) fn parse_layout(s: &str) -> Result<Layout, String> {
    match s {
        "out-in" => Ok(Layout::OutIn),
        "in-out" => Ok(Layout::InOut),
        _ => Err(format!("`{s}`: expected out-in or in-out")),
    }
}

pub(super) fn parse_betas(s: &str) -> Result<(f64, f64), String> {
    let (a, b) = s.split_once(',').ok_or("expected B1,B2")?;
    let num = |x: &str| x.trim().parse::<f64>().map_err(|e| format!("`{x}`: {e}"));
    Ok((num(a)?, num(b)?))
}
