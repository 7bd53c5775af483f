//! What the clips cost: credits spent today, this week, and per folder.
//!
//! A job costs its `credits_charged`, or nothing when the server refunded it
//! (`credits_refunded: true`, as a failed job's answer says); a job whose charge is not
//! known yet (just started, before its first status answer) counts nothing until it is. A
//! job was paid for when it was created (`created_at`; else the last change the app saw).
//! A clip that left the library (removed, deleted) was paid for all the same: its charge
//! ([`Paid`], kept by the store) still counts today and this week, as the server's record
//! of charges does; the library's own figures (all clips, unfiled, folders) lose it.
//!
//! Days and weeks are the creator's: the local calendar date of each job in the time zone
//! given (the shell passes `chrono::Local`), so a day is a day whether it has 23, 24 or 25
//! hours; the week begins on the weekday given (the shell passes Monday, ISO 8601's week).
//! A job stamped after now (a server clock ahead of this one) counts as today. Pure: the
//! jobs, a clock and a time zone in, the figures out.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveTime, TimeDelta, TimeZone, Utc, Weekday};
use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use crate::model::{FolderId, Job, JobId};

/// What a clip that left the library was charged, and when: today's and this week's
/// credits keep it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paid {
    pub job_id: JobId,
    /// When it was paid for (RFC 3339): the job's `created_at`, else its last change.
    pub at: String,
    pub credits: u32,
}

impl Paid {
    /// The charge of `job` as it leaves the library; `None` when it cost nothing.
    pub fn of(job: &Job) -> Option<Paid> {
        let credits = job_cost(job);
        (credits > 0).then(|| Paid {
            job_id: job.id.clone(),
            at: job
                .created_at
                .clone()
                .unwrap_or_else(|| job.updated_at.clone()),
            credits,
        })
    }
}

/// Clips and what they cost, for one place (all clips, unfiled, a folder).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct PlaceSpending {
    /// Cards there (every status, as the folder list counts them).
    pub clips: u32,
    /// Credits they cost, refunds taken off.
    pub credits: u32,
}

/// One folder's clips and credits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct FolderSpending {
    pub folder_id: FolderId,
    pub clips: u32,
    pub credits: u32,
}

/// The credits spent, as the generate form and the folders show them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct Spending {
    /// Since the start of today (local time).
    pub today: u32,
    /// Since the start of this week (local time).
    pub week: u32,
    /// Every clip in the library.
    pub all: PlaceSpending,
    /// Clips in no folder (or in one that no longer exists).
    pub unfiled: PlaceSpending,
    /// Folders holding clips, by id.
    pub folders: Vec<FolderSpending>,
    /// When "today" ends (RFC 3339, UTC): the figures change then with no job changing.
    pub day_ends_at: String,
    /// The first day of this week (`YYYY-MM-DD`, local).
    pub week_from: String,
}

/// What one job cost: its charge, nothing when refunded or not known yet.
pub fn job_cost(job: &Job) -> u32 {
    if job.credits_refunded == Some(true) {
        0
    } else {
        job.credits_charged.unwrap_or(0)
    }
}

/// The credits `jobs` cost at `now` (its time zone decides the days), the week beginning on
/// `week_starts`, with the charges of clips no longer in the library (`paid`) in today's
/// and this week's; `is_folder` tells a folder that exists (clips in another count as
/// unfiled, as the folder list shows them).
pub fn spending<'a, Tz: TimeZone>(
    jobs: impl IntoIterator<Item = &'a Job>,
    paid: &[Paid],
    now: &DateTime<Tz>,
    week_starts: Weekday,
    is_folder: impl Fn(&str) -> bool,
) -> Spending {
    let tz = now.timezone();
    let today = now.date_naive();
    let week_from = week_start(today, week_starts);
    let mut out = Spending {
        today: 0,
        week: 0,
        all: PlaceSpending::default(),
        unfiled: PlaceSpending::default(),
        folders: Vec::new(),
        day_ends_at: day_start(today + Days::new(1), &tz)
            .with_timezone(&Utc)
            .to_rfc3339(),
        week_from: week_from.format("%Y-%m-%d").to_string(),
    };
    let mut folders: BTreeMap<&str, PlaceSpending> = BTreeMap::new();
    for job in jobs {
        let cost = job_cost(job);
        let place = match job.folder_id.as_deref().filter(|f| is_folder(f)) {
            Some(id) => folders.entry(id).or_default(),
            None => &mut out.unfiled,
        };
        add(place, cost);
        add(&mut out.all, cost);
        if cost == 0 {
            continue;
        }
        let stamp = job.created_at.as_deref().unwrap_or(&job.updated_at);
        out.count_day(local_day(stamp, &tz), cost, today, week_from);
    }
    for p in paid {
        out.count_day(local_day(&p.at, &tz), p.credits, today, week_from);
    }
    out.folders = folders
        .into_iter()
        .map(|(id, p)| FolderSpending {
            folder_id: id.to_string(),
            clips: p.clips,
            credits: p.credits,
        })
        .collect();
    out
}

impl Spending {
    /// `cost` paid on `day`, into today's and this week's figures.
    fn count_day(
        &mut self,
        day: Option<NaiveDate>,
        cost: u32,
        today: NaiveDate,
        week_from: NaiveDate,
    ) {
        let Some(day) = day else {
            return;
        };
        if day >= today {
            self.today = self.today.saturating_add(cost);
        }
        if day >= week_from {
            self.week = self.week.saturating_add(cost);
        }
    }
}

fn add(place: &mut PlaceSpending, cost: u32) {
    place.clips = place.clips.saturating_add(1);
    place.credits = place.credits.saturating_add(cost);
}

/// The local date of an RFC 3339 stamp.
fn local_day<Tz: TimeZone>(stamp: &str, tz: &Tz) -> Option<NaiveDate> {
    let at = DateTime::parse_from_rfc3339(stamp.trim()).ok()?;
    Some(at.with_timezone(tz).date_naive())
}

/// The first day of the week `day` is in.
fn week_start(day: NaiveDate, starts: Weekday) -> NaiveDate {
    let back = (7 + day.weekday().num_days_from_monday() - starts.num_days_from_monday()) % 7;
    day - Days::new(u64::from(back))
}

/// The first moment of `day`: midnight, or — where a clock change skips midnight — the
/// first local time that exists after it.
fn day_start<Tz: TimeZone>(day: NaiveDate, tz: &Tz) -> DateTime<Tz> {
    let midnight = day.and_time(NaiveTime::MIN);
    (0..=48)
        .map(|step| midnight + TimeDelta::minutes(15 * step))
        .find_map(|local| tz.from_local_datetime(&local).earliest())
        .unwrap_or_else(|| tz.from_utc_datetime(&midnight))
}

#[cfg(test)]
mod tests;
