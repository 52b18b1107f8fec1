//! The peers: `bench/peers.py` once per peer (a subprocess, JSON on stdout) on our shapes.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::bail;
use serde_json::{json, Value as Json};

use super::cases::Case;
use super::measure::{wait_quiet, Timing};
use super::BenchCmd;

const ALL_PEERS: [&str; 7] = [
    "optax",
    "torch",
    "keller",
    "heavyball",
    "torch-f32-addmm",
    "torch-matmul",
    "jax-matmul",
];
/// Peers that time a matmul, not an optimizer step.
pub(super) const ROOFLINE_PEERS: [&str; 2] = ["torch-matmul", "jax-matmul"];

/// With `--peers`: every chosen peer on every case, one subprocess each.
pub(super) fn run_peers(
    cmd: &BenchCmd,
    cases: &[Case],
    threads: usize,
) -> anyhow::Result<Vec<PeerResult>> {
    let mut peer_results: Vec<PeerResult> = Vec::new();
    if !cmd.peers {
        return Ok(peer_results);
    }
    let names: Vec<String> = if cmd.peer_names.is_empty() {
        ALL_PEERS.iter().map(|s| s.to_string()).collect()
    } else {
        cmd.peer_names.clone()
    };
    for n in &names {
        if !ALL_PEERS.contains(&n.as_str()) {
            bail!("unknown peer `{n}`: choose from {}", ALL_PEERS.join(", "));
        }
    }
    let spec = json!({
        "cases": cases.iter().map(|c| json!({
            "name": c.name,
            "shapes": c.matrices.iter().map(|(_, r, c)| [*r, *c]).collect::<Vec<_>>(),
            "shape_counts": c.shape_counts().iter().map(|(s, n)| json!({"shape": s, "count": n})).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "warmup": cmd.warmup,
        "repeats": cmd.repeats,
        "threads": threads,
        "matmul_size": cmd.roofline_size,
        "budget_s": cmd.peer_budget_s,
    });
    for n in &names {
        wait_quiet(cmd.quiet_wait, n);
        eprintln!(
            "peer {n}: running bench/peers.py with {}",
            peer_python(cmd, n)
        );
        let r = run_peer(cmd, n, &spec, threads);
        if r.status != "ok" {
            eprintln!(
                "peer {n}: {} ({})",
                r.status,
                r.reason.as_deref().unwrap_or("")
            );
        }
        peer_results.push(r);
    }
    Ok(peer_results)
}

/// One peer's answer, parsed.
#[derive(Debug, Clone)]
pub(super) struct PeerResult {
    pub peer: String,
    pub system: String,
    pub dtype: String,
    pub status: String,
    pub reason: Option<String>,
    pub raw: Json,
}

impl PeerResult {
    fn missing(peer: &str, status: &str, reason: String) -> PeerResult {
        PeerResult {
            peer: peer.to_string(),
            system: peer.to_string(),
            dtype: String::new(),
            status: status.to_string(),
            reason: Some(reason.clone()),
            raw: json!({"peer": peer, "status": status, "reason": reason}),
        }
    }

    pub fn case(&self, name: &str) -> Option<&Json> {
        self.raw["cases"]
            .as_array()?
            .iter()
            .find(|c| c["name"] == name)
    }

    pub fn timing(&self, name: &str) -> Option<Timing> {
        let c = self.case(name)?;
        let times: Vec<f64> = c["times_s"]
            .as_array()?
            .iter()
            .filter_map(Json::as_f64)
            .collect();
        if times.is_empty() {
            return None;
        }
        Some(Timing {
            times,
            busy: c["busy_other_frac"].as_f64(),
        })
    }
}

fn peers_script(cmd: &BenchCmd) -> PathBuf {
    if let Some(p) = &cmd.peers_script {
        return p.clone();
    }
    let source_tree = Path::new(env!("CARGO_MANIFEST_DIR")).join("bench/peers.py");
    if source_tree.is_file() {
        source_tree
    } else {
        PathBuf::from("bench/peers.py")
    }
}

/// The interpreter for `peer`: `MUON_XLA_PEER_PYTHON_<PEER>` (see [`peer_python_var`]) when set,
/// else `--python`. The peers' packages need not share one environment (heavyball and Keller's
/// `muon` are pinned in different venvs), and a whole run must still be one command.
fn peer_python(cmd: &BenchCmd, peer: &str) -> String {
    std::env::var(peer_python_var(peer))
        .ok()
        .filter(|p| !p.is_empty())
        .unwrap_or_else(|| cmd.python.clone())
}

/// `MUON_XLA_PEER_PYTHON_` + the peer's name in upper case with `-` as `_` (a shell name).
fn peer_python_var(peer: &str) -> String {
    format!(
        "MUON_XLA_PEER_PYTHON_{}",
        peer.to_ascii_uppercase().replace('-', "_")
    )
}

fn run_peer(cmd: &BenchCmd, peer: &str, spec: &Json, threads: usize) -> PeerResult {
    let script = peers_script(cmd);
    if !script.is_file() {
        return PeerResult::missing(
            peer,
            "missing",
            format!("the peer script {} does not exist", script.display()),
        );
    }
    let t = threads.to_string();
    let python = peer_python(cmd, peer);
    let child = Command::new(&python)
        .arg(&script)
        .args(["--peer", peer, "--spec", "-"])
        .env("OMP_NUM_THREADS", &t)
        .env("MKL_NUM_THREADS", &t)
        .env("OPENBLAS_NUM_THREADS", &t)
        .env("JAX_PLATFORMS", "cpu")
        // A user's leftover XLA_FLAGS could kill the peer (an unknown flag aborts XLA).
        .env_remove("XLA_FLAGS")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => {
            return PeerResult::missing(peer, "missing", format!("cannot run `{python}`: {e}"))
        }
    };
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(spec.to_string().as_bytes());
    }
    let output = match child.wait_with_output() {
        Ok(o) => o,
        Err(e) => return PeerResult::missing(peer, "error", format!("waiting for it: {e}")),
    };
    let stdout = String::from_utf8_lossy(&output.stdout);
    let Some(line) = stdout
        .lines()
        .rev()
        .find(|l| l.trim_start().starts_with('{'))
    else {
        return PeerResult::missing(
            peer,
            "error",
            format!(
                "no JSON on stdout (exit status {}); see its stderr above",
                output.status
            ),
        );
    };
    match serde_json::from_str::<Json>(line) {
        Ok(raw) => PeerResult {
            peer: peer.to_string(),
            system: raw["system"].as_str().unwrap_or(peer).to_string(),
            dtype: raw["dtype"].as_str().unwrap_or("").to_string(),
            status: raw["status"].as_str().unwrap_or("error").to_string(),
            reason: raw["reason"].as_str().map(String::from),
            raw,
        },
        Err(e) => PeerResult::missing(peer, "error", format!("unreadable JSON: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_peer_has_a_shell_name_for_its_python() {
        assert_eq!(
            peer_python_var("heavyball"),
            "MUON_XLA_PEER_PYTHON_HEAVYBALL"
        );
        assert_eq!(
            peer_python_var("torch-f32-addmm"),
            "MUON_XLA_PEER_PYTHON_TORCH_F32_ADDMM"
        );
        for p in ALL_PEERS {
            let v = peer_python_var(p);
            assert!(v
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_'));
        }
    }
}
