//! Which parameters Muon updates and which go to the Adam path.

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::types::{Error, Result};

/// The update rule a parameter gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Route {
    Muon,
    Adam,
}

impl std::fmt::Display for Route {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(match self {
            Route::Muon => "muon",
            Route::Adam => "adam",
        })
    }
}

/// Routing rules, applied in order: explicit overrides, then name rules, then rank.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PartitionRules {
    /// Smallest rank routed to Muon (2).
    pub min_rank: usize,
    /// Largest rank routed to Muon (`None`: no limit).
    pub max_rank: Option<usize>,
    /// Case-insensitive substrings that send a parameter to Adam (Keras: `embedding`).
    pub exclude_substrings_ci: Vec<String>,
    /// Case-sensitive substrings that send a parameter to Adam (Moonlight: `embed_tokens`, `lm_head`).
    pub exclude_substrings: Vec<String>,
    /// Regular expressions searched in the name that send a parameter to Adam (Keras
    /// `exclude_layers`, `--adamw PATTERN`).
    pub exclude_patterns: Vec<String>,
    /// Exact names forced to a route, whatever the other rules say.
    pub overrides: Vec<(String, Route)>,
    /// Batched weights (mixture-of-experts `[experts, out, in]`): a parameter matching a rule's
    /// pattern goes to Muon with its batch axes, each matrix orthogonalized on its own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub batched: Vec<BatchRule>,
}

/// A name pattern (regular expression, searched) and the axes that index the batch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BatchRule {
    pub pattern: String,
    pub axes: Vec<usize>,
}

impl std::str::FromStr for BatchRule {
    type Err = Error;
    /// `PATTERN=AXES`, axes comma-separated: `experts=0`, `moe\.w=0,1`.
    fn from_str(s: &str) -> Result<Self> {
        let bad = || Error::InvalidSetting {
            field: "muon_batch",
            value: format!("`{s}`"),
            expected: "PATTERN=AXES, e.g. `experts=0` or `moe=0,1`".into(),
        };
        let (pattern, axes) = s.rsplit_once('=').ok_or_else(bad)?;
        let axes = axes
            .split(',')
            .map(|a| a.trim().parse::<usize>().map_err(|_| bad()))
            .collect::<Result<Vec<_>>>()?;
        if pattern.is_empty() {
            return Err(bad());
        }
        Ok(BatchRule {
            pattern: pattern.to_string(),
            axes,
        })
    }
}

/// Compiled [`PartitionRules`].
#[derive(Debug, Clone)]
pub struct Partitioner {
    rules: PartitionRules,
    patterns: Vec<Regex>,
    batched: Vec<(Regex, Vec<usize>)>,
}

impl Partitioner {
    pub fn new(rules: PartitionRules) -> Result<Self> {
        let patterns = rules
            .exclude_patterns
            .iter()
            .map(|p| {
                Regex::new(p).map_err(|e| Error::InvalidSetting {
                    field: "adamw",
                    value: format!("`{p}`"),
                    expected: format!("a regular expression ({e})"),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let batched = rules
            .batched
            .iter()
            .map(|r| {
                Regex::new(&r.pattern)
                    .map(|re| (re, r.axes.clone()))
                    .map_err(|e| Error::InvalidSetting {
                        field: "muon_batch",
                        value: format!("`{}`", r.pattern),
                        expected: format!("a regular expression before `=` ({e})"),
                    })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Partitioner {
            rules,
            patterns,
            batched,
        })
    }

    /// The batch axes of a parameter matching a batch rule (the first that matches).
    pub fn batch_axes(&self, name: &str) -> Option<&[usize]> {
        self.batched
            .iter()
            .find(|(re, _)| re.is_match(name))
            .map(|(_, axes)| axes.as_slice())
    }

    /// The route of a parameter, and why (for `--dry-run`).
    pub fn route(&self, name: &str, shape: &[usize]) -> (Route, String) {
        let r = &self.rules;
        if let Some((_, route)) = r.overrides.iter().find(|(n, _)| n == name) {
            return (*route, "explicit override".into());
        }
        let lower = name.to_lowercase();
        if let Some(s) = r
            .exclude_substrings_ci
            .iter()
            .find(|s| lower.contains(&s.to_lowercase()))
        {
            return (Route::Adam, format!("name contains `{s}`"));
        }
        if let Some(s) = r
            .exclude_substrings
            .iter()
            .find(|s| name.contains(s.as_str()))
        {
            return (Route::Adam, format!("name contains `{s}`"));
        }
        if let Some(p) = self.patterns.iter().find(|p| p.is_match(name)) {
            return (Route::Adam, format!("name matches `{}`", p.as_str()));
        }
        if let Some((re, axes)) = self.batched.iter().find(|(re, _)| re.is_match(name)) {
            return (
                Route::Muon,
                format!("batched by `{}` over axes {axes:?}", re.as_str()),
            );
        }
        let rank = shape.len();
        if rank < r.min_rank.max(2) {
            return (Route::Adam, format!("rank {rank} < {}", r.min_rank.max(2)));
        }
        if let Some(max) = r.max_rank.filter(|&m| rank > m) {
            return (Route::Adam, format!("rank {rank} > {max}"));
        }
        (Route::Muon, format!("rank {rank}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_apply_in_order() {
        let p = Partitioner::new(PartitionRules {
            min_rank: 2,
            max_rank: Some(2),
            exclude_substrings_ci: vec!["embedding".into()],
            exclude_substrings: vec!["lm_head".into()],
            exclude_patterns: vec!["^head\\.".into()],
            overrides: vec![("force.bias".into(), Route::Muon)],
            batched: vec!["experts=0".parse().unwrap()],
        })
        .unwrap();
        assert_eq!(p.route("blocks.0.w", &[4, 4]).0, Route::Muon);
        assert_eq!(p.route("Token_Embedding.w", &[4, 4]).0, Route::Adam);
        assert_eq!(p.route("lm_head.w", &[4, 4]).0, Route::Adam);
        assert_eq!(
            p.route("LM_HEAD.w", &[4, 4]).0,
            Route::Muon,
            "case-sensitive rule"
        );
        assert_eq!(p.route("head.w", &[4, 4]).0, Route::Adam);
        assert_eq!(
            p.route("x.head.w", &[4, 4]).0,
            Route::Muon,
            "anchored pattern"
        );
        assert_eq!(p.route("conv", &[4, 4, 3, 3]).0, Route::Adam);
        assert_eq!(p.route("bias", &[4]).0, Route::Adam);
        assert_eq!(p.route("force.bias", &[4]).0, Route::Muon);
        assert_eq!(p.route("moe.experts", &[8, 4, 4]).0, Route::Muon, "batched");
        assert_eq!(p.batch_axes("moe.experts"), Some(&[0][..]));
        assert_eq!(p.route("head.experts", &[8, 4, 4]).0, Route::Adam);
        let r: BatchRule = "a=b=0, 2".parse().unwrap();
        assert_eq!((r.pattern.as_str(), r.axes), ("a=b", vec![0, 2]));
        assert!("experts".parse::<BatchRule>().is_err());
        assert!("x=one".parse::<BatchRule>().is_err());
        assert!(Partitioner::new(PartitionRules {
            exclude_patterns: vec!["(".into()],
            ..Default::default()
        })
        .is_err());
    }
}
