//! Stacking takes, as the UI's `ui/src/lib/takes.ts` has it (`groupShots`, `pickCover`,
//! `gridEntries`), over a view's jobs in order; the creator's recent prompts
//! (`promptHistory` of `ui/src/lib/reuse.ts`) and a shot's takes (`takePlace`'s list).
//! The parity fixture holds both sides to the same answers.

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::order::{cmp_utf16, time_of};
use super::query::{JobViewIds, StackCard, Stacking};
use crate::model::{ClipFlag, Job, JobOrigin, JobStatus};

/// The shot a job belongs to (`shotId`): its shot, else itself.
pub fn shot_of(job: &Job) -> &str {
    job.shot.as_deref().unwrap_or(&job.id)
}

/// `coverOrder`: which of two takes makes the better cover (`Less`: `a`). A pick, then
/// one not rejected, then more stars, then a completed one (the first to finish), then
/// the newest. Stamps JS cannot read count as -∞, as `Date.parse`'s NaN does there.
pub fn cover_order(a: &Job, b: &Job) -> Ordering {
    let rank = |j: &Job| -> [f64; 6] {
        let time = |s: Option<&str>| time_of(s).map_or(f64::NEG_INFINITY, |t| t as f64);
        let completed = j.status == JobStatus::Completed;
        [
            f64::from(u8::from(j.flag == Some(ClipFlag::Pick))),
            f64::from(u8::from(j.flag != Some(ClipFlag::Reject))),
            f64::from(j.rating.unwrap_or(0)),
            f64::from(u8::from(completed)),
            if completed {
                -time(j.completed_at.as_deref().or(j.created_at.as_deref()))
            } else {
                0.0
            },
            time(j.created_at.as_deref()),
        ]
    };
    let (ra, rb) = (rank(a), rank(b));
    for (x, y) in ra.iter().zip(&rb) {
        if x != y {
            return if y > x {
                Ordering::Greater
            } else {
                Ordering::Less
            };
        }
    }
    Ordering::Equal
}

/// The view's cards: `view` its jobs in order (id and shot); `job` finds a job's body
/// (read only for the takes of shots with two or more). Without `stacking`, a card a job.
pub fn stack_cards<'a>(
    view: &[(Arc<str>, Arc<str>)],
    stacking: Option<&Stacking>,
    job: &dyn Fn(&str) -> Option<&'a Job>,
) -> JobViewIds {
    let total = u32::try_from(view.len()).unwrap_or(u32::MAX);
    let Some(stacking) = stacking else {
        return JobViewIds {
            total,
            cards: total,
            ids: view.iter().map(|(id, _)| id.to_string()).collect(),
            ..JobViewIds::default()
        };
    };
    // Each shot where its first take is in the view; its takes in the view's order.
    let mut shots: Vec<(&Arc<str>, Vec<&Arc<str>>)> = Vec::new();
    let mut at: HashMap<&str, usize> = HashMap::new();
    for (id, shot) in view {
        match at.get(&**shot) {
            Some(i) => shots[*i].1.push(id),
            None => {
                at.insert(shot, shots.len());
                shots.push((shot, vec![id]));
            }
        }
    }
    let open: HashSet<&str> = stacking.expanded.iter().map(String::as_str).collect();
    let mut out = JobViewIds {
        total,
        ids: Vec::with_capacity(shots.len()),
        ..JobViewIds::default()
    };
    for (shot, takes) in shots {
        if takes.len() < 2 {
            out.ids.push(takes[0].to_string());
            continue;
        }
        // `pickCover`: the first of equals in the view's order.
        let mut cover = takes[0];
        for t in &takes[1..] {
            if let (Some(a), Some(b)) = (job(t), job(cover)) {
                if cover_order(a, b) == Ordering::Less {
                    cover = t;
                }
            }
        }
        let is_open = open.contains(&**shot);
        out.stacks.push(StackCard {
            at: u32::try_from(out.ids.len()).unwrap_or(u32::MAX),
            shot: shot.to_string(),
            cover: cover.to_string(),
            takes: u32::try_from(takes.len()).unwrap_or(u32::MAX),
            open: is_open,
        });
        if is_open {
            out.ids.extend(takes.iter().map(|t| t.to_string()));
        } else {
            out.ids.push(cover.to_string());
            let rest = takes.iter().filter(|t| !Arc::ptr_eq(t, cover));
            out.covered.extend(rest.map(|t| t.to_string()));
        }
    }
    out.cards = u32::try_from(out.ids.len()).unwrap_or(u32::MAX);
    out
}

/// `promptHistory`: the creator's recent prompts (`newest_first`: every job, newest
/// first), each once (without outer spaces), those holding every word of `query` (case
/// aside); merges skipped. A job this app started offers the prompt it sent.
pub fn prompt_history<'a>(
    newest_first: impl Iterator<Item = &'a Job>,
    query: &str,
    limit: usize,
) -> Vec<String> {
    let js_space = |c: char| (c.is_whitespace() && c != '\u{85}') || c == '\u{feff}';
    let query = query.to_lowercase();
    let words: Vec<&str> = query.split(js_space).filter(|w| !w.is_empty()).collect();
    let mut seen: HashSet<&str> = HashSet::new();
    let mut out = Vec::new();
    if limit == 0 {
        return out;
    }
    for job in newest_first {
        if matches!(job.origin, JobOrigin::Merge | JobOrigin::LocalMerge) {
            continue;
        }
        let text = match &job.params {
            Some(p) => &p.prompt,
            None => job.prompt.as_deref().unwrap_or(""),
        };
        let text = super::js_trim(text);
        if text.is_empty() || !seen.insert(text) {
            continue;
        }
        if !words.is_empty() {
            let lower = text.to_lowercase();
            if !words.iter().all(|w| lower.contains(w)) {
                continue;
            }
        }
        out.push(text.to_string());
        if out.len() >= limit {
            break;
        }
    }
    out
}

/// Every job of `shot`, oldest first (created, then id): the list `takePlace` reads.
pub fn shot_takes<'a>(jobs: impl Iterator<Item = &'a Job>, shot: &str) -> Vec<&'a Job> {
    let mut takes: Vec<&Job> = jobs.filter(|j| shot_of(j) == shot).collect();
    takes.sort_by(|a, b| {
        let t = |j: &Job| time_of(j.created_at.as_deref());
        t(a).cmp(&t(b)).then_with(|| cmp_utf16(&a.id, &b.id))
    });
    takes
}
