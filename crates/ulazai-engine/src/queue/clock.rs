//! The queue's clock: wall-clock Unix milliseconds that also follow tokio's clock.
//!
//! The budget and the start-time estimates are wall-clock times (persisted, compared with
//! the server's, shown to the creator). `now` is the later of the system clock and the
//! wall time at start plus tokio's elapsed time — so in a test with paused tokio time it
//! moves with virtual time (like the simulator's clock), and in the app it is the system
//! clock (after a suspend, tokio's clock lags; the system clock is then the later one).

use chrono::{DateTime, SecondsFormat, TimeZone, Utc};
use tokio::time::Instant;

#[derive(Debug, Clone)]
pub struct QueueClock {
    start: Instant,
    start_wall_ms: i64,
}

impl Default for QueueClock {
    fn default() -> Self {
        QueueClock::new()
    }
}

impl QueueClock {
    pub fn new() -> QueueClock {
        QueueClock {
            start: Instant::now(),
            start_wall_ms: Utc::now().timestamp_millis(),
        }
    }

    /// Unix milliseconds now.
    pub fn now_ms(&self) -> i64 {
        let followed = self.start_wall_ms + self.start.elapsed().as_millis() as i64;
        followed.max(Utc::now().timestamp_millis())
    }

    /// The tokio instant at which the clock reads `ms` (now, when that is past).
    pub fn instant_at(&self, ms: i64) -> Instant {
        let ahead = (ms - self.now_ms()).max(0) as u64;
        Instant::now() + std::time::Duration::from_millis(ahead)
    }
}

/// RFC 3339 (seconds) of Unix milliseconds.
pub fn rfc3339(ms: i64) -> String {
    Utc.timestamp_millis_opt(ms)
        .single()
        .unwrap_or_default()
        .to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Unix milliseconds of an RFC 3339 time.
pub fn parse_ms(s: &str) -> Option<i64> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.timestamp_millis())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn follows_paused_time() {
        let c = QueueClock::new();
        let a = c.now_ms();
        tokio::time::sleep(std::time::Duration::from_secs(3600)).await;
        let b = c.now_ms();
        // `a` may already be the system clock's, a millisecond or so after the start (a
        // busy machine): the hour is counted from the start's wall time.
        assert!((3_599_900..3_600_500).contains(&(b - a)), "{}", b - a);
        assert_eq!(
            parse_ms(&rfc3339(1_700_000_000_000)),
            Some(1_700_000_000_000)
        );
    }
}
