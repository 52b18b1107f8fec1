//! `muon-xla plugin`: which PJRT plugin is used, where it came from, and what it reports.

use anyhow::Context as _;
use clap::Args;
use muon_xla::pjrt::plugin::{PluginLocation, PluginSource};
use muon_xla::pjrt::{Client, Plugin};
use serde_json::json;

use super::PluginOpts;

/// Arguments of `muon-xla plugin`.
#[derive(Debug, Args)]
pub struct PluginCmd {
    /// Which plugin.
    #[command(flatten)]
    pub opts: PluginOpts,

    /// Print one JSON object instead of text.
    #[arg(long)]
    pub json: bool,

    /// Only look for a plugin; never install one.
    #[arg(long)]
    pub no_install: bool,
}

/// What `muon-xla plugin` reports.
struct Report {
    location: PluginLocation,
    api_version: (i32, i32),
    attributes: Vec<(String, String)>,
    platform_name: String,
    platform_version: String,
    device_count: usize,
}

/// Runs `muon-xla plugin`.
pub fn run(cmd: &PluginCmd) -> anyhow::Result<()> {
    let (plugin, location) = cmd.opts.load(!cmd.no_install)?;
    let report = describe(&plugin, location)?;
    if cmd.json {
        println!("{}", serde_json::to_string_pretty(&to_json(&report))?);
    } else {
        print!("{}", to_text(&report));
    }
    Ok(())
}

fn describe(plugin: &Plugin, location: PluginLocation) -> anyhow::Result<Report> {
    let (major, minor) = plugin.api_version();
    let client = Client::new(plugin).with_context(|| {
        format!(
            "the plugin {} (PJRT API {major}.{minor}) loaded, but creating a client failed",
            location.path.display()
        )
    })?;
    Ok(Report {
        api_version: (major, minor),
        attributes: plugin.attributes(),
        platform_name: client.platform_name()?,
        platform_version: client.platform_version()?,
        device_count: client.device_count(),
        location,
    })
}

fn to_text(r: &Report) -> String {
    let mut out = String::new();
    let mut line = |key: &str, value: &dyn std::fmt::Display| {
        out.push_str(&format!("{key:<18}{value}\n"));
    };
    line("plugin:", &r.location.path.display());
    line("source:", &r.location.source);
    line(
        "api version:",
        &format!("{}.{}", r.api_version.0, r.api_version.1),
    );
    line("platform:", &r.platform_name);
    line("platform version:", &r.platform_version);
    line("devices:", &r.device_count);
    out.push_str("attributes:\n");
    for (key, value) in &r.attributes {
        out.push_str(&format!("  {key} = {value}\n"));
    }
    out
}

fn to_json(r: &Report) -> serde_json::Value {
    let package = match &r.location.source {
        PluginSource::PythonPackage(p) => Some(p.as_str()),
        _ => None,
    };
    let attributes: serde_json::Map<String, serde_json::Value> = r
        .attributes
        .iter()
        .map(|(k, v)| (k.clone(), json!(v)))
        .collect();
    json!({
        "path": r.location.path,
        "source": r.location.source.kind(),
        "source_description": r.location.source.to_string(),
        "package": package,
        "api_version": format!("{}.{}", r.api_version.0, r.api_version.1),
        "platform_name": r.platform_name,
        "platform_version": r.platform_version,
        "device_count": r.device_count,
        "attributes": attributes,
    })
}
