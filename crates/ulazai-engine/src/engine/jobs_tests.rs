//! The jobs service's bookkeeping: the order of new jobs, and takes of one shot.

use super::*;
use crate::store::tests::remote;

fn fox(count: u32) -> GenerateParams {
    GenerateParams {
        model_slug: "veo31_fast".into(),
        prompt: "a red fox".into(),
        count,
        ..Default::default()
    }
}

/// The server's stamps and this computer's clock differ (by milliseconds here, by
/// seconds on a computer whose clock is off): a job the app has just started is still the
/// newest card, above one the server stamped "later" than this computer's now.
#[test]
fn a_started_job_is_the_newest_card_whatever_the_clocks_say() {
    let params = fox(1);
    let mut store = Store::new();
    let mut batch = Batch::default();
    record_started(
        &mut store,
        &mut batch,
        &["older".to_string()],
        &params,
        StartedIn::default(),
        "2026-12-06T10:00:00.000+00:00",
    );
    // Its first poll: the server's stamp, 300 ms ahead of this computer's clock.
    store.apply_remote(&crate::api::RemoteJob {
        created_at: Some("2026-12-06T10:00:00.400+00:00".into()),
        ..remote("older", "processing")
    });
    record_started(
        &mut store,
        &mut batch,
        &["newer".to_string()],
        &params,
        StartedIn::default(),
        "2026-12-06T10:00:00.100+00:00",
    );
    let order: Vec<String> = store.jobs().into_iter().map(|j| j.id).collect();
    assert_eq!(order, ["newer", "older"], "newest first");
}

/// The jobs of one answer are takes of one shot (named by the first); jobs made from
/// one of them join that shot and know their origin; a history reload that found a job
/// first does not keep it out of its shot.
#[test]
fn a_batch_is_one_shot_and_a_take_made_from_a_clip_joins_it() {
    let params = fox(4);
    let mut store = Store::new();
    let mut batch = Batch::default();
    let ids = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
    let now = "2026-12-06T10:00:00.000+00:00";
    record_started(
        &mut store,
        &mut batch,
        &ids(&["a", "b", "c", "d"]),
        &params,
        StartedIn::default(),
        now,
    );
    for id in ["a", "b", "c", "d"] {
        let job = store.job(id).unwrap();
        assert_eq!(job.shot.as_deref(), Some("a"), "{id}");
        assert_eq!(job.take_of, None, "{id}");
    }
    // A retry of c whose job a history reload found first (no parameters yet).
    store.insert(Job::from_remote(
        &remote("e", "pending"),
        crate::model::JobOrigin::History,
        now,
    ));
    let retry = StartedIn {
        take_of: Some("c"),
        ..StartedIn::default()
    };
    let single = fox(2);
    let out = record_started(
        &mut store,
        &mut batch,
        &ids(&["e", "f"]),
        &single,
        retry,
        now,
    );
    assert_eq!(out.len(), 2);
    for id in ["e", "f"] {
        let job = store.job(id).unwrap();
        assert_eq!(job.shot.as_deref(), Some("a"), "{id}");
        assert_eq!(job.take_of.as_deref(), Some("c"), "{id}");
    }
    // A take of a take is in the same shot, made from its own origin.
    let again = StartedIn {
        take_of: Some("f"),
        ..StartedIn::default()
    };
    record_started(&mut store, &mut batch, &ids(&["g"]), &single, again, now);
    let g = store.job("g").unwrap();
    assert_eq!(
        (g.shot.as_deref(), g.take_of.as_deref()),
        (Some("a"), Some("f"))
    );
}
