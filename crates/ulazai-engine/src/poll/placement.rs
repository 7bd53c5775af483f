//! Where a job's next check goes, as a pure function of its age, its model's completion
//! window ([`super::eta`]) and its request credit ([`super::budget`]):
//!
//! 1. **First check** `first_check` (4.5 s) after creation: catches immediate failures.
//!    An answer before 3 s (a read shared with other jobs) does not count as it.
//! 2. **Before the window**: nothing until it opens, or every `before_window` (20 s) when
//!    it opens late (slow models) — a render that fails half-way still surfaces soon.
//! 3. **Inside the window** (`open`–`close`, the 5 %–95 % of recent completions): dense
//!    up to the typical time, where most renders finish, then thinning out (the spacing
//!    grows linearly to twice as wide at `close`: renders are skewed, their slow tail is
//!    thin). How dense: as the job's credit allows, planning to spend `budget_use` of
//!    what it will have earned by `close`, never denser than `in_window` (3 s). A lone
//!    job is bound by its own credit; `sharing` jobs in their windows pay a fraction of
//!    each shared read, so they can afford the `in_window` spacing.
//! 4. **Past the window** (queues happen): the documented 10 s cadence.
//!
//! Without a window (no ETA policy, unknown model, merge outputs) the documented
//! schedule applies from the job's poll count. The scheduler jitters what this returns
//! (±10 % of the delay; of at most `in_window` for a wait aimed at the window's opening,
//! so that jobs created close together still meet there), and the budget may still hold
//! a check back until the job has earned its credit.

use std::time::Duration;

use super::budget::naive_checks;
use super::eta::Window;
use super::schedule::PollPolicy;

/// What the placement knows about one job.
#[derive(Debug, Clone, Copy)]
pub struct JobView<'a> {
    /// Its model's completion window, when known.
    pub window: Option<&'a Window>,
    /// Time since creation.
    pub age: Duration,
    /// Polls so far.
    pub count: u32,
    /// Requests it may still spend now (naive checks so far minus what it was charged).
    pub credit: f64,
    /// Jobs (this one included) in their windows now: they share the reads.
    pub sharing: usize,
}

/// How much wider than at the typical time the spacing is at the window's close.
const TAPER: f64 = 2.0;

/// When to check a job next.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Next {
    /// From now, without jitter.
    pub delay: Duration,
    /// What the jitter ratio applies to (the delay, or less for an aimed wait).
    pub spread: Duration,
}

impl From<Duration> for Next {
    fn from(delay: Duration) -> Next {
        Next {
            delay,
            spread: delay,
        }
    }
}

/// The job's next check (see the module docs).
pub fn next_check(policy: &PollPolicy, job: JobView<'_>) -> Next {
    let (Some(eta), Some(w)) = (policy.eta.as_ref(), job.window) else {
        return policy.base_delay(job.count).into();
    };
    let age = job.age;
    // An answer before the documented earliest first look (3 s; e.g. a history read for
    // other jobs just after this one was created) does not replace the first check.
    if age < policy.base_delay(0).min(eta.first_check) {
        return (eta.first_check - age).into();
    }
    let secs = |s: f64| Duration::from_secs_f64(s.max(0.0));
    let (open, close) = (secs(w.open_secs), secs(w.close_secs.max(w.open_secs)));
    // A window that opens within the coalescing slack counts as open: a read pulled
    // forward for other jobs must not leave this job due again a moment later.
    if age + policy.coalesce_window < open {
        let delay = (open - age).min(eta.before_window);
        return Next {
            delay,
            spread: delay.min(eta.in_window),
        };
    }
    if age >= close {
        return policy.base_delay(u32::MAX).into();
    }
    let (a, knee, end) = (
        age.as_secs_f64(),
        w.typical_secs
            .clamp(w.open_secs, w.close_secs.max(w.open_secs)),
        close.as_secs_f64(),
    );
    // Spacing factor: 1 up to the typical time, growing linearly to TAPER at the close.
    let taper = |t: f64| {
        if end > knee {
            1.0 + (TAPER - 1.0) * ((t - knee) / (end - knee)).clamp(0.0, 1.0)
        } else {
            1.0
        }
    };
    // The window left, in "spacing-1 seconds": ∫ dt / taper(t) from now to the close.
    let span = (knee - a).max(0.0)
        + if end > knee {
            (end - knee) / (TAPER - 1.0) * (TAPER / taper(a.max(knee))).ln()
        } else {
            0.0
        };
    let earned_by_close = naive_checks(policy, close) - naive_checks(policy, age);
    let planned =
        eta.budget_use * (job.credit.max(0.0) + earned_by_close) * job.sharing.max(1) as f64;
    let base = (span / planned.max(1.0)).max(eta.in_window.as_secs_f64());
    secs(base * taper(a)).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: f64) -> Duration {
        Duration::from_secs_f64(v)
    }

    fn window(open: f64, typical: f64, close: f64) -> Window {
        Window {
            open_secs: open,
            typical_secs: typical,
            close_secs: close,
        }
    }

    fn view(
        window: Option<&Window>,
        age: f64,
        count: u32,
        credit: f64,
        sharing: usize,
    ) -> JobView<'_> {
        JobView {
            window,
            age: s(age),
            count,
            credit,
            sharing,
        }
    }

    fn at(window: Option<&Window>, age: f64, count: u32, credit: f64, sharing: usize) -> f64 {
        let job = view(window, age, count, credit, sharing);
        (next_check(&PollPolicy::documented(), job)
            .delay
            .as_secs_f64()
            * 100.0)
            .round()
            / 100.0
    }

    #[test]
    fn first_check_then_wait_for_the_window() {
        let w = window(28.0, 36.0, 52.0);
        assert_eq!(at(Some(&w), 0.0, 0, 0.0, 1), 4.5);
        // Refreshed by a shared read at 1 s: the first check stays at 4.5 s.
        assert_eq!(at(Some(&w), 1.0, 1, 0.0, 1), 3.5);
        // After the first check (or an answer after 3 s): towards the window's opening, at
        // most 20 s at a time.
        assert_eq!(at(Some(&w), 3.1, 1, 0.0, 1), 20.0);
        assert_eq!(at(Some(&w), 8.0, 1, 0.0, 1), 20.0);
        assert!((at(Some(&w), 23.1, 2, 0.0, 1) - 4.9).abs() < 1e-9);
        // Opening within the coalescing slack (1.5 s): counts as open.
        assert!(at(Some(&w), 27.0, 2, 3.0, 1) > 1.5);
        // A slow model's late window: a check every 20 s until it opens.
        let slow = window(100.0, 110.0, 140.0);
        assert_eq!(at(Some(&slow), 4.0, 1, 0.0, 1), 20.0);
        assert_eq!(at(Some(&slow), 94.0, 4, 0.0, 1), 6.0);
        // Aimed at the opening: jittered by at most ±10 % of 3 s, not of the 20 s.
        let job = view(Some(&slow), 4.0, 1, 0.0, 1);
        assert_eq!(next_check(&PollPolicy::documented(), job).spread, s(3.0));
    }

    #[test]
    fn inside_the_window_a_lone_job_spreads_its_credit() {
        // No taper (typical = close): at 28 s a lone job holds 3 credits (naive 3, 8, 16,
        // 26 = 4; spent 1) and earns 2 more by 52 s (36, 46): 5 checks over 24 s.
        let flat = window(28.0, 52.0, 52.0);
        assert_eq!(at(Some(&flat), 28.0, 1, 3.0, 1), 4.8);
        // Tapered: denser up to the typical time, twice as wide at the close.
        let w = window(28.0, 36.0, 52.0);
        let body = at(Some(&w), 28.0, 1, 3.0, 1);
        assert!(body < 4.8, "{body}");
        let late = at(Some(&w), 48.0, 4, 3.0, 1);
        assert!(late > body * 1.3, "{late} vs {body}");
        // Jobs that share reads (or a rich job): the densest spacing at the typical time.
        assert_eq!(at(Some(&w), 30.0, 1, 3.0, 50), 3.0);
        assert_eq!(at(Some(&w), 30.0, 1, 40.0, 1), 3.0);
        assert_eq!(at(Some(&w), 51.99, 1, 40.0, 1), 6.0);
        // Broke near the end: never denser than the densest spacing.
        assert!(at(Some(&w), 50.0, 5, 0.0, 1) >= 3.0);
    }

    #[test]
    fn past_the_window_and_without_one_the_documented_cadence() {
        let w = window(28.0, 36.0, 52.0);
        assert_eq!(at(Some(&w), 52.0, 6, 3.0, 1), 10.0);
        assert_eq!(at(Some(&w), 400.0, 30, 30.0, 9), 10.0);
        assert_eq!(
            [0, 1, 2, 3, 9].map(|c| at(None, 0.0, c, 0.0, 1)),
            [3.0, 5.0, 8.0, 10.0, 10.0]
        );
        let p = PollPolicy::documented().without_eta();
        let job = view(Some(&w), 30.0, 4, 9.0, 1);
        assert_eq!(next_check(&p, job), s(10.0).into());
    }
}
