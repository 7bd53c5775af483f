use std::path::PathBuf;

use super::*;

fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn tauri_conf() -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(repo("tauri.conf.json")).unwrap()).unwrap()
}

#[test]
fn the_dock_badge_counts_running_renders_and_vanishes_at_none() {
    assert_eq!(dock_badge(0), None, "no badge, not a 0");
    assert_eq!(dock_badge(1), Some(1));
    assert_eq!(dock_badge(12), Some(12));
}

#[test]
fn the_notification_permission_is_asked_once_across_starts() {
    let dir = tempfile::tempdir().unwrap();
    let marker = dir.path().join(NOTIFICATION_ASKED_FILE);
    let mut asked = 0;
    assert!(once(&marker, || asked += 1), "the first start asks");
    assert!(marker.exists(), "and remembers it in the data folder");
    // The next starts (the same data folder) do not ask again.
    assert!(!once(&marker, || asked += 1));
    assert!(!once(&marker, || asked += 1));
    assert_eq!(asked, 1);
}

#[test]
fn a_marker_that_cannot_be_written_still_asks_and_does_not_fail() {
    let dir = tempfile::tempdir().unwrap();
    let marker = dir
        .path()
        .join("no-such-folder")
        .join(NOTIFICATION_ASKED_FILE);
    let mut asked = false;
    assert!(once(&marker, || asked = true));
    assert!(asked && !marker.exists());
}

#[test]
fn the_tray_template_is_black_on_transparent_at_menu_bar_size() {
    let icon = Image::from_bytes(TRAY_TEMPLATE_PNG).unwrap();
    // 22 points high in the menu bar, drawn at 2x for Retina screens.
    assert_eq!((icon.width(), icon.height()), (44, 44));
    let px: Vec<&[u8]> = icon.rgba().chunks(4).collect();
    assert!(
        px.iter().all(|p| p[3] == 0 || p[..3] == [0, 0, 0]),
        "macOS uses only a template's alpha: every visible pixel is black"
    );
    let opaque = px.iter().filter(|p| p[3] > 0).count();
    assert!(
        opaque > 200 && opaque < px.len() / 2,
        "a glyph, not a filled square: {opaque} of {} pixels drawn",
        px.len()
    );
}

#[test]
fn the_tray_is_a_template_image_only_on_macos() {
    let app = tauri::test::mock_app();
    let icon = tray_icon(app.handle()).unwrap();
    if cfg!(target_os = "macos") {
        assert!(matches!(icon, Some((_, true))));
    } else {
        // The mock context has no window icon; the real app gives its own, never as template.
        assert!(icon.is_none_or(|(_, template)| !template));
    }
}

#[test]
fn the_info_plist_files_the_app_under_video() {
    let conf = tauri_conf();
    let path = conf["bundle"]["macOS"]["infoPlist"]
        .as_str()
        .expect("bundle.macOS.infoPlist names the Info.plist to merge");
    let plist = plist::Value::from_file(repo(path)).unwrap();
    let dict = plist.as_dictionary().expect("a dictionary");
    assert_eq!(
        dict.get("LSApplicationCategoryType")
            .and_then(|v| v.as_string()),
        Some("public.app-category.video")
    );
    // One place for the minimum version: the config (the bundler writes it and builds for it).
    assert!(dict.get("LSMinimumSystemVersion").is_none());
    // The category Tauri maps for Linux menus and macOS alike says the same.
    assert_eq!(conf["bundle"]["category"], "Video");
}

#[test]
fn the_minimum_macos_version_is_the_one_tauri_2_supports() {
    let conf = tauri_conf();
    // Tauri 2's WKWebView needs macOS 10.15 (Catalina); the notification permission
    // (UserNotifications) 10.14, the Dock badge any.
    assert_eq!(conf["bundle"]["macOS"]["minimumSystemVersion"], "10.15");
}
