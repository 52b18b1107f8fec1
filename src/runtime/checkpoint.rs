//! Saving and restoring the whole optimizer state as one safetensors file, written atomically.
//!
//! Layout: for each parameter `NAME`, its state tensors `NAME.momentum` (Muon) or `NAME.exp_avg`
//! and `NAME.exp_avg_sq` (Adam), optionally the parameter itself under `NAME`; metadata `step`
//! (completed steps), `preset`, and `format = muon-xla-optimizer-state/1`. This is the same
//! naming as the `step` files, so a saved state can seed `muon-xla step`.

use std::collections::BTreeMap;
use std::path::Path;

use crate::io::tensor_file::TensorFile;
use crate::runtime::Optimizer;
use crate::types::{Error, Result};

const FORMAT: &str = "muon-xla-optimizer-state/1";

impl Optimizer {
    /// Writes every state tensor (and, with `with_params`, every parameter) and the step count.
    pub fn save(&self, path: &Path, with_params: bool) -> Result<()> {
        let mut file = TensorFile::default();
        let params = if with_params {
            Some(self.params()?)
        } else {
            None
        };
        for i in 0..self.len() {
            let name = &self.spec(i).name;
            for (kind, t) in self.state_names(i).iter().zip(self.state(i)?) {
                file.tensors.insert(format!("{name}.{kind}"), t);
            }
            if let Some(p) = &params {
                file.tensors.insert(name.clone(), p[i].clone());
            }
        }
        file.metadata = BTreeMap::from([
            ("format".to_string(), FORMAT.to_string()),
            ("step".to_string(), self.step_count().to_string()),
            ("preset".to_string(), self.config().preset.to_string()),
        ]);
        file.write_atomic(path)
    }

    /// Restores the state saved by [`Optimizer::save`] (and the parameters, when the file holds
    /// them). Every tensor is checked before anything on the device changes.
    pub fn load(&mut self, path: &Path) -> Result<()> {
        let file = TensorFile::read(path)?;
        let bad = |msg: String| Error::Config(format!("{}: {msg}", path.display()));
        if file.metadata.get("format").map(String::as_str) != Some(FORMAT) {
            return Err(bad(format!(
                "not a muon-xla optimizer state file (metadata format != {FORMAT})"
            )));
        }
        let step: u64 = file
            .metadata
            .get("step")
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| bad("metadata `step` is missing or not an integer".into()))?;
        let mut known = std::collections::BTreeSet::new();
        for i in 0..self.len() {
            let name = &self.spec(i).name;
            known.insert(name.clone());
            for kind in self.state_names(i) {
                let key = format!("{name}.{kind}");
                let t = file
                    .tensors
                    .get(&key)
                    .ok_or_else(|| bad(format!("missing `{key}`")))?;
                if t.ty() != &self.state_type(i) {
                    return Err(bad(format!(
                        "`{key}` is {}, expected {}",
                        t.ty(),
                        self.state_type(i)
                    )));
                }
                known.insert(key);
            }
            if let Some(p) = file.tensors.get(name) {
                if p.ty() != &self.spec(i).ty {
                    return Err(bad(format!(
                        "`{name}` is {}, expected {}",
                        p.ty(),
                        self.spec(i).ty
                    )));
                }
            }
        }
        if let Some(extra) = file.tensors.keys().find(|k| !known.contains(*k)) {
            return Err(bad(format!(
                "`{extra}` is not a parameter or state of this optimizer"
            )));
        }
        let has_params = (0..self.len()).all(|i| file.tensors.contains_key(&self.spec(i).name));
        if has_params {
            let params = (0..self.len())
                .map(|i| file.tensors[&self.spec(i).name].clone())
                .collect();
            self.set_params(params)?;
        }
        for i in 0..self.len() {
            let name = self.spec(i).name.clone();
            for kind in self.state_names(i) {
                self.set_state(i, kind, &file.tensors[&format!("{name}.{kind}")])?;
            }
        }
        self.set_step_count(step);
        Ok(())
    }
}
