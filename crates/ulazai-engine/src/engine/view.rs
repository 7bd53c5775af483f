//! The grid's view as a query ([`Engine::view`]): one window of a folder, filtered,
//! searched and sorted as the UI does it (`store::view`), the sidebar's counts
//! ([`Engine::view_summary`]) and where a job sits in a view ([`Engine::view_position`]).
//!
//! The index of rows and orders is built at the first question and kept in step with the
//! jobs' events (`Hub::changed`, read under the store's lock: nothing slips between).
//!
//! Prompt search goes to the database's prompt search (FTS5 trigram for terms of three
//! characters or more, `LIKE` for shorter ones) when there is a database and the text
//! allows (`Needle::indexable`); its answer is a superset of the UI's rule for every
//! prompt the database holds as memory does and that it folds like JS, so the engine
//! checks its candidates by the rule, plus the jobs changed since the index was built (the
//! database saves them later), the prompts it may fold otherwise and every id. Else (a
//! short term with cased letters outside ASCII, a text found in [`MAX_CANDIDATES`] prompts
//! or more, no database, too many changes since) every prompt is checked in memory.

use std::collections::HashSet;
use std::sync::Arc;

use super::Engine;
use crate::model::{Job, JobId};
use crate::store::view::{
    prompt_history, shot_takes, stack_cards, Hits, JobView, JobViewIds, JobViewPage,
    JobViewSummary, Needle, SortOrder, ViewIndex,
};
use crate::store::{Persist, Store};

/// Past this many jobs changed since the index was built, a search checks every prompt.
const MAX_UNSURE: usize = 20_000;
/// A text the prompt index finds in this many prompts or more is searched in memory: one
/// pass over the store (20-30 ms at 100,000 jobs) beats fetching and checking more.
const MAX_CANDIDATES: usize = 1_000;

#[derive(Default)]
pub(super) struct ViewState {
    live: tokio::sync::Mutex<Option<Live>>,
}

struct Live {
    index: ViewIndex,
    /// The prompt index, when the database held every prompt as memory did at the build.
    prompts: Option<Arc<dyn Persist>>,
    /// Jobs changed since the build (their prompt may not be saved yet).
    unsure: HashSet<JobId>,
    /// The last search: its text, the index's revision, its hits.
    last: Option<(String, u64, Arc<Hits>)>,
}

/// How a search found its jobs (for the figures).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchPath {
    None,
    Cached,
    PromptIndex,
    Memory,
}

impl Engine {
    /// One window of the grid's view (see `store::view::JobView`).
    pub async fn view(&self, query: &JobView) -> JobViewPage {
        self.view_traced(query).await.0
    }

    /// [`Engine::view`], and how its search went.
    pub async fn view_traced(&self, query: &JobView) -> (JobViewPage, SearchPath) {
        let ((total, ids), path) = self
            .with_view(query, |index, _, folders, hits| {
                index.query(query, folders, hits)
            })
            .await;
        let page = JobViewPage {
            total,
            offset: query.offset,
            jobs: self.jobs_by_id(&ids),
        };
        (page, path)
    }

    /// The view as the grid's cards, by id (stacked when the view says so): all of them,
    /// or its first `limit` when that is not 0 (`offset` is not read).
    pub async fn view_ids(&self, query: &JobView) -> JobViewIds {
        self.with_view(query, |index, store, folders, hits| {
            let cards = index.cards(query, folders, hits);
            stack_cards(&cards, query.stack.as_ref(), &|id| store.job(id)).head(query.limit)
        })
        .await
        .0
    }

    /// The jobs `ids` as `job://updated` sends them, in that order; unknown ids left out.
    pub fn jobs_by_id(&self, ids: &[JobId]) -> Vec<Job> {
        let hub = &self.inner.hub;
        let jobs: Vec<Job> = hub.read(|s| ids.iter().filter_map(|id| s.job(id).cloned()).collect());
        jobs.into_iter().map(|j| hub.view(j)).collect()
    }

    /// The creator's recent prompts holding every word of `query` (see
    /// `store::view::prompt_history`), at most `limit`.
    pub async fn prompt_history(&self, query: &str, limit: usize) -> Vec<String> {
        let mut slot = self.inner.view.live.lock().await;
        let live = self.live(&mut slot).await;
        self.inner.hub.read(|store| {
            self.catch_up(live, store);
            let newest = live
                .index
                .ordered(SortOrder::Newest)
                .filter_map(|id| store.job(id));
            prompt_history(newest, query, limit)
        })
    }

    /// Every take of `shot`, oldest first, as `job://updated` sends them.
    pub fn shot_takes(&self, shot: &str) -> Vec<Job> {
        let hub = &self.inner.hub;
        let takes: Vec<Job> = hub.read(|s| {
            shot_takes(s.iter_unordered(), shot)
                .into_iter()
                .cloned()
                .collect()
        });
        takes.into_iter().map(|j| hub.view(j)).collect()
    }

    /// Where the job `id` sits in the view (0: first), `None` when the view leaves it out.
    pub async fn view_position(&self, query: &JobView, id: &str) -> Option<u32> {
        self.with_view(query, |index, _, folders, hits| {
            index.position(query, folders, hits, id)
        })
        .await
        .0
    }

    /// `f` over the view's index, under the store's lock, with the folders that exist and
    /// the hits of the view's search (`None`: no search); and how the search went.
    async fn with_view<R>(
        &self,
        query: &JobView,
        f: impl FnOnce(&mut ViewIndex, &Store, &HashSet<&str>, Option<&Hits>) -> R,
    ) -> (R, SearchPath) {
        let needle = Needle::new(&query.text);
        let mut slot = self.inner.view.live.lock().await;
        let live = self.live(&mut slot).await;
        let found = self.prefetch(live, needle.as_ref()).await;
        self.inner.hub.read(|store| {
            let (hits, path) = self.hits(live, store, needle.as_ref(), found);
            let folders = store.folders();
            let folders = folders.iter().map(|f| f.id.as_str()).collect();
            (f(&mut live.index, store, &folders, hits.as_deref()), path)
        })
    }

    /// The sidebar's counts and the filter bar's models, over every job but `hidden`.
    pub async fn view_summary(&self, hidden: &[JobId]) -> JobViewSummary {
        let mut slot = self.inner.view.live.lock().await;
        let live = self.live(&mut slot).await;
        self.inner.hub.read(|store| {
            self.catch_up(live, store);
            let folders = store.folders();
            let folders = folders.iter().map(|f| f.id.as_str()).collect();
            live.index.summary(&folders, hidden)
        })
    }

    /// The index, built at the first question.
    async fn live<'a>(&self, slot: &'a mut Option<Live>) -> &'a mut Live {
        if slot.is_none() {
            let hub = &self.inner.hub;
            // From here on every changed job is recorded; the save that follows writes
            // every earlier change, so the database holds the rest as memory does.
            hub.read(|_| hub.changed());
            let saved = hub.saver().flush().await;
            if let Err(e) = &saved {
                tracing::warn!(error = %e, "the store could not be saved; searches read memory");
            }
            let persist = hub.saver().persist().clone();
            let probe = persist.clone();
            let searchable = tokio::task::spawn_blocking(move || probe.prompt_candidates("", 1))
                .await
                .ok()
                .flatten()
                .is_some_and(|r| r.is_ok());
            let index = hub.read(|store| ViewIndex::build(store, &|j| self.seconds(j)));
            *slot = Some(Live {
                index,
                prompts: (saved.is_ok() && searchable).then_some(persist),
                unsure: HashSet::new(),
                last: None,
            });
        }
        slot.as_mut().expect("built above")
    }

    /// Take in the jobs changed since the last question (under the store's lock).
    fn catch_up(&self, live: &mut Live, store: &crate::store::Store) {
        let Some(changed) = self.inner.hub.changed() else {
            return;
        };
        for id in changed {
            live.index.update(store, &id, &|j| self.seconds(j));
            if live.prompts.is_some() {
                live.unsure.insert(id);
            }
        }
        if live.unsure.len() > MAX_UNSURE {
            live.prompts = None;
            live.unsure = HashSet::new();
        }
    }

    /// The prompt index's candidates for `needle`, when it can answer and the last
    /// search's hits are not still good.
    async fn prefetch(&self, live: &mut Live, needle: Option<&Needle>) -> Option<Vec<JobId>> {
        let needle = needle?;
        let persist = live.prompts.clone()?;
        if !needle.indexable() {
            return None;
        }
        self.inner.hub.read(|store| self.catch_up(live, store));
        if live.cached(needle).is_some() {
            return None;
        }
        let q = needle.as_str().to_string();
        let found =
            tokio::task::spawn_blocking(move || persist.prompt_candidates(&q, MAX_CANDIDATES));
        match found.await {
            Ok(Some(Ok(ids))) if ids.len() < MAX_CANDIDATES => Some(ids),
            Ok(Some(Ok(_))) => None,
            Ok(Some(Err(e))) => {
                tracing::warn!(error = %e, "the prompt index failed; searching memory");
                None
            }
            _ => None,
        }
    }

    /// The search's hits for `needle` at the index's revision (`None`: no search), under
    /// the store's lock: from the last search, the prompt index's `found`, or memory.
    fn hits(
        &self,
        live: &mut Live,
        store: &crate::store::Store,
        needle: Option<&Needle>,
        found: Option<Vec<JobId>>,
    ) -> (Option<Arc<Hits>>, SearchPath) {
        // Changes while the database searched are unsure too.
        self.catch_up(live, store);
        let Some(needle) = needle else {
            return (None, SearchPath::None);
        };
        if let Some(hits) = live.cached(needle) {
            return (Some(hits), SearchPath::Cached);
        }
        let (hits, path) = match &found {
            Some(ids) => (
                live.index.search_from(store, needle, ids, &live.unsure),
                SearchPath::PromptIndex,
            ),
            None => (live.index.search(store, needle), SearchPath::Memory),
        };
        let hits = Arc::new(hits);
        live.last = Some((
            needle.as_str().to_string(),
            live.index.revision(),
            hits.clone(),
        ));
        (Some(hits), path)
    }

    /// A job's length as it leaves the engine (`Hub::view`), without copying the job.
    fn seconds(&self, job: &Job) -> Option<f64> {
        self.inner
            .hub
            .library()
            .seconds(&job.id)
            .or_else(|| job.server_seconds())
    }
}

impl Live {
    /// The last search's hits, when it searched `needle` at this revision.
    fn cached(&self, needle: &Needle) -> Option<Arc<Hits>> {
        let (q, revision, hits) = self.last.as_ref()?;
        (q == needle.as_str() && *revision == self.index.revision()).then(|| hits.clone())
    }
}

#[cfg(test)]
#[path = "view_tests.rs"]
mod tests;
