//! The creator's library on disk: safe names for files and folders, downloads that
//! survive dropped connections and never leave a partial file behind, and the check that
//! a downloaded file really is a video container.

pub mod container;
pub mod download;
mod errors;
pub mod filename;
mod options;

pub use container::{check_container, Container, ContainerError};
pub use download::{check_media_url, DownloadError, DownloadProgress, Downloader};
pub use filename::{file_name, folder_dir_name, unique_path};
pub use options::{DownloadOptions, DEFAULT_MAX_BYTES};
