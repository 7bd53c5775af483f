//! Reading a crate's source for the layers check: its declared modules, each module's files
//! (test-only files left out), and the `crate::…` / `super::…` paths in code with comments
//! and strings removed. Std only.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The top-level modules `mod x;` / `pub mod x;` of a crate root.
pub(super) fn declared_modules(root: &Path) -> Result<BTreeSet<String>, String> {
    let text = std::fs::read_to_string(root).map_err(|e| format!("{root:?}: {e}"))?;
    let mut set = BTreeSet::new();
    for line in code_lines(&text) {
        let l = line.1.trim();
        let l = l
            .strip_prefix("pub(crate) ")
            .or(l.strip_prefix("pub "))
            .unwrap_or(l);
        if let Some(rest) = l.strip_prefix("mod ") {
            if let Some(name) = rest.strip_suffix(';') {
                set.insert(name.trim().to_string());
            }
        }
    }
    Ok(set)
}

/// The files (or folders) of modules declared `#[cfg(test)] mod x;`: unit tests kept in a
/// file of their own.
pub(super) fn test_files(files: &[(PathBuf, usize)]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for (file, _) in files {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        // The folder a file's child modules live in: beside `mod.rs`, or `x/` for `x.rs`.
        let children = if file.file_name().is_some_and(|n| n == "mod.rs") {
            file.parent().map(Path::to_path_buf)
        } else {
            Some(file.with_extension(""))
        };
        let Some(children) = children else { continue };
        let lines: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        for pair in lines.windows(2) {
            if pair[0].starts_with("#[cfg(test)]") {
                let decl = pair[1].strip_prefix("pub ").unwrap_or(pair[1]);
                if let Some(name) = decl.strip_prefix("mod ").and_then(|r| r.strip_suffix(';')) {
                    out.push(children.join(format!("{}.rs", name.trim())));
                    out.push(children.join(name.trim()));
                }
            }
        }
    }
    out
}

/// A module's files with their nesting below the crate root (`x.rs`, `x/mod.rs`: 1;
/// `x/y.rs`: 2 …).
pub(super) fn module_files(dir: &Path, module: &str) -> Vec<(PathBuf, usize)> {
    let mut files = Vec::new();
    let single = dir.join(format!("{module}.rs"));
    if single.is_file() {
        files.push((single, 1));
    }
    let sub = dir.join(module);
    if sub.is_dir() {
        walk(&sub, 1, &mut files);
    }
    files
}

fn walk(dir: &Path, depth: usize, out: &mut Vec<(PathBuf, usize)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, depth + 1, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            let is_mod = p.file_name().is_some_and(|n| n == "mod.rs");
            out.push((p, if is_mod { depth } else { depth + 1 }));
        }
    }
}

/// The code lines of a file, numbered from 1, without comments and without test modules
/// (from a `#[cfg(test)]` followed by `mod` to the end of the file).
fn code_lines(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    let mut in_block_comment = false;
    for (i, raw) in lines.iter().enumerate() {
        let t = raw.trim();
        if t.starts_with("#[cfg(test)]") {
            let next = lines[i + 1..]
                .iter()
                .map(|l| l.trim())
                .find(|l| !l.is_empty());
            if next.is_some_and(|n| n.starts_with("mod ") || n.starts_with("pub mod ")) {
                break;
            }
        }
        let mut line = String::new();
        let mut rest = *raw;
        loop {
            if in_block_comment {
                match rest.find("*/") {
                    Some(end) => {
                        rest = &rest[end + 2..];
                        in_block_comment = false;
                    }
                    None => break,
                }
            } else {
                let block = rest.find("/*");
                let line_c = rest.find("//");
                match (block, line_c) {
                    (Some(b), Some(l)) if l < b => {
                        line.push_str(&rest[..l]);
                        break;
                    }
                    (_, Some(l)) if block.is_none() => {
                        line.push_str(&rest[..l]);
                        break;
                    }
                    (Some(b), _) => {
                        line.push_str(&rest[..b]);
                        rest = &rest[b + 2..];
                        in_block_comment = true;
                    }
                    (None, None) => {
                        line.push_str(rest);
                        break;
                    }
                    #[allow(unreachable_patterns)]
                    _ => break,
                }
            }
        }
        out.push((i + 1, strip_strings(&line)));
    }
    out
}

/// A line without the contents of its string literals (a path in a message is not a use).
fn strip_strings(line: &str) -> String {
    let mut out = String::new();
    let mut in_str = false;
    let mut escaped = false;
    for c in line.chars() {
        if in_str {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_str = false;
                out.push('"');
            }
        } else {
            if c == '"' {
                in_str = true;
            }
            out.push(c);
        }
    }
    out
}

/// The top-level modules a file's code names, with the line: `crate::x`, `crate::{x, y::z}`,
/// and `super::` chains that climb to the crate root from a file at `depth`.
pub(super) fn references(text: &str, depth: usize) -> Vec<(usize, String)> {
    let lines = code_lines(text);
    // One string with line starts, so that `use crate::{…}` over several lines is read whole.
    let mut joined = String::new();
    let mut starts = Vec::new();
    for (no, l) in &lines {
        starts.push((joined.len(), *no));
        joined.push_str(l);
        joined.push('\n');
    }
    let line_at = |pos: usize| {
        starts
            .iter()
            .take_while(|(s, _)| *s <= pos)
            .last()
            .map(|(_, n)| *n)
            .unwrap_or(0)
    };
    let bytes = joined.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let at_word_start = i == 0 || !is_ident(bytes[i - 1]) && bytes[i - 1] != b':';
        if at_word_start && bytes[i..].starts_with(b"crate::") {
            let pos = i + "crate::".len();
            out.extend(
                names_after(&joined, pos)
                    .into_iter()
                    .map(|n| (line_at(i), n)),
            );
            i = pos;
            continue;
        }
        if at_word_start && bytes[i..].starts_with(b"super::") {
            let mut pos = i;
            let mut climbs = 0;
            while bytes[pos..].starts_with(b"super::") {
                climbs += 1;
                pos += "super::".len();
            }
            if climbs >= depth {
                out.extend(
                    names_after(&joined, pos)
                        .into_iter()
                        .map(|n| (line_at(i), n)),
                );
            }
            i = pos;
            continue;
        }
        i += 1;
    }
    out
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// The first path segment after `crate::` at `pos`: one name, or each item of a `{…}` group.
fn names_after(s: &str, pos: usize) -> Vec<String> {
    let rest = &s[pos..];
    if let Some(group) = rest.strip_prefix('{') {
        let mut depth = 0;
        let mut items = Vec::new();
        let mut cur = String::new();
        for c in group.chars() {
            match c {
                '{' => {
                    depth += 1;
                    cur.push(c)
                }
                '}' if depth == 0 => {
                    items.push(cur.clone());
                    break;
                }
                '}' => {
                    depth -= 1;
                    cur.push(c)
                }
                ',' if depth == 0 => items.push(std::mem::take(&mut cur)),
                _ => cur.push(c),
            }
        }
        items
            .iter()
            .filter_map(|it| {
                let name: String = it
                    .trim()
                    .chars()
                    .take_while(|c| is_ident(*c as u8))
                    .collect();
                (!name.is_empty() && name != "self").then_some(name)
            })
            .collect()
    } else {
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii() && is_ident(*c as u8))
            .collect();
        if name.is_empty() {
            vec![]
        } else {
            vec![name]
        }
    }
}
