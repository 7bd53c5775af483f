use super::*;
use crate::model::{GenerateParams, JobOrigin, JobStatus};

fn job(id: &str, created: &str) -> Job {
    Job {
        id: id.into(),
        status: JobStatus::Pending,
        model_slug: Some("veo31_fast".into()),
        mode: None,
        prompt: Some("a red fox".into()),
        params: Some(GenerateParams {
            model_slug: "veo31_fast".into(),
            prompt: "a red fox".into(),
            count: 1,
            ..Default::default()
        }),
        result_urls: vec![],
        credits_charged: None,
        credits_refunded: None,
        error_message: None,
        provider_meta: None,
        created_at: Some(created.into()),
        completed_at: None,
        origin: JobOrigin::App,
        folder_id: None,
        unknown_to_server: false,
        local_file: None,
        clip_seconds: None,
        merged_from: Vec::new(),
        storyboard: None,
        flag: None,
        rating: None,
        shot: None,
        take_of: None,
        updated_at: "2026-01-01T00:00:00.000Z".into(),
    }
}

/// A server answer naming only `id` and `status` (the engine's unit tests use it too).
pub(crate) fn remote(id: &str, status: &str) -> RemoteJob {
    RemoteJob::bare(id, JobStatus::parse(status))
}

#[test]
fn failed_answer_keeps_what_it_omits() {
    let mut s = Store::new();
    s.insert(job("a", "2026-02-20T12:00:00Z"));
    let mut r = remote("a", "failed");
    r.error_message = Some("Invalid duration for this model".into());
    r.credits_refunded = Some(true);
    let c = s.apply_remote(&r).expect("changed");
    assert!(c.became_terminal);
    assert_eq!(c.job.status, JobStatus::Failed);
    assert_eq!(c.job.model_slug.as_deref(), Some("veo31_fast"));
    assert_eq!(c.job.prompt.as_deref(), Some("a red fox"));
    assert!(c.job.params.is_some());
    assert_eq!(
        c.job.error_message.as_deref(),
        Some("Invalid duration for this model")
    );
    assert_eq!(c.job.credits_refunded, Some(true));
    assert_ne!(c.job.updated_at, "2026-01-01T00:00:00.000Z");
    // The same answer again: nothing changed, and terminal is not reported twice.
    assert!(s.apply_remote(&r).is_none());
}

#[test]
fn terminal_fires_once_and_never_goes_back() {
    let mut s = Store::new();
    s.insert(job("a", "2026-02-20T12:00:00Z"));
    let p = s.apply_remote(&remote("a", "processing")).unwrap();
    assert!(!p.became_terminal);
    assert!(s.apply_remote(&remote("a", "processing")).is_none());
    let mut done = remote("a", "completed");
    done.result_urls = vec!["https://media.ulazai.com/x.mp4".into()];
    assert!(s.apply_remote(&done).unwrap().became_terminal);
    // A stale history page saying "processing" does not revive it.
    assert!(s.apply_remote(&remote("a", "processing")).is_none());
    assert_eq!(s.job("a").unwrap().status, JobStatus::Completed);
    // More detail on a terminal job is an update, not a second terminal transition.
    let mut more = done.clone();
    more.completed_at = Some("2026-02-20T12:01:00Z".into());
    assert!(!s.apply_remote(&more).unwrap().became_terminal);
}

#[test]
fn unknown_job_is_not_applied() {
    let mut s = Store::new();
    assert!(s.apply_remote(&remote("nope", "completed")).is_none());
}

#[test]
fn jobs_are_newest_first() {
    let mut s = Store::new();
    s.insert(job("mid", "2026-02-20T12:00:05Z"));
    s.insert(job("new", "2026-02-20T12:00:09Z"));
    s.insert(job("old", "2026-02-20T12:00:01Z"));
    let mut nodate = job("nodate", "x");
    nodate.created_at = None;
    s.insert(nodate);
    let ids: Vec<_> = s.jobs().into_iter().map(|j| j.id).collect();
    assert_eq!(ids, vec!["new", "mid", "old", "nodate"]);
    assert!(
        !s.insert(job("mid", "2026-02-20T12:00:05Z")),
        "duplicate ids are refused"
    );
}

#[test]
fn deleting_a_folder_unfiles_its_jobs() {
    let mut s = Store::new();
    s.insert(job("a", "2026-02-20T12:00:00Z"));
    s.insert(job("b", "2026-02-20T12:00:01Z"));
    let f = s.create_folder("  Trailers ");
    assert_eq!(f.name, "Trailers");
    assert!(f.id.starts_with("f-") && f.id.len() == 38, "{}", f.id);
    assert_eq!(
        s.move_jobs(&["a".into(), "b".into(), "zz".into()], Some(f.id.clone()))
            .len(),
        2
    );
    assert!(s
        .move_jobs(&["a".into()], Some("no-such-folder".into()))
        .is_empty());
    assert_eq!(s.rename_folder(&f.id, "Teasers").unwrap().name, "Teasers");
    let moved = s.delete_folder(&f.id).unwrap();
    assert_eq!(moved.len(), 2);
    assert!(s.jobs().iter().all(|j| j.folder_id.is_none()));
    assert_eq!(s.len(), 2, "jobs are never deleted with a folder");
    assert!(s.delete_folder(&f.id).is_none());
}

#[test]
fn removed_jobs_are_remembered_and_snapshot_round_trips() {
    let mut s = Store::new();
    s.insert(job("a", "2026-02-20T12:00:00Z"));
    s.insert(job("b", "2026-02-20T12:00:01Z"));
    assert!(s.mark_notified("a"));
    assert!(!s.mark_notified("a"));
    s.record_merge(MergeRecord {
        id: "m1".into(),
        source_job_ids: vec!["a".into(), "b".into()],
        output_job_id: None,
        created_at: now_rfc3339(),
    });
    assert!(s.remove("b").is_some());
    assert!(s.was_removed("b"));
    let snap = s.snapshot();
    let back = Store::from_snapshot(snap.clone());
    assert_eq!(back.snapshot(), snap);
    assert!(back.is_notified("a"));
    assert!(back.was_removed("b"));
    assert_eq!(back.merges().len(), 1);
}

/// A finished job that is in the library cannot be notified again (it never leaves its
/// final state, and a removed job's mark goes with it), so its mark is not kept: at 100,000
/// clips the marks were 100,000 ids in memory, copied and sorted by every save.
#[test]
fn the_marks_of_finished_jobs_in_the_library_are_not_kept() {
    let mut done = job("done", "2026-02-20T12:00:00Z");
    done.status = JobStatus::Completed;
    let mut failed = job("failed", "2026-02-20T12:00:01Z");
    failed.status = JobStatus::Failed;
    let rendering = job("rendering", "2026-02-20T12:00:02Z");
    let snap = Snapshot {
        version: SNAPSHOT_VERSION,
        jobs: vec![rendering, failed, done],
        notified: ["done", "failed", "rendering", "elsewhere"]
            .map(String::from)
            .to_vec(),
        ..Snapshot::default()
    };
    let s = Store::from_snapshot(snap);
    assert!(!s.is_notified("done") && !s.is_notified("failed"));
    // A render notified just before the app stopped (its final state not saved yet), and a
    // job not in the library, keep theirs: either may still come back finished.
    assert!(s.is_notified("rendering") && s.is_notified("elsewhere"));
    assert_eq!(s.snapshot().notified, vec!["elsewhere", "rendering"]);
}

#[test]
fn adopt_claims_a_history_card_once() {
    let mut s = Store::new();
    let mut r = remote("h", "processing");
    r.prompt = Some("web".into());
    s.insert(Job::from_remote(&r, JobOrigin::History, &now_rfc3339()));
    let p = GenerateParams {
        model_slug: "veo31_fast".into(),
        prompt: "web".into(),
        count: 1,
        ..Default::default()
    };
    let job = s.adopt("h", &p).expect("adopted");
    assert_eq!(job.origin, JobOrigin::App);
    assert_eq!(job.model_slug.as_deref(), Some("veo31_fast"));
    assert!(
        s.adopt("h", &p).is_none(),
        "an app job keeps its own params"
    );
    assert!(s.adopt("missing", &p).is_none());
}

#[test]
fn the_active_count_follows_every_change() {
    let mut s = Store::new();
    s.insert(job("a", "2026-01-01T00:00:01Z"));
    s.insert(job("b", "2026-01-01T00:00:02Z"));
    s.insert(job("c", "2026-01-01T00:00:03Z"));
    assert_eq!(s.active(), 3);
    s.apply_remote(&remote("a", "processing"));
    assert_eq!(s.active(), 3, "still running");
    s.apply_remote(&remote("a", "completed"));
    assert_eq!(s.active(), 2);
    s.apply_remote(&remote("a", "processing"));
    assert_eq!(s.active(), 2, "a terminal job never comes back");
    s.mark_unknown_to_server("b");
    assert_eq!(s.active(), 1);
    assert_eq!(Store::from_snapshot(s.snapshot()).active(), 1, "loaded: c");
    s.remove("c");
    assert_eq!(s.active(), 0);
    s.remove("a");
    assert_eq!(s.active(), 0);
    let again = Store::from_snapshot(s.snapshot());
    assert_eq!(again.active(), 0);
}

/// Loading a snapshot gives the order inserting the jobs one by one gives, whatever the
/// order in the file: newest first, equal dates in file order, undated last, the first
/// of two equal ids kept.
#[test]
fn a_snapshot_loads_in_insert_order() {
    let mut jobs = Vec::new();
    for (i, at) in [
        "2026-02-20T12:00:05Z",
        "2026-02-20T12:00:09Z",
        "2026-02-20T12:00:05Z",
        "x",
        "2026-02-20T12:00:01Z",
        "2026-02-20T13:00:05+01:00",
        "y",
        "2026-02-20T12:00:07Z",
    ]
    .iter()
    .enumerate()
    {
        let mut j = job(&format!("j{i}"), at);
        if !at.starts_with("2026") {
            j.created_at = None;
        }
        jobs.push(j);
    }
    let mut dup = job("j1", "2026-01-01T00:00:00Z");
    dup.prompt = Some("the second j1".into());
    jobs.push(dup);
    let mut one_by_one = Store::new();
    for j in jobs.clone() {
        one_by_one.insert(j);
    }
    let loaded = Store::from_snapshot(Snapshot {
        version: SNAPSHOT_VERSION,
        jobs,
        ..Snapshot::default()
    });
    let ids = |s: &Store| s.jobs().into_iter().map(|j| j.id).collect::<Vec<_>>();
    assert_eq!(
        ids(&loaded),
        ["j1", "j7", "j0", "j2", "j5", "j4", "j3", "j6"],
        "newest first, equal dates in file order, undated last"
    );
    assert_eq!(ids(&loaded), ids(&one_by_one));
    assert_eq!(
        loaded.job("j1").unwrap().prompt.as_deref(),
        Some("a red fox")
    );
}

#[test]
fn pages_cover_every_job_newest_first() {
    let mut s = Store::new();
    for i in 0..5 {
        s.insert(job(&format!("j{i}"), &format!("2026-02-2{i}T12:00:00Z")));
    }
    let ids = |v: &[Job]| v.iter().map(|j| j.id.clone()).collect::<Vec<_>>();
    let (first, more) = s.jobs_page(None, 2).unwrap();
    assert_eq!(
        (ids(&first), more),
        (vec!["j4".to_string(), "j3".into()], true)
    );
    let (second, more) = s.jobs_page(Some("j3"), 2).unwrap();
    assert_eq!(
        (ids(&second), more),
        (vec!["j2".to_string(), "j1".into()], true)
    );
    let (last, more) = s.jobs_page(Some("j1"), 2).unwrap();
    assert_eq!((ids(&last), more), (vec!["j0".to_string()], false));
    assert_eq!(s.jobs_page(Some("j0"), 2).unwrap().0.len(), 0);
    assert!(
        s.jobs_page(Some("gone"), 2).is_none(),
        "an unknown cursor says so"
    );
}
