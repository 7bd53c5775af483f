//! The language of the shell's own text (notifications, the tray, the macOS menu bar),
//! from the catalogs of `ulazai-i18n`: one [`Locale`] per app, read where the text is made,
//! so a change of language reaches the next notification and the tray's next update.
//!
//! Which language, first that applies: `ULAZAI_LANG` (tests and power users; any BCP 47
//! or POSIX tag, or the pseudo-locale `en-XA`), the `language` setting (a catalog code
//! chosen in Settings), the OS's preferred languages negotiated against the catalogs,
//! English. The window speaks the same one (`AppState.language`).

use std::sync::{Arc, RwLock};

use ulazai_i18n::{negotiate, Localizer};

/// The current messages, shared by the parts of one app that write text.
#[derive(Clone)]
pub struct Locale(Arc<Inner>);

struct Inner {
    /// `ULAZAI_LANG`: wins over the setting.
    pinned: Option<String>,
    /// The language the OS asks for, negotiated (the picker's "System (…)").
    system: &'static str,
    current: RwLock<Arc<Localizer>>,
}

/// The language for `pinned` (`ULAZAI_LANG`) > `setting` > the OS's `system` languages
/// (most wanted first) > English.
pub fn resolve(pinned: Option<&str>, setting: Option<&str>, system: &[String]) -> &'static str {
    match pinned.or(setting) {
        Some(asked) => negotiate(&[asked]),
        None => negotiate(system),
    }
}

impl Locale {
    /// The language for `pinned` (`ULAZAI_LANG`), the `setting` and the OS's `system`
    /// languages (most wanted first).
    pub fn new(pinned: Option<&str>, setting: Option<&str>, system: &[String]) -> Locale {
        let code = resolve(pinned, setting, system);
        Locale(Arc::new(Inner {
            pinned: pinned.map(str::to_string),
            system: negotiate(system),
            current: RwLock::new(Arc::new(Localizer::new(code))),
        }))
    }

    /// The messages in use now.
    pub fn get(&self) -> Arc<Localizer> {
        self.0
            .current
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// The OS's language as the catalog has it (English when it has none of them).
    pub fn system(&self) -> &'static str {
        self.0.system
    }

    /// `ULAZAI_LANG` decides the language (the setting waits).
    pub fn pinned(&self) -> bool {
        self.0.pinned.is_some()
    }

    /// Follow a new `language` setting (`None`: the system's). True when the language in
    /// use changed (`ULAZAI_LANG`, when set, keeps it).
    pub fn follow(&self, setting: Option<&str>) -> bool {
        let code = match (&self.0.pinned, setting) {
            (Some(p), _) => negotiate(&[p]),
            (None, Some(s)) => negotiate(&[s]),
            (None, None) => self.0.system,
        };
        let mut current = self.0.current.write().unwrap_or_else(|e| e.into_inner());
        if current.code() == code {
            return false;
        }
        *current = Arc::new(Localizer::new(code));
        true
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

    fn os(tags: &[&str]) -> Vec<String> {
        tags.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn the_requested_language_or_english() {
        assert_eq!(Locale::new(None, None, &[]).get().code(), "en");
        assert_eq!(
            Locale::new(Some("de_DE.UTF-8"), None, &[]).get().code(),
            "de"
        );
        assert_eq!(Locale::new(Some("ja"), None, &[]).get().code(), "ja");
        assert_eq!(Locale::new(Some("en-XA"), None, &[]).get().code(), "en-XA");
        assert_eq!(Locale::new(Some("xx"), None, &[]).get().code(), "en");
    }

    #[test]
    fn the_env_wins_then_the_setting_then_the_os_then_english() {
        let de_os = os(&["de_AT.UTF-8", "en"]);
        assert_eq!(resolve(Some("ja"), Some("fr"), &de_os), "ja");
        assert_eq!(resolve(None, Some("fr"), &de_os), "fr");
        assert_eq!(resolve(None, None, &de_os), "de");
        assert_eq!(resolve(None, None, &os(&["sw-KE"])), "en");
        assert_eq!(resolve(None, None, &[]), "en");
        let l = Locale::new(None, None, &de_os);
        assert_eq!((l.get().code(), l.system()), ("de", "de"));
    }

    #[test]
    fn a_new_setting_changes_the_language_unless_the_env_pins_it() {
        let l = Locale::new(None, None, &os(&["ko-KR"]));
        assert!(l.follow(Some("pt-BR")));
        assert_eq!(l.get().code(), "pt-BR");
        assert!(!l.follow(Some("pt-BR")), "no change, nothing to redo");
        assert!(l.follow(None), "back to the system's");
        assert_eq!(l.get().code(), "ko");
        let pinned = Locale::new(Some("ja"), Some("de"), &os(&["fr"]));
        assert!(!pinned.follow(Some("es")));
        assert_eq!(pinned.get().code(), "ja");
    }
}
