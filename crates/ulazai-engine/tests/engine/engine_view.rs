//! The grid's view through a running engine on the job database: searches through the
//! prompt index answer what the UI's rule finds in memory (jobs not yet saved, prompts
//! that fold unlike JS included), and the view follows the engine's changes. The time of
//! each kind of question at 100,000 jobs: `engine_view_speed`.

use crate::support::engine as support;

use std::collections::HashSet;
use std::sync::Arc;

use support::*;
use ulazai_engine::engine::{Engine, SearchPath};
use ulazai_engine::model::{Folder, Job, JobOrigin, JobStatus, RemoteJob, StoryboardPlace};
use ulazai_engine::store::curation::{FlagMark, Marks};
use ulazai_engine::store::view::{
    JobView, NamedPlace, Needle, SortOrder, Stacking, StatusFilter, ViewIndex, ViewPlace,
};
use ulazai_engine::store::{Persist, Snapshot, SqlitePersist, Store};

const SPEED: f64 = 20.0;
const PROMPTS: &[&str] = &[
    "a red fox in the snow",
    "A RED FOX at night, 4K",
    "猫が走る 4k",
    "東京の夜景、雨",
    "Été à Paris",
    "a lighthouse in a storm",
];
/// One prompt in 50: prompts the database folds unlike JS (checked in memory).
const RARE: &[&str] = &[
    "İstanbul at dusk",
    "ΟΔΟΣ ΣΟΦΙΑΣ at noon",
    "kelvin 5\u{212A} light",
];
const MODELS: &[&str] = &["veo31_fast", "kling_3_0", "sora_2", "wan_2_5"];

/// `n` completed jobs in 12 folders, one second apart, newest first.
pub(crate) fn library(n: usize) -> Snapshot {
    let start = chrono::DateTime::parse_from_rfc3339("2026-06-01T12:00:00Z").unwrap();
    let jobs = (0..n)
        .map(|i| {
            let at = (start - chrono::Duration::seconds(i as i64)).to_rfc3339();
            let remote = RemoteJob {
                job_id: format!("job-{i:06}"),
                status: JobStatus::Completed,
                model_slug: Some(MODELS[i % MODELS.len()].to_string()),
                prompt: Some(format!(
                    "{} take {i}",
                    match i % 50 {
                        7 => RARE[(i / 50) % RARE.len()],
                        _ => PROMPTS[i % PROMPTS.len()],
                    }
                )),
                mode: None,
                result_urls: vec![format!("https://cdn.example/{i}.mp4")],
                credits_charged: Some(10),
                credits_refunded: None,
                error_message: None,
                provider_meta: None,
                created_at: Some(at.clone()),
                completed_at: Some(at.clone()),
            };
            let mut job = Job::from_remote(&remote, JobOrigin::History, &at);
            job.folder_id = Some(format!("f{}", i % 13)); // f12: a folder that is gone
            job.rating = [None, Some(3), None, Some(5)][i % 4];
            job.storyboard = (i % 5 == 0).then(|| StoryboardPlace {
                list: Some(format!("shots {}", i % 11)),
                line: (i % 40) as u32 + 1,
            });
            job
        })
        .collect();
    let folders = (0..12)
        .map(|f| Folder {
            id: format!("f{f}"),
            name: format!("Folder {f}"),
            remote_id: None,
            created_at: "2026-01-01T00:00:00Z".into(),
        })
        .collect();
    Snapshot {
        jobs,
        folders,
        ..Default::default()
    }
}

pub(crate) fn database(dir: &std::path::Path, seed: &Snapshot) -> Arc<SqlitePersist> {
    let persist = SqlitePersist::new(dir.join("jobs.db"));
    persist.load().unwrap();
    persist.save(seed).unwrap();
    Arc::new(persist)
}

/// What the UI's rule gives over the engine's jobs now, in memory.
fn in_memory(engine: &Engine, view: &JobView) -> (u32, Vec<String>) {
    let store = Store::from_snapshot(Snapshot {
        jobs: engine.jobs().list(),
        folders: engine.folders().list(),
        ..Default::default()
    });
    let mut index = ViewIndex::build(&store, &|j: &Job| j.clip_seconds);
    let folders = store.folders();
    let known: HashSet<&str> = folders.iter().map(|f| f.id.as_str()).collect();
    let hits = Needle::new(&view.text).map(|n| index.search(&store, &n));
    index.query(view, &known, hits.as_ref())
}

pub(crate) fn search(text: &str) -> JobView {
    JobView {
        text: text.into(),
        ..JobView::all()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn searches_through_the_prompt_index_find_what_memory_finds() {
    let sim = sim_at(SPEED, 2.0, 40.0).await;
    let dir = temp_dir("view-search");
    let persist = database(&dir, &library(4_500));
    let (engine, ev) = engine_with(&sim, policy(SPEED), persist).await;
    let first = engine.view(&JobView::all()).await;
    assert!(first.total >= 4_500, "{}", first.total);

    // Jobs the database does not hold yet (the saver writes them later): found at once.
    let (fresh, mut ev) = (
        generate_ids(&engine, "a Lighthouse under İstanbul's sky", 2).await,
        ev,
    );
    let view = search("a lighthouse under");
    let (page, path) = engine.view_traced(&view).await;
    let mut ids: Vec<String> = page.jobs.iter().map(|j| j.id.clone()).collect();
    ids.sort();
    let mut want = fresh.clone();
    want.sort();
    assert_eq!((ids, path), (want, SearchPath::PromptIndex));
    // The same question, now that the engine is quiet: answered from the last search.
    ev.until_terminal(&fresh, 30.0).await;
    assert_eq!(engine.view_traced(&view).await.1, SearchPath::PromptIndex);
    assert_eq!(engine.view_traced(&view).await.1, SearchPath::Cached);

    for text in [
        "lighthouse",
        "LIGHTHOUSE UNDER",
        "istanbul",
        "i̇stanbul",
        "οδος",
        "5k light",
        "東京の夜",
        "été à",
        "job-0001",
        "4k",
        "猫",
        "take",
    ] {
        let view = search(text);
        let (page, path) = engine.view_traced(&view).await;
        let want = in_memory(&engine, &view);
        let got: Vec<String> = page.jobs.iter().map(|j| j.id.clone()).collect();
        assert_eq!((page.total, got), want, "{text:?}");
        let expected = match text {
            "été à" => SearchPath::Memory, // "à": short and cased, LIKE cannot fold it
            // In 1,500 and 4,500 prompts: one pass over memory beats that many candidates.
            "4k" | "take" => SearchPath::Memory,
            _ => SearchPath::PromptIndex,
        };
        assert_eq!(path, expected, "{text:?}");
    }
    engine.shutdown().await;
    remove_temp_dir(dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_view_follows_the_engines_changes() {
    let sim = sim_at(SPEED, 2.0, 40.0).await;
    let dir = temp_dir("view-follow");
    let persist = database(&dir, &library(500));
    let (engine, _ev) = engine_with(&sim, policy(SPEED), persist).await;
    let rating = JobView {
        sort: SortOrder::Rating,
        place: ViewPlace::Folder { id: "f3".into() },
        ..JobView::all()
    };
    let before = engine.view(&rating).await;
    let last = before.jobs.last().unwrap().id.clone();
    assert_ne!(before.jobs[0].id, last);
    engine
        .curation()
        .set_marks(
            std::slice::from_ref(&last),
            Marks::new(None, Some(5)).unwrap(),
        )
        .unwrap();
    let after = engine.view(&rating).await;
    let got: Vec<String> = after.jobs.iter().map(|j| j.id.clone()).collect();
    assert_eq!((after.total, got), in_memory(&engine, &rating));
    let at = after.jobs.iter().position(|j| j.id == last).unwrap();
    assert!(at < before.jobs.len() / 2, "five stars: moved up to {at}");
    assert_eq!(after.total, before.total);

    let ids = generate_ids(&engine, "a pier at dawn", 2).await;
    let pending = JobView {
        status: Some(StatusFilter::Pending),
        place: ViewPlace::Named(NamedPlace::Unfiled),
        ..JobView::all()
    };
    let page = engine.view(&pending).await;
    let got: Vec<String> = page.jobs.iter().map(|j| j.id.clone()).collect();
    assert_eq!((page.total, got.clone()), in_memory(&engine, &pending));
    assert_eq!(got.len(), 2, "new jobs are pending, in no folder");
    assert_eq!(engine.view_position(&pending, &got[1]).await, Some(1));
    assert_eq!(engine.view_position(&pending, "job-000001").await, None);

    let summary = engine.view_summary(&[ids[0].clone()]).await;
    let all = engine.jobs().list().len() as u32;
    assert_eq!(summary.all, all - 1, "a hidden job is not counted");
    assert_eq!(summary.by_folder.len(), 12);
    assert_eq!(summary.by_folder["f3"], before.total);
    assert_eq!(
        summary.models,
        ["kling_3_0", "sora_2", "veo31_fast", "wan_2_5"]
    );
    engine.jobs().remove(&ids[0]);
    assert_eq!(engine.view(&pending).await.total, 1);
    engine.shutdown().await;
    remove_temp_dir(dir);
}

/// The grid as ids (`view_ids`): a shot's takes are one card until its stack opens, the
/// cover follows the creator's marks; the bodies in sight by id, a shot's takes, and the
/// prompt field's history are queries over the same library.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_grid_as_ids_stacks_takes_and_answers_by_id() {
    let sim = sim_at(SPEED, 2.0, 40.0).await;
    let dir = temp_dir("view-ids");
    let persist = database(&dir, &library(300));
    let (engine, _ev) = engine_with(&sim, policy(SPEED), persist).await;
    let takes = generate_ids(&engine, "a pier at dawn", 3).await;
    let single = generate_ids(&engine, "a quay at dusk", 1).await;
    let shot = engine
        .jobs()
        .get(&takes[0])
        .unwrap()
        .shot
        .clone()
        .expect("a shot");
    // The four new jobs: their prompts, not the library's, hold "at d".
    let unfiled = JobView {
        place: ViewPlace::Named(NamedPlace::Unfiled),
        text: "at d".into(),
        ..JobView::all()
    };
    let flat = engine.view_ids(&unfiled).await;
    assert_eq!((flat.total as usize, flat.ids.len()), (4, 4));
    assert!(flat.stacks.is_empty() && flat.covered.is_empty());

    let stacked = |expanded: Vec<String>| JobView {
        stack: Some(Stacking { expanded }),
        ..unfiled.clone()
    };
    let closed = engine.view_ids(&stacked(vec![])).await;
    assert_eq!(closed.total, 4, "the total counts every job");
    assert_eq!(closed.ids.len(), 2, "{:?}", closed.ids);
    assert_eq!(closed.stacks.len(), 1);
    let card = &closed.stacks[0];
    assert_eq!(
        (card.shot.as_str(), card.takes, card.open),
        (shot.as_str(), 3, false)
    );
    assert_eq!(closed.ids[card.at as usize], card.cover);
    let mut covered = closed.covered.clone();
    covered.push(card.cover.clone());
    covered.sort();
    let mut all = takes.clone();
    all.sort();
    assert_eq!(covered, all, "the cover shows, its siblings are covered");
    assert!(closed.ids.contains(&single[0]));
    assert_eq!(
        (flat.cards, closed.cards),
        (4, 2),
        "the cards of the whole view"
    );

    // Only the first cards (what the grid paints first of a new view): the stacks among
    // them and every covered take; the counts are the whole view's.
    let head = |limit: u32| JobView {
        limit,
        ..stacked(vec![])
    };
    let first = engine.view_ids(&head(1)).await;
    assert_eq!(first.ids, closed.ids[..1]);
    assert_eq!((first.total, first.cards), (4, 2));
    let stacks: Vec<_> = closed.stacks.iter().filter(|s| s.at < 1).cloned().collect();
    assert_eq!(first.stacks, stacks);
    assert_eq!(first.covered, closed.covered);
    assert_eq!(engine.view_ids(&head(0)).await, closed, "0: every card");
    assert_eq!(
        engine.view_ids(&head(2)).await,
        closed,
        "as many as the view has"
    );

    // A pick becomes the cover.
    let pick = takes.iter().find(|t| **t != card.cover).unwrap().clone();
    engine
        .curation()
        .set_marks(
            std::slice::from_ref(&pick),
            Marks::new(Some(FlagMark::Pick), None).unwrap(),
        )
        .unwrap();
    let picked = engine.view_ids(&stacked(vec![])).await;
    assert_eq!(picked.stacks[0].cover, pick);
    assert_eq!(picked.ids[picked.stacks[0].at as usize], pick);

    let open = engine.view_ids(&stacked(vec![shot.clone()])).await;
    assert_eq!((open.ids.len(), open.stacks[0].open), (4, true));
    assert!(open.covered.is_empty());
    let at = open.stacks[0].at as usize;
    let mut opened: Vec<String> = open.ids[at..at + 3].to_vec();
    opened.sort();
    assert_eq!(opened, all, "an open stack's takes follow its card");

    // Bodies by id, in the order asked; an unknown id is left out.
    let asked = [single[0].clone(), "nobody".into(), takes[1].clone()];
    let got: Vec<String> = engine
        .jobs_by_id(&asked)
        .into_iter()
        .map(|j| j.id)
        .collect();
    assert_eq!(got, [single[0].clone(), takes[1].clone()]);

    // The shot's takes, oldest first (created, then id); a shot of one.
    let siblings: Vec<String> = engine.shot_takes(&shot).into_iter().map(|j| j.id).collect();
    let mut oldest = takes.clone();
    oldest.sort_by_key(|id| {
        let j = engine.jobs().get(id).unwrap();
        (j.created_at.clone().unwrap_or_default(), j.id.clone())
    });
    assert_eq!(siblings, oldest);
    assert!(engine.shot_takes("nobody").is_empty());

    // The prompt history: newest first, each prompt once, filtered by every word.
    let recent = engine.prompt_history("", 3).await;
    assert_eq!(recent[..2], ["a quay at dusk", "a pier at dawn"]);
    assert_eq!(recent.len(), 3, "then the library's: {recent:?}");
    assert_eq!(
        engine.prompt_history("DAWN pier", 8).await,
        ["a pier at dawn"]
    );
    assert!(engine.prompt_history("nothing like it", 8).await.is_empty());
    engine.shutdown().await;
    remove_temp_dir(dir);
}
