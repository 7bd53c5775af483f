//! Saving a snapshot as the rows that changed since the last save, in one transaction.
//!
//! [`Written`] keeps, per row, a digest of what was last written (the load fills it from
//! the rows as they are on disk). A save serialises each job, compares its digest, and
//! upserts only the changed ones; rows whose job, folder or record vanished are deleted.
//! One job's status change writes that job's row and its index entries (a few pages), not
//! the library. The digests are updated only once the transaction is committed, so a
//! failed save is simply tried again whole.

use std::collections::{HashMap, HashSet};
use std::hash::Hasher;
use std::sync::Arc;

use rusqlite::{params, Connection, TransactionBehavior};
use serde::Serialize;

use super::super::persist::{PersistError, StoreImage};
use crate::model::Job;

/// What the database holds, as digests of the rows last written (or read).
#[derive(Debug, Default)]
pub(super) struct Written {
    /// Job id → its row as last written (or read).
    pub jobs: HashMap<String, Saved>,
    /// By position.
    pub folders: Vec<u64>,
    pub merges: Vec<u64>,
    pub notified: HashSet<String>,
    /// (seq, id), in order.
    pub removed: Vec<(i64, String)>,
    /// `state` rows: name → digest.
    pub state: HashMap<&'static str, u64>,
}

/// A job's row as last written: the digest of its `body`, and the job itself when the
/// store shares it (a save that meets the same `Arc` again skips the job unread).
#[derive(Debug, Clone)]
pub(super) struct Saved {
    pub digest: u64,
    pub job: Option<Arc<Job>>,
}

impl Saved {
    pub(super) fn digest(digest: u64) -> Saved {
        Saved { digest, job: None }
    }
}

impl Written {
    /// The store shares these jobs as they are in the database (just read): remember them,
    /// so that the next save skips every one the store has not changed since.
    pub(super) fn share(&mut self, jobs: &[Arc<Job>]) {
        for job in jobs {
            if let Some(saved) = self.jobs.get_mut(&job.id) {
                saved.job = Some(job.clone());
            }
        }
    }
}

/// A digest of a row's text: std's hasher with its fixed keys (the same for the life of
/// the process, which is as long as a digest lives: the load computes them afresh).
pub(super) fn digest(bytes: &[u8]) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    h.write(bytes);
    h.write_usize(bytes.len());
    h.finish()
}

/// `created_at` as the view sorts it: UTC with microseconds (text order is time order);
/// `None` when absent or not a date.
pub(super) fn sort_date(job: &Job) -> Option<String> {
    let at = chrono::DateTime::parse_from_rfc3339(job.created_at.as_deref()?).ok()?;
    Some(
        at.with_timezone(&chrono::Utc)
            .to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
    )
}

const UPSERT_JOB: &str =
    "INSERT INTO jobs (id, created_at, folder_id, status, model_slug, prompt, body)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
ON CONFLICT(id) DO UPDATE SET created_at = excluded.created_at, folder_id = excluded.folder_id,
    status = excluded.status, model_slug = excluded.model_slug, prompt = excluded.prompt,
    body = excluded.body";

/// Update a row whose job as last written is known (`old`): its `body`, and only those of
/// the view's columns that changed. An upsert sets every column, and SQLite then rewrites
/// each index's entry: a status change wrote 6 WAL frames of 4 KB that way at 100,000
/// jobs, against 3 (the row, the status index and their parent pages).
fn update_row(tx: &Connection, old: &Job, job: &Job, body: &str) -> rusqlite::Result<usize> {
    use rusqlite::types::Value;
    /// A view column, as a job gives it.
    type Column = (&'static str, fn(&Job) -> Option<String>);
    const COLUMNS: [Column; 5] = [
        ("created_at", sort_date),
        ("folder_id", |j| j.folder_id.clone()),
        ("status", |j| Some(j.status.as_str().to_string())),
        ("model_slug", |j| j.model_slug.clone()),
        ("prompt", |j| j.prompt.as_deref().map(str::to_string)),
    ];
    let mut sql = String::from("UPDATE jobs SET body = ?1");
    let mut values = vec![Value::Text(body.to_string())];
    for (column, value) in COLUMNS {
        let after = value(job);
        if value(old) != after {
            values.push(after.map_or(Value::Null, Value::Text));
            sql.push_str(&format!(", {column} = ?{}", values.len()));
        }
    }
    values.push(Value::Text(job.id.clone()));
    sql.push_str(&format!(" WHERE id = ?{}", values.len()));
    tx.prepare_cached(&sql)?
        .execute(rusqlite::params_from_iter(values))
}

/// How many rows a save wrote (upserted or deleted).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct SaveCount {
    pub jobs: usize,
    pub other: usize,
}

/// Write what changed in `image` since `w`, in one transaction; `w` follows on commit.
/// `share`: remember the image's jobs (they are the store's), so that the next save skips
/// the ones still the same `Arc` without serialising them.
pub(super) fn save(
    conn: &mut Connection,
    w: &mut Written,
    image: &StoreImage,
    share: bool,
) -> Result<SaveCount, SaveError> {
    let snap = &image.rest;
    let mut count = SaveCount::default();
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;

    // Jobs: the first of each id (as the store keeps it), written oldest first so that the
    // jobs new in this save get `seq` in their order, newest highest.
    let mut seen: HashSet<&str> = HashSet::with_capacity(image.jobs.len());
    let firsts: Vec<&Arc<Job>> = image
        .jobs
        .iter()
        .filter(|j| seen.insert(j.id.as_str()))
        .collect();
    // (id, digest, the job when it is to be remembered): rows written, and rows found
    // unchanged by their digest that were not yet known as this `Arc`.
    let mut job_digests: Vec<(String, u64, Option<Arc<Job>>)> = Vec::new();
    let mut written_jobs = 0;
    {
        let mut upsert = tx.prepare_cached(UPSERT_JOB)?;
        let mut body = Vec::with_capacity(1024);
        for job in firsts.iter().rev() {
            let saved = w.jobs.get(&job.id);
            if saved
                .and_then(|s| s.job.as_ref())
                .is_some_and(|s| Arc::ptr_eq(s, job))
            {
                continue;
            }
            body.clear();
            serde_json::to_writer(&mut body, &***job)?;
            let d = digest(&body);
            let shared = share.then(|| Arc::clone(job));
            if saved.map(|s| s.digest) == Some(d) {
                if shared.is_some() {
                    job_digests.push((job.id.clone(), d, shared));
                }
                continue;
            }
            let text =
                std::str::from_utf8(&body).map_err(|e| PersistError::Backend(e.to_string()))?;
            match saved.and_then(|s| s.job.as_deref()) {
                Some(old) => update_row(&tx, old, job, text)?,
                None => upsert.execute(params![
                    job.id,
                    sort_date(job),
                    job.folder_id,
                    job.status.as_str(),
                    job.model_slug,
                    job.prompt,
                    text
                ])?,
            };
            job_digests.push((job.id.clone(), d, shared));
            written_jobs += 1;
        }
    }
    let gone: Vec<String> = w
        .jobs
        .keys()
        .filter(|id| !seen.contains(id.as_str()))
        .cloned()
        .collect();
    {
        let mut delete = tx.prepare_cached("DELETE FROM jobs WHERE id = ?1")?;
        for id in &gone {
            delete.execute([id])?;
        }
    }
    count.jobs = written_jobs + gone.len();

    let (folders, n) = save_list(&tx, "folders", &snap.folders, |f| &f.id, &w.folders)?;
    count.other += n;
    let (merges, n) = save_list(&tx, "merges", &snap.merges, |m| &m.id, &w.merges)?;
    count.other += n;

    // Notified: a set.
    let new_notified: HashSet<&str> = snap.notified.iter().map(String::as_str).collect();
    let added: Vec<&str> = new_notified
        .iter()
        .copied()
        .filter(|id| !w.notified.contains(*id))
        .collect();
    let dropped: Vec<String> = w
        .notified
        .iter()
        .filter(|id| !new_notified.contains(id.as_str()))
        .cloned()
        .collect();
    for id in &added {
        tx.prepare_cached("INSERT OR IGNORE INTO notified (id) VALUES (?1)")
            .and_then(|mut s| s.execute([id]))?;
    }
    for id in &dropped {
        tx.prepare_cached("DELETE FROM notified WHERE id = ?1")
            .and_then(|mut s| s.execute([id]))?;
    }
    count.other += added.len() + dropped.len();

    // Removed: kept rows keep their seq; the new list is the old one with some rows left
    // out and some added at the end (whatever the change, the order comes out right).
    let (removed, n) = save_removed(&tx, &w.removed, &snap.removed)?;
    count.other += n;

    // The estimates, the queue and the charges of clips gone: one row each.
    let mut state = Vec::new();
    for (name, body) in [
        ("eta", serde_json::to_string(&snap.eta)?),
        ("queue", serde_json::to_string(&snap.queue)?),
        ("paid", serde_json::to_string(&snap.paid)?),
    ] {
        let d = digest(body.as_bytes());
        if w.state.get(name) != Some(&d) {
            tx.prepare_cached("INSERT OR REPLACE INTO state (name, body) VALUES (?1, ?2)")
                .and_then(|mut s| s.execute(params![name, body]))?;
            count.other += 1;
        }
        state.push((name, d));
    }

    tx.commit()?;

    w.jobs.extend(
        job_digests
            .into_iter()
            .map(|(id, digest, job)| (id, Saved { digest, job })),
    );
    for id in &gone {
        w.jobs.remove(id);
    }
    w.folders = folders;
    w.merges = merges;
    for id in dropped {
        w.notified.remove(&id);
    }
    w.notified.extend(added.into_iter().map(str::to_string));
    w.removed = removed;
    w.state.extend(state);
    Ok(count)
}

/// A list kept by position: rows whose item changed are replaced, rows past the new end
/// deleted. Answers the new digests and how many rows were written.
fn save_list<T: Serialize>(
    tx: &Connection,
    table: &str,
    items: &[T],
    id: impl Fn(&T) -> &String,
    written: &[u64],
) -> Result<(Vec<u64>, usize), SaveError> {
    let mut digests = Vec::with_capacity(items.len());
    let mut n = 0;
    for (pos, item) in items.iter().enumerate() {
        let body = serde_json::to_string(item)?;
        let d = digest(body.as_bytes());
        if written.get(pos) != Some(&d) {
            tx.prepare_cached(&format!(
                "INSERT OR REPLACE INTO {table} (pos, id, body) VALUES (?1, ?2, ?3)"
            ))
            .and_then(|mut s| s.execute(params![pos as i64, id(item), body]))?;
            n += 1;
        }
        digests.push(d);
    }
    if written.len() > items.len() {
        n += tx.execute(
            &format!("DELETE FROM {table} WHERE pos >= ?1"),
            [items.len() as i64],
        )?;
    }
    Ok((digests, n))
}

fn save_removed(
    tx: &Connection,
    old: &[(i64, String)],
    new: &[String],
) -> Result<(Vec<(i64, String)>, usize), SaveError> {
    let mut kept = Vec::with_capacity(new.len());
    let mut n = 0;
    let mut j = 0;
    for (seq, id) in old {
        if new.get(j) == Some(id) {
            kept.push((*seq, id.clone()));
            j += 1;
        } else {
            tx.prepare_cached("DELETE FROM removed WHERE seq = ?1")
                .and_then(|mut s| s.execute([seq]))?;
            n += 1;
        }
    }
    let first = old.iter().map(|(s, _)| s + 1).max().unwrap_or(0);
    for (seq, id) in (first..).zip(&new[j..]) {
        tx.prepare_cached("INSERT INTO removed (seq, id) VALUES (?1, ?2)")
            .and_then(|mut s| s.execute(params![seq, id]))?;
        kept.push((seq, id.clone()));
        n += 1;
    }
    Ok((kept, n))
}

pub(crate) fn backend(e: rusqlite::Error) -> PersistError {
    PersistError::Backend(e.to_string())
}

/// Why a save failed: SQLite's own error, kept so that the caller can tell damage in the
/// file from anything else, or another.
#[derive(Debug)]
pub(super) enum SaveError {
    Sql(rusqlite::Error),
    Other(PersistError),
}

impl SaveError {
    /// SQLite found the file damaged while writing it.
    pub(super) fn is_damage(&self) -> bool {
        matches!(self, SaveError::Sql(e) if super::damage::is_damage(e))
    }
}

impl From<rusqlite::Error> for SaveError {
    fn from(e: rusqlite::Error) -> SaveError {
        SaveError::Sql(e)
    }
}

impl From<serde_json::Error> for SaveError {
    fn from(e: serde_json::Error) -> SaveError {
        SaveError::Other(e.into())
    }
}

impl From<PersistError> for SaveError {
    fn from(e: PersistError) -> SaveError {
        SaveError::Other(e)
    }
}

impl From<SaveError> for PersistError {
    fn from(e: SaveError) -> PersistError {
        match e {
            SaveError::Sql(e) => backend(e),
            SaveError::Other(e) => e,
        }
    }
}
