//! The generate budget: how many generate requests the server still allows, and when the
//! next one may go.
//!
//! UlazAI documents 24 generate POSTs per user per hour. The budget counts the requests
//! this app made in the last window (their answer times, persisted with the store) and
//! lets one more go while fewer than the limit are in the window. What the server says
//! wins:
//!
//! - `X-RateLimit-Limit` replaces the documented 24;
//! - `X-RateLimit-Remaining: 0` (someone else — the web, another computer — may have used
//!   the rest) holds everything back until `X-RateLimit-Reset` says the oldest counted
//!   request leaves the window, or, without a reset, until this app's oldest does;
//! - a remaining count above what this app's own count allows means the server forgot
//!   some: the oldest are dropped;
//! - the reset also tells how long the window is (the oldest request's answer time plus
//!   the window is the reset), which the start-time estimates use;
//! - a 429 means none is left: nothing is sent before its `Retry-After`, or, without one,
//!   before this app's oldest request leaves the window — at least 30 s, doubling with
//!   each 429 in a row. A 429 is never answered with another request straight away.
//!
//! Times are Unix milliseconds on the queue's clock ([`super::clock`]). A request is
//! stamped when its answer arrives — after the server counted it — so the window this app
//! sees ends a little after the server's, never before.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::api::RateInfo;

/// The documented limit: generate POSTs per user per window.
pub const DOCUMENTED_LIMIT: u32 = 24;
/// The documented window.
pub const DOCUMENTED_WINDOW: Duration = Duration::from_secs(3600);
/// Added to every computed slot: clock skew between us and the server.
const MARGIN_MS: i64 = 1000;
/// The wait after a 429 that names no time (doubled for each 429 in a row).
const BLIND_WAIT_MS: i64 = 30_000;
/// A learned window is kept within these bounds.
const MIN_WINDOW_MS: i64 = 1000;
const MAX_WINDOW_MS: i64 = 24 * 3600 * 1000;

/// What the budget keeps across restarts (part of the queue's snapshot).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BudgetSnapshot {
    /// When each of this app's requests in the window was answered (Unix ms, oldest first).
    #[serde(default)]
    pub sent: Vec<i64>,
    /// The server's limit, once it said it.
    #[serde(default)]
    pub limit: Option<u32>,
    /// The window's length as the server's reset times show it.
    #[serde(default)]
    pub window_ms: Option<i64>,
    /// Nothing is sent before this (Unix ms): a 429, or no request left until the reset.
    #[serde(default)]
    pub blocked_until: Option<i64>,
    /// 429 answers in a row that named no time.
    #[serde(default)]
    pub strikes: u32,
}

/// The budget and its rules (see the module documentation).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Budget {
    snap: BudgetSnapshot,
}

impl Budget {
    pub fn restore(snap: BudgetSnapshot) -> Budget {
        let mut snap = snap;
        snap.sent.sort_unstable();
        Budget { snap }
    }

    pub fn snapshot(&self) -> BudgetSnapshot {
        self.snap.clone()
    }

    /// Requests per window: the server's figure, else the documented 24.
    pub fn limit(&self) -> u32 {
        self.snap.limit.unwrap_or(DOCUMENTED_LIMIT).max(1)
    }

    /// Whether the limit is the server's word rather than the documented one.
    pub fn limit_is_known(&self) -> bool {
        self.snap.limit.is_some()
    }

    /// The window's length: learned from the server's reset times, else the documented hour.
    pub fn window_ms(&self) -> i64 {
        self.snap
            .window_ms
            .unwrap_or(DOCUMENTED_WINDOW.as_millis() as i64)
    }

    /// Requests counted in the window that ends at `now`.
    pub fn used(&self, now: i64) -> u32 {
        let from = now - self.window_ms();
        self.snap.sent.iter().filter(|t| **t > from).count() as u32
    }

    /// The earliest time, not before `now`, at which one more request may be sent.
    pub fn next_free(&self, now: i64) -> i64 {
        self.schedule(now, 1)[0]
    }

    /// When the next `n` requests may go, one after the other, if nothing else changes
    /// (the start-time estimates).
    pub fn schedule(&self, now: i64, n: usize) -> Vec<i64> {
        let window = self.window_ms();
        let limit = self.limit() as usize;
        let mut log: Vec<i64> = self
            .snap
            .sent
            .iter()
            .copied()
            .filter(|t| *t > now - window)
            .collect();
        let mut t = now.max(self.snap.blocked_until.unwrap_or(i64::MIN));
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            let in_window = log.iter().filter(|e| **e > t - window).count();
            if in_window >= limit {
                // The `limit`-th newest must have left the window.
                t = t.max(log[log.len() - limit] + window + MARGIN_MS);
            }
            log.push(t);
            out.push(t);
        }
        out
    }

    /// A generate request was answered at `at` (anything but a 429: success, 400, 402 …
    /// the server counted it), with the figures it carried.
    pub fn sent(&mut self, at: i64, rate: &RateInfo) {
        self.prune(at);
        self.snap.sent.push(at);
        self.snap.strikes = 0;
        self.learn(at, rate);
    }

    /// What a generate answer said about the budget, without counting a request.
    pub fn learn(&mut self, at: i64, rate: &RateInfo) {
        if let Some(limit) = rate.limit.filter(|l| *l > 0) {
            self.snap.limit = Some(limit);
        }
        let reset_at = rate.reset_after.map(|r| at + r.as_millis() as i64);
        let oldest = self.in_window(at).next();
        if let (Some(reset_at), Some(oldest)) = (reset_at, oldest) {
            // The oldest counted request leaves the window at the reset (when it is ours).
            if reset_at > oldest {
                self.snap.window_ms = Some((reset_at - oldest).clamp(MIN_WINDOW_MS, MAX_WINDOW_MS));
            }
        }
        match rate.remaining {
            Some(0) => {
                let until = reset_at.unwrap_or_else(|| self.oldest_leaves(at));
                self.block_until(until + MARGIN_MS);
            }
            Some(remaining) => self.forget_beyond(at, self.limit().saturating_sub(remaining)),
            None => {}
        }
    }

    /// The server answered 429 at `at`: none is left; wait for `retry_after`, or, when it
    /// names no time, for this app's oldest request to leave the window (at least 30 s,
    /// doubling with each 429 in a row).
    pub fn throttled(&mut self, at: i64, retry_after: Option<Duration>) {
        self.prune(at);
        match retry_after {
            Some(d) => {
                self.snap.strikes = 0;
                self.block_until(at + d.as_millis() as i64 + MARGIN_MS);
            }
            None => {
                let blind = BLIND_WAIT_MS.saturating_mul(1 << self.snap.strikes.min(10));
                self.snap.strikes = self.snap.strikes.saturating_add(1);
                let until = self.oldest_leaves(at).max(at + blind.min(self.window_ms()));
                self.block_until(until + MARGIN_MS);
            }
        }
    }

    /// When this app's oldest request in the window leaves it (`at` when there is none).
    fn oldest_leaves(&self, at: i64) -> i64 {
        self.in_window(at)
            .next()
            .map_or(at, |oldest| oldest + self.window_ms())
    }

    /// The server counts only `used` requests in the window at `at`: forget this app's
    /// oldest beyond that (the server's window is shorter than assumed, or it reset).
    fn forget_beyond(&mut self, at: i64, used: u32) {
        let have = self.used(at);
        if have > used {
            let from = at - self.window_ms();
            let mut drop = (have - used) as usize;
            self.snap.sent.retain(|t| {
                if drop > 0 && *t > from {
                    drop -= 1;
                    false
                } else {
                    true
                }
            });
        }
    }

    fn block_until(&mut self, until: i64) {
        self.snap.blocked_until = Some(self.snap.blocked_until.map_or(until, |b| b.max(until)));
    }

    /// Requests in the window ending at `at`, oldest first.
    fn in_window(&self, at: i64) -> impl Iterator<Item = i64> + '_ {
        let from = at - self.window_ms();
        self.snap.sent.iter().copied().filter(move |t| *t > from)
    }

    /// Forget requests that left the window and a block that is over.
    fn prune(&mut self, now: i64) {
        let from = now - self.window_ms().max(DOCUMENTED_WINDOW.as_millis() as i64);
        self.snap.sent.retain(|t| *t > from);
        if self.snap.blocked_until.is_some_and(|b| b <= now) {
            self.snap.blocked_until = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIN: i64 = 60_000;

    fn rate(remaining: Option<u32>, limit: Option<u32>, reset_secs: Option<u64>) -> RateInfo {
        RateInfo {
            remaining,
            limit,
            reset_after: reset_secs.map(Duration::from_secs),
        }
    }

    #[test]
    fn documented_limit_without_a_word_from_the_server() {
        let mut b = Budget::default();
        let t0 = 1_000_000_000_000;
        for i in 0..24 {
            assert_eq!(b.next_free(t0 + i), t0 + i, "request {i} may go");
            b.sent(t0 + i, &RateInfo::default());
        }
        // The 25th waits for the first to leave the hour.
        assert_eq!(b.next_free(t0 + 30 * MIN), t0 + 60 * MIN + MARGIN_MS);
        assert_eq!(b.used(t0 + 30 * MIN), 24);
        assert_eq!(b.used(t0 + 61 * MIN), 0);
    }

    #[test]
    fn the_server_figures_win() {
        let mut b = Budget::default();
        let t0 = 1_000_000_000_000;
        // Limit 3, window 120 s (the reset names when our request leaves it).
        b.sent(t0, &rate(Some(2), Some(3), Some(120)));
        assert_eq!(b.limit(), 3);
        assert!(b.limit_is_known());
        assert_eq!(b.window_ms(), 120_000, "learned from the reset");
        assert_eq!(b.next_free(t0 + 5), t0 + 5);
        // Someone else used one: the server says none is left after our second.
        b.sent(t0 + 10_000, &rate(Some(0), Some(3), Some(110)));
        assert_eq!(b.used(t0 + 10_000), 2);
        assert_eq!(b.next_free(t0 + 10_001), t0 + 120_000 + MARGIN_MS);
        // After that, our own count allows one more at once.
        assert_eq!(b.next_free(t0 + 121_000), t0 + 121_000);
    }

    #[test]
    fn a_server_that_forgot_requests_lets_more_go() {
        let mut b = Budget::default();
        let t0 = 1_000_000_000_000;
        for i in 0..3 {
            b.sent(t0 + i, &rate(None, Some(3), None));
        }
        assert_eq!(b.next_free(t0 + 10), t0 + 3_600_000 + MARGIN_MS);
        // A fixed window that reset: the server says two are left.
        b.learn(t0 + 20, &rate(Some(2), Some(3), None));
        assert_eq!(b.used(t0 + 20), 1);
        assert_eq!(b.next_free(t0 + 20), t0 + 20);
    }

    #[test]
    fn a_429_is_never_answered_at_once() {
        let mut b = Budget::default();
        let t0 = 1_000_000_000_000;
        b.throttled(t0, Some(Duration::from_secs(90)));
        assert_eq!(b.next_free(t0), t0 + 90_000 + MARGIN_MS);
        assert_eq!(b.next_free(t0 + 100_000), t0 + 100_000, "then it may go");
        // Without Retry-After: at least the blind wait, doubling with each 429 in a row.
        let mut b = Budget::default();
        b.throttled(t0, None);
        let first = b.next_free(t0) - t0;
        assert!(first >= BLIND_WAIT_MS, "{first}");
        let t1 = b.next_free(t0);
        b.throttled(t1, None);
        let second = b.next_free(t1) - t1;
        assert!(second >= 2 * BLIND_WAIT_MS, "{second}");
        // With a request of ours in the window: until it leaves.
        let mut b = Budget::default();
        b.sent(t0, &RateInfo::default());
        b.throttled(t0 + 1000, None);
        assert_eq!(b.next_free(t0 + 1000), t0 + 3_600_000 + MARGIN_MS);
    }

    #[test]
    fn schedule_spreads_requests_over_windows() {
        let mut b = Budget::default();
        let t0 = 1_000_000_000_000;
        b.sent(t0, &rate(Some(1), Some(2), Some(60)));
        let s = b.schedule(t0 + 1, 6);
        assert_eq!(s[0], t0 + 1, "one left now");
        assert_eq!(
            s[1],
            t0 + MIN + MARGIN_MS,
            "then when the first leaves the window"
        );
        assert!(s.windows(2).all(|w| w[0] <= w[1]), "{s:?}");
        // Never more than the limit in any window of the schedule.
        let all: Vec<i64> = std::iter::once(t0).chain(s.iter().copied()).collect();
        for t in &s {
            let n = all.iter().filter(|e| **e > t - MIN && **e <= *t).count();
            assert!(n <= 2, "{n} in the window ending {t}: {s:?}");
        }
        assert!(
            s[5] >= t0 + 2 * MIN,
            "six requests take three windows: {s:?}"
        );
    }

    #[test]
    fn snapshot_round_trips() {
        let mut b = Budget::default();
        b.sent(5_000, &rate(Some(10), Some(12), Some(3600)));
        let back = Budget::restore(b.snapshot());
        assert_eq!(back, b);
        let json = serde_json::to_string(&b.snapshot()).unwrap();
        let old: BudgetSnapshot = serde_json::from_str("{}").unwrap();
        assert_eq!(old, BudgetSnapshot::default());
        assert!(json.contains("\"limit\":12"));
    }
}
