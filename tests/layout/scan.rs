//! Reads `src/` as text and finds which module uses which: every path
//! that starts with `crate::`, `super::` or `self::` (and, in a module
//! with children, a child's name), resolved through the `use` lines it
//! passes so that `super::Plan` re-exported by a folder's `mod.rs` counts
//! as a use of the file that defines it. Comments, strings and test code
//! (`#[cfg(test)]` items, `*_tests.rs`, `tests.rs`) are left out: tests
//! may reach anywhere.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A module of the crate: its path (`documents::plan`), its cleaned source.
pub struct Module {
    pub path: String,
    pub code: String,
}

pub fn modules(src: &Path) -> Vec<Module> {
    let mut out = Vec::new();
    walk(src, src, &mut out);
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<Module>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("src/ kan läsas")
        .map(|e| e.expect("en post i src/").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            walk(root, &path, out);
            continue;
        }
        let rel = path
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let Some(stem) = rel.strip_suffix(".rs") else {
            continue;
        };
        let last = stem.rsplit('/').next().unwrap();
        if last == "tests" || last.ends_with("_tests") {
            continue;
        }
        let module = match stem {
            "lib" | "main" => String::new(),
            _ => stem.strip_suffix("/mod").unwrap_or(stem).replace('/', "::"),
        };
        if stem == "main" {
            continue;
        }
        let raw = std::fs::read_to_string(&path).expect("en källfil kan läsas");
        out.push(Module {
            path: module,
            code: drop_tests(&clean(&raw)),
        });
    }
}

/// Every file of `src/` but the test modules, as `documents/plan.rs`.
pub fn files(src: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut dirs = vec![src.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for e in std::fs::read_dir(&dir).expect("src/ kan läsas") {
            let path = e.expect("en post i src/").path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            let rel = path
                .strip_prefix(src)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let stem = rel.trim_end_matches(".rs");
            let last = stem.rsplit('/').next().unwrap();
            if rel.ends_with(".rs") && last != "tests" && !last.ends_with("_tests") {
                out.push(rel);
            }
        }
    }
    out.sort();
    out
}

/// The source with comments, string and char literals blanked.
pub fn clean(src: &str) -> String {
    let b: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let next = b.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < b.len() && b[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            i += 2;
            while i + 1 < b.len() && !(b[i] == '*' && b[i + 1] == '/') {
                i += 1;
            }
            i += 2;
        } else if c == 'r'
            && (next == Some('"') || next == Some('#'))
            && !ident(b.get(i.wrapping_sub(1)))
        {
            let mut j = i + 1;
            let mut hashes = 0;
            while b.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if b.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            j += 1;
            loop {
                if j >= b.len() {
                    break;
                }
                if b[j] == '"' && (0..hashes).all(|h| b.get(j + 1 + h) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            out.push_str("\"\"");
            i = j;
        } else if c == '"' {
            i += 1;
            while i < b.len() && b[i] != '"' {
                i += if b[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' && next == Some('\\') {
            i += 2;
            while i < b.len() && b[i] != '\'' {
                i += 1;
            }
            i += 1;
            out.push_str("' '");
        } else if c == '\'' && b.get(i + 2) == Some(&'\'') {
            i += 3;
            out.push_str("' '");
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn ident(c: Option<&char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || *c == '_')
}

/// The cleaned source without the items that follow `#[cfg(test)]`.
fn drop_tests(code: &str) -> String {
    let mut out = String::new();
    let mut rest = code;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        rest = &rest[at + "#[cfg(test)]".len()..];
        let end_semicolon = rest.find(';');
        let open = rest.find('{');
        match (open, end_semicolon) {
            (Some(o), Some(s)) if s < o => rest = &rest[s + 1..],
            (Some(o), _) => {
                let mut depth = 0;
                let mut end = rest.len();
                for (k, ch) in rest[o..].char_indices() {
                    match ch {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                end = o + k + 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                rest = &rest[end..];
            }
            (None, Some(s)) => rest = &rest[s + 1..],
            (None, None) => rest = "",
        }
    }
    out.push_str(rest);
    out
}

/// Every path the module names from inside the crate, made absolute,
/// before resolution: `super::plan::Document` in `documents::export`
/// becomes `["documents", "plan", "Document"]`.
pub fn paths(module: &Module, children: &BTreeSet<String>) -> Vec<Vec<String>> {
    let words = tokens(&module.code);
    let mut out = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let starts = k == 0 || words[k - 1] != "::";
        let w = words[k].as_str();
        let relative_child = children.contains(&join(&module.path, w));
        if starts
            && (w == "crate" || w == "super" || w == "self" || relative_child)
            && words.get(k + 1).map(String::as_str) == Some("::")
        {
            let base = base_of(&module.path, w);
            let (found, next) = tree(&words, k + 2, base);
            out.extend(found);
            k = next;
        } else {
            k += 1;
        }
    }
    out
}

fn base_of(module: &str, first: &str) -> Vec<String> {
    let own: Vec<String> = module
        .split("::")
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect();
    match first {
        "crate" => Vec::new(),
        "self" => own,
        "super" => own[..own.len().saturating_sub(1)].to_vec(),
        child => own.into_iter().chain([child.to_string()]).collect(),
    }
}

/// Reads `a::b::{c, d::e}` from position `k` onward under `base`.
fn tree(words: &[String], mut k: usize, base: Vec<String>) -> (Vec<Vec<String>>, usize) {
    let mut path = base;
    let mut out = Vec::new();
    loop {
        match words.get(k).map(String::as_str) {
            Some("super") => {
                path.pop();
                k += 1;
            }
            Some("{") => {
                k += 1;
                while k < words.len() && words[k] != "}" {
                    let (inner, next) = tree(words, k, path.clone());
                    out.extend(inner);
                    k = next;
                    if words.get(k).map(String::as_str) == Some(",") {
                        k += 1;
                    }
                }
                return (out, k + 1);
            }
            Some(w) if w.chars().all(|c| c.is_alphanumeric() || c == '_') => {
                if w != "self" {
                    path.push(w.to_string());
                }
                k += 1;
            }
            _ => break,
        }
        if words.get(k).map(String::as_str) != Some("::") {
            break;
        }
        k += 1;
    }
    out.push(path);
    // `a::b as c`: the alias names the same thing.
    if words.get(k).map(String::as_str) == Some("as") {
        k += 2;
    }
    (out, k)
}

fn tokens(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let chars: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_alphanumeric() || c == '_' {
            word.push(c);
        } else {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            if c == ':' && chars.get(i + 1) == Some(&':') {
                out.push("::".into());
                i += 1;
            } else if !c.is_whitespace() {
                out.push(c.to_string());
            }
        }
        i += 1;
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

pub fn join(module: &str, child: &str) -> String {
    if module.is_empty() {
        child.to_string()
    } else {
        format!("{module}::{child}")
    }
}

/// The names a module brings in with `use`: name → absolute path.
pub fn imports(module: &Module, children: &BTreeSet<String>) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for stmt in module.code.split(';') {
        let words = tokens(stmt);
        let Some(at) = words.iter().position(|w| w == "use") else {
            continue;
        };
        let before = at.checked_sub(1).map(|b| words[b].as_str());
        if !matches!(before, None | Some("pub" | ")" | "]" | "}" | "{")) {
            continue;
        }
        let probe = Module {
            path: module.path.clone(),
            code: words[at + 1..].join(" "),
        };
        for p in paths(&probe, children) {
            if let Some(last) = p.last() {
                out.insert(last.clone(), p.clone());
            }
        }
    }
    out
}
