//! What `--dry-run` says about the Muon variants (NorMuon, cautious weight decay): where a
//! configuration departs from its preset's reference. Departures are allowed (each is tested
//! against a port); they are said so that a user never takes one for the reference.

use crate::config::presets::{OptimizerConfig, Preset};
use crate::transforms::normuon::{NorMuon, NorMuonAxis};

impl OptimizerConfig {
    /// One line per NorMuon or cautious-decay setting that the preset's reference does not have
    /// (empty: the reference's behaviour).
    pub fn departures(&self) -> Vec<String> {
        let preset = self.preset;
        let mut out = Vec::new();
        match (&self.muon.normuon, preset == Preset::Normuon) {
            (None, false) => {}
            (Some(n), true) => out.extend(axis_departure(n)),
            (Some(n), false) => {
                out.push(format!(
                    "normuon true departs from the reference: the {preset} preset's reference is \
                     plain Muon"
                ));
                out.extend(axis_departure(n));
            }
            (None, true) => out.push(
                "normuon false departs from the reference: pytorch-optimizer's NorMuon always \
                 normalizes"
                    .into(),
            ),
        }
        let paths = [
            (
                "cautious_weight_decay",
                "Muon",
                self.muon.cautious_weight_decay,
                self.muon.weight_decay,
            ),
            (
                "adam_cautious_weight_decay",
                "Adam",
                self.adam.cautious_weight_decay,
                self.adam.weight_decay,
            ),
        ];
        for (field, path, on, wd) in paths {
            if !on {
                continue;
            }
            let mut line = format!(
                "{field} true departs from the reference: the {preset} preset's reference has no \
                 cautious weight decay on its {path} path (modded-nanogpt and heavyball do)"
            );
            if wd == 0.0 {
                line.push_str(&format!(
                    "; it changes nothing while the {path} weight decay is 0"
                ));
            }
            out.push(line);
        }
        out
    }
}

fn axis_departure(n: &NorMuon) -> Option<String> {
    (n.axis == NorMuonAxis::Auto).then(|| {
        "normuon_axis auto is modded-nanogpt's rule (the rows when cols > rows); \
         pytorch-optimizer always averages over the last axis"
            .to_string()
    })
}
