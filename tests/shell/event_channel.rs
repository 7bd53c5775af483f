//! The page's one subscription to events (`subscribe_events`): every event the shell emits
//! reaches the subscribed channel as `{ event, payload }`, in the order Tauri hands it to
//! listeners by name; a new subscription replaces the one before (a page that loads again).
//! The channel here records in Rust (`Channel::new`): the mock runtime has no page to run
//! the JS side, which `ui/tests/ipc-events.test.ts` and the end-to-end tests cover.

use crate::support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{json, Value};
use support::*;
use tauri::ipc::{Channel, InvokeResponseBody};
use tauri::Manager;
use ulazai_studio::studio::EventSubscription;

/// A channel that keeps what it is sent.
fn recorder() -> (Channel<Value>, Arc<Mutex<Vec<Value>>>) {
    let got = Arc::new(Mutex::new(Vec::new()));
    let sink = got.clone();
    let channel = Channel::new(move |body| {
        let text = match body {
            InvokeResponseBody::Json(text) => text,
            InvokeResponseBody::Raw(bytes) => String::from_utf8(bytes).unwrap(),
        };
        sink.lock().unwrap().push(serde_json::from_str(&text).unwrap());
        Ok(())
    });
    (channel, got)
}

/// The ids of the `job://updated` messages among `messages`, in order.
fn updated_ids(messages: &[Value]) -> Vec<String> {
    messages
        .iter()
        .filter(|m| m["event"] == "job://updated")
        .map(|m| m["payload"]["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn every_event_reaches_the_one_subscription_in_order_and_a_new_one_replaces_it() {
    let dir = tempfile::tempdir().unwrap();
    let sim = start_sim(&test_key(), 50.0, 2.0);
    let t = TestApp::start(config(dir.path(), Some(sim.base_url())));
    t.session_key(&test_key());
    let (channel, got) = recorder();
    t.app.state::<Arc<EventSubscription>>().subscribe(channel);

    let fox = t.ok("generate", json!({"params": veo_params("a fox on a frozen lake", 2)}));
    let ids: Vec<String> = ids_of(&fox);
    wait_for(
        "both jobs' renders finished, told through the channel",
        Duration::from_secs(20),
        || {
            let messages = got.lock().unwrap();
            ids.iter().all(|id| {
                messages.iter().any(|m| {
                    m["event"] == "job://updated"
                        && m["payload"]["id"] == json!(id)
                        && m["payload"]["status"] == "completed"
                })
            })
        },
    );
    let through_channel = got.lock().unwrap().clone();
    assert!(
        through_channel
            .iter()
            .all(|m| m["event"].is_string() && m.get("payload").is_some()),
        "{through_channel:?}"
    );
    let by_name: Vec<String> = t
        .events_named("job://updated")
        .iter()
        .map(|j| j["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        updated_ids(&through_channel),
        by_name[..updated_ids(&through_channel).len()],
        "the same events, in the same order"
    );

    // The page loads again: its new subscription (through the command, as the page makes
    // it) replaces this one, which hears nothing more.
    assert_eq!(
        t.ok("subscribe_events", json!({"channel": "__CHANNEL__:7"})),
        Value::Null
    );
    got.lock().unwrap().clear();
    let before = t.events_named("job://updated").len();
    t.ok("generate", json!({"params": veo_params("an owl at dusk", 1)}));
    wait_for("the new job told by name", Duration::from_secs(10), || {
        t.events_named("job://updated").len() > before
    });
    assert_eq!(*got.lock().unwrap(), Vec::<Value>::new());
    t.shutdown();
}
