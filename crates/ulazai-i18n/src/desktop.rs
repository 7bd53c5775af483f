//! The Linux desktop entry's words in every language: `GenericName[xx]=` and
//! `Comment[xx]=` lines from each catalog's `desktop-generic-name` and `desktop-comment`
//! (`meta.ftl`). `packaging/linux/ulazai-studio.desktop` is written from them
//! (`packaging/linux/desktop-entry.sh`), and `tests/desktop_entry.rs` fails when the
//! committed file differs from what the catalogs give.

use crate::language::{languages, SOURCE};
use crate::localizer::Localizer;

/// `template` (a desktop entry) with its translated `GenericName[..]` and `Comment[..]`
/// lines replaced by the catalogs' own, each after its untranslated key. The untranslated
/// lines stay as they are (English, or a packager's `{{comment}}` placeholder).
pub fn desktop_entry(template: &str) -> String {
    let others: Vec<(String, Localizer)> = languages()
        .into_iter()
        .filter(|l| l.code != SOURCE)
        .map(|l| (l.code.replace('-', "_"), Localizer::new(l.code)))
        .collect();
    let mut out = String::new();
    for line in template.lines() {
        let translated = ["GenericName[", "Comment["]
            .iter()
            .any(|key| line.starts_with(key));
        if translated {
            continue;
        }
        out.push_str(line);
        out.push('\n');
        let id = if line.starts_with("GenericName=") {
            "desktop-generic-name"
        } else if line.starts_with("Comment=") {
            "desktop-comment"
        } else {
            continue;
        };
        let key = &line[..line.find('=').unwrap_or(0)];
        for (posix, lang) in &others {
            let text = lang.text(id).replace(['\n', '\r'], " ");
            out.push_str(&format!("{key}[{posix}]={text}\n"));
        }
    }
    out
}
