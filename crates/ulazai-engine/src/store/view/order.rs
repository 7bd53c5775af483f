//! The grid's sort orders, as the UI has them (`ui/src/lib/sort.ts`, `compareJobs` in
//! `ui/src/lib/jobs-core.ts`): each a total order (ties end on the id), so any sort gives
//! the same list. A [`Row`] holds what the orders and filters read of one job.

use std::cmp::Ordering;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use crate::model::{ClipFlag, Job, JobStatus};

/// The grid's orders, named as the UI's `SORT_ORDERS` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub enum SortOrder {
    /// Newest first (the UI's `compareJobs`).
    #[default]
    Newest,
    Oldest,
    /// An imported list's line order; clips from no list after, newest first.
    Storyboard,
    /// Each model together (by name), newest first within; no model last.
    Model,
    /// Longest clip first; unknown lengths last.
    Length,
    /// Most stars first; unrated last.
    Rating,
}

impl SortOrder {
    pub const ALL: [SortOrder; 6] = [
        SortOrder::Newest,
        SortOrder::Oldest,
        SortOrder::Storyboard,
        SortOrder::Model,
        SortOrder::Length,
        SortOrder::Rating,
    ];

    pub(super) fn index(self) -> usize {
        self as usize
    }
}

/// A job's status as the filters tell them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Status {
    Pending,
    Processing,
    Completed,
    Failed,
    /// Anything else the server said.
    Other,
}

/// What the orders and the filters read of one job.
#[derive(Debug, Clone)]
pub(super) struct Row {
    /// The job's id (shared with the index's look-up table).
    pub id: Arc<str>,
    /// Its shot (`shotId`: its own id when it has none).
    pub shot: Arc<str>,
    /// `compareJobs`' key: `created_at`, else `updated_at`, else 0 (ms since 1970).
    pub time: i64,
    pub folder: Option<Arc<str>>,
    pub status: Status,
    /// `model_slug` (the model filter and the model list).
    pub model: Option<Arc<str>>,
    /// `model_slug`, else the one this app asked for (the model order).
    pub sort_model: Option<Arc<str>>,
    pub storyboard: Option<(Option<Arc<str>>, u32)>,
    pub flag: Option<ClipFlag>,
    pub rating: Option<u8>,
    /// The clip's length when known and above zero.
    pub seconds: Option<f64>,
}

impl Row {
    /// `seconds`: the job's `clip_seconds` as it leaves the engine; `name`: one shared copy
    /// of a folder id, model or list name.
    pub fn of(job: &Job, seconds: Option<f64>, name: &mut dyn FnMut(&str) -> Arc<str>) -> Row {
        let status = match job.status {
            JobStatus::Pending => Status::Pending,
            JobStatus::Processing => Status::Processing,
            JobStatus::Completed => Status::Completed,
            JobStatus::Failed => Status::Failed,
            JobStatus::Other(_) => Status::Other,
        };
        let sort_model = job
            .model_slug
            .as_deref()
            .or(job.params.as_ref().map(|p| p.model_slug.as_str()));
        let id: Arc<str> = Arc::from(job.id.as_str());
        Row {
            shot: job.shot.as_deref().map_or_else(|| id.clone(), &mut *name),
            id,
            time: time_of(job.created_at.as_deref())
                .or_else(|| time_of(Some(&job.updated_at)))
                .unwrap_or(0),
            folder: job.folder_id.as_deref().map(&mut *name),
            status,
            model: job.model_slug.as_deref().map(&mut *name),
            sort_model: sort_model.map(&mut *name),
            storyboard: job
                .storyboard
                .as_ref()
                .map(|s| (s.list.as_deref().map(&mut *name), s.line)),
            flag: job.flag,
            rating: job.rating,
            seconds: seconds.filter(|s| s.is_finite() && *s > 0.0),
        }
    }
}

/// A stamp as the UI's `parseTime` reads it (`Date.parse`), in ms: RFC 3339 (what the
/// server and the engine write) or a bare date (midnight UTC). `Date.parse` also reads
/// other forms (a date-time without offset in local time, "Jan 1 2025"…) that this does
/// not: no stamp the engine keeps has them.
pub(super) fn time_of(s: Option<&str>) -> Option<i64> {
    let s = s.filter(|s| !s.is_empty())?;
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s) {
        return Some(t.timestamp_millis());
    }
    let date = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()?;
    (s.len() == 10).then(|| {
        date.and_time(chrono::NaiveTime::MIN)
            .and_utc()
            .timestamp_millis()
    })
}

/// Two rows in `order`.
pub(super) fn compare(order: SortOrder, a: &Row, b: &Row) -> Ordering {
    match order {
        SortOrder::Newest => newest(a, b),
        SortOrder::Oldest => newest(b, a),
        SortOrder::Storyboard => storyboard(a, b),
        SortOrder::Model => by_model(a, b),
        SortOrder::Length => descending(a.seconds, b.seconds).then_with(|| newest(a, b)),
        SortOrder::Rating => {
            descending(a.rating.map(f64::from), b.rating.map(f64::from)).then_with(|| newest(a, b))
        }
    }
}

/// `compareJobs`: newest first, ties by id (the larger first, in UTF-16 order as JS compares).
fn newest(a: &Row, b: &Row) -> Ordering {
    b.time.cmp(&a.time).then_with(|| cmp_utf16(&b.id, &a.id))
}

/// `descending`: highest first, rows without a value after those with one.
fn descending(x: Option<f64>, y: Option<f64>) -> Ordering {
    match (x, y) {
        (Some(x), Some(y)) => y.partial_cmp(&x).unwrap_or(Ordering::Equal),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

fn storyboard(a: &Row, b: &Row) -> Ordering {
    let (p, q) = match (&a.storyboard, &b.storyboard) {
        (Some(p), Some(q)) => (p, q),
        (Some(_), None) => return Ordering::Less,
        (None, Some(_)) => return Ordering::Greater,
        (None, None) => return newest(a, b),
    };
    let lists = match (&p.0, &q.0) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Less,
        (Some(_), None) => Ordering::Greater,
        (Some(x), Some(y)) if x == y => Ordering::Equal,
        (Some(x), Some(y)) => compare_names(x, y),
    };
    lists.then_with(|| p.1.cmp(&q.1)).then_with(|| newest(b, a))
}

fn by_model(a: &Row, b: &Row) -> Ordering {
    let names = match (&a.sort_model, &b.sort_model) {
        (Some(x), Some(y)) if x == y => Ordering::Equal,
        (Some(x), Some(y)) => compare_names(x, y),
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Greater,
        (Some(_), None) => Ordering::Less,
    };
    names.then_with(|| newest(a, b))
}

/// Names in natural order, the one rule the engine and the UI's `compareNames` share:
/// a run of ASCII digits is one number ("shots 2" before "shots 10"; leading zeros do not
/// count); other characters one by one, spaces and punctuation before digits before
/// letters (any alphabetic or numeric character), letters by their lowercase form (case
/// does not tell names apart). A name that is the start of another comes first. It stands
/// in for `Intl.Collator(numeric, base)`, which Rust cannot reproduce: both agree on names
/// of ASCII letters, digits and spaces; unlike the collator, accents count ("é" is not
/// "e") and punctuation goes by code point.
pub fn compare_names(a: &str, b: &str) -> Ordering {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    let (mut i, mut j) = (0, 0);
    loop {
        let (Some(c), Some(d)) = (a[i..].chars().next(), b[j..].chars().next()) else {
            return (i < x.len()).cmp(&(j < y.len()));
        };
        if c.is_ascii_digit() && d.is_ascii_digit() {
            let m = digits(&x[i..]);
            let n = digits(&y[j..]);
            let (p, q) = (strip_zeros(m), strip_zeros(n));
            let o = p.len().cmp(&q.len()).then_with(|| p.cmp(q));
            if o != Ordering::Equal {
                return o;
            }
            i += m.len();
            j += n.len();
            continue;
        }
        let o = rank(c)
            .cmp(&rank(d))
            .then_with(|| c.to_lowercase().cmp(d.to_lowercase()));
        if o != Ordering::Equal {
            return o;
        }
        i += c.len_utf8();
        j += d.len_utf8();
    }
}

fn digits(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| b.is_ascii_digit()).count();
    &s[..n]
}

fn strip_zeros(s: &[u8]) -> &[u8] {
    let n = s.iter().take_while(|b| **b == b'0').count();
    &s[n..]
}

/// Spaces and punctuation, then ASCII digits, then letters and other numerals.
fn rank(c: char) -> u8 {
    if c.is_ascii_digit() {
        1
    } else if c.is_alphanumeric() {
        2
    } else {
        0
    }
}

/// Strings in the order JS's `<` gives them (UTF-16 code units).
pub(super) fn cmp_utf16(a: &str, b: &str) -> Ordering {
    if a.is_ascii() && b.is_ascii() {
        return a.cmp(b);
    }
    a.encode_utf16().cmp(b.encode_utf16())
}
