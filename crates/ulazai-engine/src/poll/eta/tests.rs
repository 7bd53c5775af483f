use super::*;
use std::sync::Arc;

const T0: i64 = 1_760_000_000_000;

fn stamp(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .unwrap()
        .to_rfc3339_opts(chrono::SecondsFormat::Micros, false)
}

/// A completed veo31_fast job created at `start_ms` that took `secs`.
fn done(id: &str, start_ms: i64, secs: f64) -> RemoteJob {
    RemoteJob {
        model_slug: Some("veo31_fast".into()),
        created_at: Some(stamp(start_ms)),
        completed_at: Some(stamp(start_ms + (secs * 1000.0) as i64)),
        ..RemoteJob::bare(id, JobStatus::Completed)
    }
}

fn matrix(typical: (u32, u32)) -> Vec<ModelInfo> {
    let m = crate::api::parse_models_body(&format!(
        r#"{{"models": [{{"slug": "veo31_fast", "typical_seconds": [{}, {}]}}]}}"#,
        typical.0, typical.1
    ))
    .unwrap();
    assert_eq!(m[0].typical_seconds, Some(typical));
    m
}

fn book() -> EtaBook {
    let b = EtaBook::restore(EtaSnapshot::default(), 1.0);
    b.set_priors(&matrix((30, 45)));
    b
}

#[test]
fn starts_from_the_matrix_range() {
    let b = book();
    let w = b.window("veo31_fast").unwrap();
    assert_eq!(
        (w.open_secs, w.typical_secs, w.close_secs),
        (30.0, 37.5, 45.0)
    );
    assert_eq!(
        b.window("kling_3_0"),
        None,
        "no matrix range, nothing learned"
    );
    let e = b.estimate("veo31_fast").unwrap();
    assert_eq!(
        (e.typical_secs, e.window_secs, e.learned_from),
        (38, (30, 45), 0)
    );
    // The time scale converts matrix seconds to the scheduler's.
    let fast = EtaBook::restore(EtaSnapshot::default(), 0.1);
    fast.set_priors(&matrix((30, 45)));
    assert!((fast.window("veo31_fast").unwrap().close_secs - 4.5).abs() < 1e-9);
}

#[test]
fn learns_each_completed_job_once_and_leaves_out_failures_and_merges() {
    let b = book();
    assert!(b.observe(&done("a", T0, 20.0)));
    assert!(!b.observe(&done("a", T0, 20.0)), "the same job twice");
    let failed = RemoteJob {
        status: JobStatus::Failed,
        ..done("f", T0, 2.0)
    };
    assert!(!b.observe(&failed));
    let merge = RemoteJob {
        model_slug: Some("merge".into()),
        mode: Some("merge".into()),
        ..done("m", T0, 90.0)
    };
    assert!(!b.observe(&merge));
    let running = RemoteJob {
        status: JobStatus::Processing,
        completed_at: None,
        ..done("r", T0, 5.0)
    };
    assert!(!b.observe(&running));
    let no_stamp = RemoteJob {
        created_at: None,
        ..done("n", T0, 5.0)
    };
    assert!(!b.observe(&no_stamp));
    assert_eq!(b.estimate("veo31_fast").unwrap().learned_from, 1);
    assert_eq!(b.window("merge"), None);
}

#[test]
fn one_observation_moves_the_estimate_a_bounded_step() {
    let b = book();
    // A single 300 s outlier: the typical time moves at most ×1.25.
    b.observe(&done("slow", T0, 300.0));
    let w = b.window("veo31_fast").unwrap();
    assert!(w.typical_secs <= 37.5 * MAX_DRIFT + 1e-9, "{w:?}");
    assert!(w.close_secs <= 45.0 * MAX_DRIFT + 1e-9, "{w:?}");
    assert!(w.open_secs >= 30.0 / MAX_DRIFT - 1e-9, "{w:?}");
}

#[test]
fn converges_on_what_this_creator_sees() {
    let b = book();
    // This creator's renders take 20–26 s, well under the matrix's 30–45 s.
    for i in 0..WINDOW as i64 {
        let secs = 20.0 + (i % 7) as f64;
        b.observe(&done(&format!("j{i}"), T0 + i * 60_000, secs));
    }
    let w = b.window("veo31_fast").unwrap();
    assert!((22.0..=24.0).contains(&w.typical_secs), "{w:?}");
    assert!(w.open_secs >= 19.5 && w.close_secs <= 27.0, "{w:?}");
    assert_eq!(
        b.estimate("veo31_fast").unwrap().learned_from,
        WINDOW as u32
    );
}

#[test]
fn stale_history_entries_do_not_come_back() {
    let b = book();
    for i in 0..WINDOW as i64 + 4 {
        assert!(b.observe(&done(&format!("j{i}"), T0 + i * 60_000, 30.0)));
    }
    // j0..j3 fell out of the window; a history page listing them again changes nothing.
    assert!(!b.observe(&done("j0", T0, 30.0)));
    assert!(!b.observe(&done("older", T0 - 60_000, 99.0)));
    // A newer one still counts.
    assert!(b.observe(&done("newer", T0 + 99 * 60_000, 30.0)));
}

#[test]
fn snapshot_round_trips_and_bad_entries_are_dropped() {
    let b = book();
    let changes = Arc::new(std::sync::atomic::AtomicU32::new(0));
    let c = changes.clone();
    b.on_change(move || {
        c.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    });
    for i in 0..5 {
        b.observe(&done(&format!("j{i}"), T0 + i * 1000, 33.0));
    }
    b.observe(&done("j0", T0, 33.0));
    assert_eq!(changes.load(std::sync::atomic::Ordering::SeqCst), 5);
    let snap = b.snapshot();
    let json = serde_json::to_string(&snap).unwrap();
    let back: EtaSnapshot = serde_json::from_str(&json).unwrap();
    assert_eq!(back, snap);
    let restored = EtaBook::restore(back, 1.0);
    assert_eq!(restored.window("veo31_fast"), b.window("veo31_fast"));
    assert_eq!(restored.estimate("veo31_fast").unwrap().learned_from, 5);

    let mut bad = snap.clone();
    let m = bad.models.get_mut("veo31_fast").unwrap();
    m.samples[0].secs = f64::NAN;
    m.estimate = Some(Window {
        open_secs: -1.0,
        typical_secs: 1.0,
        close_secs: 2.0,
    });
    let restored = EtaBook::restore(bad, 1.0);
    assert_eq!(
        restored.window("veo31_fast"),
        None,
        "no sane estimate, no prior"
    );
    assert_eq!(restored.estimate("veo31_fast"), None);
    assert_eq!(restored.snapshot().models["veo31_fast"].samples.len(), 4);
}
