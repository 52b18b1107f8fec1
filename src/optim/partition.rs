//! Which parameters Muon updates and which go to the Adam path.

use regex::Regex;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

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
}

/// Compiled [`PartitionRules`].
#[derive(Debug, Clone)]
pub struct Partitioner {
    rules: PartitionRules,
    patterns: Vec<Regex>,
}

impl Partitioner {
    pub fn new(rules: PartitionRules) -> Result<Self> {
        let patterns = rules
            .exclude_patterns
            .iter()
            .map(|p| {
                Regex::new(p)
                    .map_err(|e| Error::Config(format!("invalid --adamw pattern `{p}`: {e}")))
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Partitioner { rules, patterns })
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
        assert!(Partitioner::new(PartitionRules {
            exclude_patterns: vec!["(".into()],
            ..Default::default()
        })
        .is_err());
    }
}
