//! The optimizer addressed by parameter name: built from named tensors, stepped with gradients
//! by name or in order, its state read and written by name and [`StateKind`]. The index-based
//! methods stay for code that already has the order.

use std::collections::{BTreeMap, HashMap};

use super::{Held, Optimizer};
use crate::config::OptimizerConfig;
use crate::pjrt::{Buffer, Client};
use crate::plan::ParamSpec;
use crate::types::{Error, HostTensor, Result};

/// Gradients for [`Optimizer::step`]: host tensors in parameter order, host tensors by name, or
/// device buffers in parameter order. Made by `From` from `&Vec<HostTensor>`, `&[HostTensor]`,
/// `&[(name, HostTensor)]`, `&BTreeMap<String, HostTensor>`, `&HashMap<String, HostTensor>` and
/// `&[&Buffer]`.
pub enum Grads<'a> {
    Host(&'a [HostTensor]),
    Named(Vec<(&'a str, &'a HostTensor)>),
    Device(&'a [&'a Buffer]),
}

impl<'a> From<&'a [HostTensor]> for Grads<'a> {
    fn from(g: &'a [HostTensor]) -> Self {
        Grads::Host(g)
    }
}

impl<'a> From<&'a Vec<HostTensor>> for Grads<'a> {
    fn from(g: &'a Vec<HostTensor>) -> Self {
        Grads::Host(g)
    }
}

impl<'a, const N: usize> From<&'a [HostTensor; N]> for Grads<'a> {
    fn from(g: &'a [HostTensor; N]) -> Self {
        Grads::Host(g)
    }
}

impl<'a, S: AsRef<str>> From<&'a [(S, HostTensor)]> for Grads<'a> {
    fn from(g: &'a [(S, HostTensor)]) -> Self {
        Grads::Named(g.iter().map(|(n, t)| (n.as_ref(), t)).collect())
    }
}

impl<'a, S: AsRef<str>> From<&'a Vec<(S, HostTensor)>> for Grads<'a> {
    fn from(g: &'a Vec<(S, HostTensor)>) -> Self {
        Grads::from(g.as_slice())
    }
}

impl<'a, S: AsRef<str>, const N: usize> From<&'a [(S, HostTensor); N]> for Grads<'a> {
    fn from(g: &'a [(S, HostTensor); N]) -> Self {
        Grads::from(g.as_slice())
    }
}

impl<'a> From<&'a BTreeMap<String, HostTensor>> for Grads<'a> {
    fn from(g: &'a BTreeMap<String, HostTensor>) -> Self {
        Grads::Named(g.iter().map(|(n, t)| (n.as_str(), t)).collect())
    }
}

impl<'a> From<&'a HashMap<String, HostTensor>> for Grads<'a> {
    fn from(g: &'a HashMap<String, HostTensor>) -> Self {
        Grads::Named(g.iter().map(|(n, t)| (n.as_str(), t)).collect())
    }
}

impl<'a> From<&'a [&'a Buffer]> for Grads<'a> {
    fn from(g: &'a [&'a Buffer]) -> Self {
        Grads::Device(g)
    }
}

impl<'a> From<&'a Vec<&'a Buffer>> for Grads<'a> {
    fn from(g: &'a Vec<&'a Buffer>) -> Self {
        Grads::Device(g)
    }
}

/// A tensor the optimizer keeps for a parameter besides the parameter itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StateKind {
    /// Muon's momentum buffer (`NAME.momentum`).
    Momentum,
    /// NorMuon's per-neuron second moment (`NAME.second_momentum`, `[rows, 1]` for a matrix).
    SecondMomentum,
    /// Adam's first moment (`NAME.exp_avg`).
    ExpAvg,
    /// Adam's second moment (`NAME.exp_avg_sq`).
    ExpAvgSq,
    /// The EMA of the weights (`NAME.ema`), when the EMA is on.
    Ema,
    /// The f32 master weights (`NAME.master`) of a bf16/f16 parameter, when kept.
    Master,
}

impl StateKind {
    /// The kind whose file suffix is `name` (`momentum`, `exp_avg`, ...).
    pub fn from_name(name: &str) -> Option<StateKind> {
        [
            StateKind::Momentum,
            StateKind::SecondMomentum,
            StateKind::ExpAvg,
            StateKind::ExpAvgSq,
            StateKind::Ema,
            StateKind::Master,
        ]
        .into_iter()
        .find(|k| k.name() == name)
    }

    /// The suffix the state carries in files (`NAME.momentum`, ...).
    pub fn name(self) -> &'static str {
        match self {
            StateKind::Momentum => "momentum",
            StateKind::SecondMomentum => "second_momentum",
            StateKind::ExpAvg => "exp_avg",
            StateKind::ExpAvgSq => "exp_avg_sq",
            StateKind::Ema => "ema",
            StateKind::Master => "master",
        }
    }
}

impl std::fmt::Display for StateKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl Optimizer {
    /// An optimizer for `params` (name and initial value each; their types are the specs),
    /// with every parameter uploaded and all state zero: ready to step.
    pub fn from_named<S: Into<String>>(
        client: &Client,
        config: OptimizerConfig,
        params: impl IntoIterator<Item = (S, HostTensor)>,
    ) -> Result<Optimizer> {
        let (specs, values): (Vec<ParamSpec>, Vec<HostTensor>) = params
            .into_iter()
            .map(|(name, t)| {
                let spec = ParamSpec {
                    name: name.into(),
                    ty: t.ty().clone(),
                };
                (spec, t)
            })
            .unzip();
        let mut opt = Optimizer::new(client, specs, config)?;
        opt.set_params(values)?;
        Ok(opt)
    }

    /// The position of parameter `name` (the order of the specs).
    pub fn index_of(&self, name: &str) -> Result<usize> {
        self.plan_specs
            .iter()
            .position(|s| s.name == name)
            .ok_or_else(|| Error::UnknownParameters {
                what: "parameter".into(),
                unknown: vec![name.to_string()],
                missing: Vec::new(),
            })
    }

    /// Parameter `name`'s current value.
    pub fn param(&self, name: &str) -> Result<HostTensor> {
        let i = self.index_of(name)?;
        super::download(name, self.slots[i].value.as_ref())
    }

    /// Every parameter's current value, by name.
    pub fn named_params(&self) -> Result<Vec<(String, HostTensor)>> {
        let values = self.params()?;
        Ok(self
            .plan_specs
            .iter()
            .map(|s| s.name.clone())
            .zip(values)
            .collect())
    }

    /// Parameter `name`'s `kind` state tensor.
    pub fn state_of(&self, name: &str, kind: StateKind) -> Result<HostTensor> {
        self.state_at(self.index_of(name)?, kind)
    }

    /// Parameter `i`'s `kind` state tensor (only that one is downloaded).
    pub(super) fn state_at(&self, i: usize, kind: StateKind) -> Result<HostTensor> {
        let name = &self.plan_specs[i].name;
        match kind {
            StateKind::Ema => match &self.slots[i].ema {
                Some(b) => b.to_host(),
                None => Err(Error::MissingState {
                    param: name.clone(),
                    kind: kind.name().to_string(),
                    keeps: "no EMA (extras.ema_momentum is off)".into(),
                }),
            },
            StateKind::Master if self.has_master(i) => self.master(i),
            _ => {
                let k = self.state_index(i, kind)?;
                if self.is_stacked(i) {
                    self.read_stacked(i, Held::State(k))
                } else {
                    super::download(name, self.slots[i].state[k].as_ref())
                }
            }
        }
    }

    /// Replaces parameter `name`'s `kind` state tensor.
    pub fn set_state_of(&mut self, name: &str, kind: StateKind, value: &HostTensor) -> Result<()> {
        self.set_state_at(self.index_of(name)?, kind, value)
    }

    /// Replaces parameter `i`'s `kind` state tensor.
    pub(super) fn set_state_at(
        &mut self,
        i: usize,
        kind: StateKind,
        value: &HostTensor,
    ) -> Result<()> {
        match kind {
            StateKind::Ema => self.set_ema(i, value),
            StateKind::Master => self.set_master(i, value),
            _ => {
                self.state_index(i, kind)?;
                self.set_state(i, kind.name(), value)
            }
        }
    }

    /// The position of `kind` among parameter `i`'s state, or the error naming what it keeps.
    fn state_index(&self, i: usize, kind: StateKind) -> Result<usize> {
        let names = self.state_names(i);
        names
            .iter()
            .position(|n| *n == kind.name())
            .ok_or_else(|| Error::MissingState {
                param: self.plan_specs[i].name.clone(),
                kind: kind.name().to_string(),
                keeps: names.join(", "),
            })
    }

    /// `named` put in parameter order; every unknown and every missing name is an error, listed
    /// together.
    pub(super) fn by_name<'a>(
        &self,
        named: Vec<(&str, &'a HostTensor)>,
        what: &str,
    ) -> Result<Vec<&'a HostTensor>> {
        let index: HashMap<&str, usize> = (self.plan_specs.iter().enumerate())
            .map(|(i, s)| (s.name.as_str(), i))
            .collect();
        let mut ordered: Vec<Option<&HostTensor>> = vec![None; self.plan_specs.len()];
        let mut unknown = Vec::new();
        for (name, t) in named {
            match index.get(name) {
                Some(&i) if ordered[i].is_none() => ordered[i] = Some(t),
                Some(_) => unknown.push(format!("{name} (given twice)")),
                None => unknown.push(name.to_string()),
            }
        }
        let missing: Vec<String> = (ordered.iter().zip(&self.plan_specs))
            .filter(|(t, _)| t.is_none())
            .map(|(_, s)| s.name.clone())
            .collect();
        if !unknown.is_empty() || !missing.is_empty() {
            return Err(Error::UnknownParameters {
                what: what.to_string(),
                unknown,
                missing,
            });
        }
        Ok(ordered.into_iter().flatten().collect())
    }
}
