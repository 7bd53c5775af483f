//! The messages of one language.

use std::borrow::Cow;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::language::{PSEUDO, SOURCE};
use crate::{catalog, pseudo};

/// A value for a message's variable: a number (plural forms choose by it) or text.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Num(f64),
    Str(String),
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Num(n as f64)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Num(f64::from(n))
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}

type Bundle = FluentBundle<FluentResource>;

/// The messages of one language, with English beneath for any it lacks.
pub struct Localizer {
    code: &'static str,
    bundle: Bundle,
    source: Option<Bundle>,
    pseudo: bool,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Localizer")
            .field("code", &self.code)
            .finish()
    }
}

fn accent(text: &str) -> Cow<'_, str> {
    Cow::Owned(pseudo::pseudo_text(text))
}

fn bundle(code: &str, catalog_code: &str, pseudo: bool) -> Bundle {
    let id: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Variables are placed as they are: no Unicode isolation marks, which notification
    // servers and tray menus would show as boxes.
    bundle.set_use_isolating(false);
    if pseudo {
        bundle.set_transform(Some(accent));
    }
    for text in catalog::sources(catalog_code) {
        // A catalog with a syntax error is refused by the catalog test; what parses of it
        // is used all the same.
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

impl Localizer {
    /// The messages of `code` (a catalog language or [`PSEUDO`]; any other code gives
    /// English: negotiate first).
    pub fn new(code: &str) -> Localizer {
        if code == PSEUDO {
            return Localizer {
                code: PSEUDO,
                bundle: bundle(PSEUDO, SOURCE, true),
                source: None,
                pseudo: true,
            };
        }
        let code = catalog::languages()
            .into_iter()
            .find(|c| *c == code)
            .unwrap_or(SOURCE);
        Localizer {
            code,
            bundle: bundle(code, code, false),
            source: (code != SOURCE).then(|| bundle(SOURCE, SOURCE, false)),
            pseudo: false,
        }
    }

    /// The language's code (`de`, `en-XA`).
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// The message `id` with no variables.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// The message `id` with its variables; a message no catalog has comes back as its id.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Num(n) => fluent.set(*name, FluentValue::from(*n)),
                Arg::Str(s) => fluent.set(*name, FluentValue::from(s.as_str())),
            }
        }
        let found = [Some(&self.bundle), self.source.as_ref()]
            .into_iter()
            .flatten()
            .find_map(|b| {
                let pattern = b.get_message(id)?.value()?;
                let mut errors = Vec::new();
                Some(
                    b.format_pattern(pattern, Some(&fluent), &mut errors)
                        .into_owned(),
                )
            });
        match found {
            Some(text) if self.pseudo => format!("[{text}]"),
            Some(text) => text,
            None => id.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_and_variables_follow_the_language() {
        let en = Localizer::new("en");
        assert_eq!(
            en.format("notify-burst-finished", &[("finished", 1usize.into())]),
            "1 render finished"
        );
        assert_eq!(
            en.format("notify-burst-finished", &[("finished", 2usize.into())]),
            "2 renders finished"
        );
        let de = Localizer::new("de");
        assert_eq!(de.code(), "de");
        assert_eq!(
            de.format("notify-burst-finished", &[("finished", 1usize.into())]),
            "1 Rendering fertig"
        );
        assert_eq!(
            de.format("notify-burst-finished", &[("finished", 2usize.into())]),
            "2 Renderings fertig"
        );
    }

    #[test]
    fn the_pseudo_locale_is_bracketed_accented_and_keeps_variables() {
        let xa = Localizer::new(PSEUDO);
        assert_eq!(xa.code(), PSEUDO);
        let title = xa.format("notify-burst-finished", &[("finished", 2usize.into())]);
        assert_eq!(title, "[2 řḗḗƞḓḗḗřş ƒīīƞīīşħḗḗḓ]");
    }

    #[test]
    fn an_unknown_language_is_english_and_an_unknown_message_its_id() {
        let l = Localizer::new("tlh");
        assert_eq!(l.code(), SOURCE);
        assert_eq!(l.text("no-such-message"), "no-such-message");
    }
}
