use std::collections::HashSet;

use super::*;

fn bar() -> Vec<MenuSpec> {
    macos_menu_bar("UlazAI Studio", &Localizer::new("en"))
}

fn menu<'a>(bar: &'a [MenuSpec], title: &str) -> &'a MenuSpec {
    bar.iter()
        .find(|m| m.title == title)
        .unwrap_or_else(|| panic!("no {title} menu in {bar:#?}"))
}

fn roles(m: &MenuSpec) -> Vec<Role> {
    m.entries
        .iter()
        .filter_map(|e| match e {
            Entry::System(r) => Some(*r),
            _ => None,
        })
        .collect()
}

#[test]
fn the_menu_bar_is_the_app_menu_then_edit_then_window() {
    let titles: Vec<_> = bar().iter().map(|m| m.title.clone()).collect();
    assert_eq!(titles, ["UlazAI Studio", "Edit", "Window"]);
}

#[test]
fn the_menu_bar_speaks_the_apps_language() {
    let bar = macos_menu_bar("UlazAI Studio", &Localizer::new("de"));
    let titles: Vec<_> = bar.iter().map(|m| m.title.clone()).collect();
    assert_eq!(titles, ["UlazAI Studio", "Bearbeiten", "Fenster"]);
    assert!(bar[0].entries.iter().any(|e| matches!(
        e,
        Entry::App { text, .. } if text == "Einstellungen …"
    )));
}

#[test]
fn the_app_menu_has_about_settings_hide_and_quit_in_the_mac_order() {
    let bar = bar();
    let app = menu(&bar, "UlazAI Studio");
    assert_eq!(
        app.entries[0],
        Entry::System(Role::About),
        "About comes first"
    );
    assert_eq!(
        app.entries[2],
        Entry::App {
            id: SETTINGS_ID,
            text: "Settings…".into(),
            accelerator: Some("Cmd+,"),
        },
        "Settings… (⌘,) right under About"
    );
    assert_eq!(
        roles(app),
        [
            Role::About,
            Role::Services,
            Role::Hide,
            Role::HideOthers,
            Role::ShowAll,
            Role::Quit
        ]
    );
    assert_eq!(app.entries.last(), Some(&Entry::System(Role::Quit)));
    assert_eq!(Role::Quit.accelerator(), Some("Cmd+Q"));
    assert_eq!(Role::Hide.accelerator(), Some("Cmd+H"));
    assert_eq!(Role::HideOthers.accelerator(), Some("Alt+Cmd+H"));
    assert!(!app.windows_menu);
}

#[test]
fn the_edit_menu_is_the_systems_own_items_so_text_fields_get_the_shortcuts() {
    let bar = bar();
    let edit = menu(&bar, "Edit");
    // System (predefined) items send undo:/cut:/copy:/paste:/selectAll: down the responder
    // chain: the focused text field of the web view answers them. An app item would not.
    assert!(
        edit.entries
            .iter()
            .all(|e| matches!(e, Entry::System(_) | Entry::Separator)),
        "{edit:#?}"
    );
    let keys: Vec<_> = roles(edit)
        .into_iter()
        .map(|r| (r, r.accelerator()))
        .collect();
    assert_eq!(
        keys,
        [
            (Role::Undo, Some("Cmd+Z")),
            (Role::Redo, Some("Shift+Cmd+Z")),
            (Role::Cut, Some("Cmd+X")),
            (Role::Copy, Some("Cmd+C")),
            (Role::Paste, Some("Cmd+V")),
            (Role::SelectAll, Some("Cmd+A")),
        ]
    );
}

#[test]
fn the_window_menu_minimizes_zooms_and_closes_and_lists_the_windows() {
    let bar = bar();
    let window = menu(&bar, "Window");
    assert_eq!(
        roles(window),
        [Role::Minimize, Role::Zoom, Role::CloseWindow]
    );
    assert_eq!(Role::Minimize.accelerator(), Some("Cmd+M"));
    assert_eq!(Role::CloseWindow.accelerator(), Some("Cmd+W"));
    assert!(window.windows_menu, "macOS lists open windows in it");
    assert_eq!(bar.iter().filter(|m| m.windows_menu).count(), 1);
}

#[test]
fn every_key_equivalent_is_one_tauri_accepts_and_none_is_used_twice() {
    let mut seen = HashSet::new();
    for m in bar() {
        for e in &m.entries {
            let Some(acc) = e.accelerator() else { continue };
            // Tauri drops an accelerator it cannot parse without a word: parse it here.
            let parsed: Result<muda::accelerator::Accelerator, _> = acc.parse();
            assert!(parsed.is_ok(), "{acc:?} ({e:?}) does not parse: {parsed:?}");
            assert!(seen.insert(parsed.unwrap()), "{acc} is used twice");
        }
    }
    assert!(seen.len() >= 11, "{seen:?}");
}

#[test]
fn menus_neither_start_nor_end_with_a_separator_nor_double_one() {
    for m in bar() {
        assert_ne!(m.entries.first(), Some(&Entry::Separator), "{}", m.title);
        assert_ne!(m.entries.last(), Some(&Entry::Separator), "{}", m.title);
        for pair in m.entries.windows(2) {
            assert!(
                !(pair[0] == Entry::Separator && pair[1] == Entry::Separator),
                "{}",
                m.title
            );
        }
    }
}

#[test]
#[cfg_attr(
    windows,
    ignore = "Windows menus have no ⌘ key: muda refuses a META accelerator there; this menu bar is built only on macOS, and this test runs on Linux and macOS"
)]
fn the_builder_turns_the_data_into_the_same_tauri_menus() {
    let app = tauri::test::mock_app();
    let spec = bar();
    let menu = build(
        app.handle(),
        &spec,
        AboutMetadata::default(),
        &Localizer::new("en"),
    )
    .unwrap();
    let subs = menu.items().unwrap();
    assert_eq!(subs.len(), spec.len());
    for (sub, m) in subs.iter().zip(&spec) {
        let sub = sub.as_submenu().expect("each menu is a submenu");
        assert_eq!(sub.text().unwrap(), m.title);
        let items = sub.items().unwrap();
        assert_eq!(items.len(), m.entries.len(), "{}", m.title);
        for (item, entry) in items.iter().zip(&m.entries) {
            match entry {
                Entry::App { id, text, .. } => {
                    let item = item.as_menuitem().expect("an app item");
                    assert_eq!(item.id().as_ref(), *id);
                    assert_eq!(&item.text().unwrap(), text);
                }
                Entry::System(_) | Entry::Separator => {
                    assert!(item.as_predefined_menuitem().is_some(), "{entry:?}")
                }
            }
        }
    }
    let app_menu = subs[0].as_submenu().unwrap();
    assert!(
        app_menu.get(SETTINGS_ID).is_some(),
        "Settings… is found by its id"
    );
}
