//! Models, generate, retry, remove, list, open.

use ulazai_engine::model::{GenerateParams, Job, ModelInfo};
use ulazai_engine::validate::FieldError;

use super::{command, CommandError};
use crate::ipc::types::JobPage;

command! {
    /// The model capability matrix (cached by the engine unless `refresh`).
    pub async fn get_models(engine: CurrentEngine; refresh: bool) -> Vec<ModelInfo> {
        Ok(engine.get().await?.jobs().models(refresh).await?)
    }
}

command! {
    /// Live form validation: the same checks `generate` runs. Empty: the form is fine.
    pub async fn validate_generate(engine: CurrentEngine, lang: Locale; params: GenerateParams) -> Vec<FieldError> {
        let fields = engine.get().await?.jobs().check_generate(params).await?;
        let lang = lang.get();
        Ok(fields.into_iter().map(|f| f.localized(&lang)).collect())
    }
}

command! {
    /// Start `params.count` jobs; answers the new job cards (they also arrive as events).
    /// `take_of`: the clip the request was made from (Edit & retry): the new clips are
    /// takes of its shot (an id the app does not know is refused, nothing is sent).
    pub async fn generate(engine: CurrentEngine; params: GenerateParams, take_of: Option<String>) -> Vec<Job> {
        Ok(engine.get().await?.jobs().generate_from(params, take_of.as_deref()).await?)
    }
}

command! {
    /// Start a failed job again with the parameters it was started with.
    pub async fn retry_job(engine: CurrentEngine; id: String) -> Vec<Job> {
        let engine = engine.get().await?;
        if engine.jobs().get(&id).is_none() {
            return Err(CommandError::missing_job());
        }
        Ok(engine.jobs().retry(&id).await?)
    }
}

command! {
    /// Remove a card from the app (the job stays on the server).
    pub async fn remove_job(engine: CurrentEngine; id: String) -> () {
        if !engine.get().await?.jobs().remove(&id) {
            return Err(CommandError::missing_job());
        }
        Ok(())
    }
}

command! {
    /// Every job, newest first (the UI filters and sorts its own views).
    pub async fn list_jobs(engine: CurrentEngine) -> Vec<Job> {
        Ok(engine.get().await?.jobs().list())
    }
}

command! {
    /// Up to `limit` jobs (at most 5,000), newest first, after the job `after` (from the
    /// newest when null): the UI paints the first screenful at once and loads the rest in
    /// pages. `not_found` when `after` was removed meanwhile (start again).
    pub async fn list_jobs_page(engine: CurrentEngine; after: Option<String>, limit: u32) -> JobPage {
        let limit = limit.clamp(1, 5_000) as usize;
        let (jobs, more) = engine
            .get()
            .await?
            .jobs().page(after.as_deref(), limit)
            .ok_or_else(CommandError::missing_job)?;
        let next = more.then(|| jobs.last().map(|j| j.id.clone())).flatten();
        Ok(JobPage { jobs, next })
    }
}

command! {
    /// Open the job's (first) result in the OS — https, or the simulator's own loopback
    /// origin; nothing else is handed to the OS.
    pub async fn open_result(library: LibraryService; id: String) -> () {
        Ok(library.open_result(&id).await?)
    }
}
