//! The render queue against the simulator with its generate limit and window set small,
//! in paused tokio time (the simulator's window and clock follow it): clips go in order,
//! never more than the limit per window, no 429 answered with another request, identical
//! items batched, a 402 pauses the queue.

use crate::support::engine as support;

use std::sync::Arc;

use support::*;
use ulazai_engine::engine::EngineEvent;
use ulazai_engine::model::GenerateParams;
use ulazai_engine::queue::{PauseReason, QueueEntry, QueueItemState};
use ulazai_engine::store::MemoryPersist;
use ulazai_sim::{Faults, SimConfig, SimHandle};

const LIMIT: u32 = 5;
const WINDOW_SECS: f64 = 60.0;

async fn limited_sim() -> SimHandle {
    sim(SimConfig {
        speed: 1.0,
        pending_secs: 1.0,
        render_secs: Some(3.0),
        generate_limit_per_hour: LIMIT,
        rate_window_secs: WINDOW_SECS,
        ..Default::default()
    })
    .await
}

fn entry(prompt: &str, count: u32) -> QueueEntry {
    QueueEntry {
        params: GenerateParams {
            aspect_ratio: Some("16:9".into()),
            ..params(prompt, count)
        },
        folder: None,
        source: None,
        place: None,
        take_of: None,
    }
}

/// The generate requests the simulator received: (arrival ms, status).
fn generates(sim: &SimHandle) -> Vec<(f64, u16)> {
    log_of(sim, "generate")
        .into_iter()
        .map(|r| (r.real_ms, r.status))
        .collect()
}

/// The most accepted generate requests in any window of the simulator's length.
fn most_in_a_window(sim: &SimHandle) -> usize {
    let ok: Vec<f64> = generates(sim)
        .into_iter()
        .filter(|(_, s)| *s == 200)
        .map(|(t, _)| t)
        .collect();
    ok.iter()
        .map(|t| {
            ok.iter()
                .filter(|u| **u >= *t && **u < t + WINDOW_SECS * 1000.0)
                .count()
        })
        .max()
        .unwrap_or(0)
}

/// Wait for the queue to drain. A 429 loop would spin without letting virtual time pass
/// (no timeout could catch it): every event checks that the simulator has not been sent
/// far more generate requests than the clips need.
async fn until_drained(ev: &mut Events, sim: &SimHandle, secs: f64) -> (u32, u32) {
    match ev
        .until(secs, "QueueDrained", |e| {
            let sent = count(sim, "generate");
            assert!(sent <= 150, "{sent} generate requests: a loop");
            matches!(e, EngineEvent::QueueDrained { .. })
        })
        .await
    {
        EngineEvent::QueueDrained {
            completed, failed, ..
        } => (completed, failed),
        _ => unreachable!(),
    }
}

#[tokio::test(start_paused = true)]
async fn a_hundred_queued_clips_go_in_order_within_the_limit() {
    let sim = limited_sim().await;
    let persist = Arc::new(MemoryPersist::new());
    let (engine, mut ev) = engine_with(&sim, policy(1.0), persist.clone()).await;
    let entries: Vec<QueueEntry> = (0..100)
        .map(|i| entry(&format!("shot {i:03}"), 1))
        .collect();
    let view = engine.queue().add(entries, None).await.expect("queued");
    assert_eq!((view.clips, view.requests), (100, 100));
    assert_eq!(view.credits, Some(100 * 100));

    let (completed, failed) = until_drained(&mut ev, &sim, 3.0 * 3600.0).await;
    assert_eq!((completed, failed), (100, 0));

    // In order: the server made the jobs in the queue's order.
    let prompts: Vec<String> = {
        let mut jobs = sim.jobs();
        jobs.sort_by_key(|j| j.created_real_unix_ms);
        jobs.into_iter().map(|j| j.prompt).collect()
    };
    let want: Vec<String> = (0..100).map(|i| format!("shot {i:03}")).collect();
    assert_eq!(prompts, want);
    // Never more than the limit per window, and no 429 at all (so no loop on one).
    let g = generates(&sim);
    assert_eq!(g.len(), 100, "one request per clip, none wasted");
    assert!(g.iter().all(|(_, s)| *s == 200), "{g:?}");
    assert_eq!(most_in_a_window(&sim), LIMIT as usize);
    // 100 requests at 5 per minute: twenty windows, not much more.
    let span_s = (g.last().unwrap().0 - g.first().unwrap().0) / 1000.0;
    assert!(
        (19.0 * WINDOW_SECS..=21.0 * WINDOW_SECS).contains(&span_s),
        "{span_s} s"
    );
    assert!(engine.queue().view().items.is_empty());
    assert_eq!(engine.jobs().list().len(), 100);
    let notified = saved_notified(&engine, &persist).await;
    assert!(
        engine
            .jobs()
            .list()
            .iter()
            .all(|j| !notified.contains(&j.id)),
        "queued renders are left to be notified as they finish, like any other"
    );
    // Only one drain report.
    ev.drain();
    let drains = ev
        .seen
        .iter()
        .filter(|e| matches!(e, EngineEvent::QueueDrained { .. }))
        .count();
    assert_eq!(drains, 1);
}

#[tokio::test(start_paused = true)]
async fn start_times_follow_the_budget_and_the_order() {
    let sim = limited_sim().await;
    let (engine, _ev) = engine(&sim, 1.0).await;
    engine.queue().pause();
    let entries: Vec<QueueEntry> = (0..12).map(|i| entry(&format!("est {i}"), 1)).collect();
    let paused = engine.queue().add(entries, None).await.unwrap();
    assert!(
        paused.items.iter().all(|i| i.starts_at.is_none()),
        "no estimate while paused"
    );
    // Learn the server's limit and window with one clip submitted now.
    let first = paused.items[0].item.id.clone();
    engine
        .queue()
        .submit_now(&first)
        .await
        .expect("budget left");
    engine.queue().resume();
    let v = engine.queue().view();
    assert_eq!((v.budget.limit, v.budget.limit_known), (LIMIT, true));
    assert_eq!(v.budget.window_secs, WINDOW_SECS as u32);
    let at = |i: usize| {
        chrono::DateTime::parse_from_rfc3339(v.items[i].starts_at.as_deref().unwrap())
            .unwrap()
            .timestamp()
    };
    // 4 left in this window, then 5 per minute.
    assert_eq!(at(3), at(0), "{:?}", v.items);
    assert!((59..=63).contains(&(at(4) - at(0))), "{:?}", v.items);
    assert_eq!(at(8), at(4), "{:?}", v.items);
    assert!((59..=63).contains(&(at(9) - at(4))), "{:?}", v.items);
    // Order changes move the estimates with the items.
    let last = v.items[10].item.id.clone();
    assert!(engine.queue().move_to(&last, 0));
    let moved = engine.queue().view();
    assert_eq!(moved.items[0].item.id, last);
    let t = |s: &Option<String>| {
        chrono::DateTime::parse_from_rfc3339(s.as_deref().unwrap())
            .unwrap()
            .timestamp()
    };
    assert!((t(&moved.items[0].starts_at) - at(0)).abs() <= 1);
    assert!(
        (t(&moved.items[10].starts_at) - at(9)).abs() <= 1,
        "the rest move back"
    );
}

#[tokio::test(start_paused = true)]
async fn identical_items_share_requests_of_up_to_four() {
    let sim = limited_sim().await;
    let (engine, mut ev) = engine(&sim, 1.0).await;
    let mut entries: Vec<QueueEntry> = (0..6).map(|_| entry("the same shot", 1)).collect();
    entries.push(entry("another shot", 1));
    let view = engine.queue().add(entries, None).await.unwrap();
    assert_eq!((view.clips, view.requests), (7, 3));
    assert_eq!(view.items[3].request, Some(0));
    assert_eq!(view.items[4].request, Some(1));
    assert_eq!(until_drained(&mut ev, &sim, 600.0).await, (7, 0));
    assert_eq!(
        count(&sim, "generate"),
        3,
        "4 + 2 + 1 clips in three requests"
    );
    assert_eq!(sim.jobs().len(), 7);
}

#[tokio::test(start_paused = true)]
async fn a_402_pauses_the_queue_instead_of_burning_the_budget() {
    let sim = limited_sim().await;
    let (engine, mut ev) = engine(&sim, 1.0).await;
    // Enough for one Veo clip (100 credits), not two.
    sim.set_credits(ulazai_sim::DEMO_KEY, 150);
    let entries: Vec<QueueEntry> = (0..3).map(|i| entry(&format!("credits {i}"), 1)).collect();
    engine.queue().add(entries, None).await.unwrap();
    ev.until(
        60.0,
        "the queue pauses",
        |e| matches!(e, EngineEvent::QueueUpdated { queue } if queue.pause.is_some()),
    )
    .await;
    let v = engine.queue().view();
    let pause = v.pause.expect("paused");
    assert_eq!(pause.reason, PauseReason::Credits);
    assert!(pause.message.unwrap().contains("credits"));
    assert_eq!(v.items.len(), 2);
    assert!(v
        .items
        .iter()
        .all(|i| i.item.state == QueueItemState::Planned));
    assert!(v.items.iter().all(|i| i.starts_at.is_none()));
    // An hour later nothing more was sent: the budget is not burnt on refusals.
    tokio::time::sleep(std::time::Duration::from_secs(3600)).await;
    assert_eq!(count(&sim, "generate"), 2);
    // Credits added, the creator resumes: the rest goes.
    sim.set_credits(ulazai_sim::DEMO_KEY, 10_000);
    engine.queue().resume();
    assert_eq!(until_drained(&mut ev, &sim, 600.0).await, (3, 0));
    assert_eq!(count(&sim, "generate"), 4);
}

#[tokio::test(start_paused = true)]
async fn a_429_waits_for_retry_after_every_time() {
    let sim = limited_sim().await;
    let (engine, mut ev) = engine(&sim, 1.0).await;
    engine.jobs().models(false).await.unwrap();
    sim.reset_stats();
    // The next three API requests answer 429 with Retry-After: 30.
    sim.set_faults(Faults {
        storm_429: 3,
        storm_retry_after_secs: 30,
        ..Faults::default()
    });
    engine
        .queue()
        .add(vec![entry("storm a", 1), entry("storm b", 1)], None)
        .await
        .unwrap();
    assert_eq!(until_drained(&mut ev, &sim, 600.0).await, (2, 0));
    let g = generates(&sim);
    let statuses: Vec<u16> = g.iter().map(|(_, s)| *s).collect();
    assert_eq!(statuses, [429, 429, 429, 200, 200], "{g:?}");
    for pair in g.windows(2).take(3) {
        let gap = (pair[1].0 - pair[0].0) / 1000.0;
        assert!(gap >= 30.0, "a 429 answered after {gap} s: {g:?}");
    }
}

/// The app stops while a queued request is on its way — the server made the batch, the
/// answer never came. The snapshot saved before the send is all a restart sees: history
/// settles it, and nothing is sent twice.
#[tokio::test(start_paused = true)]
async fn a_stop_during_a_submit_leaves_no_duplicate() {
    for made_it in [true, false] {
        let sim = limited_sim().await;
        let disk = MemoryPersist::new();
        let (first, _ev) = engine_with(&sim, policy(1.0), Arc::new(disk.clone())).await;
        first.jobs().models(false).await.unwrap();
        sim.set_faults(if made_it {
            // The server makes the jobs, then holds the answer.
            Faults {
                hang_generate_ms: 600_000,
                ..Faults::default()
            }
        } else {
            // The request waits before the server looks at it.
            Faults {
                latency_ms: 600_000,
                ..Faults::default()
            }
        });
        first
            .queue()
            .add(vec![entry("in flight", 2)], None)
            .await
            .unwrap();
        if made_it {
            eventually(4.0, "the server made the batch", || sim.jobs().len() == 2).await;
        } else {
            eventually(4.0, "the request is on its way", || {
                first.queue().view().items[0].item.state == QueueItemState::Submitting
            })
            .await;
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            assert!(sim.jobs().is_empty());
        }
        // What the disk holds at this instant is what the crashed app left.
        let saved = disk.current().expect("saved before the send");
        assert_eq!(saved.queue.items[0].state, QueueItemState::Submitting);
        let after_crash = MemoryPersist::with(saved);
        first.shutdown().await;
        drop(first);
        sim.set_faults(Faults::default());

        let (second, mut ev) = engine_with(&sim, policy(1.0), Arc::new(after_crash.clone())).await;
        assert_eq!(until_drained(&mut ev, &sim, 600.0).await, (2, 0));
        assert_eq!(
            sim.jobs().len(),
            2,
            "made_it={made_it}: one batch on the server"
        );
        // Sent once: after the restart only when the server had made nothing.
        let g = generates(&sim);
        let answered = g.iter().filter(|(_, s)| *s == 200).count();
        assert_eq!(
            g.len(),
            if made_it { 1 } else { 2 },
            "made_it={made_it}: {g:?}"
        );
        assert_eq!(answered, usize::from(!made_it), "made_it={made_it}: {g:?}");
        let jobs = second.jobs().list();
        assert_eq!(jobs.len(), 2);
        assert!(
            jobs.iter().all(|j| j.params.is_some()),
            "the app's own cards"
        );
        assert!(second.queue().view().items.is_empty());
        second.shutdown().await;
    }
}

/// The answer to `queue_add` and the event of the first request sent from it can reach the
/// UI in either order: each view's revision says which queue is the newer.
#[tokio::test(start_paused = true)]
async fn every_queue_view_says_how_new_it_is() {
    let sim = limited_sim().await;
    let (engine, mut ev) = engine(&sim, 1.0).await;
    let added = engine
        .queue()
        .add(vec![entry("revision a", 1), entry("revision b", 1)], None)
        .await
        .expect("queued");
    assert_eq!(added.items.len(), 2);
    let sent = ev
        .until(
            60.0,
            "the first request leaves the queue",
            |e| matches!(e, EngineEvent::QueueUpdated { queue } if queue.items.len() == 1),
        )
        .await;
    let EngineEvent::QueueUpdated { queue } = sent else {
        unreachable!()
    };
    assert!(
        queue.revision > added.revision,
        "the queue after a request ({}) is newer than the answer to the add ({})",
        queue.revision,
        added.revision
    );
    assert!(engine.queue().view().revision > queue.revision);
}
