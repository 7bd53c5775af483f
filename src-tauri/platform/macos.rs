//! The macOS conventions Tauri does not give for free. What they decide (the menu bar's
//! data in `app_menu`, the Dock badge's number, the tray's template image, asking for the
//! notification permission once, the bundle's Info.plist) is plain code every OS compiles
//! and Linux tests; only the calls into AppKit / UserNotifications are macOS-only, and small:
//!
//! - the menu bar ([`install_menu`]): `app_menu::macos_menu_bar`, built by `app_menu::build`;
//!   Settings… runs the callback it is given (the main window comes forward, Settings opens);
//! - the Dock badge ([`set_dock_badge`]): the number of running renders, none at 0;
//! - the tray icon ([`tray_icon`]): a black-on-transparent template image, which macOS tints
//!   for a light or dark menu bar (the coloured app icon would show as a solid square);
//! - notifications ([`ask_notification_permission_once`]): the system's permission prompt,
//!   asked at the first start only (a marker file in the data folder remembers it);
//! - `packaging/macos/Info.plist` (merged into the bundle's by Tauri's bundler, see
//!   `tauri.conf.json` `bundle.macOS`): the video category and the minimum macOS version.

use std::path::Path;

use tauri::image::Image;
use tauri::{AppHandle, Runtime};
use ulazai_i18n::Localizer;

/// The tray's template image (44×44, black on transparent: only its alpha counts).
pub const TRAY_TEMPLATE_PNG: &[u8] = include_bytes!("../../icons/tray-template.png");

/// The file in the data folder whose presence says the notification permission was asked.
pub const NOTIFICATION_ASKED_FILE: &str = "notification-permission-asked";

/// The tray icon for this OS, and whether it is a template image: on macOS the template
/// (tinted by the system for the menu bar), elsewhere the app's own icon.
pub fn tray_icon<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Option<(Image<'static>, bool)>> {
    if cfg!(target_os = "macos") {
        Ok(Some((Image::from_bytes(TRAY_TEMPLATE_PNG)?, true)))
    } else {
        Ok(app
            .default_window_icon()
            .map(|i| (i.clone().to_owned(), false)))
    }
}

/// The Dock badge for `running` renders: the count, or no badge at all when none runs.
pub fn dock_badge(running: usize) -> Option<i64> {
    (running > 0).then(|| i64::try_from(running).unwrap_or(i64::MAX))
}

/// Show the number of running renders on the Dock icon (macOS; elsewhere nothing: Linux
/// launchers that read a badge take it from the desktop file's launcher API, Windows has
/// no badge count).
pub fn set_dock_badge<R: Runtime>(app: &AppHandle<R>, main_window: &str, running: usize) {
    #[cfg(target_os = "macos")]
    {
        use tauri::Manager;
        if let Some(w) = app.get_webview_window(main_window) {
            if let Err(e) = w.set_badge_count(dock_badge(running)) {
                tracing::warn!(error = %e, "cannot set the Dock badge");
            }
        }
    }
    #[cfg(not(target_os = "macos"))]
    let _ = (app, main_window, running);
}

/// Run `ask` unless `marker` says it ran before; then leave the marker. True if it ran.
/// A marker that cannot be written is logged (the prompt may come again next start: macOS
/// itself shows it once, and answers later requests from the creator's first choice).
pub fn once(marker: &Path, ask: impl FnOnce()) -> bool {
    if marker.exists() {
        return false;
    }
    ask();
    if let Err(e) = std::fs::write(marker, b"asked\n") {
        tracing::warn!(error = %e, file = %marker.display(), "cannot remember the question");
    }
    true
}

/// Ask for the notification permission at the first start (`data` is the data folder).
pub fn ask_notification_permission_once(data: &Path) {
    if cfg!(target_os = "macos") {
        once(
            &data.join(NOTIFICATION_ASKED_FILE),
            request_notification_permission,
        );
    }
}

/// The system's notification prompt (alerts, sounds, badge). Only inside the app bundle:
/// UserNotifications refuses a process with no bundle (`cargo run`), and it must not crash.
#[cfg(target_os = "macos")]
fn request_notification_permission() {
    use block2::RcBlock;
    use objc2::runtime::Bool;
    use objc2_foundation::{NSBundle, NSError};
    use objc2_user_notifications::{UNAuthorizationOptions, UNUserNotificationCenter};

    if NSBundle::mainBundle().bundleIdentifier().is_none() {
        tracing::info!("not running from the app bundle: no notification permission asked");
        return;
    }
    let center = UNUserNotificationCenter::currentNotificationCenter();
    let answered = RcBlock::new(|granted: Bool, _error: *mut NSError| {
        tracing::info!(granted = granted.as_bool(), "notification permission");
    });
    center.requestAuthorizationWithOptions_completionHandler(
        UNAuthorizationOptions::Alert
            | UNAuthorizationOptions::Sound
            | UNAuthorizationOptions::Badge,
        &answered,
    );
}

#[cfg(not(target_os = "macos"))]
fn request_notification_permission() {}

/// Install the macOS menu bar; `on_settings` runs when Settings… (⌘,) is chosen. Called on
/// macOS only (`lib.rs`); compiled everywhere, so every build checks it.
pub fn install_menu<R: Runtime>(
    app: &AppHandle<R>,
    l: &Localizer,
    on_settings: impl Fn(&AppHandle<R>) + Send + Sync + 'static,
) -> tauri::Result<()> {
    use super::app_menu;
    relabel_menu(app, l)?;
    app.on_menu_event(move |app, event| {
        if event.id().as_ref() == app_menu::SETTINGS_ID {
            on_settings(app);
        }
    });
    Ok(())
}

/// Set the menu bar in `l`'s language (at start, and when the language changes; the
/// handler `install_menu` set stays).
pub fn relabel_menu<R: Runtime>(app: &AppHandle<R>, l: &Localizer) -> tauri::Result<()> {
    use super::app_menu;
    let info = app.package_info();
    let about = tauri::menu::AboutMetadata {
        name: Some(info.name.clone()),
        version: Some(info.version.to_string()),
        copyright: app.config().bundle.copyright.clone(),
        ..Default::default()
    };
    let menu = app_menu::build(
        app,
        &app_menu::macos_menu_bar(super::notify::APP_NAME, l),
        about,
        l,
    )?;
    app.set_menu(menu)?;
    Ok(())
}

#[cfg(test)]
#[path = "macos_tests.rs"]
mod tests;
