//! The layout is the architecture (docs/architecture.md): no file of a
//! folder uses, through any chain, a file of the same folder that uses it
//! back; the rooms depend downward only (the terminal and the command line
//! on mail-outs, documents, imports and the store; those on the core); and
//! the core (domain, tally, meeting) names no terminal, file, format or
//! network crate. Read from the source text by `layout/scan.rs`.

#[path = "layout/scan.rs"]
mod scan;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Imports = BTreeMap<String, BTreeMap<String, Vec<String>>>;

struct Crate {
    modules: Vec<scan::Module>,
    edges: BTreeSet<(String, String)>,
}

fn read_crate() -> Crate {
    let modules = scan::modules(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    let names: BTreeSet<String> = modules.iter().map(|m| m.path.clone()).collect();
    let imports: Imports = modules
        .iter()
        .map(|m| (m.path.clone(), scan::imports(m, &names)))
        .collect();
    let mut edges = BTreeSet::new();
    for m in &modules {
        for p in scan::paths(m, &names) {
            let to = resolve(&p, &names, &imports, 0);
            if !to.is_empty() && to != m.path {
                edges.insert((m.path.clone(), to));
            }
        }
    }
    Crate { modules, edges }
}

/// The module that defines what `path` names, following `use` lines.
fn resolve(path: &[String], names: &BTreeSet<String>, imports: &Imports, depth: usize) -> String {
    let mut at = String::new();
    for (i, seg) in path.iter().enumerate() {
        let child = scan::join(&at, seg);
        if names.contains(&child) {
            at = child;
            continue;
        }
        if let Some(target) = imports.get(&at).and_then(|m| m.get(seg))
            && depth < 8
            && target.as_slice() != &path[..=i]
        {
            let mut whole = target.clone();
            whole.extend_from_slice(&path[i + 1..]);
            return resolve(&whole, names, imports, depth + 1);
        }
        break;
    }
    at
}

/// Which node of folder `folder` a module belongs to: the folder's own
/// file, or the child it sits under; None when outside the folder.
fn node_in(folder: &str, module: &str) -> Option<String> {
    if module == folder {
        return Some(folder.to_string());
    }
    let rest = if folder.is_empty() {
        Some(module)
    } else {
        module.strip_prefix(&format!("{folder}::"))
    }?;
    Some(scan::join(folder, rest.split("::").next().unwrap()))
}

/// Cycles among the nodes of one folder, each as the chain that closes it.
fn circles(krate: &Crate, folder: &str) -> Vec<String> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (a, b) in &krate.edges {
        if let (Some(x), Some(y)) = (node_in(folder, a), node_in(folder, b))
            && x != y
        {
            graph.entry(x).or_default().insert(y);
        }
    }
    let mut found = Vec::new();
    for start in graph.keys() {
        if let Some(chain) = path_back(&graph, start) {
            found.push(chain.join(" → "));
        }
    }
    found
}

/// A chain from `start` through the graph back to `start`, if any.
fn path_back(graph: &BTreeMap<String, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
    let mut seen = BTreeSet::new();
    let mut stack = vec![vec![start.to_string()]];
    while let Some(chain) = stack.pop() {
        let last = chain.last().unwrap();
        for next in graph.get(last).into_iter().flatten() {
            if next == start {
                let mut done = chain.clone();
                done.push(next.clone());
                return Some(done);
            }
            if seen.insert(next.clone()) {
                let mut longer = chain.clone();
                longer.push(next.clone());
                stack.push(longer);
            }
        }
    }
    None
}

#[test]
fn no_folder_holds_an_import_circle() {
    let krate = read_crate();
    let folders: BTreeSet<String> = krate.modules.iter().map(|m| m.path.clone()).collect();
    let mut all = Vec::new();
    for folder in &folders {
        all.extend(circles(&krate, folder));
    }
    assert!(all.is_empty(), "import circles:\n{}", all.join("\n"));
}

/// The rooms from the top down; a room may use only rooms below it. The
/// command line opens the terminal app (and draws its screens for
/// `lbk dev`); an import reads the columns its template was written with,
/// so imports sit above documents.
const ROOMS: [&str; 11] = [
    "cli",
    "tui",
    "serve",
    "synth",
    "mailouts",
    "imports",
    "documents",
    "store",
    "meeting",
    "tally",
    "domain",
];

fn room(module: &str) -> usize {
    let first = module.split("::").next().unwrap();
    ROOMS
        .iter()
        .position(|r| *r == first)
        .unwrap_or_else(|| panic!("{module} is in no room"))
}

#[test]
fn rooms_depend_downward_only() {
    let krate = read_crate();
    let upward: Vec<String> = krate
        .edges
        .iter()
        .filter(|(a, b)| room(b) < room(a))
        .map(|(a, b)| format!("{a} → {b}"))
        .collect();
    assert!(
        upward.is_empty(),
        "arrows up the room list:\n{}",
        upward.join("\n")
    );
}

/// What the core (domain, tally, meeting) may not name: the terminal, the
/// disk, the processes, the network, and every file format's crate.
const NOT_IN_THE_CORE: [&str; 26] = [
    "hyper::",
    "tokio::",
    "qrcode::",
    "getrandom::",
    "form_urlencoded::",
    "ratatui::",
    "crossterm::",
    "ratatui_textarea::",
    "calamine::",
    "rust_xlsxwriter::",
    "docx_rs::",
    "pptx::",
    "zip::",
    "quick_xml::",
    "mail_builder::",
    "csv::",
    "encoding_rs::",
    "cfb::",
    "comfy_table::",
    "directories::",
    "signal_hook::",
    "std::fs",
    "std::net",
    "std::process",
    "std::io",
    "std::env",
];

#[test]
fn the_core_names_no_terminal_file_format_or_network_crate() {
    let mut found = Vec::new();
    for m in scan::modules(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src")) {
        if !matches!(
            m.path.split("::").next(),
            Some("domain" | "tally" | "meeting")
        ) {
            continue;
        }
        let named = names(&m.code);
        for name in NOT_IN_THE_CORE {
            let bare = name.trim_end_matches("::");
            let hit = |n: &String| {
                n.starts_with(&format!("{bare}::")) || (bare.contains("::") && n == bare)
            };
            if named.iter().any(hit) {
                found.push(format!("{}: {name}", m.path));
            }
        }
    }
    assert!(found.is_empty(), "the core names:\n{}", found.join("\n"));
}

/// Every path a module names, written out: `use std::{fs, io::Write}`
/// gives `std::fs` and `std::io::Write`.
fn names(code: &str) -> Vec<String> {
    let flat: String = code.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = Vec::new();
    let bytes: Vec<char> = flat.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        let boundary = i == 0
            || !(bytes[i - 1].is_alphanumeric() || bytes[i - 1] == '_' || bytes[i - 1] == ':');
        if boundary && (bytes[i].is_alphabetic() || bytes[i] == '_') {
            let (paths, next) = expand(&bytes, i, String::new());
            out.extend(paths);
            i = next.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

fn expand(c: &[char], mut i: usize, prefix: String) -> (Vec<String>, usize) {
    let mut path = prefix;
    while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_' || c[i] == ':') {
        path.push(c[i]);
        i += 1;
    }
    if path.ends_with("::") && c.get(i) == Some(&'{') {
        let mut out = Vec::new();
        i += 1;
        while i < c.len() && c[i] != '}' {
            if c[i] == ',' || c[i] == ' ' {
                i += 1;
                continue;
            }
            let (inner, next) = expand(c, i, path.clone());
            out.extend(inner);
            i = next.max(i + 1);
        }
        return (out, i + 1);
    }
    (vec![path], i)
}

#[test]
fn the_architecture_page_names_every_module() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let page = std::fs::read_to_string(root.join("docs/architecture.md")).unwrap();
    let missing: Vec<String> = scan::files(&root.join("src"))
        .into_iter()
        .filter(|f| !page.contains(&format!("`{f}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/architecture.md (Every module) lacks:\n{}",
        missing.join("\n")
    );
}
