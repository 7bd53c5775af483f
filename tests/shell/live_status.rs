//! What the top bar says about the connection and the hourly budget belongs to the engine
//! and the key it was said for: a new mode, or a removed key, keeps none of the old one's.

use crate::support;

use std::time::Duration;

use serde_json::json;
use support::*;

#[test]
fn a_new_mode_or_a_removed_key_keeps_no_old_connection_or_budget() {
    let dir = tempfile::tempdir().unwrap();
    // The real server cannot be reached: a port bound, then let go.
    let port = {
        let free = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        free.local_addr().unwrap().port()
    };
    let t = TestApp::start(config(dir.path(), Some(format!("http://127.0.0.1:{port}"))));
    let state = || t.ok("app_state", json!({}));
    // The key's requests cannot reach the server: the app says it is backing off.
    let trouble = || {
        wait_for(
            "the trouble reaching the server",
            Duration::from_secs(30),
            || state()["connectivity"]["state"] == "backing_off",
        )
    };

    t.ok("start_demo", json!({}));
    t.ok("generate", json!({"params": veo_params("demo fox", 1)}));
    wait_for("the demo's hourly budget", Duration::from_secs(10), || {
        !state()["rate"].is_null()
    });

    // A key leaves the demo: the demo's budget is not the account's.
    t.session_key(&test_key());
    let s = state();
    assert_eq!(s["demo"], false);
    assert!(
        s["rate"].is_null(),
        "the demo's budget is still shown for the account: {}",
        s["rate"]
    );
    trouble();

    // With the key removed nothing is sent: there is no trouble to report, and no budget.
    t.ok("clear_api_key", json!({}));
    let s = state();
    assert_eq!(
        s["connectivity"]["state"], "online",
        "a removed key still shows the trouble of its requests: {}",
        s["connectivity"]
    );
    assert!(s["rate"].is_null(), "{}", s["rate"]);

    // Back to the demo: its own connection, not the real server's trouble.
    t.session_key(&test_key());
    trouble();
    t.ok("start_demo", json!({}));
    let s = state();
    assert_eq!(s["demo"], true);
    assert_eq!(
        s["connectivity"]["state"], "online",
        "the demo shows the real server's trouble: {}",
        s["connectivity"]
    );
    t.shutdown();
}
