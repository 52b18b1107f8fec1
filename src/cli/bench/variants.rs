//! Our configurations: preset × Newton–Schulz dtype × who runs the matmuls (XLA's dot or
//! oneDNN, `--cpu-gemm`), plus the opt-in fast Newton–Schulz forms (`--gram`, `--fast-variants`)
//! on every f32 one.

use anyhow::Context as _;
use muon_xla::config::{OptimizerConfig, Preset};
use muon_xla::pjrt::{onednn, CpuGemm};
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
    /// Always [`CpuGemm::Xla`] or [`CpuGemm::OneDnn`], never `Auto`: a row's label must mean the
    /// same thing on every machine.
    pub gemm: CpuGemm,
    pub config: OptimizerConfig,
}

impl Variant {
    fn new(
        preset: Preset,
        dtype: DType,
        ns: NsVariant,
        gemm: CpuGemm,
        base: &OptimizerConfig,
    ) -> anyhow::Result<Variant> {
        let mut config = base.clone();
        config.muon.newton_schulz.dtype = dtype;
        config.cpu_gemm = gemm;
        let config = ns.apply(&config)?;
        Ok(Variant {
            preset,
            dtype,
            ns,
            gemm,
            config,
        })
    }

    pub fn label(&self) -> String {
        format!(
            "muon-xla {} {}{}{}",
            self.preset,
            self.dtype,
            self.ns.suffix(),
            if self.gemm == CpuGemm::OneDnn {
                " onednn"
            } else {
                ""
            }
        )
    }
}

/// The rows to time, and one line on the oneDNN rows (which were added, or why none were).
pub(super) struct Plan {
    pub variants: Vec<Variant>,
    pub onednn: String,
}

/// Which engines get rows: the `--cpu-gemm` list, or by default XLA plus oneDNN for the dtypes
/// `auto` sends it (bf16 where the CPU has bf16 instructions, f32 where oneDNN runs AVX-512),
/// when oneDNN loads; the dtypes of default oneDNN rows (`None`: every dtype, as asked); and the
/// line saying which.
fn engines(cmd: &BenchCmd) -> anyhow::Result<(Vec<CpuGemm>, Option<Vec<DType>>, String)> {
    let explicit = !cmd.cpu_gemms.is_empty();
    let requested: &[CpuGemm] = if explicit {
        &cmd.cpu_gemms
    } else {
        &[CpuGemm::Xla]
    };
    let mut gemms: Vec<CpuGemm> = Vec::new();
    for &g in requested {
        if !gemms.contains(&g) {
            gemms.push(g);
        }
    }
    let loaded = |i: &onednn::OneDnnInfo| {
        format!(
            "oneDNN {} (isa {}, bf16 {}) from {}",
            i.version,
            i.isa,
            if i.native_bf16 { "native" } else { "emulated" },
            i.path.display()
        )
    };
    if explicit {
        if !gemms.contains(&CpuGemm::OneDnn) {
            return Ok((gemms, None, "oneDNN rows: none (--cpu-gemm)".into()));
        }
        let info = onednn::load().context("--cpu-gemm onednn: oneDNN cannot be loaded")?;
        return Ok((
            gemms,
            None,
            format!("oneDNN rows (--cpu-gemm): {}", loaded(&info)),
        ));
    }
    // By default oneDNN gets rows where `auto` uses it (where it measured the faster engine),
    // for the dtypes `--ns-dtype` asks for (all when it is not given).
    let info = match onednn::load() {
        Err(e) => {
            let line = format!("no oneDNN rows: oneDNN does not load ({e})");
            return Ok((gemms, None, line));
        }
        Ok(i) => i,
    };
    let asked = |d: DType| cmd.ns_dtypes.is_empty() || cmd.ns_dtypes.contains(&d);
    let dtypes: Vec<DType> = [
        (DType::F32, info.avx512),
        (DType::BF16, info.native_bf16 && info.bf16_matmul),
    ]
    .into_iter()
    .filter(|&(d, routed)| routed && asked(d))
    .map(|(d, _)| d)
    .collect();
    if dtypes.is_empty() {
        let line = format!(
            "no oneDNN rows: `auto` keeps XLA's dot at oneDNN's ISA {} for the dtypes timed",
            info.isa
        );
        return Ok((gemms, None, line));
    }
    gemms.push(CpuGemm::OneDnn);
    let names: Vec<String> = dtypes.iter().map(|d| d.to_string()).collect();
    let line = format!(
        "oneDNN rows ({}, as `auto` chooses here): {}",
        names.join(" and "),
        loaded(&info)
    );
    Ok((gemms, Some(dtypes), line))
}

pub(super) fn variants(cmd: &BenchCmd) -> anyhow::Result<Plan> {
    let presets = if cmd.presets.is_empty() {
        vec![Preset::KellerJordan]
    } else {
        cmd.presets.clone()
    };
    let (gemms, default_onednn, onednn_line) = engines(cmd)?;
    let mut out = Vec::new();
    for preset in presets {
        let mut base = OptimizerConfig::preset(preset);
        base.storage = cmd.storage.unwrap_or(base.storage);
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
        // One engine's rows after the other's, so that a preset's XLA rows read as they always
        // have and its oneDNN rows sit together below them.
        for &gemm in &gemms {
            let dtypes = match &default_onednn {
                Some(only) if gemm == CpuGemm::OneDnn => only.clone(),
                _ => dtypes.clone(),
            };
            for &dtype in &dtypes {
                // The fast forms are f32 rows only: Gram Newton–Schulz drifts in 16-bit floats,
                // and one dtype keeps the comparison between the forms about the forms. A
                // oneDNN bf16 row brings its dion-fast twin, the fastest schedule in bf16, which
                // is what the speed targets against the bf16 peers are about.
                let extra: &[NsVariant] = match dtype {
                    DType::F32 if cmd.fast_variants => &NsVariant::FAST,
                    DType::F32 if cmd.gram => &[NsVariant::Gram],
                    DType::BF16 if gemm == CpuGemm::OneDnn => &[NsVariant::DionFast],
                    _ => &[],
                };
                for &ns in std::iter::once(&NsVariant::Default).chain(extra) {
                    out.push(Variant::new(preset, dtype, ns, gemm, &base)?);
                }
            }
        }
    }
    Ok(Plan {
        variants: out,
        onednn: onednn_line,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        bench: BenchCmd,
    }

    fn cmd(args: &[&str]) -> BenchCmd {
        Cli::try_parse_from(std::iter::once("bench").chain(args.iter().copied()))
            .unwrap()
            .bench
    }

    /// `--cpu-gemm xla` gives the rows the bench always had, labels unchanged, each pinned to
    /// XLA's dot whatever the library's default.
    #[test]
    fn xla_rows_keep_their_labels_and_say_xla() {
        let plan = variants(&cmd(&["--cpu-gemm", "xla"])).unwrap();
        let labels: Vec<String> = plan.variants.iter().map(Variant::label).collect();
        assert_eq!(
            labels,
            ["muon-xla keller-jordan f32", "muon-xla keller-jordan bf16"]
        );
        assert!(plan
            .variants
            .iter()
            .all(|v| v.gemm == CpuGemm::Xla && v.config.cpu_gemm == CpuGemm::Xla));
    }

    #[test]
    fn auto_and_unknown_engines_are_refused() {
        assert!(Cli::try_parse_from(["bench", "--cpu-gemm", "auto"]).is_err());
        assert!(Cli::try_parse_from(["bench", "--cpu-gemm", "mkl"]).is_err());
        assert_eq!(
            cmd(&["--cpu-gemm", "onednn", "--cpu-gemm", "xla"]).cpu_gemms,
            [CpuGemm::OneDnn, CpuGemm::Xla]
        );
    }

    /// A oneDNN row is labelled so and brings the dion-fast twin in bf16 only.
    #[test]
    fn onednn_rows_are_labelled_and_configured() {
        let base = OptimizerConfig::preset(Preset::KellerJordan);
        let v = Variant::new(
            Preset::KellerJordan,
            DType::BF16,
            NsVariant::DionFast,
            CpuGemm::OneDnn,
            &base,
        )
        .unwrap();
        assert_eq!(v.label(), "muon-xla keller-jordan bf16 dion-fast onednn");
        assert_eq!(v.config.cpu_gemm, CpuGemm::OneDnn);
        assert_eq!(v.config.muon.newton_schulz.dtype, DType::BF16);
        assert_eq!(v.config.muon.newton_schulz.schedule.len(), 4);
        assert_eq!((v.gemm, v.dtype), (CpuGemm::OneDnn, DType::BF16));
    }
}
