//! Submitting a generate request so that a network fault never creates a duplicate — and
//! therefore never charges twice.
//!
//! # Why not simply retry
//! `POST /generate/` is not idempotent and the API has no idempotency key. When the answer
//! is lost — the request timed out, the connection broke off, a proxy answered 5xx, or the
//! body was unreadable — the server may already have created (and charged) the jobs. The
//! contract says: *after a transient failure of generate, check the current jobs (history)
//! before retrying*. So [`submit`]:
//!
//! 1. sends once; a success is returned as is;
//! 2. an error that proves nothing was created (`!may_have_created_jobs()`: 400, 401, 402,
//!    404, 429, a refused connection) is returned untouched — 4xx are never retried, and
//!    429 goes back to the caller so the UI can show when to try again;
//! 3. after an *ambiguous* error it waits `settle_delay`, reads history (newest 100) and
//!    looks for jobs this app does not know yet (`known_ids`) with our model and prompt
//!    (when the server tells them) that were created no earlier than our first send minus
//!    `match_window` (clock skew between us and the server). If it finds any, those are
//!    our jobs: they are returned as the answer (newest first, at most `count`) and nothing
//!    is sent again;
//! 4. if history itself cannot be read, the original error is returned: a blind resend
//!    could double the bill, and the caller can still reconcile later from history;
//! 5. only when history shows nothing of ours is the request sent again, with backoff, up
//!    to `max_attempts` sends in all.
//!
//! When history cannot be read, the request stays *unconfirmed*: the engine asks the poller
//! to reload history (so jobs the server did create become cards, not lost), and
//! [`submit_with`] remembers it in [`Unconfirmed`]: the creator's "try again" with the same
//! model and prompt then reads history *before* sending, and takes the jobs it finds
//! (including cards a reload added meanwhile) instead of paying for the batch twice.
//!
//! The remaining risk is the opposite one: adopting a job the creator started elsewhere
//! (e.g. on the web) with the same model and prompt in the same few minutes. That job is
//! real and visible either way, so adopting it is the cheaper mistake.
use std::collections::HashSet;
use std::sync::Mutex;
use std::time::Duration;

use chrono::{DateTime, Utc};

use crate::api::{ApiError, Client, GenerateAnswer, RateInfo, RemoteJob};
use crate::model::GenerateParams;

/// How [`submit`] retries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubmitPolicy {
    /// Sends in all, the first included (3).
    pub max_attempts: u32,
    /// Wait after an ambiguous error before reading history (1 s).
    pub settle_delay: Duration,
    /// Wait before a resend; doubles each time (2 s).
    pub backoff: Duration,
    /// How far before our first send a server `created_at` may be and still count as ours
    /// (clock skew; 10 min).
    pub match_window: Duration,
}

impl Default for SubmitPolicy {
    fn default() -> Self {
        SubmitPolicy {
            max_attempts: 3,
            settle_delay: Duration::from_secs(1),
            backoff: Duration::from_secs(2),
            match_window: Duration::from_secs(600),
        }
    }
}

impl SubmitPolicy {
    /// Short waits for tests.
    pub fn fast() -> Self {
        SubmitPolicy {
            max_attempts: 3,
            settle_delay: Duration::from_millis(50),
            backoff: Duration::from_millis(50),
            match_window: Duration::from_secs(600),
        }
    }
}

/// How many jobs of history are searched for our lost batch.
const HISTORY_LIMIT: u32 = 100;

/// Requests whose outcome is unknown (an ambiguous failure that history could not settle),
/// by model and prompt, with the time of their first send.
#[derive(Debug, Default)]
pub struct Unconfirmed(Mutex<Vec<(String, String, DateTime<Utc>)>>);

impl Unconfirmed {
    fn key(params: &GenerateParams) -> (String, String) {
        (
            params.model_slug.trim().to_string(),
            params.prompt.trim().to_string(),
        )
    }

    fn add(&self, params: &GenerateParams, first_send: DateTime<Utc>) {
        let (slug, prompt) = Self::key(params);
        let mut list = self.0.lock().unwrap_or_else(|e| e.into_inner());
        list.retain(|(s, p, _)| !(s == &slug && p == &prompt));
        list.push((slug, prompt, first_send));
    }

    /// Whether a request like `params` is unconfirmed (its history check failed).
    pub fn holds(&self, params: &GenerateParams) -> bool {
        let (slug, prompt) = Self::key(params);
        let list = self.0.lock().unwrap_or_else(|e| e.into_inner());
        list.iter().any(|(s, p, _)| s == &slug && p == &prompt)
    }

    /// The first send of an unconfirmed request like `params`, forgotten here.
    fn take(&self, params: &GenerateParams) -> Option<DateTime<Utc>> {
        let (slug, prompt) = Self::key(params);
        let mut list = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let i = list
            .iter()
            .position(|(s, p, _)| s == &slug && p == &prompt)?;
        Some(list.remove(i).2)
    }
}

/// Send `params` once, and after an ambiguous failure look in history before sending again
/// (see the module documentation). `known_ids` are the jobs the app already shows.
pub async fn submit(
    client: &Client,
    params: &GenerateParams,
    known_ids: &HashSet<String>,
    policy: &SubmitPolicy,
) -> Result<GenerateAnswer, ApiError> {
    submit_with(client, params, known_ids, policy, &Unconfirmed::default()).await
}

/// [`submit`], remembering a request it could not confirm in `unconfirmed`; a later
/// submit of the same model and prompt first looks in history for the jobs that earlier
/// try may have created. `known_ids` should then hold only the jobs this app started (a
/// card found by a history reload may be one of those jobs).
pub async fn submit_with(
    client: &Client,
    params: &GenerateParams,
    known_ids: &HashSet<String>,
    policy: &SubmitPolicy,
    unconfirmed: &Unconfirmed,
) -> Result<GenerateAnswer, ApiError> {
    let window = chrono::Duration::from_std(policy.match_window).unwrap_or_default();
    if let Some(earlier) = unconfirmed.take(params) {
        let history = match client.history(HISTORY_LIMIT, 0).await {
            Ok(h) => h,
            Err(e) => {
                // Still unknown: sending now could pay for the batch twice.
                unconfirmed.add(params, earlier);
                return Err(e);
            }
        };
        let ours = find_lost_jobs(&history, params, known_ids, earlier - window);
        if !ours.is_empty() {
            tracing::info!(
                jobs = ours.len(),
                "generate: an earlier, unconfirmed try created the batch; adopting it"
            );
            return Ok(GenerateAnswer {
                job_ids: ours,
                rate: RateInfo::default(),
            });
        }
    }
    let first_send = Utc::now();
    let not_before = first_send - window;
    let mut backoff = policy.backoff;
    let mut attempt = 0;
    loop {
        attempt += 1;
        let err = match client.generate(params).await {
            Ok(answer) => return Ok(answer),
            Err(e) if !e.may_have_created_jobs() => return Err(e),
            Err(e) => e,
        };
        tracing::warn!(attempt, error = %err, "generate: no clear answer; checking history before any resend");
        tokio::time::sleep(policy.settle_delay).await;
        let history = match client.history(HISTORY_LIMIT, 0).await {
            Ok(h) => h,
            Err(h) => {
                tracing::warn!(error = %h, "generate: history unreadable; not resending blind");
                unconfirmed.add(params, first_send);
                return Err(err);
            }
        };
        let ours = find_lost_jobs(&history, params, known_ids, not_before);
        if !ours.is_empty() {
            tracing::info!(
                jobs = ours.len(),
                "generate: the server did create the batch; adopting it"
            );
            return Ok(GenerateAnswer {
                job_ids: ours,
                rate: RateInfo::default(),
            });
        }
        if attempt >= policy.max_attempts.max(1) {
            return Err(err);
        }
        tokio::time::sleep(backoff).await;
        backoff = backoff.saturating_mul(2);
    }
}

/// The jobs in `history` that are ours but unknown to the app: not in `known_ids`, same
/// model and prompt (when the server says), created at or after `not_before` (when it
/// says). Newest first, at most the batch size.
pub fn find_lost_jobs(
    history: &[RemoteJob],
    params: &GenerateParams,
    known_ids: &HashSet<String>,
    not_before: DateTime<Utc>,
) -> Vec<String> {
    let slug = params.model_slug.trim();
    let prompt = params.prompt.trim();
    let mut found: Vec<(Option<DateTime<Utc>>, &RemoteJob)> = history
        .iter()
        .filter(|j| !known_ids.contains(&j.job_id))
        .filter(|j| j.model_slug.as_deref().is_none_or(|s| s.trim() == slug))
        .filter(|j| j.prompt.as_deref().is_none_or(|p| p.trim() == prompt))
        .map(|j| (j.created_at.as_deref().and_then(parse_time), j))
        .filter(|(t, _)| t.is_none_or(|t| t >= not_before))
        .collect();
    // Newest first; jobs without a time keep history's (newest-first) order, after the rest.
    found.sort_by_key(|(t, _)| std::cmp::Reverse(*t));
    found
        .into_iter()
        .take(params.count.clamp(1, 4) as usize)
        .map(|(_, j)| j.job_id.clone())
        .collect()
}

fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::JobStatus;

    fn job(id: &str, slug: Option<&str>, prompt: Option<&str>, at: Option<&str>) -> RemoteJob {
        RemoteJob {
            job_id: id.into(),
            status: JobStatus::Pending,
            model_slug: slug.map(Into::into),
            mode: None,
            prompt: prompt.map(Into::into),
            result_urls: vec![],
            credits_charged: None,
            credits_refunded: None,
            error_message: None,
            provider_meta: None,
            created_at: at.map(Into::into),
            completed_at: None,
        }
    }

    #[test]
    fn matches_only_our_new_jobs() {
        let params = GenerateParams {
            model_slug: "kling_3_0".into(),
            prompt: " a cat ".into(),
            count: 2,
            ..Default::default()
        };
        let not_before = parse_time("2026-02-20T12:00:00+00:00").unwrap();
        let history = vec![
            job(
                "new2",
                Some("kling_3_0"),
                Some("a cat"),
                Some("2026-02-20T12:05:02Z"),
            ),
            job(
                "new1",
                Some("kling_3_0"),
                Some("a cat"),
                Some("2026-02-20T12:05:01Z"),
            ),
            job(
                "known",
                Some("kling_3_0"),
                Some("a cat"),
                Some("2026-02-20T12:05:00Z"),
            ),
            job("other_model", Some("veo31_fast"), Some("a cat"), None),
            job("other_prompt", Some("kling_3_0"), Some("a dog"), None),
            job(
                "old",
                Some("kling_3_0"),
                Some("a cat"),
                Some("2026-02-20T11:00:00Z"),
            ),
            job("bare", None, None, None),
        ];
        let known: HashSet<String> = ["known".to_string()].into();
        assert_eq!(
            find_lost_jobs(&history, &params, &known, not_before),
            vec!["new2", "new1"]
        );
        let one = GenerateParams { count: 4, ..params };
        assert_eq!(
            find_lost_jobs(&history, &one, &known, not_before),
            vec!["new2", "new1", "bare"]
        );
    }

    #[test]
    fn default_policy_is_the_documented_one() {
        let p = SubmitPolicy::default();
        assert_eq!(p.max_attempts, 3);
        assert_eq!(p.settle_delay, Duration::from_secs(1));
        assert_eq!(p.backoff, Duration::from_secs(2));
        assert_eq!(p.match_window, Duration::from_secs(600));
    }
}
