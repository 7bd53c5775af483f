//! Tray icon: tooltip "UlazAI Studio — N renders active", a menu with the active count,
//! Show and Quit. While jobs are active, closing the window hides it (polling goes on);
//! with none active (or no tray), closing quits — see `lib.rs`.

use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::{MouseButton, MouseButtonState, TrayIconBuilder, TrayIconEvent};
use tauri::{AppHandle, Manager, Runtime};
use ulazai_i18n::Localizer;

use super::locale::Locale;

const TRAY_ID: &str = "main-tray";
const MENU_SHOW: &str = "tray-show";
const MENU_QUIT: &str = "tray-quit";

/// The menu item that shows the active count, kept to update its text, and the language.
struct TrayItems<R: Runtime> {
    status: MenuItem<R>,
    show: MenuItem<R>,
    quit: MenuItem<R>,
    locale: Locale,
}

pub fn tooltip(l: &Localizer, active: usize) -> String {
    l.format("tray-tooltip-active", &[("active", active.into())])
}

fn status_text(l: &Localizer, active: usize) -> String {
    l.format("tray-menu-active", &[("active", active.into())])
}

/// Create the tray icon. `on_show` runs for Show and a left click (bring the window back),
/// `on_quit` when Quit is chosen (flush, then exit).
pub fn create<R: Runtime>(
    app: &AppHandle<R>,
    locale: Locale,
    on_show: impl Fn(&AppHandle<R>) + Send + Sync + 'static,
    on_quit: impl Fn(&AppHandle<R>) + Send + Sync + 'static,
) -> tauri::Result<()> {
    let on_show = std::sync::Arc::new(on_show);
    let show_from_icon = on_show.clone();
    let l = locale.get();
    let status = MenuItem::with_id(app, "tray-status", status_text(&l, 0), false, None::<&str>)?;
    let show_text = l.text("tray-menu-show-window");
    let show = MenuItem::with_id(app, MENU_SHOW, show_text, true, None::<&str>)?;
    let quit_text = l.text("tray-menu-quit-app");
    let quit = MenuItem::with_id(app, MENU_QUIT, quit_text, true, None::<&str>)?;
    let sep = PredefinedMenuItem::separator(app)?;
    let menu = Menu::with_items(app, &[&status, &sep, &show, &quit])?;
    let mut builder = TrayIconBuilder::with_id(TRAY_ID)
        .tooltip(tooltip(&l, 0))
        .menu(&menu)
        .show_menu_on_left_click(false)
        .on_menu_event(move |app, event| match event.id().as_ref() {
            MENU_SHOW => on_show(app),
            MENU_QUIT => on_quit(app),
            _ => {}
        })
        .on_tray_icon_event(move |tray, event| {
            if let TrayIconEvent::Click {
                button: MouseButton::Left,
                button_state: MouseButtonState::Up,
                ..
            } = event
            {
                show_from_icon(tray.app_handle());
            }
        });
    // macOS: a template image the menu bar tints; elsewhere the app's icon.
    if let Some((icon, template)) = super::macos::tray_icon(app)? {
        builder = builder.icon(icon).icon_as_template(template);
    }
    builder.build(app)?;
    app.manage(TrayItems {
        status,
        show,
        quit,
        locale,
    });
    Ok(())
}

/// Whether the tray exists (closing to tray is only offered then).
pub fn exists<R: Runtime>(app: &AppHandle<R>) -> bool {
    app.try_state::<TrayItems<R>>().is_some()
}

/// Reflect the active count in the tooltip and the menu.
pub fn update<R: Runtime>(app: &AppHandle<R>, active: usize) {
    let Some(items) = app.try_state::<TrayItems<R>>() else {
        return;
    };
    let l = items.locale.get();
    let _ = items.status.set_text(status_text(&l, active));
    if let Some(tray) = app.tray_by_id(TRAY_ID) {
        let _ = tray.set_tooltip(Some(tooltip(&l, active)));
    }
}

/// Relabel the whole tray in the language now in use (after a change of language).
pub fn relabel<R: Runtime>(app: &AppHandle<R>, active: usize) {
    let Some(items) = app.try_state::<TrayItems<R>>() else {
        return;
    };
    let l = items.locale.get();
    let _ = items.show.set_text(l.text("tray-menu-show-window"));
    let _ = items.quit.set_text(l.text("tray-menu-quit-app"));
    update(app, active);
}
