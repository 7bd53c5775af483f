//! Which languages the studio speaks, and which one to use.
//!
//! The list is the catalog's folders; each language names itself (`language-name` in its
//! `meta.ftl`: "Deutsch", "日本語"), as a language picker shows it. The language in use is
//! the first the creator asks for (a setting), else the OS's first preference that the
//! catalog has (by language, then region: `pt-PT` finds `pt-BR`, `zh-Hans-CN` finds
//! `zh-CN`), else English.

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

use crate::catalog;

/// The language the messages are written in first, and the one beneath every other.
pub const SOURCE: &str = "en";
/// The pseudo-locale: English, accented, longer and bracketed (for layout tests; never
/// offered by the OS negotiation, only when asked for by name).
pub const PSEUDO: &str = "en-XA";

/// A language of the catalog.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    /// Its catalog code (`de`, `pt-BR`, `zh-CN`), a BCP 47 tag.
    pub code: &'static str,
    /// Its name in itself ("Deutsch").
    pub name: String,
}

/// Every language of the catalog, English first, then by code.
pub fn languages() -> Vec<Language> {
    let mut codes = catalog::languages();
    codes.sort_by_key(|c| (*c != SOURCE, *c));
    codes
        .into_iter()
        .map(|code| Language {
            code,
            name: own_name(code),
        })
        .collect()
}

/// `language-name` of `code`'s `meta.ftl`: only that file is read, not the whole catalog
/// a [`crate::Localizer`] would parse (the folder's code when it has none).
fn own_name(code: &str) -> String {
    use fluent_bundle::{FluentBundle, FluentResource};
    let Some(text) = catalog::source(code, "meta") else {
        return code.to_string();
    };
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
    let mut bundle = FluentBundle::new(vec![code.parse().unwrap_or_default()]);
    let _ = bundle.add_resource(resource);
    let Some(pattern) = bundle.get_message("language-name").and_then(|m| m.value()) else {
        return code.to_string();
    };
    bundle
        .format_pattern(pattern, None, &mut vec![])
        .into_owned()
}

/// The catalog language to use for `requested` (most wanted first; BCP 47 or POSIX
/// `de_DE.UTF-8` forms), English when none matches. [`PSEUDO`] only when asked for first.
pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> &'static str {
    if requested
        .first()
        .is_some_and(|r| tag(r.as_ref()).eq_ignore_ascii_case(PSEUDO))
    {
        return PSEUDO;
    }
    let wanted: Vec<LanguageIdentifier> = requested
        .iter()
        .filter_map(|r| tag(r.as_ref()).parse().ok())
        .collect();
    let codes = catalog::languages();
    let available: Vec<LanguageIdentifier> = codes.iter().filter_map(|c| c.parse().ok()).collect();
    let default: LanguageIdentifier = SOURCE.parse().expect("the source language");
    let chosen = negotiate_languages(
        &wanted,
        &available,
        Some(&default),
        NegotiationStrategy::Filtering,
    );
    let chosen = chosen.first().map(|l| l.to_string());
    codes
        .into_iter()
        .find(|c| Some(c.to_string()) == chosen)
        .unwrap_or(SOURCE)
}

/// `de_DE.UTF-8@euro` → `de-DE`; `C` and `POSIX` → `en`.
fn tag(raw: &str) -> String {
    let base = raw
        .split(['.', '@'])
        .next()
        .unwrap_or(raw)
        .replace('_', "-");
    match base.as_str() {
        "" | "C" | "POSIX" => SOURCE.to_string(),
        _ => base,
    }
}

/// The OS's preferred languages, most wanted first (`LANGUAGE`/`LC_ALL`/`LANG` on Linux,
/// the user's languages on Windows and macOS).
pub fn os_locales() -> Vec<String> {
    sys_locale::get_locales().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_os_preference_finds_the_closest_catalog() {
        assert_eq!(negotiate(&["de_DE.UTF-8"]), "de");
        assert_eq!(negotiate(&["de-AT", "en"]), "de");
        assert_eq!(negotiate(&["pt-PT"]), "pt-BR");
        assert_eq!(negotiate(&["zh-Hans-CN"]), "zh-CN");
        assert_eq!(negotiate(&["ja-JP"]), "ja");
        assert_eq!(negotiate(&["sw-KE", "fr-CA"]), "fr");
        assert_eq!(negotiate(&["sw-KE"]), "en");
        assert_eq!(negotiate(&["C"]), "en");
        assert_eq!(negotiate::<&str>(&[]), "en");
        assert_eq!(negotiate(&["en-XA"]), PSEUDO);
        assert_eq!(
            negotiate(&["de", "en-XA"]),
            "de",
            "the pseudo-locale only first"
        );
    }

    #[test]
    fn every_language_names_itself() {
        let all = languages();
        assert_eq!(all[0].code, SOURCE);
        let names: Vec<(&str, &str)> = all.iter().map(|l| (l.code, l.name.as_str())).collect();
        for want in [
            ("en", "English"),
            ("de", "Deutsch"),
            ("es", "Español"),
            ("fr", "Français"),
            ("pt-BR", "Português (Brasil)"),
            ("ja", "日本語"),
            ("zh-CN", "简体中文"),
            ("ko", "한국어"),
        ] {
            assert!(names.contains(&want), "{want:?} in {names:?}");
        }
    }
}
