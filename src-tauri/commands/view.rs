//! The grid's view as a query (`Engine::view`): one window of a place, filtered, searched
//! and sorted as the UI's own rules do it; the sidebar's counts and the filter bar's
//! models; where a job sits in a view. A window holds at most `MAX_VIEW_LIMIT` jobs (a
//! larger `limit` is cut to it). The grid asks for the whole view as ids
//! (`get_job_view_ids`) and for the jobs in sight by id (`get_jobs`); the prompt field's
//! history and a take's siblings are queries too. The events (`job://updated`,
//! `job://removed`) tell an open view to ask again.

use ulazai_engine::model::Job;
use ulazai_engine::store::view::{JobView, JobViewIds, JobViewPage, JobViewSummary};

use super::command;

command! {
    /// One window of the grid's view: how many jobs it holds, and the jobs from `offset`.
    pub async fn get_job_view(engine: CurrentEngine; query: JobView) -> JobViewPage {
        Ok(engine.get().await?.view(&query).await)
    }
}

command! {
    /// Every place's count and the models in use, over every job but `hidden`.
    pub async fn get_job_view_summary(engine: CurrentEngine; hidden: Vec<String>) -> JobViewSummary {
        Ok(engine.get().await?.view_summary(&hidden).await)
    }
}

command! {
    /// Where the job `id` sits in the view (0: first); `null` when the view leaves it out.
    pub async fn get_job_view_position(engine: CurrentEngine; query: JobView, id: String) -> Option<u32> {
        Ok(engine.get().await?.view_position(&query, &id).await)
    }
}

command! {
    /// The whole view as the grid's cards, by id (each shot's takes stacked when the view
    /// asks): what the grid lays out, selects and scrolls by. The window is not read.
    pub async fn get_job_view_ids(engine: CurrentEngine; query: JobView) -> JobViewIds {
        Ok(engine.get().await?.view_ids(&query).await)
    }
}

/// The most jobs one `get_jobs` answers (a screenful is a few dozen).
pub const MAX_JOBS_BY_ID: usize = 2_000;

command! {
    /// The jobs `ids` (at most 2,000; the rest are not read), in that order, as
    /// `job://updated` sends them; ids the library does not hold are left out.
    pub async fn get_jobs(engine: CurrentEngine; ids: Vec<String>) -> Vec<Job> {
        let ids = &ids[..ids.len().min(MAX_JOBS_BY_ID)];
        Ok(engine.get().await?.jobs_by_id(ids))
    }
}

command! {
    /// The creator's recent prompts, most recent first, each once, those holding every
    /// word of `query` (case aside); at most `limit` (and 50).
    pub async fn get_prompt_history(engine: CurrentEngine; query: String, limit: u32) -> Vec<String> {
        let limit = limit.min(50) as usize;
        Ok(engine.get().await?.prompt_history(&query, limit).await)
    }
}

command! {
    /// Every take of the shot `shot`, oldest first (the detail view's "take 2 of 3").
    pub async fn get_shot_takes(engine: CurrentEngine; shot: String) -> Vec<Job> {
        Ok(engine.get().await?.shot_takes(&shot))
    }
}
