//! `--dry-run`: the partition table (one line per parameter: its path, scale, weight decay with
//! `cautious` when it is, its state with NorMuon's second moment shape) and the resolved
//! settings, with every departure from the preset's reference.

use muon_xla::config::{OptimizerConfig, Route};
use muon_xla::plan::Plan;
use muon_xla::transforms::scale::lr_scale;

/// The Newton–Schulz problem of Muon parameter `i`: `[batch ×] rows × cols` after flattening or
/// batching, with `ᵀ` when the iteration works on the transpose (rows > cols, Gram matrix
/// cols × cols).
fn ns_shape(plan: &Plan, config: &OptimizerConfig, g: usize) -> String {
    let group = &plan.groups[g];
    let muon = plan.muon_config(config, g);
    match muon.ns_view(&group.ty.shape) {
        Ok(([batch, rows, cols], _)) => {
            let b = if batch > 1 {
                format!("{batch}x")
            } else {
                String::new()
            };
            let t = if rows > cols { " T" } else { "" };
            format!("{b}{rows}x{cols}{t}")
        }
        Err(e) => format!("invalid: {e}"),
    }
}

/// The table as text (header line, one line per parameter, a summary line).
pub fn table(plan: &Plan, config: &OptimizerConfig, lr: f64) -> String {
    let mut rows: Vec<[String; 10]> = vec![[
        "name", "shape", "path", "ns shape", "lr", "scale", "wd", "group", "state", "why",
    ]
    .map(String::from)];
    for (i, spec) in plan.specs.iter().enumerate() {
        let (route, why) = &plan.routes[i];
        let m = plan.multipliers[i];
        let g = plan.group_of(i);
        let (ns, base_lr, scale, wd, cautious) = match (route, g) {
            (Route::Muon, Some(g)) => {
                let muon = plan.muon_config(config, g);
                let scale = lr_scale(
                    muon.adjust_lr,
                    muon.layout,
                    &muon.scale_shape(&spec.ty.shape),
                );
                let scale = match &muon.normuon {
                    // The update's RMS is set to 0.2; the learning rate is not scaled.
                    Some(n) if !n.keeps_lr_scale() => "match-rms".to_string(),
                    _ => format!("{scale:.6}"),
                };
                let cautious = muon.cautious_weight_decay;
                (
                    ns_shape(plan, config, g),
                    lr,
                    scale,
                    muon.weight_decay,
                    cautious,
                )
            }
            _ => (
                "-".into(),
                config.adam_lr_for(lr),
                "-".into(),
                config.adam.weight_decay,
                config.adam.cautious_weight_decay,
            ),
        };
        // The state it keeps; one not shaped like the parameter shows its shape.
        let state: Vec<String> = (plan.state_of(i).iter())
            .map(|(kind, ty)| match ty.shape == spec.ty.shape {
                true => kind.to_string(),
                false => {
                    let dims: Vec<String> = ty.shape.iter().map(|d| d.to_string()).collect();
                    format!("{kind}[{}]", dims.join(","))
                }
            })
            .collect();
        let cautious = if cautious { " cautious" } else { "" };
        let group = g.map_or("-".to_string(), |g| {
            format!("{g}:{}", plan.groups[g].graph.name())
        });
        rows.push([
            spec.name.clone(),
            spec.ty.to_string(),
            route.to_string(),
            ns,
            format!("{}", base_lr * m.lr),
            scale,
            format!("{}{cautious}", wd * m.wd),
            group,
            state.join(","),
            why.clone(),
        ]);
    }
    let widths: Vec<usize> = (0..10)
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for r in &rows {
        let cells: Vec<String> = r
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(c, (cell, w))| {
                if c == 9 {
                    cell.clone()
                } else {
                    format!("{cell:<w$}")
                }
            })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out.push_str(&format!(
        "{} parameters, {} executables (one per shape group)\n",
        plan.specs.len(),
        plan.groups.len()
    ));
    out
}

/// The resolved settings, then the table.
pub fn print(plan: &Plan, config: &OptimizerConfig, lr: f64, step: u64) {
    println!("preset {}  step {} -> {}", config.preset, step, step + 1);
    let ns = &config.muon.newton_schulz;
    println!(
        "muon: lr {lr}  momentum {}  nesterov {}  weight_decay {}  ns {} x {} in {}  adjust_lr {:?}  layout {:?}  mu_dtype {}",
        config.muon.momentum,
        config.muon.nesterov,
        config.muon.weight_decay,
        ns.schedule.len(),
        ns.schedule.first().map(|c| format!("{c:?}")).unwrap_or_default(),
        ns.dtype,
        config.muon.adjust_lr,
        config.muon.layout,
        config.muon.buffer_dtype
    );
    println!(
        "adam: lr {}  betas ({}, {})  eps {}  weight_decay {}  style {:?}",
        config.adam_lr_for(lr),
        config.adam.beta1,
        config.adam.beta2,
        config.adam.eps,
        config.adam.weight_decay,
        config.adam.style
    );
    if let Some(n) = &config.muon.normuon {
        println!(
            "normuon: beta2 {}  eps {}  scale {}  axis {}  (state NAME.second_momentum)",
            n.beta2, n.eps, n.scale, n.axis
        );
    }
    for line in config.departures() {
        println!("note: {line}");
    }
    print!("{}", table(plan, config, lr));
}
