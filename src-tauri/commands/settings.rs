//! Settings round-trip. Changing the server (`base_url_override`) restarts the engine
//! against it (unless `ULAZAI_BASE_URL` pins the server).

use super::command;
use crate::ipc::types::Settings;

command! {
    pub async fn get_settings(studio) -> Settings {
        Ok(studio.settings())
    }
}

command! {
    pub async fn set_settings(studio, settings: Settings) -> Settings {
        Ok(studio.inner().set_settings(settings).await?)
    }
}
