//! The library's view over IPC (the real studio on Tauri's mock runtime, a real simulator):
//! what the clips cost is the simulator's own record — what it charged, refunds given
//! back — and the grid's sort order per place is checked, kept apart from the settings
//! form, and still there after a restart.

use crate::support;

use std::time::Duration;

use serde_json::{json, Value};
use support::*;

#[test]
fn spending_is_the_servers_record_and_sort_orders_outlive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let key = test_key();
    let sim = start_sim(&key, 20.0, 2.0);
    let t = TestApp::start(config(dir.path(), Some(sim.base_url())));
    t.session_key(&key);
    let f = t.ok("create_folder", json!({"name": "Shots"}));
    let paid = ids_of(&t.ok("generate", json!({"params": veo_params("paid", 2)})));
    sim.fail_next(1);
    let refunded = ids_of(&t.ok("generate", json!({"params": veo_params("refunded", 1)})));
    t.ok("move_jobs", json!({"ids": [paid[0]], "folder_id": f["id"]}));
    let all: Vec<String> = paid.iter().chain(&refunded).cloned().collect();
    let jobs = t.wait_terminal(&all, Duration::from_secs(30));
    assert!(
        jobs.iter().any(|j| j["credits_refunded"] == true),
        "{jobs:?}"
    );

    let record = sim.config().credits - sim.credits(&key);
    assert_eq!(record, 200, "two clips charged, the failed one refunded");
    let s = t.ok("get_spending", json!({}));
    assert_eq!(s["today"], json!(record), "{s}");
    assert_eq!(s["week"], json!(record), "{s}");
    assert_eq!(s["all"], json!({"clips": 3, "credits": record}), "{s}");
    assert_eq!(s["unfiled"], json!({"clips": 2, "credits": 100}), "{s}");
    assert_eq!(
        s["folders"],
        json!([{"folder_id": f["id"], "clips": 1, "credits": 100}]),
        "{s}"
    );
    assert!(
        s["day_ends_at"]
            .as_str()
            .is_some_and(|d| d.ends_with("+00:00")),
        "{s}"
    );

    // A clip that leaves the library was paid for all the same: today and this week keep
    // its credits (the server's record does not change); the library's figures lose it.
    t.ok(
        "delete_clips",
        json!({"ids": [paid[1]], "keep_files": true}),
    );
    t.ok("remove_job", json!({"id": refunded[0]}));
    let left = t.ok("get_spending", json!({}));
    assert_eq!(sim.config().credits - sim.credits(&key), record);
    assert_eq!(left["today"], json!(record), "{left}");
    assert_eq!(left["week"], json!(record), "{left}");
    assert_eq!(left["all"], json!({"clips": 1, "credits": 100}), "{left}");
    assert_eq!(left["unfiled"], json!({"clips": 0, "credits": 0}), "{left}");

    // Sort orders: one shape of place and order, refused otherwise.
    for (place, order) in [("everything", "newest"), ("all", "Newest; drop")] {
        let e = t.err("set_sort_order", json!({"place": place, "order": order}));
        assert_eq!(e["code"], "bad_input", "{e}");
    }
    let folder_place = format!("folder:{}", f["id"].as_str().unwrap());
    t.ok(
        "set_sort_order",
        json!({"place": "all", "order": "storyboard"}),
    );
    let orders = t.ok(
        "set_sort_order",
        json!({"place": folder_place, "order": "length"}),
    );
    let mut want = serde_json::Map::new();
    want.insert("all".into(), json!("storyboard"));
    want.insert(folder_place.clone(), json!("length"));
    let want = Value::Object(want);
    assert_eq!(orders, want);
    // The settings form saves its fields whole: the orders stay.
    let s = t.ok("get_settings", json!({}));
    t.ok("set_settings", json!({"settings": s}));
    assert_eq!(t.ok("get_sort_orders", json!({})), want);
    t.shutdown();
    drop(t);

    let t = TestApp::start(config(dir.path(), Some(sim.base_url())));
    assert_eq!(
        t.ok("get_sort_orders", json!({})),
        want,
        "kept across a restart"
    );
    let after = t.ok("get_spending", json!({}));
    assert_eq!(after["today"], json!(record), "after a restart: {after}");
    assert_eq!(after["all"], json!({"clips": 1, "credits": 100}), "{after}");
    let stored: Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("settings.json")).unwrap()).unwrap();
    assert_eq!(stored["sort_orders"], want, "{stored}");
    t.shutdown();
    sim.shutdown();
}
