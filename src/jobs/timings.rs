//! Where a job's time goes, phase by phase (`muon-xla step --timings`): reading, checking,
//! compiling, uploading, the step itself, downloading, writing and syncing the output. The
//! phases are measured where the work happens, so their sum is the job's time less what happens
//! outside them (process start, argument parsing).

use std::time::Instant;

/// Seconds per named phase, in the order the phases first ran; a phase that runs several times
/// (download and write alternate per tensor) accumulates.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Timings {
    phases: Vec<(String, f64)>,
}

impl Timings {
    pub fn new() -> Timings {
        Timings::default()
    }

    /// Adds `seconds` to `phase`.
    pub fn add(&mut self, phase: &str, seconds: f64) {
        match self.phases.iter_mut().find(|(p, _)| p == phase) {
            Some((_, s)) => *s += seconds,
            None => self.phases.push((phase.to_string(), seconds)),
        }
    }

    /// Runs `f`, adding its time to `phase`.
    pub fn time<T>(&mut self, phase: &str, f: impl FnOnce() -> T) -> T {
        let t0 = Instant::now();
        let out = f();
        self.add(phase, t0.elapsed().as_secs_f64());
        out
    }

    pub fn phases(&self) -> &[(String, f64)] {
        &self.phases
    }

    /// Seconds of `phase` (0 when it did not run).
    pub fn get(&self, phase: &str) -> f64 {
        (self.phases.iter())
            .find(|(p, _)| p == phase)
            .map_or(0.0, |(_, s)| *s)
    }

    pub fn total(&self) -> f64 {
        self.phases.iter().map(|(_, s)| s).sum()
    }

    /// A table: each phase's milliseconds and share of `wall` (the whole job's seconds), then
    /// what the phases do not cover.
    pub fn table(&self, wall: f64) -> String {
        let mut out = String::new();
        let row = |name: &str, s: f64| {
            format!(
                "  {name:<34} {:>10.1} ms {:>6.1}%\n",
                s * 1e3,
                100.0 * s / wall.max(1e-12)
            )
        };
        for (name, s) in &self.phases {
            out += &row(name, *s);
        }
        out += &row(
            "other (arguments, bookkeeping)",
            (wall - self.total()).max(0.0),
        );
        out += &row("total", wall);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::Timings;

    #[test]
    fn phases_accumulate_in_first_run_order() {
        let mut t = Timings::new();
        t.add("read", 0.5);
        t.add("write", 0.25);
        t.add("read", 0.5);
        assert_eq!(t.phases().len(), 2);
        assert_eq!(
            (t.get("read"), t.get("write"), t.get("none")),
            (1.0, 0.25, 0.0)
        );
        assert_eq!(t.total(), 1.25);
        let x = t.time("step", || 7);
        assert_eq!(x, 7);
        assert_eq!(t.phases()[2].0, "step");
        let table = t.table(2.0);
        assert!(table.contains("read") && table.contains("50.0%"), "{table}");
        assert!(table.contains("total"), "{table}");
    }
}
