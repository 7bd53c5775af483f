//! The grid's view over IPC (the real studio on Tauri's mock runtime, a real simulator):
//! jobs in two folders, then a folder's view, a search and a sort through
//! `get_job_view`, the counts through `get_job_view_summary` and a position through
//! `get_job_view_position`, each checked against the jobs `list_jobs` gives.

use crate::support;

use std::time::Duration;

use serde_json::{json, Value};
use support::*;

fn view(t: &TestApp, query: Value) -> (u64, Vec<String>) {
    let mut q = json!({
        "place": "all", "status": null, "model": null, "text": "", "flag": null,
        "min_stars": 0, "sort": "newest", "hidden": [], "offset": 0, "limit": 100
    });
    for (k, v) in query.as_object().unwrap() {
        q[k] = v.clone();
    }
    let page = t.ok("get_job_view", json!({ "query": q }));
    assert_eq!(page["offset"], q["offset"], "{page}");
    (page["total"].as_u64().unwrap(), ids_of(&page["jobs"]))
}

#[test]
fn a_folder_a_search_and_a_sort_through_the_view() {
    let dir = tempfile::tempdir().unwrap();
    let key = test_key();
    let sim = start_sim(&key, 20.0, 2.0);
    let t = TestApp::start(config(dir.path(), Some(sim.base_url())));
    t.session_key(&key);
    let harbour = t.ok("create_folder", json!({"name": "Harbour"}));
    let forest = t.ok("create_folder", json!({"name": "Forest"}));
    let boats = ids_of(&t.ok(
        "generate",
        json!({"params": veo_params("Boats at the HARBOUR wall", 3)}),
    ));
    let trees = ids_of(&t.ok(
        "generate",
        json!({"params": veo_params("a forest of birch trees", 2)}),
    ));
    let loose = ids_of(&t.ok(
        "generate",
        json!({"params": veo_params("a lone harbour crane", 1)}),
    ));
    t.ok(
        "move_jobs",
        json!({"ids": boats, "folder_id": harbour["id"]}),
    );
    t.ok(
        "move_jobs",
        json!({"ids": trees, "folder_id": forest["id"]}),
    );
    let all: Vec<String> = boats.iter().chain(&trees).chain(&loose).cloned().collect();
    t.wait_terminal(&all, Duration::from_secs(30));
    t.ok("set_clip_marks", json!({"ids": [boats[2]], "rating": 5}));
    t.ok("set_clip_marks", json!({"ids": [boats[0]], "rating": 2}));
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };

    // A folder: its jobs, and only them.
    let (total, ids) = view(&t, json!({"place": {"id": harbour["id"]}}));
    assert_eq!((total, sorted(ids)), (3, sorted(boats.clone())));
    let (total, ids) = view(
        &t,
        json!({"place": {"id": forest["id"]}, "status": "completed"}),
    );
    assert_eq!((total, sorted(ids)), (2, sorted(trees.clone())));
    let (_, unfiled) = view(&t, json!({"place": "unfiled"}));
    assert!(unfiled.contains(&loose[0]) && !unfiled.iter().any(|id| all[..5].contains(id)));

    // A search: the text anywhere in the prompt, any case, across folders.
    let (total, ids) = view(&t, json!({"text": "  harbour "}));
    let mut want = boats.clone();
    want.push(loose[0].clone());
    assert_eq!((total, sorted(ids)), (4, sorted(want)));
    let (total, _) = view(
        &t,
        json!({"text": "harbour", "place": {"id": forest["id"]}}),
    );
    assert_eq!(total, 0);

    // A sort: most stars first, unrated last; newest first is the jobs' own order.
    let (_, ids) = view(
        &t,
        json!({"place": {"id": harbour["id"]}, "sort": "rating"}),
    );
    assert_eq!(ids[..2], [boats[2].clone(), boats[0].clone()]);
    let (_, ids) = view(
        &t,
        json!({"place": {"id": harbour["id"]}, "sort": "oldest"}),
    );
    let (_, newest) = view(&t, json!({"place": {"id": harbour["id"]}}));
    assert_eq!(ids, newest.iter().rev().cloned().collect::<Vec<_>>());

    // A window, a hidden job, a position.
    let (total, ids) = view(
        &t,
        json!({"offset": 1, "limit": 2, "hidden": [newest[0]], "place": {"id": harbour["id"]}}),
    );
    assert_eq!((total, ids), (2, vec![newest[2].clone()]));
    let at = t.ok(
        "get_job_view_position",
        json!({"query": {"place": {"id": harbour["id"]}, "status": null, "model": null, "text": "", "flag": null, "min_stars": 0, "sort": "newest", "hidden": [], "offset": 0, "limit": 1}, "id": newest[2]}),
    );
    assert_eq!(at, json!(2));

    // The counts: every folder, Unfiled, the models; a hidden job is not counted.
    let listed = t.ok("list_jobs", json!({})).as_array().unwrap().len() as u64;
    let s = t.ok("get_job_view_summary", json!({"hidden": [loose[0]]}));
    assert_eq!(s["all"], json!(listed - 1), "{s}");
    assert_eq!(s["by_folder"][harbour["id"].as_str().unwrap()], 3, "{s}");
    assert_eq!(s["by_folder"][forest["id"].as_str().unwrap()], 2, "{s}");
    assert_eq!(s["unfiled"], json!(listed - 6), "{s}");
    assert!(
        s["models"]
            .as_array()
            .unwrap()
            .contains(&json!("veo31_fast")),
        "{s}"
    );

    let e = t.err("get_job_view", json!({"query": {"place": "everywhere"}}));
    assert!(e.to_string().contains("query"), "{e}");
}

/// The grid's own questions over IPC: the whole view as cards (stacked), the bodies in
/// sight by id, a shot's takes and the prompt field's history.
#[test]
fn the_grid_asks_for_cards_bodies_takes_and_prompts() {
    let dir = tempfile::tempdir().unwrap();
    let key = test_key();
    let sim = start_sim(&key, 20.0, 2.0);
    let t = TestApp::start(config(dir.path(), Some(sim.base_url())));
    t.session_key(&key);
    let takes = ids_of(&t.ok(
        "generate",
        json!({"params": veo_params("gulls over a pier", 3)}),
    ));
    let one = ids_of(&t.ok("generate", json!({"params": veo_params("a tide pool", 1)})));
    let query = |stack: Value| {
        json!({"query": {"place": "all", "status": null, "model": null, "text": "", "flag": null,
            "min_stars": 0, "sort": "newest", "hidden": [], "offset": 0, "limit": 0, "stack": stack}})
    };
    let listed = t.ok("list_jobs", json!({})).as_array().unwrap().len();
    let flat = t.ok("get_job_view_ids", query(Value::Null));
    assert_eq!(flat["total"], json!(listed), "{flat}");
    assert_eq!(flat["ids"].as_array().unwrap().len(), listed, "{flat}");

    let closed = t.ok("get_job_view_ids", query(json!({"expanded": []})));
    let cards = closed["ids"].as_array().unwrap().len();
    assert_eq!(
        (closed["total"].as_u64(), cards),
        (Some(listed as u64), listed - 2),
        "{closed}"
    );
    let card = &closed["stacks"][0];
    assert_eq!(
        (card["takes"].as_u64(), card["open"].as_bool()),
        (Some(3), Some(false)),
        "{closed}"
    );
    assert_eq!(closed["covered"].as_array().unwrap().len(), 2, "{closed}");
    let shot = card["shot"].as_str().unwrap().to_string();
    let open = t.ok("get_job_view_ids", query(json!({"expanded": [shot]})));
    assert_eq!(open["ids"].as_array().unwrap().len(), listed, "{open}");

    let bodies = t.ok("get_jobs", json!({"ids": [one[0], "nobody", takes[2]]}));
    assert_eq!(ids_of(&bodies), vec![one[0].clone(), takes[2].clone()]);
    assert_eq!(bodies[0]["prompt"], "a tide pool", "{bodies}");
    let many: Vec<String> = (0..2_500)
        .map(|i| format!("x{i}"))
        .chain([one[0].clone()])
        .collect();
    assert_eq!(
        t.ok("get_jobs", json!({ "ids": many })),
        json!([]),
        "past 2,000 ids nothing is read"
    );

    let mut siblings = ids_of(&t.ok("get_shot_takes", json!({ "shot": shot })));
    siblings.sort();
    let mut want = takes.clone();
    want.sort();
    assert_eq!(siblings, want);

    let history = t.ok("get_prompt_history", json!({"query": "", "limit": 2}));
    assert_eq!(history, json!(["a tide pool", "gulls over a pier"]));
    let history = t.ok(
        "get_prompt_history",
        json!({"query": "PIER gulls", "limit": 8}),
    );
    assert_eq!(history, json!(["gulls over a pier"]));
    let e = t.err("get_jobs", json!({"ids": "one"}));
    assert!(e.to_string().contains("ids"), "{e}");
}
