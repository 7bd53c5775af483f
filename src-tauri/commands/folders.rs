//! Local folders (their server buckets follow in the engine). Deleting one sends its jobs
//! back to Unfiled.

use ulazai_engine::model::{Folder, Job};

use super::{command, required, CommandError};

const MAX_NAME: usize = 80;

command! {
    pub async fn list_folders(engine: CurrentEngine) -> Vec<Folder> {
        Ok(engine.get().await?.folders())
    }
}

command! {
    pub async fn create_folder(engine: CurrentEngine; name: String) -> Folder {
        let name = required(&name, "The folder name", MAX_NAME)?;
        Ok(engine.get().await?.create_folder(&name))
    }
}

command! {
    pub async fn rename_folder(engine: CurrentEngine; id: String, name: String) -> Folder {
        let name = required(&name, "The folder name", MAX_NAME)?;
        engine
            .get()
            .await?
            .rename_folder(&id, &name)
            .ok_or_else(|| CommandError::not_found("This folder"))
    }
}

command! {
    pub async fn delete_folder(engine: CurrentEngine; id: String) -> () {
        if !engine.get().await?.delete_folder(&id) {
            return Err(CommandError::not_found("This folder"));
        }
        Ok(())
    }
}

command! {
    /// Move jobs into a folder (`folder_id: null`: back to Unfiled). Answers the moved jobs.
    pub async fn move_jobs(engine: CurrentEngine; ids: Vec<String>, folder_id: Option<String>) -> Vec<Job> {
        if ids.is_empty() {
            return Err(CommandError::bad_input("Select at least one job to move."));
        }
        let engine = engine.get().await?;
        if let Some(f) = &folder_id {
            if !engine.folders().iter().any(|x| &x.id == f) {
                return Err(CommandError::not_found("This folder"));
            }
        }
        if let Some(missing) = ids.iter().find(|id| engine.job(id).is_none()) {
            return Err(CommandError::not_found(&format!("Job {missing}")));
        }
        Ok(engine.move_jobs(&ids, folder_id))
    }
}
