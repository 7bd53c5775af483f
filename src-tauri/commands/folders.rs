//! Local folders (their server buckets follow in the engine). Deleting one (with what
//! becomes of its clips) is in `delete`. A name is refused by the engine's one rule (`store::folder_name`).

use ulazai_engine::model::{Folder, Job};
use ulazai_engine::store::folder_name;
use ulazai_engine::Text;

use super::{command, CommandError};

command! {
    pub async fn list_folders(engine: CurrentEngine) -> Vec<Folder> {
        Ok(engine.get().await?.folders().list())
    }
}

command! {
    pub async fn create_folder(engine: CurrentEngine; name: String) -> Folder {
        let name = folder_name(&name)?;
        Ok(engine.get().await?.folders().create(&name))
    }
}

command! {
    pub async fn rename_folder(engine: CurrentEngine; id: String, name: String) -> Folder {
        let name = folder_name(&name)?;
        engine
            .get()
            .await?
            .folders().rename(&id, &name)
            .ok_or_else(|| CommandError::not_found(Text::new("errors-folder-gone-any-more")))
    }
}

command! {
    /// Move jobs into a folder (`folder_id: null`: back to Unfiled). Answers the moved jobs.
    pub async fn move_jobs(engine: CurrentEngine; ids: Vec<String>, folder_id: Option<String>) -> Vec<Job> {
        if ids.is_empty() {
            return Err(CommandError::refused(Text::new("errors-move-none")));
        }
        let engine = engine.get().await?;
        if let Some(f) = &folder_id {
            if !engine.folders().list().iter().any(|x| &x.id == f) {
                return Err(CommandError::not_found(Text::new("errors-folder-gone-any-more")));
            }
        }
        if ids.iter().any(|id| engine.jobs().get(id).is_none()) {
            return Err(CommandError::missing_job());
        }
        Ok(engine.folders().move_jobs(&ids, folder_id))
    }
}
