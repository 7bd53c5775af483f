//! Local folders (their server buckets follow in the engine). Deleting one sends its jobs
//! back to Unfiled. A name is refused by the engine's one rule (`store::folder_name`).

use ulazai_engine::model::{Folder, Job};
use ulazai_engine::store::folder_name;

use super::{command, CommandError};

command! {
    pub async fn list_folders(studio) -> Vec<Folder> {
        Ok(studio.engine().await?.folders().list())
    }
}

command! {
    pub async fn create_folder(studio, name: String) -> Folder {
        let name = folder_name(&name)?;
        Ok(studio.engine().await?.folders().create(&name))
    }
}

command! {
    pub async fn rename_folder(studio, id: String, name: String) -> Folder {
        let name = folder_name(&name)?;
        studio
            .engine()
            .await?
            .folders().rename(&id, &name)
            .ok_or_else(|| CommandError::not_found("This folder"))
    }
}

command! {
    pub async fn delete_folder(studio, id: String) -> () {
        if !studio.engine().await?.folders().delete(&id) {
            return Err(CommandError::not_found("This folder"));
        }
        Ok(())
    }
}

command! {
    /// Move jobs into a folder (`folder_id: null`: back to Unfiled). Answers the moved jobs.
    pub async fn move_jobs(studio, ids: Vec<String>, folder_id: Option<String>) -> Vec<Job> {
        if ids.is_empty() {
            return Err(CommandError::bad_input("Select at least one job to move."));
        }
        let engine = studio.engine().await?;
        if let Some(f) = &folder_id {
            if !engine.folders().list().iter().any(|x| &x.id == f) {
                return Err(CommandError::not_found("This folder"));
            }
        }
        if ids.iter().any(|id| engine.jobs().get(id).is_none()) {
            return Err(CommandError::missing_job());
        }
        Ok(engine.folders().move_jobs(&ids, folder_id))
    }
}
