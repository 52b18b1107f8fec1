//! One executable for the whole train step: the exported JAX module and every optimizer group's
//! module merged into one StableHLO module (symbols renamed apart, each former `@main` made
//! private) under a new `@main` that calls the JAX step and feeds its gradients to each group.
//! XLA then compiles loss, gradients and Muon as one program: one dispatch per step, and
//! parameters and state donated in place end to end.
//!
//! Text exports only (bytecode cannot be merged without MLIR), and the plain optimizer step only
//! (no clipping, EMA, accumulation, loss scaling or QK-clip: those add runtime inputs and host
//! logic between programs).

use super::{Binding, ExportFormat, ExportedStep};
use crate::config::{OptimizerConfig, Route};
use crate::emit::emit;
use crate::plan::group::SCALAR;
use crate::plan::layout::{Held, Scalar, Slot};
use crate::plan::{ParamSpec, Plan};
use crate::types::{Error, Result, Signature, TensorType};

/// The merged program and the layout of its `@main`.
pub struct FusedProgram {
    pub text: String,
    pub signature: Signature,
    /// Per parameter (spec order), the types of its state tensors.
    pub state_types: Vec<Vec<TensorType>>,
    /// Types of the data arguments, in the export's order.
    pub data_types: Vec<TensorType>,
    /// The aux metrics of a `has_aux` step (name, type): the last results of `@main`, after the
    /// state, so that the donated parameters and state keep their result indices.
    pub aux_types: Vec<(String, TensorType)>,
}

/// Renames every function a module defines to `prefix_name` and returns (prologue lines, body
/// lines between `module ... {` and its closing `}`).
fn rename_module(text: &str, prefix: &str) -> Result<(Vec<String>, String)> {
    let lines: Vec<&str> = text.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.starts_with("module"))
        .ok_or_else(|| Error::Config("no `module` line in the StableHLO text".into()))?;
    let end = lines
        .iter()
        .rposition(|l| l.trim() == "}")
        .filter(|e| *e > start)
        .ok_or_else(|| Error::Config("the module has no closing `}`".into()))?;
    let mut body = lines[start + 1..end].join("\n");
    let mut names = Vec::new();
    for (i, _) in body.match_indices("func.func ") {
        let rest = &body[i..];
        if let Some(at) = rest.find('@') {
            let name: String = rest[at + 1..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '.' || *c == '$')
                .collect();
            names.push(name);
        }
    }
    // Longest first, so `@f` does not rewrite the prefix of `@f_1`; a symbol boundary check
    // keeps `@main` from touching `@main_0`.
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    for name in &names {
        let from = format!("@{name}");
        let mut out = String::with_capacity(body.len());
        let mut rest = body.as_str();
        while let Some(i) = rest.find(&from) {
            let after = &rest[i + from.len()..];
            let boundary = !after
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.' || c == '$');
            out.push_str(&rest[..i]);
            if boundary {
                out.push_str(&format!("@{prefix}_{name}"));
            } else {
                out.push_str(&from);
            }
            rest = after;
        }
        out.push_str(rest);
        body = out;
    }
    body = body.replace("func.func public @", "func.func private @");
    let prologue = lines[..start].iter().map(|l| l.to_string()).collect();
    Ok((prologue, body))
}

fn call(
    out: &str,
    callee: &str,
    args: &[String],
    ins: &[TensorType],
    outs: &[TensorType],
) -> String {
    let ty = |t: &[TensorType]| {
        t.iter()
            .map(TensorType::mlir)
            .collect::<Vec<_>>()
            .join(", ")
    };
    let lhs = if outs.len() == 1 {
        out.to_string()
    } else {
        format!("{out}:{}", outs.len())
    };
    format!(
        "    {lhs} = call @{callee}({}) : ({}) -> ({})\n",
        args.join(", "),
        ty(ins),
        ty(outs)
    )
}

fn result(out: &str, n: usize, i: usize) -> String {
    if n == 1 {
        out.to_string()
    } else {
        format!("{out}#{i}")
    }
}

/// Merges `step` (text) with the optimizer `config` over `specs` into one module.
///
/// `@main(params..., state..., data..., lr, adam_lr, adam_wd_lr, t) -> (loss, params..., state...,
/// aux...)` with every parameter and state tensor donated to its result (`aux...`: the metrics of
/// a `has_aux` step, none otherwise).
pub fn fuse(
    step: &ExportedStep,
    specs: &[ParamSpec],
    config: &OptimizerConfig,
) -> Result<FusedProgram> {
    if step.format != ExportFormat::Text {
        return Err(Error::Config(format!(
            "{}: only a StableHLO text export can be merged into one executable (bytecode \
             needs MLIR to rewrite); export `jax.jit(step).lower(...).as_text()`",
            step.path.display()
        )));
    }
    let binding: Binding = step.bind(specs)?;
    // JAX's gradients come in the parameters' dtypes, straight into the groups' programs.
    if let Some(d) = config
        .extras
        .grad_dtype
        .filter(|d| specs.iter().any(|s| s.ty.dtype != *d))
    {
        return Err(Error::InvalidSetting {
            field: "grad_dtype",
            value: d.to_string(),
            expected: "unset with the fused JAX step (its gradients have the parameters' \
                       dtypes)"
                .into(),
        });
    }
    let plan = Plan::new(specs.to_vec(), config)?;
    let n = specs.len();
    let state_types: Vec<Vec<TensorType>> = (0..n)
        .map(|i| plan.state_of(i).iter().map(|(_, t)| t.clone()).collect())
        .collect();
    let data_types: Vec<TensorType> = binding
        .data
        .iter()
        .map(|(a, _)| step.signature.inputs[*a].ty.clone())
        .collect();
    // @main's arguments: %p{i}, %s{i}_{k}, %d{j}, %lr, %adam_lr, %adam_wd_lr, %t.
    let mut inputs: Vec<(String, TensorType)> = Vec::new();
    inputs.extend(
        specs
            .iter()
            .enumerate()
            .map(|(i, s)| (format!("%p{i}"), s.ty.clone())),
    );
    for (i, ts) in state_types.iter().enumerate() {
        inputs.extend(
            ts.iter()
                .enumerate()
                .map(|(k, t)| (format!("%s{i}_{k}"), t.clone())),
        );
    }
    inputs.extend(
        data_types
            .iter()
            .enumerate()
            .map(|(j, t)| (format!("%d{j}"), t.clone())),
    );
    for s in ["%lr", "%adam_lr", "%adam_wd_lr", "%t"] {
        inputs.push((s.to_string(), TensorType::scalar(SCALAR)));
    }
    let (mut prologue, jax_body) = rename_module(step.text().unwrap_or_default(), "jax")?;
    let mut bodies = vec![jax_body];
    let mut main = String::new();
    // The JAX step, its arguments in its own order.
    let mut jax_args = vec![String::new(); step.signature.inputs.len()];
    for (i, (arg, _)) in binding.params.iter().enumerate() {
        jax_args[*arg] = format!("%p{i}");
    }
    for (j, (arg, _)) in binding.data.iter().enumerate() {
        jax_args[*arg] = format!("%d{j}");
    }
    let sig = step.pjrt_signature();
    main += &call("%jax", "jax_main", &jax_args, &sig.inputs, &sig.outputs);
    let nj = sig.outputs.len();
    let grad = |i: usize| result("%jax", nj, binding.params[i].1);
    let mut new_param = vec![String::new(); n];
    let mut new_state: Vec<Vec<String>> = state_types
        .iter()
        .map(|t| vec![String::new(); t.len()])
        .collect();
    for (gi, g) in plan.groups.iter().enumerate() {
        let text = emit(&g.graph)?;
        let gsig = g.graph.signature();
        let m = &g.members;
        let unsupported = |slot: &Slot| {
            Error::Config(format!(
                "the fused train step supports the plain per-parameter optimizer step only \
                 (the group program takes {slot:?}): turn off clipping, loss scaling, \
                 accumulation, the EMA, QK-clip, multipliers and master weights, and use \
                 Storage::PerParam"
            ))
        };
        // Bound through the group's layout: the argument order is the plan's, written once.
        let mut args: Vec<String> = Vec::with_capacity(g.layout.args.len());
        for slot in &g.layout.args {
            args.push(match *slot {
                Slot::Member(Held::Value, j) => format!("%p{}", m[j]),
                Slot::Member(Held::State(kind), j) => format!("%s{}_{kind}", m[j]),
                Slot::Grad(j) => grad(m[j]),
                Slot::Scalar(Scalar::Lr) if g.route == Route::Adam => "%adam_lr".into(),
                Slot::Scalar(Scalar::Lr) => "%lr".into(),
                Slot::Scalar(Scalar::WdLr) => "%adam_wd_lr".into(),
                Slot::Scalar(Scalar::Step) => "%t".into(),
                ref other => return Err(unsupported(other)),
            });
        }
        let (pro, body) = rename_module(&text, &format!("g{gi}"))?;
        prologue.extend(pro);
        bodies.push(body);
        let out = format!("%g{gi}");
        main += &call(
            &out,
            &format!("g{gi}_main"),
            &args,
            &gsig.inputs,
            &gsig.outputs,
        );
        let no = gsig.outputs.len();
        for (r, slot) in g.layout.results.iter().enumerate() {
            match *slot {
                Slot::Member(Held::Value, j) => new_param[m[j]] = result(&out, no, r),
                Slot::Member(Held::State(kind), j) => new_state[m[j]][kind] = result(&out, no, r),
                ref other => return Err(unsupported(other)),
            }
        }
    }
    let mut outputs: Vec<(String, TensorType)> = vec![(
        result("%jax", nj, binding.loss),
        sig.outputs[binding.loss].clone(),
    )];
    outputs.extend(
        new_param
            .iter()
            .zip(specs)
            .map(|(v, s)| (v.clone(), s.ty.clone())),
    );
    for (vs, ts) in new_state.iter().zip(&state_types) {
        outputs.extend(vs.iter().cloned().zip(ts.iter().cloned()));
    }
    let aux_types: Vec<(String, TensorType)> = binding
        .aux
        .iter()
        .map(|(i, name)| (name.clone(), sig.outputs[*i].clone()))
        .collect();
    outputs.extend(
        binding
            .aux
            .iter()
            .map(|(i, _)| (result("%jax", nj, *i), sig.outputs[*i].clone())),
    );
    let n_state: usize = state_types.iter().map(Vec::len).sum();
    let aliases: Vec<Option<usize>> = (0..inputs.len())
        .map(|i| (i < n + n_state).then_some(1 + i))
        .collect();
    let args_decl = inputs
        .iter()
        .zip(&aliases)
        .map(|((name, t), a)| match a {
            Some(o) => format!("{name}: {} {{tf.aliasing_output = {o} : i32}}", t.mlir()),
            None => format!("{name}: {}", t.mlir()),
        })
        .collect::<Vec<_>>()
        .join(", ");
    let results_decl = outputs
        .iter()
        .map(|(_, t)| t.mlir())
        .collect::<Vec<_>>()
        .join(", ");
    let mut text = String::new();
    for p in prologue {
        text += &p;
        text.push('\n');
    }
    text += "module @muon_xla_fused_train_step attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {\n";
    for b in bodies {
        text += &b;
        text.push('\n');
    }
    text += &format!("  func.func public @main({args_decl}) -> ({results_decl}) {{\n");
    text += &main;
    text += &format!(
        "    return {} : {results_decl}\n  }}\n}}\n",
        outputs
            .iter()
            .map(|(v, _)| v.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
    Ok(FusedProgram {
        text,
        signature: Signature {
            inputs: inputs.into_iter().map(|(_, t)| t).collect(),
            outputs: outputs.into_iter().map(|(_, t)| t).collect(),
            aliases,
        },
        state_types,
        data_types,
        aux_types,
    })
}

#[cfg(test)]
mod tests {
    use super::rename_module;

    #[test]
    fn renames_defined_symbols_only() {
        let text = "#loc = loc(unknown)\nmodule @m attributes {x = 1} {\n  func.func public @main(%a: tensor<f32>) -> tensor<f32> {\n    %0 = call @f(%a) : (tensor<f32>) -> tensor<f32>\n    %1 = call @f_1(%0) : (tensor<f32>) -> tensor<f32>\n    %2 = stablehlo.custom_call @f2(%1) : (tensor<f32>) -> tensor<f32>\n    return %2 : tensor<f32>\n  }\n  func.func private @f(%a: tensor<f32>) -> tensor<f32> {\n    return %a : tensor<f32>\n  }\n  func.func private @f_1(%a: tensor<f32>) -> tensor<f32> {\n    return %a : tensor<f32>\n  }\n}\n";
        let (prologue, body) = rename_module(text, "jax").unwrap();
        assert_eq!(prologue, ["#loc = loc(unknown)"]);
        assert!(body.contains("func.func private @jax_main("), "{body}");
        assert!(
            body.contains("call @jax_f(%a)") && body.contains("call @jax_f_1(%0)"),
            "{body}"
        );
        assert!(body.contains("func.func private @jax_f_1("), "{body}");
        // Not a function of this module: a custom call target keeps its name.
        assert!(body.contains("custom_call @f2("), "{body}");
        assert!(
            !body.contains("module") && !body.contains("public"),
            "{body}"
        );
    }
}
