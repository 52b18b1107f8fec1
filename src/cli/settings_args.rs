//! The optimizer settings flags shared by `step`, `compile` and `inspect`. Precedence: preset
//! defaults < `--config` file < flags (and, for `compile`/`inspect`, the model file's `layout` and
//! `adamw` just above the preset).

use std::path::PathBuf;

use anyhow::Context as _;
use clap::Args;
use muon_xla::config::settings::AdjustLrName;
use muon_xla::config::{Preset, Settings};
use muon_xla::transforms::{Layout, NsPrecondition, NsSchedule};
use muon_xla::types::DType;

/// Every optimizer setting the commands take.
#[derive(Debug, Clone, Args)]
pub struct SettingsArgs {
    /// Reference behaviour to reproduce: keller-jordan, torch, optax, keras, keras-legacy, moonlight.
    #[arg(long, value_parser = parse::<Preset>)]
    pub preset: Option<Preset>,
    /// Settings as JSON (same names as these flags, with underscores).
    #[arg(long, value_name = "FILE.json")]
    pub config: Option<PathBuf>,
    /// Muon learning rate.
    #[arg(long)]
    pub lr: Option<f64>,
    /// Adam learning rate (default: the preset's rule).
    #[arg(long)]
    pub adam_lr: Option<f64>,
    /// Momentum μ.
    #[arg(long)]
    pub momentum: Option<f64>,
    /// Muon weight decay.
    #[arg(long)]
    pub weight_decay: Option<f64>,
    /// Adam weight decay (default: the preset's rule).
    #[arg(long)]
    pub adam_weight_decay: Option<f64>,
    /// Newton–Schulz iterations.
    #[arg(long)]
    pub ns_steps: Option<usize>,
    /// Newton–Schulz coefficient schedule: keller-jordan, dion, polar-express, polar-express-basic, dion-fast (4 steps, AOL).
    #[arg(long, value_name = "NAME", value_parser = parse::<NsSchedule>)]
    pub ns_schedule: Option<NsSchedule>,
    /// Gram Newton–Schulz for matrices with aspect ≥ 2:1 (opt-in, f32/f64 only; fewer flops).
    #[arg(long, value_name = "true|false")]
    pub ns_gram: Option<bool>,
    /// How Newton–Schulz starts: frobenius (default), aol (row scaling from XXᵀ) or schatten.
    #[arg(long, value_name = "NAME", value_parser = parse::<NsPrecondition>)]
    pub ns_precondition: Option<NsPrecondition>,
    /// Nesterov momentum.
    #[arg(long, value_name = "true|false")]
    pub nesterov: Option<bool>,
    /// Shape-based learning-rate scale.
    #[arg(long, value_name = "none|original|match-rms-adamw", value_parser = parse::<AdjustLrName>)]
    pub adjust_lr: Option<AdjustLrName>,
    /// Regular expression searched in parameter names: matches use Adam (repeatable).
    #[arg(long, value_name = "PATTERN")]
    pub adamw: Vec<String>,
    /// Newton–Schulz compute dtype.
    #[arg(long, value_name = "f32|bf16", value_parser = parse_dtype)]
    pub ns_dtype: Option<DType>,
    /// Momentum buffer dtype (state NAME.momentum).
    #[arg(long, value_name = "f32|bf16", value_parser = parse_dtype)]
    pub mu_dtype: Option<DType>,
    /// Newton–Schulz normalization epsilon.
    #[arg(long)]
    pub eps: Option<f64>,
    /// Adam epsilon.
    #[arg(long)]
    pub adam_eps: Option<f64>,
    /// Adam betas, `B1,B2`.
    #[arg(long, value_name = "B1,B2", value_parser = parse_betas)]
    pub betas: Option<(f64, f64)>,
    /// How weight matrices store their axes (for the lr scale).
    #[arg(long, value_name = "out-in|in-out", value_parser = parse_layout)]
    pub layout: Option<Layout>,
    /// Clip every gradient element to [-V, V].
    #[arg(long)]
    pub clip_value: Option<f64>,
    /// Clip each gradient tensor to this norm.
    #[arg(long)]
    pub clip_norm: Option<f64>,
    /// Clip all gradients together to this global norm.
    #[arg(long)]
    pub clip_global_norm: Option<f64>,
    /// Gradients in the file are multiplied by this loss scale.
    #[arg(long)]
    pub loss_scale: Option<f64>,
    /// Keep an EMA of the weights as state NAME.ema.
    #[arg(long)]
    pub ema_momentum: Option<f64>,
    /// QK-clip threshold tau (needs PREFIX.max_logits tensors in the input).
    #[arg(long)]
    pub qk_clip_tau: Option<f64>,
    /// QK-clip alpha (default 0.5).
    #[arg(long)]
    pub qk_clip_alpha: Option<f64>,
    /// Regular expression naming query projections for QK-clip.
    #[arg(long, value_name = "PATTERN")]
    pub qk_query: Option<String>,
    /// Regular expression naming key projections for QK-clip.
    #[arg(long, value_name = "PATTERN")]
    pub qk_key: Option<String>,
    /// Key/value heads (grouped-query attention) for QK-clip.
    #[arg(long)]
    pub qk_kv_heads: Option<usize>,
    /// Regular expression searched in parameter names: matches get no weight decay (repeatable;
    /// a runtime input, e.g. `'\.bias$'`, `norm`).
    #[arg(long, value_name = "PATTERN")]
    pub no_weight_decay: Vec<String>,
    /// `PATTERN=FACTOR`: multiply the learning rate of matching parameters (repeatable; the first
    /// matching pattern wins; a runtime input).
    #[arg(long, value_name = "PATTERN=FACTOR")]
    pub lr_mult: Vec<String>,
    /// `PATTERN=AXES`: matching weights are batches of matrices over AXES (comma-separated), each
    /// orthogonalized on its own (mixture of experts `[experts, out, in]`: `experts=0`).
    #[arg(long, value_name = "PATTERN=AXES")]
    pub muon_batch: Vec<String>,
    /// bf16/f16 parameters keep f32 master weights as state NAME.master (the update runs on
    /// the master; the parameter is its rounded copy).
    #[arg(long)]
    pub master_weights: bool,
}

fn parse<T: std::str::FromStr<Err = muon_xla::Error>>(s: &str) -> Result<T, String> {
    s.parse().map_err(|e: muon_xla::Error| e.to_string())
}

fn parse_dtype(s: &str) -> Result<DType, String> {
    DType::parse(s)
        .filter(|d| d.is_float())
        .ok_or_else(|| format!("`{s}` is not a float dtype (f32, bf16)"))
}

fn parse_layout(s: &str) -> Result<Layout, String> {
    match s {
        "out-in" => Ok(Layout::OutIn),
        "in-out" => Ok(Layout::InOut),
        _ => Err(format!("`{s}`: expected out-in or in-out")),
    }
}

fn parse_betas(s: &str) -> Result<(f64, f64), String> {
    let (a, b) = s.split_once(',').ok_or("expected B1,B2")?;
    let num = |x: &str| x.trim().parse::<f64>().map_err(|e| format!("`{x}`: {e}"));
    Ok((num(a)?, num(b)?))
}

impl SettingsArgs {
    /// Whether any setting was given on the command line.
    pub fn any(&self) -> bool {
        self.preset.is_some()
            || self.config.is_some()
            || self.lr.is_some()
            || self.adam_lr.is_some()
            || self.momentum.is_some()
            || self.weight_decay.is_some()
            || self.adam_weight_decay.is_some()
            || self.ns_steps.is_some()
            || self.ns_schedule.is_some()
            || self.ns_gram.is_some()
            || self.ns_precondition.is_some()
            || self.nesterov.is_some()
            || self.adjust_lr.is_some()
            || !self.adamw.is_empty()
            || self.ns_dtype.is_some()
            || self.mu_dtype.is_some()
            || self.eps.is_some()
            || self.adam_eps.is_some()
            || self.betas.is_some()
            || self.layout.is_some()
            || self.clip_value.is_some()
            || self.clip_norm.is_some()
            || self.clip_global_norm.is_some()
            || self.loss_scale.is_some()
            || self.ema_momentum.is_some()
            || self.qk_clip_tau.is_some()
            || self.qk_clip_alpha.is_some()
            || self.qk_query.is_some()
            || self.qk_key.is_some()
            || self.qk_kv_heads.is_some()
            || !self.no_weight_decay.is_empty()
            || !self.lr_mult.is_empty()
            || !self.muon_batch.is_empty()
            || self.master_weights
    }

    /// The flags over the `--config` file.
    pub fn settings(&self) -> anyhow::Result<Settings> {
        let flags = Settings {
            preset: self.preset,
            lr: self.lr,
            adam_lr: self.adam_lr,
            momentum: self.momentum,
            weight_decay: self.weight_decay,
            adam_weight_decay: self.adam_weight_decay,
            ns_steps: self.ns_steps,
            ns_schedule: self.ns_schedule,
            ns_gram: self.ns_gram,
            ns_precondition: self.ns_precondition,
            nesterov: self.nesterov,
            adjust_lr: self.adjust_lr,
            adamw: self.adamw.clone(),
            ns_dtype: self.ns_dtype,
            mu_dtype: self.mu_dtype,
            eps: self.eps,
            adam_eps: self.adam_eps,
            betas: self.betas,
            layout: self.layout,
            clip_value: self.clip_value,
            clip_norm: self.clip_norm,
            clip_global_norm: self.clip_global_norm,
            loss_scale: self.loss_scale,
            ema_momentum: self.ema_momentum,
            qk_clip_tau: self.qk_clip_tau,
            qk_clip_alpha: self.qk_clip_alpha,
            qk_query: self.qk_query.clone(),
            qk_key: self.qk_key.clone(),
            qk_kv_heads: self.qk_kv_heads,
            no_weight_decay: self.no_weight_decay.clone(),
            lr_mult: self.lr_mult.clone(),
            muon_batch: self.muon_batch.clone(),
            master_weights: self.master_weights.then_some(true),
        };
        let file = match &self.config {
            None => Settings::default(),
            Some(p) => {
                let text = std::fs::read_to_string(p)
                    .with_context(|| format!("reading {}", p.display()))?;
                Settings::from_json(&text, &p.display().to_string())?
            }
        };
        Ok(flags.or(file))
    }
}
