//! IPC commands, one module per domain. Thin: check input, call the engine / studio, map
//! errors to `CommandError`. Arguments are snake_case on the JS side too
//! (`rename_all = "snake_case"`), as in the IPC contract.

pub mod app;
pub mod folders;
pub mod jobs;
pub mod key;
pub mod library;
pub mod merge;
pub mod session;
pub mod settings;

use std::sync::Arc;

use ulazai_engine::api::ApiError;
use ulazai_engine::validate::{FieldError, ValidationErrors};

use crate::ipc_types::CommandError;
use crate::studio::Studio;

/// The state every command gets.
pub type StudioState<'a> = tauri::State<'a, Arc<Studio>>;
pub type CmdResult<T> = Result<T, CommandError>;

/// THE list of commands: `$callback! { module::name(arg: Type, ...) -> Result; ... }`.
/// `lib.rs` builds the invoke handler from it; `bindings.rs` generates `commands.ts`.
#[macro_export]
#[doc(hidden)]
macro_rules! for_each_command {
    ($callback:ident) => {
        $callback! {
            app::app_state() -> AppState;
            app::start_demo() -> AppState;
            key::set_api_key(key: String, session_only: bool) -> KeyStatus;
            key::clear_api_key() -> KeyStatus;
            key::verify_api_key() -> KeyCheck;
            jobs::get_models(refresh: bool) -> Vec<ModelInfo>;
            jobs::validate_generate(params: GenerateParams) -> Vec<FieldError>;
            jobs::generate(params: GenerateParams) -> Vec<Job>;
            jobs::retry_job(id: String) -> Vec<Job>;
            jobs::remove_job(id: String) -> ();
            jobs::list_jobs(filter: JobFilter) -> Vec<Job>;
            jobs::open_result(id: String) -> ();
            folders::list_folders() -> Vec<Folder>;
            folders::create_folder(name: String) -> Folder;
            folders::rename_folder(id: String, name: String) -> Folder;
            folders::delete_folder(id: String) -> ();
            folders::move_jobs(ids: Vec<String>, folder_id: Option<String>) -> Vec<Job>;
            settings::get_settings() -> Settings;
            settings::set_settings(settings: Settings) -> Settings;
            session::web_session() -> WebSessionStatus;
            session::sign_in_web() -> WebSessionStatus;
            session::sign_out_web() -> WebSessionStatus;
            library::library_info() -> LibraryInfo;
            library::pick_library_dir() -> LibraryInfo;
            library::open_local_file(id: String) -> ();
            library::reveal_local_file(id: String) -> ();
            library::download_result(id: String) -> String;
            merge::merge_jobs(ids: Vec<String>, place: MergePlace) -> MergeStarted;
            merge::cancel_merge(merge_id: String) -> ();
            merge::ffmpeg_status() -> FfmpegStatus;
        }
    };
}

macro_rules! command_names {
    ($($m:ident :: $name:ident ($($arg:ident : $ty:ty),*) -> $ret:ty;)*) => {
        /// Every command name, in list order.
        pub const COMMAND_NAMES: &[&str] = &[$(stringify!($name)),*];
    };
}
for_each_command!(command_names);

impl CommandError {
    /// `Studio::engine()` failing means the app is between engines (starting / switching).
    pub(crate) fn starting(message: String) -> CommandError {
        CommandError::new("starting", message)
    }

    pub fn new(code: &str, message: impl Into<String>) -> CommandError {
        CommandError {
            code: code.into(),
            message: message.into(),
            retry_after_secs: None,
            fields: vec![],
        }
    }
    pub fn bad_input(message: impl Into<String>) -> CommandError {
        CommandError::new("bad_input", message)
    }
    pub fn not_found(what: &str) -> CommandError {
        CommandError::new("not_found", format!("{what} does not exist (any more)."))
    }
    pub fn internal(message: impl Into<String>) -> CommandError {
        CommandError::new("internal", message)
    }
    pub fn validation(fields: Vec<FieldError>) -> CommandError {
        let message = match fields.as_slice() {
            [one] => one.message.clone(),
            _ => "Some settings of this job need a change (see the highlighted fields).".into(),
        };
        CommandError {
            code: "validation".into(),
            message,
            retry_after_secs: None,
            fields,
        }
    }
}

impl From<ApiError> for CommandError {
    fn from(e: ApiError) -> Self {
        let info = e.info();
        CommandError {
            code: info.code,
            message: info.message,
            retry_after_secs: info.retry_after_secs.map(|s| s.min(u32::MAX as u64) as u32),
            fields: vec![],
        }
    }
}

impl From<ValidationErrors> for CommandError {
    fn from(e: ValidationErrors) -> Self {
        CommandError::validation(e.0)
    }
}

impl From<crate::secrets::SecretError> for CommandError {
    fn from(e: crate::secrets::SecretError) -> Self {
        match e {
            crate::secrets::SecretError::Unavailable(m) => {
                CommandError::new("keyring_unavailable", m)
            }
            crate::secrets::SecretError::Failed(m) => CommandError::new("keyring", m),
        }
    }
}

/// Trimmed, non-empty, bounded text input.
pub(crate) fn required(value: &str, what: &str, max: usize) -> CmdResult<String> {
    let v = value.trim();
    if v.is_empty() {
        return Err(CommandError::bad_input(format!(
            "{what} must not be empty."
        )));
    }
    if v.chars().count() > max {
        return Err(CommandError::bad_input(format!(
            "{what} is too long (at most {max} characters)."
        )));
    }
    Ok(v.to_string())
}
