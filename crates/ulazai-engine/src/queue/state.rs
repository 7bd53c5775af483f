//! The queue's state: items in submission order, the pause, the budget, and the current
//! run (the jobs submitted since the queue last drained, for the one "queue finished"
//! notification). Plain data; the engine keeps it inside the job store, so that a
//! submission's jobs and the removal of its items are saved together.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use super::budget::{Budget, BudgetSnapshot};
use crate::model::{FolderId, GenerateParams, Job, JobId, JobStatus, StoryboardPlace};
use crate::Text;

/// Where a queued request is. The names are the app's own: no server status is spelled
/// like these (a server's `queued` stays a job status and never meets them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub enum QueueItemState {
    /// Waiting for its turn and the budget.
    Planned,
    /// Its generate request was sent (`sent_at`) and not answered — or the app stopped
    /// before the answer: the server's history decides before it is ever sent again.
    Submitting,
    /// The server (or the model matrix) refused it; kept with the reason until the creator
    /// removes it or submits it again.
    Refused,
}

/// One queued request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct QueueItem {
    pub id: String,
    pub state: QueueItemState,
    /// Checked against the model matrix when queued (and again before it is sent).
    pub params: GenerateParams,
    /// Where its clips go.
    pub folder_id: Option<FolderId>,
    /// Where it came from: "storyboard.csv, line 4", "Variation: Kling 3.0 · 9:16".
    pub source: Option<String>,
    /// Its line in an imported list: its clips keep it (storyboard order).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub place: Option<StoryboardPlace>,
    /// The clip it was made from (a variation of that clip): its clips are takes of that
    /// clip's shot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub take_of: Option<JobId>,
    /// RFC 3339.
    pub added_at: String,
    /// When its request was sent (RFC 3339), while `submitting`.
    pub sent_at: Option<String>,
    /// Why it was refused: English as the engine keeps (and saves) it, in the window's
    /// language once the shell words `error_text` ([`super::QueueView::worded`]).
    pub error: Option<String>,
    /// `error` as a catalog message (neither saved nor sent); none for a refusal saved by
    /// an earlier run, or one the catalog cannot say in one message.
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub error_text: Option<Text>,
}

/// Why items were refused: the English sentence, and the catalog message when there is
/// one (several field errors are joined in English only).
#[derive(Debug, Clone, PartialEq)]
pub struct Refusal {
    pub english: String,
    pub text: Option<Text>,
}

impl From<Text> for Refusal {
    fn from(text: Text) -> Refusal {
        Refusal {
            english: text.english(),
            text: Some(text),
        }
    }
}

/// Why the queue does not submit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub enum PauseReason {
    /// The creator paused it.
    User,
    /// The server answered 402: not enough credits. Resumed by the creator.
    Credits,
    /// No key, or the server refused it (401). Resumed when a key is set.
    Key,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct QueuePause {
    pub reason: PauseReason,
    /// A sentence for the creator (the server's words on a 402): in English as the engine
    /// keeps it (and saves it), in the window's language once the shell words `text`
    /// ([`super::QueueView::worded`]).
    pub message: Option<String>,
    /// RFC 3339.
    pub since: String,
    /// `message` as a catalog message (neither saved nor sent). A pause read back from an
    /// earlier run has none: its saved English `message` is shown as it is.
    #[serde(skip)]
    #[cfg_attr(feature = "ts", ts(skip))]
    pub text: Option<Text>,
}

impl QueuePause {
    /// Paused for `reason`, saying `text` (if anything) since `since`.
    pub fn new(reason: PauseReason, text: Option<Text>, since: String) -> QueuePause {
        QueuePause {
            reason,
            message: text.as_ref().map(Text::english),
            since,
            text,
        }
    }
}

/// What "Add to queue" and an import hand the engine: checked parameters, the folder a
/// CSV row names (created when missing), and where the request came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct QueueEntry {
    pub params: GenerateParams,
    /// A folder by name (a CSV `folder` column); wins over the import's folder.
    #[serde(default)]
    pub folder: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    /// Its line in an imported list (the import's preview sets it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub place: Option<StoryboardPlace>,
    /// The clip it is made from (variations of a clip): checked to exist when queued.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub take_of: Option<JobId>,
}

/// Where an import's clips go.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub enum FolderChoice {
    Existing { id: FolderId },
    New { name: String },
}

/// The jobs submitted since the queue last drained.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct QueueRun {
    #[serde(default)]
    pub jobs: Vec<JobId>,
    /// Items the server refused in this run.
    #[serde(default)]
    pub refused: u32,
}

/// The queue as saved with the job store.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct QueueSnapshot {
    #[serde(default)]
    pub items: Vec<QueueItem>,
    #[serde(default)]
    pub pause: Option<QueuePause>,
    #[serde(default)]
    pub budget: BudgetSnapshot,
    #[serde(default)]
    pub run: QueueRun,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Queue {
    items: Vec<QueueItem>,
    pause: Option<QueuePause>,
    pub budget: Budget,
    run: QueueRun,
}

impl Queue {
    pub fn restore(snap: QueueSnapshot) -> Queue {
        Queue {
            items: snap.items,
            pause: snap.pause,
            budget: Budget::restore(snap.budget),
            run: snap.run,
        }
    }

    pub fn snapshot(&self) -> QueueSnapshot {
        QueueSnapshot {
            items: self.items.clone(),
            pause: self.pause.clone(),
            budget: self.budget.snapshot(),
            run: self.run.clone(),
        }
    }

    /// Every item, in submission order.
    pub fn items(&self) -> &[QueueItem] {
        &self.items
    }

    pub fn item(&self, id: &str) -> Option<&QueueItem> {
        self.items.iter().find(|i| i.id == id)
    }

    pub fn pause(&self) -> Option<&QueuePause> {
        self.pause.as_ref()
    }

    /// Items waiting to be sent or in flight.
    pub fn pending(&self) -> usize {
        self.items
            .iter()
            .filter(|i| i.state != QueueItemState::Refused)
            .count()
    }

    /// Append items (already checked), in order.
    pub fn push(&mut self, items: impl IntoIterator<Item = QueueItem>) {
        self.items.extend(items);
    }

    /// Remove items that are not in flight; answers how many went.
    pub fn remove(&mut self, ids: &[String]) -> usize {
        let before = self.items.len();
        self.items
            .retain(|i| i.state == QueueItemState::Submitting || !ids.contains(&i.id));
        before - self.items.len()
    }

    /// Move an item to `index` (clamped) of the whole list. False when unknown.
    pub fn move_to(&mut self, id: &str, index: usize) -> bool {
        let Some(from) = self.items.iter().position(|i| i.id == id) else {
            return false;
        };
        let item = self.items.remove(from);
        let to = index.min(self.items.len());
        self.items.insert(to, item);
        true
    }

    pub fn set_pause(&mut self, pause: Option<QueuePause>) {
        self.pause = pause;
    }

    /// Change the state of `ids` (the time a request was sent goes with `submitting`).
    pub fn set_state(
        &mut self,
        ids: &[String],
        state: QueueItemState,
        sent_at: Option<&str>,
        error: Option<&Refusal>,
    ) {
        for item in self.items.iter_mut().filter(|i| ids.contains(&i.id)) {
            item.state = state;
            item.sent_at = sent_at.map(str::to_string);
            item.error = error.map(|r| r.english.clone());
            item.error_text = error.and_then(|r| r.text.clone());
        }
        if state == QueueItemState::Refused {
            self.run.refused = self.run.refused.saturating_add(ids.len() as u32);
        }
    }

    /// Take `ids` out: their request was answered with jobs (`job_ids`, in the run now).
    pub fn submitted(&mut self, ids: &[String], job_ids: &[JobId]) {
        self.items.retain(|i| !ids.contains(&i.id));
        self.run.jobs.extend(job_ids.iter().cloned());
    }

    /// The storyboard place of each clip `ids` make, in request order (an item of count
    /// 2 gives its place to two clips): the jobs a request's answer names, in its order.
    pub fn places(&self, ids: &[String]) -> Vec<Option<StoryboardPlace>> {
        ids.iter()
            .filter_map(|id| self.item(id))
            .flat_map(|i| std::iter::repeat_n(i.place.clone(), i.params.count.max(1) as usize))
            .collect()
    }

    /// The jobs submitted in the current run, in order.
    pub fn run_jobs(&self) -> &[JobId] {
        &self.run.jobs
    }

    /// Was this job submitted by the queue (in the current run)?
    pub fn ran(&self, job_id: &str) -> bool {
        self.run.jobs.iter().any(|j| j == job_id)
    }

    /// When nothing is waiting or in flight and every job of the run has finished (or left
    /// the view): the run's (completed, failed) counts — refused items count as failed —
    /// and a new run begins. `None` while the queue is busy or nothing ran.
    pub fn take_drained(&mut self, job: impl Fn(&str) -> Option<Job>) -> Option<(u32, u32)> {
        if self.pending() > 0 || (self.run.jobs.is_empty() && self.run.refused == 0) {
            return None;
        }
        let jobs: Vec<Job> = self.run.jobs.iter().filter_map(|id| job(id)).collect();
        if jobs.iter().any(Job::needs_polling) {
            return None;
        }
        let completed = jobs
            .iter()
            .filter(|j| j.status == JobStatus::Completed)
            .count() as u32;
        let failed = jobs
            .iter()
            .filter(|j| j.status == JobStatus::Failed)
            .count() as u32
            + self.run.refused;
        self.run = QueueRun::default();
        Some((completed, failed))
    }

    /// Whether a run is under way (jobs submitted or refused since the last drain).
    pub fn running(&self) -> bool {
        !self.run.jobs.is_empty() || self.run.refused > 0
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A planned item (a fixture for the queue's unit tests).
    pub(crate) fn item_for(id: &str, prompt: &str, count: u32) -> QueueItem {
        QueueItem {
            id: id.into(),
            state: QueueItemState::Planned,
            params: GenerateParams {
                model_slug: "veo31_fast".into(),
                prompt: prompt.into(),
                count,
                ..Default::default()
            },
            folder_id: None,
            source: None,
            place: None,
            take_of: None,
            added_at: "2026-01-01T00:00:00Z".into(),
            sent_at: None,
            error: None,
            error_text: None,
        }
    }

    fn item(id: &str) -> QueueItem {
        item_for(id, id, 1)
    }

    fn ids(q: &Queue) -> Vec<&str> {
        q.items().iter().map(|i| i.id.as_str()).collect()
    }

    #[test]
    fn order_moves_and_removal() {
        let mut q = Queue::default();
        q.push(["a", "b", "c", "d"].map(item));
        assert!(q.move_to("d", 0));
        assert_eq!(ids(&q), ["d", "a", "b", "c"]);
        assert!(q.move_to("d", 99));
        assert_eq!(ids(&q), ["a", "b", "c", "d"]);
        assert!(!q.move_to("zz", 0));
        q.set_state(&["a".into()], QueueItemState::Submitting, Some("t"), None);
        assert_eq!(q.remove(&["a".into(), "b".into()]), 1, "in flight stays");
        assert_eq!(ids(&q), ["a", "c", "d"]);
    }

    #[test]
    fn each_clip_of_a_request_gets_its_items_place() {
        let mut q = Queue::default();
        let place = |line| {
            Some(StoryboardPlace {
                list: Some("storyboard.csv".into()),
                line,
            })
        };
        let mut a = item_for("a", "same", 2);
        a.place = place(4);
        let mut b = item_for("b", "same", 1);
        b.place = place(10);
        q.push([a, b, item("c")]);
        assert_eq!(
            q.places(&["a".into(), "b".into(), "c".into()]),
            vec![place(4), place(4), place(10), None],
            "two clips of line 4, one of line 10, and one from no list"
        );
        assert_eq!(
            q.places(&["gone".into()]),
            vec![],
            "an unknown item has no clips"
        );
    }

    #[test]
    fn a_run_drains_once_with_its_counts() {
        let mut q = Queue::default();
        q.push(["a", "b", "c"].map(item));
        let job = |id: &str, status: JobStatus| Job {
            status,
            ..Job::started(id, &GenerateParams::default(), "2026-01-01T00:00:00Z")
        };
        q.submitted(&["a".into()], &["j1".into(), "j2".into()]);
        let no = Refusal {
            english: "no".into(),
            text: None,
        };
        q.set_state(&["b".into()], QueueItemState::Refused, None, Some(&no));
        assert!(q.take_drained(|_| None).is_none(), "c still waits");
        q.submitted(&["c".into()], &["j3".into()]);
        let running = |id: &str| Some(job(id, JobStatus::Processing));
        assert!(q.take_drained(running).is_none(), "jobs still render");
        let done = |id: &str| match id {
            "j1" => Some(job(id, JobStatus::Completed)),
            "j2" => Some(job(id, JobStatus::Failed)),
            _ => None, // removed from the view
        };
        assert_eq!(q.take_drained(done), Some((1, 2)));
        assert!(q.take_drained(done).is_none(), "once");
        assert!(!q.running());
    }
}
