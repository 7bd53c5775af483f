//! Expected completion per model slug: when, after its creation, a job of this model is
//! likely to finish. The scheduler places its checks where this says renders finish
//! ([`super::placement`]); cards show the same estimate ([`RenderEstimate`]).
//!
//! - **Start**: the model matrix's typical range (`ModelInfo::typical_seconds`,
//!   "typically 30–45 s"), until this creator's own jobs say otherwise.
//! - **Learn**: from `completed_at − created_at` (both server stamps) of every completed
//!   job the scheduler sees — jobs it follows and completed entries of history pages,
//!   each job once. The [`WINDOW`] most recently *created* completed jobs per model are
//!   kept (by creation, not completion: during a burst the fast renders finish first,
//!   and keeping the latest completions would keep the fast ones, then the slow ones);
//!   the estimate is their 5 %, 50 % and 95 % quantiles (a rolling quantile: one odd
//!   render cannot move it far), with the matrix range mixed in while fewer than
//!   [`MIN_LEARNED`] are known. Each observation moves each bound by at most
//!   ×[`MAX_DRIFT`] either way.
//! - **Left out**: `failed` jobs (a failure can come at any time — rejections within
//!   seconds, provider errors late — and is not what a creator waits for; the first check
//!   3–5 s after creation is there for the quick ones, and the failed answer carries no
//!   timestamps anyway); merge outputs (`model_slug`/`mode` `merge`: their time follows
//!   the total length of the clips, not a model, so one distribution would mislead — they
//!   keep the documented cadence); jobs without a model slug or either stamp.
//! - **Persisted** with the job store snapshot ([`EtaSnapshot`] in `Snapshot::eta`).
//!
//! Times are in the scheduler's seconds: wall-clock seconds (server stamps are wall
//! clock), and the matrix's seconds multiplied by the policy's `time_scale` (1 in
//! production; a benchmark's simulator running 10× faster uses 0.1).

use std::collections::{BTreeMap, HashMap};
use std::sync::{Mutex, MutexGuard, OnceLock};

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use crate::api::RemoteJob;
use crate::model::{JobStatus, ModelInfo};

/// Completions kept per model (the rolling window).
pub const WINDOW: usize = 16;
/// Below this many completions the matrix range is mixed in as three pseudo-samples.
pub const MIN_LEARNED: usize = 4;
/// One observation moves a bound by at most this factor (up or down).
pub const MAX_DRIFT: f64 = 1.25;
/// Quantiles of the window: where the dense checks start, the typical time, where they end.
const OPEN_Q: f64 = 0.05;
const TYPICAL_Q: f64 = 0.5;
const CLOSE_Q: f64 = 0.95;

/// Where a model's jobs usually finish, in seconds after creation.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Window {
    /// Few jobs finish before this (dense checks start here).
    pub open_secs: f64,
    /// The typical (median) time.
    pub typical_secs: f64,
    /// Few jobs finish after this (past it: the documented 10 s cadence).
    pub close_secs: f64,
}

impl Window {
    fn from_range(lo: f64, hi: f64) -> Window {
        Window {
            open_secs: lo,
            typical_secs: (lo + hi) / 2.0,
            close_secs: hi,
        }
    }

    fn is_sane(&self) -> bool {
        [self.open_secs, self.typical_secs, self.close_secs]
            .iter()
            .all(|v| v.is_finite() && *v > 0.0)
    }

    /// Move toward `target`, each bound by at most ×/÷ [`MAX_DRIFT`], kept ordered.
    fn drift_toward(&self, target: &Window) -> Window {
        let step = |cur: f64, want: f64| want.clamp(cur / MAX_DRIFT, cur * MAX_DRIFT);
        let open = step(self.open_secs, target.open_secs);
        let typical = step(self.typical_secs, target.typical_secs).max(open);
        Window {
            open_secs: open,
            typical_secs: typical,
            close_secs: step(self.close_secs, target.close_secs).max(typical),
        }
    }
}

/// One completed job's duration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sample {
    pub job_id: String,
    /// When it was created (server stamp, Unix ms): the window keeps the latest.
    pub created_unix_ms: i64,
    /// `completed_at − created_at`, seconds.
    pub secs: f64,
}

/// What is learned about one model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct ModelSnapshot {
    /// The latest-created completed jobs (at most [`WINDOW`]), earliest created first.
    #[serde(default)]
    pub samples: Vec<Sample>,
    /// The estimate in use (after bounded drift); `None` until the first completion.
    #[serde(default)]
    pub estimate: Option<Window>,
}

/// The estimator's persisted state (part of the job store snapshot).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct EtaSnapshot {
    #[serde(default)]
    pub models: BTreeMap<String, ModelSnapshot>,
}

/// The estimate a card shows: "usually 38 s for this model".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct RenderEstimate {
    pub model_slug: String,
    /// Typical seconds from creation to completion (the median the scheduler uses).
    pub typical_secs: u32,
    /// Most jobs of this model finish within these seconds after creation.
    pub window_secs: (u32, u32),
    /// How many of this creator's completed jobs the estimate is learned from (0: the
    /// model matrix's typical range).
    pub learned_from: u32,
}

#[derive(Default)]
struct State {
    models: HashMap<String, ModelSnapshot>,
    /// The matrix's typical range per slug (scheduler seconds).
    priors: HashMap<String, (f64, f64)>,
}

/// The shared estimator: the scheduler learns into it and reads windows from it; the
/// engine sets the matrix priors, snapshots it and answers the UI from it.
pub struct EtaBook {
    state: Mutex<State>,
    time_scale: f64,
    on_change: OnceLock<Box<dyn Fn() + Send + Sync>>,
}

/// `completed_at − created_at` of a completed job that feeds the estimator, with its
/// creation (Unix ms); `None` for what is left out (see the module docs).
fn measure(remote: &RemoteJob) -> Option<(String, Sample)> {
    if remote.status != JobStatus::Completed
        || remote.mode.as_deref() == Some("merge")
        || remote.model_slug.as_deref() == Some("merge")
    {
        return None;
    }
    let slug = remote.model_slug.clone().filter(|s| !s.is_empty())?;
    let stamp = |s: &Option<String>| {
        chrono::DateTime::parse_from_rfc3339(s.as_deref()?)
            .ok()
            .map(|t| t.timestamp_millis())
    };
    let (created, completed) = (stamp(&remote.created_at)?, stamp(&remote.completed_at)?);
    let secs = (completed - created) as f64 / 1000.0;
    (secs > 0.0 && secs.is_finite()).then(|| {
        (
            slug,
            Sample {
                job_id: remote.job_id.clone(),
                created_unix_ms: created,
                secs,
            },
        )
    })
}

/// Linear-interpolated quantile of sorted values.
fn quantile(sorted: &[f64], q: f64) -> f64 {
    let pos = (sorted.len() - 1) as f64 * q.clamp(0.0, 1.0);
    let (i, frac) = (pos.floor() as usize, pos.fract());
    match sorted.get(i + 1) {
        Some(next) => sorted[i] + (next - sorted[i]) * frac,
        None => sorted[i],
    }
}

/// The window the samples point at (with the prior as pseudo-samples while few).
fn target(samples: &[Sample], prior: Option<(f64, f64)>) -> Window {
    let mut v: Vec<f64> = samples.iter().map(|s| s.secs).collect();
    if let (true, Some((lo, hi))) = (v.len() < MIN_LEARNED, prior) {
        v.extend([lo, (lo + hi) / 2.0, hi]);
    }
    v.sort_by(f64::total_cmp);
    Window {
        open_secs: quantile(&v, OPEN_Q),
        typical_secs: quantile(&v, TYPICAL_Q),
        close_secs: quantile(&v, CLOSE_Q),
    }
}

impl ModelSnapshot {
    /// Add a completion unless it is known or, with the window full, created before every
    /// kept one (a stale history entry); returns whether it was added.
    fn observe(&mut self, sample: Sample, prior: Option<(f64, f64)>) -> bool {
        if self.samples.iter().any(|s| s.job_id == sample.job_id) {
            return false;
        }
        let full = self.samples.len() >= WINDOW;
        if full && self.samples[0].created_unix_ms > sample.created_unix_ms {
            return false;
        }
        let at = self
            .samples
            .partition_point(|s| s.created_unix_ms <= sample.created_unix_ms);
        self.samples.insert(at, sample);
        if self.samples.len() > WINDOW {
            self.samples.remove(0);
        }
        let target = target(&self.samples, prior);
        let start = self
            .estimate
            .filter(Window::is_sane)
            .or_else(|| prior.map(|(lo, hi)| Window::from_range(lo, hi)))
            .unwrap_or(target);
        self.estimate = Some(start.drift_toward(&target));
        true
    }
}

impl EtaBook {
    /// An estimator restored from `saved`, for a scheduler whose clock is `time_scale`
    /// times the server's seconds (`PollPolicy::time_scale`).
    pub fn restore(saved: EtaSnapshot, time_scale: f64) -> EtaBook {
        let models = saved
            .models
            .into_iter()
            .map(|(slug, mut m)| {
                m.samples.retain(|s| s.secs.is_finite() && s.secs > 0.0);
                m.samples.sort_by_key(|s| s.created_unix_ms);
                let excess = m.samples.len().saturating_sub(WINDOW);
                m.samples.drain(..excess);
                m.estimate = m.estimate.filter(Window::is_sane);
                (slug, m)
            })
            .collect();
        EtaBook {
            state: Mutex::new(State {
                models,
                priors: HashMap::new(),
            }),
            time_scale: if time_scale.is_finite() && time_scale > 0.0 {
                time_scale
            } else {
                1.0
            },
            on_change: OnceLock::new(),
        }
    }

    /// Called after every change worth saving (the engine marks its store dirty).
    pub fn on_change(&self, f: impl Fn() + Send + Sync + 'static) {
        let _ = self.on_change.set(Box::new(f));
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn snapshot(&self) -> EtaSnapshot {
        EtaSnapshot {
            models: self
                .lock()
                .models
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        }
    }

    /// The matrix's typical ranges (in server seconds) become the starting estimates.
    pub fn set_priors(&self, models: &[ModelInfo]) {
        let mut state = self.lock();
        for m in models {
            if let Some((lo, hi)) = m.typical_seconds.filter(|(lo, hi)| *lo > 0 && hi >= lo) {
                let scale = |v: u32| f64::from(v) * self.time_scale;
                state.priors.insert(m.slug.clone(), (scale(lo), scale(hi)));
            }
        }
    }

    /// Learn from a server answer when it is a completed job that feeds the estimator
    /// and was not seen before. Returns whether anything was learned.
    pub fn observe(&self, remote: &RemoteJob) -> bool {
        let Some((slug, sample)) = measure(remote) else {
            return false;
        };
        let learned = {
            let mut state = self.lock();
            let prior = state.priors.get(&slug).copied();
            state.models.entry(slug).or_default().observe(sample, prior)
        };
        if learned {
            if let Some(f) = self.on_change.get() {
                f();
            }
        }
        learned
    }

    /// The window the scheduler uses for `slug`: learned, else the matrix's range, else
    /// none (the job keeps the documented cadence).
    pub fn window(&self, slug: &str) -> Option<Window> {
        let state = self.lock();
        state.models.get(slug).and_then(|m| m.estimate).or_else(|| {
            let (lo, hi) = state.priors.get(slug)?;
            Some(Window::from_range(*lo, *hi))
        })
    }

    /// What a card shows for `slug` (the window the scheduler uses, rounded).
    pub fn estimate(&self, slug: &str) -> Option<RenderEstimate> {
        let w = self.window(slug)?;
        let learned_from = self
            .lock()
            .models
            .get(slug)
            .map_or(0, |m| m.samples.len() as u32);
        let secs = |v: f64| v.round().clamp(0.0, f64::from(u32::MAX)) as u32;
        Some(RenderEstimate {
            model_slug: slug.to_string(),
            typical_secs: secs(w.typical_secs),
            window_secs: (secs(w.open_secs), secs(w.close_secs)),
            learned_from,
        })
    }

    /// Every slug with an estimate (learned or from the matrix), sorted.
    pub fn estimates(&self) -> Vec<RenderEstimate> {
        let mut slugs: Vec<String> = {
            let state = self.lock();
            state
                .models
                .keys()
                .chain(state.priors.keys())
                .cloned()
                .collect()
        };
        slugs.sort();
        slugs.dedup();
        slugs.iter().filter_map(|s| self.estimate(s)).collect()
    }
}

#[cfg(test)]
mod tests;
