//! IPC commands, one module per domain. Each is a few lines: take the service it needs
//! (`studio`), call one of its operations or the engine's, map its error to `CommandError`
//! (here, at the IPC edge).
//!
//! Every command is written with [`command!`], which emits the `#[tauri::command]` function
//! AND a `describe` of its signature taken from that same definition — so the TypeScript
//! bindings (`bindings.rs`) cannot drift from the functions: a changed argument or result
//! changes the generated `commands.ts`, and `bindings_are_fresh` fails until it is
//! regenerated. Arguments are snake_case on the JS side too (`rename_all = "snake_case"`).

pub mod app;
pub mod curation;
pub mod delete;
pub mod folders;
pub mod jobs;
pub mod key;
pub mod library;
pub mod library_view;
pub mod merge;
pub mod queue;
pub mod settings;
pub mod updates;
pub mod view;
pub mod web_session;

use std::sync::Arc;

use ulazai_engine::api::ApiError;
use ulazai_engine::engine::{
    GenerateError, LibraryError, MergeError, MergeFailure, ResultUrlError,
};
use ulazai_engine::library::ShareError;
use ulazai_engine::store::curation::MarksError;
use ulazai_engine::store::FolderNameError;
use ulazai_engine::validate::FieldError;
use ulazai_engine::{ErrorCode, MissingJob, Text};
use ulazai_i18n::Localizer;

use crate::ipc::types::CommandError;
use crate::platform::keyring::SecretError;
use crate::studio::StudioError;

/// A service a command takes (Tauri state, `Arc<S>`; `studio::Studio::manage` puts each).
pub type Service<'a, S> = tauri::State<'a, Arc<S>>;

pub type CmdResult<T> = Result<T, CommandError>;

/// Defines a command: `command! { /// docs
/// pub async fn name(svc: Service, ...; arg: Type, ...) -> Result { body } }`. Before the
/// `;` the services it takes (`studio::` types, each a `Service`), after it the arguments
/// from the UI. The body returns `CmdResult<Result>`.
macro_rules! command {
    (
        $(#[doc = $doc:literal])*
        pub async fn $name:ident(
            $($state:ident : $svc:ident),+ $(; $($arg:ident : $ty:ty),* $(,)?)?
        ) -> $ret:ty $body:block
    ) => {
        $(#[doc = $doc])*
        #[tauri::command(rename_all = "snake_case")]
        pub async fn $name(
            __locale: $crate::commands::Service<'_, $crate::studio::Locale>,
            $($state: $crate::commands::Service<'_, $crate::studio::$svc>),+
            $($(, $arg: $ty)*)?
        ) -> $crate::commands::CmdResult<$ret> {
            let result: $crate::commands::CmdResult<$ret> = async move $body.await;
            // The error's sentence in the app's language as it answers.
            result.map_err(|e| e.localized(&__locale.get()))
        }

        #[doc(hidden)]
        pub mod $name {
            #[allow(unused_imports)]
            use super::*;
            /// The signature above, for the TypeScript bindings.
            pub fn describe(v: &mut impl $crate::ipc::SignatureVisitor) {
                $($(v.arg::<$ty>(stringify!($arg));)*)?
                v.result::<$ret>();
            }
        }
    };
}
pub(crate) use command;

/// THE list of commands, `module::name` each. `lib.rs` builds the invoke handler from it,
/// `bindings.rs` the TypeScript map (through each command's `describe`).
#[macro_export]
#[doc(hidden)]
macro_rules! for_each_command {
    ($callback:ident) => {
        $callback! {
            app::app_state,
            app::start_demo,
            key::set_api_key,
            key::clear_api_key,
            key::verify_api_key,
            jobs::get_models,
            jobs::validate_generate,
            jobs::generate,
            jobs::retry_job,
            jobs::remove_job,
            jobs::list_jobs,
            jobs::list_jobs_page,
            jobs::open_result,
            folders::list_folders,
            folders::create_folder,
            folders::rename_folder,
            delete::delete_folder,
            delete::delete_clips,
            delete::undo_delete,
            folders::move_jobs,
            curation::set_clip_marks,
            settings::get_settings,
            settings::set_settings,
            settings::pick_ffmpeg,
            settings::clear_ffmpeg,
            web_session::web_session,
            web_session::sign_in_web,
            web_session::sign_out_web,
            library::library_info,
            library::pick_library_dir,
            library::open_local_file,
            library::reveal_local_file,
            library::download_result,
            library::drag_out_clips,
            library::export_clips,
            merge::merge_clips,
            merge::cancel_merge,
            merge::ffmpeg_status,
            queue::get_queue,
            queue::queue_preview_import,
            queue::queue_preview_import_file,
            queue::queue_variation_models,
            queue::queue_preview_variations,
            queue::queue_add,
            queue::queue_remove,
            queue::queue_move,
            queue::queue_pause,
            queue::queue_resume,
            queue::queue_submit_now,
            queue::render_estimates,
            library_view::get_spending,
            library_view::get_sort_orders,
            library_view::set_sort_order,
            view::get_job_view,
            view::get_job_view_summary,
            view::get_job_view_position,
            view::get_job_view_ids,
            view::get_jobs,
            view::get_prompt_history,
            view::get_shot_takes,
            updates::update_state,
            updates::check_for_update,
            updates::install_update,
        }
    };
}

macro_rules! command_names {
    ($($m:ident :: $name:ident),* $(,)?) => {
        /// Every command name, in list order.
        pub const COMMAND_NAMES: &[&str] = &[$(stringify!($name)),*];
    };
}
for_each_command!(command_names);

/// Every error that reaches a command becomes a `CommandError` here, and only here: each
/// kind of failure gets its `ErrorCode` once, with the sentence the creator reads (a
/// catalog message where there is one: [`CommandError::localized`] words it).
impl CommandError {
    /// An error whose sentence is already written (the OS's, a server's, or not yet in
    /// the catalog).
    pub fn new(code: ErrorCode, message: impl Into<String>) -> CommandError {
        CommandError {
            code,
            message: message.into(),
            retry_after_secs: None,
            fields: vec![],
            text: None,
        }
    }
    /// An error whose sentence is the catalog message `text`.
    pub fn text(code: ErrorCode, text: Text) -> CommandError {
        CommandError {
            message: text.english(),
            text: Some(text),
            ..CommandError::new(code, String::new())
        }
    }
    /// The same error, its sentence and its fields' in `lang`'s words.
    pub fn localized(mut self, lang: &Localizer) -> CommandError {
        if let Some(text) = &self.text {
            self.message = text.render(lang);
        }
        self.fields = self.fields.into_iter().map(|f| f.localized(lang)).collect();
        self
    }
    pub fn bad_input(message: impl Into<String>) -> CommandError {
        CommandError::new(ErrorCode::BadInput, message)
    }
    /// Input the command refuses, for the reason the catalog message `text` tells.
    pub fn refused(text: Text) -> CommandError {
        CommandError::text(ErrorCode::BadInput, text)
    }
    /// Something other than a job (a folder, a queued clip, a merge) is not there.
    pub fn not_found(text: Text) -> CommandError {
        CommandError::text(ErrorCode::NotFound, text)
    }
    /// A job id the app does not know: the same answer from every command.
    pub fn missing_job() -> CommandError {
        MissingJob.into()
    }
    pub fn validation(fields: Vec<FieldError>) -> CommandError {
        let (message, text) = match fields.as_slice() {
            [one] => (one.message.clone(), one.text.clone()),
            _ => {
                let text = Text::new("errors-fields-highlighted");
                (text.english(), Some(text))
            }
        };
        CommandError {
            code: ErrorCode::Validation,
            message,
            retry_after_secs: None,
            fields,
            text,
        }
    }
}

impl From<MissingJob> for CommandError {
    fn from(e: MissingJob) -> Self {
        CommandError::text(MissingJob::CODE, e.text())
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
            text: Some(e.text()),
        }
    }
}

impl From<GenerateError> for CommandError {
    fn from(e: GenerateError) -> Self {
        match e {
            GenerateError::Validation(v) => CommandError::validation(v.0),
            GenerateError::Api(a) => a.into(),
            GenerateError::MissingJob(m) => m.into(),
        }
    }
}

impl From<SecretError> for CommandError {
    fn from(e: SecretError) -> Self {
        match e {
            SecretError::Unavailable(t) => CommandError::text(ErrorCode::KeyringUnavailable, t),
            SecretError::Failed(t) => CommandError::text(ErrorCode::Keyring, t),
        }
    }
}

impl From<FolderNameError> for CommandError {
    fn from(e: FolderNameError) -> Self {
        CommandError::text(ErrorCode::BadInput, e.text())
    }
}

impl From<MarksError> for CommandError {
    fn from(e: MarksError) -> Self {
        match e {
            MarksError::MissingJob(m) => m.into(),
            MarksError::Stars(_) | MarksError::Nothing | MarksError::NoClips => {
                CommandError::text(ErrorCode::BadInput, e.text())
            }
        }
    }
}

impl From<MergeFailure> for CommandError {
    fn from(e: MergeFailure) -> Self {
        let text = e.to_string();
        let worded = e.text();
        let text_of = |code: ErrorCode| match &worded {
            Some(t) => CommandError::text(code, t.clone()),
            None => CommandError::new(code, text.clone()),
        };
        match e {
            MergeFailure::TooFew | MergeFailure::TooMany | MergeFailure::Duplicate => {
                text_of(ErrorCode::BadInput)
            }
            MergeFailure::NotCompleted => text_of(ErrorCode::BadInput),
            MergeFailure::NotFound(_) => CommandError::missing_job(),
            MergeFailure::SessionExpired => text_of(ErrorCode::SessionExpired),
            MergeFailure::Api(a) => a.into(),
            MergeFailure::Ffmpeg(MergeError::NotInstalled { how_to_install }) => {
                CommandError::text(
                    ErrorCode::FfmpegMissing,
                    Text::new("errors-merge-no-ffmpeg").with("how", how_to_install),
                )
            }
            MergeFailure::Ffmpeg(MergeError::ChosenFfmpeg(_)) => text_of(ErrorCode::FfmpegPath),
            MergeFailure::Ffmpeg(_) => text_of(ErrorCode::Ffmpeg),
        }
    }
}

impl From<LibraryError> for CommandError {
    fn from(e: LibraryError) -> Self {
        let (english, worded) = (e.to_string(), e.text());
        let made = |code: ErrorCode| match &worded {
            Some(t) => CommandError::text(code, t.clone()),
            None => CommandError::new(code, english.clone()),
        };
        match e {
            LibraryError::NoJob => CommandError::missing_job(),
            LibraryError::NotSaved
            | LibraryError::Refused
            | LibraryError::Share(ShareError::NotSaved) => made(ErrorCode::NoFile),
            LibraryError::Share(_) => made(ErrorCode::NotShareable),
            LibraryError::Export(_) => made(ErrorCode::Export),
            _ => made(ErrorCode::Download),
        }
    }
}

impl From<ResultUrlError> for CommandError {
    fn from(e: ResultUrlError) -> Self {
        match e {
            ResultUrlError::NoJob => CommandError::missing_job(),
            ResultUrlError::NoResult => {
                CommandError::text(ErrorCode::NoResult, Text::new("errors-no-result-to-open"))
            }
            ResultUrlError::Refused(_) => CommandError::new(ErrorCode::BadUrl, e.to_string()),
        }
    }
}

impl From<StudioError> for CommandError {
    fn from(e: StudioError) -> Self {
        let text = e.to_string();
        match e {
            StudioError::Starting(m) => CommandError::new(ErrorCode::Starting, m),
            StudioError::Worded(code, t) => CommandError::text(code, t),
            StudioError::NotFound(_) => CommandError::new(ErrorCode::NotFound, text),
            StudioError::MissingJob(m) => m.into(),
            StudioError::Refused { field, code, text } => CommandError {
                fields: vec![FieldError::new(field, text.clone())],
                ..CommandError::text(code, text)
            },
            StudioError::Generate(g) => g.into(),
            StudioError::Api(a) => a.into(),
            StudioError::Keyring(k) => k.into(),
            StudioError::Library(l) => l.into(),
            StudioError::Merge(m) => m.into(),
            StudioError::Result(r) => r.into(),
            StudioError::SignIn(why) => CommandError::text(
                ErrorCode::SignIn,
                Text::new("errors-sign-in-window").with("reason", why),
            ),
            StudioError::Save(t) => CommandError::text(ErrorCode::Internal, t),
            StudioError::Desktop(_) => CommandError::new(ErrorCode::Internal, text),
        }
    }
}
