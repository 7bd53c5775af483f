//! The few things the app core needs from the window system, behind a trait so that the
//! core (`Studio`) is not generic over the Tauri runtime (real wry or the test mock).

use serde_json::Value;
use tauri::{AppHandle, Emitter, Manager, Runtime};

pub trait Shell: Send + Sync + 'static {
    /// Emit an event to every webview.
    fn emit(&self, event: &str, payload: Value);
    /// Show, unminimize and focus the main window.
    fn focus_main(&self);
    /// Hand a (validated) URL to the OS.
    fn open_url(&self, url: &str) -> Result<(), String>;
    /// The number of active jobs changed (tray tooltip/menu).
    fn active_changed(&self, active: usize);
}

pub struct TauriShell<R: Runtime> {
    pub app: AppHandle<R>,
    pub main_window: String,
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
        crate::tray::update(&self.app, active);
    }
}

pub fn focus_window<R: Runtime>(app: &AppHandle<R>, label: &str) {
    if let Some(w) = app.get_webview_window(label) {
        let _ = w.show();
        let _ = w.unminimize();
        let _ = w.set_focus();
    }
}
