//! Folders stay local-first. With a connected web session, a new folder also gets its
//! server bucket (`POST /video-studio/api/folders/`); its id is recorded on the folder.
//! A failure is shown (`folder://sync-failed`) and retried; it never blocks the folder.
//! Folders still without a bucket are synced again when the session (re)connects.

use std::sync::Arc;
use std::time::Duration;

use crate::events::{self, FolderSyncFailed, FolderUpdated};
use crate::ipc_types::FolderSyncError;
use crate::studio::Studio;

/// Waits before each attempt.
const ATTEMPTS: [u64; 4] = [0, 3, 10, 30];

impl Studio {
    /// Create the server bucket of every folder that has none (background).
    pub fn sync_folders(self: &Arc<Self>) {
        let s = self.clone();
        tauri::async_runtime::spawn(async move {
            let Ok(engine) = s.engine_now().await else {
                return;
            };
            for f in engine
                .folders()
                .into_iter()
                .filter(|f| f.remote_id.is_none())
            {
                let s2 = s.clone();
                tauri::async_runtime::spawn(async move { s2.sync_folder(f.id).await });
            }
        });
    }

    /// Create one folder's server bucket, retrying a few times. Without a connected
    /// session it does nothing (the next connect syncs it).
    pub async fn sync_folder(self: &Arc<Self>, folder_id: String) {
        if !self
            .session
            .syncing
            .lock()
            .unwrap()
            .insert(folder_id.clone())
        {
            return;
        }
        self.sync_folder_inner(&folder_id).await;
        self.session.syncing.lock().unwrap().remove(&folder_id);
    }

    async fn sync_folder_inner(self: &Arc<Self>, folder_id: &str) {
        for (i, wait) in ATTEMPTS.iter().enumerate() {
            tokio::time::sleep(Duration::from_secs(*wait)).await;
            let Some(session) = self.web_session().await else {
                return;
            };
            let Ok(engine) = self.engine_now().await else {
                return;
            };
            let Some(folder) = engine.folders().into_iter().find(|f| f.id == folder_id) else {
                return;
            };
            if folder.remote_id.is_some() {
                return;
            }
            match engine.client().create_folder(&session, &folder.name).await {
                Ok(remote) => {
                    tracing::info!(folder = folder_id, "folder synced to the server");
                    engine.set_folder_remote_id(folder_id, remote.id.clone());
                    let mut f = folder;
                    f.remote_id = Some(remote.id);
                    events::emit::<FolderUpdated>(&*self.shell, &f);
                    return;
                }
                Err(e) => {
                    let expired = self.note_session_error(&e).await;
                    let will_retry = !expired && i + 1 < ATTEMPTS.len();
                    let message = if expired {
                        "The web session has expired: the folder is kept here and will be created on ulazai.com when you reconnect.".to_string()
                    } else {
                        e.user_message()
                    };
                    tracing::warn!(folder = folder_id, error = %e, will_retry, "folder sync failed");
                    events::emit::<FolderSyncFailed>(
                        &*self.shell,
                        &FolderSyncError {
                            folder_id: folder_id.to_string(),
                            name: folder.name,
                            message,
                            will_retry,
                        },
                    );
                    if !will_retry {
                        return;
                    }
                }
            }
        }
    }
}
