//! The hard request budget, checked before EVERY polling request the scheduler sends.
//!
//! - **Per job**: a job earns one request credit each time the naive documented schedule
//!   (3, 5, 8, then 10 s, without jitter) would have checked it: 3 s, 8 s, 16 s, 26 s…
//!   after creation. A request is charged to the jobs it is sent for (a history read:
//!   the jobs due in that round, in proportion to their credit; a status call: its job)
//!   and may be sent only when they hold one credit between them. So at every instant
//!   and for every N (N = 1 included) the scheduler has sent at most as many requests
//!   for its jobs as the naive schedule would have by then. Credit of finished jobs is
//!   forfeit (it cannot be banked for later jobs); the count restarts with the process.
//! - **Per user**: at most `max_requests_per_minute` polling requests in any sliding
//!   `cap_window`, however many jobs run — the start-up history reload and a manual
//!   "refresh now" included (those two are the creator's own asks and are not charged
//!   to jobs).
//!
//! 429 and `Retry-After` stay with the [`super::gate::Gate`], in front of all of this.

use std::collections::VecDeque;
use std::time::Duration;

use tokio::time::Instant;

use super::schedule::PollPolicy;

/// How many checks the naive schedule has made `age` after creation (its credit).
pub fn naive_checks(policy: &PollPolicy, age: Duration) -> f64 {
    let mut at = Duration::ZERO;
    for n in 0..policy.schedule.len().max(1) as u32 {
        let step = policy.base_delay(n);
        if at + step > age {
            return f64::from(n);
        }
        at += step;
    }
    // On the repeating tail: one more per tail step.
    let tail = policy.base_delay(u32::MAX).max(Duration::from_millis(1));
    let n = policy.schedule.len().max(1) as f64;
    n + ((age - at).as_secs_f64() / tail.as_secs_f64()).floor()
}

/// The age at which the naive schedule makes its next check after `age` (when a job
/// next earns a credit).
pub fn next_naive_check(policy: &PollPolicy, age: Duration) -> Duration {
    let mut at = Duration::ZERO;
    for n in 0..policy.schedule.len().max(1) as u32 {
        at += policy.base_delay(n);
        if at > age {
            return at;
        }
    }
    let tail = policy.base_delay(u32::MAX).max(Duration::from_millis(1));
    let steps = ((age - at).as_secs_f64() / tail.as_secs_f64()).floor() + 1.0;
    at + tail.mul_f64(steps)
}

/// How to charge one request to jobs holding `credits`: in proportion to their credit,
/// so no job goes below zero. `None` when they do not hold one credit between them.
pub fn split_charge(credits: &[f64]) -> Option<Vec<f64>> {
    let total: f64 = credits.iter().map(|c| c.max(0.0)).sum();
    // A hair of tolerance for float sums of fractions.
    (total >= 1.0 - 1e-9).then(|| credits.iter().map(|c| c.max(0.0) / total).collect())
}

/// Keeps a request that frees a slot clearly outside the minute of the one it replaces.
const CAP_MARGIN: Duration = Duration::from_millis(1);

/// The per-user cap: the send times of the last `max` requests in a sliding window.
pub struct RequestCap {
    max: usize,
    per: Duration,
    sent: VecDeque<Instant>,
}

impl RequestCap {
    pub fn new(policy: &PollPolicy) -> RequestCap {
        RequestCap {
            max: policy.max_requests_per_minute.max(1) as usize,
            per: policy.cap_window,
            sent: VecDeque::new(),
        }
    }

    /// The earliest instant (not before `now`) at which one more request may be sent:
    /// strictly more than `per` after the request `max` places back.
    pub fn free_at(&self, now: Instant) -> Instant {
        let recent: Vec<&Instant> = self
            .sent
            .iter()
            .filter(|t| now.saturating_duration_since(**t) <= self.per)
            .collect();
        if recent.len() < self.max {
            return now;
        }
        (*recent[recent.len() - self.max] + self.per + CAP_MARGIN).max(now)
    }

    pub fn record(&mut self, now: Instant) {
        while self
            .sent
            .front()
            .is_some_and(|t| now.saturating_duration_since(*t) > self.per)
        {
            self.sent.pop_front();
        }
        self.sent.push_back(now);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(s: f64) -> Duration {
        Duration::from_secs_f64(s)
    }

    #[test]
    fn naive_credit_follows_3_8_16_26() {
        let p = PollPolicy::documented();
        let at = |s: f64| naive_checks(&p, secs(s));
        assert_eq!(
            [0.0, 2.9, 3.0, 7.9, 8.0, 16.0, 25.9, 26.0, 36.0, 95.0].map(at),
            [0.0, 0.0, 1.0, 1.0, 2.0, 3.0, 3.0, 4.0, 5.0, 10.0]
        );
        let next = |s: f64| next_naive_check(&p, secs(s)).as_secs_f64();
        assert_eq!(
            [0.0, 3.0, 10.0, 26.0, 30.0].map(next),
            [3.0, 8.0, 16.0, 36.0, 36.0]
        );
        // Scaled policies scale the credit times.
        let fast = PollPolicy::documented().scaled(0.1);
        assert_eq!(naive_checks(&fast, secs(1.6)), 3.0);
    }

    #[test]
    fn charges_never_drive_a_job_below_zero() {
        assert_eq!(split_charge(&[0.5, 0.2]), None);
        let c = split_charge(&[3.0, 1.0, 0.0, -1.0]).unwrap();
        assert_eq!(c, vec![0.75, 0.25, 0.0, 0.0]);
        let c = split_charge(&[0.5, 0.5]).unwrap();
        assert_eq!(c, vec![0.5, 0.5]);
    }

    #[tokio::test(start_paused = true)]
    async fn cap_slides() {
        let p = PollPolicy {
            max_requests_per_minute: 3,
            ..PollPolicy::documented()
        };
        let mut cap = RequestCap::new(&p);
        let t0 = Instant::now();
        for s in [0.0, 10.0, 20.0] {
            let now = t0 + secs(s);
            assert_eq!(cap.free_at(now), now);
            cap.record(now);
        }
        assert_eq!(cap.free_at(t0 + secs(30.0)), t0 + secs(60.001));
        assert_eq!(cap.free_at(t0 + secs(61.0)), t0 + secs(61.0));
    }
}
