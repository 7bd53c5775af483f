//! The macOS menu bar, as data: which menus, which items, which key equivalents. A plain
//! description ([`macos_menu_bar`]) that Linux unit tests read, and a thin [`build`] that
//! turns it into Tauri menus (it compiles, and runs on the mock runtime, everywhere; only
//! installing it as the app's menu is macOS-only, in `platform::macos`).
//!
//! Tauri's own default menu on macOS has no Settings… item; this one adds it (⌘,) and keeps
//! the conventions: the app menu (About, Settings…, Services, Hide ⌘H, Hide Others ⌥⌘H,
//! Show All, Quit ⌘Q), an Edit menu whose items are the system's own (predefined) items, so
//! ⌘Z/⌘X/⌘C/⌘V/⌘A reach the text fields of the web view, and the Window menu (Minimize ⌘M,
//! Zoom, Close ⌘W), registered as the app's Windows menu so macOS lists the open windows.

use tauri::menu::{AboutMetadata, Menu, MenuItem, PredefinedMenuItem, Submenu};
use tauri::{AppHandle, Runtime};
use ulazai_i18n::Localizer;

/// The id of the app menu's Settings… item (its click opens Settings in the main window).
pub const SETTINGS_ID: &str = "app-settings";

/// A menu item the system provides (muda's predefined items): its action and its key
/// equivalent are the system's, so they behave as in every other Mac app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    About,
    Services,
    Hide,
    HideOthers,
    ShowAll,
    Quit,
    Undo,
    Redo,
    Cut,
    Copy,
    Paste,
    SelectAll,
    Minimize,
    /// "Zoom" on macOS (the green button's action: `performZoom:`).
    Zoom,
    CloseWindow,
}

impl Role {
    /// The key equivalent the system gives this item on macOS (muda's predefined items;
    /// `None`: the item has none), written as Tauri writes accelerators.
    pub fn accelerator(self) -> Option<&'static str> {
        match self {
            Role::Hide => Some("Cmd+H"),
            Role::HideOthers => Some("Alt+Cmd+H"),
            Role::Quit => Some("Cmd+Q"),
            Role::Undo => Some("Cmd+Z"),
            Role::Redo => Some("Shift+Cmd+Z"),
            Role::Cut => Some("Cmd+X"),
            Role::Copy => Some("Cmd+C"),
            Role::Paste => Some("Cmd+V"),
            Role::SelectAll => Some("Cmd+A"),
            Role::Minimize => Some("Cmd+M"),
            Role::CloseWindow => Some("Cmd+W"),
            Role::About | Role::Services | Role::ShowAll | Role::Zoom => None,
        }
    }
}

/// One entry of a menu.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// The system's own item.
    System(Role),
    /// An item of the app's: its click is a menu event with `id`.
    App {
        id: &'static str,
        text: String,
        accelerator: Option<&'static str>,
    },
    Separator,
}

impl Entry {
    /// The key equivalent, whoever provides it.
    pub fn accelerator(&self) -> Option<&'static str> {
        match self {
            Entry::System(role) => role.accelerator(),
            Entry::App { accelerator, .. } => *accelerator,
            Entry::Separator => None,
        }
    }
}

/// One menu of the menu bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MenuSpec {
    pub title: String,
    pub entries: Vec<Entry>,
    /// macOS lists the open windows at the end of this menu (`setWindowsMenu:`).
    pub windows_menu: bool,
}

/// The menu bar of UlazAI Studio on macOS. `app_name` titles the app menu (macOS shows the
/// bundle's name there whatever the title says, but the title is what the About item and
/// VoiceOver read before the bundle is known). The app's own words are `l`'s.
pub fn macos_menu_bar(app_name: &str, l: &Localizer) -> Vec<MenuSpec> {
    use Entry::{Separator, System};
    vec![
        MenuSpec {
            title: app_name.to_string(),
            entries: vec![
                System(Role::About),
                Separator,
                Entry::App {
                    id: SETTINGS_ID,
                    text: l.text("menubar-settings"),
                    accelerator: Some("Cmd+,"),
                },
                Separator,
                System(Role::Services),
                Separator,
                System(Role::Hide),
                System(Role::HideOthers),
                System(Role::ShowAll),
                Separator,
                System(Role::Quit),
            ],
            windows_menu: false,
        },
        MenuSpec {
            title: l.text("menubar-edit"),
            entries: vec![
                System(Role::Undo),
                System(Role::Redo),
                Separator,
                System(Role::Cut),
                System(Role::Copy),
                System(Role::Paste),
                System(Role::SelectAll),
            ],
            windows_menu: false,
        },
        MenuSpec {
            title: l.text("menubar-window"),
            entries: vec![
                System(Role::Minimize),
                System(Role::Zoom),
                Separator,
                System(Role::CloseWindow),
            ],
            windows_menu: true,
        },
    ]
}

/// The Tauri menu for `spec`. `about` fills the About panel (name, version, copyright);
/// `l` names the system's Zoom item, the one system item given a title.
pub fn build<R: Runtime>(
    app: &AppHandle<R>,
    spec: &[MenuSpec],
    about: AboutMetadata<'static>,
    l: &Localizer,
) -> tauri::Result<Menu<R>> {
    let zoom = l.text("menubar-zoom");
    let menu = Menu::new(app)?;
    for m in spec {
        let sub = Submenu::new(app, &m.title, true)?;
        for entry in &m.entries {
            match entry {
                Entry::Separator => sub.append(&PredefinedMenuItem::separator(app)?)?,
                Entry::App {
                    id,
                    text,
                    accelerator,
                } => sub.append(&MenuItem::with_id(app, *id, text, true, *accelerator)?)?,
                Entry::System(role) => sub.append(&system_item(app, *role, &about, &zoom)?)?,
            }
        }
        if m.windows_menu {
            // Only macOS has a Windows menu; elsewhere there is nothing to register.
            #[cfg(target_os = "macos")]
            sub.set_as_windows_menu_for_nsapp()?;
        }
        menu.append(&sub)?;
    }
    Ok(menu)
}

fn system_item<R: Runtime>(
    app: &AppHandle<R>,
    role: Role,
    about: &AboutMetadata<'static>,
    zoom: &str,
) -> tauri::Result<PredefinedMenuItem<R>> {
    match role {
        Role::About => PredefinedMenuItem::about(app, None, Some(about.clone())),
        Role::Services => PredefinedMenuItem::services(app, None),
        Role::Hide => PredefinedMenuItem::hide(app, None),
        Role::HideOthers => PredefinedMenuItem::hide_others(app, None),
        Role::ShowAll => PredefinedMenuItem::show_all(app, None),
        Role::Quit => PredefinedMenuItem::quit(app, None),
        Role::Undo => PredefinedMenuItem::undo(app, None),
        Role::Redo => PredefinedMenuItem::redo(app, None),
        Role::Cut => PredefinedMenuItem::cut(app, None),
        Role::Copy => PredefinedMenuItem::copy(app, None),
        Role::Paste => PredefinedMenuItem::paste(app, None),
        Role::SelectAll => PredefinedMenuItem::select_all(app, None),
        Role::Minimize => PredefinedMenuItem::minimize(app, None),
        Role::Zoom => PredefinedMenuItem::maximize(app, Some(zoom)),
        Role::CloseWindow => PredefinedMenuItem::close_window(app, None),
    }
}

#[cfg(test)]
#[path = "app_menu_tests.rs"]
mod tests;
