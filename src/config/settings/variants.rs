//! Resolving the settings of the Muon variants: NorMuon and cautious weight decay.

use super::Settings;
use crate::config::presets::OptimizerConfig;
use crate::transforms::normuon::NorMuon;
use crate::types::{Error, Result};

impl Settings {
    /// NorMuon on or off (and its options), cautious weight decay on either path.
    pub(super) fn apply_variants(&self, c: &mut OptimizerConfig) -> Result<()> {
        match self.normuon {
            Some(true) => {
                c.muon.normuon.get_or_insert_with(NorMuon::default);
            }
            Some(false) => c.muon.normuon = None,
            None => {}
        }
        let options = [
            ("normuon_beta2", self.normuon_beta2.is_some()),
            ("normuon_scale", self.normuon_scale.is_some()),
            ("normuon_axis", self.normuon_axis.is_some()),
        ];
        let Some(normuon) = c.muon.normuon.as_mut() else {
            if let Some((field, _)) = options.iter().find(|(_, given)| *given) {
                return Err(Error::InvalidSetting {
                    field,
                    value: "set".into(),
                    expected: format!(
                        "unset unless NorMuon is on (normuon true, or the normuon preset; the {} \
                         preset runs plain Muon)",
                        c.preset
                    ),
                });
            }
            return self.apply_cautious(c);
        };
        if let Some(b2) = self.normuon_beta2 {
            if !(0.0..1.0).contains(&b2) {
                return Err(Error::InvalidSetting {
                    field: "normuon_beta2",
                    value: b2.to_string(),
                    expected: "a number in [0, 1)".into(),
                });
            }
            normuon.beta2 = b2;
        }
        if let Some(s) = self.normuon_scale {
            normuon.scale = s;
        }
        if let Some(a) = self.normuon_axis {
            normuon.axis = a;
        }
        self.apply_cautious(c)
    }

    fn apply_cautious(&self, c: &mut OptimizerConfig) -> Result<()> {
        if let Some(on) = self.cautious_weight_decay {
            c.muon.cautious_weight_decay = on;
        }
        if let Some(on) = self.adam_cautious_weight_decay {
            c.adam.cautious_weight_decay = on;
        }
        Ok(())
    }
}
