//! The polling schedule, as pure functions: when to look at a job again, and how long to
//! wait after a failed request. No I/O, no clocks — the scheduler supplies `now`.
//!
//! The documented advice (`shared/ulazai-api.md`, "Polling advice"): start 3–5 s after
//! creation, back off progressively (3 s, 5 s, 8 s, then every 10 s), stop at `completed`
//! or `failed`. Every delay carries ±`jitter` so that many clients (or many jobs) do not
//! hit the server in lock-step.

use std::time::Duration;

use rand::Rng;

/// How the scheduler polls. `documented()` is the production policy; tests and the
/// benchmark run a simulator whose clock is `speed` times faster and use
/// `PollPolicy::documented().scaled(1.0 / speed)`.
#[derive(Debug, Clone, PartialEq)]
pub struct PollPolicy {
    /// Delay before poll number `n` (0 = the first check after creation); the last entry
    /// repeats for ever. Documented: 3 s, 5 s, 8 s, 10 s.
    pub schedule: Vec<Duration>,
    /// Relative jitter applied to every delay: 0.1 means ±10 %.
    pub jitter: f64,
    /// When the earliest job is due, every job due within this window of it is refreshed
    /// in the same round (one history read instead of one status call per job).
    pub coalesce_window: Duration,
    /// First delay after a failed round (5xx, network, unreadable answer, 429 without
    /// `Retry-After`); doubles with every consecutive failure.
    pub backoff_base: Duration,
    /// The failure backoff never waits longer than this.
    pub backoff_cap: Duration,
    /// `limit` of one history read (the API allows at most 100).
    pub history_page: u32,
    /// A round reads at most this many history pages before falling back to `status`.
    pub max_history_pages: u32,
    /// Seed for the jitter; `None` seeds from the OS (tests may pin it).
    pub seed: Option<u64>,
    /// Per-user cap: at most this many polling requests in any `cap_window`, however
    /// many jobs run (see [`super::budget`]).
    pub max_requests_per_minute: u32,
    /// The cap's sliding window: one minute.
    pub cap_window: Duration,
    /// Scheduler seconds per server second: 1 in production; `scaled(f)` multiplies it
    /// (the model matrix's typical seconds are converted with it).
    pub time_scale: f64,
    /// Place checks where renders of the job's model usually finish (see
    /// [`super::placement`]); `None`: the documented cadence for every job.
    pub eta: Option<EtaPolicy>,
}

/// Where the scheduler places a job's checks once its model's completion window is known.
#[derive(Debug, Clone, PartialEq)]
pub struct EtaPolicy {
    /// The first check after creation (docs: 3–5 s; it catches immediate failures). An
    /// answer from 3 s on counts as it: with 1.5 s of coalescing, reads pulled forward
    /// for jobs created a little earlier serve it.
    pub first_check: Duration,
    /// Before the window opens, at most this long between checks: a render that fails
    /// half-way (not at once) is seen within this, whatever the model's typical time.
    pub before_window: Duration,
    /// The densest spacing inside the window (what jobs that share reads get).
    pub in_window: Duration,
    /// The share of its naive credit a lone job plans to spend up to the window's end
    /// (1: all of it; less leaves slack). The budget itself is enforced either way.
    pub budget_use: f64,
}

impl Default for EtaPolicy {
    fn default() -> Self {
        EtaPolicy {
            first_check: Duration::from_millis(4500),
            before_window: Duration::from_secs(20),
            in_window: Duration::from_secs(3),
            budget_use: 1.0,
        }
    }
}

impl PollPolicy {
    /// The production policy: the documented cadence as the budget and the fall-back,
    /// checks placed by expected completion, 30 requests per minute at most.
    pub fn documented() -> PollPolicy {
        PollPolicy {
            schedule: [3, 5, 8, 10].into_iter().map(Duration::from_secs).collect(),
            jitter: 0.1,
            coalesce_window: Duration::from_millis(1500),
            backoff_base: Duration::from_secs(2),
            backoff_cap: Duration::from_secs(60),
            history_page: 100,
            max_history_pages: 3,
            seed: None,
            max_requests_per_minute: 30,
            cap_window: Duration::from_secs(60),
            time_scale: 1.0,
            eta: Some(EtaPolicy::default()),
        }
    }

    /// The same policy with every job on the documented cadence (no placement by
    /// expected completion).
    pub fn without_eta(self) -> PollPolicy {
        PollPolicy { eta: None, ..self }
    }

    /// Multiply every duration by `factor` (e.g. `1.0 / speed` for a simulator whose clock
    /// runs `speed` times faster), and `time_scale` with them. Counts, ratios and the
    /// per-window request cap are unchanged.
    pub fn scaled(mut self, factor: f64) -> PollPolicy {
        assert!(
            factor.is_finite() && factor > 0.0,
            "scale factor must be positive"
        );
        let s = |d: Duration| d.mul_f64(factor);
        self.schedule = self.schedule.iter().map(|d| s(*d)).collect();
        self.coalesce_window = s(self.coalesce_window);
        self.backoff_base = s(self.backoff_base);
        self.backoff_cap = s(self.backoff_cap);
        self.cap_window = s(self.cap_window);
        self.time_scale *= factor;
        if let Some(eta) = self.eta.as_mut() {
            eta.first_check = s(eta.first_check);
            eta.before_window = s(eta.before_window);
            eta.in_window = s(eta.in_window);
        }
        self
    }

    /// The un-jittered delay before poll number `poll_count` (0 = first check).
    pub fn base_delay(&self, poll_count: u32) -> Duration {
        match self.schedule.len() {
            0 => Duration::from_secs(10),
            len => self.schedule[(poll_count as usize).min(len - 1)],
        }
    }

    /// For a job first seen `age` after its creation (e.g. after a restart): how many polls
    /// the documented schedule would have made by now, and how long until the next one.
    /// A job older than its next check is due immediately.
    pub fn resume_point(&self, age: Duration) -> (u32, Duration) {
        let mut elapsed = Duration::ZERO;
        let mut count = 0u32;
        loop {
            let next = elapsed + self.base_delay(count);
            if next > age {
                return (count, next - age);
            }
            // Once on the repeating tail, the rest is a single division.
            if count as usize + 1 >= self.schedule.len() {
                return (count, Duration::ZERO);
            }
            elapsed = next;
            count += 1;
        }
    }
}

impl Default for PollPolicy {
    fn default() -> Self {
        PollPolicy::documented()
    }
}

/// Multiply `d` by a random factor in `[1 - jitter, 1 + jitter]`.
pub fn jittered<R: Rng + ?Sized>(d: Duration, jitter: f64, rng: &mut R) -> Duration {
    let j = jitter.clamp(0.0, 0.99);
    if j == 0.0 {
        return d;
    }
    d.mul_f64(rng.random_range(1.0 - j..=1.0 + j))
}

/// Delay until the next poll of a job that has been polled `poll_count` times so far:
/// 3 s before the first check, then 5 s, 8 s, then 10 s for ever (documented policy),
/// each with ±jitter.
pub fn next_delay<R: Rng + ?Sized>(policy: &PollPolicy, poll_count: u32, rng: &mut R) -> Duration {
    jittered(policy.base_delay(poll_count), policy.jitter, rng)
}

/// Global backoff after the `failures`-th consecutive failed round (1-based):
/// `base × 2^(failures-1)`, jittered, never above the cap.
pub fn backoff_delay<R: Rng + ?Sized>(policy: &PollPolicy, failures: u32, rng: &mut R) -> Duration {
    let exp = failures.saturating_sub(1).min(30);
    let raw = policy.backoff_base.saturating_mul(1u32 << exp);
    let capped = raw.min(policy.backoff_cap);
    jittered(capped, policy.jitter, rng).min(policy.backoff_cap)
}

/// Time since an RFC 3339 stamp (zero when unknown, unparseable or in the future).
pub(crate) fn age_since(created_at: Option<&str>) -> Duration {
    created_at
        .and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok())
        .and_then(|t| {
            (chrono::Utc::now() - t.with_timezone(&chrono::Utc))
                .to_std()
                .ok()
        })
        .unwrap_or(Duration::ZERO)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::rngs::StdRng;
    use rand::SeedableRng;

    fn secs(d: Duration) -> f64 {
        d.as_secs_f64()
    }

    #[test]
    fn documented_schedule_without_jitter() {
        let p = PollPolicy {
            jitter: 0.0,
            ..PollPolicy::documented()
        };
        let mut rng = StdRng::seed_from_u64(1);
        let got: Vec<f64> = (0..7).map(|n| secs(next_delay(&p, n, &mut rng))).collect();
        assert_eq!(got, vec![3.0, 5.0, 8.0, 10.0, 10.0, 10.0, 10.0]);
    }

    #[test]
    fn jitter_stays_within_ten_percent_and_varies() {
        let p = PollPolicy::documented();
        let mut rng = StdRng::seed_from_u64(7);
        let mut seen = std::collections::HashSet::new();
        for n in 0..2000u32 {
            let d = secs(next_delay(&p, n % 6, &mut rng));
            let base = secs(p.base_delay(n % 6));
            assert!(
                d >= base * 0.9 - 1e-9 && d <= base * 1.1 + 1e-9,
                "{d} vs {base}"
            );
            seen.insert((d * 1000.0) as u64);
        }
        assert!(seen.len() > 100, "jitter should actually vary the delays");
    }

    #[test]
    fn scaled_multiplies_every_duration() {
        let p = PollPolicy::documented().scaled(0.05);
        assert_eq!(p.schedule[0], Duration::from_millis(150));
        assert_eq!(p.schedule[3], Duration::from_millis(500));
        assert_eq!(p.coalesce_window, Duration::from_millis(75));
        assert_eq!(p.backoff_base, Duration::from_millis(100));
        assert_eq!(p.backoff_cap, Duration::from_secs(3));
        assert_eq!(p.history_page, 100);
        assert_eq!(p.jitter, 0.1);
        assert_eq!(p.cap_window, Duration::from_secs(3));
        assert_eq!(p.max_requests_per_minute, 30);
        assert!((p.time_scale - 0.05).abs() < 1e-12);
        let eta = p.eta.unwrap();
        assert_eq!(eta.first_check, Duration::from_millis(225));
        assert_eq!(eta.in_window, Duration::from_millis(150));
        assert_eq!(eta.budget_use, 1.0);
    }

    #[test]
    fn backoff_doubles_and_caps() {
        let p = PollPolicy {
            jitter: 0.0,
            ..PollPolicy::documented()
        };
        let mut rng = StdRng::seed_from_u64(3);
        let got: Vec<f64> = (1..=8)
            .map(|n| secs(backoff_delay(&p, n, &mut rng)))
            .collect();
        assert_eq!(got, vec![2.0, 4.0, 8.0, 16.0, 32.0, 60.0, 60.0, 60.0]);
        // Huge failure counts do not overflow.
        assert_eq!(secs(backoff_delay(&p, u32::MAX, &mut rng)), 60.0);
        let j = PollPolicy::documented();
        for n in 1..200 {
            let d = backoff_delay(&j, n, &mut rng);
            assert!(d <= j.backoff_cap);
        }
    }

    #[test]
    fn resume_point_follows_the_schedule() {
        let p = PollPolicy::documented();
        let at = |s: f64| {
            let (c, d) = p.resume_point(Duration::from_secs_f64(s));
            (c, (secs(d) * 10.0).round() / 10.0)
        };
        assert_eq!(at(0.0), (0, 3.0));
        assert_eq!(at(1.0), (0, 2.0));
        assert_eq!(at(3.5), (1, 4.5)); // checks at 3, 8, 16, 26, 36...
        assert_eq!(at(10.0), (2, 6.0));
        assert_eq!(at(20.0), (3, 6.0));
        assert_eq!(at(600.0), (3, 0.0)); // long overdue: check now
    }

    #[test]
    fn empty_schedule_falls_back_to_ten_seconds() {
        let p = PollPolicy {
            schedule: vec![],
            jitter: 0.0,
            ..PollPolicy::documented()
        };
        assert_eq!(p.base_delay(0), Duration::from_secs(10));
    }
}
