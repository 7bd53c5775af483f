//! Property tests of the move from `jobs.json` (the store of earlier versions) into the
//! job database (`SqlitePersist`): any snapshot the JSON code can write — hostile text,
//! duplicate ids, any status, dates or none, a queue — reads back, through the migration,
//! as the same jobs (the first of each id, as the store keeps them, in order), folders,
//! merges, queue, estimates, removed ids and notified set; and so again at the next start,
//! which removes the `jobs.json.migrated` kept beside the database. A damaged `jobs.json`
//! moves in as exactly what the JSON code salvages of it.

use crate::support::props;

use std::collections::{BTreeSet, HashSet};
use std::path::Path;

use props::check;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use ulazai_engine::model::{
    ClipFlag, Folder, GenerateParams, Job, JobStatus, MergeRecord, StoryboardPlace,
};
use ulazai_engine::queue::{QueueItem, QueueItemState, QueueSnapshot};
use ulazai_engine::store::{
    JsonFilePersist, Persist, Snapshot, SqlitePersist, Store, SNAPSHOT_VERSION,
};

const CASES: u32 = 48;

fn fail(msg: String) -> TestCaseError {
    TestCaseError::fail(msg)
}

fn status() -> impl Strategy<Value = JobStatus> {
    prop_oneof![
        Just(JobStatus::Pending),
        Just(JobStatus::Processing),
        Just(JobStatus::Completed),
        Just(JobStatus::Failed),
        props::nasty_text().prop_map(|s| JobStatus::parse(&s)),
    ]
}

fn date() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        (0u32..3600).prop_map(|s| Some(format!("2025-03-01T10:{:02}:{:02}Z", s / 60, s % 60))),
        (0u32..3600).prop_map(|s| Some(format!(
            "2025-03-01T12:{:02}:{:02}.5+02:00",
            s / 60,
            s % 60
        ))),
        props::nasty_text().prop_map(Some),
    ]
}

fn job() -> impl Strategy<Value = Job> {
    (
        0u8..24,
        status(),
        proptest::option::of(props::nasty_text()),
        date(),
        proptest::option::of(prop_oneof!["f[0-3]", props::nasty_text()]),
        any::<Option<u32>>(),
        // The creator's own marks and a list line: local fields that must migrate too.
        (
            proptest::option::of(prop_oneof![Just(ClipFlag::Pick), Just(ClipFlag::Reject)]),
            proptest::option::of(1u8..=5),
            proptest::option::of((proptest::option::of(props::nasty_text()), 1u32..500)),
        ),
    )
        .prop_map(
            |(id, status, prompt, created_at, folder_id, credits, marks)| {
                let mut j = Job::server_merge(
                    &format!("job-{id}"),
                    &["a".into(), "b".into()],
                    folder_id,
                    "2025-01-01T00:00:00Z",
                );
                j.status = status;
                j.prompt = prompt.map(Into::into);
                j.created_at = created_at;
                j.credits_charged = credits;
                j.provider_meta = Some(serde_json::json!({"duration": 8.25, "q": "1080p"}).into());
                let (flag, rating, place) = marks;
                j.flag = flag;
                j.rating = rating;
                j.storyboard = place.map(|(list, line)| StoryboardPlace { list, line });
                j
            },
        )
}

fn folder() -> impl Strategy<Value = Folder> {
    ("f[0-3]", props::nasty_text()).prop_map(|(id, name)| Folder {
        id,
        name,
        remote_id: None,
        created_at: "2025-01-01T00:00:00Z".into(),
    })
}

fn merge() -> impl Strategy<Value = MergeRecord> {
    ("m[0-2]", prop::collection::vec("job-[0-9]{1,2}", 0..4)).prop_map(|(id, sources)| {
        MergeRecord {
            id,
            source_job_ids: sources,
            output_job_id: Some("job-1".into()),
            created_at: "2025-01-02T00:00:00Z".into(),
        }
    })
}

fn queue() -> impl Strategy<Value = QueueSnapshot> {
    prop::collection::vec((props::nasty_text(), 1u32..5), 0..4).prop_map(|items| QueueSnapshot {
        items: items
            .into_iter()
            .enumerate()
            .map(|(i, (prompt, count))| QueueItem {
                id: format!("q-{i}"),
                state: QueueItemState::Planned,
                params: GenerateParams {
                    model_slug: "veo31_fast".into(),
                    prompt: prompt.into(),
                    count,
                    ..Default::default()
                },
                folder_id: None,
                source: Some("storyboard.csv, line 4".into()),
                place: Some(StoryboardPlace {
                    list: Some("storyboard.csv".into()),
                    line: 4,
                }),
                take_of: None,
                added_at: "2025-01-01T00:00:00Z".into(),
                sent_at: None,
                error: None,
                error_text: None,
            })
            .collect(),
        ..Default::default()
    })
}

fn snapshot() -> impl Strategy<Value = Snapshot> {
    (
        prop::collection::vec(job(), 0..20),
        prop::collection::vec(folder(), 0..4),
        prop::collection::vec(merge(), 0..3),
        prop::collection::vec(prop_oneof!["job-[0-9]{1,2}", props::nasty_text()], 0..6),
        prop::collection::vec(prop_oneof!["job-[0-9]{1,2}", props::nasty_text()], 0..6),
        queue(),
    )
        .prop_map(
            |(jobs, folders, merges, notified, removed, queue)| Snapshot {
                version: SNAPSHOT_VERSION,
                jobs,
                folders,
                merges,
                notified,
                removed,
                queue,
                ..Default::default()
            },
        )
}

/// The first job of each id, in order: what the store keeps of a snapshot.
fn firsts(jobs: &[Job]) -> Vec<Job> {
    let mut seen = HashSet::new();
    jobs.iter()
        .filter(|j| seen.insert(j.id.clone()))
        .cloned()
        .collect()
}

/// `db` holds what `json` held, part by part.
fn same(json: &Snapshot, db: &Snapshot) -> Result<(), TestCaseError> {
    let parts = [
        ("jobs", firsts(&json.jobs) == db.jobs),
        ("folders", json.folders == db.folders),
        ("merges", json.merges == db.merges),
        ("removed", json.removed == db.removed),
        ("queue", json.queue == db.queue),
        ("eta", json.eta == db.eta),
        (
            "notified",
            json.notified.iter().collect::<BTreeSet<_>>() == db.notified.iter().collect(),
        ),
        (
            "the store built from it",
            Store::from_snapshot(json.clone()).snapshot()
                == Store::from_snapshot(db.clone()).snapshot(),
        ),
    ];
    match parts.iter().find(|(_, ok)| !ok) {
        None => Ok(()),
        Some((what, _)) => Err(fail(format!(
            "{what} differ:\n json: {json:?}\n db:   {db:?}"
        ))),
    }
}

fn migrate(dir: &Path) -> Result<Snapshot, TestCaseError> {
    let p = SqlitePersist::new(dir.join("jobs.db")).migrating_from(dir.join("jobs.json"));
    p.load()
        .map_err(|e| fail(format!("migration failed: {e}")))?
        .ok_or_else(|| fail("the migration read nothing".into()))
}

#[test]
fn any_jobs_json_moves_into_the_database_unchanged() {
    check(CASES, snapshot(), |snap| {
        let dir = tempfile::tempdir().unwrap();
        let json = dir.path().join("jobs.json");
        JsonFilePersist::new(&json).save(&snap).unwrap();
        let read = JsonFilePersist::new(&json).load().unwrap().unwrap();
        same(&read, &migrate(dir.path())?)?;
        if json.exists() || !dir.path().join("jobs.json.migrated").exists() {
            return Err(fail("jobs.json was not kept aside as .migrated".into()));
        }
        // The next start: the same library, and the old file goes.
        same(&read, &migrate(dir.path())?)?;
        if dir.path().join("jobs.json.migrated").exists() {
            return Err(fail("jobs.json.migrated outlived the second start".into()));
        }
        Ok(())
    });
}

#[test]
fn a_damaged_jobs_json_moves_in_as_what_its_salvage_keeps() {
    check(
        CASES / 2,
        (snapshot(), any::<usize>(), 1u8..=255),
        |(snap, at, mask)| {
            let text = serde_json::to_vec(&snap).unwrap();
            let mut damaged = text.clone();
            let at = at % damaged.len();
            if mask % 2 == 0 {
                damaged.truncate(at);
            } else {
                damaged[at] ^= mask;
            }
            // What the JSON code makes of it, in a folder of its own.
            let alone = tempfile::tempdir().unwrap();
            std::fs::write(alone.path().join("jobs.json"), &damaged).unwrap();
            let expected = match JsonFilePersist::new(alone.path().join("jobs.json")).load() {
                Ok(s) => s.unwrap_or_default(),
                Err(_) => return Ok(()), // refused (claims a newer version): tested elsewhere
            };
            let dir = tempfile::tempdir().unwrap();
            std::fs::write(dir.path().join("jobs.json"), &damaged).unwrap();
            let p = SqlitePersist::new(dir.path().join("jobs.db"))
                .migrating_from(dir.path().join("jobs.json"));
            let got = p
                .load()
                .map_err(|e| fail(format!("migration failed: {e}")))?
                .unwrap_or_default();
            same(&expected, &got)
        },
    );
}
