//! Prompt search over the FTS5 index (`jobs_fts`, tokenizer `trigram`: see `schema`).
//!
//! The query is split at white space; every term must occur in the prompt (any case). A
//! term of three or more characters is looked up in the index as a phrase — a whole word,
//! the start of one, or a run of characters in any language; a shorter one ("4k", "猫")
//! cannot be (the index holds three-character runs) and is matched with `LIKE`.

use rusqlite::Connection;

use crate::model::JobId;

/// Ids of the jobs whose prompt holds every term of `query`, newest first, at most `limit`.
/// An empty query finds nothing.
pub(super) fn prompts(
    conn: &Connection,
    query: &str,
    limit: usize,
) -> rusqlite::Result<Vec<JobId>> {
    select(conn, query, true, limit)
}

/// [`prompts`] in no particular order (the grid's view orders them itself): at most
/// `at_most`, found without reading every match.
pub(super) fn candidates(
    conn: &Connection,
    query: &str,
    at_most: usize,
) -> rusqlite::Result<Vec<JobId>> {
    select(conn, query, false, at_most)
}

fn select(
    conn: &Connection,
    query: &str,
    newest_first: bool,
    limit: usize,
) -> rusqlite::Result<Vec<JobId>> {
    let terms: Vec<&str> = query.split_whitespace().collect();
    if terms.is_empty() {
        return Ok(Vec::new());
    }
    let (long, short): (Vec<&str>, Vec<&str>) =
        terms.into_iter().partition(|t| t.chars().count() >= 3);
    let mut sql = String::from("SELECT j.id FROM jobs j WHERE 1");
    let mut args: Vec<String> = Vec::new();
    if !long.is_empty() {
        sql.push_str(" AND j.seq IN (SELECT rowid FROM jobs_fts WHERE jobs_fts MATCH ?)");
        let phrases: Vec<String> = long
            .iter()
            .map(|t| format!("\"{}\"", t.replace('"', "\"\"")))
            .collect();
        args.push(phrases.join(" AND "));
    }
    for t in short {
        sql.push_str(" AND j.prompt LIKE ? ESCAPE '\\'");
        let escaped = t
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        args.push(format!("%{escaped}%"));
    }
    if newest_first {
        sql.push_str(" ORDER BY j.created_at DESC, j.seq DESC");
    }
    sql.push_str(&format!(" LIMIT {}", limit.min(i64::MAX as usize)));
    let mut stmt = conn.prepare(&sql)?;
    #[allow(clippy::let_and_return)] // the rows borrow `stmt`: collected before it goes
    let ids = stmt
        .query_map(rusqlite::params_from_iter(args.iter()), |r| r.get(0))?
        .collect();
    ids
}
