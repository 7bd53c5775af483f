//! The creator's library on disk: safe names for files and folders, and downloads that
//! survive dropped connections and never leave a partial file behind.

pub mod download;
mod errors;
pub mod filename;

pub use download::{check_media_url, DownloadError, DownloadProgress, Downloader};
pub use filename::{file_name, folder_dir_name, unique_path};
