//! The API key through the REAL Secret Service (gnome-keyring on a private D-Bus session),
//! via the app's secrets module and via the app's commands; `secret-tool` confirms what is
//! really stored. Outside the desktop test session these skip with a note; inside it a
//! missing Secret Service FAILS.
//! The key crosses the bus encrypted (a bus monitor never sees it).
//! Plus: with no usable keyring the app says so and offers to keep keys until quit (a child
//! process with a dead bus address; runs everywhere).

use crate::support;

use std::process::Command;

use serde_json::json;
use support::*;
use ulazai_engine::secret::ApiKey;
use ulazai_studio::platform::keyring::{
    keyring_delete, keyring_get, keyring_set, SecretError, KEY_USER,
};

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

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// Emit a signal carrying `marker` on the session bus and wait until the monitor's
/// capture shows it: everything sent before it has been captured too.
fn sync_monitor(capture: &std::path::Path, marker: &str) {
    for _ in 0..100 {
        let _ = Command::new("gdbus")
            .args(["emit", "--session", "--object-path", "/org/ulazai/probe"])
            .args(["--signal", "org.ulazai.Probe.Mark", &format!("'{marker}'")])
            .status();
        std::thread::sleep(std::time::Duration::from_millis(100));
        if contains(&std::fs::read(capture).unwrap(), marker.as_bytes()) {
            return;
        }
    }
    panic!("dbus-monitor never saw {marker}");
}

/// The key crosses the session bus encrypted (the Secret Service's
/// dh-ietf1024-sha256-aes128-cbc-pkcs7 session: keyring's `crypto-rust`), never as
/// plain bytes that any process watching the bus could read.
#[test]
fn the_key_crosses_the_bus_encrypted() {
    if !desktop_session("keyring_secret_service (transport)") {
        return;
    }
    let pid = std::process::id();
    let service = format!("com.ulazai.studio.bus.{pid}");
    // A key of its own: the other tests of this binary use test_key() in parallel.
    let key = ApiKey::new(format!("ulazai_live_bus_{pid}_Zq8wPl3Rk5Tn7Vx9"));
    let dir = tempfile::tempdir().unwrap();
    let capture = dir.path().join("bus.bin");
    let mut monitor = Command::new("dbus-monitor")
        .args(["--session", "--binary"])
        .stdout(std::fs::File::create(&capture).unwrap())
        .spawn()
        .expect("dbus-monitor runs (apt: dbus-bin)");
    sync_monitor(&capture, &format!("ulazai-monitor-ready-{pid}"));

    keyring_set(&service, &key).expect("store the key");
    assert_eq!(keyring_get(&service).unwrap(), Some(key.clone()));
    keyring_delete(&service).expect("clear the key");

    sync_monitor(&capture, &format!("ulazai-monitor-done-{pid}"));
    let _ = monitor.kill();
    let _ = monitor.wait();
    let seen = std::fs::read(&capture).unwrap();
    assert!(
        contains(&seen, b"org.freedesktop.Secret.Item"),
        "the capture holds the keyring's calls ({} bytes)",
        seen.len()
    );
    assert!(
        !contains(&seen, key.expose().as_bytes()),
        "the key crossed the session bus in plain text"
    );
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
    let k = t.ok("set_api_key", json!({"key": key, "until_quit": false}));
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

/// The job library is read at launch while the keyring answers, guessed from the last
/// mode. Left in the demo with a key stored, the app guesses the demo and is wrong: the
/// stored key wins, the real library is the one in use, and the demo library read for
/// nothing is closed cleanly (else its next start would check it page by page).
#[test]
fn a_stored_key_wins_over_the_demo_the_last_session_left() {
    if !desktop_session("keyring_secret_service (early read)") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let key = test_key();
    let sim = start_sim(&key, 20.0, 2.0);
    let mut cfg = config(dir.path(), Some(sim.base_url()));
    cfg.keyring_service = format!("com.ulazai.studio.early-read.{}", std::process::id());
    let service = cfg.keyring_service.clone();

    let t = TestApp::start(cfg.clone());
    t.ok("set_api_key", json!({"key": key, "until_quit": false}));
    let made = t.ok("generate", json!({"params": veo_params("a real fox", 1)}));
    let id = made[0]["id"].as_str().unwrap().to_string();
    assert_eq!(t.ok("start_demo", json!({}))["demo"], true);
    t.shutdown();
    drop(t);

    let t = TestApp::start(cfg.clone());
    assert_eq!(
        t.ok("app_state", json!({}))["demo"],
        false,
        "the stored key wins"
    );
    let got = t.ok("get_jobs", json!({"ids": [id]}));
    assert_eq!(
        got[0]["id"],
        id.as_str(),
        "the real library is the one read"
    );
    t.shutdown();
    drop(t);
    assert_eq!(
        ulazai_testkit::store::closed_clean(&dir.path().join("demo-jobs.db")),
        Some(true),
        "the demo library read early was closed cleanly"
    );
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
        Err(SecretError::Unavailable(m)) => {
            assert!(m.english().contains("until you quit"), "{m}")
        }
        other => panic!("expected Unavailable, got {other:?}"),
    }
    let dir = tempfile::tempdir().unwrap();
    let t = TestApp::start(config(dir.path(), None));
    let s = t.ok("app_state", json!({}));
    assert_eq!(s["keyring"]["available"], false);
    assert!(s["keyring"]["message"]
        .as_str()
        .unwrap()
        .contains("until you quit"));
    let key = test_key();
    let e = t.err("set_api_key", json!({"key": key, "until_quit": false}));
    assert_eq!(
        e["code"], "keyring_unavailable",
        "never a silent fallback: {e}"
    );
    let k = t.ok("set_api_key", json!({"key": key, "until_quit": true}));
    assert_eq!(k["storage"], "until_quit");
    t.shutdown();
    assert!(
        files_containing(dir.path(), &key).is_empty(),
        "no plaintext fallback"
    );
    println!("CHILD-OK");
}

#[test]
#[cfg_attr(
    windows,
    ignore = "breaks the Secret Service through a dead D-Bus address; Windows' Credential \
              Manager cannot be made unreachable from a process's environment"
)]
fn no_usable_keyring_is_reported_not_faked() {
    // A dead bus address and no display: no keyring can be reached.
    run_child(
        "keyring_secret_service::no_usable_keyring_child",
        &[
            (CHILD, "1"),
            (
                "DBUS_SESSION_BUS_ADDRESS",
                "unix:path=/nonexistent/ulazai-test-bus",
            ),
        ],
        &["DISPLAY"],
    );
}
