//! Injected faults: latency, 5xx, connection resets, malformed bodies, 429 storms,
//! hanging generate, and media streams cut short.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde::{Deserialize, Serialize};

use crate::numbers::clamp01;

/// Fault knobs. Rates apply to the API-key endpoints (generate, status, history, models).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Faults {
    /// Extra delay before every API-key request is handled.
    pub latency_ms: u64,
    /// Chance of a 500/502/503 answer (the request is NOT processed).
    pub error_rate_5xx: f64,
    /// Chance that the connection is aborted after the request WAS processed.
    pub reset_rate: f64,
    /// Chance of a 200 with a truncated, unparseable body (request WAS processed).
    pub malformed_rate: f64,
    /// The next N API-key requests answer 429 (not processed).
    pub storm_429: u32,
    /// `Retry-After` of storm answers; 0 = no header.
    pub storm_retry_after_secs: u64,
    /// generate creates the jobs, then waits this long before answering.
    pub hang_generate_ms: u64,
    /// Media responses send this many body bytes, then abort the connection.
    pub media_reset_after_bytes: Option<u64>,
    /// How many media responses get that treatment (0 = all while set).
    pub media_resets: u32,
    /// Chance 0..=1 that a job created from now on fails (credits refunded); `None` keeps
    /// `SimConfig::failure_rate`.
    pub failure_rate: Option<f64>,
}

/// What happens to one API-key request before the handler runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PreFault {
    None,
    Storm { retry_after: u64 },
    ServerError(u16),
}

/// What happens to one API-key answer after the handler ran.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PostFault {
    None,
    Reset,
    Malformed,
}

pub struct FaultState {
    pub faults: Faults,
    rng: StdRng,
}

impl FaultState {
    pub fn new(faults: Faults, seed: u64) -> Self {
        FaultState {
            faults: sanitize(faults),
            rng: StdRng::seed_from_u64(seed ^ 0x5eed_fa17_0000_0001),
        }
    }

    pub fn set(&mut self, faults: Faults) {
        self.faults = sanitize(faults);
    }

    pub fn latency_ms(&self) -> u64 {
        self.faults.latency_ms
    }

    pub fn pre(&mut self) -> PreFault {
        if self.faults.storm_429 > 0 {
            self.faults.storm_429 -= 1;
            return PreFault::Storm {
                retry_after: self.faults.storm_retry_after_secs,
            };
        }
        let p = self.faults.error_rate_5xx;
        if p > 0.0 && self.rng.random_bool(p) {
            let code = [500u16, 502, 503][self.rng.random_range(0..3)];
            return PreFault::ServerError(code);
        }
        PreFault::None
    }

    pub fn post(&mut self) -> PostFault {
        let reset = self.faults.reset_rate;
        if reset > 0.0 && self.rng.random_bool(reset) {
            return PostFault::Reset;
        }
        let malformed = self.faults.malformed_rate;
        if malformed > 0.0 && self.rng.random_bool(malformed) {
            return PostFault::Malformed;
        }
        PostFault::None
    }

    /// For one media response: `Some(n)` = send n bytes then abort.
    pub fn media_cut(&mut self) -> Option<u64> {
        let n = self.faults.media_reset_after_bytes?;
        if self.faults.media_resets > 0 {
            self.faults.media_resets -= 1;
            if self.faults.media_resets == 0 {
                self.faults.media_reset_after_bytes = None;
            }
        }
        Some(n)
    }
}

fn sanitize(mut f: Faults) -> Faults {
    f.error_rate_5xx = clamp01(f.error_rate_5xx);
    f.reset_rate = clamp01(f.reset_rate);
    f.malformed_rate = clamp01(f.malformed_rate);
    f.failure_rate = f.failure_rate.map(clamp01);
    f
}

/// A body stream that yields `bytes` and then fails, so hyper aborts the connection
/// (the client sees the headers and a truncated body, then a connection error).
/// The short pause before the error lets hyper flush what was sent so far.
pub fn aborting_body(bytes: axum::body::Bytes) -> axum::body::Body {
    use futures_util::{stream, StreamExt};
    let head = (!bytes.is_empty()).then_some(Ok::<_, std::io::Error>(bytes));
    let fail = stream::once(async {
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        Err(std::io::Error::new(
            std::io::ErrorKind::ConnectionReset,
            "ulazai-sim: injected connection reset",
        ))
    });
    axum::body::Body::from_stream(stream::iter(head).chain(fail))
}
