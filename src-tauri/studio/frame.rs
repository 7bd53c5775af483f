//! The frame service: everything the UI needs to draw its frame (`AppState`), put together
//! from the services that own each part; holds nothing of its own.

use std::sync::Arc;

use super::current::CurrentEngine;
use super::key::KeyService;
use super::library::LibraryService;
use super::live::LiveStatus;
use super::settings::SettingsService;
use super::ui::Ui;
use crate::ipc::events::AppStateChanged;
use crate::ipc::types::AppState;
use crate::platform::locale::Locale;

pub struct Frame {
    settings: Arc<SettingsService>,
    current: Arc<CurrentEngine>,
    keys: Arc<KeyService>,
    library: Arc<LibraryService>,
    live: Arc<LiveStatus>,
    ui: Arc<Ui>,
    locale: Locale,
}

impl Frame {
    pub(super) fn new(
        settings: Arc<SettingsService>,
        current: Arc<CurrentEngine>,
        keys: Arc<KeyService>,
        library: Arc<LibraryService>,
        live: Arc<LiveStatus>,
        ui: Arc<Ui>,
        locale: Locale,
    ) -> Frame {
        Frame {
            settings,
            current,
            keys,
            library,
            live,
            ui,
            locale,
        }
    }

    /// The frame state, once the launch has finished (commands use this).
    pub async fn app_state(&self) -> AppState {
        self.current.wait_ready().await;
        self.now().await
    }

    /// The frame state as it is now.
    pub async fn now(&self) -> AppState {
        let (demo, base_url) = self.current.mode_and_url().await;
        let lang = self.locale.get();
        AppState {
            version: env!("CARGO_PKG_VERSION").to_string(),
            demo,
            base_url,
            server_default: self.settings.server_default(),
            key: self.keys.status(),
            keyring: self.keys.keyring_status().worded(&lang),
            connectivity: self.live.connectivity().worded(&lang),
            rate: self.live.rate(),
            active_jobs: self.live.active_jobs() as u32,
            media_base: self.library.media_base(),
            store_notice: self.current.store_notice().map(|t| t.render(&lang)),
            library_set_aside: self.current.library_set_aside(),
            language: lang.code().to_string(),
            system_language: self.locale.system().to_string(),
            language_pinned: self.locale.pinned(),
        }
    }

    /// Speak the language a new `language` setting asks for (`None`: the system's; a
    /// pinned `ULAZAI_LANG` keeps its own): the tray and the menu bar are relabelled and
    /// the window told at once; notifications read the locale as they are written.
    pub async fn follow_language(&self, setting: Option<&str>) {
        if self.locale.follow(setting) {
            let l = self.locale.get();
            tracing::info!(language = l.code(), "the language changed");
            self.ui
                .shell()
                .language_changed(&l, self.live.active_jobs());
            self.announce().await;
        }
    }

    /// Tell the UI the frame changed (demo start, key change, server change).
    pub async fn announce(&self) {
        self.ui.emit::<AppStateChanged>(&self.now().await);
    }
}
