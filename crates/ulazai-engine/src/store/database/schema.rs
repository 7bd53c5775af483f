//! The database's tables, the connection's settings, and the steps that bring a database
//! of an older schema up to this build's ([`SCHEMA_VERSION`], kept in `PRAGMA
//! user_version`).
//!
//! - `jobs`: one row per job; `body` is the job as JSON (so a new field of `Job` needs no
//!   schema change), beside it the columns a view filters and sorts on (`created_at` as UTC
//!   with microseconds, so text order is time order; `folder_id`, `status`, `model_slug`,
//!   `prompt`). `seq` (an `INTEGER PRIMARY KEY`: stable across `VACUUM`) orders the jobs
//!   written in one save and keys the prompt index.
//! - `jobs_fts`: FTS5 over the prompts, an external-content index kept in step by
//!   triggers. Tokenizer `trigram` (case-folded): it matches any substring of three or
//!   more characters, so one index answers whole words, word prefixes and text in
//!   languages written without spaces (Japanese, Chinese, Thai), where `unicode61` would
//!   see a whole sentence as one token and find nothing inside it. Shorter terms are
//!   matched with `LIKE` (see `search`).
//! - `folders` and `merges` by position (their order is the creator's), `notified` (a
//!   set), `removed` (in order, by `seq`), and `state`: one row each for the poll
//!   scheduler's estimates (`eta`) and the render queue (`queue`).

use rusqlite::Connection;

/// The schema this build writes.
pub const SCHEMA_VERSION: u32 = 1;

const V1: &str = "
CREATE TABLE jobs (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    created_at TEXT,
    folder_id TEXT,
    status TEXT NOT NULL,
    model_slug TEXT,
    prompt TEXT,
    body TEXT NOT NULL
);
CREATE INDEX jobs_by_created ON jobs(created_at);
CREATE INDEX jobs_by_folder ON jobs(folder_id, created_at);
CREATE INDEX jobs_by_status ON jobs(status, created_at);
CREATE INDEX jobs_by_model ON jobs(model_slug, created_at);
CREATE VIRTUAL TABLE jobs_fts USING fts5(
    prompt, content = 'jobs', content_rowid = 'seq', tokenize = 'trigram'
);
CREATE TRIGGER jobs_fts_insert AFTER INSERT ON jobs BEGIN
    INSERT INTO jobs_fts(rowid, prompt) VALUES (new.seq, new.prompt);
END;
CREATE TRIGGER jobs_fts_delete AFTER DELETE ON jobs BEGIN
    INSERT INTO jobs_fts(jobs_fts, rowid, prompt) VALUES ('delete', old.seq, old.prompt);
END;
CREATE TRIGGER jobs_fts_update AFTER UPDATE OF prompt ON jobs
WHEN old.prompt IS NOT new.prompt BEGIN
    INSERT INTO jobs_fts(jobs_fts, rowid, prompt) VALUES ('delete', old.seq, old.prompt);
    INSERT INTO jobs_fts(rowid, prompt) VALUES (new.seq, new.prompt);
END;
CREATE TABLE folders (pos INTEGER PRIMARY KEY, id TEXT NOT NULL, body TEXT NOT NULL);
CREATE TABLE merges (pos INTEGER PRIMARY KEY, id TEXT NOT NULL, body TEXT NOT NULL);
CREATE TABLE notified (id TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE removed (seq INTEGER PRIMARY KEY, id TEXT NOT NULL);
CREATE TABLE state (name TEXT PRIMARY KEY, body TEXT NOT NULL) WITHOUT ROWID;
";

/// The steps from each older schema to the next, in order: `STEPS[n]` takes a database of
/// version `n` to `n + 1`.
pub(super) const STEPS: &[&str] = &[V1];

/// One writer's settings: WAL (readers — the test kit, a later view query — never block
/// the writer), `synchronous=FULL` (see the module doc of `database`), a patient lock.
pub(crate) fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        tracing::warn!(mode, "a database could not use WAL");
    }
    conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = OFF;")
}

/// The database's schema version (`PRAGMA user_version`).
pub(crate) fn version(conn: &Connection) -> rusqlite::Result<u32> {
    conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))
        .map(|v| u32::try_from(v).unwrap_or(u32::MAX))
}

/// Bring the schema up to [`SCHEMA_VERSION`], each step in its own transaction with the
/// version it reaches. The caller has refused a newer database before.
pub(super) fn bring_up(conn: &Connection) -> rusqlite::Result<()> {
    bring_up_steps(conn, STEPS)
}

/// [`bring_up`] through another database's `steps` (`steps[n]` takes version `n` to
/// `n + 1`).
pub(crate) fn bring_up_steps(conn: &Connection, steps: &[&str]) -> rusqlite::Result<()> {
    let mut at = version(conn)? as usize;
    while at < steps.len() {
        let tx = conn.unchecked_transaction()?;
        tx.execute_batch(steps[at])?;
        tx.execute_batch(&format!("PRAGMA user_version = {}", at + 1))?;
        tx.commit()?;
        at += 1;
    }
    Ok(())
}
