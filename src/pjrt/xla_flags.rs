//! Guarding against `XLA_FLAGS`: XLA parses that variable inside the plugin and aborts the whole
//! process on a flag it does not know (a user's leftover JAX flags can do this). Before a plugin
//! is loaded we check every flag name against the names compiled into the plugin library, so a
//! bad flag becomes an error naming it instead of an abort.

use std::collections::HashSet;
use std::path::Path;

use crate::types::{Error, Result};

/// The flag names in an `XLA_FLAGS` value (`--name=value` or `--name`, separated by spaces).
pub fn flag_names(value: &str) -> Vec<String> {
    value
        .split_whitespace()
        .filter_map(|f| f.strip_prefix("--"))
        .map(|f| {
            f.split('=')
                .next()
                .unwrap_or(f)
                .trim_start_matches("no")
                .to_string()
        })
        .collect()
}

/// Every `xla_…` identifier that appears in `bytes`.
fn xla_identifiers(bytes: &[u8]) -> HashSet<&[u8]> {
    let is_ident = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_';
    let mut found = HashSet::new();
    let mut i = 0;
    while i + 4 <= bytes.len() {
        if &bytes[i..i + 4] == b"xla_" && (i == 0 || !is_ident(bytes[i - 1])) {
            let end = bytes[i..]
                .iter()
                .position(|&b| !is_ident(b))
                .map_or(bytes.len(), |n| i + n);
            found.insert(&bytes[i..end]);
            i = end;
        } else {
            i += 1;
        }
    }
    found
}

/// Checks the `XLA_FLAGS` value `value` against the plugin library at `plugin`.
pub fn check(plugin: &Path, value: &str) -> Result<()> {
    let names = flag_names(value);
    if names.is_empty() {
        return Ok(());
    }
    let bytes = std::fs::read(plugin).map_err(|e| Error::io(plugin, e))?;
    let known = xla_identifiers(&bytes);
    let unknown: Vec<&String> = names
        .iter()
        .filter(|n| !known.contains(n.as_bytes()))
        .collect();
    if unknown.is_empty() {
        return Ok(());
    }
    let list: Vec<String> = unknown.iter().map(|n| format!("--{n}")).collect();
    // A user's environment is input, not a plugin failure (exit status 2, not 3).
    Err(Error::Config(format!(
        "XLA_FLAGS contains {} the plugin {} does not know: {}. XLA would abort the process on it; \
         remove it from XLA_FLAGS (or `unset XLA_FLAGS`)",
        if list.len() == 1 { "a flag" } else { "flags" },
        plugin.display(),
        list.join(" ")
    )))
}

/// Checks the process's `XLA_FLAGS`, if set.
pub fn check_env(plugin: &Path) -> Result<()> {
    match std::env::var("XLA_FLAGS") {
        Ok(v) if !v.trim().is_empty() => check(plugin, &v),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_flag_names() {
        assert_eq!(
            flag_names("--xla_a=1  --xla_b --noxla_c"),
            vec!["xla_a", "xla_b", "xla_c"]
        );
        assert!(flag_names("   ").is_empty());
    }

    #[test]
    fn finds_identifiers_in_binary_text() {
        let ids = xla_identifiers(b"\0xla_cpu_fast\0junk_xla_not\0xla_b=1");
        assert!(ids.contains(&b"xla_cpu_fast"[..]));
        assert!(ids.contains(&b"xla_b"[..]));
        assert!(
            !ids.contains(&b"xla_not"[..]),
            "an identifier must start at a boundary"
        );
    }
}
