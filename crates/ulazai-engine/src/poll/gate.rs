//! The global pause in front of every polling request.
//!
//! - 429: pause ALL polling until `Retry-After` (or the backoff when absent).
//! - 5xx, network faults, unreadable answers (and any other unexpected answer): global
//!   exponential backoff `base × 2^n`, capped, jittered.
//! - 401 / no credentials: pause until new credentials arrive.
//!
//! Every pause emits `Connectivity::BackingOff` (or `KeyState`); the first success after
//! it emits `Connectivity::Online` (the sink only forwards changes).

use std::time::Duration;

use rand::Rng;
use tokio::time::Instant;

use super::schedule::{backoff_delay, PollPolicy};
use super::PollSink;
use crate::api::{ApiError, NetworkKind};
use crate::model::{Connectivity, KeyState};
use crate::Text;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PauseKind {
    /// The server said 429: its `Retry-After` is binding, even for a manual refresh.
    RateLimited,
    /// Our own backoff after faults: a manual refresh may try earlier.
    Fault,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pause {
    None,
    Until {
        at: Instant,
        kind: PauseKind,
    },
    /// 401 or no key: nothing is sent until the credentials change.
    Credentials,
}

pub struct Gate {
    policy: PollPolicy,
    pause: Pause,
    /// Consecutive failed requests (reset by a success).
    failures: u32,
}

impl Gate {
    pub fn new(policy: PollPolicy) -> Gate {
        Gate {
            policy,
            pause: Pause::None,
            failures: 0,
        }
    }

    pub fn pause(&self) -> Pause {
        self.pause
    }

    /// May a request be sent at `now`? Clears a pause that has run out.
    pub fn is_open(&mut self, now: Instant) -> bool {
        match self.pause {
            Pause::None => true,
            Pause::Credentials => false,
            Pause::Until { at, .. } if now >= at => {
                self.pause = Pause::None;
                true
            }
            Pause::Until { .. } => false,
        }
    }

    /// A manual refresh may cut our own fault backoff short, never a 429 or a 401 pause.
    pub fn allow_manual(&mut self, now: Instant) -> bool {
        if let Pause::Until {
            kind: PauseKind::Fault,
            ..
        } = self.pause
        {
            self.pause = Pause::None;
        }
        self.is_open(now)
    }

    pub fn credentials_changed(&mut self) {
        if self.pause == Pause::Credentials {
            self.pause = Pause::None;
        }
    }

    pub fn succeeded(&mut self, sink: &dyn PollSink) {
        self.failures = 0;
        sink.connectivity(Connectivity::Online);
        sink.key_state(KeyState::Valid);
    }

    pub fn failed<R: Rng + ?Sized>(
        &mut self,
        e: &ApiError,
        now: Instant,
        rng: &mut R,
        sink: &dyn PollSink,
    ) {
        match e {
            ApiError::Unauthorized { .. } => {
                self.pause = Pause::Credentials;
                sink.key_state(KeyState::Invalid);
            }
            ApiError::NoCredentials => {
                self.pause = Pause::Credentials;
                sink.key_state(KeyState::Missing);
            }
            ApiError::RateLimited { retry_after, .. } => {
                self.failures = self.failures.saturating_add(1);
                let wait = match retry_after {
                    Some(d) => *d,
                    None => backoff_delay(&self.policy, self.failures, rng),
                };
                self.back_off(now, wait, PauseKind::RateLimited, reason(e), sink);
            }
            _ => {
                self.failures = self.failures.saturating_add(1);
                let wait = backoff_delay(&self.policy, self.failures, rng);
                self.back_off(now, wait, PauseKind::Fault, reason(e), sink);
            }
        }
    }

    fn back_off(
        &mut self,
        now: Instant,
        wait: Duration,
        kind: PauseKind,
        reason: Text,
        sink: &dyn PollSink,
    ) {
        self.pause = Pause::Until {
            at: now + wait,
            kind,
        };
        let retry_at =
            chrono::Utc::now() + chrono::Duration::from_std(wait).unwrap_or(chrono::Duration::MAX);
        let retry_at = retry_at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
        tracing::info!(?wait, %reason, "polling paused");
        sink.connectivity(Connectivity::BackingOff {
            retry_at,
            reason: reason.english(),
            text: Some(reason),
        });
    }
}

/// A short, key-free reason for the banner.
fn reason(e: &ApiError) -> Text {
    match e {
        ApiError::RateLimited { .. } => Text::new("errors-poll-slow-down"),
        ApiError::Server { status, .. } => {
            Text::new("errors-poll-server").with("status", status.to_string())
        }
        ApiError::Network {
            kind: NetworkKind::Timeout,
            ..
        } => Text::new("errors-poll-timeout"),
        ApiError::Network {
            kind: NetworkKind::Connect,
            ..
        } => Text::new("errors-poll-connect"),
        ApiError::Network { .. } => Text::new("errors-poll-interrupted"),
        ApiError::UnreadableBody { .. } => Text::new("errors-poll-unreadable"),
        other => Text::new("errors-poll-unexpected").with("answer", format!("{other:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::RemoteJob;
    use rand::rngs::StdRng;
    use rand::SeedableRng;
    use std::sync::Mutex;

    #[derive(Default)]
    struct Rec(Mutex<Vec<String>>);
    impl PollSink for Rec {
        fn apply(&self, _: &RemoteJob) -> super::super::Applied {
            super::super::Applied::Active
        }
        fn discover(&self, _: &RemoteJob) -> bool {
            false
        }
        fn unknown_to_server(&self, _: &str) {}
        fn connectivity(&self, s: Connectivity) {
            self.0.lock().unwrap().push(format!("{s:?}"));
        }
        fn key_state(&self, s: KeyState) {
            self.0.lock().unwrap().push(format!("{s:?}"));
        }
    }

    fn policy() -> PollPolicy {
        PollPolicy {
            jitter: 0.0,
            ..PollPolicy::documented()
        }
    }

    #[tokio::test]
    async fn retry_after_wins_over_backoff() {
        let (mut g, sink, mut rng) = (
            Gate::new(policy()),
            Rec::default(),
            StdRng::seed_from_u64(1),
        );
        let now = Instant::now();
        let e = ApiError::RateLimited {
            retry_after: Some(Duration::from_secs(7)),
            message: String::new(),
        };
        g.failed(&e, now, &mut rng, &sink);
        assert_eq!(
            g.pause(),
            Pause::Until {
                at: now + Duration::from_secs(7),
                kind: PauseKind::RateLimited
            }
        );
        assert!(!g.is_open(now + Duration::from_secs(6)));
        assert!(
            !g.allow_manual(now + Duration::from_secs(6)),
            "manual refresh must honour 429"
        );
        assert!(g.is_open(now + Duration::from_secs(7)));
        assert!(sink.0.lock().unwrap()[0].starts_with("BackingOff"));
    }

    #[tokio::test]
    async fn faults_back_off_exponentially_and_success_resets() {
        let (mut g, sink, mut rng) = (
            Gate::new(policy()),
            Rec::default(),
            StdRng::seed_from_u64(1),
        );
        let now = Instant::now();
        let e = ApiError::Server {
            status: 503,
            message: String::new(),
        };
        let mut waits = vec![];
        for _ in 0..7 {
            g.failed(&e, now, &mut rng, &sink);
            if let Pause::Until { at, .. } = g.pause() {
                waits.push((at - now).as_secs());
            }
        }
        assert_eq!(waits, vec![2, 4, 8, 16, 32, 60, 60]);
        assert!(
            g.allow_manual(now),
            "a manual refresh may cut our own backoff short"
        );
        g.succeeded(&sink);
        g.failed(&e, now, &mut rng, &sink);
        assert_eq!(
            g.pause(),
            Pause::Until {
                at: now + Duration::from_secs(2),
                kind: PauseKind::Fault
            }
        );
    }

    #[tokio::test]
    async fn unauthorized_pauses_until_new_credentials() {
        let (mut g, sink, mut rng) = (
            Gate::new(policy()),
            Rec::default(),
            StdRng::seed_from_u64(1),
        );
        let now = Instant::now();
        g.failed(
            &ApiError::Unauthorized {
                message: String::new(),
            },
            now,
            &mut rng,
            &sink,
        );
        assert!(!g.is_open(now + Duration::from_secs(3600)));
        assert!(!g.allow_manual(now));
        assert_eq!(sink.0.lock().unwrap().last().unwrap(), "Invalid");
        g.credentials_changed();
        assert!(g.is_open(now));
    }
}
