//! Simulator configuration: keys, users, timing, failure and rate-limit knobs.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::faults::Faults;
use crate::numbers::{clamp01, clean_secs};
use crate::timing::RenderTimes;

/// The key every default simulator accepts (demo mode, examples, tests).
pub const DEMO_KEY: &str = "ulazai_live_demo_0000000000000000";

/// A browser/login user: signs in with `username`/`password` and acts as `key`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SimUser {
    pub username: String,
    pub password: String,
    pub key: String,
}

impl SimUser {
    pub fn new(username: &str, password: &str, key: &str) -> Self {
        SimUser {
            username: username.into(),
            password: password.into(),
            key: key.into(),
        }
    }
}

/// Everything that shapes one simulator instance. All fields have defaults.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct SimConfig {
    /// Accepted `Authorization: Bearer` keys.
    pub keys: Vec<String>,
    /// Users for `POST /api/login/` and the browser sign-in page.
    pub users: Vec<SimUser>,
    /// Sim seconds per real second.
    pub speed: f64,
    /// Time a job stays `pending` (sim seconds).
    pub pending_secs: f64,
    /// Overrides every model's processing time (sim seconds).
    pub render_secs: Option<f64>,
    /// Every model's typical range in sim seconds, (low, high): what the served model
    /// matrix says (`typical_seconds`) and what renders are drawn from when `render_secs`
    /// does not fix them. None (default): each model's own range. A simulator whose renders
    /// are all made short says so here, as the real service's matrix describes its real
    /// renders, so that a client placing its checks by the matrix is not sent to the wrong
    /// time.
    pub typical_secs: Option<(u32, u32)>,
    /// Draw processing times (and queue delays) from a skewed distribution instead of the
    /// model's uniform typical range. `render_secs` still wins. None (default): uniform.
    pub render_times: Option<RenderTimes>,
    /// Chance (0..=1) that a created job fails (its credits are refunded).
    pub failure_rate: f64,
    /// Seed of the RNG that draws render times, failures and fault rolls.
    pub seed: u64,
    /// Starting credits of every key.
    pub credits: u64,
    /// Generate POSTs allowed per key inside one window.
    pub generate_limit_per_hour: u32,
    /// Length of the rate-limit window in REAL seconds.
    pub rate_window_secs: f64,
    /// Injected faults (none by default).
    pub faults: Faults,
    /// Where jobs, credits, folders and merges are saved (JSON, rewritten atomically after
    /// every change) and restored from at start. None = in memory only.
    #[serde(default)]
    pub state_path: Option<PathBuf>,
    /// Serve the unauthenticated `/_sim/…` control endpoints (tests, the standalone
    /// simulator). The app's embedded demo turns them off: any web page could call them.
    pub control_endpoints: bool,
    /// Answer only requests whose `Host` is exactly this simulator's own `127.0.0.1:PORT`
    /// (421 otherwise), so that a web page on another name (DNS rebinding) cannot reach it.
    pub only_own_host: bool,
    /// At start, give the saved jobs and credits of keys no longer configured to the first
    /// configured key (the app's demo uses a new random key every run) instead of dropping
    /// them.
    pub adopt_saved_jobs: bool,
    /// Serve each completed job a clip as long as its duration (a merge: its sources'
    /// clips one after the other), built from the embedded 2 s clips. Off: every job gets
    /// its 2 s clip whatever it asked for (what most tests measure against).
    pub full_length_clips: bool,
    /// Every Nth render created fails, credits refunded, with a message that says it is a
    /// demo failure (0 = never). Deterministic: counted over the renders the simulator
    /// holds (saved ones included), merges not counted.
    pub fail_every: u32,
}

impl Default for SimConfig {
    fn default() -> Self {
        SimConfig {
            keys: vec![DEMO_KEY.into()],
            users: vec![SimUser::new("demo", "demo", DEMO_KEY)],
            speed: 1.0,
            pending_secs: 3.0,
            render_secs: None,
            typical_secs: None,
            render_times: None,
            failure_rate: 0.0,
            seed: 42,
            credits: 100_000,
            generate_limit_per_hour: 24,
            rate_window_secs: 3600.0,
            faults: Faults::default(),
            state_path: None,
            control_endpoints: true,
            only_own_host: false,
            adopt_saved_jobs: false,
            full_length_clips: false,
            fail_every: 0,
        }
    }
}

impl SimConfig {
    /// A config for fast tests: `speed` sim seconds per real second, short phases.
    pub fn fast(speed: f64) -> Self {
        SimConfig {
            speed,
            pending_secs: 1.0,
            render_secs: Some(2.0),
            ..SimConfig::default()
        }
    }

    /// Clamp nonsense values (negative times, rates outside 0..=1, zero speed).
    pub(crate) fn sanitized(mut self) -> Self {
        if !(self.speed.is_finite() && self.speed > 0.0) {
            self.speed = 1.0;
        }
        self.pending_secs = clean_secs(self.pending_secs);
        self.render_secs = self.render_secs.map(clean_secs);
        self.typical_secs = self.typical_secs.filter(|(lo, hi)| *lo > 0 && hi >= lo);
        self.failure_rate = clamp01(self.failure_rate);
        if !(self.rate_window_secs.is_finite() && self.rate_window_secs > 0.0) {
            self.rate_window_secs = 3600.0;
        }
        self
    }
}

/// Show a key without giving it away: `ulazai_live_…0000`.
pub fn mask_key(key: &str) -> String {
    let chars: Vec<char> = key.chars().collect();
    if chars.len() <= 16 {
        let head: String = chars.iter().take(4).collect();
        return format!("{head}…");
    }
    let head: String = chars[..12].iter().collect();
    let tail: String = chars[chars.len() - 4..].iter().collect();
    format!("{head}…{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_keys_and_sanitizes() {
        assert_eq!(mask_key(DEMO_KEY), "ulazai_live_…0000");
        assert_eq!(mask_key("short"), "shor…");
        let c = SimConfig {
            speed: 0.0,
            failure_rate: 3.0,
            pending_secs: -1.0,
            ..SimConfig::default()
        }
        .sanitized();
        assert_eq!((c.speed, c.failure_rate, c.pending_secs), (1.0, 1.0, 0.0));
    }
}
