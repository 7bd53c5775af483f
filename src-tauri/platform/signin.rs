//! The "Sign in to UlazAI" window: a webview on the service's own login page, where the
//! creator signs in as in a browser. It loads REMOTE content, so:
//! - it gets no capability (the only capability targets `main`) and therefore no IPC;
//! - only the service's origin is loaded in it: any other link opens in the OS browser
//!   (https only) and the window stays where it is;
//! - once a page outside `/accounts/` has loaded with a `sessionid` cookie, the window's
//!   cookies for the service are read (Tauri's `cookies_for_url`, HttpOnly included),
//!   handed to `OnCookies` (which keeps them in the OS keyring) and the window closes;
//! - it is INCOGNITO: its own ephemeral profile (WebKitGTK's ephemeral web context,
//!   WebView2's InPrivate, WKWebView's non-persistent store), so the session cookie, the
//!   page cache and local storage are never written to disk, and they are gone when the
//!   window closes (the main window's persistent profile never sees them).

use std::sync::Arc;

use tauri::webview::PageLoadEvent;
use tauri::{AppHandle, Manager, Runtime, WebviewUrl, WebviewWindowBuilder};

pub const SIGNIN_LABEL: &str = "signin";

/// Receives `(name, value)` of every cookie of the service's origin.
pub type OnCookies = Arc<dyn Fn(Vec<(String, String)>) + Send + Sync>;

/// Session cookie name (Django).
pub const SESSION_COOKIE: &str = "sessionid";
/// CSRF cookie name (Django).
pub const CSRF_COOKIE: &str = "csrftoken";

pub fn open<R: Runtime>(
    app: &AppHandle<R>,
    login_url: url::Url,
    on_cookies: OnCookies,
) -> Result<(), String> {
    if let Some(w) = app.get_webview_window(SIGNIN_LABEL) {
        let _ = w.show();
        let _ = w.set_focus();
        return Ok(());
    }
    let origin = login_url.origin();
    let nav_origin = origin.clone();
    let nav_app = app.clone();
    let base = {
        let mut b = login_url.clone();
        b.set_path("/");
        b.set_query(None);
        b
    };
    // Titled as Settings names it ("Finish signing in in the “…” window"), in the app's language.
    let title = app.try_state::<super::locale::Locale>().map_or_else(
        || ulazai_i18n::Localizer::new(ulazai_i18n::SOURCE).text("settings-web-sign-in"),
        |l| l.get().text("settings-web-sign-in"),
    );
    let mut builder =
        WebviewWindowBuilder::new(app, SIGNIN_LABEL, WebviewUrl::External(login_url.clone()))
            .title(title)
            .incognito(true)
            .inner_size(520.0, 680.0)
            .center()
            .focused(true)
            .on_navigation(move |url| {
                if url.origin() == nav_origin {
                    return true;
                }
                if url.scheme() == "https" {
                    use tauri_plugin_opener::OpenerExt;
                    let _ = nav_app.opener().open_url(url.as_str(), None::<&str>);
                }
                tracing::info!(
                    scheme = url.scheme(),
                    "sign-in window: left the service's origin, not loaded"
                );
                false
            });
    builder = builder.on_page_load(move |window, payload| {
        if payload.event() != PageLoadEvent::Finished || payload.url().origin() != origin {
            return;
        }
        let path = payload.url().path().to_string();
        if path.starts_with("/accounts/") {
            return;
        }
        let on_cookies = on_cookies.clone();
        let base = base.clone();
        // Never on the event-loop thread: reading cookies waits for the webview
        // (and deadlocks there on Windows).
        std::thread::spawn(move || match window.cookies_for_url(base) {
            Ok(cookies) => {
                let pairs: Vec<(String, String)> = cookies
                    .iter()
                    .map(|c| (c.name().to_string(), c.value().to_string()))
                    .collect();
                if pairs
                    .iter()
                    .any(|(n, v)| n == SESSION_COOKIE && !v.is_empty())
                {
                    on_cookies(pairs);
                    let _ = window.close();
                }
            }
            Err(e) => tracing::warn!(error = %e, "cannot read the sign-in window's cookies"),
        });
    });
    builder.build().map(|_| ()).map_err(|e| e.to_string())
}

pub fn close<R: Runtime>(app: &AppHandle<R>) -> bool {
    match app.get_webview_window(SIGNIN_LABEL) {
        Some(w) => w.close().is_ok(),
        None => false,
    }
}
