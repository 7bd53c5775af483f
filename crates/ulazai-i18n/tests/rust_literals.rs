//! A lint for the Rust that writes what a person reads (notifications, the tray and menu
//! bar, native dialogs, error messages): a string literal there that reads as prose fails
//! this test unless it is on the allowlist below, each entry with why. Such words belong in
//! the catalog (`locales/<lang>/*.ftl`), reached through a message id.
//!
//! Not looked at: `#[cfg(test)]` modules, logs (`tracing`), `#[error("…")]` attributes (the
//! English `Display` kept for logs; the errors that reach a person carry a catalog message
//! beside it, held equal by `tests/engine/error_texts.rs`), panics and assertions,
//! literals that are not prose (ids, keys, paths, format strings without words), and a
//! literal whose line says `i18n-ignore: <why>` (as in the UI's lint).

use std::path::{Path, PathBuf};

/// The files and folders that write words for a person.
const SCANNED: &[&str] = &[
    "src-tauri/platform/notify",
    "src-tauri/platform/tray.rs",
    "src-tauri/platform/app_menu.rs",
    "src-tauri/commands",
    "src-tauri/updates/refusal.rs",
    "src-tauri/updates/install.rs",
    "src-tauri/updates/mod.rs",
    "src-tauri/studio/mode.rs",
    "crates/ulazai-engine/src/engine/delete.rs",
    "crates/ulazai-engine/src/library/trash.rs",
    "crates/ulazai-engine/src/poll/gate.rs",
    "crates/ulazai-engine/src/model/mod.rs",
    "crates/ulazai-engine/src/ffmpeg/mod.rs",
    "src-tauri/studio/current.rs",
    "src-tauri/studio/error.rs",
    "src-tauri/studio/library.rs",
    "src-tauri/platform/signin.rs",
    "src-tauri/platform/keyring.rs",
    "src-tauri/platform/webview_runtime.rs",
    "crates/ulazai-engine/src/api/error.rs",
    "crates/ulazai-engine/src/validate.rs",
    "crates/ulazai-engine/src/text.rs",
    "crates/ulazai-engine/src/engine/error.rs",
    "crates/ulazai-engine/src/engine/queue.rs",
    "crates/ulazai-engine/src/engine/merge.rs",
    "crates/ulazai-engine/src/queue/import.rs",
    "crates/ulazai-engine/src/queue/import/csv_rows.rs",
    "crates/ulazai-engine/src/queue/import/variations.rs",
    // What the backend sends outside a command's answer: event payloads and pushed state.
    "src-tauri/studio/settings_check.rs",
    "src-tauri/studio/settings.rs",
    "src-tauri/studio/web_session.rs",
    "src-tauri/studio/frame.rs",
    "src-tauri/studio/reactions.rs",
    "crates/ulazai-engine/src/model/events.rs",
    "crates/ulazai-engine/src/queue/state.rs",
    "crates/ulazai-engine/src/queue/plan.rs",
    "crates/ulazai-engine/src/engine/queue_run.rs",
    "crates/ulazai-engine/src/engine/folders.rs",
    "crates/ulazai-engine/src/engine/downloads.rs",
    "crates/ulazai-engine/src/engine/export.rs",
];

/// (file, the literal's start, why it may stay). Keep it short: each entry is a sentence
/// a translator never sees.
const ALLOWED: &[(&str, &str, &str)] = &[
    (
        "crates/ulazai-engine/src/error_code.rs",
        "This clip is no longer in the app.",
        "MissingJob::MESSAGE, the English Display for logs; errors-missing-job is what a person reads (a test holds them equal)",
    ),
    (
        "src-tauri/platform/notify/mod.rs",
        "UlazAI Studio",
        "the app's name as the notification server files it (a brand, in every language)",
    ),
    (
        "crates/ulazai-engine/src/engine/queue.rs",
        "no generate request left in this window",
        "the `message` field of an ApiError the app makes itself: never shown (a person reads errors-api-rate-limited-at)",
    ),
    (
        "crates/ulazai-engine/src/queue/import/csv_rows.rs",
        "aspect ratio",
        "a column name a prompt list's header may use (read from the file, never shown)",
    ),
];

/// Types whose `Display` is technical, for logs only (what a person reads is their catalog
/// message): their `impl fmt::Display` blocks are not looked at.
const LOG_ONLY_DISPLAY: &[&str] = &["impl fmt::Display for ApiError"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap().flatten() {
            files(&entry.path(), out);
        }
    } else if path.extension().is_some_and(|x| x == "rs")
        && !path.to_string_lossy().ends_with("_tests.rs")
    {
        out.push(path.to_path_buf());
    }
}

/// The code before its `#[cfg(test)]` module (tests are at the end of a file here),
/// without the log-only `Display` blocks (blanked, so offsets and lines stay).
fn without_tests(src: &str) -> String {
    let mut src = match src.find("#[cfg(test)]\nmod ") {
        Some(at) => src[..at].to_string(),
        None => src.to_string(),
    };
    for head in LOG_ONLY_DISPLAY {
        if let Some(start) = src.find(head) {
            let end = src[start..]
                .find("\n}\n")
                .map_or(src.len(), |e| start + e + 3);
            let blank: String = src[start..end]
                .chars()
                .map(|c| if c == '\n' { '\n' } else { ' ' })
                .collect();
            src.replace_range(start..end, &blank);
        }
    }
    src
}

/// Every string literal of `src`: (byte offset, its text), comments skipped.
fn literals(src: &str) -> Vec<(usize, String)> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                    i += 1;
                }
                i += 2;
            }
            b'\'' => {
                // A char literal ('x', '\n', '"'); a lifetime ('a) has no closing quote.
                if b.get(i + 1) == Some(&b'\\') {
                    i += 2;
                    while i < b.len() && b[i] != b'\'' {
                        i += 1;
                    }
                    i += 1;
                } else if b.get(i + 2) == Some(&b'\'') {
                    i += 3;
                } else {
                    let c = src[i + 1..].chars().next().unwrap_or(' ');
                    if src[i + 1 + c.len_utf8()..].starts_with('\'') {
                        i += 2 + c.len_utf8();
                    } else {
                        i += 1;
                    }
                }
            }
            b'r' if (b.get(i + 1) == Some(&b'"') || b.get(i + 1) == Some(&b'#'))
                && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_')) =>
            {
                let mut j = i + 1;
                let mut hashes = 0;
                while b.get(j) == Some(&b'#') {
                    hashes += 1;
                    j += 1;
                }
                if b.get(j) != Some(&b'"') {
                    i += 1;
                    continue;
                }
                let close = format!("\"{}", "#".repeat(hashes));
                let start = j + 1;
                let end = src[start..].find(&close).map_or(b.len(), |e| start + e);
                out.push((i, src[start..end].to_string()));
                i = end + close.len();
            }
            b'"' => {
                let start = i + 1;
                let mut j = start;
                let mut text = String::new();
                while j < b.len() && b[j] != b'"' {
                    if b[j] == b'\\' {
                        // A line continuation joins the next line's words with no newline.
                        if b.get(j + 1) == Some(&b'\n') {
                            j += 2;
                            while j < b.len() && (b[j] as char).is_whitespace() {
                                j += 1;
                            }
                            continue;
                        }
                        j += 2;
                        text.push(' ');
                        continue;
                    }
                    let c = src[j..].chars().next().unwrap();
                    text.push(c);
                    j += c.len_utf8();
                }
                out.push((i, text));
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// Words a person reads: two words of letters or more once placeholders are taken out,
/// or a capitalised word ending a sentence ("Done.").
fn reads_as_prose(text: &str) -> bool {
    let mut plain = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    // Words are separated by spaces: `errors-api-credits` or `snake_case` is one token.
    let words = plain
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count();
    words >= 2
        || (words == 1
            && plain.trim_end().ends_with(['.', '!', '?'])
            && plain.contains(char::is_uppercase))
}

/// The statement (from the last `;`, `{` or `}`) the literal at `at` is part of, up to it.
fn statement_before(src: &str, at: usize) -> &str {
    let start = src[..at].rfind([';', '{', '}']).map_or(0, |s| s + 1);
    &src[start..at]
}

/// Logs, panics, assertions and `#[error]` attributes are not read by a creator here.
fn exempt(statement: &str) -> bool {
    [
        "tracing::",
        "warn!(",
        "info!(",
        "debug!(",
        "error!(",
        "trace!(",
        "#[error(",
        "expect(",
        "panic!(",
        "unreachable!(",
        "assert",
        "eprintln!(",
        "#[doc",
        "concat!(",
        "ts(type =",
    ]
    .iter()
    .any(|m| statement.contains(m))
}

fn findings() -> Vec<String> {
    let root = root();
    let mut all = Vec::new();
    for s in SCANNED {
        files(&root.join(s), &mut all);
    }
    all.push(root.join("crates/ulazai-engine/src/error_code.rs"));
    let mut found = Vec::new();
    for file in all {
        let rel = file
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let src = std::fs::read_to_string(&file).unwrap();
        let src = without_tests(&src);
        for (at, text) in literals(&src) {
            if !reads_as_prose(&text) || exempt(statement_before(&src, at)) {
                continue;
            }
            // A literal that must stay says why on its line, as in the UI's lint.
            let line_end = src[at..].find('\n').map_or(src.len(), |e| at + e);
            if src[..line_end]
                .rsplit('\n')
                .next()
                .unwrap_or("")
                .contains("i18n-ignore:")
            {
                continue;
            }
            let allowed = ALLOWED
                .iter()
                .any(|(f, start, _)| *f == rel && text.starts_with(start));
            if !allowed {
                let line = src[..at].lines().count();
                found.push(format!("{rel}:{line}: {text:?}"));
            }
        }
    }
    found
}

#[test]
fn the_rust_that_writes_for_a_person_takes_its_words_from_the_catalog() {
    let found = findings();
    assert!(
        found.is_empty(),
        "words written in the Rust instead of the catalog (move them to an .ftl file, or \
         allow them with a reason):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_lint_sees_prose_and_lets_ids_logs_and_formats_through() {
    for prose in [
        "Choose the library folder",
        "Nothing to queue.",
        "{n} clips finished, {m} failed",
    ] {
        assert!(reads_as_prose(prose), "{prose}");
    }
    for not in [
        "errors-api-credits",
        "{0}",
        "snake_case",
        "image",
        "/api/v1/history",
        "%Y-%m-%d",
    ] {
        assert!(!reads_as_prose(not), "{not}");
    }
    let src = "fn a() { tracing::warn!(\"a log line here\"); let t = \"Export the clip to\"; }\n";
    let lits = literals(src);
    assert_eq!(lits.len(), 2);
    assert!(exempt(statement_before(src, lits[0].0)));
    assert!(!exempt(statement_before(src, lits[1].0)));
    assert_eq!(
        literals("let s = \"one \\\n    two\"; let c = '\"'; let r = r#\"raw \"q\" text\"#;"),
        vec![
            (8, "one two".to_string()),
            (46, "raw \"q\" text".to_string())
        ]
    );
}

/// Every message id the Rust names (`Text::new("…")`, `.text("…")`, `.format("…"`) is in
/// the English catalog: a misspelt id would show a person the id itself.
#[test]
fn every_message_the_rust_names_is_in_the_catalog() {
    let english: String = ulazai_i18n::catalog_files()
        .iter()
        .filter(|(lang, _, _)| *lang == ulazai_i18n::SOURCE)
        .map(|(_, _, text)| *text)
        .collect::<Vec<_>>()
        .join("\n");
    let known = |id: &str| {
        english.lines().any(|l| {
            l.strip_prefix(id)
                .is_some_and(|r| r.trim_start().starts_with('='))
        })
    };
    let root = root();
    let mut all = Vec::new();
    for dir in ["src-tauri", "crates/ulazai-engine/src"] {
        files(&root.join(dir), &mut all);
    }
    let mut missing = Vec::new();
    let mut named = 0;
    for file in all {
        let src = std::fs::read_to_string(&file).unwrap();
        for call in ["Text::new(\"", ".text(\"", ".format(\"", ".format(\n"] {
            for (at, _) in src.match_indices(call) {
                let rest = src[at + call.len()..].trim_start().trim_start_matches('"');
                let id: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
                    .collect();
                // Only catalog-shaped ids: `<domain>-<name>`.
                if !id.contains('-') || !rest[id.len()..].starts_with('"') {
                    continue;
                }
                named += 1;
                if !known(&id) {
                    missing.push(format!("{}: {id}", file.display()));
                }
            }
        }
    }
    assert!(named > 50, "the search finds the ids ({named})");
    assert!(
        missing.is_empty(),
        "ids not in the English catalog:\n{}",
        missing.join("\n")
    );
}
