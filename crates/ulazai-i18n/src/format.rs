//! Numbers as each language writes them, for the text the Rust side composes (the UI
//! uses `Intl`): the decimal separator is a comma in German, Spanish, French and
//! Portuguese, a point in English, Japanese, Chinese and Korean.

/// The decimal separator of `lang` (a catalog language code).
pub fn decimal_separator(lang: &str) -> char {
    match lang.split('-').next().unwrap_or(lang) {
        "de" | "es" | "fr" | "pt" => ',',
        _ => '.',
    }
}

/// `value` with at most `digits` decimals, trailing zeros dropped: "8", "8.5" / "8,5".
pub fn decimal(lang: &str, value: f64, digits: usize) -> String {
    let text = format!("{value:.digits$}");
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    };
    text.replace('.', &decimal_separator(lang).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_follow_the_language() {
        assert_eq!(decimal("en", 8.0, 1), "8");
        assert_eq!(decimal("en", 8.46, 1), "8.5");
        assert_eq!(decimal("de", 8.46, 1), "8,5");
        assert_eq!(decimal("pt-BR", 12.25, 2), "12,25");
        assert_eq!(decimal("ja", 0.5, 1), "0.5");
    }
}
