//! Model descriptions: the names, shapes and dtypes of a model's parameters, as a JSON file, so an
//! optimizer can be compiled ahead of time without the model's weights.
//!
//! ```json
//! {
//!   "name": "gpt2-small",
//!   "layout": "in-out",
//!   "adamw": ["\\.wte\\.", "\\.wpe\\."],
//!   "params": [
//!     {"name": "transformer.wte.weight", "shape": [50257, 768], "dtype": "f32"},
//!     {"name": "transformer.h.0.attn.c_attn.weight", "shape": [768, 2304], "dtype": "f32"}
//!   ]
//! }
//! ```
//!
//! - `name`: the model's name (free text, used in messages and manifests).
//! - `layout`: how the model's weight matrices store their axes, `out-in` (`torch.nn.Linear`) or
//!   `in-out` (HF GPT-2's `Conv1D`, Flax/Keras kernels). It becomes the `layout` setting at the
//!   lowest precedence (a `--config` file and `--layout` override it); it only matters to the
//!   learning-rate scales that read fans (`--adjust-lr original`).
//! - `adamw` (optional): regular expressions searched in parameter names that send a parameter to
//!   the AdamW path whatever the preset (embeddings a preset's own rules do not recognize).
//! - `description` (optional): free text.
//! - `params`: every parameter in the order the optimizer takes them: a unique non-empty `name`,
//!   a `shape` without zero-sized axes (`[]` is a scalar) and a float `dtype` (`f32`, `bf16`, `f16`,
//!   `f64`).
//!
//! Unknown keys are errors, so a typo never passes silently.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::config::Settings;
use crate::plan::ParamSpec;
use crate::transforms::Layout;
use crate::types::{DType, Error, Result};

/// A model's parameters, as read from a model description file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelDescription {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub layout: Layout,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub adamw: Vec<String>,
    pub params: Vec<ModelParam>,
}

/// One parameter of a [`ModelDescription`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelParam {
    pub name: String,
    pub shape: Vec<usize>,
    /// `f32`, `bf16`, `f16` or `f64`.
    pub dtype: String,
}

impl ModelDescription {
    /// Parses and validates a model description; `origin` (a file name) prefixes every error.
    pub fn from_json(text: &str, origin: &str) -> Result<ModelDescription> {
        let model: ModelDescription = serde_json::from_str(text)
            .map_err(|e| Error::Config(format!("{origin}: not a valid model description: {e}")))?;
        model.validate().map_err(|e| match e {
            Error::Config(msg) => Error::Config(format!("{origin}: {msg}")),
            other => other,
        })?;
        Ok(model)
    }

    /// Reads and validates a model description file.
    pub fn read(path: &Path) -> Result<ModelDescription> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        ModelDescription::from_json(&text, &path.display().to_string())
    }

    /// A description of `specs` (for writing one from code).
    pub fn from_specs(name: impl Into<String>, layout: Layout, specs: &[ParamSpec]) -> Self {
        ModelDescription {
            name: name.into(),
            description: None,
            layout,
            adamw: Vec::new(),
            params: specs
                .iter()
                .map(|s| ModelParam {
                    name: s.name.clone(),
                    shape: s.ty.shape.clone(),
                    dtype: s.ty.dtype.name().to_string(),
                })
                .collect(),
        }
    }

    /// Checks names, shapes and dtypes; every problem found is listed in one error.
    pub fn validate(&self) -> Result<()> {
        let mut problems = Vec::new();
        if self.name.trim().is_empty() {
            problems.push("`name` is empty".to_string());
        }
        if self.params.is_empty() {
            problems.push("`params` is empty: a model needs at least one parameter".to_string());
        }
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for (i, p) in self.params.iter().enumerate() {
            let what = if p.name.is_empty() {
                format!("parameter {i}")
            } else {
                format!("parameter {i} `{}`", p.name)
            };
            if p.name.trim().is_empty() {
                problems.push(format!("{what} has an empty name"));
            } else if let Some(j) = seen.insert(&p.name, i) {
                problems.push(format!("{what} has the same name as parameter {j}"));
            }
            if p.shape.contains(&0) {
                problems.push(format!(
                    "{what} has a zero-sized axis in its shape {:?}",
                    p.shape
                ));
            }
            if let Err(e) = parse_dtype(&p.dtype) {
                problems.push(format!("{what}: {e}"));
            }
        }
        for pattern in &self.adamw {
            if let Err(e) = regex::Regex::new(pattern) {
                problems.push(format!("`adamw` pattern `{pattern}` is invalid: {e}"));
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Error::Config(problems.join("; ")))
        }
    }

    /// The parameters as the optimizer takes them, in file order.
    pub fn specs(&self) -> Result<Vec<ParamSpec>> {
        self.params
            .iter()
            .map(|p| {
                let dtype = parse_dtype(&p.dtype)
                    .map_err(|e| Error::Config(format!("parameter `{}`: {e}", p.name)))?;
                Ok(ParamSpec::new(p.name.clone(), dtype, p.shape.clone()))
            })
            .collect()
    }

    /// The total number of parameter elements.
    pub fn num_parameters(&self) -> u64 {
        self.params
            .iter()
            .map(|p| p.shape.iter().map(|&d| d as u64).product::<u64>())
            .sum()
    }

    /// The settings the model implies (`layout`, `adamw`), to be overridden by a config file and
    /// flags: `flags.or(file).or(model.settings())`.
    pub fn settings(&self) -> Settings {
        Settings {
            layout: Some(self.layout),
            adamw: self.adamw.clone(),
            ..Settings::default()
        }
    }

    /// Pretty JSON, one parameter per line, ending in a newline (the form of the shipped files).
    pub fn to_json(&self) -> String {
        let mut out = String::from("{\n");
        let s = |v: &str| serde_json::to_string(v).unwrap_or_default();
        out.push_str(&format!("  \"name\": {},\n", s(&self.name)));
        if let Some(d) = &self.description {
            out.push_str(&format!("  \"description\": {},\n", s(d)));
        }
        let layout = serde_json::to_string(&self.layout).unwrap_or_default();
        out.push_str(&format!("  \"layout\": {layout},\n"));
        if !self.adamw.is_empty() {
            let list: Vec<String> = self.adamw.iter().map(|p| s(p)).collect();
            out.push_str(&format!("  \"adamw\": [{}],\n", list.join(", ")));
        }
        out.push_str("  \"params\": [\n");
        for (i, p) in self.params.iter().enumerate() {
            let dims: Vec<String> = p.shape.iter().map(|d| d.to_string()).collect();
            out.push_str(&format!(
                "    {{\"name\": {}, \"shape\": [{}], \"dtype\": {}}}{}\n",
                s(&p.name),
                dims.join(", "),
                s(&p.dtype),
                if i + 1 < self.params.len() { "," } else { "" }
            ));
        }
        out.push_str("  ]\n}\n");
        out
    }
}

fn parse_dtype(s: &str) -> std::result::Result<DType, String> {
    match DType::parse(s) {
        Some(d) if d.is_float() => Ok(d),
        Some(d) => Err(format!(
            "dtype `{s}` ({d}) is not a float type; expected f32, bf16, f16 or f64"
        )),
        None => Err(format!(
            "unknown dtype `{s}`; expected f32, bf16, f16 or f64"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_its_own_json() {
        let m = ModelDescription::from_json(
            r#"{"name": "t", "layout": "out-in", "adamw": ["emb"],
                "params": [{"name": "w", "shape": [4, 2], "dtype": "bf16"},
                           {"name": "b", "shape": [], "dtype": "f32"}]}"#,
            "t.json",
        )
        .unwrap();
        assert_eq!(m.num_parameters(), 9);
        assert_eq!(
            ModelDescription::from_json(&m.to_json(), "again").unwrap(),
            m
        );
        let specs = m.specs().unwrap();
        assert_eq!(specs[0], ParamSpec::new("w", DType::BF16, [4, 2]));
        assert_eq!(m.settings().layout, Some(Layout::OutIn));
    }
}
