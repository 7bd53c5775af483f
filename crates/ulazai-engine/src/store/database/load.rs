//! Reading the whole database back as a [`Snapshot`], and the digests of what it holds.
//!
//! A row whose JSON cannot be read as what it should be (a job of a shape this build does
//! not know, bytes flipped inside a row that SQLite's own checks cannot see) is left out
//! alone and logged, like one bad job of `jobs.json`; the next save deletes or rewrites
//! it (its digest is one no row has).

use std::collections::{HashMap, HashSet};

use rusqlite::{Connection, Row};
use serde::de::DeserializeOwned;

use super::super::persist::{Snapshot, SNAPSHOT_VERSION};
use super::save::{digest, Saved, Written};

/// A digest no written row has (the row is rewritten or deleted at the next save).
const UNREADABLE: u64 = 0;

/// Everything in the database, newest job first (the order of `seq`, highest first);
/// how many rows could not be read.
pub(super) fn read(conn: &Connection) -> rusqlite::Result<(Snapshot, Written, usize)> {
    let tx = conn.unchecked_transaction()?;
    let mut w = Written::default();
    let mut bad = 0;
    let mut snap = Snapshot {
        version: SNAPSHOT_VERSION,
        ..Snapshot::default()
    };

    let mut stmt = tx.prepare("SELECT id, body FROM jobs ORDER BY seq DESC")?;
    let mut rows = stmt.query([])?;
    let batches = read_jobs(&mut rows)?;
    drop(rows);
    drop(stmt);
    let count = batches.iter().map(Vec::len).sum();
    w.jobs = HashMap::with_capacity(count);
    snap.jobs.reserve(count);
    for (id, job) in batches.into_iter().flatten() {
        match job {
            Some((job, d)) => {
                w.jobs.insert(id, Saved::digest(d));
                snap.jobs.push(job);
            }
            None => {
                bad += 1;
                w.jobs.insert(id, Saved::digest(UNREADABLE));
            }
        }
    }

    (snap.folders, w.folders) = read_list(&tx, "folders", &mut bad)?;
    (snap.merges, w.merges) = read_list(&tx, "merges", &mut bad)?;

    let mut stmt = tx.prepare("SELECT id FROM notified ORDER BY id")?;
    snap.notified = stmt
        .query_map([], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<_>>()?;
    w.notified = snap.notified.iter().cloned().collect::<HashSet<_>>();
    drop(stmt);

    let mut stmt = tx.prepare("SELECT seq, id FROM removed ORDER BY seq")?;
    w.removed = stmt
        .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    snap.removed = w.removed.iter().map(|(_, id)| id.clone()).collect();
    drop(stmt);

    if let Some((eta, d)) = read_state(&tx, "eta", &mut bad)? {
        snap.eta = eta;
        w.state.insert("eta", d);
    }
    if let Some((queue, d)) = read_state(&tx, "queue", &mut bad)? {
        snap.queue = queue;
        w.state.insert("queue", d);
    }
    if let Some((paid, d)) = read_state(&tx, "paid", &mut bad)? {
        snap.paid = paid;
        w.state.insert("paid", d);
    }
    tx.commit()?;
    if bad > 0 {
        tracing::warn!(count = bad, "unreadable rows of the job database skipped");
    }
    Ok((snap, w, bad))
}

/// Rows handed to a parsing thread at a time.
const BATCH: usize = 1_024;

/// Rows for a parsing thread: their ids, and their bodies one after the other in one
/// buffer (`ends[i]`: where body `i` ends). A buffer per row cost an allocation here and a
/// free on the parsing thread for each job: with glibc's arenas, a fifth of a load's time
/// went to `malloc` and `free` (perf, 100,000 jobs).
#[derive(Default)]
struct Batch {
    ids: Vec<String>,
    bodies: Vec<u8>,
    ends: Vec<usize>,
}

impl Batch {
    fn push(&mut self, id: String, body: &[u8]) {
        if self.ids.is_empty() {
            self.ids.reserve(BATCH);
            self.ends.reserve(BATCH);
        }
        self.ids.push(id);
        self.bodies.extend_from_slice(body);
        self.ends.push(self.bodies.len());
    }
}

/// A job row read: its id, and the job with its body's digest (`None`: unreadable).
type JobRow = (String, Option<(crate::model::Job, u64)>);

/// Every row of `rows` (id, body), in their order and in batches, each body parsed as a
/// job. Parsing is most of a load's time (2.5 µs a job against 0.5 µs for SQLite's scan),
/// so this thread scans and hands batches of rows to a parsing thread per core while it
/// reads on.
fn read_jobs(rows: &mut rusqlite::Rows<'_>) -> rusqlite::Result<Vec<Vec<JobRow>>> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
    let (to_parse, batches) = std::sync::mpsc::sync_channel::<(usize, Batch)>(workers * 2);
    let batches = std::sync::Mutex::new(batches);
    std::thread::scope(|scope| {
        let (to_collect, parsed) = std::sync::mpsc::channel();
        for _ in 0..workers {
            let (batches, to_collect) = (&batches, to_collect.clone());
            scope.spawn(move || loop {
                let next = batches.lock().unwrap_or_else(|e| e.into_inner()).recv();
                let Ok((n, batch)) = next else { break };
                let Batch { ids, bodies, ends } = batch;
                let mut start = 0;
                let jobs: Vec<JobRow> = ids
                    .into_iter()
                    .zip(ends)
                    .map(|(id, end)| {
                        let row = parse_job(id, &bodies[start..end]);
                        start = end;
                        row
                    })
                    .collect();
                if to_collect.send((n, jobs)).is_err() {
                    break;
                }
            });
        }
        drop(to_collect);
        let scanned = (|| -> rusqlite::Result<()> {
            let mut batch = Batch::default();
            let mut n = 0;
            while let Some(row) = rows.next()? {
                batch.push(row.get::<_, String>(0)?, bytes(row, 1)?);
                if batch.ids.len() == BATCH {
                    let _ = to_parse.send((n, std::mem::take(&mut batch)));
                    n += 1;
                }
            }
            if !batch.ids.is_empty() {
                let _ = to_parse.send((n, batch));
            }
            Ok(())
        })();
        // The parsing threads end once every batch is taken; their answers, in order.
        drop(to_parse);
        let mut parts: Vec<(usize, Vec<JobRow>)> = parsed.iter().collect();
        scanned?;
        parts.sort_unstable_by_key(|(n, _)| *n);
        Ok(parts.into_iter().map(|(_, jobs)| jobs).collect())
    })
}

/// One job row: its body read as a job of that id, its prompt shared with its parameters.
fn parse_job(id: String, body: &[u8]) -> JobRow {
    let job = match serde_json::from_slice::<crate::model::Job>(body) {
        Ok(mut job) if job.id == id => {
            job.share_prompt();
            Some((job, digest(body)))
        }
        _ => None,
    };
    (id, job)
}

/// A list kept by position. When a row cannot be read, or the positions are not 0, 1, 2…,
/// every digest is one no row has: the next save rewrites the list whole.
fn read_list<T: DeserializeOwned>(
    conn: &Connection,
    table: &str,
    bad: &mut usize,
) -> rusqlite::Result<(Vec<T>, Vec<u64>)> {
    let mut stmt = conn.prepare(&format!("SELECT pos, body FROM {table} ORDER BY pos"))?;
    let mut rows = stmt.query([])?;
    let (mut items, mut digests) = (Vec::new(), Vec::new());
    let mut whole = true;
    let mut last = -1i64;
    while let Some(row) = rows.next()? {
        let pos: i64 = row.get(0)?;
        let body = bytes(row, 1)?;
        whole &= pos == last + 1;
        last = pos;
        match serde_json::from_slice::<T>(body) {
            Ok(item) => items.push(item),
            Err(_) => {
                *bad += 1;
                whole = false;
            }
        }
        digests.push(digest(body));
    }
    if !whole {
        digests = vec![UNREADABLE; usize::try_from(last + 1).unwrap_or(0).max(digests.len())];
    }
    Ok((items, digests))
}

fn read_state<T: DeserializeOwned>(
    conn: &Connection,
    name: &str,
    bad: &mut usize,
) -> rusqlite::Result<Option<(T, u64)>> {
    let mut stmt = conn.prepare_cached("SELECT body FROM state WHERE name = ?1")?;
    let mut rows = stmt.query([name])?;
    let Some(row) = rows.next()? else {
        return Ok(None);
    };
    let body = bytes(row, 0)?;
    match serde_json::from_slice::<T>(body) {
        Ok(v) => Ok(Some((v, digest(body)))),
        Err(_) => {
            *bad += 1;
            Ok(None)
        }
    }
}

/// A text (or blob) column's bytes, borrowed.
fn bytes<'a>(row: &'a Row<'_>, i: usize) -> rusqlite::Result<&'a [u8]> {
    row.get_ref(i)?.as_bytes().map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, Box::new(e))
    })
}
