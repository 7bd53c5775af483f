//! An imported prompt list's lines stay with the clips they make (the grid's storyboard
//! order) — in the first event of each card, when identical lines share one request, and
//! when the first clip fails; and what the clips cost is the simulator's own record:
//! its charges minus its refunds.

use crate::support::engine as support;

use std::collections::BTreeMap;

use chrono::{Utc, Weekday};
use support::*;
use ulazai_engine::engine::EngineEvent;
use ulazai_engine::model::{GenerateParams, JobStatus, StoryboardPlace};
use ulazai_sim::SimConfig;

#[tokio::test(start_paused = true)]
async fn a_lists_lines_stay_with_their_clips_and_their_cost_is_the_servers_record() {
    let sim = sim(SimConfig {
        speed: 1.0,
        pending_secs: 1.0,
        render_secs: Some(3.0),
        failure_rate: 0.0,
        ..Default::default()
    })
    .await;
    let (engine, mut ev) = engine(&sim, 1.0).await;
    // Lines 2, 4, 5 and 6 (a comment and a blank line counted); 4 and 5 are the same shot.
    let list =
        "# Shots\nShot 1: the harbour\n\nShot 2: the boat\nShot 2: the boat\nShot 3: the storm\n";
    let defaults = GenerateParams {
        aspect_ratio: Some("16:9".into()),
        ..params("", 1)
    };
    let preview = engine
        .queue()
        .preview_import(list, Some("storyboard.txt"), defaults)
        .await
        .unwrap();
    let place = |line| StoryboardPlace {
        list: Some("storyboard.txt".into()),
        line,
    };
    let places: Vec<_> = preview
        .items
        .iter()
        .map(|i| i.entry.place.clone())
        .collect();
    assert_eq!(
        places,
        [2, 4, 5, 6].map(|l| Some(place(l))),
        "the preview gives each prompt its line"
    );
    // The first clip the server makes (line 2's) fails, its credits refunded.
    sim.fail_next(1);
    let view = engine
        .queue()
        .add(preview.items.into_iter().map(|i| i.entry).collect(), None)
        .await
        .unwrap();
    assert_eq!(view.requests, 3, "lines 4 and 5 share one request");
    ev.until(120.0, "QueueDrained", |e| {
        matches!(e, EngineEvent::QueueDrained { .. })
    })
    .await;

    let jobs = engine.jobs().list();
    assert_eq!(jobs.len(), 4);
    let by_line: BTreeMap<u32, (String, JobStatus)> = jobs
        .iter()
        .map(|j| {
            let p = j
                .storyboard
                .clone()
                .expect("every clip of the list has its place");
            assert_eq!(p.list.as_deref(), Some("storyboard.txt"));
            (
                p.line,
                (
                    j.prompt.as_deref().unwrap_or_default().to_string(),
                    j.status.clone(),
                ),
            )
        })
        .collect();
    assert_eq!(by_line.keys().copied().collect::<Vec<_>>(), [2, 4, 5, 6]);
    assert_eq!(by_line[&2].0, "Shot 1: the harbour");
    assert_eq!(by_line[&2].1, JobStatus::Failed);
    assert_eq!(by_line[&4].0, "Shot 2: the boat");
    assert_eq!(by_line[&5].0, "Shot 2: the boat");
    assert_eq!(by_line[&6].0, "Shot 3: the storm");
    assert!(
        ev.created().iter().all(|j| j.storyboard.is_some()),
        "each card's first event carries its place"
    );

    let charged_minus_refunded = sim.config().credits - sim.credits(ulazai_sim::DEMO_KEY);
    assert_eq!(
        charged_minus_refunded, 300,
        "three clips of 100, one refunded"
    );
    let spent = engine.spending(&Utc::now(), Weekday::Mon);
    assert_eq!(u64::from(spent.all.credits), charged_minus_refunded);
    assert_eq!(u64::from(spent.today), charged_minus_refunded);
    assert_eq!(u64::from(spent.week), charged_minus_refunded);
    assert_eq!((spent.unfiled.clips, spent.unfiled.credits), (4, 300));
}
