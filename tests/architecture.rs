//! The module graph has no circles (issue 10): every `crate::…` path in a module's non-test code is
//! an arrow to the longest module it names, and the arrows must form no cycle. Arrows from a module
//! to its own ancestors (re-exports, shared error types) are left out: a parent declares its
//! children, so those would make every folder a "cycle".
//!
//! Packages: none.
#![allow(clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn module_name(root: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(root).unwrap().with_extension("");
    let rel = rel.to_string_lossy().replace('/', "::");
    rel.strip_suffix("::mod").map(str::to_string).unwrap_or(rel)
}

fn sources(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The paths after `crate::` in `text`, as module-name candidates.
fn crate_paths(text: &str) -> Vec<String> {
    text.match_indices("crate::")
        .map(|(at, _)| {
            text[at + 7..]
                .split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == ':'))
                .next()
                .unwrap_or("")
                .trim_end_matches(':')
                .to_string()
        })
        .collect()
}

#[test]
fn no_module_depends_on_itself_through_others() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &mut files);
    let names: BTreeSet<String> = files.iter().map(|f| module_name(&root, f)).collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let name = module_name(&root, file);
        let text = std::fs::read_to_string(file).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        let arrows = graph.entry(name.clone()).or_default();
        for path in crate_paths(code) {
            let parts: Vec<&str> = path.split("::").collect();
            let target = (1..=parts.len()).rev().map(|n| parts[..n].join("::")).find(|m| names.contains(m));
            if let Some(target) = target.filter(|t| *t != name && !name.starts_with(&format!("{t}::"))) {
                arrows.insert(target);
            }
        }
    }
    // Depth-first search for a back edge, reporting the cycle it closes.
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(node.to_string(), 1);
        stack.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            match state.get(next.as_str()) {
                Some(1) => {
                    let from = stack.iter().position(|n| n == next).unwrap();
                    let mut cycle = stack[from..].to_vec();
                    cycle.push(next.clone());
                    return Some(cycle);
                }
                Some(_) => {}
                None => {
                    if let Some(cycle) = visit(next, graph, state, stack) {
                        return Some(cycle);
                    }
                }
            }
        }
        stack.pop();
        state.insert(node.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for node in graph.keys() {
        if !state.contains_key(node.as_str()) {
            if let Some(cycle) = visit(node, &graph, &mut state, &mut Vec::new()) {
                panic!("module circle: {}", cycle.join(" → "));
            }
        }
    }
    assert!(graph.len() > 40, "the scan found the modules ({})", graph.len());
}

/// The library modules take plain typed options: clap belongs to `cli.rs`, `commands/`, the
/// printer and the generators.
#[test]
fn library_modules_do_not_use_clap() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    for dir in ["sasldb", "postmap", "probe", "sasl", "secrets"] {
        sources(&root.join(dir), &mut files);
    }
    for file in ["fs_safe.rs", "lmdb_verify.rs", "lines.rs", "parallel.rs", "error.rs"] {
        files.push(root.join(file));
    }
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(!text.contains("clap"), "{} uses clap", file.display());
    }
}
