//! What the library's clips cost, as the creator sees it: the jobs the store holds, read
//! under its lock (no copy of the library), through the pure `crate::spending`.

use chrono::{DateTime, TimeZone, Weekday};

use super::Engine;
use crate::spending::{spending, Spending};

impl Engine {
    /// Credits spent today, this week (beginning on `week_starts`) and per folder, the days
    /// those of `now`'s time zone.
    pub fn spending<Tz: TimeZone>(&self, now: &DateTime<Tz>, week_starts: Weekday) -> Spending {
        self.inner.hub.read(|s| {
            spending(s.iter(), s.paid(), now, week_starts, |f| {
                s.folder(f).is_some()
            })
        })
    }
}
