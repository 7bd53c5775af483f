//! A full generate -> complete cycle with the real app state and a real simulator, logging
//! at trace level; then the key's text must be in NO file under the data dir and the log
//! dir, in NO emitted event payload and in NO command result. In the desktop session the
//! key goes through the real keyring; elsewhere it is a session key.

use crate::support;

use std::time::Duration;

use serde_json::json;
use support::*;

const CHILD: &str = "ULAZAI_LEAK_TEST_CHILD";

/// In a process of its own: the app's logger is set up once per process, and this test needs
/// it writing to its own data folder at the most verbose level.
#[test]
fn the_key_never_leaks() {
    // Everything the app logs, as verbose as a user could ask for.
    run_child(
        "secrets_leak::the_key_never_leaks_child",
        &[(CHILD, "1"), ("RUST_LOG", "trace")],
        &[],
    );
}

#[test]
fn the_key_never_leaks_child() {
    if std::env::var_os(CHILD).is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let key = test_key();
    // The part the masked preview hides (between `ulazai_live_` and the last 4
    // characters) must never appear, nor the whole key.
    let secret_tail = &key[12..key.len() - 4];
    let sim = start_sim(&key, 20.0, 2.0);
    let mut cfg = config(dir.path(), Some(sim.base_url()));
    cfg.keyring_service = format!("com.ulazai.studio.leak.{}", std::process::id());
    let service = cfg.keyring_service.clone();
    let t = TestApp::start(cfg);

    let in_keyring = std::env::var_os("ULAZAI_DESKTOP_SESSION").is_some();
    let k = t.ok(
        "set_api_key",
        json!({"key": key, "until_quit": !in_keyring}),
    );
    assert_eq!(
        k["storage"],
        if in_keyring { "keyring" } else { "until_quit" }
    );
    assert_eq!(t.ok("verify_api_key", json!({}))["result"], "valid");
    t.ok("app_state", json!({}));
    t.ok("get_models", json!({"refresh": true}));
    let mut bad = veo_params("bad", 1);
    bad["duration_seconds"] = json!(3);
    t.err("generate", json!({"params": bad}));
    let jobs = t.ok(
        "generate",
        json!({"params": veo_params("leak check: a quiet forest", 2)}),
    );
    let done = t.wait_terminal(&ids_of(&jobs), Duration::from_secs(40));
    assert!(done.iter().all(|j| j["status"] == "completed"));
    let f = t.ok("create_folder", json!({"name": "Leaks"}));
    t.ok(
        "move_jobs",
        json!({"ids": ids_of(&jobs), "folder_id": f["id"]}),
    );
    t.ok("list_jobs", json!({}));
    t.ok("get_settings", json!({}));
    // A refused key goes through the error paths too.
    t.session_key("ulazai_live_wrong_key_000");
    t.err("get_models", json!({"refresh": true}));
    t.ok(
        "set_api_key",
        json!({"key": key, "until_quit": !in_keyring}),
    );
    t.ok("clear_api_key", json!({}));
    t.shutdown();

    let studio = t.studio();
    let data = studio.dirs().data.clone();
    let logs = studio.dirs().logs.clone();
    let log_file = logs.join(ulazai_studio::platform::logging::LOG_FILE);
    let log = std::fs::read_to_string(&log_file).unwrap_or_default();
    assert!(
        !log.is_empty(),
        "the log file was written: {}",
        log_file.display()
    );
    assert!(
        log.contains("TRACE") || log.contains("DEBUG"),
        "verbose logging was on"
    );

    for needle in [key.as_str(), secret_tail] {
        assert_eq!(
            files_containing(&data, needle),
            Vec::<std::path::PathBuf>::new(),
            "data dir"
        );
        assert_eq!(
            files_containing(&logs, needle),
            Vec::<std::path::PathBuf>::new(),
            "log dir"
        );
        for (name, payload) in t.events.lock().unwrap().iter() {
            assert!(
                !payload.contains(needle),
                "event {name} leaks the key: {payload}"
            );
        }
        for r in t.results.lock().unwrap().iter() {
            assert!(!r.contains(needle), "a command result leaks the key: {r}");
        }
    }
    assert!(!t.events.lock().unwrap().is_empty(), "events were recorded");
    sim.shutdown();
    let _ = ulazai_studio::platform::keyring::keyring_delete(&service);
    println!("CHILD-OK");
}
