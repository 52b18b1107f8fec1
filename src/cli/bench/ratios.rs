//! The ratios the speed targets of issues 24 and 26 are stated in: each oneDNN row's median step
//! against our own XLA f32 and bf16 rows of its preset (what oneDNN gains), and a bf16 row's
//! against the bf16 optimizer peers timed in the same run. Ratios within one run, because
//! absolute times on a shared machine drift between runs far more than they do between
//! neighbouring measurements.

use std::fmt::Write as _;

use muon_xla::pjrt::CpuGemm;
use muon_xla::types::DType;
use serde_json::{json, Value as Json};

use super::measure::finite;
use super::variants::NsVariant;
use super::Run;

/// The peers that step in bf16, as `(peer, name in the ratio line)`.
const BF16_PEERS: [(&str, &str); 3] = [
    ("torch", "torch.optim.Muon"),
    ("keller", "keller"),
    ("heavyball", "heavyball"),
];

/// One oneDNN row of one case and what it is compared with. Every ratio is the other's
/// median step over ours (device gradients), so > 1 means ours is faster.
pub(super) struct OneDnnRatios {
    pub system: String,
    /// `(peer, display name, ratio)`, for each bf16 peer with a time in this case (bf16 rows).
    pub peers: Vec<(&'static str, &'static str, f64)>,
    /// `(dtype, ratio)` against the same preset's XLA row of that dtype with the preset's own
    /// schedule (so a dion-fast row's ratio counts both its fewer iterations and oneDNN).
    pub xla: Vec<(DType, f64)>,
}

/// The ratios of case `ci`, in row order.
pub(super) fn of_case(run: &Run, ci: usize) -> Vec<OneDnnRatios> {
    let case = &run.cases[ci].name;
    let here = || run.ours.results.iter().filter(move |(c, _)| *c == ci);
    here()
        .filter(|(_, r)| r.variant.gemm == CpuGemm::OneDnn)
        .map(|(_, r)| {
            let ours = r.device.median();
            let bf16 = r.variant.dtype == DType::BF16;
            let peers = BF16_PEERS
                .iter()
                .filter(|_| bf16)
                .filter_map(|&(key, name)| {
                    let p = run
                        .peers
                        .iter()
                        .find(|p| p.peer == key && p.status == "ok")?;
                    Some((key, name, p.timing(case)?.median() / ours))
                })
                .collect();
            let xla = [DType::F32, DType::BF16]
                .into_iter()
                .filter_map(|dtype| {
                    let (_, x) = here().find(|(_, x)| {
                        let v = &x.variant;
                        v.preset == r.variant.preset
                            && v.gemm == CpuGemm::Xla
                            && v.ns == NsVariant::Default
                            && v.dtype == dtype
                    })?;
                    Some((dtype, x.device.median() / ours))
                })
                .collect();
            OneDnnRatios {
                system: r.variant.label(),
                peers,
                xla,
            }
        })
        .collect()
}

/// One line per oneDNN row of case `ci` (nothing when there is none).
pub(super) fn text(text: &mut String, run: &Run, ci: usize) {
    let ratios = of_case(run, ci);
    if ratios.is_empty() {
        return;
    }
    let _ = writeln!(
        text,
        "oneDNN rows: other's median step / ours, device gradients (>1× = ours faster; our \
         XLA rows are the preset's own schedule):"
    );
    let case = &run.cases[ci].name;
    for r in &ratios {
        let parts: Vec<String> = (r.peers.iter())
            .map(|(_, name, x)| format!("{x:.2}× {name}"))
            .chain(r.xla.iter().map(|(d, x)| format!("{x:.2}× our XLA {d}")))
            .collect();
        let parts = if parts.is_empty() {
            "nothing to compare with".into()
        } else {
            parts.join(", ")
        };
        let _ = writeln!(text, "  {}: {parts} (case {case})", r.system);
    }
}

/// The same ratios for the JSON report: `[{system, vs_peers: {peer: ratio}, vs_xla: {dtype:
/// ratio}}]`.
pub(super) fn json(run: &Run, ci: usize) -> Json {
    let rows: Vec<Json> = of_case(run, ci)
        .into_iter()
        .map(|r| {
            let peers: serde_json::Map<String, Json> = (r.peers.iter())
                .map(|(key, _, x)| (key.to_string(), finite(*x)))
                .collect();
            let xla: serde_json::Map<String, Json> = (r.xla.iter())
                .map(|(d, x)| (d.to_string(), finite(*x)))
                .collect();
            json!({ "system": r.system, "vs_peers": peers, "vs_xla": xla })
        })
        .collect();
    Json::Array(rows)
}
