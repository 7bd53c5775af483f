//! What the backend pushes outside a command's answer reads in the app's language: a
//! queue paused by a 402 (not enough credits) says why in German when the app speaks
//! German, in the `queue://updated` event and in `get_queue`, in English otherwise; a
//! refused setting too. The pause's reason (`credits`) is the same in every language.

use crate::support;

use std::time::Duration;

use serde_json::{json, Value};
use support::*;

/// The pause of a queue whose first request met an empty balance: (from `get_queue`, from
/// the last `queue://updated`), and the refusal of an unknown language setting.
fn paused_for_credits(lang: Option<&str>) -> (Value, Value, Value) {
    let dir = tempfile::tempdir().unwrap();
    let key = test_key();
    let sim = start_sim(&key, 20.0, 2.0);
    sim.set_credits(&key, 0);
    let mut cfg = config(dir.path(), Some(sim.base_url()));
    cfg.language = lang.map(Into::into);
    let t = TestApp::start(cfg);
    t.session_key(&key);
    t.ok("get_models", json!({"refresh": true}));
    let entries = json!([{"params": veo_params("ein Fuchs im Schnee", 1)}]);
    t.ok("queue_add", json!({"entries": entries, "folder": null}));
    wait_for("the queue pauses", Duration::from_secs(20), || {
        t.ok("get_queue", json!({}))["pause"]["reason"] == "credits"
    });
    let pause = t.ok("get_queue", json!({}))["pause"].clone();
    let paused_event = |v: &Value| v["pause"]["reason"] == "credits";
    wait_for("the UI is told", Duration::from_secs(10), || {
        t.events_named("queue://updated").iter().any(paused_event)
    });
    let told = t
        .events_named("queue://updated")
        .into_iter()
        .rfind(paused_event)
        .unwrap()["pause"]
        .clone();
    let mut s = t.ok("get_settings", json!({}));
    s["language"] = json!("xx-nope");
    let refused = t.err("set_settings", json!({"settings": s}));
    t.shutdown();
    sim.shutdown();
    (pause, told, refused)
}

#[test]
fn pushed_sentences_speak_the_language_of_the_app() {
    let (pause, told, refused) = paused_for_credits(Some("de_DE.UTF-8"));
    let text = pause["message"].as_str().unwrap_or_default();
    assert!(
        text.starts_with("Nicht genug Credits für diesen Batch."),
        "{pause}"
    );
    assert_eq!(told["message"], pause["message"], "the event says the same");
    assert!(
        pause.get("text").is_none(),
        "the catalog message is not sent"
    );
    assert_eq!(
        refused["message"],
        "Das Studio spricht die Sprache „xx-nope“ nicht."
    );
    assert_eq!(refused["fields"][0]["field"], "language", "{refused}");

    let (pause, told, refused) = paused_for_credits(None);
    let text = pause["message"].as_str().unwrap_or_default();
    assert!(
        text.starts_with("Not enough credits for this batch. Add credits on ulazai.com"),
        "{pause}"
    );
    assert_eq!(told["message"], pause["message"]);
    assert_eq!(
        refused["message"],
        "The studio does not speak the language \"xx-nope\"."
    );
}
