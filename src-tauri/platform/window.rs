//! The few things the app services need from the window system, behind a trait so that
//! they (`studio`) are not generic over the Tauri runtime (real wry or the test mock).

use std::path::{Path, PathBuf};

use serde_json::Value;
use tauri::{AppHandle, Emitter, Manager, Runtime};

pub trait Shell: Send + Sync + 'static {
    /// Emit an event to every webview.
    fn emit(&self, event: &str, payload: Value);
    /// Show, unminimize and focus the main window.
    fn focus_main(&self);
    /// Hand a (validated) URL to the OS.
    fn open_url(&self, url: &str) -> Result<(), String>;
    /// The number of active jobs changed (tray tooltip/menu, the Dock badge on macOS).
    fn active_changed(&self, active: usize);
    /// The app speaks `l`'s language now: relabel the tray (with `active` renders) and
    /// the macOS menu bar.
    fn language_changed(&self, l: &ulazai_i18n::Localizer, active: usize);
    /// Open a local file with its default app.
    fn open_path(&self, path: &Path) -> Result<(), String>;
    /// Show a local file in the OS file manager.
    fn reveal_path(&self, path: &Path) -> Result<(), String>;
    /// A native folder picker (blocking: call from a blocking thread). `None`: cancelled.
    fn pick_folder(&self, title: &str, start: Option<&Path>) -> Option<PathBuf>;
    /// A native file picker (blocking: call from a blocking thread). `None`: cancelled.
    fn pick_file(&self, title: &str, start: Option<&Path>) -> Option<PathBuf>;
    /// Start dragging library files out of the main window (blocking: call from a
    /// blocking thread; the mouse button must still be down).
    fn drag_out(&self, files: Vec<PathBuf>) -> Result<(), String>;
    /// Open (or focus) the sign-in window on the service's login page; `on_cookies` gets
    /// the window's cookies once the creator is signed in (then the window closes).
    fn open_sign_in(
        &self,
        login_url: url::Url,
        on_cookies: super::signin::OnCookies,
    ) -> Result<(), String>;
    /// Close the sign-in window if open. True if it was open.
    fn close_sign_in(&self) -> bool;
}

pub struct TauriShell<R: Runtime> {
    pub app: AppHandle<R>,
    pub main_window: String,
}

impl<R: Runtime> TauriShell<R> {
    /// A native file dialog over the main window, opening at `start` when it is a folder;
    /// `None` under Tauri's mock runtime (command tests), where no one could answer it.
    fn picker(
        &self,
        title: &str,
        start: Option<&Path>,
    ) -> Option<tauri_plugin_dialog::FileDialogBuilder<R>> {
        use tauri_plugin_dialog::DialogExt;
        if std::any::type_name::<R>().contains("MockRuntime") {
            return None;
        }
        let mut dialog = self.app.dialog().file().set_title(title);
        if let Some(dir) = start.filter(|d| d.is_dir()) {
            dialog = dialog.set_directory(dir);
        }
        if let Some(w) = self.app.get_webview_window(&self.main_window) {
            dialog = dialog.set_parent(&w);
        }
        Some(dialog)
    }
}

impl<R: Runtime> Shell for TauriShell<R> {
    fn emit(&self, event: &str, payload: Value) {
        if let Err(e) = self.app.emit(event, payload) {
            tracing::warn!(event, error = %e, "emit failed");
        }
    }

    fn focus_main(&self) {
        focus_window(&self.app, &self.main_window);
    }

    fn open_url(&self, url: &str) -> Result<(), String> {
        use tauri_plugin_opener::OpenerExt;
        self.app
            .opener()
            .open_url(url, None::<&str>)
            .map_err(|e| e.to_string())
    }

    fn active_changed(&self, active: usize) {
        super::tray::update(&self.app, active);
        super::macos::set_dock_badge(&self.app, &self.main_window, active);
    }

    fn language_changed(&self, l: &ulazai_i18n::Localizer, active: usize) {
        super::tray::relabel(&self.app, active);
        if cfg!(target_os = "macos") {
            if let Err(e) = super::macos::relabel_menu(&self.app, l) {
                tracing::warn!(error = %e, "cannot relabel the menu bar");
            }
        }
    }

    fn open_path(&self, path: &Path) -> Result<(), String> {
        use tauri_plugin_opener::OpenerExt;
        self.app
            .opener()
            .open_path(path.to_string_lossy(), None::<&str>)
            .map_err(|e| e.to_string())
    }

    fn reveal_path(&self, path: &Path) -> Result<(), String> {
        use tauri_plugin_opener::OpenerExt;
        self.app
            .opener()
            .reveal_item_in_dir(path)
            .map_err(|e| e.to_string())
    }

    fn pick_folder(&self, title: &str, start: Option<&Path>) -> Option<PathBuf> {
        self.picker(title, start)?
            .blocking_pick_folder()?
            .into_path()
            .ok()
    }

    fn pick_file(&self, title: &str, start: Option<&Path>) -> Option<PathBuf> {
        self.picker(title, start)?
            .blocking_pick_file()?
            .into_path()
            .ok()
    }

    fn drag_out(&self, files: Vec<PathBuf>) -> Result<(), String> {
        if std::any::type_name::<R>().contains("MockRuntime") {
            return Err("there is no window system to drag into".into());
        }
        super::drag_out::start(&self.app, &self.main_window, files)
    }

    fn open_sign_in(
        &self,
        login_url: url::Url,
        on_cookies: super::signin::OnCookies,
    ) -> Result<(), String> {
        super::signin::open(&self.app, login_url, on_cookies)
    }

    fn close_sign_in(&self) -> bool {
        super::signin::close(&self.app)
    }
}

pub fn focus_window<R: Runtime>(app: &AppHandle<R>, label: &str) {
    if let Some(w) = app.get_webview_window(label) {
        let _ = w.show();
        let _ = w.unminimize();
        let _ = w.set_focus();
    }
}
