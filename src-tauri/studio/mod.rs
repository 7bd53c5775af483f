//! The app's services behind the commands. Each is a struct with private fields in its own
//! file and is the one owner of its state; a command takes the service it needs (each is
//! managed as Tauri state, `Arc<…>`). Not generic over the Tauri runtime: they reach the
//! window system through `platform::window::Shell`. From the bottom up (each uses only
//! those above it in this list):
//!
//! - `ui` — [`Ui`]: typed events to the UI and the window system; no state;
//! - `settings` — [`SettingsService`]: `settings.json` (the settings, the remembered demo
//!   choice; `settings_check` checks each changed value before it is kept) and the real
//!   server they name;
//! - `live` — [`LiveStatus`]: connectivity, rate budget, active job count;
//! - `current` — [`CurrentEngine`]: the engine in use (and its demo simulator, `demo`),
//!   whether the launch finished, the job store's notice;
//! - `key` — [`KeyService`]: the key vault and the key state (its only writer);
//! - `web_session` — [`WebSessionService`]: the ulazai.com web account (sign-in window,
//!   stored cookies, expired or not);
//! - `library` — [`LibraryService`]: the library folder, the media server, clips opened,
//!   shown, dragged out or exported;
//! - `frame` — [`Frame`]: the frame state (`AppState`) put together from the above;
//! - `reactions` — [`Reactions`]: engine events -> UI events, native notifications;
//! - `mode` — [`EngineRunner`]: demo or real, launch, switch, shut down, and the operations
//!   that may switch (a new key, a new server).
//!
//! `updates` (the layer below, re-exported): [`UpdateService`], updates of the app itself.
//!
//! `error`: what their operations fail with (commands map it at the IPC edge). [`Studio`]
//! only builds and wires them.

mod current;
mod demo;
mod error;
mod frame;
mod key;
mod library;
mod live;
mod mode;
mod reactions;
mod settings;
mod settings_check;
mod ui;
mod web_session;

pub use current::CurrentEngine;
pub use error::StudioError;
pub use frame::Frame;
pub use key::KeyService;
pub use library::LibraryService;
pub use live::LiveStatus;
pub use mode::EngineRunner;
pub use reactions::Reactions;
pub use settings::SettingsService;
pub use web_session::WebSessionService;

pub use crate::updates::UpdateService;

use std::sync::Arc;

use crate::config::StudioConfig;
/// The language of the shell's own text, managed as a service too: commands word their
/// errors in it.
pub use crate::platform::locale::Locale;
use crate::platform::paths::{Dirs, LIBRARY_INDEX_FILE, SETTINGS_FILE};
use crate::platform::window::Shell;

/// The services of one app, built and wired; nothing runs until `runner.start()`.
pub struct Studio {
    dirs: Dirs,
    pub settings: Arc<SettingsService>,
    pub live: Arc<LiveStatus>,
    pub current: Arc<CurrentEngine>,
    pub keys: Arc<KeyService>,
    pub web_session: Arc<WebSessionService>,
    pub library: Arc<LibraryService>,
    pub frame: Arc<Frame>,
    pub reactions: Arc<Reactions>,
    pub runner: Arc<EngineRunner>,
    /// The language of the window, notifications, the tray and the menus.
    pub locale: Locale,
    pub updates: Arc<UpdateService>,
}

impl Studio {
    /// The services for `cfg`, with their files under `dirs`.
    pub fn new(cfg: StudioConfig, dirs: Dirs, shell: Arc<dyn Shell>) -> Studio {
        let ui = Arc::new(ui::Ui::new(shell.clone()));
        let settings = Arc::new(SettingsService::new(
            settings::SettingsStore::open(dirs.data.join(SETTINGS_FILE)),
            cfg.base_url.clone(),
        ));
        let locale = Locale::new(
            cfg.language.as_deref(),
            settings.get().language.as_deref(),
            &cfg.system_languages,
        );
        let updates = Arc::new(UpdateService::new(shell.clone(), locale.clone()));
        let live = Arc::new(LiveStatus::new(shell));
        let current = Arc::new(CurrentEngine::new());
        let keys = Arc::new(KeyService::new(
            cfg.keyring_service.clone(),
            settings.clone(),
            current.clone(),
            ui.clone(),
        ));
        let web_session = Arc::new(WebSessionService::new(
            keys.clone(),
            current.clone(),
            ui.clone(),
            locale.clone(),
        ));
        let library = Arc::new(LibraryService::open(
            dirs.data.join(LIBRARY_INDEX_FILE),
            cfg.library_dir.clone(),
            dirs.default_library.clone(),
            settings.clone(),
            current.clone(),
            ui.clone(),
            locale.clone(),
        ));
        let frame = Arc::new(Frame::new(
            settings.clone(),
            current.clone(),
            keys.clone(),
            library.clone(),
            live.clone(),
            ui.clone(),
            locale.clone(),
        ));
        let reactions = Reactions::new(
            ui.clone(),
            settings.clone(),
            current.clone(),
            keys.clone(),
            web_session.clone(),
            live.clone(),
            locale.clone(),
        );
        let runner = Arc::new(EngineRunner::new(mode::Parts {
            data_dir: dirs.data.clone(),
            demo_wanted: cfg.demo,
            ui,
            settings: settings.clone(),
            current: current.clone(),
            keys: keys.clone(),
            web_session: web_session.clone(),
            library: library.clone(),
            live: live.clone(),
            frame: frame.clone(),
            reactions: reactions.clone(),
        }));
        Studio {
            dirs,
            settings,
            live,
            current,
            keys,
            web_session,
            library,
            frame,
            reactions,
            runner,
            locale,
            updates,
        }
    }

    pub fn dirs(&self) -> &Dirs {
        &self.dirs
    }

    /// Hand every service to Tauri as state (`State<Arc<…>>`), for the commands.
    pub fn manage<R: tauri::Runtime>(&self, app: &impl tauri::Manager<R>) {
        app.manage(self.settings.clone());
        app.manage(self.live.clone());
        app.manage(self.current.clone());
        app.manage(self.keys.clone());
        app.manage(self.web_session.clone());
        app.manage(self.library.clone());
        app.manage(self.frame.clone());
        app.manage(self.reactions.clone());
        app.manage(self.runner.clone());
        app.manage(self.updates.clone());
        // The language, for the window system's own text (the sign-in window's title).
        app.manage(self.locale.clone());
        // …and as a service (`Arc`), for the commands that word their errors in it.
        app.manage(Arc::new(self.locale.clone()));
    }
}
