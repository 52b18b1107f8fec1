//! Loading a compiled directory: every stored executable checked before the plugin sees it.

use std::fs;
use std::path::Path;

use super::*;
use crate::cache::{
    emit_for_client, host_cpu, sha256_hex, warn, ExecutableCache, PluginIdentity, Program,
};
use crate::pjrt::onednn;
use crate::pjrt::Client;
use crate::types::{Error, Result};

/// Reads `DIR/manifest.json`.
pub fn read_manifest(dir: &Path) -> Result<Manifest> {
    let path = dir.join(MANIFEST_FILE);
    let text = fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
    let manifest: Manifest = serde_json::from_str(&text).map_err(|e| {
        Error::Cache(format!(
            "{} is not a manifest this muon-xla can read ({e}); run `muon-xla compile` again",
            path.display()
        ))
    })?;
    if manifest.format != FORMAT {
        return Err(Error::Cache(format!(
            "{} has format `{}`, this muon-xla reads `{FORMAT}`; run `muon-xla compile` again",
            path.display(),
            manifest.format
        )));
    }
    Ok(manifest)
}

/// Why the directory's executables cannot be used here at all, or `None`.
fn target_mismatch(manifest: &Manifest, here: &PluginIdentity) -> Option<String> {
    if let Some(d) = &manifest.device {
        // A deviceless build on its platform: usable when the same plugin build compiled it.
        return (here.file_sha256 != d.plugin_sha256 || here.api_version != d.pjrt_api_version)
            .then(|| {
                format!(
                    "its executables (target `{}`) were compiled by another plugin build (PJRT \
                     {}, this one {})",
                    d.target, d.pjrt_api_version, here.api_version
                )
            });
    }
    let Some(t) = &manifest.target else {
        return Some("it holds no executables (written with --emit-only)".into());
    };
    if let Some(why) = here.mismatch(&t.plugin) {
        return Some(format!("its executables were {why}"));
    }
    let cpu = host_cpu();
    if t.cpu.arch != cpu.arch || t.cpu.features_sha256 != cpu.features_sha256 {
        return Some(format!(
            "its executables were built on another kind of CPU ({} `{}`, this one is {} `{}`)",
            t.cpu.arch, t.cpu.model, cpu.arch, cpu.model
        ));
    }
    let options = sha256_hex(&CompileOptions::default().encode());
    if manifest.compile_options_sha256 != options {
        return Some("its executables were built with other compile options".into());
    }
    None
}

/// Why one group's stored executable cannot be used, or its bytes.
fn check_group(
    dir: &Path,
    stored: Option<&ManifestGroup>,
    fresh: &ManifestGroup,
) -> std::result::Result<Vec<u8>, String> {
    let Some(stored) = stored else {
        return Err("the manifest has no such group".into());
    };
    if stored.members != fresh.members || stored.ty != fresh.ty || stored.route != fresh.route {
        return Err("the manifest's members of this group differ from the model's".into());
    }
    if stored.graph_sha256 != fresh.graph_sha256 {
        return Err(
            "this muon-xla emits a different program for it than the one in the manifest \
             (written by another version)"
                .into(),
        );
    }
    let graph_path = dir.join(&stored.graph);
    match fs::read(&graph_path) {
        Ok(b) if sha256_hex(&b) == stored.graph_sha256 => {}
        Ok(_) => {
            return Err(format!(
                "{} was modified (its sha256 differs from the manifest's)",
                graph_path.display()
            ))
        }
        Err(e) => return Err(format!("{} cannot be read ({e})", graph_path.display())),
    }
    let Some(exe) = &stored.executable else {
        return Err("the manifest lists no executable for it".into());
    };
    let exe_path = dir.join(&exe.file);
    let bytes =
        fs::read(&exe_path).map_err(|e| format!("{} cannot be read ({e})", exe_path.display()))?;
    if bytes.len() as u64 != exe.bytes || sha256_hex(&bytes) != exe.sha256 {
        return Err(format!(
            "{} is corrupt or was replaced (its length or sha256 differs from the manifest's)",
            exe_path.display()
        ));
    }
    Ok(bytes)
}

/// Why a group's stored executable calls other matmuls than this process would (oneDNN
/// missing here, another oneDNN, or XLA's dots where oneDNN is chosen now), or `Ok`.
fn same_gemm(stored: Option<&ManifestGroup>, text: &str) -> std::result::Result<(), String> {
    let stored = stored.and_then(|g| g.cpu_gemm.clone());
    let here = onednn::program_identity(text.as_bytes());
    if stored == here {
        return Ok(());
    }
    let say = |s: &Option<String>| s.clone().unwrap_or_else(|| "XLA's dots".into());
    Err(format!(
        "its executable runs its matmuls with {}, this process with {} (--cpu-gemm)",
        say(&stored),
        say(&here)
    ))
}

/// Loads a compiled directory for `client`: the stored executables where they can be trusted,
/// else compiled again through `cache` with a warning (see the module docs).
pub fn load(client: &Client, dir: &Path, cache: &ExecutableCache) -> Result<Compiled> {
    let manifest = read_manifest(dir)?;
    let fresh = build(
        &manifest.model,
        &Settings::default(),
        &manifest.config,
        None,
    )?;
    let here = PluginIdentity::of(client)?;
    if let Some(d) = manifest.device.as_ref().filter(|d| d.devices > 1) {
        return Err(Error::Cache(format!(
            "{} was compiled for {} devices of target `{}` (topology {}): a multi-device \
             directory is for `muon-xla inspect` (its kernels and collectives); loading it is not \
             supported yet. On the devices, `SpmdMuon` and `muon-xla step --devices {}` compile \
             the partitioned step themselves",
            dir.display(),
            d.devices,
            d.target,
            d.topology,
            d.devices
        )));
    }
    if let Some(d) = &manifest.device {
        if d.platform != here.platform {
            return Err(Error::Cache(format!(
                "{} was compiled for target `{}` (platform {}, topology {}), but this client's \
                 platform is `{}`: load it on a {} machine, or compile the model for this one \
                 (`muon-xla compile --target cpu`)",
                dir.display(),
                d.target,
                d.platform,
                d.topology,
                here.platform,
                d.platform
            )));
        }
    }
    let whole = target_mismatch(&manifest, &here);
    let shown = dir.display();
    if let Some(why) = &whole {
        warn(&format!(
            "{shown}: {why}; compiling its {} groups again",
            fresh.plan.groups.len()
        ));
    }
    // What this process compiles each group from (the programs with oneDNN calls where the
    // CPU-GEMM choice resolves to them here), and what their executables call.
    let graphs: Vec<_> = fresh.plan.groups.iter().map(|g| &g.graph).collect();
    let texts = emit_for_client(client, manifest.config.cpu_gemm, &graphs)?;
    let mut stored_bytes = Vec::with_capacity(fresh.plan.groups.len());
    let mut sources = Vec::with_capacity(fresh.plan.groups.len());
    for (described, text) in fresh.manifest.groups.iter().zip(&texts) {
        let stored = manifest.groups.iter().find(|g| g.name == described.name);
        let checked = match &whole {
            Some(why) => Err(why.clone()),
            None => check_group(dir, stored, described)
                .and_then(|bytes| same_gemm(stored, text).map(|()| bytes)),
        };
        match checked {
            Ok(bytes) => {
                sources.push(GroupSource::Stored);
                stored_bytes.push(Some(bytes));
            }
            Err(why) => {
                if whole.is_none() {
                    warn(&format!(
                        "{shown}: group {}: {why}; not using its stored executable, compiling it \
                         again",
                        described.name
                    ));
                }
                sources.push(GroupSource::Recompiled(why));
                stored_bytes.push(None);
            }
        }
    }
    let signatures: Vec<_> = fresh
        .plan
        .groups
        .iter()
        .map(|g| g.graph.signature())
        .collect();
    let programs: Vec<Program<'_>> = texts
        .iter()
        .zip(&signatures)
        .zip(&stored_bytes)
        .map(|((mlir, signature), bytes)| Program {
            mlir,
            signature,
            serialized: bytes.as_deref(),
        })
        .collect();
    let executables = cache.compile_all(client, &CompileOptions::default(), &programs)?;
    Ok(Compiled {
        manifest,
        config: fresh.config,
        plan: fresh.plan,
        programs: fresh.programs,
        executables,
        sources,
    })
}
