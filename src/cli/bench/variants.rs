//! Our configurations: preset × Newton–Schulz dtype, plus the opt-in fast Newton–Schulz forms
//! (`--gram`, `--fast-variants`) on every f32 one.

use muon_xla::config::{OptimizerConfig, Preset};
use muon_xla::transforms::{GramNs, NsSchedule};
use muon_xla::types::DType;

use super::BenchCmd;

/// Which Newton–Schulz form a row times, on top of its preset's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum NsVariant {
    /// The preset as it is.
    Default,
    /// Gram Newton–Schulz (`--ns-gram`) for matrices with aspect ≥ 2:1.
    Gram,
    /// Dion's 4-iteration schedule from AOL preconditioning (`--ns-schedule dion-fast`).
    DionFast,
    /// Polar Express, 5 iterations (`--ns-schedule polar-express`).
    PolarExpress,
    /// Gram Newton–Schulz with the dion-fast schedule and its AOL start.
    GramDionFast,
}

impl NsVariant {
    /// The rows `--fast-variants` adds per f32 variant, in order.
    const FAST: [NsVariant; 4] = [
        NsVariant::Gram,
        NsVariant::DionFast,
        NsVariant::PolarExpress,
        NsVariant::GramDionFast,
    ];

    /// What the label carries after the preset and dtype (empty for the preset itself, so its
    /// row reads as it always has).
    fn suffix(self) -> &'static str {
        match self {
            NsVariant::Default => "",
            NsVariant::Gram => " gram",
            NsVariant::DionFast => " dion-fast",
            NsVariant::PolarExpress => " polar-express",
            NsVariant::GramDionFast => " gram dion-fast",
        }
    }

    /// The name in the JSON report.
    pub fn name(self) -> &'static str {
        match self {
            NsVariant::Default => "default",
            NsVariant::Gram => "gram",
            NsVariant::DionFast => "dion-fast",
            NsVariant::PolarExpress => "polar-express",
            NsVariant::GramDionFast => "gram+dion-fast",
        }
    }

    /// `base` with this form of Newton–Schulz.
    fn apply(self, base: &OptimizerConfig) -> anyhow::Result<OptimizerConfig> {
        let mut config = base.clone();
        let ns = &mut config.muon.newton_schulz;
        let schedule = match self {
            NsVariant::Default | NsVariant::Gram => None,
            NsVariant::DionFast | NsVariant::GramDionFast => Some(NsSchedule::DionFast),
            NsVariant::PolarExpress => Some(NsSchedule::PolarExpress),
        };
        if let Some(schedule) = schedule {
            let (list, normalization) = schedule.coefficients(None)?;
            ns.schedule = list;
            if let Some(n) = normalization {
                ns.normalization = n;
            }
        }
        if matches!(self, NsVariant::Gram | NsVariant::GramDionFast) {
            ns.gram = Some(GramNs::default());
        }
        Ok(config)
    }
}

/// One of our configurations.
#[derive(Debug, Clone)]
pub(super) struct Variant {
    pub preset: Preset,
    pub dtype: DType,
    pub ns: NsVariant,
    pub config: OptimizerConfig,
}

impl Variant {
    pub fn label(&self) -> String {
        format!(
            "muon-xla {} {}{}",
            self.preset,
            self.dtype,
            self.ns.suffix()
        )
    }
}

pub(super) fn variants(cmd: &BenchCmd) -> anyhow::Result<Vec<Variant>> {
    let presets = if cmd.presets.is_empty() {
        vec![Preset::KellerJordan]
    } else {
        cmd.presets.clone()
    };
    let mut out = Vec::new();
    for preset in presets {
        let base = OptimizerConfig::preset(preset);
        let dtypes = if cmd.ns_dtypes.is_empty() {
            let native = base.muon.newton_schulz.dtype;
            if native == DType::F32 {
                vec![DType::F32]
            } else {
                vec![DType::F32, native]
            }
        } else {
            cmd.ns_dtypes.clone()
        };
        for dtype in dtypes {
            let mut config = base.clone();
            config.muon.newton_schulz.dtype = dtype;
            config.storage = cmd.storage.unwrap_or(config.storage);
            // The fast forms are f32 rows only: Gram Newton–Schulz drifts in 16-bit floats, and
            // one dtype keeps the comparison between the forms about the forms.
            let extra: &[NsVariant] = match dtype {
                DType::F32 if cmd.fast_variants => &NsVariant::FAST,
                DType::F32 if cmd.gram => &[NsVariant::Gram],
                _ => &[],
            };
            for &ns in std::iter::once(&NsVariant::Default).chain(extra) {
                out.push(Variant {
                    preset,
                    dtype,
                    ns,
                    config: ns.apply(&config)?,
                });
            }
        }
    }
    Ok(out)
}
