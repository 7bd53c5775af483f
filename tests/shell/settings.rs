//! Settings through the command layer (Tauri's mock runtime): a value that cannot be used is
//! refused with a message that names its field, is never kept, and never stops the other
//! settings from saving — not even one that was stored before it went bad. The ffmpeg path
//! is checked when set, and a merge with a bad one blames the setting, not a missing install.

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

#[cfg(unix)]
#[test]
fn the_ffmpeg_path_is_checked_when_set() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let t = TestApp::start(config(dir.path(), None));
    let s = t.ok("get_settings", json!({}));
    let refuse = |path: &str| {
        let e = t.err(
            "set_settings",
            json!({"settings": with(&s, "ffmpeg_path", json!(path))}),
        );
        let (field, message) = refused_field(&e);
        assert_eq!(field, "ffmpeg_path", "{e}");
        message
    };
    let m = refuse("/nonexistent/ffmpeg");
    assert!(m.contains("/nonexistent/ffmpeg does not exist"), "{m}");
    let not_ffmpeg = dir.path().join("not-ffmpeg");
    std::fs::write(&not_ffmpeg, "#!/bin/sh\necho 'hello'\n").unwrap();
    std::fs::set_permissions(&not_ffmpeg, std::fs::Permissions::from_mode(0o755)).unwrap();
    let m = refuse(&not_ffmpeg.to_string_lossy());
    assert!(m.contains("not as ffmpeg"), "{m}");
    assert_eq!(stored(&t)["ffmpeg_path"], Value::Null, "nothing bad kept");

    let fake = dir.path().join("ffmpeg");
    std::fs::write(&fake, "#!/bin/sh\necho 'ffmpeg version 6.1'\n").unwrap();
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    let good = with(&s, "ffmpeg_path", json!(fake.to_string_lossy()));
    assert_eq!(t.ok("set_settings", json!({"settings": good})), good);
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
