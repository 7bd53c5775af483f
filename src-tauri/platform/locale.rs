//! The language of the shell's own text (notifications, the tray, the macOS menu bar),
//! from the catalogs of `ulazai-i18n`: one [`Locale`] per app, read where the text is made,
//! so a change of language reaches the next notification and the tray's next update.
//!
//! Which language: `ULAZAI_LANG` when set (any BCP 47 or POSIX tag, or the pseudo-locale
//! `en-XA`), else English. The OS's language is not followed yet: the window's text is
//! still moving into the catalogs, and a notification must not speak another language
//! than the window it belongs to.

use std::sync::{Arc, RwLock};

use ulazai_i18n::{negotiate, Localizer, SOURCE};

/// The current messages, shared by the parts of one app that write text.
#[derive(Clone)]
pub struct Locale(Arc<RwLock<Arc<Localizer>>>);

impl Locale {
    /// The language for `requested` (`ULAZAI_LANG`), English when `None`.
    pub fn new(requested: Option<&str>) -> Locale {
        let code = requested.map_or(SOURCE, |r| negotiate(&[r]));
        Locale(Arc::new(RwLock::new(Arc::new(Localizer::new(code)))))
    }

    /// The messages in use now.
    pub fn get(&self) -> Arc<Localizer> {
        self.0.read().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Locale").field(&self.get().code()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_requested_language_or_english() {
        assert_eq!(Locale::new(None).get().code(), "en");
        assert_eq!(Locale::new(Some("de_DE.UTF-8")).get().code(), "de");
        assert_eq!(Locale::new(Some("ja")).get().code(), "ja");
        assert_eq!(Locale::new(Some("en-XA")).get().code(), "en-XA");
        assert_eq!(Locale::new(Some("xx")).get().code(), "en");
    }
}
