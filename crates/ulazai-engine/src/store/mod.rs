//! The job store: the single source of truth in memory — jobs (id → job, newest first),
//! folders, merge records, the job ids already notified, and the ids the creator removed;
//! a creator's marks on clips (pick / reject, stars) in `curation`; the takes of a shot in
//! `takes`; the grid's view as a query over it in `view`.
//!
//! It is plain data behind `&mut self`; the engine wraps it in a lock, emits events for
//! the changes it reports, and persists it through [`Persist`] (see [`persist`]): the app
//! uses [`database::SqlitePersist`] (`jobs.db`, written row by row, migrated from the
//! `jobs.json` of earlier versions).

pub mod curation;
pub mod database;
mod folders;
mod image;
pub mod json_file;
mod paid;
pub mod persist;
pub mod salvage;
pub mod saver;
mod storyboard;
mod takes;
pub mod view;

pub use database::SqlitePersist;
pub(crate) use folders::new_id;
pub use folders::{folder_name, FolderNameError, MAX_FOLDER_NAME};
pub use persist::{
    JsonFilePersist, MemoryPersist, Persist, PersistError, Snapshot, StoreImage, SNAPSHOT_VERSION,
};
pub use takes::Take;

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;

use crate::api::RemoteJob;
use crate::model::{Folder, GenerateParams, Job, JobId, JobOrigin, MergeRecord};

/// How many removed ids are remembered (so a history reload does not bring them back).
const MAX_TOMBSTONES: usize = 2000;

/// What `apply_remote` did to a job.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// The job after the change.
    pub job: Job,
    /// The job went from not-terminal to `completed`/`failed` with this answer. Happens
    /// at most once per job: a terminal job never leaves its terminal state.
    pub became_terminal: bool,
}

#[derive(Debug, Default)]
pub struct Store {
    /// Shared with the last save ([`Store::image`]): a job changed since is a new `Arc`
    /// (copy on write, [`Store::job_mut`]), so a save finds what changed by pointer.
    jobs: HashMap<JobId, Arc<Job>>,
    /// Newest first (by `created_at`, insertion order among equals).
    order: Vec<JobId>,
    folders: Vec<Folder>,
    merges: Vec<MergeRecord>,
    notified: HashSet<JobId>,
    removed: VecDeque<JobId>,
    /// What the clips that left the library were charged (this week's and today's
    /// credits keep them); `paid`.
    paid: Vec<crate::spending::Paid>,
    /// How many jobs still need polling (kept as jobs change).
    active: usize,
    /// The render queue: kept here so that a submission's jobs and the removal of its
    /// items change (and are saved) together.
    queue: crate::queue::Queue,
}

/// The local time, RFC 3339 with milliseconds (what `updated_at` and local stamps use).
pub fn now_rfc3339() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

fn created_key(job: &Job) -> Option<chrono::DateTime<chrono::Utc>> {
    let s = job.created_at.as_deref()?;
    Some(
        chrono::DateTime::parse_from_rfc3339(s)
            .ok()?
            .with_timezone(&chrono::Utc),
    )
}

/// Newest first, unknown dates last.
fn newest_first(
    a: &Option<chrono::DateTime<chrono::Utc>>,
    b: &Option<chrono::DateTime<chrono::Utc>>,
) -> std::cmp::Ordering {
    match (a, b) {
        (Some(a), Some(b)) => b.cmp(a),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    }
}

impl Store {
    pub fn new() -> Store {
        Store::default()
    }

    /// Rebuild from a snapshot (duplicate ids: the first wins), in the order
    /// [`Store::insert`] would give. Each date is parsed once and the jobs are sorted
    /// once: linear for a saved snapshot (already newest first), O(n log n) at worst.
    pub fn from_snapshot(snap: Snapshot) -> Store {
        Store::from_image(StoreImage::from(snap))
    }

    /// [`Store::from_snapshot`], keeping the jobs as shared with whoever loaded them (the
    /// job database then knows them unchanged at the first save).
    pub fn from_image(image: StoreImage) -> Store {
        let StoreImage { jobs, rest: snap } = image;
        let mut store = Store::new();
        let mut keyed = Vec::with_capacity(jobs.len());
        store.jobs.reserve(jobs.len());
        for job in jobs {
            if store.jobs.contains_key(&job.id) {
                continue;
            }
            keyed.push((created_key(&job), job.id.clone()));
            store.active += usize::from(job.needs_polling());
            store.jobs.insert(job.id.clone(), job);
        }
        // Stable: equal dates keep their order, undated jobs go last in theirs.
        keyed.sort_by(|(a, _), (b, _)| newest_first(a, b));
        store.order = keyed.into_iter().map(|(_, id)| id).collect();
        store.folders = snap.folders;
        store.merges = snap.merges;
        // A finished job in the library is never notified again (it keeps its final state;
        // a removed job takes its mark with it): only the other marks are kept, and the
        // next save takes the rest out of the file.
        let finished = |id: &JobId| store.jobs.get(id).is_some_and(|j| j.status.is_terminal());
        store.notified = snap
            .notified
            .into_iter()
            .filter(|id| !finished(id))
            .collect();
        store.removed = snap.removed.into_iter().collect();
        store.paid = snap.paid;
        store.queue = crate::queue::Queue::restore(snap.queue);
        store
    }

    pub fn snapshot(&self) -> Snapshot {
        self.image().into_snapshot()
    }

    /// What a save writes: every job shared (newest first), not copied, and the rest.
    pub fn image(&self) -> StoreImage {
        let mut notified: Vec<JobId> = self.notified.iter().cloned().collect();
        notified.sort();
        let rest = Snapshot {
            version: SNAPSHOT_VERSION,
            jobs: Vec::new(),
            folders: self.folders.clone(),
            merges: self.merges.clone(),
            notified,
            removed: self.removed.iter().cloned().collect(),
            paid: self.paid.clone(),
            // The engine adds the poll scheduler's estimates (not the store's data).
            eta: Default::default(),
            queue: self.queue.snapshot(),
        };
        let jobs = self
            .order
            .iter()
            .filter_map(|id| self.jobs.get(id).cloned())
            .collect();
        StoreImage { jobs, rest }
    }

    /// A job to change: copied first when a save still holds it as it was.
    fn job_mut(&mut self, id: &str) -> Option<&mut Job> {
        self.jobs.get_mut(id).map(Arc::make_mut)
    }

    /// The render queue.
    pub fn queue(&self) -> &crate::queue::Queue {
        &self.queue
    }

    pub fn queue_mut(&mut self) -> &mut crate::queue::Queue {
        &mut self.queue
    }

    /// Every job, newest first.
    pub fn jobs(&self) -> Vec<Job> {
        self.iter().cloned().collect()
    }

    /// Every job, newest first, borrowed: what a caller that wants a few of them filters,
    /// rather than copying all of them first (three copies of 10,000 jobs at start left
    /// ~30 MB the allocator kept).
    pub fn iter(&self) -> impl Iterator<Item = &Job> + '_ {
        self.order
            .iter()
            .filter_map(|id| self.jobs.get(id).map(|j| &**j))
    }

    /// Every job in no particular order (the table's own: read straight through, no
    /// look-up per job), for a pass that orders nothing.
    pub fn iter_unordered(&self) -> impl Iterator<Item = &Job> + '_ {
        self.jobs.values().map(|j| &**j)
    }

    /// Up to `limit` jobs, newest first, from just after the job `after` (from the newest
    /// when `None`), and whether more follow. `None` when `after` is not in the store
    /// (removed meanwhile): the caller starts again.
    pub fn jobs_page(&self, after: Option<&str>, limit: usize) -> Option<(Vec<Job>, bool)> {
        let from = match after {
            None => 0,
            Some(id) => self.order.iter().position(|x| x == id)? + 1,
        };
        let mut rest = self.order[from..].iter().filter_map(|id| self.jobs.get(id));
        let page: Vec<Job> = rest.by_ref().take(limit).map(|j| Job::clone(j)).collect();
        Some((page, rest.next().is_some()))
    }

    pub fn job(&self, id: &str) -> Option<&Job> {
        self.jobs.get(id).map(|j| &**j)
    }

    pub fn contains(&self, id: &str) -> bool {
        self.jobs.contains_key(id)
    }

    pub fn ids(&self) -> HashSet<JobId> {
        self.jobs.keys().cloned().collect()
    }

    pub fn len(&self) -> usize {
        self.jobs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.jobs.is_empty()
    }

    /// How many jobs still need polling (pending, processing, or another non-final state).
    pub fn active(&self) -> usize {
        self.active
    }

    /// Add a job. Returns false (and changes nothing) when the id is already known.
    /// Adding a job clears a removal tombstone for its id.
    pub fn insert(&mut self, job: Job) -> bool {
        if self.jobs.contains_key(&job.id) {
            return false;
        }
        self.removed.retain(|r| r != &job.id);
        self.unpaid(&job.id);
        // Newest first: before the first job that is strictly older (unknown dates last),
        // found by binary search (the order is sorted that way).
        let pos = match created_key(&job) {
            Some(k) => self
                .order
                .partition_point(|id| created_key(&self.jobs[id]).is_some_and(|other| other >= k)),
            None => self.order.len(),
        };
        self.order.insert(pos, job.id.clone());
        self.active += usize::from(job.needs_polling());
        self.jobs.insert(job.id.clone(), Arc::new(job));
        true
    }

    /// Add jobs this app has just started: they are the newest cards, first in the given
    /// order, whatever their stamps say. Their `created_at` is this computer's clock until
    /// the server's stamp replaces it, and the server's clock may run ahead of this one (by
    /// milliseconds, or by seconds on a computer whose clock is off): placed by date, a new
    /// card could land under one the server stamped "later". Known ids are left as they are.
    pub fn insert_newest(&mut self, jobs: Vec<Job>) {
        let mut front = 0;
        for job in jobs {
            if self.jobs.contains_key(&job.id) {
                continue;
            }
            self.removed.retain(|r| r != &job.id);
            self.unpaid(&job.id);
            self.order.insert(front, job.id.clone());
            front += 1;
            self.active += usize::from(job.needs_polling());
            self.jobs.insert(job.id.clone(), Arc::new(job));
        }
    }

    /// Remove a job from the view; its id is remembered so that a history reload does
    /// not bring it back.
    pub fn remove(&mut self, id: &str) -> Option<Job> {
        let job = Arc::unwrap_or_clone(self.jobs.remove(id)?);
        self.active -= usize::from(job.needs_polling());
        self.order.retain(|o| o != id);
        self.notified.remove(id);
        self.keep_paid(&job);
        self.removed.push_back(job.id.clone());
        while self.removed.len() > MAX_TOMBSTONES {
            self.removed.pop_front();
        }
        Some(job)
    }

    /// Did the creator remove this id from the view?
    pub fn was_removed(&self, id: &str) -> bool {
        self.removed.iter().any(|r| r == id)
    }

    /// Merge a server answer into the job it describes, keeping every field the answer
    /// omits (a `failed` answer carries only id, status, error and refund: model, prompt
    /// and params stay as they were). Returns `None` when the job is unknown or nothing
    /// changed; otherwise the updated job and whether it just became terminal.
    pub fn apply_remote(&mut self, remote: &RemoteJob) -> Option<Change> {
        // Worked out on a copy: an answer that changes nothing leaves the shared job be.
        let before = self.jobs.get(&remote.job_id)?;
        let mut job = Job::clone(before);
        let job = &mut job;
        let active = Active::before(job);
        let was_terminal = job.status.is_terminal();
        // A terminal job never goes back (a stale history page must not revive it).
        if !was_terminal || remote.status.is_terminal() {
            job.status = remote.status.clone();
        }
        set_some(&mut job.model_slug, &remote.model_slug);
        set_some(&mut job.mode, &remote.mode);
        // The same text keeps its shared copy (the job's parameters hold it too).
        if let Some(p) = &remote.prompt {
            if job.prompt.as_deref() != Some(p.as_str()) {
                job.prompt = Some(p.as_str().into());
            }
        }
        if !remote.result_urls.is_empty() {
            job.result_urls = remote.result_urls.clone();
        }
        set_some(&mut job.credits_charged, &remote.credits_charged);
        set_some(&mut job.credits_refunded, &remote.credits_refunded);
        set_some(&mut job.error_message, &remote.error_message);
        if let Some(meta) = &remote.provider_meta {
            job.provider_meta = Some(meta.into());
        }
        set_some(&mut job.created_at, &remote.created_at);
        set_some(&mut job.completed_at, &remote.completed_at);
        if job == &**before {
            return None;
        }
        job.updated_at = now_rfc3339();
        active.after(job, &mut self.active);
        let became_terminal = !was_terminal && job.status.is_terminal();
        self.jobs
            .insert(remote.job_id.clone(), Arc::new(job.clone()));
        Some(Change {
            job: job.clone(),
            became_terminal,
        })
    }

    /// A job this app started but first saw elsewhere (e.g. a history reload racing the
    /// generate answer): keep its parameters and call it ours. Returns the job if changed.
    pub fn adopt(&mut self, id: &str, params: &GenerateParams) -> Option<Job> {
        if self.job(id)?.params.is_some() {
            return None;
        }
        let job = self.job_mut(id)?;
        job.params = Some(params.clone());
        job.origin = JobOrigin::App;
        if job.model_slug.is_none() {
            job.model_slug = Some(params.model_slug.clone());
        }
        job.updated_at = now_rfc3339();
        Some(job.clone())
    }

    /// Mark a job the server answered 404 for. Returns the job when this changed it.
    pub fn mark_unknown_to_server(&mut self, id: &str) -> Option<Job> {
        if self.job(id)?.unknown_to_server {
            return None;
        }
        let job = self.jobs.get_mut(id).map(Arc::make_mut)?;
        let active = Active::before(job);
        job.unknown_to_server = true;
        active.after(job, &mut self.active);
        job.updated_at = now_rfc3339();
        Some(job.clone())
    }
}

/// Whether a job needed polling before a change, to keep `Store::active` in step after it.
struct Active(bool);

impl Active {
    fn before(job: &Job) -> Active {
        Active(job.needs_polling())
    }
    fn after(self, job: &Job, count: &mut usize) {
        match (self.0, job.needs_polling()) {
            (true, false) => *count -= 1,
            (false, true) => *count += 1,
            _ => {}
        }
    }
}

fn set_some<T: Clone>(slot: &mut Option<T>, value: &Option<T>) {
    if let Some(v) = value {
        *slot = Some(v.clone());
    }
}

#[cfg(test)]
pub(crate) mod tests;
