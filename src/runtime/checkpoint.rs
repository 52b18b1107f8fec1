//! Saving and restoring the whole optimizer state as one safetensors file, written atomically.
//!
//! Layout: for each parameter `NAME`, its state tensors `NAME.momentum` (Muon; NorMuon adds
//! `NAME.second_momentum`) or `NAME.exp_avg` and `NAME.exp_avg_sq` (Adam), `NAME.ema` and `NAME.master` when kept, optionally the parameter
//! itself under `NAME`; metadata `step` (completed steps), `preset`, and
//! `format = muon-xla-optimizer-state/2`. This is the same naming as the `step` files, so a saved
//! state can seed `muon-xla step`.

use std::collections::BTreeMap;
use std::path::Path;

use crate::io::tensor_file::TensorFile;
use crate::runtime::{Optimizer, StateKind};
use crate::types::{DType, Error, Result, TensorType};

/// What this build writes: `/2` adds the EMA (`NAME.ema`) and the f32 masters (`NAME.master`)
/// when the optimizer keeps them. `/1` files (without them) still load into an optimizer that
/// keeps neither.
const FORMAT: &str = "muon-xla-optimizer-state/2";
const FORMAT_V1: &str = "muon-xla-optimizer-state/1";

impl Optimizer {
    /// Every state tensor this optimizer keeps for parameter `i`, by file name suffix.
    fn saved_kinds(&self, i: usize) -> Vec<StateKind> {
        let mut kinds: Vec<StateKind> = (self.state_names(i).iter())
            .filter_map(|n| StateKind::from_name(n))
            .collect();
        if self.config().extras.ema_momentum.is_some() {
            kinds.push(StateKind::Ema);
        }
        if self.has_master(i) {
            kinds.push(StateKind::Master);
        }
        kinds
    }

    /// Writes every state tensor (the route's, the EMA and the f32 masters when kept; and, with
    /// `with_params`, every parameter), the step count and the preset, atomically. The names are
    /// the `step` command's: `NAME.momentum`, `NAME.exp_avg`, ..., `NAME`.
    pub fn save(&self, path: &Path, with_params: bool) -> Result<()> {
        let mut file = TensorFile::default();
        for i in 0..self.len() {
            let name = &self.spec(i).name;
            for kind in self.saved_kinds(i) {
                file.tensors
                    .insert(format!("{name}.{kind}"), self.state_at(i, kind)?);
            }
        }
        if with_params {
            for (name, value) in self.named_params()? {
                file.tensors.insert(name, value);
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
    /// them all). Everything is checked before anything on the device changes, and every problem
    /// is reported at once: another format or preset, a missing or extra tensor, a wrong type.
    pub fn load(&mut self, path: &Path) -> Result<()> {
        let file = TensorFile::read(path)?;
        let mut problems = Vec::new();
        let format = file.metadata.get("format").map(String::as_str);
        if format != Some(FORMAT) && format != Some(FORMAT_V1) {
            problems.push(format!(
                "not a muon-xla optimizer state file (metadata `format` is {format:?}, expected \
                 {FORMAT:?})"
            ));
        }
        let preset = self.config().preset.to_string();
        match file.metadata.get("preset") {
            Some(p) if *p == preset => {}
            other => problems.push(format!(
                "written under preset {other:?}, this optimizer is `{preset}`: the state of one \
                 preset's formulas does not continue another's"
            )),
        }
        let step: Option<u64> = file.metadata.get("step").and_then(|s| s.parse().ok());
        if step.is_none() {
            problems.push("metadata `step` is missing or not an integer".into());
        }
        let mut known = std::collections::BTreeSet::new();
        let mut expect =
            |key: String, ty: &TensorType, required: bool, problems: &mut Vec<String>| {
                match file.tensors.get(&key) {
                    Some(t) if t.ty() != ty => {
                        problems.push(format!("`{key}` is {}, expected {ty}", t.ty()))
                    }
                    None if required => problems.push(format!("missing `{key}`")),
                    _ => {}
                }
                known.insert(key);
            };
        for i in 0..self.len() {
            let name = self.spec(i).name.clone();
            expect(name.clone(), &self.spec(i).ty.clone(), false, &mut problems);
            for kind in self.saved_kinds(i) {
                let ty = match kind {
                    StateKind::Ema => self.spec(i).ty.clone(),
                    StateKind::Master => TensorType::new(DType::F32, self.spec(i).ty.shape.clone()),
                    _ => {
                        let k = self.state_names(i).iter().position(|n| *n == kind.name());
                        self.state_type_at(i, k.unwrap_or(0))
                    }
                };
                expect(format!("{name}.{kind}"), &ty, true, &mut problems);
            }
        }
        let extra: Vec<&String> = file
            .tensors
            .keys()
            .filter(|k| !known.contains(*k))
            .collect();
        if !extra.is_empty() {
            problems.push(format!(
                "not a parameter or state of this optimizer: {}",
                extra
                    .iter()
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        if !problems.is_empty() {
            return Err(Error::Config(format!(
                "{}: cannot load this optimizer state:\n  {}",
                path.display(),
                problems.join("\n  ")
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
            for kind in self.saved_kinds(i) {
                self.set_state_at(i, kind, &file.tensors[&format!("{name}.{kind}")])?;
            }
        }
        self.set_step_count(step.unwrap_or_default());
        Ok(())
    }
}
