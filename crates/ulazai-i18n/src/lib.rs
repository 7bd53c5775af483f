//! # ulazai-i18n — what the studio says, in the creator's language
//!
//! One set of message catalogs in [Project Fluent](https://projectfluent.org) syntax,
//! `locales/<language>/<domain>.ftl`, read by the Rust code through this crate and by the
//! UI (`ui/src/lib/i18n.ts`, `@fluent/bundle`) from the same files: plurals, selectors and
//! variables are written once per language, for both sides.
//!
//! - [`Localizer`]: the messages of one language (English beneath it for any message a
//!   language lacks, which the catalog test does not allow to ship).
//! - [`language`]: the languages there are ([`languages`]), the one to use for what the
//!   creator or the OS asks ([`negotiate`], [`os_locales`]), and the pseudo-locale
//!   [`PSEUDO`] for layout tests.
//! - [`format`]: numbers as each language writes them (decimal comma or point).
//! - [`desktop_entry`]: the Linux desktop entry's name and comment in every language.
//!
//! Layers, bottom to top; a module uses only the ones below it:
//!
//! 1. `catalog`, `pseudo`, `format`;
//! 2. `language`;
//! 3. `localizer`;
//! 4. `desktop`.

mod catalog;
mod desktop;
pub mod format;
pub mod language;
mod localizer;
mod pseudo;

pub use desktop::desktop_entry;
pub use language::{languages, negotiate, os_locales, Language, PSEUDO, SOURCE};
pub use localizer::{Arg, Localizer};
pub use pseudo::pseudo_text;

/// The catalog's files as (language, domain, Fluent source): for the tests that check the
/// catalogs against each other and against the code that uses them.
pub fn catalog_files() -> &'static [(&'static str, &'static str, &'static str)] {
    catalog::FILES
}
