//! Settings through the command layer (Tauri's mock runtime): a value that cannot be used is
//! refused with a message that names its field, is never kept, and never stops the other
//! settings from saving — not even one that was stored before it went bad. The ffmpeg path
//! is never taken from the page: it is picked in a native dialog and checked before it is
//! kept; a merge with a bad one blames the setting, not a missing install.

use crate::support;

use std::time::Duration;

use serde_json::{json, Value};
use support::*;

/// What `settings.json` holds (no file yet: nothing stored).
fn stored(t: &TestApp) -> Value {
    let text = std::fs::read_to_string(t.data_dir.join("settings.json"))
        .unwrap_or_else(|_| r#"{"settings": {}}"#.into());
    serde_json::from_str::<Value>(&text).unwrap()["settings"].clone()
}

fn with(base: &Value, field: &str, value: Value) -> Value {
    let mut s = base.clone();
    s[field] = value;
    s
}

/// The field a refusal names, and its message.
fn refused_field(e: &Value) -> (String, String) {
    let f = &e["fields"][0];
    (
        f["field"].as_str().unwrap_or_default().to_string(),
        f["message"].as_str().unwrap_or_default().to_string(),
    )
}

#[test]
fn a_refused_value_names_its_field_and_the_other_settings_keep_saving() {
    let dir = tempfile::tempdir().unwrap();
    let t = TestApp::start(config(dir.path(), None));
    let s = t.ok("get_settings", json!({}));

    let e = t.err(
        "set_settings",
        json!({"settings": with(&s, "base_url_override", json!("htp:/ulazai"))}),
    );
    assert_eq!(e["code"], "bad_url", "{e}");
    let (field, message) = refused_field(&e);
    assert_eq!(field, "base_url_override", "{e}");
    assert!(message.contains("server address"), "{message}");
    assert_eq!(stored(&t)["base_url_override"], Value::Null, "not kept");

    let off = with(&s, "notifications", json!(false));
    assert_eq!(t.ok("set_settings", json!({"settings": off})), off);
    assert_eq!(stored(&t)["notifications"], false, "the switch was saved");

    let e = t.err(
        "set_settings",
        json!({"settings": with(&off, "max_download_mib", json!(0))}),
    );
    assert_eq!(refused_field(&e).0, "max_download_mib", "{e}");
    t.shutdown();
}

/// A settings file holding a value that can no longer be used (hand-edited, or written by
/// an older version) does not refuse every later change: only a changed value is checked.
#[test]
fn a_stored_bad_value_does_not_wedge_later_changes() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("settings.json"),
        br#"{"settings": {"base_url_override": "htp:/ulazai", "ffmpeg_path": "ffmpeg"}}"#,
    )
    .unwrap();
    let t = TestApp::start(config(dir.path(), None));
    let s = t.ok("get_settings", json!({}));
    let changed = with(&s, "theme", json!("dark"));
    assert_eq!(t.ok("set_settings", json!({"settings": changed})), changed);
    assert_eq!(stored(&t)["theme"], "dark");
    t.shutdown();
}

/// A program that answers `-version` as ffmpeg does (the checks run it).
#[cfg(unix)]
fn fake_ffmpeg(dir: &std::path::Path) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let fake = dir.join("ffmpeg");
    std::fs::write(&fake, "#!/bin/sh\necho 'ffmpeg version 6.1'\n").unwrap();
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    fake
}

/// The page cannot name the program the app runs: `set_settings` ignores the ffmpeg path it
/// sends (even one that answers as ffmpeg), keeps the stored one, and saves the rest.
#[cfg(unix)]
#[test]
fn set_settings_never_changes_the_ffmpeg_path() {
    let dir = tempfile::tempdir().unwrap();
    let fake = fake_ffmpeg(dir.path());
    let t = TestApp::start(config(dir.path(), None));
    let s = t.ok("get_settings", json!({}));
    let sent = with(&s, "ffmpeg_path", json!(fake.to_string_lossy()));
    let kept = t.ok("set_settings", json!({"settings": sent}));
    assert_eq!(
        kept["ffmpeg_path"],
        Value::Null,
        "not taken from the page: {kept}"
    );
    assert_eq!(stored(&t)["ffmpeg_path"], Value::Null, "not stored");
    t.shutdown();

    // One chosen before: a page sending none (or another) leaves it, and the rest saves.
    let dir = tempfile::tempdir().unwrap();
    let fake = fake_ffmpeg(dir.path());
    let chosen = fake.to_string_lossy().into_owned();
    std::fs::write(
        dir.path().join("settings.json"),
        json!({"settings": {"ffmpeg_path": chosen}}).to_string(),
    )
    .unwrap();
    let t = TestApp::start(config(dir.path(), None));
    let s = t.ok("get_settings", json!({}));
    for other in [Value::Null, json!("/bin/sh")] {
        let sent = with(&with(&s, "ffmpeg_path", other), "theme", json!("dark"));
        let kept = t.ok("set_settings", json!({"settings": sent}));
        assert_eq!(kept["ffmpeg_path"], json!(chosen), "{kept}");
        assert_eq!(stored(&t)["ffmpeg_path"], json!(chosen));
        assert_eq!(stored(&t)["theme"], "dark");
    }
    t.shutdown();
}

/// ffmpeg is chosen in a native file picker that Rust opens (`pick_ffmpeg`); the file picked
/// is checked (it must answer as ffmpeg) before it is kept, and "use the one on PATH"
/// (`clear_ffmpeg`) clears it. The mock runtime has no dialog (the picker answers
/// "cancelled"), so the checks behind it are called here as the command calls them.
#[cfg(unix)]
#[test]
fn a_picked_ffmpeg_is_checked_before_it_is_kept() {
    use std::os::unix::fs::PermissionsExt;
    use std::sync::Arc;
    use tauri::Manager;
    use ulazai_studio::studio::SettingsService;
    let dir = tempfile::tempdir().unwrap();
    let t = TestApp::start(config(dir.path(), None));
    let s = t.ok("get_settings", json!({}));
    assert_eq!(
        t.ok("pick_ffmpeg", json!({})),
        s,
        "cancelled: nothing changes"
    );

    let settings = t.app.state::<Arc<SettingsService>>().inner().clone();
    let keep = |path: &std::path::Path| {
        tauri::async_runtime::block_on(settings.keep_chosen_ffmpeg(path.to_path_buf()))
    };
    let refused = |path: &std::path::Path| match keep(path) {
        Err(ulazai_studio::studio::StudioError::Refused { field, text, .. }) => {
            assert_eq!(field, "ffmpeg_path");
            text.english()
        }
        other => panic!("{path:?}: {other:?}"),
    };
    let m = refused(std::path::Path::new("/nonexistent/ffmpeg"));
    assert!(m.contains("/nonexistent/ffmpeg does not exist"), "{m}");
    let not_ffmpeg = dir.path().join("not-ffmpeg");
    std::fs::write(&not_ffmpeg, "#!/bin/sh\necho 'hello'\n").unwrap();
    std::fs::set_permissions(&not_ffmpeg, std::fs::Permissions::from_mode(0o755)).unwrap();
    let m = refused(&not_ffmpeg);
    assert!(m.contains("not as ffmpeg"), "{m}");
    assert_eq!(stored(&t)["ffmpeg_path"], Value::Null, "nothing bad kept");

    let fake = fake_ffmpeg(dir.path());
    let kept = keep(&fake).expect("an ffmpeg is kept");
    assert_eq!(kept.ffmpeg_path.as_deref(), Some(&*fake.to_string_lossy()));
    assert_eq!(stored(&t)["ffmpeg_path"], json!(fake.to_string_lossy()));
    assert_eq!(
        t.ok("get_settings", json!({}))["ffmpeg_path"],
        json!(fake.to_string_lossy())
    );

    let back = t.ok("clear_ffmpeg", json!({}));
    assert_eq!(back["ffmpeg_path"], Value::Null, "{back}");
    assert_eq!(stored(&t)["ffmpeg_path"], Value::Null);
    t.shutdown();
}

/// The chosen ffmpeg went missing after it was set: merging says so and points at the
/// setting, without install instructions (ffmpeg is installed; the path is wrong).
#[test]
fn a_merge_with_a_bad_ffmpeg_path_points_to_the_setting() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("settings.json"),
        br#"{"settings": {"ffmpeg_path": "/nonexistent/ffmpeg"}}"#,
    )
    .unwrap();
    let sim = start_sim(&test_key(), 50.0, 1.0);
    let t = TestApp::start(config(dir.path(), Some(sim.base_url())));
    t.session_key(&test_key());
    let jobs = t.ok("generate", json!({"params": veo_params("Two gulls", 2)}));
    let ids = ids_of(&jobs);
    t.wait_terminal(&ids, Duration::from_secs(30));
    let e = t.err(
        "merge_clips",
        json!({"clips": whole(&ids), "place": "local"}),
    );
    let message = e["message"].as_str().unwrap_or_default();
    assert_eq!(e["code"], "ffmpeg_path", "{e}");
    assert!(
        message.contains("/nonexistent/ffmpeg does not exist"),
        "{message}"
    );
    assert!(message.contains("Settings → Library"), "{message}");
    assert!(!message.contains("not installed"), "{message}");
    assert!(!message.contains("apt install"), "{message}");
    t.shutdown();
    sim.shutdown();
}

/// In demo mode the app talks to its built-in simulator on a loopback address; Settings is
/// told the real service an empty server setting means, not that address.
#[test]
fn the_demo_reports_the_real_server_as_the_default() {
    let dir = tempfile::tempdir().unwrap();
    let t = TestApp::start(config(dir.path(), None));
    let state = t.ok("start_demo", json!({}));
    assert_eq!(state["demo"], true);
    assert!(
        state["base_url"]
            .as_str()
            .unwrap()
            .starts_with("http://127.0.0.1:"),
        "{state}"
    );
    assert_eq!(state["server_default"], "https://ulazai.com", "{state}");
    t.shutdown();
}
