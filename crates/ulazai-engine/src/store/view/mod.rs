//! The grid's view as a query over the store: a place (every clip, Unfiled, a folder), the
//! filter bar's filters, a sort order, the ids hidden for undo, and a window of the
//! result. The meaning is the UI's own (`filterJobs`, `sortJobs`, `summarize` in
//! `ui/src/lib/jobs-core.ts` and `ui/src/lib/sort.ts`), so the UI can ask for a window
//! instead of holding every job; `parity` writes the fixture `ui/tests/view-parity.test.ts`
//! checks both sides against.
//!
//! [`ViewIndex`] keeps what the orders and filters read of each job (a [`order::Row`]) and,
//! per order asked for, every job in that order; a change moves one job in each (a binary
//! search, no re-sort). Pure: the engine (`engine::view`) keeps it in step with the jobs'
//! events and finds the prompt search's candidates in the database.

mod haystack;
mod order;
mod query;
mod stack;
mod text;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::Store;
use crate::model::{ClipFlag, Job, JobId};
use order::{compare, Row, Status};
pub use order::{compare_names, SortOrder};
pub use query::{
    FlagFilter, JobView, JobViewIds, JobViewPage, JobViewSummary, NamedPlace, StackCard, Stacking,
    StatusFilter, ViewPlace, MAX_VIEW_LIMIT,
};
pub use stack::{cover_order, prompt_history, shot_of, shot_takes, stack_cards};
pub use text::{folds_unlike_js, js_trim, Needle};

/// Which jobs a search found, by slot of the index (see [`ViewIndex::search`]).
pub type Hits = Vec<bool>;

/// The rows and orders of every job (see the module doc).
#[derive(Debug, Default)]
pub struct ViewIndex {
    rows: Vec<Option<Row>>,
    free: Vec<u32>,
    slot_of: HashMap<Arc<str>, u32>,
    /// Per [`SortOrder`], once asked for: every slot in that order.
    orders: [Option<Vec<u32>>; 6],
    names: HashSet<Arc<str>>,
    /// Slots whose prompt the prompt index may fold unlike JS ([`folds_unlike_js`]).
    unlike_js: HashSet<u32>,
    revision: u64,
    /// Every prompt for a search in memory, built at the first one; dropped when a job
    /// comes, goes or changes its prompt.
    haystack: Option<haystack::Haystack>,
}

impl ViewIndex {
    /// Every job of `store`; `seconds`: a job's length as it leaves the engine.
    pub fn build(store: &Store, seconds: &dyn Fn(&Job) -> Option<f64>) -> ViewIndex {
        let mut index = ViewIndex::default();
        for job in store.iter() {
            index.add(job, seconds(job));
        }
        index
    }

    pub fn len(&self) -> usize {
        self.slot_of.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slot_of.is_empty()
    }

    /// Changes with every update (a search's hits are good for one revision).
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The job `id` changed, came or went: take it as `store` has it now.
    pub fn update(&mut self, store: &Store, id: &str, seconds: &dyn Fn(&Job) -> Option<f64>) {
        self.revision += 1;
        let was = self.slot_of.get(id).copied();
        if let Some(slot) = self.slot_of.remove(id) {
            for order in SortOrder::ALL {
                if let Some(list) = self.orders[order.index()].take() {
                    let mut list = list;
                    let row = self.row(slot);
                    if let Ok(at) = list.binary_search_by(|s| compare(order, self.row(*s), row)) {
                        list.remove(at);
                    }
                    self.orders[order.index()] = Some(list);
                }
            }
            self.rows[slot as usize] = None;
            self.unlike_js.remove(&slot);
            self.free.push(slot);
        }
        let job = store.job(id);
        let mut now = None;
        if let Some(job) = job {
            let slot = self.add(job, seconds(job));
            now = Some(slot);
            for order in SortOrder::ALL {
                if let Some(mut list) = self.orders[order.index()].take() {
                    let row = self.row(slot);
                    let at = list.partition_point(|s| compare(order, self.row(*s), row).is_lt());
                    list.insert(at, slot);
                    self.orders[order.index()] = Some(list);
                }
            }
        }
        // The haystack stays while the job keeps its slot and its prompt.
        let prompt = job.and_then(|j| j.prompt.as_deref());
        let kept = self.haystack.as_ref().is_some_and(|h| {
            was.is_some() && was == now && h.holds(now.unwrap_or_default(), prompt)
        });
        if !kept {
            self.haystack = None;
        }
    }

    fn add(&mut self, job: &Job, seconds: Option<f64>) -> u32 {
        let names = &mut self.names;
        let mut name = |s: &str| -> Arc<str> {
            if let Some(n) = names.get(s) {
                return n.clone();
            }
            let n: Arc<str> = Arc::from(s);
            names.insert(n.clone());
            n
        };
        let row = Row::of(job, seconds, &mut name);
        let slot = match self.free.pop() {
            Some(slot) => {
                self.rows[slot as usize] = Some(row);
                slot
            }
            None => {
                self.rows.push(Some(row));
                (self.rows.len() - 1) as u32
            }
        };
        if job.prompt.as_deref().is_some_and(folds_unlike_js) {
            self.unlike_js.insert(slot);
        }
        let id = self.row(slot).id.clone();
        self.slot_of.insert(id, slot);
        slot
    }

    fn row(&self, slot: u32) -> &Row {
        self.rows[slot as usize]
            .as_ref()
            .expect("ordered slots hold rows")
    }

    /// Every slot in `order` (sorted once, then kept by `update`).
    fn order(&mut self, order: SortOrder) -> &[u32] {
        if self.orders[order.index()].is_none() {
            let mut list: Vec<u32> = self.slot_of.values().copied().collect();
            list.sort_unstable_by(|a, b| compare(order, self.row(*a), self.row(*b)));
            self.orders[order.index()] = Some(list);
        }
        self.orders[order.index()].as_deref().unwrap_or_default()
    }

    /// The jobs whose prompt or id matches `needle`, every prompt looked at in memory (one
    /// pass over the haystack of prompts, built at the first search).
    pub fn search(&mut self, store: &Store, needle: &Needle) -> Hits {
        if needle.as_str().contains('\0') {
            return self.search_jobs(store, needle);
        }
        let rows = &self.rows;
        let haystack = self.haystack.get_or_insert_with(|| {
            haystack::Haystack::build(rows.iter().enumerate().filter_map(|(slot, row)| {
                let row = row.as_ref()?;
                Some((
                    slot as u32,
                    store.job(&row.id).and_then(|j| j.prompt.as_deref()),
                ))
            }))
        });
        let mut hits = vec![false; self.rows.len()];
        haystack.find(needle.as_str(), &mut hits);
        self.mark_ids(needle, &mut hits);
        hits
    }

    /// A text may also start an id, whatever the prompt says: mark those jobs too.
    fn mark_ids(&self, needle: &Needle, hits: &mut Hits) {
        for (hit, row) in hits.iter_mut().zip(&self.rows) {
            if let Some(row) = row.as_ref().filter(|_| !*hit) {
                *hit = needle.matches(None, &row.id);
            }
        }
    }

    /// [`ViewIndex::search`] job by job, lowercasing each prompt (in the store's own order:
    /// one pass through its table).
    fn search_jobs(&self, store: &Store, needle: &Needle) -> Hits {
        let mut hits = vec![false; self.rows.len()];
        for job in store.iter_unordered() {
            if needle.matches(job.prompt.as_deref(), &job.id) {
                if let Some(slot) = self.slot_of.get(job.id.as_str()) {
                    hits[*slot as usize] = true;
                }
            }
        }
        hits
    }

    /// [`ViewIndex::search`] from a prompt index's answer: `found` holds every match of
    /// every job but those in `unsure` (changed since the index was written) and those the
    /// index may fold unlike JS; those, `found` and every id are checked here by the rule.
    pub fn search_from(
        &self,
        store: &Store,
        needle: &Needle,
        found: &[JobId],
        unsure: &HashSet<JobId>,
    ) -> Hits {
        let mut hits = vec![false; self.rows.len()];
        let check = |hits: &mut Hits, id: &str, slot: u32| {
            let prompt = store.job(id).and_then(|j| j.prompt.as_deref());
            hits[slot as usize] = needle.matches(prompt, id);
        };
        let ids = found.iter().chain(unsure.iter());
        for id in ids {
            if let Some(slot) = self.slot_of.get(id.as_str()) {
                check(&mut hits, id, *slot);
            }
        }
        for slot in &self.unlike_js {
            check(&mut hits, &self.row(*slot).id, *slot);
        }
        self.mark_ids(needle, &mut hits);
        hits
    }

    /// The view's total and the ids of its window; `hits`: the search's answer when the
    /// view searches (from [`ViewIndex::search`] at this revision).
    pub fn query(
        &mut self,
        view: &JobView,
        folders: &HashSet<&str>,
        hits: Option<&Hits>,
    ) -> (u32, Vec<JobId>) {
        let offset = view.offset as usize;
        let limit = view.limit.min(MAX_VIEW_LIMIT) as usize;
        let mut total = 0usize;
        let mut window = Vec::new();
        self.each(view, folders, hits, |row| {
            if total >= offset && window.len() < limit {
                window.push(row.id.to_string());
            }
            total += 1;
            true
        });
        (u32::try_from(total).unwrap_or(u32::MAX), window)
    }

    /// Where `id` sits in the view (0 first), `None` when the view leaves it out.
    pub fn position(
        &mut self,
        view: &JobView,
        folders: &HashSet<&str>,
        hits: Option<&Hits>,
        id: &str,
    ) -> Option<u32> {
        let mut at = 0u32;
        let mut found = false;
        self.each(view, folders, hits, |row| {
            found = &*row.id == id;
            at += u32::from(!found);
            !found
        });
        found.then_some(at)
    }

    /// Every job of the view, in order: its id and its shot (for [`stack_cards`]).
    pub fn cards(
        &mut self,
        view: &JobView,
        folders: &HashSet<&str>,
        hits: Option<&Hits>,
    ) -> Vec<(Arc<str>, Arc<str>)> {
        let mut out = Vec::new();
        self.each(view, folders, hits, |row| {
            out.push((row.id.clone(), row.shot.clone()));
            true
        });
        out
    }

    /// Every job's id in `order`.
    pub fn ordered(&mut self, order: SortOrder) -> impl Iterator<Item = &str> + '_ {
        self.order(order);
        let list = self.orders[order.index()].as_deref().unwrap_or_default();
        list.iter().map(|s| &*self.row(*s).id)
    }

    /// Each row of the view, in order, while `f` answers true.
    fn each(
        &mut self,
        view: &JobView,
        folders: &HashSet<&str>,
        hits: Option<&Hits>,
        mut f: impl FnMut(&Row) -> bool,
    ) {
        let hidden: HashSet<&str> = view.hidden.iter().map(String::as_str).collect();
        self.order(view.sort);
        let list = self.orders[view.sort.index()]
            .as_deref()
            .unwrap_or_default();
        for slot in list {
            let row = self.row(*slot);
            if hits.is_some_and(|h| !h[*slot as usize]) || !passes(row, view, folders) {
                continue;
            }
            if !hidden.is_empty() && hidden.contains(&*row.id) {
                continue;
            }
            if !f(row) {
                return;
            }
        }
    }

    /// The UI's `summarize` over every job but the hidden ones.
    pub fn summary(&self, folders: &HashSet<&str>, hidden: &[JobId]) -> JobViewSummary {
        let hidden: HashSet<&str> = hidden.iter().map(String::as_str).collect();
        let mut by_folder: HashMap<String, u32> =
            folders.iter().map(|f| (f.to_string(), 0)).collect();
        let mut models: HashSet<&str> = HashSet::new();
        let (mut all, mut unfiled) = (0u32, 0u32);
        for row in self.rows.iter().flatten() {
            if !hidden.is_empty() && hidden.contains(&*row.id) {
                continue;
            }
            all += 1;
            if let Some(m) = row.model.as_deref().filter(|m| !m.is_empty()) {
                models.insert(m);
            }
            match row.folder.as_deref().and_then(|f| by_folder.get_mut(f)) {
                Some(n) => *n += 1,
                None => unfiled += 1,
            }
        }
        let mut models: Vec<String> = models.into_iter().map(str::to_string).collect();
        models.sort_by(|a, b| order::cmp_utf16(a, b));
        JobViewSummary {
            all,
            unfiled,
            by_folder,
            models,
        }
    }
}

/// The UI's `matchesFilter`, but for the text (see [`Needle`]) and the hidden ids.
fn passes(row: &Row, view: &JobView, folders: &HashSet<&str>) -> bool {
    let place = match &view.place {
        ViewPlace::Named(NamedPlace::All) => true,
        ViewPlace::Named(NamedPlace::Unfiled) => {
            !row.folder.as_deref().is_some_and(|f| folders.contains(f))
        }
        ViewPlace::Folder { id } => row.folder.as_deref() == Some(id.as_str()),
    };
    let status = match view.status {
        None => true,
        Some(StatusFilter::Pending) => row.status == Status::Pending,
        Some(StatusFilter::Processing) => row.status == Status::Processing,
        Some(StatusFilter::Completed) => row.status == Status::Completed,
        Some(StatusFilter::Failed) => row.status == Status::Failed,
        Some(StatusFilter::Other) => row.status == Status::Other,
    };
    let flag = match view.flag {
        None => true,
        Some(FlagFilter::Picks) => row.flag == Some(ClipFlag::Pick),
        Some(FlagFilter::Rejected) => row.flag == Some(ClipFlag::Reject),
        Some(FlagFilter::Unflagged) => row.flag.is_none(),
    };
    place
        && status
        && flag
        && view
            .model
            .as_deref()
            .is_none_or(|m| row.model.as_deref() == Some(m))
        && (view.min_stars == 0 || row.rating.unwrap_or(0) >= view.min_stars)
}

#[cfg(test)]
mod parity;
#[cfg(test)]
mod tests;
