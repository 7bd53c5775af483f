//! What the grid asks (a [`JobView`]) and what it is answered: the IPC types of the view.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

#[cfg(feature = "ts")]
use ts_rs::TS;

use super::SortOrder;
use crate::model::{Job, JobId};

/// The most jobs one window holds.
pub const MAX_VIEW_LIMIT: u32 = 500;

/// The UI's `FolderSelector`: `"all"`, `"unfiled"` (no folder, or one that no longer
/// exists) or `{ id }` (the jobs whose folder is that id, exactly).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub enum ViewPlace {
    Named(NamedPlace),
    Folder { id: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub enum NamedPlace {
    All,
    Unfiled,
}

/// The UI's `StatusFilter`: one of the four statuses the API names, or `other` (any
/// status besides them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub enum StatusFilter {
    Pending,
    Processing,
    Completed,
    Failed,
    Other,
}

/// The UI's `FlagFilter`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub enum FlagFilter {
    Picks,
    Rejected,
    Unflagged,
}

/// What the grid shows: the UI's `ViewFilter` (same fields, same meaning), the place's
/// sort order, the ids removed from view but still undoable, and the window.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct JobView {
    pub place: ViewPlace,
    pub status: Option<StatusFilter>,
    /// Exactly this `model_slug`.
    pub model: Option<String>,
    /// The search field (see [`Needle`]); white space only: no search.
    pub text: String,
    pub flag: Option<FlagFilter>,
    /// At least this many stars (0: any rating).
    pub min_stars: u8,
    pub sort: SortOrder,
    /// Left out, as if removed.
    pub hidden: Vec<JobId>,
    /// The window: the first row, and how many (at most [`MAX_VIEW_LIMIT`]). The view's
    /// ids (`Engine::view_ids`) read only `limit`: its first cards, 0 for all of them.
    pub offset: u32,
    pub limit: u32,
    /// Each shot's takes as one card (the UI's `gridEntries`); absent: one card a job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub stack: Option<Stacking>,
}

/// How the grid stacks each shot's takes: one card a shot, its cover, but for the shots
/// whose stack is open (every take of those, the first holding the stack).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct Stacking {
    /// The shots whose stack is open.
    pub expanded: Vec<String>,
}

/// The whole view as the grid's cards, by id: what it lays out, selects and scrolls by.
/// The jobs themselves come by id (`Engine::jobs`), for the cards in sight.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct JobViewIds {
    /// How many jobs the view holds (before stacking).
    pub total: u32,
    /// How many cards the whole view has (`ids` holds fewer when only its head was asked).
    pub cards: u32,
    /// The grid's cards in order (stacked: a closed stack's cover; an open stack's takes).
    pub ids: Vec<JobId>,
    /// The cards that hold a stack (two takes or more), in order.
    pub stacks: Vec<StackCard>,
    /// Jobs of the view a closed stack hides (never selected or acted on).
    pub covered: Vec<JobId>,
}

impl JobViewIds {
    /// Only the first `limit` cards (0: all of them), the stacks among them and every
    /// covered take: what the grid paints first of a new view, its counts whole. A view of
    /// 100,000 cards is about 2 MB of ids over IPC; its first screenful a few kB.
    pub fn head(mut self, limit: u32) -> JobViewIds {
        let limit = limit as usize;
        if limit > 0 && self.ids.len() > limit {
            self.ids.truncate(limit);
            self.stacks.retain(|s| (s.at as usize) < limit);
        }
        self
    }
}

/// A card of the view that holds a stack.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct StackCard {
    /// Its index in [`JobViewIds::ids`].
    pub at: u32,
    pub shot: String,
    /// The shot's cover (the UI's `pickCover`); a closed stack's card shows it.
    pub cover: JobId,
    /// How many of the shot's takes the view holds.
    pub takes: u32,
    /// Open: `ids[at .. at + takes]` are its takes, in the view's order.
    pub open: bool,
}

impl JobView {
    /// Every job, newest first, the first window.
    pub fn all() -> JobView {
        JobView {
            place: ViewPlace::Named(NamedPlace::All),
            status: None,
            model: None,
            text: String::new(),
            flag: None,
            min_stars: 0,
            sort: SortOrder::Newest,
            hidden: Vec::new(),
            offset: 0,
            limit: MAX_VIEW_LIMIT,
            stack: None,
        }
    }
}

/// One window of a view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct JobViewPage {
    /// How many jobs the view holds (all windows).
    pub total: u32,
    pub offset: u32,
    /// The window's jobs, in order, whole (as `job://updated` sends them).
    pub jobs: Vec<Job>,
}

/// What the sidebar and the filter bar show whatever the filters: the UI's `summarize`
/// over every job not hidden.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct JobViewSummary {
    pub all: u32,
    pub unfiled: u32,
    /// Every folder's count (0 for an empty one).
    pub by_folder: HashMap<String, u32>,
    /// The models in use (`model_slug`, empty ones left out), in JS's default order.
    pub models: Vec<String>,
}
