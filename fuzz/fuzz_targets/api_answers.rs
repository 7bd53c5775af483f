#![no_main]
//! The API answer readers (status, history, generate, models) on any body: no panic, and
//! what they read holds what the engine relies on (ids and names are not blank, a batch is
//! 1 to 4 clips, a rate wait is at most a week); every job read goes into the job store.

use libfuzzer_sys::fuzz_target;
use ulazai_engine::api::{parse_generate_body, parse_history_body, parse_models_body, RemoteJob};
use ulazai_engine::fuzzing;
use ulazai_engine::model::{Job, JobOrigin, ModelInfo};
use ulazai_engine::store::Store;

fn check_job(j: &RemoteJob) {
    assert!(!j.job_id.trim().is_empty(), "blank id: {j:?}");
    for u in &j.result_urls {
        assert!(!u.trim().is_empty(), "blank result URL: {j:?}");
    }
    for t in [&j.created_at, &j.completed_at].into_iter().flatten() {
        assert!(
            !t.trim().is_empty() && t.trim() == t,
            "untrimmed time: {j:?}"
        );
    }
}

fn check_model(m: &ModelInfo) {
    assert!(!m.slug.trim().is_empty(), "blank slug: {m:?}");
    assert!(!m.name.trim().is_empty(), "blank name: {m:?}");
    assert!((1..=4).contains(&m.max_batch), "batch: {m:?}");
    assert!(!m.inputs.is_empty(), "no inputs: {m:?}");
    if let Some((lo, hi)) = m.typical_seconds {
        assert!(lo <= hi, "typical range: {m:?}");
    }
}

fuzz_target!(|data: &[u8]| {
    // As `Client::status` reads it: the id asked about stands in for a missing one.
    if let Ok(j) = fuzzing::status_answer(data, "job-1") {
        check_job(&j);
    }
    if let Some(rate) = fuzzing::rate_in_body(data) {
        if let Some(wait) = rate.reset_after {
            assert!(wait.as_secs() <= 7 * 86_400, "{rate:?}");
        }
    }
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut jobs = Vec::new();
    if let Ok(j) = RemoteJob::from_status_body(text) {
        check_job(&j);
        jobs.push(j);
    }
    if let Ok(list) = parse_history_body(text) {
        list.iter().for_each(check_job);
        jobs.extend(list);
    }
    if let Ok(models) = parse_models_body(text) {
        models.iter().for_each(check_model);
    }
    if let Ok(ids) = parse_generate_body(text) {
        assert!(!ids.is_empty());
        assert!(ids.iter().all(|id| !id.trim().is_empty()), "{ids:?}");
    }
    // What a history reload and a poll do with them: new cards, then the answer merged.
    let mut store = Store::default();
    for j in &jobs {
        store.insert(Job::from_remote(
            j,
            JobOrigin::History,
            "2026-01-01T00:00:00.000Z",
        ));
        let _ = store.apply_remote(j);
    }
    let _ = store.snapshot();
});
