//! What an exported step returns, read from the result names JAX writes (`jax.result_info`):
//! `jax.value_and_grad(loss_fn)` steps return `(loss, grads)`, named `result[0]` and
//! `result[1][...]`; `jax.value_and_grad(loss_fn, has_aux=True)` steps return
//! `((loss, aux), grads)`, named `result[0][0]`, `result[0][1]...` and `result[1][...]`. The aux
//! leaves are metrics the step computes with the loss; they come back to the caller with it
//! ([`StepOutput`]), named from their pytree path under `aux` (`aux`, `aux.acc`, `aux.0`).

use super::{pytree_path, ExportedStep};
use crate::types::{HostTensor, Result, TensorType};

/// The loss and aux metrics of one train step.
#[derive(Debug, Clone, PartialEq)]
pub struct StepOutput {
    /// The loss of the parameters before the update (what `jax.value_and_grad` computes).
    pub loss: f64,
    /// The aux leaves of a `has_aux` step, in result order (empty for `(loss, grads)` steps):
    /// `aux` for a single array, `aux.acc` for `aux['acc']`, `aux.0` for `aux[0]`.
    pub aux: Vec<(String, HostTensor)>,
}

impl StepOutput {
    /// The aux leaf named `name` (`aux.acc`).
    pub fn aux(&self, name: &str) -> Option<&HostTensor> {
        self.aux.iter().find(|(n, _)| n == name).map(|(_, t)| t)
    }
}

/// Result indices by role.
pub(super) struct StepResults {
    pub loss: usize,
    /// (result index, `aux...` name).
    pub aux: Vec<(usize, String)>,
    /// (result index, parameter name `a.b`).
    pub grads: Vec<(usize, String)>,
}

/// Where one result sits in the returned tree.
enum Role {
    /// `result[0]` of `(loss, grads)`.
    Loss,
    /// `result[0][0]` of `((loss, aux), grads)`.
    AuxLoss,
    /// `result[0][1]...`: the aux leaf's path below `aux`.
    Aux(Vec<String>),
    /// `result[1]...`: the parameter's path.
    Grad(Vec<String>),
}

fn role(path: &[String]) -> Option<Role> {
    let rest = path.get(2..).unwrap_or_default();
    match (
        path.get(1).map(String::as_str),
        rest.first().map(String::as_str),
    ) {
        (Some("0"), None) => Some(Role::Loss),
        (Some("0"), Some("0")) if rest.len() == 1 => Some(Role::AuxLoss),
        (Some("0"), Some("1")) => Some(Role::Aux(rest[1..].to_vec())),
        (Some("1"), Some(_)) => Some(Role::Grad(rest.to_vec())),
        _ => None,
    }
}

const CONTRACT: &str = "the step must return `(loss, grads)` (jax.value_and_grad) or `((loss, \
                        aux), grads)` (jax.value_and_grad(..., has_aux=True)), the loss a float \
                        scalar and grads a dict-like pytree of the parameters";

impl ExportedStep {
    /// The loss, aux and gradient results; a result tree of another shape is an error naming
    /// the result.
    pub(super) fn results(&self) -> Result<StepResults> {
        let outs = &self.signature.outputs;
        let mut plain_loss = None;
        let mut aux_loss = None;
        let mut aux = Vec::new();
        let mut grads = Vec::new();
        for (i, o) in outs.iter().enumerate() {
            let name = o.name.as_deref().ok_or_else(|| {
                self.err(format!(
                    "result {i} has no `jax.result_info` name; export `(loss, grads)` from \
                     jax.jit(...).lower(...) or jax.export, which name every result"
                ))
            })?;
            let dup = |what: &str| {
                self.err(format!(
                    "result {i} `{name}` is a second {what}: {CONTRACT}"
                ))
            };
            match role(&pytree_path(name)) {
                Some(Role::Loss) => {
                    if plain_loss.replace(i).is_some() {
                        return Err(dup("loss `result[0]`"));
                    }
                }
                Some(Role::AuxLoss) => {
                    if aux_loss.replace(i).is_some() {
                        return Err(dup("loss `result[0][0]`"));
                    }
                }
                Some(Role::Aux(path)) => {
                    let leaf = std::iter::once("aux".to_string()).chain(path);
                    aux.push((i, leaf.collect::<Vec<_>>().join(".")));
                }
                Some(Role::Grad(path)) => grads.push((i, path.join("."))),
                None => {
                    return Err(self.err(format!(
                        "result {i} `{name}` is neither the loss (`result[0]`, or \
                         `result[0][0]` with has_aux), an aux leaf (`result[0][1]...`) nor a \
                         gradient (`result[1][...]`): {CONTRACT}"
                    )))
                }
            }
        }
        let (loss, loss_name) = match (plain_loss, aux_loss) {
            (Some(_), Some(_)) => {
                return Err(self.err(format!(
                    "both `result[0]` and `result[0][0]` are results: `result[0]` is either the \
                     loss or the tuple (loss, aux), not both; {CONTRACT}"
                )))
            }
            (Some(_), None) if !aux.is_empty() => {
                return Err(self.err(format!(
                    "`result[0]` is the loss, yet `{}` is a result too: with has_aux the loss \
                     is `result[0][0]`; {CONTRACT}",
                    outs[aux[0].0].name.as_deref().unwrap_or_default()
                )))
            }
            (Some(l), None) => (l, "result[0]"),
            (None, Some(l)) => (l, "result[0][0]"),
            (None, None) if !aux.is_empty() => {
                return Err(self.err(format!(
                    "`result[0]` is a tuple without the loss: it has `{}` but no \
                     `result[0][0]`; {CONTRACT}",
                    outs[aux[0].0].name.as_deref().unwrap_or_default()
                )))
            }
            (None, None) => {
                return Err(self.err(format!(
                    "no `result[0]` (the loss) among the results: {CONTRACT}"
                )))
            }
        };
        if outs[loss].ty.rank() != 0 || !outs[loss].ty.dtype.is_float() {
            return Err(self.err(format!(
                "the loss `{loss_name}` must be a float scalar, got {}",
                outs[loss].ty
            )));
        }
        if grads.is_empty() {
            return Err(self.err("the step returns no gradients (`result[1]`)"));
        }
        Ok(StepResults { loss, aux, grads })
    }

    /// The aux metrics a `has_aux` step returns with its loss, in result order: (name, type),
    /// named as in [`StepOutput::aux`]. Empty for a `(loss, grads)` step.
    pub fn aux_types(&self) -> Result<Vec<(String, TensorType)>> {
        Ok(self
            .results()?
            .aux
            .into_iter()
            .map(|(i, name)| (name, self.signature.outputs[i].ty.clone()))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::{role, Role};
    use crate::interop::jax::pytree_path;

    fn of(name: &str) -> Option<Role> {
        role(&pytree_path(name))
    }

    #[test]
    fn roles_of_result_names() {
        assert!(matches!(of("result[0]"), Some(Role::Loss)));
        assert!(matches!(of("result[0][0]"), Some(Role::AuxLoss)));
        assert!(matches!(of("result[0][1]"), Some(Role::Aux(p)) if p.is_empty()));
        assert!(matches!(of("result[0][1]['acc']"), Some(Role::Aux(p)) if p == ["acc"]));
        assert!(matches!(of("result[0][1][0]"), Some(Role::Aux(p)) if p == ["0"]));
        assert!(matches!(of("result[1]['a']['b']"), Some(Role::Grad(p)) if p == ["a", "b"]));
        // Not part of either contract.
        for bad in [
            "result[0][0]['x']",
            "result[0][2]",
            "result[1]",
            "result[2]",
            "result",
        ] {
            assert!(of(bad).is_none(), "{bad}");
        }
    }
}
