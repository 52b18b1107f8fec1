//! [`EagerMuon`]: Keller Jordan's `SingleDeviceMuonWithAuxAdam` written with libtorch ops, run
//! eagerly. It is the reference [`super::MuonTch`] is checked against (same run, same tensors)
//! and the baseline its step time is compared with.
//!
//! Followed step by step from KellerJordan/Muon `muon.py` (see REFERENCE.md): parameters of rank
//! 2 or more get Muon — `B ← lerp(B, g, 1−μ)`, Nesterov `U = lerp(g, B, μ)`, 4-D flattened to
//! (O, rest), quintic Newton–Schulz (3.4445, −4.7750, 2.0315) × 5 on `X / (‖X‖_F + 1e-7)` with
//! the wide orientation, `U ·= sqrt(max(1, g.size(−2)/g.size(−1)))` in the Newton–Schulz dtype,
//! `p ← p·(1 − lr·wd) − lr·U`; the rest get Adam — `m = lerp(m, g, 1−β1)`,
//! `v = lerp(v, g², 1−β2)`, bias-corrected `m̂/(sqrt(v̂) + eps)`, `p ← p·(1 − lr·wd) − lr·u`.

use ::tch::{Kind, Tensor};

use super::convert::torch_error;
use crate::types::{Error, Result};

const KELLER: (f64, f64, f64) = (3.4445, -4.7750, 2.0315);

/// Keller Jordan's Muon with auxiliary Adam, eager libtorch, defaults as in `muon.py`.
pub struct EagerMuon {
    params: Vec<Tensor>,
    /// Muon momentum buffer, or Adam's first moment.
    first: Vec<Tensor>,
    /// Adam's second moment (undefined for Muon parameters).
    second: Vec<Option<Tensor>>,
    step: i32,
    /// The Newton–Schulz dtype: `Kind::BFloat16` as in `muon.py`, or `Kind::Float`.
    pub ns_kind: Kind,
    pub ns_steps: usize,
    pub momentum: f64,
    pub weight_decay: f64,
    pub adam_lr: f64,
    pub adam_betas: (f64, f64),
    pub adam_eps: f64,
    pub adam_weight_decay: f64,
}

impl EagerMuon {
    /// Over `params` (shallow clones are kept); rank ≥ 2 goes to Muon, the rest to Adam.
    pub fn new(params: &[Tensor], ns_kind: Kind) -> Result<Self> {
        let zeros = |p: &Tensor| {
            p.f_zeros_like()
                .map_err(|e| torch_error("EagerMuon::new", e))
        };
        let mut first = Vec::with_capacity(params.len());
        let mut second = Vec::with_capacity(params.len());
        for p in params {
            first.push(zeros(p)?);
            second.push(if p.dim() >= 2 { None } else { Some(zeros(p)?) });
        }
        Ok(EagerMuon {
            params: params.iter().map(Tensor::shallow_clone).collect(),
            first,
            second,
            step: 0,
            ns_kind,
            ns_steps: 5,
            momentum: 0.95,
            weight_decay: 0.0,
            adam_lr: 3e-4,
            adam_betas: (0.9, 0.95),
            adam_eps: 1e-10,
            adam_weight_decay: 0.0,
        })
    }

    /// Zeroes every parameter's gradient.
    pub fn zero_grad(&mut self) {
        for p in &mut self.params {
            p.zero_grad();
        }
    }

    /// One step with the gradients on the parameters and Muon learning rate `lr`.
    pub fn step(&mut self, lr: f64) -> Result<()> {
        self.step += 1;
        ::tch::no_grad(|| -> Result<()> {
            for i in 0..self.params.len() {
                let g = self.params[i].grad();
                if !g.defined() {
                    return Err(Error::Config(format!(
                        "EagerMuon: parameter {i} has no gradient (call backward() first)"
                    )));
                }
                match self.second[i].take() {
                    None => self.muon(i, &g, lr)?,
                    Some(v) => {
                        let v = self.adam(i, &g, v)?;
                        self.second[i] = Some(v);
                    }
                }
            }
            Ok(())
        })
    }

    fn muon(&mut self, i: usize, g: &Tensor, lr: f64) -> Result<()> {
        let e = |e| torch_error("EagerMuon (Muon)", e);
        let mu = self.momentum;
        let buf = &mut self.first[i];
        let _ = buf.f_lerp_(g, 1.0 - mu).map_err(e)?;
        let mut update = g.f_lerp(buf, mu).map_err(e)?;
        let size = g.size();
        if size.len() == 4 {
            update = update.f_reshape([size[0], -1]).map_err(e)?;
        }
        let update = newton_schulz5(&update, self.ns_steps, self.ns_kind)?;
        let (rows, cols) = (size[size.len() - 2] as f64, size[size.len() - 1] as f64);
        let update = update
            .f_mul_scalar((rows / cols).max(1.0).sqrt())
            .map_err(e)?;
        let p = &mut self.params[i];
        let _ = p.f_mul_scalar_(1.0 - lr * self.weight_decay).map_err(e)?;
        let delta = update
            .f_reshape(size.as_slice())
            .and_then(|u| u.f_to_kind(p.kind()))
            .and_then(|u| u.f_mul_scalar(-lr))
            .map_err(e)?;
        let _ = p.f_add_(&delta).map_err(e)?;
        Ok(())
    }

    fn adam(&mut self, i: usize, g: &Tensor, mut v: Tensor) -> Result<Tensor> {
        let e = |e| torch_error("EagerMuon (Adam)", e);
        let (b1, b2) = self.adam_betas;
        let m = &mut self.first[i];
        let _ = m.f_lerp_(g, 1.0 - b1).map_err(e)?;
        let _ = v.f_lerp_(&g.f_square().map_err(e)?, 1.0 - b2).map_err(e)?;
        let t = self.step;
        let m_hat = m.f_div_scalar(1.0 - b1.powi(t)).map_err(e)?;
        let denom = v
            .f_div_scalar(1.0 - b2.powi(t))
            .and_then(|x| x.f_sqrt())
            .and_then(|x| x.f_add_scalar(self.adam_eps))
            .map_err(e)?;
        let update = m_hat.f_div(&denom).map_err(e)?;
        let p = &mut self.params[i];
        let _ = p
            .f_mul_scalar_(1.0 - self.adam_lr * self.adam_weight_decay)
            .map_err(e)?;
        let _ = p
            .f_add_(&update.f_mul_scalar(-self.adam_lr).map_err(e)?)
            .map_err(e)?;
        Ok(v)
    }
}

/// Keller Jordan's `zeropower_via_newtonschulz5` in dtype `kind`; returns that dtype.
pub fn newton_schulz5(g: &Tensor, steps: usize, kind: Kind) -> Result<Tensor> {
    let e = |e| torch_error("newton_schulz5", e);
    let size = g.size();
    if size.len() < 2 {
        return Err(Error::shape(
            "newton_schulz5",
            format!("needs rank 2 or more, got {size:?}"),
        ));
    }
    let (rows, cols) = (size[size.len() - 2], size[size.len() - 1]);
    let mut x = g.f_to_kind(kind).map_err(e)?;
    if rows > cols {
        x = x.f_transpose(-2, -1).map_err(e)?;
    }
    let norm = x
        .f_norm_scalaropt_dim(2.0, [-2i64, -1].as_slice(), true)
        .and_then(|n| n.f_add_scalar(1e-7))
        .map_err(e)?;
    x = x.f_div(&norm).map_err(e)?;
    let (a, b, c) = KELLER;
    for _ in 0..steps {
        let xt = x.f_transpose(-2, -1).map_err(e)?;
        let gram = x.f_matmul(&xt).map_err(e)?;
        let poly = gram
            .f_mul_scalar(b)
            .and_then(|bg| {
                gram.f_matmul(&gram)
                    .and_then(|g2| g2.f_mul_scalar(c))
                    .and_then(|cg2| bg.f_add(&cg2))
            })
            .map_err(e)?;
        x = x
            .f_mul_scalar(a)
            .and_then(|ax| poly.f_matmul(&x).and_then(|px| ax.f_add(&px)))
            .map_err(e)?;
    }
    if rows > cols {
        x = x.f_transpose(-2, -1).map_err(e)?;
    }
    Ok(x)
}
