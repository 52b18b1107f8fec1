//! The graph of one shape group: every parameter of one shape, dtype and route is updated by a
//! single executable that takes them as separate, donated arguments.
//!
//! Its arguments and results are laid out by [`crate::plan::args`] (the one place that order is
//! written) and described by the [`ArgLayout`] returned with the graph, through which the runtime
//! binds them. Results replace the group's tensors (parameters, state, EMAs, masters), each
//! donated from its argument; gradients, scalars, logits and multipliers are not donated.
//!
//! [`Storage::Stacked`] (see [`crate::plan::stacking`]) replaces every per-member tensor but the
//! gradients with one `[k+1, ...]` tensor per kind (a stacked group has no logits or multipliers).

use crate::config::extras::StepExtras;
use crate::config::Storage;
use crate::graph::{Builder, Graph, Value};
use crate::plan::args::{Args, Decl, Declared};
use crate::plan::layout::{ArgLayout, Held, Slot};
use crate::plan::stacking::{stacked_batch_axes, stacked_type, STACK};
use crate::transforms::adamw::{adam_update, AdamConfig};
use crate::transforms::clip::{clip_by_norm, clip_by_value, clip_factor, GradClip};
use crate::transforms::muon::{muon_update_each, MuonConfig};
use crate::transforms::qk_clip::{eta, scale_heads};
use crate::types::{DType, Error, Result, TensorType};

pub use crate::plan::args::SCALAR;

/// The state Adam keeps per parameter, by file suffix.
pub const ADAM_STATE: [&str; 2] = ["exp_avg", "exp_avg_sq"];

/// The state tensors a rule keeps per parameter, by their file suffixes (Muon: `momentum`, and
/// NorMuon's `second_momentum`; Adam: `exp_avg`, `exp_avg_sq`).
pub fn state_names(rule: &Rule<'_>) -> &'static [&'static str] {
    match rule {
        Rule::Muon(cfg) => cfg.state_names(),
        Rule::Adam(_) => &ADAM_STATE,
    }
}

/// The type of each state tensor ([`state_names`] order) of a parameter, or a stack, of type
/// `ty`: the momentum in the buffer dtype and Adam's moments in f32 at least, shaped like `ty`;
/// NorMuon's second moment in f32, one value per neuron.
pub fn state_types(rule: &Rule<'_>, ty: &TensorType) -> Result<Vec<TensorType>> {
    match rule {
        Rule::Muon(cfg) => {
            let mut types = vec![TensorType::new(cfg.buffer_dtype, ty.shape.clone())];
            if let Some(shape) = cfg.second_moment_shape(&ty.shape)? {
                types.push(TensorType::new(DType::F32, shape));
            }
            Ok(types)
        }
        Rule::Adam(_) => {
            let t = TensorType::new(ty.dtype.at_least_f32(), ty.shape.clone());
            Ok(vec![t; ADAM_STATE.len()])
        }
    }
}

/// The update rule of a group.
pub enum Rule<'a> {
    Muon(&'a MuonConfig),
    Adam(&'a AdamConfig),
}

/// Whether a group of `names` (type `ty`) can be updated as one stacked tensor: at least two
/// members, no per-parameter inputs (learning-rate multipliers, QK-clip logits) and no
/// per-parameter reductions (clipping by each gradient's norm), and for Muon a matrix view that
/// batching over the new leading axis keeps (matrices, or explicit batch axes; flattened conv
/// weights stay separate).
pub fn stackable(names: &[String], ty: &TensorType, rule: &Rule<'_>, extras: &StepExtras) -> bool {
    let per_member_inputs = extras.multipliers.is_some()
        || (extras.qk_clip.is_some() && names.iter().any(|n| extras.qk_target(n).is_some()));
    let per_member_norm = matches!(extras.clip, Some(GradClip::Norm(_)));
    let view_kept = match rule {
        Rule::Muon(cfg) => ty.rank() == 2 || !cfg.batch_axes.is_empty(),
        Rule::Adam(_) => true,
    };
    names.len() >= 2 && !per_member_inputs && !per_member_norm && view_kept
}

/// The update graph of one group with the optional parts of `extras`, laid out as `storage`
/// says ([`Storage::Stacked`] needs a group that [`stackable`] accepts).
pub fn group_graph(
    name: &str,
    names: &[String],
    ty: &TensorType,
    rule: Rule<'_>,
    extras: &StepExtras,
    storage: Storage,
) -> Result<(Graph, ArgLayout)> {
    let stacked = storage == Storage::Stacked;
    if stacked && !stackable(names, ty, &rule, extras) {
        return Err(Error::Config(format!(
            "group `{name}` cannot be stacked (one member, per-parameter extras, or flattened \
             conv weights): build it with Storage::PerParam"
        )));
    }
    // Stacked, the whole group is one member of type `[k+1, ...]` from here on: every step below
    // is elementwise (or batched over the leading axes), so it applies to the stack unchanged.
    let stacked_muon;
    let rule = match rule {
        Rule::Muon(cfg) if stacked => {
            stacked_muon = MuonConfig {
                batch_axes: stacked_batch_axes(&cfg.batch_axes),
                ..cfg.clone()
            };
            Rule::Muon(&stacked_muon)
        }
        other => other,
    };
    let member_names = names;
    let (members, mty) = if stacked {
        (vec![STACK.to_string()], stacked_type(ty, names.len()))
    } else {
        (names.to_vec(), ty.clone())
    };
    let names = &members[..];
    let mut b = Builder::new(name);
    let mut layout = ArgLayout::default();
    let kinds = state_names(&rule);
    let state_tys = state_types(&rule, &mty)?;
    let Args {
        p,
        g,
        state,
        ema,
        master,
        lr,
        wd_lr,
        t,
        grad_scale,
        global,
        finite,
        overwrite,
        tau,
        logits,
        mults,
    } = Args::declare(
        &mut Decl {
            b: &mut b,
            layout: &mut layout,
            stacked,
        },
        &Declared {
            names,
            member_names,
            ty,
            mty: &mty,
            state_tys: &state_tys,
            kinds,
            adam: matches!(rule, Rule::Adam(_)),
            extras,
        },
    )?;
    let master_on = !master.is_empty();
    // The weights the update reads: the f32 masters when kept, else the parameters.
    let pw: Vec<Value> = if master_on { master.clone() } else { p.clone() };
    // Per member: (learning rate, learning rate that multiplies weight decay).
    let base = (lr, wd_lr.unwrap_or(lr));
    let lrs: Vec<(Value, Value)> = match &mults {
        None => vec![base; names.len()],
        Some((lm, wm)) => {
            let mut v = Vec::with_capacity(names.len());
            for i in 0..names.len() {
                let lr_i = b.mul(base.0, lm[i])?;
                let wd_i = b.mul(base.1, lm[i])?;
                let wd_i = b.mul(wd_i, wm[i])?;
                v.push((lr_i, wd_i));
            }
            v
        }
    };

    // Gradients: scale, then clip (in the dtype they arrive in).
    let gdtype = extras.grad_type(ty).dtype;
    let mut grads = Vec::with_capacity(g.len());
    let global_factor = match (global, extras.clip) {
        (Some(sum_sq), Some(GradClip::GlobalNorm(max))) => Some(clip_factor(&mut b, sum_sq, max)?),
        _ => None,
    };
    for &gi in &g {
        let mut gi = gi;
        if let Some(s) = grad_scale {
            let s = b.convert(s, gdtype)?;
            gi = b.scale(gi, s)?;
        }
        gi = match extras.clip {
            Some(GradClip::Value(limit)) => clip_by_value(&mut b, gi, limit)?,
            Some(GradClip::Norm(max)) => clip_by_norm(&mut b, gi, max)?,
            _ => gi,
        };
        if let Some(f) = global_factor {
            let f = b.convert(f, gdtype)?;
            gi = b.scale(gi, f)?;
        }
        grads.push(gi);
    }

    // The update itself.
    let (mut p_new, mut state_new) = match rule {
        Rule::Muon(cfg) => muon_update_each(&mut b, cfg, &pw, &grads, &state, &lrs, t)?,
        Rule::Adam(cfg) => {
            let (mut p2, mut m2, mut v2) = (Vec::new(), Vec::new(), Vec::new());
            for i in 0..names.len() {
                let (pn, mn, vn) = adam_update(
                    &mut b,
                    cfg,
                    pw[i],
                    grads[i],
                    state[0][i],
                    state[1][i],
                    lrs[i].0,
                    lrs[i].1,
                    t,
                )?;
                p2.push(pn);
                m2.push(mn);
                v2.push(vn);
            }
            (p2, vec![m2, v2])
        }
    };

    // QK-clip on the updated weights.
    if let (Some(cfg), Some(tau)) = (extras.qk_clip, tau) {
        for (i, n) in names.iter().enumerate() {
            if let (Some(target), Some(s)) = (extras.qk_target(n), logits[i]) {
                let e = eta(&mut b, s, tau, target.heads_per_group)?;
                p_new[i] = scale_heads(&mut b, p_new[i], e, &target.layout, cfg)?;
            }
        }
    }

    // A non-finite step leaves everything as it was.
    if let Some(ok) = finite {
        for i in 0..names.len() {
            p_new[i] = b.select(ok, p_new[i], pw[i])?;
            for (k, kind) in state_new.iter_mut().enumerate() {
                kind[i] = b.select(ok, kind[i], state[k][i])?;
            }
        }
    }

    // The master keeps the f32 result; the parameter is its rounded copy.
    let mut master_new = Vec::new();
    if master_on {
        for v in p_new.iter_mut() {
            master_new.push(*v);
            *v = b.convert(*v, ty.dtype)?;
        }
    }

    // EMA of the (possibly unchanged) new weights; optionally overwrite the weights with it.
    let mut ema_new = Vec::new();
    if let (Some(m), Some(flag)) = (extras.ema_momentum, overwrite) {
        for i in 0..names.len() {
            let e = b.lerp(ema[i], p_new[i], 1.0 - m)?;
            let e = match finite {
                Some(ok) => b.select(ok, e, ema[i])?,
                None => e,
            };
            p_new[i] = b.select(flag, e, p_new[i])?;
            if master_on {
                let e32 = b.convert(e, DType::F32)?;
                master_new[i] = b.select(flag, e32, master_new[i])?;
            }
            ema_new.push(e);
        }
    }

    let mut put = |b: &mut Builder, held: Held, i: usize, name: String, v: Value, arg: Value| {
        layout.results.push(if stacked {
            Slot::Stack(held)
        } else {
            Slot::Member(held, i)
        });
        let out = b.output(name, v)?;
        b.donate(arg, out)
    };
    for (i, n) in names.iter().enumerate() {
        let name = if stacked {
            format!("{STACK}.params")
        } else {
            n.clone()
        };
        put(&mut b, Held::Value, i, name, p_new[i], p[i])?;
    }
    for (k, kind) in kinds.iter().enumerate() {
        for (i, n) in names.iter().enumerate() {
            let name = format!("{n}.{kind}");
            put(
                &mut b,
                Held::State(k),
                i,
                name,
                state_new[k][i],
                state[k][i],
            )?;
        }
    }
    for (i, n) in names.iter().enumerate().take(ema_new.len()) {
        put(&mut b, Held::Ema, i, format!("{n}.ema"), ema_new[i], ema[i])?;
    }
    for (i, n) in names.iter().enumerate().take(master_new.len()) {
        let name = format!("{n}.master");
        put(&mut b, Held::Master, i, name, master_new[i], master[i])?;
    }
    Ok((b.build()?, layout))
}
