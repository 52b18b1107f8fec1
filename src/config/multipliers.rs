//! Per-parameter learning-rate and weight-decay multipliers chosen by name pattern (weight decay
//! off for biases and norms, a smaller learning rate for embeddings, ...).
//!
//! The multipliers are runtime inputs of the group executables: the graphs only know that the
//! feature is on, so changing a pattern or a value never recompiles anything.

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::types::{Error, Result};

/// Name rules for the multipliers (regular expressions searched in the parameter name).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Multipliers {
    /// Parameters matching any of these get no weight decay (multiplier 0).
    pub no_weight_decay: Vec<String>,
    /// `(pattern, factor)`: the first matching pattern multiplies the parameter's learning rate
    /// (and with it the weight decay, which is `lr · wd` everywhere).
    pub lr_mult: Vec<(String, f64)>,
}

/// The resolved multipliers of one parameter.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ParamMultipliers {
    pub lr: f64,
    pub wd: f64,
}

impl Default for ParamMultipliers {
    fn default() -> Self {
        ParamMultipliers { lr: 1.0, wd: 1.0 }
    }
}

/// Compiled [`Multipliers`].
#[derive(Debug, Clone)]
pub struct MultiplierRules {
    no_decay: Vec<Regex>,
    lr: Vec<(Regex, f64)>,
}

fn compile(p: &str, field: &'static str) -> Result<Regex> {
    Regex::new(p).map_err(|e| Error::InvalidSetting {
        field,
        value: format!("`{p}`"),
        expected: format!("a regular expression ({e})"),
    })
}

impl MultiplierRules {
    pub fn new(m: &Multipliers) -> Result<Self> {
        let no_decay = m
            .no_weight_decay
            .iter()
            .map(|p| compile(p, "no_weight_decay"))
            .collect::<Result<_>>()?;
        let lr = m
            .lr_mult
            .iter()
            .map(|(p, f)| {
                if !f.is_finite() || *f < 0.0 {
                    return Err(Error::InvalidSetting {
                        field: "lr_mult",
                        value: format!("`{p}={f}`"),
                        expected: "a factor that is a finite number ≥ 0".into(),
                    });
                }
                Ok((compile(p, "lr_mult")?, *f))
            })
            .collect::<Result<_>>()?;
        Ok(MultiplierRules { no_decay, lr })
    }

    /// The multipliers of the parameter `name`.
    pub fn of(&self, name: &str) -> ParamMultipliers {
        let lr = self
            .lr
            .iter()
            .find(|(re, _)| re.is_match(name))
            .map_or(1.0, |(_, f)| *f);
        let wd = if self.no_decay.iter().any(|re| re.is_match(name)) {
            0.0
        } else {
            1.0
        };
        ParamMultipliers { lr, wd }
    }
}

/// Parses `PATTERN=FACTOR` (the pattern may itself contain `=`: the last one splits).
pub fn parse_lr_mult(s: &str) -> Result<(String, f64)> {
    let bad = || Error::InvalidSetting {
        field: "lr_mult",
        value: format!("`{s}`"),
        expected: "PATTERN=FACTOR, e.g. `embed=0.1`".into(),
    };
    let (p, f) = s.rsplit_once('=').ok_or_else(bad)?;
    let f: f64 = f.trim().parse().map_err(|_| bad())?;
    if p.is_empty() {
        return Err(bad());
    }
    Ok((p.to_string(), f))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_lr_pattern_wins_and_no_decay_zeroes() {
        let r = MultiplierRules::new(&Multipliers {
            no_weight_decay: vec![r"\.bias$".into(), "norm".into()],
            lr_mult: vec![("embed".into(), 0.1), ("e".into(), 5.0)],
        })
        .unwrap();
        assert_eq!(r.of("wte.embed"), ParamMultipliers { lr: 0.1, wd: 1.0 });
        assert_eq!(r.of("enc.bias"), ParamMultipliers { lr: 5.0, wd: 0.0 });
        assert_eq!(r.of("ln_f.norm.w"), ParamMultipliers { lr: 1.0, wd: 0.0 });
        assert_eq!(r.of("mlp.w"), ParamMultipliers::default());
        assert_eq!(parse_lr_mult("a=b=0.5").unwrap(), ("a=b".into(), 0.5));
        assert!(parse_lr_mult("embed").is_err());
        assert!(parse_lr_mult("=1").is_err());
        assert!(MultiplierRules::new(&Multipliers {
            lr_mult: vec![("x".into(), -1.0)],
            ..Default::default()
        })
        .is_err());
    }
}
