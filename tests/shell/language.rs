//! The language setting through the command layer (Tauri's mock runtime): a change is
//! spoken at once (`AppState.language`, announced to the window) and kept across a
//! restart; `None` follows the OS; an unknown language is refused naming the field;
//! `ULAZAI_LANG` wins over the setting. In the desktop session, the next notification
//! after a change speaks the new language (read back from the notification recorder).

use crate::notifications::{token, wait_record};
use crate::support;

use std::time::Duration;

use serde_json::{json, Value};
use support::*;

fn set_language(t: &TestApp, language: Value) -> Result<Value, Value> {
    let mut s = t.ok("get_settings", json!({}));
    s["language"] = language;
    t.invoke("set_settings", json!({"settings": s}))
}

/// The language the last `app://state` event told the window (none yet: `None`).
fn announced(t: &TestApp) -> Option<Value> {
    t.events_named("app://state")
        .last()
        .map(|s| s["language"].clone())
}

#[test]
fn the_language_setting_is_spoken_at_once_kept_and_the_env_wins() {
    let dir = tempfile::tempdir().unwrap();
    let mut cfg = config(dir.path(), None);
    cfg.system_languages = vec!["fr_FR.UTF-8".into()];
    let t = TestApp::start(cfg.clone());
    let state = t.ok("app_state", json!({}));
    assert_eq!(state["language"], "fr", "the OS's language by default");
    assert_eq!(state["system_language"], "fr");
    assert_eq!(state["language_pinned"], false);

    set_language(&t, json!("de")).unwrap();
    assert_eq!(t.ok("app_state", json!({}))["language"], "de");
    assert_eq!(
        announced(&t),
        Some(json!("de")),
        "the window is told at once"
    );
    assert_eq!(
        t.studio().locale.get().code(),
        "de",
        "notifications and tray"
    );

    let e = set_language(&t, json!("tlh")).unwrap_err();
    assert_eq!(e["fields"][0]["field"], "language", "{e}");
    assert_eq!(
        t.ok("get_settings", json!({}))["language"],
        "de",
        "not kept"
    );
    t.shutdown();

    let t = TestApp::start(cfg.clone());
    assert_eq!(
        t.ok("app_state", json!({}))["language"],
        "de",
        "kept across a restart"
    );
    set_language(&t, Value::Null).unwrap();
    assert_eq!(announced(&t), Some(json!("fr")), "back to the system's");
    t.shutdown();

    let mut pinned = cfg;
    pinned.language = Some("ja_JP.UTF-8".into());
    let t = TestApp::start(pinned);
    set_language(&t, json!("es")).unwrap();
    let state = t.ok("app_state", json!({}));
    assert_eq!(state["language"], "ja", "ULAZAI_LANG wins over the setting");
    assert_eq!(state["language_pinned"], true);
    assert_eq!(
        t.ok("get_settings", json!({}))["language"],
        "es",
        "kept for later"
    );
    assert!(
        t.events_named("app://state")
            .iter()
            .all(|s| s["language"] == "ja"),
        "the window never hears another language"
    );
    t.shutdown();
}

/// A render after choosing German in Settings is notified in German; back to the
/// system's language (English here), the next one is in English.
#[test]
fn the_next_notification_speaks_the_language_just_chosen() {
    if !desktop_session("notifications (language setting)") {
        return;
    }
    let key = test_key();
    let sim = start_sim(&key, 20.0, 2.0);
    let dir = tempfile::tempdir().unwrap();
    let t = TestApp::start(config(dir.path(), Some(sim.base_url())));
    t.session_key(&key);

    set_language(&t, json!("de")).unwrap();
    let tok = token("leuchtturm");
    t.ok(
        "generate",
        json!({"params": veo_params(&format!("Leuchtturm {tok}"), 1)}),
    );
    let r = wait_record("a render in German", Duration::from_secs(40), |r| {
        r["body"].as_str().unwrap_or("").contains(&tok)
    });
    assert_eq!(r["summary"], "Rendern abgeschlossen");
    assert_eq!(r["actions"], json!({"open": "Öffnen"}));

    set_language(&t, Value::Null).unwrap();
    let tok = token("lighthouse");
    t.ok(
        "generate",
        json!({"params": veo_params(&format!("Lighthouse {tok}"), 1)}),
    );
    let r = wait_record("a render in English", Duration::from_secs(40), |r| {
        r["body"].as_str().unwrap_or("").contains(&tok)
    });
    assert_eq!(r["summary"], "Render finished");
    t.shutdown();
    sim.shutdown();
}
