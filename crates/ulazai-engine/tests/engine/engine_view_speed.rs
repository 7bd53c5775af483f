//! The time of each kind of question the grid's view answers, at 100,000 jobs (ignored: a
//! measurement, run in a release build; figures, no assertion on time).

use crate::engine_view::{database, library, search};
use crate::support::engine as support;

use std::time::Instant;

use support::*;
use ulazai_engine::engine::SearchPath;
use ulazai_engine::model::Job;
use ulazai_engine::store::curation::Marks;
use ulazai_engine::store::view::{
    JobView, NamedPlace, Needle, SortOrder, Stacking, StatusFilter, ViewIndex, ViewPlace,
};
use ulazai_engine::store::{Snapshot, Store};

/// The searches timed: a rare word, a prompt's own words, a common phrase, CJK text, and
/// terms of two and one characters (the database's `LIKE` and memory).
const SEARCHES: [&str; 6] = [
    "lighthouse",
    "take 4242",
    "red fox",
    "東京の夜景",
    "4k",
    "猫",
];

const SPEED: f64 = 20.0;

/// `cargo test --release -p ulazai-engine --test engine engine_view_speed -- --ignored
/// --nocapture`: the time of each question at 100,000 jobs (figures, no assertion on time).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a measurement: run it in a release build"]
async fn speed_at_100k() {
    let n: usize = std::env::var("VIEW_JOBS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let sim = sim_at(SPEED, 2.0, 40.0).await;
    let dir = temp_dir("view-speed");
    let persist = database(&dir, &library(n));
    let (engine, _ev) = engine_with(&sim, policy(SPEED), persist).await;
    let timed = |what: String, ms: f64, total: u32, path: SearchPath| {
        println!("{what:<44} {ms:>8.2} ms  {total:>7} jobs  {path:?}");
    };
    println!("the grid's view at {n} jobs (best of 3 unless said)");
    let rss = || -> f64 {
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        let kb = status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok());
        kb.unwrap_or(0.0) / 1024.0
    };
    let before = rss();
    let t = Instant::now();
    let page = engine.view(&JobView::all()).await;
    println!(
        "resident memory {before:.1} MB before the first question, {:.1} MB after",
        rss()
    );
    timed(
        "first question (index built, once)".into(),
        t.elapsed().as_secs_f64() * 1e3,
        page.total,
        SearchPath::None,
    );
    let mut views: Vec<(String, JobView)> = Vec::new();
    for sort in SortOrder::ALL {
        let v = JobView {
            sort,
            ..JobView::all()
        };
        views.push((format!("all, sorted {sort:?} (first: sorts)"), v.clone()));
        views.push((format!("all, sorted {sort:?}"), v));
    }
    for sort in [SortOrder::Newest, SortOrder::Storyboard] {
        let v = JobView {
            place: ViewPlace::Folder { id: "f5".into() },
            sort,
            ..JobView::all()
        };
        views.push((format!("folder switch, {sort:?}"), v));
    }
    views.push((
        "unfiled (a gone folder's jobs)".into(),
        JobView {
            place: ViewPlace::Named(NamedPlace::Unfiled),
            ..JobView::all()
        },
    ));
    views.push((
        "status + model + stars".into(),
        JobView {
            status: Some(StatusFilter::Completed),
            model: Some("sora_2".into()),
            min_stars: 4,
            ..JobView::all()
        },
    ));
    views.push((
        "window at offset 60,000".into(),
        JobView {
            offset: 60_000,
            limit: 200,
            ..JobView::all()
        },
    ));
    for text in SEARCHES {
        views.push((format!("search {text:?} (first)"), search(text)));
        views.push((format!("search {text:?} (again, next window)"), {
            let mut v = search(text);
            v.offset = 500;
            v
        }));
    }
    for (what, view) in views {
        let repeat = if what.contains("first") { 1 } else { 3 };
        let mut best = f64::MAX;
        let mut last = None;
        for _ in 0..repeat {
            let t = Instant::now();
            let (page, path) = engine.view_traced(&view).await;
            best = best.min(t.elapsed().as_secs_f64() * 1e3);
            last = Some((page.total, path));
        }
        let (total, path) = last.unwrap();
        timed(what, best, total, path);
    }
    // The view as ids (what the grid asks: the first cards, then all of them: `limit` 0),
    // and its answer as JSON (what IPC sends).
    for (what, limit, view) in [
        ("ids: all, newest, the first 240 cards", 240, JobView::all()),
        ("ids: all, newest", 0, JobView::all()),
        (
            "ids: a folder",
            0,
            JobView {
                place: ViewPlace::Folder { id: "f5".into() },
                ..JobView::all()
            },
        ),
        ("ids: search \"red fox\"", 0, search("red fox")),
        (
            "ids: all, stacked",
            0,
            JobView {
                stack: Some(Stacking::default()),
                ..JobView::all()
            },
        ),
    ] {
        let view = JobView { limit, ..view };
        let mut best = (f64::MAX, 0.0);
        let mut total = 0;
        for _ in 0..3 {
            let t = Instant::now();
            let ids = engine.view_ids(&view).await;
            let asked = t.elapsed().as_secs_f64() * 1e3;
            let json = serde_json::to_vec(&ids).unwrap();
            let sent = t.elapsed().as_secs_f64() * 1e3;
            if asked < best.0 {
                best = (asked, sent - asked);
            }
            total = ids.total;
            std::hint::black_box(json);
        }
        timed(
            format!("{what} (+{:.1} ms as JSON)", best.1),
            best.0,
            total,
            SearchPath::None,
        );
    }
    // The same searches in memory alone (what a search costs without the database): the
    // first builds the haystack of prompts.
    let store = Store::from_snapshot(Snapshot {
        jobs: engine.jobs().list(),
        folders: engine.folders().list(),
        ..Default::default()
    });
    let mut index = ViewIndex::build(&store, &|j: &Job| j.clip_seconds);
    for text in SEARCHES {
        let needle = Needle::new(text).unwrap();
        let mut best = f64::MAX;
        let mut found = 0;
        for _ in 0..3 {
            let t = Instant::now();
            found = index.search(&store, &needle).iter().filter(|h| **h).count();
            best = best.min(t.elapsed().as_secs_f64() * 1e3);
        }
        timed(
            format!("  memory alone: search {text:?}"),
            best,
            found as u32,
            SearchPath::Memory,
        );
    }
    drop((index, store));
    println!(
        "resident memory after every order and search: {:.1} MB",
        rss()
    );
    let t = Instant::now();
    let summary = engine.view_summary(&[]).await;
    timed(
        "summary (counts, models)".into(),
        t.elapsed().as_secs_f64() * 1e3,
        summary.all,
        SearchPath::None,
    );
    let one = engine.jobs().list()[n / 2].id.clone();
    engine
        .curation()
        .set_marks(
            std::slice::from_ref(&one),
            Marks::new(None, Some(2)).unwrap(),
        )
        .unwrap();
    let t = Instant::now();
    let page = engine
        .view(&JobView {
            sort: SortOrder::Rating,
            ..JobView::all()
        })
        .await;
    timed(
        "after one change, sorted by rating".into(),
        t.elapsed().as_secs_f64() * 1e3,
        page.total,
        SearchPath::None,
    );
    engine.shutdown().await;
    remove_temp_dir(dir);
}
