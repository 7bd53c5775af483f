//! The parity fixture: a few hundred varied jobs, many views and the index's answers,
//! written to `target/view-parity.json` for `ui/tests/view-parity.test.ts`, which checks
//! that the UI's `filterJobs` + `sortJobs` + `summarize` give the same ids in the same
//! order and the same counts.

use std::path::PathBuf;

use serde_json::json;

use super::*;
use crate::model::{Folder, GenerateParams, JobOrigin, JobStatus, StoryboardPlace};
use crate::store::{Snapshot, Store};

/// A small deterministic generator (the fixture is the same every run).
struct Lcg(u64);

impl Lcg {
    fn pick<'a, T>(&mut self, from: &'a [T]) -> &'a T {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        &from[((self.0 >> 33) % from.len() as u64) as usize]
    }
}

const PROMPTS: &[Option<&str>] = &[
    Some("A red fox in the snow"),
    Some("a RED FOX at night, 4K"),
    Some("猫が走る 4k"),
    Some("東京の夜景、雨"),
    Some("Ünïcödé Straße im Regen"),
    Some("ΟΔΟΣ ΣΟΦΙΑΣ"),
    Some("İstanbul at dusk"),
    Some("kelvin 5\u{212A} light"),
    Some("shots of the sea  at dawn"),
    Some("snow\tstorm over the pass"),
    Some("Été à Paris"),
    Some("100% real_time (test)"),
    Some(""),
    None,
];
const STATUSES: &[&str] = &[
    "pending",
    "processing",
    "completed",
    "completed",
    "completed",
    "failed",
    "queued",
    "Completed",
];
const CREATED: &[Option<&str>] = &[
    Some("2026-03-01T10:00:00Z"),
    Some("2026-03-01T10:00:00.123456Z"),
    Some("2026-03-01T12:00:00+02:00"),
    Some("2026-02-28T23:59:59.999Z"),
    Some("2025-12-31"),
    Some("not a date"),
    Some(""),
    None,
];
const FOLDERS: &[Option<&str>] = &[None, Some("f1"), Some("f2"), Some("f3"), Some("gone")];
const MODELS: &[Option<&str>] = &[
    Some("veo31_fast"),
    Some("kling_3_0"),
    Some("Veo31_fast"),
    Some("model 2"),
    Some("model 10"),
    Some(""),
    None,
];
const LISTS: &[Option<Option<&str>>] = &[
    None,
    None,
    Some(None),
    Some(Some("shots 2")),
    Some(Some("shots 10")),
    Some(Some("Shots 2")),
    Some(Some("shots 02")),
    Some(Some("storyboard.csv")),
    Some(Some("Été.csv")),
];
const SECONDS: &[Option<f64>] = &[None, None, Some(0.0), Some(5.0), Some(8.2), Some(10.0)];

fn jobs(n: usize) -> Vec<Job> {
    let mut r = Lcg(23);
    (0..n)
        .map(|i| {
            let model = r.pick(MODELS).map(str::to_string);
            let params = (model.is_none() && i % 2 == 0).then(|| GenerateParams {
                model_slug: (*r.pick(&["veo31_fast", "zeta"])).to_string(),
                prompt: "p".into(),
                count: 1,
                ..Default::default()
            });
            let minute = i % 97; // repeated stamps: ties broken by id
            let created = r.pick(CREATED).map(|c| {
                if c.starts_with("2026-03-01T10") {
                    c.replace("10:00", &format!("10:{:02}", minute % 60))
                } else {
                    c.to_string()
                }
            });
            Job {
                id: if i % 17 == 0 {
                    format!("JOB-{i:04}")
                } else {
                    format!("job-{i:04}")
                },
                status: JobStatus::parse(r.pick::<&str>(STATUSES)),
                model_slug: model,
                mode: None,
                prompt: r.pick(PROMPTS).map(Into::into),
                params,
                result_urls: vec![],
                credits_charged: None,
                credits_refunded: None,
                error_message: None,
                provider_meta: None,
                created_at: created,
                completed_at: None,
                origin: if i % 23 == 5 {
                    JobOrigin::Merge
                } else {
                    JobOrigin::App
                },
                folder_id: r.pick(FOLDERS).map(str::to_string),
                unknown_to_server: false,
                updated_at: format!("2026-01-{:02}T00:00:00.000Z", 1 + i % 28),
                local_file: None,
                clip_seconds: *r.pick(SECONDS),
                merged_from: vec![],
                storyboard: r.pick(LISTS).map(|list| StoryboardPlace {
                    list: list.map(str::to_string),
                    line: 1 + (i as u32 * 7) % 12,
                }),
                flag: *r.pick(&[None, None, Some(ClipFlag::Pick), Some(ClipFlag::Reject)]),
                rating: *r.pick(&[None, None, Some(1), Some(3), Some(5)]),
                // Shots of one to a dozen takes, across places and statuses.
                shot: (i % 3 != 0).then(|| format!("shot-{}", (i * 7) % 45)),
                take_of: None,
            }
        })
        .collect()
}

pub(super) fn folders() -> Vec<Folder> {
    ["f1", "f2", "f3"]
        .iter()
        .map(|id| Folder {
            id: id.to_string(),
            name: id.to_uppercase(),
            remote_id: None,
            created_at: "2026-01-01T00:00:00Z".into(),
        })
        .collect()
}

/// The views the fixture asks: every place in every order, then each filter in turn.
fn views() -> Vec<JobView> {
    let places = [
        ViewPlace::Named(NamedPlace::All),
        ViewPlace::Named(NamedPlace::Unfiled),
        ViewPlace::Folder { id: "f1".into() },
        ViewPlace::Folder { id: "f2".into() },
        ViewPlace::Folder { id: "gone".into() },
    ];
    let mut views = Vec::new();
    for place in &places {
        for sort in SortOrder::ALL {
            views.push(JobView {
                place: place.clone(),
                sort,
                ..JobView::all()
            });
        }
    }
    let texts = [
        "red fox",
        "RED",
        "  fox ",
        "猫",
        "東京",
        "straße",
        "STRASSE",
        "οδος",
        "σοφιας",
        "job-00",
        "JOB-01",
        "4k",
        "İstanbul",
        "i̇stanbul",
        "5k",
        "sea  at",
        "sea at",
        "%",
        "_",
        "été",
        "\u{feff}fox\u{85}",
        "   ",
    ];
    let statuses = [
        StatusFilter::Pending,
        StatusFilter::Processing,
        StatusFilter::Completed,
        StatusFilter::Failed,
        StatusFilter::Other,
    ];
    let mut r = Lcg(7);
    let next = |v: JobView, r: &mut Lcg| JobView {
        place: r.pick(&places).clone(),
        sort: *r.pick(&SortOrder::ALL),
        ..v
    };
    for text in texts {
        let v = JobView {
            text: text.into(),
            ..JobView::all()
        };
        views.push(v.clone());
        views.push(next(v, &mut r));
    }
    for status in statuses {
        views.push(next(
            JobView {
                status: Some(status),
                ..JobView::all()
            },
            &mut r,
        ));
    }
    for model in ["veo31_fast", "Veo31_fast", "", "model 10"] {
        views.push(next(
            JobView {
                model: Some(model.into()),
                ..JobView::all()
            },
            &mut r,
        ));
    }
    for flag in [
        FlagFilter::Picks,
        FlagFilter::Rejected,
        FlagFilter::Unflagged,
    ] {
        for min_stars in [0, 3] {
            views.push(next(
                JobView {
                    flag: Some(flag),
                    min_stars,
                    ..JobView::all()
                },
                &mut r,
            ));
        }
    }
    for min_stars in [1, 4, 5] {
        views.push(next(
            JobView {
                min_stars,
                ..JobView::all()
            },
            &mut r,
        ));
    }
    // Everything at once, windows, hidden ids.
    for (offset, limit) in [(0, 7), (10, 7), (250, 100), (0, 2000)] {
        for sort in SortOrder::ALL {
            views.push(JobView {
                sort,
                offset,
                limit,
                hidden: vec!["job-0001".into(), "job-0002".into(), "JOB-0017".into()],
                ..JobView::all()
            });
        }
    }
    views.push(next(
        JobView {
            status: Some(StatusFilter::Completed),
            model: Some("veo31_fast".into()),
            text: "fox".into(),
            min_stars: 1,
            ..JobView::all()
        },
        &mut r,
    ));
    views
}

pub(super) fn fixture_store() -> Store {
    Store::from_snapshot(Snapshot {
        jobs: jobs(300),
        folders: folders(),
        ..Default::default()
    })
}

/// The path of the fixture: `target/` of the workspace (or `CARGO_TARGET_DIR`).
fn fixture_path() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    target.join("view-parity.json")
}

#[test]
fn writes_the_parity_fixture() {
    let store = fixture_store();
    let seconds = |j: &Job| j.clip_seconds;
    let mut index = ViewIndex::build(&store, &seconds);
    let folders = store.folders();
    let known: HashSet<&str> = folders.iter().map(|f| f.id.as_str()).collect();
    let mut cases = Vec::new();
    let mut nonempty = 0;
    for view in views() {
        let hits = Needle::new(&view.text).map(|n| index.search(&store, &n));
        let (total, ids) = index.query(&view, &known, hits.as_ref());
        nonempty += usize::from(total > 0);
        cases.push(json!({ "query": view, "total": total, "ids": ids }));
    }
    assert!(nonempty * 4 > cases.len() * 3, "most views find jobs");
    let summaries: Vec<_> = [vec![], vec!["job-0001".to_string(), "JOB-0034".into()]]
        .into_iter()
        .map(|hidden| {
            let summary = index.summary(&known, &hidden);
            json!({ "hidden": hidden, "summary": summary })
        })
        .collect();
    let stacks = stack_cases(&store, &mut index, &known);
    let newest: Vec<&Job> = index
        .ordered(SortOrder::Newest)
        .filter_map(|id| store.job(id))
        .collect();
    let histories: Vec<_> = [
        ("", 8),
        ("", 100),
        ("FOX", 8),
        ("red  fox", 3),
        ("雨", 8),
        ("x", 8),
    ]
    .into_iter()
    .map(|(query, limit)| {
        let answer = prompt_history(newest.iter().copied(), query, limit);
        json!({ "query": query, "limit": limit, "answer": answer })
    })
    .collect();
    let takes: Vec<_> = ["shot-0", "shot-7", "shot-44", "job-0003", "nobody"]
        .into_iter()
        .map(|shot| {
            let ids: Vec<&str> = shot_takes(store.iter(), shot)
                .iter()
                .map(|j| j.id.as_str())
                .collect();
            json!({ "shot": shot, "ids": ids })
        })
        .collect();
    let fixture = json!({
        "folders": folders,
        "jobs": store.jobs(),
        "cases": cases,
        "summaries": summaries,
        "stacks": stacks,
        "histories": histories,
        "takes": takes,
    });
    let path = fixture_path();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, serde_json::to_vec_pretty(&fixture).unwrap()).unwrap();
    println!("{} views written to {}", cases.len(), path.display());
}

/// Stacked views: places, orders and filters, with no stack open, some open, all open.
fn stack_cases(
    store: &Store,
    index: &mut ViewIndex,
    known: &HashSet<&str>,
) -> Vec<serde_json::Value> {
    let mut out = Vec::new();
    let mut multi = 0;
    let views = views();
    for (n, view) in views.iter().enumerate().filter(|(n, _)| n % 3 == 0) {
        let expanded: Vec<String> = match n % 4 {
            0 => vec![],
            1 => vec!["shot-7".into(), "shot-14".into()],
            2 => (0..45).map(|s| format!("shot-{s}")).collect(),
            _ => vec!["shot-0".into(), "nobody".into()],
        };
        let view = JobView {
            stack: Some(Stacking { expanded }),
            ..view.clone()
        };
        let hits = Needle::new(&view.text).map(|n| index.search(store, &n));
        let cards = index.cards(&view, known, hits.as_ref());
        let answer = stack_cards(&cards, view.stack.as_ref(), &|id| store.job(id));
        multi += usize::from(!answer.stacks.is_empty());
        out.push(json!({ "query": view, "answer": answer }));
    }
    assert!(multi * 2 > out.len(), "most stacked views hold a stack");
    out
}
