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
    let Some((sql, args)) = statement(query, newest_first, limit) else {
        return Ok(Vec::new());
    };
    let mut stmt = conn.prepare(&sql)?;
    #[allow(clippy::let_and_return)] // the rows borrow `stmt`: collected before it goes
    let ids = stmt
        .query_map(rusqlite::params_from_iter(args.iter()), |r| r.get(0))?
        .collect();
    ids
}

/// The query for `query`'s terms and its arguments; `None`: no term.
///
/// With a long term the prompt index drives the loop (`jobs_fts` joined to `jobs` by row
/// id): its rows stream, so a `LIMIT` stops the search after that many matches. Written as
/// `seq IN (SELECT rowid FROM jobs_fts ...)`, SQLite first gathered every match of the index
/// into a list: 86 ms for a word in 100,000 prompts, when the engine wanted 1,000 of them.
fn statement(query: &str, newest_first: bool, limit: usize) -> Option<(String, Vec<String>)> {
    let terms: Vec<&str> = query.split_whitespace().collect();
    if terms.is_empty() {
        return None;
    }
    let (long, short): (Vec<&str>, Vec<&str>) =
        terms.into_iter().partition(|t| t.chars().count() >= 3);
    let mut args: Vec<String> = Vec::new();
    let mut sql = if long.is_empty() {
        String::from("SELECT j.id FROM jobs j WHERE 1")
    } else {
        let phrases: Vec<String> = long
            .iter()
            .map(|t| format!("\"{}\"", t.replace('"', "\"\"")))
            .collect();
        args.push(phrases.join(" AND "));
        String::from(
            "SELECT j.id FROM jobs_fts f JOIN jobs j ON j.seq = f.rowid WHERE jobs_fts MATCH ?",
        )
    };
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
    Some((sql, args))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `n` jobs whose prompts all hold "harbour", in a database of this build's schema.
    fn library(n: usize) -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        super::super::schema::bring_up(&conn).unwrap();
        let mut insert = conn
            .prepare(
                "INSERT INTO jobs (id, created_at, status, prompt, body)
                 VALUES (?1, ?2, 'completed', ?3, '{}')",
            )
            .unwrap();
        for i in 0..n {
            let prompt = format!("Take {i}: a harbour at dusk, gulls over the water");
            insert
                .execute(rusqlite::params![
                    format!("job-{i}"),
                    format!("{i:08}"),
                    prompt
                ])
                .unwrap();
        }
        drop(insert);
        conn
    }

    /// The virtual machine steps SQLite took to answer `query`, and the answer's length.
    fn steps(conn: &Connection, query: &str, limit: usize) -> (i32, usize) {
        let (sql, args) = statement(query, false, limit).unwrap();
        let mut stmt = conn.prepare(&sql).unwrap();
        let n = stmt
            .query_map(rusqlite::params_from_iter(args.iter()), |r| {
                r.get::<_, String>(0)
            })
            .unwrap()
            .count();
        (stmt.get_status(rusqlite::StatementStatus::VmStep), n)
    }

    #[test]
    fn a_limited_search_stops_at_its_limit_however_many_prompts_match() {
        let conn = library(20_000);
        let (few, n) = steps(&conn, "harbour", 100);
        assert_eq!(n, 100);
        let (all, n) = steps(&conn, "harbour", 20_000);
        assert_eq!(n, 20_000);
        // Reading every match takes about 200 times the steps of reading 100 of them when
        // the index's rows stream; gathered into a list first, both read all 20,000.
        assert!(
            few * 20 < all,
            "100 of 20,000 matches took {few} steps, all of them {all}"
        );
        // A short term beside a long one still narrows the same stream.
        let (_, n) = steps(&conn, "harbour 7", 10_000);
        assert_eq!(n, 10_000.min(conn_count(&conn, "%7%")));
    }

    fn conn_count(conn: &Connection, like: &str) -> usize {
        conn.query_row(
            "SELECT count(*) FROM jobs WHERE prompt LIKE ?1",
            [like],
            |r| r.get::<_, i64>(0),
        )
        .unwrap() as usize
    }
}
