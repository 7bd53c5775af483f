//! The catalogs against each other and against the code: every language has exactly the
//! messages English has, each with the same variables; every file parses; every message
//! is used by the code (found by its id in the Rust and UI sources: ids are never built
//! from parts, so that this check can see them).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use ulazai_i18n::{catalog_files, SOURCE};

type Messages = BTreeMap<String, BTreeSet<String>>;

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        _ => {}
    }
}

/// Each language's messages and their variables; a file that does not parse fails.
fn catalogs() -> BTreeMap<&'static str, Messages> {
    let mut all: BTreeMap<&str, Messages> = BTreeMap::new();
    for (lang, domain, text) in catalog_files() {
        let resource = fluent_syntax::parser::parse(*text)
            .unwrap_or_else(|(_, errors)| panic!("{lang}/{domain}.ftl: {errors:?}"));
        let messages = all.entry(lang).or_default();
        for entry in resource.body {
            match entry {
                ast::Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(value) = &m.value {
                        pattern_vars(value, &mut vars);
                    }
                    let id = m.id.name.to_string();
                    assert!(
                        messages.insert(id.clone(), vars).is_none(),
                        "{lang}: {id} twice"
                    );
                }
                ast::Entry::Term(t) => {
                    panic!("{lang}/{domain}.ftl: term -{} (use messages)", t.id.name)
                }
                ast::Entry::Junk { content } => {
                    panic!("{lang}/{domain}.ftl: cannot read {content:?}")
                }
                _ => {}
            }
        }
    }
    all
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let all = catalogs();
    let source = &all[SOURCE];
    assert!(all.len() >= 8, "{:?}", all.keys());
    let mut problems = Vec::new();
    for (lang, messages) in &all {
        for (id, vars) in source {
            match messages.get(id) {
                None => problems.push(format!("{lang}: {id} is missing")),
                Some(v) if v != vars => problems.push(format!(
                    "{lang}: {id} has variables {v:?}, English {vars:?}"
                )),
                Some(_) => {}
            }
        }
        for id in messages.keys().filter(|id| !source.contains_key(*id)) {
            problems.push(format!("{lang}: {id} is not in English"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if !["node_modules", "bindings", "target", "locales", "dist"].contains(&name.as_str()) {
                sources(&path, out);
            }
        } else if ["rs", "ts", "svelte"]
            .iter()
            .any(|x| name.ends_with(&format!(".{x}")))
        {
            out.push(path);
        }
    }
}

#[test]
fn every_message_is_used_by_the_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for dir in [
        "src-tauri",
        "crates/ulazai-engine/src",
        "crates/ulazai-i18n/src",
        "ui/src",
    ] {
        sources(&root.join(dir), &mut files);
    }
    let code: String = files
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect::<Vec<_>>()
        .join("\n");
    let all = catalogs();
    let unused: Vec<&String> = all[SOURCE]
        .keys()
        .filter(|id| !code.contains(&format!("\"{id}\"")) && !code.contains(&format!("'{id}'")))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}
