//! The TUI's modules import one another one way: no module reaches, however
//! indirectly, back into a module that depends on it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The TUI module a source file belongs to (`view/tree.rs` is part of `view`).
fn module_of(rel: &Path) -> String {
    let first = rel.components().next().unwrap();
    let name = first.as_os_str().to_string_lossy();
    name.trim_end_matches(".rs").to_string()
}

/// Every `super::name` or `crate::tui::name` a file mentions, outside its tests.
fn uses(text: &str, modules: &BTreeSet<String>, nested: bool) -> BTreeSet<String> {
    let body = text.split("#[cfg(test)]").next().unwrap_or("");
    let mut out = BTreeSet::new();
    // In view/*.rs, `super::` names a sibling inside view; only crate paths leave it.
    let prefixes: &[&str] = if nested {
        &["crate::tui::"]
    } else {
        &["super::", "crate::tui::"]
    };
    for p in prefixes {
        for (at, _) in body.match_indices(p) {
            let rest = &body[at + p.len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if modules.contains(&name) {
                out.insert(name);
            }
        }
    }
    out
}

#[test]
fn tui_modules_form_no_circle() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui");
    let mut files = Vec::new();
    let mut dirs = vec![root.clone()];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                files.push(p);
            }
        }
    }
    let rel = |p: &Path| p.strip_prefix(&root).unwrap().to_path_buf();
    let modules: BTreeSet<String> = files
        .iter()
        .map(|p| module_of(&rel(p)))
        .filter(|m| m != "mod")
        .collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in &files {
        let r = rel(f);
        let m = module_of(&r);
        if m == "mod" {
            continue;
        }
        let nested = r.components().count() > 1;
        let text = std::fs::read_to_string(f).unwrap();
        let mut deps = uses(&text, &modules, nested);
        deps.remove(&m);
        graph.entry(m).or_default().extend(deps);
    }
    assert!(graph.len() > 10, "{graph:?}");
    // Depth-first search: a module met again while still on the path closes a circle.
    fn visit(
        m: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) {
        if done.contains(m) {
            return;
        }
        if let Some(i) = path.iter().position(|p| p == m) {
            panic!("circle: {} -> {m}", path[i..].join(" -> "));
        }
        path.push(m.to_string());
        for d in graph.get(m).into_iter().flatten() {
            visit(d, graph, path, done);
        }
        path.pop();
        done.insert(m.to_string());
    }
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        visit(m, &graph, &mut Vec::new(), &mut done);
    }
}
