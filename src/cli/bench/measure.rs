//! How the bench measures: timed loops, the CPU share other processes take meanwhile, waiting for
//! a quiet machine, peak RSS, and what machine this is.

use std::collections::BTreeMap;
use std::time::Instant;

use serde_json::{json, Value as Json};

use super::report::pct;

/// Times `f`: `warmup` untimed calls, then `repeats` timed ones; also the CPU share other
/// processes used meanwhile.
pub(crate) fn time_calls(
    warmup: usize,
    repeats: usize,
    mut f: impl FnMut() -> anyhow::Result<()>,
) -> anyhow::Result<Timing> {
    for _ in 0..warmup {
        f()?;
    }
    let before = CpuSample::now();
    let mut times = Vec::with_capacity(repeats);
    for _ in 0..repeats.max(1) {
        let t0 = Instant::now();
        f()?;
        times.push(t0.elapsed().as_secs_f64());
    }
    let busy = before.and_then(|b| CpuSample::now().map(|a| a.foreign_since(&b)));
    Ok(Timing { times, busy })
}

/// Step times of one system.
#[derive(Debug, Clone, Default)]
pub(crate) struct Timing {
    pub times: Vec<f64>,
    /// Share of all CPUs used by other processes during the timed calls.
    pub busy: Option<f64>,
}

impl Timing {
    fn sorted(&self) -> Vec<f64> {
        let mut v = self.times.clone();
        v.sort_by(f64::total_cmp);
        v
    }
    pub fn median(&self) -> f64 {
        let v = self.sorted();
        if v.is_empty() {
            return f64::NAN;
        }
        let n = v.len();
        if n % 2 == 1 {
            v[n / 2]
        } else {
            0.5 * (v[n / 2 - 1] + v[n / 2])
        }
    }
    pub fn min(&self) -> f64 {
        self.sorted().first().copied().unwrap_or(f64::NAN)
    }
    pub fn max(&self) -> f64 {
        self.sorted().last().copied().unwrap_or(f64::NAN)
    }
    pub fn json(&self) -> Json {
        json!({
            "times_s": self.times,
            "median_s": finite(self.median()),
            "min_s": finite(self.min()),
            "max_s": finite(self.max()),
            "busy_other_frac": self.busy,
        })
    }
}

pub(super) fn finite(v: f64) -> Json {
    if v.is_finite() {
        json!(v)
    } else {
        Json::Null
    }
}

/// Aggregate CPU time from `/proc/stat` and this process's own (and its waited children's) CPU
/// time, in clock ticks.
#[derive(Debug, Clone, Copy)]
struct CpuSample {
    busy: u64,
    all: u64,
    own: u64,
}

impl CpuSample {
    fn now() -> Option<CpuSample> {
        let stat = std::fs::read_to_string("/proc/stat").ok()?;
        let line = stat.lines().next()?;
        let v: Vec<u64> = line
            .split_whitespace()
            .skip(1)
            .filter_map(|x| x.parse().ok())
            .collect();
        if v.len() < 5 {
            return None;
        }
        // user nice system idle iowait irq softirq steal (guest time is already in user).
        let all: u64 = v.iter().take(8).sum();
        let busy = all - v[3] - v[4];
        let own_stat = std::fs::read_to_string("/proc/self/stat").ok()?;
        let after = own_stat.rsplit_once(')')?.1;
        let f: Vec<&str> = after.split_whitespace().collect();
        // After the command name: state ppid pgrp session tty_nr tpgid flags minflt cminflt
        // majflt cmajflt utime stime cutime cstime (tpgid may be -1: index, do not filter).
        let tick = |i: usize| f.get(i).and_then(|v| v.parse::<u64>().ok());
        let own = tick(11)? + tick(12)? + tick(13)? + tick(14)?;
        Some(CpuSample { busy, all, own })
    }

    fn foreign_since(&self, before: &CpuSample) -> f64 {
        let all = self.all.saturating_sub(before.all);
        if all == 0 {
            return 0.0;
        }
        let busy = self.busy.saturating_sub(before.busy);
        let own = self.own.saturating_sub(before.own);
        (busy.saturating_sub(own) as f64 / all as f64).clamp(0.0, 1.0)
    }
}

/// Waits (up to `max_s`) until other processes use less than 15% of the CPUs over a 2 s window.
pub(super) fn wait_quiet(max_s: f64, what: &str) {
    if max_s <= 0.0 {
        return;
    }
    let start = Instant::now();
    let mut last = None;
    while start.elapsed().as_secs_f64() < max_s {
        let Some(a) = CpuSample::now() else { return };
        std::thread::sleep(std::time::Duration::from_secs(2));
        let Some(b) = CpuSample::now() else { return };
        let busy = b.foreign_since(&a);
        last = Some(busy);
        if busy < 0.15 {
            if start.elapsed().as_secs_f64() > 2.5 {
                eprintln!(
                    "  waited {:.0} s for a quiet machine before {what}",
                    start.elapsed().as_secs_f64()
                );
            }
            return;
        }
    }
    eprintln!(
        "  the machine stayed busy ({}) for {max_s:.0} s; timing {what} anyway",
        pct(last)
    );
}

/// Resets the peak-RSS counter of this process (Linux `clear_refs` 5); false when unsupported.
pub(super) fn reset_peak_rss() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// `VmHWM` of this process in bytes.
pub(super) fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

pub(super) fn loadavg() -> Option<String> {
    let s = std::fs::read_to_string("/proc/loadavg").ok()?;
    Some(s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
}

/// The CPU model and the instruction-set flags that decide matmul speed.
pub(super) fn machine() -> Json {
    let info = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let field = |name: &str| {
        info.lines()
            .find(|l| l.split(':').next().map(str::trim) == Some(name))
            .and_then(|l| l.split_once(':'))
            .map(|(_, v)| v.trim().to_string())
    };
    let flags: Vec<String> = field("flags")
        .unwrap_or_default()
        .split_whitespace()
        .map(String::from)
        .collect();
    let interesting = [
        "avx2",
        "fma",
        "avx512f",
        "avx512bw",
        "avx512_vnni",
        "avx512_bf16",
        "amx_bf16",
        "amx_tile",
    ];
    let present: BTreeMap<&str, bool> = interesting
        .iter()
        .map(|f| (*f, flags.iter().any(|x| x == f)))
        .collect();
    let mem = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| {
            m.lines()
                .find(|l| l.starts_with("MemTotal:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<u64>().ok())
        })
        .map(|kb| kb * 1024);
    json!({
        "cpu_model": field("model name"),
        "cores": std::thread::available_parallelism().map(|n| n.get()).ok(),
        "flags": present,
        "memory_bytes": mem,
        "os": std::env::consts::OS,
        "arch": std::env::consts::ARCH,
    })
}
