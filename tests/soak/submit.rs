//! The creator of the soak: submits batches through the app's own `generate` command (in
//! its window, through WebDriver) on a schedule, and — like a person reading the app's
//! error — tries a batch again when the app says it failed for a passing reason.

use std::time::{Duration, Instant};

use rand::Rng;
use serde_json::{json, Value};

use super::app::SoakApp;

/// Requests the simulator accepts (text-only models, so no media links are needed).
fn templates() -> [Value; 4] {
    [
        json!({"model_slug": "veo31_fast", "aspect_ratio": "16:9", "duration_seconds": 8}),
        json!({"model_slug": "grok_imagine_video", "aspect_ratio": "9:16"}),
        json!({"model_slug": "kling_3_0", "aspect_ratio": "1:1", "duration_seconds": 5,
               "quality_mode": "std"}),
        json!({"model_slug": "seedance_2_0", "duration_seconds": 5}),
    ]
}

/// How often a creator tries one batch before giving up.
const MAX_TRIES: u32 = 8;

#[derive(Debug, Clone)]
pub struct Batch {
    /// Unique per batch: tells its server jobs (and any duplicate) apart.
    pub prompt: String,
    pub count: u32,
    pub params: Value,
}

/// Batches of 1 to 4 jobs adding up to `jobs`.
pub fn batches(jobs: u32, rng: &mut impl Rng) -> Vec<Batch> {
    let mut out = Vec::new();
    let mut left = jobs;
    while left > 0 {
        let count = rng.random_range(1..=4).min(left);
        left -= count;
        let templates = templates();
        let mut params = templates[rng.random_range(0..templates.len())].clone();
        let prompt = format!("soak batch {} of a lighthouse at dusk", out.len() + 1);
        params["prompt"] = json!(prompt);
        params["count"] = json!(count);
        out.push(Batch {
            prompt,
            count,
            params,
        });
    }
    out
}

/// Where one batch stands.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Not sent yet, or waiting to be tried again at this moment.
    Waiting(Instant),
    /// `generate` was invoked (try `n`, 1-based); no answer yet.
    InFlight(u32),
    /// The app answered with these job ids.
    Accepted(Vec<String>),
    /// The app was killed while this batch was in flight: its fate shows in the store.
    KilledInFlight,
    /// The app refused for good (or the creator gave up), with its last error.
    GaveUp(String),
}

pub struct User {
    pub batches: Vec<Batch>,
    pub outcomes: Vec<Outcome>,
    /// Tries per batch (a second try is the creator pressing Generate again).
    pub tries: Vec<u32>,
    /// Every error code the app answered with, in order.
    pub errors: Vec<String>,
}

impl User {
    /// Batch `i` is due at `i / n` of `window`.
    pub fn new(batches: Vec<Batch>, window: Duration) -> User {
        let n = batches.len().max(1) as f64;
        let start = Instant::now();
        let outcomes = (0..batches.len())
            .map(|i| Outcome::Waiting(start + window.mul_f64(i as f64 / n)))
            .collect();
        let tries = vec![0; batches.len()];
        User {
            batches,
            outcomes,
            tries,
            errors: Vec::new(),
        }
    }

    /// Every batch has an answer (or was lost with a killed app).
    pub fn finished(&self) -> bool {
        self.outcomes
            .iter()
            .all(|o| !matches!(o, Outcome::Waiting(_) | Outcome::InFlight(_)))
    }

    /// The next batch due, if one is (for the in-flight kill).
    pub fn next_waiting(&self) -> Option<usize> {
        self.outcomes
            .iter()
            .position(|o| matches!(o, Outcome::Waiting(_)))
    }

    /// Send batch `i` now (fire and forget; `step` collects the answer).
    pub async fn send(&mut self, app: &SoakApp, i: usize) -> Result<(), String> {
        self.tries[i] += 1;
        let slot = format!("{i}:{}", self.tries[i]);
        app.invoke_generate(&slot, &self.batches[i].params).await?;
        self.outcomes[i] = Outcome::InFlight(self.tries[i]);
        Ok(())
    }

    /// The app was killed: answers to batches in flight will never come.
    pub fn forget_in_flight(&mut self) {
        for o in &mut self.outcomes {
            if matches!(o, Outcome::InFlight(_)) {
                *o = Outcome::KilledInFlight;
            }
        }
    }

    /// Collect answers, try again where the app said "try again", send what is due.
    pub async fn step(&mut self, app: &SoakApp) -> Result<(), String> {
        let answers = app.generate_answers().await?;
        let now = Instant::now();
        for i in 0..self.batches.len() {
            let Outcome::InFlight(n) = self.outcomes[i] else {
                continue;
            };
            let Some(answer) = answers.get(&format!("{i}:{n}")) else {
                continue;
            };
            match answer["state"].as_str() {
                Some("ok") => {
                    let ids = answer["ids"]
                        .as_array()
                        .map(|a| {
                            a.iter()
                                .filter_map(|v| v.as_str().map(String::from))
                                .collect()
                        })
                        .unwrap_or_default();
                    self.outcomes[i] = Outcome::Accepted(ids);
                }
                Some("err") => {
                    let err = &answer["error"];
                    let code = err["code"].as_str().unwrap_or("unknown").to_string();
                    self.errors.push(code.clone());
                    let again = matches!(
                        code.as_str(),
                        "server" | "network" | "unreadable" | "rate_limited" | "starting"
                    );
                    self.outcomes[i] = if again && self.tries[i] < MAX_TRIES {
                        let wait = err["retry_after_secs"].as_u64().unwrap_or(2).max(2);
                        Outcome::Waiting(now + Duration::from_secs(wait))
                    } else {
                        Outcome::GaveUp(format!("{code}: {}", err["message"]))
                    };
                }
                _ => {}
            }
        }
        for i in 0..self.batches.len() {
            if matches!(self.outcomes[i], Outcome::Waiting(at) if at <= now) {
                self.send(app, i).await?;
            }
        }
        Ok(())
    }
}
