//! Render times that are not the model matrix's uniform range: a skewed (log-normal) body,
//! a slow tail and occasional queue delays. Off by default (`SimConfig::render_times` is
//! `None`: every job renders for a uniform draw from its model's typical range); clients
//! that learn how long renders take (the engine's completion estimator, the polling
//! benchmark) turn it on.

use rand::Rng;
use serde::{Deserialize, Serialize};

use crate::numbers::clean_secs;

/// How render times are drawn when [`crate::SimConfig::render_times`] is set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RenderTimes {
    /// The body's median as a multiple of the middle of the model's typical range
    /// (1.0: the middle of "typically 30–45 s", i.e. 37.5 s).
    pub median_factor: f64,
    /// Spread of the log-normal body (standard deviation of the natural log).
    pub sigma: f64,
    /// Chance (0..=1) that a render is slow: its time is multiplied by a factor drawn
    /// uniformly from `slow_factor`.
    pub slow_rate: f64,
    pub slow_factor: (f64, f64),
    /// Chance (0..=1) that a job waits in the queue: `pending` lasts longer by a time
    /// drawn uniformly from `queue_secs` (sim seconds).
    pub queue_rate: f64,
    pub queue_secs: (f64, f64),
}

impl Default for RenderTimes {
    /// Right-skewed renders a little faster than the matrix's middle, about one in twelve
    /// slow (×1.3–1.8), one in thirty queued for 20–60 s.
    fn default() -> Self {
        RenderTimes {
            median_factor: 0.9,
            sigma: 0.15,
            slow_rate: 0.08,
            slow_factor: (1.3, 1.8),
            queue_rate: 1.0 / 30.0,
            queue_secs: (20.0, 60.0),
        }
    }
}

impl RenderTimes {
    /// (render seconds, extra pending seconds) for one job of a model whose typical range
    /// is `typical` (sim seconds).
    pub fn draw<R: Rng + ?Sized>(&self, typical: (f64, f64), rng: &mut R) -> (f64, f64) {
        let middle = (typical.0 + typical.1) / 2.0;
        let median = (middle * self.median_factor).max(0.0);
        let mut render = median * (self.sigma.max(0.0) * standard_normal(rng)).exp();
        if rng.random::<f64>() < self.slow_rate {
            render *= uniform(self.slow_factor, rng);
        }
        let queued = if rng.random::<f64>() < self.queue_rate {
            uniform(self.queue_secs, rng)
        } else {
            0.0
        };
        (clean_secs(render), clean_secs(queued))
    }
}

fn uniform<R: Rng + ?Sized>((a, b): (f64, f64), rng: &mut R) -> f64 {
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    if lo.is_finite() && hi.is_finite() && lo < hi {
        rng.random_range(lo..=hi)
    } else if lo.is_finite() {
        lo
    } else {
        0.0
    }
}

/// One draw of N(0, 1) (Box–Muller).
fn standard_normal<R: Rng + ?Sized>(rng: &mut R) -> f64 {
    let u1: f64 = rng.random_range(f64::MIN_POSITIVE..1.0);
    let u2: f64 = rng.random();
    (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::rngs::StdRng;
    use rand::SeedableRng;

    fn quantile(sorted: &[f64], q: f64) -> f64 {
        sorted[((sorted.len() - 1) as f64 * q).round() as usize]
    }

    #[test]
    fn skewed_with_a_slow_tail_and_some_queueing() {
        let t = RenderTimes::default();
        let mut rng = StdRng::seed_from_u64(5);
        let draws: Vec<(f64, f64)> = (0..20_000)
            .map(|_| t.draw((30.0, 45.0), &mut rng))
            .collect();
        let mut render: Vec<f64> = draws.iter().map(|d| d.0).collect();
        render.sort_by(f64::total_cmp);
        let (q10, q50, q90, q99) = (
            quantile(&render, 0.1),
            quantile(&render, 0.5),
            quantile(&render, 0.9),
            quantile(&render, 0.99),
        );
        // Median near 0.9 × 37.5 (the slow tail pulls it up a little).
        assert!((33.0..36.5).contains(&q50), "median {q50}");
        // Right-skewed: the top tail is much longer than the bottom one.
        assert!(q99 - q50 > 2.0 * (q50 - q10), "{q10} {q50} {q99}");
        assert!(q90 < 45.0 && q99 > 55.0, "q90 {q90}, q99 {q99}");
        let queued = draws.iter().filter(|d| d.1 > 0.0).count() as f64 / draws.len() as f64;
        assert!((0.025..0.045).contains(&queued), "queued {queued}");
        assert!(draws
            .iter()
            .all(|d| d.1 == 0.0 || (20.0..=60.0).contains(&d.1)));
    }
}
