//! The state as the state file keeps it ([`crate::persist`]): a snapshot of the live state,
//! and the live state placed back from one on the current clock.

use std::collections::HashMap;

use rand::rngs::StdRng;
use rand::SeedableRng;
use uuid::Uuid;

use super::Inner;
use crate::clock::SimClock;
use crate::config::SimConfig;
use crate::jobs::Job;
use crate::numbers::clean_secs;
use crate::persist::{key_fingerprint, SavedJob, SavedState, STATE_VERSION};

impl Inner {
    pub(crate) fn to_saved(&self, clock: &SimClock) -> SavedState {
        let jobs = self
            .jobs
            .iter()
            .map(|j| SavedJob {
                id: j.id.to_string(),
                owner: key_fingerprint(&j.owner_key),
                model_slug: j.model_slug.clone(),
                mode: j.mode.clone(),
                prompt: j.prompt.clone(),
                credits_charged: j.credits_charged,
                duration: j.duration,
                quality_mode: j.quality_mode.clone(),
                created_unix_ms: clock.real_unix_ms(j.created_sim),
                pending_secs: j.pending_secs,
                render_secs: j.render_secs,
                will_fail: j.will_fail,
                error_message: j.error_message.clone(),
                refunded: j.refunded,
                sources: j.sources.iter().map(Uuid::to_string).collect(),
            })
            .collect();
        SavedState {
            version: STATE_VERSION,
            saved_unix_ms: chrono::Utc::now().timestamp_millis(),
            speed: clock.speed(),
            jobs,
            credits: self
                .credits
                .iter()
                .map(|(k, v)| (key_fingerprint(k), *v))
                .collect(),
            folders: self.folders.clone(),
            merges: self.merges.clone(),
            next_folder_id: self.next_folder_id,
            fail_next: self.fail_next,
        }
    }

    /// Replace the (fresh) state with a saved one, placed on `clock` by wall time.
    pub(crate) fn restore(&mut self, saved: SavedState, clock: &SimClock, config: &SimConfig) {
        let owners: HashMap<String, &str> = config
            .keys
            .iter()
            .map(String::as_str)
            .chain(config.users.iter().map(|u| u.key.as_str()))
            .map(|k| (key_fingerprint(k), k))
            .collect();
        let factor = if saved.speed.is_finite() && saved.speed > 0.0 {
            clock.speed() / saved.speed
        } else {
            1.0
        };
        // The embedded demo's key is new every run: its saved jobs are its own all the same.
        let adopter = config
            .adopt_saved_jobs
            .then(|| config.keys.first().map(String::as_str))
            .flatten();
        let owner_of = |fp: &str| owners.get(fp).copied().or(adopter);
        let mut dropped = 0usize;
        for j in saved.jobs {
            let (Some(owner), Ok(id)) = (owner_of(&j.owner), Uuid::parse_str(&j.id)) else {
                dropped += 1;
                continue;
            };
            if self.index.contains_key(&id) {
                dropped += 1;
                continue;
            }
            let job = Job {
                id,
                owner_key: owner.to_string(),
                model_slug: j.model_slug,
                mode: j.mode,
                prompt: j.prompt,
                credits_charged: j.credits_charged,
                duration: j.duration,
                quality_mode: j.quality_mode,
                created_sim: clock.sim_at_unix_ms(j.created_unix_ms),
                pending_secs: clean_secs(j.pending_secs) * factor,
                render_secs: clean_secs(j.render_secs) * factor,
                will_fail: j.will_fail,
                error_message: j.error_message,
                refunded: j.refunded,
                sources: j
                    .sources
                    .iter()
                    .filter_map(|s| Uuid::parse_str(s).ok())
                    .collect(),
            };
            if job.will_fail && !job.refunded {
                self.unsettled.push(self.jobs.len());
            }
            self.index.insert(id, self.jobs.len());
            self.jobs.push(job);
        }
        for (fp, balance) in saved.credits {
            if let Some(key) = owner_of(&fp) {
                self.credits.insert(key.to_string(), balance);
            }
        }
        let after_last = saved.folders.iter().map(|f| f.id + 1).max().unwrap_or(1);
        self.next_folder_id = saved.next_folder_id.max(after_last).max(1);
        self.folders = saved.folders;
        self.merges = saved.merges;
        self.fail_next = saved.fail_next;
        // Do not replay the draws of the first run.
        self.rng = StdRng::seed_from_u64(
            config.seed ^ (self.jobs.len() as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15),
        );
        tracing::info!(
            "ulazai-sim: restored {} jobs ({dropped} dropped: unknown key or bad id)",
            self.jobs.len()
        );
    }
}
