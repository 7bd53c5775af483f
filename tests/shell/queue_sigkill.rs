//! The render queue survives a crash without a duplicate submission: the real app binary
//! starts with a queued request, sends it, and is SIGKILLed while the server — which has
//! already made the batch — still holds the answer. Started again, the app settles the
//! in-flight item through the server's history instead of sending it again: one generate
//! request, one batch, the app's own cards, an empty queue.
//!
//! Needs the desktop session (display, keyring); skips with a note outside it.

use crate::support;

use std::path::Path;
use std::time::Duration;

use serde_json::Value;
use support::launch_app as launch;
use support::*;
use ulazai_engine::model::GenerateParams;
use ulazai_engine::queue::{QueueItem, QueueItemState, QueueSnapshot};
use ulazai_engine::store::{Snapshot, SNAPSHOT_VERSION};
use ulazai_sim::{Faults, SimConfig};

const CLIPS: u32 = 2;

use ulazai_testkit::store::jobs_file as stored;

/// A store holding one queued request of `CLIPS` clips and nothing else.
fn queued_store(data: &Path) {
    let item = QueueItem {
        id: "q-sigkill".into(),
        state: QueueItemState::Planned,
        params: GenerateParams {
            model_slug: "veo31_fast".into(),
            prompt: format!("queue sigkill {}", std::process::id()).into(),
            aspect_ratio: Some("16:9".into()),
            duration_seconds: Some(8),
            count: CLIPS,
            ..Default::default()
        },
        folder_id: None,
        source: Some("queue_sigkill test".into()),
        place: None,
        take_of: None,
        added_at: "2026-01-01T00:00:00Z".into(),
        sent_at: None,
        error: None,
        error_text: None,
    };
    let snap = Snapshot {
        version: SNAPSHOT_VERSION,
        queue: QueueSnapshot {
            items: vec![item],
            ..Default::default()
        },
        ..Default::default()
    };
    std::fs::write(
        data.join("jobs.json"),
        serde_json::to_vec_pretty(&snap).unwrap(),
    )
    .unwrap();
}

#[test]
fn sigkill_during_a_queue_submit_leaves_no_duplicate() {
    if !desktop_session("queue_sigkill") {
        return;
    }
    let KeyedProfile {
        dir: _dir,
        data,
        key,
        service,
    } = keyed_profile("queue-sigkill");
    let mut cfg = SimConfig {
        speed: 1.0,
        pending_secs: 1.0,
        render_secs: Some(3.0),
        ..Default::default()
    };
    cfg.keys.push(key.clone());
    let sim = ulazai_testkit::sim::start_blocking(cfg);
    // The server makes the batch, then holds its answer: the app dies waiting for it.
    sim.set_faults(Faults {
        hang_generate_ms: 600_000,
        ..Faults::default()
    });
    queued_store(&data);

    let mut app = launch(&data, &sim.base_url(), &service);
    wait_for(
        "the server made the queued batch",
        Duration::from_secs(60),
        || sim.jobs().len() == CLIPS as usize,
    );
    let at_kill = stored(&data);
    assert_eq!(
        at_kill["queue"]["items"][0]["state"], "submitting",
        "the store marked the item in flight before it was sent: {at_kill}"
    );
    app.kill().expect("SIGKILL"); // Child::kill is SIGKILL on Unix
    let status = app.wait().unwrap();
    assert!(!status.success(), "killed, not closed: {status:?}");
    sim.set_faults(Faults::default());

    let mut app = launch(&data, &sim.base_url(), &service);
    let mut last = Value::Null;
    wait_for(
        "the in-flight item settled into completed cards",
        Duration::from_secs(90),
        || {
            last = stored(&data);
            let queued = last["queue"]["items"].as_array().map_or(1, Vec::len);
            let done = last["jobs"].as_array().map_or(0, |jobs| {
                jobs.iter()
                    .filter(|j| j["status"] == "completed" && !j["params"].is_null())
                    .count()
            });
            queued == 0 && done == CLIPS as usize
        },
    );
    let _ = app.kill();
    let _ = app.wait();

    assert_eq!(
        sim.jobs().len(),
        CLIPS as usize,
        "one batch on the server: {last}"
    );
    let generates = sim
        .stats()
        .log
        .iter()
        .filter(|r| r.endpoint == "generate")
        .count();
    assert_eq!(generates, 1, "the request was never sent again");
    let jobs = last["jobs"].as_array().cloned().unwrap_or_default();
    assert_eq!(jobs.len(), CLIPS as usize, "no duplicate card: {last}");
    sim.shutdown();
    let _ = ulazai_studio::platform::keyring::keyring_delete(&service);
}
