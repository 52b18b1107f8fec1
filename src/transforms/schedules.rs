//! Named Newton–Schulz coefficient schedules (one `(a, b, c)` per iteration).

use serde::{Deserialize, Serialize};

use crate::transforms::newton_schulz::{Coefficients, Normalization, KELLER_JORDAN};
use crate::types::{Error, Result};

/// A named schedule for `--ns-schedule`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NsSchedule {
    /// Keller Jordan's fixed quintic, `ns_steps` times (default 5).
    KellerJordan,
    /// optax's `dion` preset (the "You" coefficients, no safety factor): exactly 5 iterations.
    Dion,
    /// Polar Express as in modded-nanogpt and Dion: 5 iterations, safety factor 1.02 inside the
    /// first four, normalization `‖X‖_F · 1.02 + 1e-6`.
    PolarExpress,
    /// Polar Express from the authors' `basic.py`, any number of iterations: the first seven
    /// entries divided as `(a/1.01, b/1.01³, c/1.01⁵)`, then the last entry repeated;
    /// normalization `‖X‖_F · 1.01 + 1e-7`.
    PolarExpressBasic,
    /// Dion's 4-iteration "fast" list, designed to start from AOL preconditioning (the
    /// schedule sets `Normalization::Aol { eps: 1e-8 }`): one iteration fewer than the others.
    DionFast,
}

/// optax's and Dion's AOL epsilon.
const AOL_EPS: f64 = 1e-8;

const DION_FAST: [Coefficients; 4] = [
    (4.6051, -9.6552, 5.6769),
    (4.7505, -6.0861, 2.1790),
    (2.7763, -2.3190, 0.5523),
    (2.4231, -2.2861, 0.8193),
];

const DION: [Coefficients; 5] = [
    (4.0848, -6.8946, 2.9270),
    (3.9505, -6.3029, 2.6377),
    (3.7418, -5.5913, 2.3037),
    (2.8769, -3.1427, 1.2046),
    (2.8366, -3.0525, 1.2012),
];

const POLAR_EXPRESS_5: [Coefficients; 5] = [
    (8.156554524902461, -22.48329292557795, 15.878769915207462),
    (4.042929935166739, -2.808917465908714, 0.5000178451051316),
    (3.8916678022926607, -2.772484153217685, 0.5060648178503393),
    (3.285753657755655, -2.3681294933425376, 0.46449024233003106),
    (2.3465413258596377, -1.7097828382687081, 0.42323551169305323),
];

const POLAR_EXPRESS_RAW: [Coefficients; 8] = [
    (8.28721201814563, -23.595886519098837, 17.300387312530933),
    (4.107059111542203, -2.9478499167379106, 0.5448431082926601),
    (3.9486908534822946, -2.908902115962949, 0.5518191394370137),
    (3.3184196573706015, -2.488488024314874, 0.51004894012372),
    (2.300652019954817, -1.6689039845747493, 0.4188073119525673),
    (1.891301407787398, -1.2679958271945868, 0.37680408948524835),
    (1.8750014808534479, -1.2500016453999487, 0.3750001645474248),
    (1.875, -1.25, 0.375),
];

impl NsSchedule {
    pub const ALL: [NsSchedule; 5] = [
        NsSchedule::KellerJordan,
        NsSchedule::Dion,
        NsSchedule::PolarExpress,
        NsSchedule::PolarExpressBasic,
        NsSchedule::DionFast,
    ];

    pub fn name(self) -> &'static str {
        match self {
            NsSchedule::KellerJordan => "keller-jordan",
            NsSchedule::Dion => "dion",
            NsSchedule::PolarExpress => "polar-express",
            NsSchedule::PolarExpressBasic => "polar-express-basic",
            NsSchedule::DionFast => "dion-fast",
        }
    }

    /// The coefficients for `steps` iterations (`None`: the schedule's own default) and the
    /// normalization the schedule was designed with (`None`: keep the preset's).
    pub fn coefficients(
        self,
        steps: Option<usize>,
    ) -> Result<(Vec<Coefficients>, Option<Normalization>)> {
        let fixed_length = |list: &[Coefficients]| -> Result<Vec<Coefficients>> {
            match steps {
                Some(n) if n != list.len() => Err(Error::InvalidSetting {
                    field: "ns_steps",
                    value: n.to_string(),
                    expected: format!(
                        "{} (the {} schedule has exactly that many iterations)",
                        list.len(),
                        self.name()
                    ),
                }),
                _ => Ok(list.to_vec()),
            }
        };
        Ok(match self {
            NsSchedule::KellerJordan => (vec![KELLER_JORDAN; steps.unwrap_or(5)], None),
            NsSchedule::Dion => (fixed_length(&DION)?, None),
            NsSchedule::DionFast => (
                fixed_length(&DION_FAST)?,
                Some(Normalization::Aol { eps: AOL_EPS }),
            ),
            NsSchedule::PolarExpress => (
                fixed_length(&POLAR_EXPRESS_5)?,
                Some(Normalization::FrobeniusPlusEps {
                    factor: 1.02,
                    eps: 1e-6,
                }),
            ),
            NsSchedule::PolarExpressBasic => {
                let n = steps.unwrap_or(5);
                let last = POLAR_EXPRESS_RAW.len() - 1;
                let list = (0..n)
                    .map(|i| {
                        let (a, b, c) = POLAR_EXPRESS_RAW[i.min(last)];
                        if i < last {
                            (a / 1.01, b / 1.01f64.powi(3), c / 1.01f64.powi(5))
                        } else {
                            (a, b, c)
                        }
                    })
                    .collect();
                (
                    list,
                    Some(Normalization::FrobeniusPlusEps {
                        factor: 1.01,
                        eps: 1e-7,
                    }),
                )
            }
        })
    }
}

impl std::str::FromStr for NsSchedule {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        NsSchedule::ALL
            .into_iter()
            .find(|n| n.name() == s)
            .ok_or_else(|| {
                let names: Vec<&str> = NsSchedule::ALL.iter().map(|n| n.name()).collect();
                Error::InvalidSetting {
                    field: "ns_schedule",
                    value: format!("`{s}`"),
                    expected: format!("one of {}", names.join(", ")),
                }
            })
    }
}

/// The `--ns-precondition` choices (optax's `preconditioning`, without `spectral`, which needs an
/// SVD).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum NsPrecondition {
    /// Divide by the Frobenius norm (every preset's default).
    Frobenius,
    /// Almost-orthogonal-layer row scaling from the first Gram matrix.
    Aol,
    /// Divide by the Schatten-4 norm, `‖XXᵀ‖_F^{1/2}`.
    Schatten,
}

impl NsPrecondition {
    /// The normalization for this choice; `current` is kept when it already is of this kind.
    pub fn normalization(self, current: Normalization) -> Normalization {
        match (self, current) {
            (NsPrecondition::Frobenius, n @ Normalization::FrobeniusPlusEps { .. })
            | (NsPrecondition::Frobenius, n @ Normalization::FrobeniusClampEps { .. })
            | (NsPrecondition::Aol, n @ Normalization::Aol { .. })
            | (NsPrecondition::Schatten, n @ Normalization::Schatten { .. }) => n,
            (NsPrecondition::Frobenius, _) => Normalization::frobenius(1e-7),
            (NsPrecondition::Aol, _) => Normalization::Aol { eps: AOL_EPS },
            (NsPrecondition::Schatten, _) => Normalization::Schatten { eps: AOL_EPS },
        }
    }
}

impl std::str::FromStr for NsPrecondition {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "frobenius" => Ok(NsPrecondition::Frobenius),
            "aol" => Ok(NsPrecondition::Aol),
            "schatten" => Ok(NsPrecondition::Schatten),
            _ => Err(Error::InvalidSetting {
                field: "ns_precondition",
                value: format!("`{s}`"),
                expected: "frobenius, aol or schatten".into(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedules_have_their_documented_lengths_and_values() {
        let (k, n) = NsSchedule::KellerJordan.coefficients(Some(3)).unwrap();
        assert_eq!((k.len(), n), (3, None));
        assert!(NsSchedule::Dion.coefficients(Some(4)).is_err());
        assert_eq!(
            NsSchedule::Dion.coefficients(None).unwrap().0[4],
            (2.8366, -3.0525, 1.2012)
        );
        let (p, _) = NsSchedule::PolarExpressBasic
            .coefficients(Some(10))
            .unwrap();
        assert_eq!(p.len(), 10);
        assert!((p[0].0 - 8.28721201814563 / 1.01).abs() < 1e-12);
        assert!((p[1].2 - 0.5448431082926601 / 1.01f64.powi(5)).abs() < 1e-12);
        assert_eq!(p[7], (1.875, -1.25, 0.375));
        assert_eq!(p[9], (1.875, -1.25, 0.375));
        // Every schedule maps 1 to about 1 at the end: a + b + c ≈ 1 for the converged entries.
        let (a, b, c) = p[9];
        assert!((a + b + c - 1.0).abs() < 1e-12);
    }
}
