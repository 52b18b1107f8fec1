//! A group program's arguments, created in the one order the program takes them and recorded in
//! its [`ArgLayout`] as they are created: the order is written here and nowhere else.
//!
//! Per-parameter storage: the parameters `NAME`, the gradients `NAME.grad`, each state kind for
//! every member (`NAME.momentum`, then NorMuon's `NAME.second_momentum`; `NAME.exp_avg`,
//! `NAME.exp_avg_sq`), the EMAs `NAME.ema` when the EMA is on, the f32 masters `NAME.master`
//! when bf16/f16 parameters keep them; then the scalars
//! `lr`, (Adam: `wd_lr`), `step`, and the optional ones, each only when its feature is on:
//! `grad_scale`, `global_sum_sq`, `finite` (pred), `ema_overwrite` (pred), `qk_tau`; then one
//! `[heads]` tensor `NAME.max_logits` per QK-clip target member; then, with multipliers, every
//! member's `NAME.lr_mult` and then every member's `NAME.wd_mult` (last, so graphs without them
//! are unchanged).
//!
//! Stacked storage replaces each per-member tensor kind with one `[n, ...]` argument `stack.KIND`
//! (`stack.params` first, then the gradients, which stay separate, then the state and master
//! stacks); the scalars follow unchanged.

use crate::config::extras::StepExtras;
use crate::graph::{Builder, Value};
use crate::plan::layout::{ArgLayout, Held, Scalar, Slot};
use crate::plan::stacking::{stack, STACK};
use crate::transforms::clip::GradClip;
use crate::types::{DType, Result, TensorType};

/// The per-step scalar inputs are f32.
pub const SCALAR: DType = DType::F32;

/// A builder whose arguments are recorded in a layout as they are created.
pub(crate) struct Decl<'a> {
    pub b: &'a mut Builder,
    pub layout: &'a mut ArgLayout,
    /// Whether member tensors are stacks ([`Slot::Stack`]) rather than per member.
    pub stacked: bool,
}

impl Decl<'_> {
    fn arg(&mut self, slot: Slot, name: impl Into<String>, ty: &TensorType) -> Value {
        self.layout.args.push(slot);
        self.b.parameter(name, ty.clone())
    }

    fn scalar(&mut self, which: Scalar, name: &str, dtype: DType) -> Value {
        self.arg(Slot::Scalar(which), name, &TensorType::scalar(dtype))
    }

    /// One `held` tensor per member (`NAME.suffix`; the bare name for the parameters), or the
    /// stack when stacked.
    fn held(&mut self, held: Held, suffix: &str, names: &[String], ty: &TensorType) -> Vec<Value> {
        names
            .iter()
            .enumerate()
            .map(|(m, n)| {
                let slot = if self.stacked {
                    Slot::Stack(held)
                } else {
                    Slot::Member(held, m)
                };
                let name = format!("{n}.{suffix}");
                self.arg(slot, name.trim_end_matches('.'), ty)
            })
            .collect()
    }
}

/// What decides the arguments of a group.
pub(crate) struct Declared<'a> {
    /// The member names the program's tensors are named by (`["stack"]` when stacked).
    pub names: &'a [String],
    /// The parameters' own names (the gradients keep them even when stacked).
    pub member_names: &'a [String],
    /// A parameter's type, and the type of the program's per-member tensors (stacked or not).
    pub ty: &'a TensorType,
    pub mty: &'a TensorType,
    /// One type per state kind (NorMuon's second moment is not shaped like the parameter).
    pub state_tys: &'a [TensorType],
    /// The route's state kinds.
    pub kinds: &'static [&'static str],
    pub adam: bool,
    pub extras: &'a StepExtras,
}

/// The arguments of a group's program, by role.
pub(crate) struct Args {
    pub p: Vec<Value>,
    pub g: Vec<Value>,
    pub state: Vec<Vec<Value>>,
    pub ema: Vec<Value>,
    pub master: Vec<Value>,
    pub lr: Value,
    pub wd_lr: Option<Value>,
    pub t: Value,
    pub grad_scale: Option<Value>,
    pub global: Option<Value>,
    pub finite: Option<Value>,
    pub overwrite: Option<Value>,
    pub tau: Option<Value>,
    pub logits: Vec<Option<Value>>,
    pub mults: Option<(Vec<Value>, Vec<Value>)>,
}

impl Args {
    /// Creates the arguments in the program's order (the module documentation's).
    pub fn declare(d: &mut Decl<'_>, c: &Declared<'_>) -> Result<Args> {
        let (names, extras) = (c.names, c.extras);
        let (p, g) = if d.stacked {
            let p = d.arg(Slot::Stack(Held::Value), format!("{STACK}.params"), c.mty);
            let g_args = grads(d, c.member_names, &extras.grad_type(c.ty));
            (vec![p], vec![stack(d.b, &g_args)?])
        } else {
            let gty = extras.grad_type(c.ty);
            (d.held(Held::Value, "", names, c.ty), grads(d, names, &gty))
        };
        let state = (c.kinds.iter().enumerate())
            .map(|(k, kind)| d.held(Held::State(k), kind, names, &c.state_tys[k]))
            .collect();
        let ema = match extras.ema_momentum {
            Some(_) => d.held(Held::Ema, "ema", names, c.mty),
            None => Vec::new(),
        };
        let master = match extras.keeps_master(c.ty.dtype) {
            true => {
                let f32_ty = TensorType::new(DType::F32, c.mty.shape.clone());
                d.held(Held::Master, "master", names, &f32_ty)
            }
            false => Vec::new(),
        };
        let lr = d.scalar(Scalar::Lr, "lr", SCALAR);
        let wd_lr = c.adam.then(|| d.scalar(Scalar::WdLr, "wd_lr", SCALAR));
        let t = d.scalar(Scalar::Step, "step", SCALAR);
        let grad_scale =
            (extras.scales_grads()).then(|| d.scalar(Scalar::GradScale, "grad_scale", SCALAR));
        let global = matches!(extras.clip, Some(GradClip::GlobalNorm(_)))
            .then(|| d.scalar(Scalar::GlobalSumSq, "global_sum_sq", SCALAR));
        let finite =
            (extras.skips_nonfinite()).then(|| d.scalar(Scalar::Finite, "finite", DType::Pred));
        let overwrite = (extras.ema_momentum.is_some())
            .then(|| d.scalar(Scalar::EmaOverwrite, "ema_overwrite", DType::Pred));
        let tau = (extras.qk_clip.is_some()).then(|| d.scalar(Scalar::QkTau, "qk_tau", SCALAR));
        let logits = (names.iter().enumerate())
            .map(|(m, n)| {
                extras.qk_target(n).map(|t| {
                    let ty = TensorType::new(SCALAR, vec![t.heads]);
                    d.arg(Slot::MaxLogits(m), format!("{n}.max_logits"), &ty)
                })
            })
            .collect();
        let mults = extras.multipliers.is_some().then(|| {
            let scalar = TensorType::scalar(SCALAR);
            let mut each = |slot: fn(usize) -> Slot, suffix: &str| -> Vec<Value> {
                (names.iter().enumerate())
                    .map(|(m, n)| d.arg(slot(m), format!("{n}.{suffix}"), &scalar))
                    .collect()
            };
            let lr = each(Slot::LrMult, "lr_mult");
            let wd = each(Slot::WdMult, "wd_mult");
            (lr, wd)
        });
        Ok(Args {
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
        })
    }
}

/// Every member's gradient `NAME.grad`.
fn grads(d: &mut Decl<'_>, names: &[String], ty: &TensorType) -> Vec<Value> {
    (names.iter().enumerate())
        .map(|(m, n)| d.arg(Slot::Grad(m), format!("{n}.grad"), ty))
        .collect()
}
