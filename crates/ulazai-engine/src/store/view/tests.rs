use std::cmp::Ordering;

use super::parity::fixture_store;
use super::*;
use crate::model::JobStatus;

fn seconds(j: &Job) -> Option<f64> {
    j.clip_seconds
}

fn ids_of(index: &mut ViewIndex, store: &Store, view: &JobView) -> (u32, Vec<JobId>) {
    let folders = store.folders();
    let known: HashSet<&str> = folders.iter().map(|f| f.id.as_str()).collect();
    let hits = Needle::new(&view.text).map(|n| index.search(store, &n));
    index.query(view, &known, hits.as_ref())
}

#[test]
fn names_in_natural_order_case_aside() {
    let mut names = vec![
        "shots 10",
        "Shots 2",
        "shots 1",
        "shots",
        "a-b",
        "ab",
        "shots 02x",
    ];
    names.sort_by(|a, b| compare_names(a, b));
    assert_eq!(
        names,
        [
            "a-b",
            "ab",
            "shots",
            "shots 1",
            "Shots 2",
            "shots 02x",
            "shots 10"
        ]
    );
    assert_eq!(compare_names("Shots 2", "shots 02"), Ordering::Equal);
    assert_eq!(compare_names("veo31_fast", "Veo31_fast"), Ordering::Equal);
}

#[test]
fn the_search_is_the_uis_rule() {
    let n = Needle::new("  Red Fox\u{feff}").unwrap();
    assert_eq!(n.as_str(), "red fox");
    assert!(n.matches(Some("A RED FOX runs"), "x"));
    assert!(!n.matches(Some("a fox, red"), "x"), "one piece, not words");
    assert!(
        Needle::new("JOB-1").unwrap().matches(None, "job-12"),
        "an id's start"
    );
    assert!(!Needle::new("ob-1").unwrap().matches(None, "job-12"));
    assert!(
        Needle::new("οδος").unwrap().matches(Some("ΟΔΟΣ"), "x"),
        "final sigma"
    );
    assert!(Needle::new(" \u{3000}\t").is_none());
    assert_eq!(js_trim("\u{85}x\u{85}"), "\u{85}x\u{85}", "JS keeps U+0085");
    assert!(folds_unlike_js("İstanbul") && !folds_unlike_js("été 東京") && !folds_unlike_js("ABC"));
    // The ASCII fast path: no character outside ASCII lowercases into it, but two.
    let into_ascii: Vec<char> = (0x80u32..=0x10FFFF)
        .filter_map(char::from_u32)
        .filter(|c| c.to_lowercase().any(|l| l.is_ascii()))
        .collect();
    assert_eq!(into_ascii, ['\u{130}', '\u{212a}']);
    assert!(Needle::new("5k")
        .unwrap()
        .matches(Some("kelvin 5\u{212a}"), "x"));
    assert!(Needle::new("i").unwrap().matches(Some("İ"), "x"));
    assert!(Needle::new("σοφιας")
        .unwrap()
        .matches(Some("ΟΔΟΣ ΣΟΦΙΑΣ"), "x"));
    assert!(!Needle::new("σοφιασ")
        .unwrap()
        .matches(Some("ΟΔΟΣ ΣΟΦΙΑΣ"), "x"));
    // What the database's search can answer: long terms, short ones without case.
    let indexable = |t: &str| Needle::new(t).unwrap().indexable();
    assert!(indexable("4k") && indexable("猫") && indexable("a 東") && indexable("été"));
    assert!(!indexable("é") && !indexable("été à") && !indexable("Σ"));
}

#[test]
fn a_changed_job_moves_in_every_order_as_a_rebuild_places_it() {
    let mut store = fixture_store();
    let mut index = ViewIndex::build(&store, &seconds);
    let views: Vec<JobView> = SortOrder::ALL
        .iter()
        .map(|sort| JobView {
            sort: *sort,
            ..JobView::all()
        })
        .collect();
    for v in &views {
        ids_of(&mut index, &store, v); // every order built before the changes
    }
    let ids: Vec<JobId> = store.iter().map(|j| j.id.clone()).step_by(7).collect();
    for (i, id) in ids.iter().enumerate() {
        match i % 3 {
            0 => {
                store.remove(id);
            }
            1 => {
                let mut job = store.job(id).unwrap().clone();
                store.remove(id);
                job.created_at = Some(format!("2027-01-01T00:00:{:02}Z", i % 60));
                job.rating = Some(5);
                job.model_slug = Some("new model".into());
                job.status = JobStatus::Other("odd".into());
                store.insert(job);
            }
            _ => {
                let mut job = store.job(id).unwrap().clone();
                job.id = format!("{id}-copy");
                job.clip_seconds = Some(99.0);
                store.insert(job.clone());
                index.update(&store, &job.id, &seconds);
            }
        }
        index.update(&store, id, &seconds);
    }
    let mut fresh = ViewIndex::build(&store, &seconds);
    assert_eq!(index.len(), store.len());
    for v in &views {
        let kept = ids_of(&mut index, &store, v);
        assert_eq!(kept, ids_of(&mut fresh, &store, v), "{:?}", v.sort);
        assert_eq!(kept.0 as usize, store.len());
    }
}

#[test]
fn windows_and_positions_agree() {
    let store = fixture_store();
    let mut index = ViewIndex::build(&store, &seconds);
    let folders = store.folders();
    let known: HashSet<&str> = folders.iter().map(|f| f.id.as_str()).collect();
    let view = JobView {
        sort: SortOrder::Storyboard,
        place: ViewPlace::Named(NamedPlace::Unfiled),
        ..JobView::all()
    };
    let (total, all) = index.query(&view, &known, None);
    assert!(total > 20 && all.len() == total as usize);
    let (_, window) = index.query(
        &JobView {
            offset: 10,
            limit: 5,
            ..view.clone()
        },
        &known,
        None,
    );
    assert_eq!(window, all[10..15]);
    let at = index.position(&view, &known, None, &all[12]);
    assert_eq!(at, Some(12));
    let hidden = JobView {
        hidden: vec![all[3].clone()],
        ..view.clone()
    };
    assert_eq!(index.position(&hidden, &known, None, &all[12]), Some(11));
    assert_eq!(index.position(&hidden, &known, None, &all[3]), None);
    let capped = index.query(
        &JobView {
            limit: 100_000,
            ..JobView::all()
        },
        &known,
        None,
    );
    assert_eq!(capped.1.len(), MAX_VIEW_LIMIT.min(capped.0) as usize);
}

/// The search over the haystack of prompts finds what the rule finds job by job, and it
/// follows a prompt that changes, a job that comes and one that goes.
#[test]
fn the_haystack_finds_what_the_rule_finds_job_by_job() {
    let mut store = fixture_store();
    let mut index = ViewIndex::build(&store, &seconds);
    let texts = [
        "red fox",
        "RED",
        "猫",
        "東京",
        "straße",
        "οδος",
        "σοφιας",
        "job-00",
        "4k",
        "İstanbul",
        "i̇stanbul",
        "5k",
        "sea  at",
        "%",
        "été",
        "a",
        "nothing like it",
    ];
    let check = |index: &mut ViewIndex, store: &Store| {
        for text in texts {
            let needle = Needle::new(text).unwrap();
            let hits = index.search(store, &needle);
            assert_eq!(hits, index.search_jobs(store, &needle), "{text}");
        }
    };
    check(&mut index, &store);
    let fox = |index: &mut ViewIndex, store: &Store| {
        let hits = index.search(store, &Needle::new("a blue heron").unwrap());
        hits.iter().filter(|h| **h).count()
    };
    assert_eq!(fox(&mut index, &store), 0);
    // A prompt changes: the old words no longer find the job, the new ones do.
    let mut job = store.remove("job-0001").unwrap();
    job.prompt = Some("A Blue Heron wading".into());
    store.insert(job);
    index.update(&store, "job-0001", &seconds);
    assert_eq!(fox(&mut index, &store), 1);
    check(&mut index, &store);
    // A status change keeps the haystack (same slot, same prompt).
    let mut job = store.remove("job-0002").unwrap();
    job.status = JobStatus::Failed;
    store.insert(job);
    index.update(&store, "job-0002", &seconds);
    assert!(index.haystack.is_some(), "kept through a status change");
    // A job goes.
    store.remove("job-0001");
    index.update(&store, "job-0001", &seconds);
    assert_eq!(fox(&mut index, &store), 0);
    check(&mut index, &store);
}

/// The prompt index's answer is only where the search starts: the jobs it may not hold
/// as memory does (changed since it was written) and the prompts it may fold unlike JS
/// are checked by the rule, and so is every id.
#[test]
fn a_search_from_the_prompt_index_checks_what_the_index_may_miss() {
    let store = fixture_store();
    let mut index = ViewIndex::build(&store, &seconds);
    for text in ["red fox", "i̇stanbul", "5k", "οδος", "job-00", "東京"] {
        let needle = Needle::new(text).unwrap();
        let memory = index.search(&store, &needle);
        let matching: Vec<JobId> = store
            .iter()
            .filter(|j| needle.matches(j.prompt.as_deref(), &j.id))
            .map(|j| j.id.clone())
            .collect();
        assert!(!matching.is_empty(), "{text}");
        // An index that found nothing, every match changed since it was written.
        let unsure: HashSet<JobId> = matching.iter().cloned().collect();
        assert_eq!(
            index.search_from(&store, &needle, &[], &unsure),
            memory,
            "{text}"
        );
        // An index that found every match: the same.
        let found = index.search_from(&store, &needle, &matching, &HashSet::new());
        assert_eq!(found, memory, "{text}");
        // Candidates that do not match are left out.
        let all: Vec<JobId> = store.iter().map(|j| j.id.clone()).collect();
        assert_eq!(
            index.search_from(&store, &needle, &all, &HashSet::new()),
            memory
        );
    }
    // Nothing found, nothing unsure: only the prompts folded unlike JS and the ids remain.
    let needle = Needle::new("i̇stanbul").unwrap();
    let hits = index.search_from(&store, &needle, &[], &HashSet::new());
    assert_eq!(
        hits,
        index.search(&store, &needle),
        "İ lowercases to two characters"
    );
}

/// The prompt index (FTS5 trigram, the bundled SQLite) folds every cased character as JS
/// lowercases it but those [`folds_unlike_js`] sets aside: a prompt holding none of them is
/// found by the index for any text the UI's rule finds in it. (A new SQLite or Rust whose
/// tables differ fails here, naming the characters.)
#[test]
fn the_prompt_index_folds_like_js_but_for_the_characters_set_aside() {
    let conn = rusqlite::Connection::open_in_memory().unwrap();
    conn.execute_batch("CREATE VIRTUAL TABLE t USING fts5(p, tokenize = 'trigram')")
        .unwrap();
    let cased: Vec<(char, String)> = (0x80u32..=0x10FFFF)
        .filter_map(char::from_u32)
        .map(|c| (c, format!("x{c}y")))
        .filter(|(_, p)| p.to_lowercase() != *p)
        .collect();
    assert!(cased.len() > 1_000, "{}", cased.len());
    let mut insert = conn
        .prepare("INSERT INTO t(rowid, p) VALUES (?1, ?2)")
        .unwrap();
    for (i, (_, p)) in cased.iter().enumerate() {
        insert.execute(rusqlite::params![i as i64, p]).unwrap();
    }
    let mut find = conn
        .prepare("SELECT count(*) FROM t WHERE t MATCH ?1 AND rowid = ?2")
        .unwrap();
    let mut unlike = Vec::new();
    for (i, (c, p)) in cased.iter().enumerate() {
        let q = format!("\"{}\"", p.to_lowercase());
        let n: i64 = find
            .query_row(rusqlite::params![q, i as i64], |r| r.get(0))
            .unwrap();
        if n == 0 {
            unlike.push(*c);
        }
    }
    let missed: Vec<String> = unlike
        .iter()
        .filter(|c| !folds_unlike_js(&c.to_string()))
        .map(|c| format!("U+{:04X}", *c as u32))
        .collect();
    assert!(
        missed.is_empty(),
        "folded unlike JS, not set aside: {missed:?}"
    );
    assert!(unlike.len() > 100, "the index does fold some unlike JS");
    let aside = cased
        .iter()
        .filter(|(c, _)| folds_unlike_js(&c.to_string()))
        .count();
    assert!(
        aside < unlike.len() + 60,
        "few set aside beyond those: {aside}"
    );
    // Σ at a word's end lowercases to ς in JS, not in one character's fold.
    assert!(folds_unlike_js("ΟΔΟΣ"));
}
