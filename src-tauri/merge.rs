//! Merging clips, in tray order:
//! - on the server (`POST /video-studio/api/merge/`, web session): the output is a job like
//!   any other — added, polled, notified, downloaded;
//! - on this computer (no session, or the creator asks): each clip from the library (or
//!   downloaded into it first), joined by ffmpeg (stream copy when the clips match, else
//!   re-encoded), the file lands in the library and a `LocalMerge` card is added.
//!   `merge://progress` reports it; `cancel_merge` stops it.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use ulazai_engine::ffmpeg::{FfmpegTools, MergeError};
use ulazai_engine::library as media;
use ulazai_engine::model::{Job, JobOrigin, JobStatus, MergeRecord};

use crate::events::{self, MergeProgressed};
use crate::ipc_types::CommandError;
use crate::ipc_types::{FfmpegStatus, MergePlace, MergeProgress, MergeStage, MergeStarted};
use crate::studio::Studio;

/// Running local merges: id -> cancel switch.
#[derive(Default)]
pub struct Merges {
    running: Mutex<HashMap<String, tokio::sync::watch::Sender<bool>>>,
}

impl Merges {
    pub fn cancel(&self, id: &str) -> bool {
        match self.running.lock().unwrap().get(id) {
            Some(tx) => {
                tx.send_replace(true);
                true
            }
            None => false,
        }
    }
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

fn install_error(e: MergeError) -> CommandError {
    match e {
        MergeError::NotInstalled { how_to_install } => CommandError::new(
            "ffmpeg_missing",
            format!(
                "Merging on this computer needs ffmpeg, which is not installed. {how_to_install}"
            ),
        ),
        other => CommandError::new("ffmpeg", other.to_string()),
    }
}

pub fn ffmpeg_status() -> FfmpegStatus {
    match FfmpegTools::locate() {
        Ok(_) => FfmpegStatus {
            available: true,
            how_to_install: None,
        },
        Err(MergeError::NotInstalled { how_to_install }) => FfmpegStatus {
            available: false,
            how_to_install: Some(how_to_install),
        },
        Err(e) => FfmpegStatus {
            available: false,
            how_to_install: Some(e.to_string()),
        },
    }
}

impl Studio {
    /// Merge `ids` (play order). Server when `Auto` and a session is connected.
    pub async fn merge(
        self: &Arc<Self>,
        ids: Vec<String>,
        place: MergePlace,
    ) -> Result<MergeStarted, CommandError> {
        let engine = self.engine().await.map_err(CommandError::starting)?;
        let mut jobs = Vec::new();
        for id in &ids {
            let job = engine
                .job(id)
                .ok_or_else(|| CommandError::not_found(&format!("Clip {id}")))?;
            if job.status != JobStatus::Completed {
                return Err(CommandError::bad_input(
                    "Only completed clips can be merged.",
                ));
            }
            jobs.push(job);
        }
        let server_ok = jobs.iter().all(|j| j.origin != JobOrigin::LocalMerge);
        if place == MergePlace::Auto && server_ok {
            if let Some(session) = self.web_session().await {
                return self.merge_on_server(&session, ids).await;
            }
        }
        self.merge_locally(jobs).await
    }

    async fn merge_on_server(
        self: &Arc<Self>,
        session: &ulazai_engine::secret::WebSession,
        ids: Vec<String>,
    ) -> Result<MergeStarted, CommandError> {
        let engine = self.engine().await.map_err(CommandError::starting)?;
        let out = match engine.client().merge(session, &ids).await {
            Ok(id) => id,
            Err(e) => {
                if self.note_session_error(&e).await {
                    return Err(CommandError::new(
                        "session_expired",
                        "Your ulazai.com web session has expired. Reconnect in Settings, or use “Merge on this computer”.",
                    ));
                }
                return Err(e.into());
            }
        };
        let created = now();
        let folder_id = common_folder(&engine.jobs(), &ids);
        let job = Job {
            id: out.clone(),
            status: JobStatus::Pending,
            model_slug: Some("merge".into()),
            mode: Some("merge".into()),
            prompt: Some(format!("Merge of {} clips", ids.len())),
            params: None,
            result_urls: vec![],
            credits_charged: None,
            credits_refunded: None,
            error_message: None,
            provider_meta: None,
            created_at: Some(created.clone()),
            completed_at: None,
            origin: JobOrigin::Merge,
            folder_id: folder_id.clone(),
            unknown_to_server: false,
            updated_at: created.clone(),
            local_file: None,
        };
        engine.add_external_job(job.clone());
        let merge_id = format!("merge-{}", uuid::Uuid::new_v4());
        engine.record_merge(MergeRecord {
            id: merge_id.clone(),
            source_job_ids: ids,
            output_job_id: Some(out.clone()),
            created_at: created,
        });
        self.refresh_active().await;
        Ok(MergeStarted {
            merge_id,
            local: false,
            job: Some(engine.job(&out).unwrap_or(job)),
        })
    }

    async fn merge_locally(self: &Arc<Self>, jobs: Vec<Job>) -> Result<MergeStarted, CommandError> {
        let tools = tauri::async_runtime::spawn_blocking(FfmpegTools::locate)
            .await
            .map_err(|e| CommandError::internal(e.to_string()))?
            .map_err(install_error)?;
        let merge_id = format!("local-merge-{}", uuid::Uuid::new_v4());
        let (tx, rx) = tokio::sync::watch::channel(false);
        self.merges
            .running
            .lock()
            .unwrap()
            .insert(merge_id.clone(), tx);
        let (s, id) = (self.clone(), merge_id.clone());
        tauri::async_runtime::spawn(async move {
            let result = s.run_local_merge(&id, &tools, jobs, rx.clone()).await;
            s.merges.running.lock().unwrap().remove(&id);
            let cancelled = *rx.borrow();
            let progress = match result {
                Ok((job_id, stream_copy)) => MergeProgress {
                    merge_id: id.clone(),
                    stage: MergeStage::Done,
                    fraction: 1.0,
                    message: None,
                    job_id: Some(job_id),
                    stream_copy: Some(stream_copy),
                },
                Err(message) => {
                    if !cancelled {
                        tracing::warn!(merge = %id, error = %message, "local merge failed");
                    }
                    MergeProgress {
                        merge_id: id.clone(),
                        stage: if cancelled {
                            MergeStage::Cancelled
                        } else {
                            MergeStage::Failed
                        },
                        fraction: 0.0,
                        message: Some(if cancelled {
                            "Merge cancelled.".into()
                        } else {
                            message
                        }),
                        job_id: None,
                        stream_copy: None,
                    }
                }
            };
            events::emit::<MergeProgressed>(&*s.shell, &progress);
        });
        Ok(MergeStarted {
            merge_id,
            local: true,
            job: None,
        })
    }

    fn merge_progress(&self, id: &str, stage: MergeStage, fraction: f64) {
        events::emit::<MergeProgressed>(
            &*self.shell,
            &MergeProgress {
                merge_id: id.to_string(),
                stage,
                fraction: fraction.clamp(0.0, 1.0),
                message: None,
                job_id: None,
                stream_copy: None,
            },
        );
    }

    /// Fetch the clips, join them, add the card. Answers (card id, stream copy).
    async fn run_local_merge(
        self: &Arc<Self>,
        id: &str,
        tools: &FfmpegTools,
        jobs: Vec<Job>,
        cancel: tokio::sync::watch::Receiver<bool>,
    ) -> Result<(String, bool), String> {
        let n = jobs.len();
        let need_download = jobs.iter().any(|j| self.local_file(j).is_none());
        let share = if need_download { 0.5 } else { 0.0 };
        self.merge_progress(id, MergeStage::Downloading, 0.0);
        let mut inputs: Vec<PathBuf> = Vec::new();
        for (i, job) in jobs.iter().enumerate() {
            if *cancel.borrow() {
                return Err("cancelled".into());
            }
            let (s, mid) = (self.clone(), id.to_string());
            let part: Arc<dyn Fn(f64) + Send + Sync> = Arc::new(move |f| {
                s.merge_progress(
                    &mid,
                    MergeStage::Downloading,
                    share * (i as f64 + f) / n as f64,
                )
            });
            let file = self
                .download_job(job, Some(part))
                .await
                .map_err(|e| format!("Clip {} could not be downloaded: {e}", i + 1))?;
            inputs.push(file);
        }
        let engine = self.engine_now().await?;
        let ids: Vec<String> = jobs.iter().map(|j| j.id.clone()).collect();
        let folder_id = common_folder(&jobs, &ids);
        let folder_name = folder_id.as_ref().and_then(|f| {
            engine
                .folders()
                .into_iter()
                .find(|x| &x.id == f)
                .map(|x| x.name)
        });
        let dir = self
            .library_dir()
            .join(media::folder_dir_name(folder_name.as_deref()));
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let created = now();
        let prompt = format!("Merge of {n} clips");
        let name = media::file_name(Some(&created), Some("merge"), Some(&prompt), id, "mp4");
        let output = crate::library::reserve(&dir, &name).map_err(|e| e.to_string())?;
        self.merge_progress(id, MergeStage::Merging, share);
        let (s, mid) = (self.clone(), id.to_string());
        let outcome = tools
            .concat(
                &inputs,
                &output,
                move |f: f64| {
                    s.merge_progress(&mid, MergeStage::Merging, share + (1.0 - share) * f)
                },
                cancel,
            )
            .await
            .map_err(|e| {
                let _ = std::fs::remove_file(&output);
                e.to_string()
            })?;
        let job = Job {
            id: id.to_string(),
            status: JobStatus::Completed,
            model_slug: Some("merge".into()),
            mode: Some("merge".into()),
            prompt: Some(prompt),
            params: None,
            result_urls: vec![],
            credits_charged: Some(0),
            credits_refunded: None,
            error_message: None,
            provider_meta: Some(serde_json::json!({
                "effective_duration_seconds": outcome.duration_secs,
                "merged_on": "this computer",
                "stream_copy": outcome.stream_copy,
                "source_job_ids": ids,
            })),
            created_at: Some(created.clone()),
            completed_at: Some(now()),
            origin: JobOrigin::LocalMerge,
            folder_id,
            unknown_to_server: false,
            updated_at: created.clone(),
            local_file: Some(output.to_string_lossy().into_owned()),
        };
        self.library.record(id, &output);
        engine.add_external_job(job);
        engine.record_merge(MergeRecord {
            id: id.to_string(),
            source_job_ids: ids,
            output_job_id: Some(id.to_string()),
            created_at: created,
        });
        Ok((id.to_string(), outcome.stream_copy))
    }
}

/// The folder every clip shares, if any.
fn common_folder(jobs: &[Job], ids: &[String]) -> Option<String> {
    let mut folders = jobs
        .iter()
        .filter(|j| ids.contains(&j.id))
        .map(|j| j.folder_id.clone());
    let first = folders.next()??;
    folders
        .all(|f| f.as_deref() == Some(&first))
        .then_some(first)
}
