//! The layers of each crate, checked from the source: every `crate::…` path (and `super::…`
//! that climbs to the crate root) names the top-level module it uses. Two rules follow from
//! ARCHITECTURE.md: the modules of a crate form no cycle, and each uses only the modules
//! listed below it in that crate's layer order (a module may use another of its own layer
//! only when no cycle results). Test code (`#[cfg(test)]` modules) is left out: a unit test
//! may reach anything.
//!
//! Each crate declares its layers once, in its root file's doc ("Layers, bottom to top", a
//! numbered list naming the modules in backticks); ARCHITECTURE.md draws the same. The
//! workspace's own check is `the_workspace_keeps_its_layers` below (`cargo test -p
//! ulazai-testkit --lib`). Std only: it reads the tree as it is on disk.

mod scan;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use scan::{declared_modules, module_files, references, test_files};

/// A crate's layers as its root file's doc declares them, bottom first: the numbered items
/// after a line with "Layers, bottom to top", each naming its modules in backticks.
pub fn declared_layers(root: &Path) -> Result<Vec<Vec<String>>, String> {
    let text = std::fs::read_to_string(root).map_err(|e| format!("{root:?}: {e}"))?;
    let modules = declared_modules(root)?;
    let doc: Vec<&str> = text
        .lines()
        .map_while(|l| l.trim_start().strip_prefix("//!"))
        .collect();
    let start = doc
        .iter()
        .position(|l| l.contains("Layers, bottom to top"))
        .ok_or_else(|| format!("{root:?}: no \"Layers, bottom to top\" list in the crate doc"))?;
    let mut layers: Vec<Vec<String>> = Vec::new();
    for line in &doc[start + 1..] {
        let t = line.trim();
        let numbered = t
            .split_once(". ")
            .filter(|(n, _)| n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty());
        let body = match numbered {
            Some((_, rest)) => {
                layers.push(Vec::new());
                rest
            }
            None if t.is_empty() && layers.is_empty() => continue,
            None if t.is_empty() => break,
            None => t,
        };
        let Some(layer) = layers.last_mut() else {
            continue;
        };
        // Only the names before the first dash or parenthesis-free prose: every backticked
        // word that is a module of the crate.
        for (i, part) in body.split('`').enumerate() {
            if i % 2 == 1 && modules.contains(part) && !layer.iter().any(|m| m == part) {
                layer.push(part.to_string());
            }
        }
    }
    Ok(layers)
}

/// Where module `from` uses module `to`: file and line.
#[derive(Debug, Clone)]
pub struct Use {
    pub from: String,
    pub to: String,
    pub at: String,
}

/// Every use of one top-level module by another in the crate whose root file is `root`.
pub fn uses(root: &Path) -> Result<Vec<Use>, String> {
    let dir = root.parent().ok_or("a crate root has a folder")?;
    let modules = declared_modules(root)?;
    let mut out = Vec::new();
    for m in &modules {
        let files = module_files(dir, m);
        let tests_only = test_files(&files);
        for (file, depth) in files {
            if tests_only.iter().any(|t| file.starts_with(t)) {
                continue;
            }
            let text = std::fs::read_to_string(&file).map_err(|e| format!("{file:?}: {e}"))?;
            for (line_no, to) in references(&text, depth) {
                if &to != m && modules.contains(&to) {
                    out.push(Use {
                        from: m.clone(),
                        to,
                        at: format!("{}:{}", file.display(), line_no),
                    });
                }
            }
        }
    }
    Ok(out)
}

/// Cycles among the modules (each as a list of modules), by Tarjan's strongly connected
/// components.
pub fn cycles(uses: &[Use]) -> Vec<Vec<String>> {
    let mut graph: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for u in uses {
        graph.entry(&u.from).or_default().insert(&u.to);
        graph.entry(&u.to).or_default();
    }
    struct T<'a> {
        graph: &'a BTreeMap<&'a str, BTreeSet<&'a str>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on: BTreeSet<&'a str>,
        next: usize,
        out: Vec<Vec<String>>,
    }
    fn visit<'a>(t: &mut T<'a>, v: &'a str) {
        t.index.insert(v, t.next);
        t.low.insert(v, t.next);
        t.next += 1;
        t.stack.push(v);
        t.on.insert(v);
        for &w in &t.graph[v] {
            if !t.index.contains_key(w) {
                visit(t, w);
                let lw = t.low[w];
                let lv = t.low.get_mut(v).unwrap();
                *lv = (*lv).min(lw);
            } else if t.on.contains(w) {
                let iw = t.index[w];
                let lv = t.low.get_mut(v).unwrap();
                *lv = (*lv).min(iw);
            }
        }
        if t.low[v] == t.index[v] {
            let mut comp = Vec::new();
            while let Some(w) = t.stack.pop() {
                t.on.remove(w);
                comp.push(w.to_string());
                if w == v {
                    break;
                }
            }
            if comp.len() > 1 {
                comp.sort();
                t.out.push(comp);
            }
        }
    }
    let mut t = T {
        graph: &graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        next: 0,
        out: Vec::new(),
    };
    let nodes: Vec<&str> = graph.keys().copied().collect();
    for v in nodes {
        if !t.index.contains_key(v) {
            visit(&mut t, v);
        }
    }
    t.out
}

/// What breaks the rules of the crate whose root file is `root`: cycles, uses of a higher
/// layer, modules its layer list does not name. Empty when the crate keeps its layers.
pub fn check(root: &Path) -> Result<Vec<String>, String> {
    let uses = uses(root)?;
    let declared = declared_modules(root)?;
    let layers = declared_layers(root)?;
    let name = root.display();
    let mut problems = Vec::new();
    let layer_of: BTreeMap<&str, usize> = layers
        .iter()
        .enumerate()
        .flat_map(|(i, l)| l.iter().map(move |m| (m.as_str(), i + 1)))
        .collect();
    for m in &declared {
        if !layer_of.contains_key(m.as_str()) {
            problems.push(format!(
                "{name}: module `{m}` is in no layer of the crate doc's list"
            ));
        }
    }
    for cycle in cycles(&uses) {
        let evidence: Vec<String> = uses
            .iter()
            .filter(|u| cycle.contains(&u.from) && cycle.contains(&u.to))
            .map(|u| format!("    {} -> {} at {}", u.from, u.to, u.at))
            .collect();
        problems.push(format!(
            "{name}: the modules {} use each other:\n{}",
            cycle.join(", "),
            evidence.join("\n")
        ));
    }
    for u in &uses {
        if let (Some(f), Some(t)) = (layer_of.get(u.from.as_str()), layer_of.get(u.to.as_str())) {
            if t > f {
                problems.push(format!(
                    "{name}: `{}` (layer {f}) uses `{}` (layer {t}), a higher layer, at {}",
                    u.from, u.to, u.at
                ));
            }
        }
    }
    Ok(problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_workspace_keeps_its_layers() {
        let root = crate::workspace_root();
        let mut problems = Vec::new();
        for lib in [
            "crates/ulazai-engine/src/lib.rs",
            "crates/ulazai-i18n/src/lib.rs",
            "crates/ulazai-sim/src/lib.rs",
            "src-tauri/lib.rs",
        ] {
            problems.extend(check(&root.join(lib)).unwrap());
        }
        assert!(
            problems.is_empty(),
            "layers broken:\n{}",
            problems.join("\n")
        );
    }

    #[test]
    fn names_are_read_from_paths_groups_and_super_chains() {
        let text = "use crate::{api::Client, model::{Job, JobId}, self};\n\
                    use super::super::store::Store;\n\
                    // use crate::poll::Nothing;\n\
                    let s = \"crate::ffmpeg\"; let x = crate::urls::check(a);\n\
                    #[cfg(test)]\nmod tests { use crate::queue::X; }\n";
        let found: Vec<String> = references(text, 2).into_iter().map(|(_, n)| n).collect();
        assert_eq!(found, ["api", "model", "store", "urls"]);
        // One level down, `super::super` does not reach the root.
        let found: Vec<String> = references(text, 3).into_iter().map(|(_, n)| n).collect();
        assert_eq!(found, ["api", "model", "urls"]);
    }

    #[test]
    fn a_use_upward_and_an_unlisted_module_are_named() {
        let dir = std::env::temp_dir().join(format!("layers-check-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("top")).unwrap();
        let write = |name: &str, text: &str| std::fs::write(dir.join(name), text).unwrap();
        write(
            "lib.rs",
            "//! Layers, bottom to top:\n//!\n//! 1. `base` (plain data);\n//! 2. `top`.\n\n\
             pub mod base;\npub mod top;\nmod stray;\n",
        );
        write("base.rs", "pub fn f() { crate::top::g(); }\n");
        write("top/mod.rs", "mod inner;\npub fn g() {}\n");
        write("top/inner.rs", "use super::super::base::f;\n");
        write("stray.rs", "\n");
        let root = dir.join("lib.rs");
        assert_eq!(
            declared_layers(&root).unwrap(),
            vec![vec!["base".to_string()], vec!["top".to_string()]]
        );
        let problems = check(&root).unwrap().join("\n");
        assert!(problems.contains("`stray` is in no layer"), "{problems}");
        assert!(
            problems.contains("`base` (layer 1) uses `top` (layer 2)"),
            "{problems}"
        );
        assert!(problems.contains("base, top use each other"), "{problems}");
        std::fs::write(dir.join("base.rs"), "pub fn f() {}\n").unwrap();
        std::fs::write(dir.join("lib.rs"), "//! Layers, bottom to top:\n//!\n//! 1. `base`, `stray`;\n//! 2. `top`.\n\npub mod base;\npub mod top;\nmod stray;\n").unwrap();
        assert_eq!(check(&root).unwrap(), Vec::<String>::new());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_cycle_is_found_with_its_members() {
        let u = |f: &str, t: &str| Use {
            from: f.into(),
            to: t.into(),
            at: String::new(),
        };
        let found = cycles(&[u("a", "b"), u("b", "c"), u("c", "a"), u("c", "d")]);
        assert_eq!(found, vec![vec!["a".to_string(), "b".into(), "c".into()]]);
        assert!(cycles(&[u("a", "b"), u("b", "c")]).is_empty());
    }
}
