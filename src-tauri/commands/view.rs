//! The grid's view as a query (`Engine::view`): one window of a place, filtered, searched
//! and sorted as the UI's own rules do it; the sidebar's counts and the filter bar's
//! models; where a job sits in a view. A window holds at most `MAX_VIEW_LIMIT` jobs (a
//! larger `limit` is cut to it). The events (`job://updated`, `job://removed`) tell an open
//! view to ask again.

use ulazai_engine::store::view::{JobView, JobViewPage, JobViewSummary};

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
