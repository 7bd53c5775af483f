//! The catalog files, embedded at build time (`build.rs` lists `locales/`).

include!(concat!(env!("OUT_DIR"), "/files.rs"));

/// The Fluent sources of `lang`, one per domain.
pub fn sources(lang: &str) -> impl Iterator<Item = &'static str> + '_ {
    FILES
        .iter()
        .filter(move |(l, _, _)| *l == lang)
        .map(|(_, _, text)| *text)
}

/// The Fluent source of `lang`'s `domain` (`meta`, `errors`…), if it has one.
pub fn source(lang: &str, domain: &str) -> Option<&'static str> {
    FILES
        .iter()
        .find(|(l, d, _)| *l == lang && *d == domain)
        .map(|(_, _, text)| *text)
}

/// Every language that has a catalog, as its folder is named (`en`, `pt-BR`…).
pub fn languages() -> Vec<&'static str> {
    let mut all: Vec<&'static str> = FILES.iter().map(|(l, _, _)| *l).collect();
    all.dedup();
    all
}
