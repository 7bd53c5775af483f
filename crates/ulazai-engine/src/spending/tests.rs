use chrono::{FixedOffset, MappedLocalTime, NaiveDateTime, Offset};

use super::*;
use crate::model::{GenerateParams, JobStatus};

/// A job created at `at` (RFC 3339) that cost `charged`.
fn job(id: &str, at: &str, charged: Option<u32>, refunded: Option<bool>) -> Job {
    let params = GenerateParams {
        model_slug: "veo31_fast".into(),
        prompt: id.into(),
        ..Default::default()
    };
    Job {
        credits_charged: charged,
        credits_refunded: refunded,
        status: JobStatus::Completed,
        ..Job::started(id, &params, at)
    }
}

fn in_folder(mut j: Job, folder: &str) -> Job {
    j.folder_id = Some(folder.into());
    j
}

fn at<Tz: TimeZone>(tz: &Tz, rfc3339: &str) -> DateTime<Tz> {
    DateTime::parse_from_rfc3339(rfc3339)
        .unwrap()
        .with_timezone(tz)
}

fn any_folder(_: &str) -> bool {
    true
}

#[test]
fn a_refunded_job_costs_nothing_and_an_unknown_charge_counts_nothing_yet() {
    let now = "2026-12-06T12:00:00Z";
    assert_eq!(job_cost(&job("a", now, Some(100), None)), 100);
    assert_eq!(job_cost(&job("b", now, Some(100), Some(false))), 100);
    assert_eq!(job_cost(&job("c", now, Some(100), Some(true))), 0);
    // The failed answer carries only the refund: the charge seen earlier is given back.
    assert_eq!(job_cost(&job("d", now, None, Some(true))), 0);
    assert_eq!(job_cost(&job("e", now, None, None)), 0, "not known yet");
}

#[test]
fn today_this_week_and_per_folder_with_refunds_taken_off() {
    let utc = Utc;
    // Wednesday 9 December 2026, noon.
    let now = at(&utc, "2026-12-09T12:00:00Z");
    let jobs = [
        job("today", "2026-12-09T08:00:00Z", Some(100), None),
        in_folder(
            job(
                "today-refunded",
                "2026-12-09T09:00:00Z",
                Some(250),
                Some(true),
            ),
            "f1",
        ),
        in_folder(job("monday", "2026-12-07T00:00:00Z", Some(70), None), "f1"),
        in_folder(job("sunday", "2026-12-06T23:59:59Z", Some(50), None), "f2"),
        in_folder(
            job("gone-folder", "2026-11-01T10:00:00Z", Some(10), None),
            "gone",
        ),
        job("unknown-date", "not a date", Some(5), None),
    ];
    let s = spending(&jobs, &[], &now, Weekday::Mon, |f| f != "gone");
    assert_eq!(s.today, 100);
    assert_eq!(s.week, 170, "Monday counts, Sunday is last week");
    assert_eq!(s.week_from, "2026-12-07");
    assert_eq!(s.day_ends_at, "2026-12-10T00:00:00+00:00");
    assert_eq!(
        s.all,
        PlaceSpending {
            clips: 6,
            credits: 235
        }
    );
    assert_eq!(
        s.unfiled,
        PlaceSpending {
            clips: 3,
            credits: 115
        },
        "a folder that no longer exists is unfiled"
    );
    assert_eq!(
        s.folders,
        vec![
            FolderSpending {
                folder_id: "f1".into(),
                clips: 2,
                credits: 70
            },
            FolderSpending {
                folder_id: "f2".into(),
                clips: 1,
                credits: 50
            },
        ]
    );
    // A week that starts on Sunday takes Sunday in.
    let sunday_weeks = spending(&jobs, &[], &now, Weekday::Sun, any_folder);
    assert_eq!(sunday_weeks.week, 220);
    assert_eq!(sunday_weeks.week_from, "2026-12-06");
}

#[test]
fn days_and_weeks_are_the_local_ones() {
    // Tokyo, no daylight saving: Monday 7 December 2026, 00:30 local is Sunday 15:30 UTC.
    let tokyo = FixedOffset::east_opt(9 * 3600).unwrap();
    let now = at(&tokyo, "2026-12-07T00:30:00+09:00");
    let jobs = [
        // Monday 00:10 in Tokyo, still Sunday in UTC: today, and this week.
        job("local-monday", "2026-12-06T15:10:00Z", Some(100), None),
        // Sunday 23:50 in Tokyo: yesterday, and last week (weeks start on Monday).
        job("local-sunday", "2026-12-06T14:50:00Z", Some(40), None),
    ];
    let s = spending(&jobs, &[], &now, Weekday::Mon, any_folder);
    assert_eq!((s.today, s.week), (100, 100));
    assert_eq!(s.week_from, "2026-12-07");
    assert_eq!(
        s.day_ends_at, "2026-12-07T15:00:00+00:00",
        "Tokyo's midnight"
    );
}

#[test]
fn a_job_stamped_after_now_counts_as_today() {
    let now = at(&Utc, "2026-12-09T23:59:59Z");
    let jobs = [job("ahead", "2026-12-10T00:00:02Z", Some(100), None)];
    let s = spending(&jobs, &[], &now, Weekday::Mon, any_folder);
    assert_eq!((s.today, s.week), (100, 100));
}

/// A test time zone: two offsets and the rule that picks one for each UTC instant.
trait Rule: Copy + std::fmt::Debug {
    /// Both offsets (seconds east of UTC), the earlier instant's first where a local time
    /// happens twice.
    const OFFSETS: [i32; 2];
    fn offset_at(utc: &NaiveDateTime) -> FixedOffset;
}

#[derive(Debug, Clone, Copy)]
struct Zone<R>(std::marker::PhantomData<R>);

impl<R: Rule> TimeZone for Zone<R> {
    type Offset = FixedOffset;
    fn from_offset(_: &FixedOffset) -> Self {
        Zone(std::marker::PhantomData)
    }
    fn offset_from_local_date(&self, local: &NaiveDate) -> MappedLocalTime<FixedOffset> {
        self.offset_from_local_datetime(&local.and_time(NaiveTime::MIN))
    }
    fn offset_from_local_datetime(&self, local: &NaiveDateTime) -> MappedLocalTime<FixedOffset> {
        let fits: Vec<FixedOffset> = R::OFFSETS
            .into_iter()
            .map(|secs| FixedOffset::east_opt(secs).unwrap())
            .filter(|o| {
                R::offset_at(&(*local - TimeDelta::seconds(o.fix().local_minus_utc().into()))) == *o
            })
            .collect();
        match fits[..] {
            [] => MappedLocalTime::None,
            [o] => MappedLocalTime::Single(o),
            [a, b, ..] => MappedLocalTime::Ambiguous(a, b),
        }
    }
    fn offset_from_utc_date(&self, utc: &NaiveDate) -> FixedOffset {
        R::offset_at(&utc.and_time(NaiveTime::MIN))
    }
    fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> FixedOffset {
        R::offset_at(utc)
    }
}

/// Central European time in 2026, as the tz database has it: CET (+1), CEST (+2) from
/// 29 March 01:00 UTC to 25 October 01:00 UTC.
#[derive(Debug, Clone, Copy)]
struct Berlin2026;

impl Rule for Berlin2026 {
    const OFFSETS: [i32; 2] = [2 * 3600, 3600];
    fn offset_at(utc: &NaiveDateTime) -> FixedOffset {
        let from = NaiveDate::from_ymd_opt(2026, 3, 29)
            .unwrap()
            .and_hms_opt(1, 0, 0)
            .unwrap();
        let to = NaiveDate::from_ymd_opt(2026, 10, 25)
            .unwrap()
            .and_hms_opt(1, 0, 0)
            .unwrap();
        let hours = if (from..to).contains(utc) { 2 } else { 1 };
        FixedOffset::east_opt(hours * 3600).unwrap()
    }
}

const BERLIN: Zone<Berlin2026> = Zone(std::marker::PhantomData);

#[test]
fn the_test_zone_is_berlins() {
    let tz = BERLIN;
    assert_eq!(
        at(&tz, "2026-03-29T00:59:59Z").to_rfc3339(),
        "2026-03-29T01:59:59+01:00"
    );
    assert_eq!(
        at(&tz, "2026-03-29T01:00:00Z").to_rfc3339(),
        "2026-03-29T03:00:00+02:00"
    );
    let gap = NaiveDate::from_ymd_opt(2026, 3, 29)
        .unwrap()
        .and_hms_opt(2, 30, 0)
        .unwrap();
    assert!(tz.from_local_datetime(&gap).earliest().is_none());
    let twice = NaiveDate::from_ymd_opt(2026, 10, 25)
        .unwrap()
        .and_hms_opt(2, 30, 0)
        .unwrap();
    assert!(matches!(
        tz.from_local_datetime(&twice),
        MappedLocalTime::Ambiguous(..)
    ));
}

#[test]
fn a_23_hour_day_begins_at_local_midnight() {
    // Sunday 29 March 2026 in Berlin: clocks go forward at 02:00, the day has 23 hours.
    let tz = BERLIN;
    let now = at(&tz, "2026-03-29T23:30:00+02:00");
    let jobs = [
        // 00:10 local on the 29th (+01:00): today, 22 h 20 min ago.
        job("after-midnight", "2026-03-28T23:10:00Z", Some(100), None),
        // 23:50 local on the 28th: yesterday, though only 22 h 40 min ago (a "last 24
        // hours" rule would count it).
        job("before-midnight", "2026-03-28T22:50:00Z", Some(40), None),
    ];
    let s = spending(&jobs, &[], &now, Weekday::Mon, any_folder);
    assert_eq!(s.today, 100);
    assert_eq!(s.week, 140, "both in the week of Monday 23 March");
    assert_eq!(s.week_from, "2026-03-23");
    assert_eq!(
        s.day_ends_at, "2026-03-29T22:00:00+00:00",
        "midnight, summer time"
    );
}

#[test]
fn a_25_hour_day_begins_at_local_midnight() {
    // Sunday 25 October 2026 in Berlin: clocks go back at 03:00, the day has 25 hours.
    let tz = BERLIN;
    let now = at(&tz, "2026-10-25T23:50:00+01:00");
    let jobs = [
        // 00:10 local on the 25th (+02:00): today, though 24 h 40 min ago.
        job("after-midnight", "2026-10-24T22:10:00Z", Some(100), None),
        // 23:50 local on the 24th: yesterday.
        job("before-midnight", "2026-10-24T21:50:00Z", Some(40), None),
    ];
    let s = spending(&jobs, &[], &now, Weekday::Mon, any_folder);
    assert_eq!(s.today, 100);
    assert_eq!(
        s.day_ends_at, "2026-10-25T23:00:00+00:00",
        "midnight, winter time"
    );
    // The next day's first minutes are tomorrow's.
    let monday = at(&tz, "2026-10-26T00:05:00+01:00");
    let s = spending(&jobs, &[], &monday, Weekday::Mon, any_folder);
    assert_eq!((s.today, s.week), (0, 0), "a new day and a new week");
    assert_eq!(s.week_from, "2026-10-26");
}

#[test]
fn a_day_whose_midnight_is_skipped_begins_at_its_first_minute() {
    // A zone that moves its clocks from 00:00 to 01:00 (as some have): the day begins 01:00.
    #[derive(Debug, Clone, Copy)]
    struct Skips;
    impl Rule for Skips {
        const OFFSETS: [i32; 2] = [-2 * 3600, -3 * 3600];
        fn offset_at(utc: &NaiveDateTime) -> FixedOffset {
            // From 2026-11-01 00:00 local (-03:00, 03:00 UTC) on, -02:00.
            let change = NaiveDate::from_ymd_opt(2026, 11, 1)
                .unwrap()
                .and_hms_opt(3, 0, 0)
                .unwrap();
            let hours = if *utc >= change { 2 } else { 3 };
            FixedOffset::west_opt(hours * 3600).unwrap()
        }
    }
    let now = at(
        &Zone::<Skips>(std::marker::PhantomData),
        "2026-10-31T12:00:00-03:00",
    );
    let s = spending(
        std::iter::empty::<&Job>(),
        &[],
        &now,
        Weekday::Mon,
        any_folder,
    );
    // 01:00 local (-02:00) on 1 November is 03:00 UTC.
    assert_eq!(s.day_ends_at, "2026-11-01T03:00:00+00:00");
}
