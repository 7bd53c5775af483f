//! The engine's integration tests, one binary (each file a module): against the simulator
//! over loopback, real files and ffmpeg where a test needs them.

#[allow(dead_code)]
mod support {
    pub mod api;
    pub mod engine;
    pub mod media;
    pub mod props;
}

mod api_client;
mod api_errors;
mod engine_clip_length;
mod engine_curation;
mod engine_delete;
mod engine_edit;
mod engine_library_guard;
mod engine_library_moves;
mod engine_lifecycle;
mod engine_persistence;
mod engine_sending;
mod engine_takes;
mod engine_unconfirmed_generate;
mod engine_view;
mod engine_view_speed;
mod engine_workflow;
mod error_texts;
mod ffmpeg_locate;
mod ffmpeg_merge;
mod ffmpeg_trim;
mod generate_no_duplicates;
mod library_download;
mod library_filenames;
mod prop_filenames;
mod prop_import;
mod prop_readers;
mod prop_store_files;
mod prop_store_migration;
mod prop_validation_diff;
mod queue_budget;
mod queue_storyboard;
mod scheduler_eta;
mod scheduler_faults;
mod scheduler_polling;
mod store_database;
mod store_database_close;
mod validation;
mod validation_prepare;
