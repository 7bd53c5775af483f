//! The sim clock: real elapsed time × speed, anchored at the real start time.
//!
//! Elapsed time is read from tokio's clock, which is the system's monotonic clock — except
//! in a test that pauses tokio time (`start_paused`), where the embedded simulator then
//! follows the test's virtual time like the client does: minutes of renders in an instant.

use tokio::time::Instant;

use chrono::{DateTime, Duration, Utc};

#[derive(Debug, Clone)]
pub struct SimClock {
    start: Instant,
    start_wall: DateTime<Utc>,
    speed: f64,
}

impl SimClock {
    pub fn new(speed: f64) -> Self {
        SimClock {
            start: Instant::now(),
            start_wall: Utc::now(),
            speed,
        }
    }

    pub fn speed(&self) -> f64 {
        self.speed
    }

    /// Real milliseconds since the simulator started.
    pub fn real_ms(&self) -> f64 {
        self.start.elapsed().as_secs_f64() * 1000.0
    }

    /// Sim seconds since the simulator started.
    pub fn now(&self) -> f64 {
        self.start.elapsed().as_secs_f64() * self.speed
    }

    /// Wall-clock time of a sim instant. Timestamps are real time, as the real service's are,
    /// even when the sim runs fast: a client compares them with its own clock.
    pub fn datetime(&self, sim_secs: f64) -> DateTime<Utc> {
        self.start_wall + Duration::microseconds((sim_secs / self.speed * 1e6).round() as i64)
    }

    /// RFC 3339 with microseconds and an explicit `+00:00`, like the real service.
    pub fn timestamp(&self, sim_secs: f64) -> String {
        format_ts(self.datetime(sim_secs))
    }

    /// Real wall-clock Unix milliseconds at which the sim clock reads `sim_secs`.
    pub fn real_unix_ms(&self, sim_secs: f64) -> i64 {
        self.start_wall.timestamp_millis() + (sim_secs / self.speed * 1000.0).round() as i64
    }

    /// The sim instant at a real wall-clock time (Unix ms); negative before the start.
    /// Inverse of [`SimClock::real_unix_ms`]: restored jobs keep their wall-clock timeline.
    pub fn sim_at_unix_ms(&self, unix_ms: i64) -> f64 {
        (unix_ms - self.start_wall.timestamp_millis()) as f64 / 1000.0 * self.speed
    }
}

pub fn format_ts(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.6f+00:00").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_look_like_the_real_service() {
        let t = DateTime::parse_from_rfc3339("2026-02-20T12:40:01.123456Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(format_ts(t), "2026-02-20T12:40:01.123456+00:00");
        let c = SimClock::new(10.0);
        assert_eq!(c.real_unix_ms(10.0) - c.real_unix_ms(0.0), 1000);
        // Ten sim seconds at speed 10 are one real second apart on the wall clock.
        assert_eq!(
            (c.datetime(10.0) - c.datetime(0.0)).num_milliseconds(),
            1000
        );
        let t = c.real_unix_ms(-25.0);
        assert!((c.sim_at_unix_ms(t) + 25.0).abs() < 0.02);
    }
}
