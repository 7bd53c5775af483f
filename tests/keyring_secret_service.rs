//! The API key through the REAL Secret Service (gnome-keyring on a private D-Bus session),
//! via the app's secrets module and via the app's commands; `secret-tool` confirms what is
//! really stored. Outside the desktop test session these skip with a note; inside it a
//! missing Secret Service FAILS.
//! Plus: with no usable keyring the app says so and offers session-only keys (a child
//! process with a dead bus address; runs everywhere).

mod support;

use std::process::Command;

use serde_json::json;
use support::*;
use ulazai_engine::secret::ApiKey;
use ulazai_studio::secrets::{keyring_delete, keyring_get, keyring_set, SecretError, KEY_USER};

fn lookup(service: &str) -> Option<String> {
    let out = Command::new("secret-tool")
        .args(["lookup", "service", service, "username", KEY_USER])
        .output()
        .expect("secret-tool runs (apt: libsecret-tools)");
    let text = String::from_utf8_lossy(&out.stdout).trim().to_string();
    (out.status.success() && !text.is_empty()).then_some(text)
}

#[test]
fn key_round_trips_through_the_secret_service() {
    if !desktop_session("keyring_secret_service") {
        return;
    }
    let service = format!("com.ulazai.studio.it.{}", std::process::id());
    let key = ApiKey::new(test_key());
    let before = keyring_get(&service).unwrap_or_else(|e| {
        panic!("the Secret Service must be usable in the desktop session: {e:?}")
    });
    assert_eq!(before, None);

    keyring_set(&service, &key).expect("store the key");
    assert_eq!(
        lookup(&service).as_deref(),
        Some(key.expose()),
        "secret-tool sees the key"
    );
    assert_eq!(keyring_get(&service).unwrap(), Some(key.clone()));

    keyring_delete(&service).expect("clear the key");
    assert_eq!(lookup(&service), None, "secret-tool no longer finds it");
    assert_eq!(keyring_get(&service).unwrap(), None);
    keyring_delete(&service).expect("clearing twice is fine");
}

#[test]
fn the_app_keeps_its_key_in_the_keyring_across_restarts() {
    if !desktop_session("keyring_secret_service (app)") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let key = test_key();
    let sim = start_sim(&key, 20.0, 2.0);
    let mut cfg = config(dir.path(), Some(sim.base_url()));
    cfg.keyring_service = format!("com.ulazai.studio.app-it.{}", std::process::id());
    let service = cfg.keyring_service.clone();

    let t = TestApp::start(cfg.clone());
    let s = t.ok("app_state", json!({}));
    assert_eq!(s["keyring"], json!({"available": true, "message": null}));
    let k = t.ok("set_api_key", json!({"key": key, "session_only": false}));
    assert_eq!(k["storage"], "keyring");
    assert_eq!(
        k["preview"],
        format!("ulazai_live_…{}", &key[key.len() - 4..])
    );
    assert_eq!(lookup(&service).as_deref(), Some(key.as_str()));
    assert_eq!(t.ok("verify_api_key", json!({}))["result"], "valid");
    t.shutdown();
    drop(t);

    // A new instance finds the key in the keyring, not in a file.
    let t = TestApp::start(cfg.clone());
    let s = t.ok("app_state", json!({}));
    assert_eq!(s["key"]["storage"], "keyring");
    assert!(
        files_containing(dir.path(), &key).is_empty(),
        "the key is in no file"
    );
    let k = t.ok("clear_api_key", json!({}));
    assert_eq!(
        k,
        json!({"state": "missing", "preview": null, "storage": "none"})
    );
    assert_eq!(lookup(&service), None);
    t.shutdown();
    sim.shutdown();
    let _ = keyring_delete(&service);
}

const CHILD: &str = "ULAZAI_KEYRING_TEST_CHILD";

/// Runs in a child process whose session bus address points nowhere.
#[test]
fn no_usable_keyring_child() {
    if std::env::var_os(CHILD).is_none() {
        return;
    }
    let service = format!("com.ulazai.studio.nokeyring.{}", std::process::id());
    match keyring_get(&service) {
        Err(SecretError::Unavailable(m)) => assert!(m.contains("session only"), "{m}"),
        other => panic!("expected Unavailable, got {other:?}"),
    }
    let dir = tempfile::tempdir().unwrap();
    let t = TestApp::start(config(dir.path(), None));
    let s = t.ok("app_state", json!({}));
    assert_eq!(s["keyring"]["available"], false);
    assert!(s["keyring"]["message"]
        .as_str()
        .unwrap()
        .contains("session only"));
    let key = test_key();
    let e = t.err("set_api_key", json!({"key": key, "session_only": false}));
    assert_eq!(
        e["code"], "keyring_unavailable",
        "never a silent fallback: {e}"
    );
    let k = t.ok("set_api_key", json!({"key": key, "session_only": true}));
    assert_eq!(k["storage"], "session");
    t.shutdown();
    assert!(
        files_containing(dir.path(), &key).is_empty(),
        "no plaintext fallback"
    );
    println!("CHILD-OK");
}

#[test]
fn no_usable_keyring_is_reported_not_faked() {
    let exe = std::env::current_exe().unwrap();
    let out = Command::new(exe)
        .args([
            "--exact",
            "no_usable_keyring_child",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD, "1")
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/ulazai-test-bus",
        )
        .env_remove("DISPLAY")
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && text.contains("CHILD-OK"),
        "child failed:\n{text}"
    );
}
