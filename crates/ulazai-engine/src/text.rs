//! A sentence for a person, not yet in a language: a catalog message id
//! (`crates/ulazai-i18n/locales/<lang>/errors.ftl`) and its variables. The engine speaks
//! no language of its own: its errors carry a [`Text`]; the shell words it in the window's
//! language ([`Text::render`]), logs and tests read it in English ([`Text::english`]).
//!
//! Text the server sent (an API error's own message) is a [`TextArg::Str`], placed as it
//! is: never translated, never parsed.

use std::fmt;
use std::sync::OnceLock;

use ulazai_i18n::{Arg, Localizer, SOURCE};

/// A value for one of a message's variables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextArg {
    /// A count: plural forms choose by it; written as digits ("8", "12").
    Num(i64),
    /// A whole number written with the language's digit grouping ("2,731", "2.731").
    Grouped(u64),
    /// Text placed as it is (a name, a server's sentence, a path).
    Str(String),
    /// Another message, worded in the same language first ("in 12 minutes").
    Text(Box<Text>),
    /// A choice among these, as the language lists one ("a, b or c").
    Either(Vec<TextArg>),
}

/// A catalog message and its variables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub id: &'static str,
    pub args: Vec<(&'static str, TextArg)>,
}

impl Text {
    /// The message `id` (written whole, so the catalog test finds it in the code).
    pub fn new(id: &'static str) -> Text {
        Text { id, args: vec![] }
    }

    /// With the variable `name` set to `value`.
    pub fn with(mut self, name: &'static str, value: impl Into<TextArg>) -> Text {
        self.args.push((name, value.into()));
        self
    }

    /// The sentence in `lang`'s words.
    pub fn render(&self, lang: &Localizer) -> String {
        let args: Vec<(&str, Arg)> = self
            .args
            .iter()
            .map(|(name, value)| (*name, arg(lang, value)))
            .collect();
        lang.format(self.id, &args)
    }

    /// The sentence in English, for logs, `Display` and tests.
    pub fn english(&self) -> String {
        self.render(english())
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.english())
    }
}

impl From<&str> for TextArg {
    fn from(s: &str) -> TextArg {
        TextArg::Str(s.to_string())
    }
}

impl From<String> for TextArg {
    fn from(s: String) -> TextArg {
        TextArg::Str(s)
    }
}

impl From<&String> for TextArg {
    fn from(s: &String) -> TextArg {
        TextArg::Str(s.clone())
    }
}

impl From<Text> for TextArg {
    fn from(t: Text) -> TextArg {
        TextArg::Text(Box::new(t))
    }
}

macro_rules! count_from {
    ($($t:ty),*) => {$(
        impl From<$t> for TextArg {
            fn from(n: $t) -> TextArg {
                TextArg::Num(n as i64)
            }
        }
    )*};
}
count_from!(u8, u16, u32, u64, usize, i32, i64);

/// English, made once (the catalogs are parsed at the first use).
pub fn english() -> &'static Localizer {
    static EN: OnceLock<Localizer> = OnceLock::new();
    EN.get_or_init(|| Localizer::new(SOURCE))
}

fn arg(lang: &Localizer, value: &TextArg) -> Arg {
    match value {
        TextArg::Num(n) => Arg::Num(*n as f64),
        TextArg::Grouped(n) => Arg::Str(grouped(lang.code(), *n)),
        TextArg::Str(s) => Arg::Str(s.clone()),
        TextArg::Text(t) => Arg::Str(unbracket(lang, t.render(lang))),
        TextArg::Either(items) => Arg::Str(either(lang, items)),
    }
}

/// "a", "a or b", "a, b or c": the last two joined by the language's "or"
/// (`errors-list-or`), the others by its list comma.
fn either(lang: &Localizer, items: &[TextArg]) -> String {
    let text = |a: &TextArg| match arg(lang, a) {
        Arg::Str(s) => s,
        Arg::Num(n) => n.to_string(),
    };
    match items {
        [] => String::new(),
        [one] => text(one),
        [init @ .., last] => {
            let comma = match lang.code() {
                "ja" | "zh-CN" => "、",
                _ => ", ",
            };
            let head: Vec<String> = init.iter().map(text).collect();
            let joined = Text::new("errors-list-or")
                .with("head", head.join(comma))
                .with("last", text(last));
            unbracket(lang, joined.render(lang))
        }
    }
}

/// The pseudo-locale brackets each whole message; a message inside another is not whole.
fn unbracket(lang: &Localizer, text: String) -> String {
    if lang.code() == ulazai_i18n::PSEUDO {
        let inner = text.strip_prefix('[').and_then(|t| t.strip_suffix(']'));
        if let Some(inner) = inner {
            return inner.to_string();
        }
    }
    text
}

/// 2731 → "2,731" (English, Japanese, Chinese, Korean), "2.731" (German, Spanish,
/// Portuguese), "2 731" (French, a narrow no-break space).
fn grouped(lang: &str, n: u64) -> String {
    let sep = match lang.split('-').next().unwrap_or(lang) {
        "de" | "es" | "pt" => ".",
        "fr" => "\u{202f}",
        _ => ",",
    };
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_as_the_language_writes_them() {
        assert_eq!(grouped("en", 2731), "2,731");
        assert_eq!(grouped("de", 1234567), "1.234.567");
        assert_eq!(grouped("fr", 2731), "2\u{202f}731");
        assert_eq!(grouped("ja", 999), "999");
    }

    #[test]
    fn a_text_reads_in_english_and_in_german() {
        let t = Text::new("errors-api-rate-limited-at").with(
            "wait",
            Text::new("errors-wait-minutes").with("minutes", 12u32),
        );
        assert_eq!(
            t.english(),
            "UlazAI's rate limit was reached. You can try again in 12 minutes."
        );
        let de = t.render(&Localizer::new("de"));
        assert!(de.contains("12 Minuten"), "{de}");
        let xa = t.render(&Localizer::new(ulazai_i18n::PSEUDO));
        assert_eq!(xa.matches('[').count(), 1, "{xa}");
    }

    #[test]
    fn a_choice_is_listed_as_the_language_lists_one() {
        let t = |items: &[&str]| {
            Text::new("errors-choose-quality").with(
                "choices",
                TextArg::Either(items.iter().map(|&i| i.into()).collect()),
            )
        };
        assert_eq!(t(&["std"]).english(), "Choose a quality: std.");
        assert_eq!(
            t(&["std", "pro", "max"]).english(),
            "Choose a quality: std, pro or max."
        );
        let de = t(&["std", "pro"]).render(&Localizer::new("de"));
        assert!(de.contains("std oder pro"), "{de}");
    }
}
