//! The layering of `src/` (ARCHITECTURE.md): the library's top-level modules are layers in
//! pipeline order, and a module may use only its own layer and the layers before it. Checked here
//! on every `crate::` path of every source file (imports and inline paths alike), so a new import
//! against the order fails the tests instead of growing a cycle. Within a layer, its submodules
//! must not form a cycle either (a layer's `mod.rs` may use its children and they it).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The layers, first to last: exactly the library's `pub mod` declarations, in order.
const LAYERS: &[&str] = &[
    "types",
    "io",
    "graph",
    "emit",
    "pjrt",
    "transforms",
    "config",
    "plan",
    "cache",
    "aot",
    "runtime",
    "jobs",
    "interop",
];

/// Source files as (path relative to `src/`, text).
type Sources = Vec<(String, String)>;

fn read_sources(dir: &Path, rel: &str, out: &mut Sources) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        let rel = if rel.is_empty() {
            name.clone()
        } else {
            format!("{rel}/{name}")
        };
        if entry.file_type().unwrap().is_dir() {
            read_sources(&entry.path(), &rel, out);
        } else if name.ends_with(".rs") {
            out.push((rel, std::fs::read_to_string(entry.path()).unwrap()));
        }
    }
}

/// The text without `//` comments (doc comments name other layers freely) and string literals.
fn code_only(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let mut in_str = false;
        let mut prev = ' ';
        let mut kept = String::new();
        let chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if !in_str && c == '/' && chars.get(i + 1) == Some(&'/') {
                break;
            }
            if c == '"' && prev != '\\' && !(prev == '\'' && chars.get(i + 1) == Some(&'\'')) {
                in_str = !in_str;
            } else if !in_str {
                kept.push(c);
            }
            prev = c;
            i += 1;
        }
        out.push_str(&kept);
        out.push('\n');
    }
    out
}

fn ident_at(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

/// Every `crate::a::b…` path of `code` as its first two segments (the second may be empty),
/// including the branches of `crate::{a::…, b::…}`.
fn crate_paths(code: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let before = rest[..at].chars().last();
        rest = &rest[at + "crate::".len()..];
        if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') {
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            // Top-level branches of the group.
            let mut depth = 0;
            let mut start = 0;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => {
                        push_path(&group[start..i], &mut out);
                        break;
                    }
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        push_path(&group[start..i], &mut out);
                        start = i + 1;
                    }
                    _ => {}
                }
            }
        } else {
            push_path(rest, &mut out);
        }
    }
    out
}

fn push_path(s: &str, out: &mut Vec<(String, String)>) {
    let s = s.trim_start();
    let first = ident_at(s);
    if first.is_empty() {
        return;
    }
    let second = s[first.len()..]
        .strip_prefix("::")
        .map(ident_at)
        .unwrap_or("");
    out.push((first.to_string(), second.to_string()));
}

/// The layer and the layer's submodule a source file belongs to (`""`: the layer's `mod.rs`).
fn place(file: &str) -> Option<(String, String)> {
    let mut parts = file.trim_end_matches(".rs").split('/');
    let layer = parts.next()?.to_string();
    let sub = parts.next().unwrap_or("").to_string();
    let sub = if sub == "mod" { String::new() } else { sub };
    Some((layer, sub))
}

fn is_submodule(sources: &Sources, layer: &str, sub: &str) -> bool {
    sources
        .iter()
        .any(|(f, _)| f == &format!("{layer}/{sub}.rs") || f == &format!("{layer}/{sub}/mod.rs"))
}

/// Every violation of the layering in `sources`, one line each.
fn violations(sources: &Sources) -> Vec<String> {
    let rank: BTreeMap<&str, usize> = LAYERS.iter().enumerate().map(|(i, l)| (*l, i)).collect();
    let mut problems = Vec::new();
    let mut edges: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    for (file, text) in sources {
        let Some((layer, sub)) = place(file) else {
            continue;
        };
        let Some(&mine) = rank.get(layer.as_str()) else {
            continue; // lib.rs, main.rs and the binary's cli/
        };
        let code = code_only(text);
        let mut siblings: Vec<String> = Vec::new();
        for (target, second) in crate_paths(&code) {
            match rank.get(target.as_str()) {
                Some(&theirs) if theirs > mine => problems.push(format!(
                    "src/{file}: uses crate::{target}::{second}, but {layer} comes before \
                     {target} (a layer uses only itself and the layers above it)"
                )),
                Some(_) if target == layer => siblings.push(second),
                Some(_) => {}
                None if matches!(target.as_str(), "Error" | "Result") => {}
                None => problems.push(format!(
                    "src/{file}: uses crate::{target}, which is not a layer (use the layer's own \
                     path, not a re-export at the crate root)"
                )),
            }
        }
        // `super::x` from a file directly in the layer names a sibling too.
        if !sub.is_empty() && !file.ends_with("/mod.rs") && file.matches('/').count() == 1 {
            let mut rest = code.as_str();
            while let Some(at) = rest.find("super::") {
                rest = &rest[at + "super::".len()..];
                siblings.push(ident_at(rest).to_string());
            }
        }
        for s in siblings {
            if !sub.is_empty() && s != sub && is_submodule(sources, &layer, &s) {
                edges
                    .entry((layer.clone(), sub.clone()))
                    .or_default()
                    .insert(s);
            }
        }
    }
    // Cycles among the submodules of each layer.
    for (layer, sub) in edges.keys() {
        let mut stack = vec![(sub.clone(), vec![sub.clone()])];
        let mut seen = BTreeSet::new();
        while let Some((at, path)) = stack.pop() {
            for next in edges
                .get(&(layer.clone(), at.clone()))
                .into_iter()
                .flatten()
            {
                if next == sub {
                    let cycle = format!("{} -> {next}", path.join(" -> "));
                    let line = format!("src/{layer}/: a cycle among its modules: {cycle}");
                    if !problems.iter().any(|p| {
                        p.starts_with(&format!("src/{layer}/: a cycle"))
                            && path.iter().all(|m| p.contains(m.as_str()))
                    }) {
                        problems.push(line);
                    }
                } else if seen.insert(next.clone()) {
                    let mut p = path.clone();
                    p.push(next.clone());
                    stack.push((next.clone(), p));
                }
            }
        }
    }
    problems
}

fn src_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn every_crate_path_respects_the_layer_order() {
    let mut sources = Vec::new();
    read_sources(&src_dir(), "", &mut sources);
    assert!(sources.len() > 100, "read {} files", sources.len());
    let problems = violations(&sources);
    assert!(
        problems.is_empty(),
        "the layering of ARCHITECTURE.md is broken:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_layers_are_the_crates_modules_in_order() {
    let lib = std::fs::read_to_string(src_dir().join("lib.rs")).unwrap();
    let declared: Vec<&str> = lib
        .lines()
        .filter_map(|l| l.strip_prefix("pub mod "))
        .filter_map(|l| l.strip_suffix(';'))
        .collect();
    assert_eq!(
        declared, LAYERS,
        "src/lib.rs declares its layers in another order"
    );
    for layer in LAYERS {
        assert!(
            src_dir().join(layer).join("mod.rs").is_file(),
            "layer {layer} is not a folder with a mod.rs"
        );
    }
    // And ARCHITECTURE.md lists them, in the same order.
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("ARCHITECTURE.md"))
            .unwrap();
    let positions: Vec<usize> = LAYERS
        .iter()
        .map(|l| {
            doc.find(&format!("`{l}/`"))
                .unwrap_or_else(|| panic!("ARCHITECTURE.md does not name `{l}/`"))
        })
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
}

#[test]
fn the_checker_finds_upward_imports_cycles_and_root_shortcuts() {
    let file = |path: &str, text: &str| (path.to_string(), text.to_string());
    let sources = vec![
        // types importing the graph: upward.
        file("types/host_tensor.rs", "use crate::graph::Builder;\n"),
        // Inside a brace group, and inline.
        file(
            "io/shards.rs",
            "use crate::{types::Error, plan::ParamSpec};\nfn f() { crate::runtime::x(); }\n",
        ),
        // A cycle between two siblings of one layer (one through `super::`).
        file("plan/group.rs", "use crate::plan::stacking::stack;\n"),
        file("plan/stacking.rs", "use super::group::Rule;\n"),
        // The crate root's re-exports are not a layer.
        file("emit/writer.rs", "use crate::HostTensor;\n"),
        // Allowed: downward, own layer, the layer's mod.rs, comments and strings.
        file(
            "plan/mod.rs",
            "use crate::plan::group::x; use crate::graph::Graph;\n",
        ),
        file(
            "graph/eval.rs",
            "// crate::runtime::Optimizer\nconst S: &str = \"crate::jobs\";\n",
        ),
    ];
    let problems = violations(&sources);
    let has = |needle: &str| problems.iter().any(|p| p.contains(needle));
    assert!(
        has("src/types/host_tensor.rs: uses crate::graph::Builder"),
        "{problems:#?}"
    );
    assert!(
        has("src/io/shards.rs: uses crate::plan::ParamSpec"),
        "{problems:#?}"
    );
    assert!(
        has("src/io/shards.rs: uses crate::runtime::x"),
        "{problems:#?}"
    );
    assert!(has("src/plan/: a cycle among its modules"), "{problems:#?}");
    assert!(
        has("src/emit/writer.rs: uses crate::HostTensor"),
        "{problems:#?}"
    );
    assert_eq!(problems.len(), 5, "{problems:#?}");
}
