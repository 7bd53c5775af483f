//! Models, generate, retry, remove, list, open.

use ulazai_engine::engine::GenerateError;
use ulazai_engine::model::{GenerateParams, Job, ModelInfo};
use ulazai_engine::validate::FieldError;

use crate::commands::{CmdResult, CommandError, StudioState};
use crate::demo::check_result_url;
use crate::ipc_types::{FolderFilter, FolderScope, JobFilter};

impl From<GenerateError> for CommandError {
    fn from(e: GenerateError) -> Self {
        match e {
            GenerateError::Validation(v) => v.into(),
            GenerateError::Api(a) => a.into(),
        }
    }
}

/// The model capability matrix (cached by the engine unless `refresh`).
#[tauri::command(rename_all = "snake_case")]
pub async fn get_models(studio: StudioState<'_>, refresh: bool) -> CmdResult<Vec<ModelInfo>> {
    let engine = studio.engine().await.map_err(CommandError::starting)?;
    Ok(engine.models(refresh).await?)
}

/// Live form validation: the same checks `generate` runs. Empty: the form is fine.
#[tauri::command(rename_all = "snake_case")]
pub async fn validate_generate(
    studio: StudioState<'_>,
    params: GenerateParams,
) -> CmdResult<Vec<FieldError>> {
    let engine = studio.engine().await.map_err(CommandError::starting)?;
    let models = engine.models(false).await?;
    // `prepare` = normalise + validate: exactly what `generate` sends.
    Ok(match ulazai_engine::validate::prepare(params, &models) {
        Ok(_) => Vec::new(),
        Err(v) => v.0,
    })
}

/// Start `params.count` jobs; answers the new job cards (they also arrive as events).
#[tauri::command(rename_all = "snake_case")]
pub async fn generate(studio: StudioState<'_>, params: GenerateParams) -> CmdResult<Vec<Job>> {
    let engine = studio.engine().await.map_err(CommandError::starting)?;
    let jobs = engine.generate(params).await?;
    studio.refresh_active().await;
    Ok(jobs)
}

/// Start a failed job again with the parameters it was started with.
#[tauri::command(rename_all = "snake_case")]
pub async fn retry_job(studio: StudioState<'_>, id: String) -> CmdResult<Vec<Job>> {
    let engine = studio.engine().await.map_err(CommandError::starting)?;
    if engine.job(&id).is_none() {
        return Err(CommandError::not_found("This job"));
    }
    let jobs = engine.retry(&id).await?;
    studio.refresh_active().await;
    Ok(jobs)
}

/// Remove a card from the app (the job stays on the server).
#[tauri::command(rename_all = "snake_case")]
pub async fn remove_job(studio: StudioState<'_>, id: String) -> CmdResult<()> {
    let engine = studio.engine().await.map_err(CommandError::starting)?;
    if !engine.remove_job(&id) {
        return Err(CommandError::not_found("This job"));
    }
    studio.refresh_active().await;
    Ok(())
}

/// Jobs matching `filter`, newest first.
#[tauri::command(rename_all = "snake_case")]
pub async fn list_jobs(studio: StudioState<'_>, filter: JobFilter) -> CmdResult<Vec<Job>> {
    let engine = studio.engine().await.map_err(CommandError::starting)?;
    let jobs = engine
        .jobs()
        .into_iter()
        .map(|j| studio.decorate(j))
        .collect();
    Ok(filter_jobs(jobs, &filter))
}

/// Open the job's (first) result in the OS — https, or the simulator's own loopback
/// origin; nothing else is handed to the OS.
#[tauri::command(rename_all = "snake_case")]
pub async fn open_result(studio: StudioState<'_>, id: String) -> CmdResult<()> {
    let engine = studio.engine().await.map_err(CommandError::starting)?;
    let job = engine
        .job(&id)
        .ok_or_else(|| CommandError::not_found("This job"))?;
    let raw = job
        .result_urls
        .first()
        .ok_or_else(|| CommandError::new("no_result", "This job has no result to open yet."))?;
    let url = check_result_url(raw, &studio.base_url().await)
        .map_err(|e| CommandError::new("bad_url", e))?;
    studio
        .shell
        .open_url(url.as_str())
        .map_err(|e| CommandError::internal(format!("Could not open the result: {e}")))
}

/// Newest first: by creation time (RFC 3339), then last change.
pub fn filter_jobs(mut jobs: Vec<Job>, f: &JobFilter) -> Vec<Job> {
    let text = f
        .text
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase);
    jobs.retain(|j| {
        let folder_ok = match &f.folder {
            FolderFilter::Scope(FolderScope::All) => true,
            FolderFilter::Scope(FolderScope::Unfiled) => j.folder_id.is_none(),
            FolderFilter::Folder { id } => j.folder_id.as_deref() == Some(id.as_str()),
        };
        let status_ok = f.status.as_ref().is_none_or(|s| &j.status == s);
        let model = j
            .model_slug
            .as_deref()
            .or(j.params.as_ref().map(|p| p.model_slug.as_str()));
        let model_ok = f.model.as_deref().is_none_or(|m| model == Some(m));
        let text_ok = text.as_ref().is_none_or(|t| {
            let prompt = j
                .prompt
                .as_deref()
                .or(j.params.as_ref().map(|p| p.prompt.as_str()));
            [prompt, model, Some(j.id.as_str())]
                .iter()
                .flatten()
                .any(|s| s.to_lowercase().contains(t))
        });
        folder_ok && status_ok && model_ok && text_ok
    });
    let key = |j: &Job| {
        chrono::DateTime::parse_from_rfc3339(j.created_at.as_deref().unwrap_or(&j.updated_at)).ok()
    };
    jobs.sort_by(|a, b| {
        key(b)
            .cmp(&key(a))
            .then_with(|| b.updated_at.cmp(&a.updated_at))
    });
    jobs
}
