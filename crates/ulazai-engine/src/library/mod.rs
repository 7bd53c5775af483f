//! The creator's library on disk: which file is which job's ([`Library`]), safe names for
//! files and folders, downloads that survive dropped connections and never leave a
//! partial file behind, and the check that a downloaded file really is a video container.

pub mod container;
pub mod download;
mod errors;
pub mod filename;
mod options;
mod poster;
mod shelf;

pub use container::{check_container, Container, ContainerError};
pub use download::{ByteProgress, DownloadError, Downloader};
pub use filename::{file_name, folder_dir_name, unique_path};
pub use options::{DownloadOptions, DEFAULT_MAX_BYTES};
pub use poster::{plain_job_id, POSTER_WIDTH};
pub use shelf::{Library, PARALLEL};

/// The file extension for a result: `mov`, `webm` or `m4v` when the URL's path ends so,
/// else `mp4` (a query string never counts).
pub fn extension(url: &reqwest::Url) -> &'static str {
    let path = url.path().to_ascii_lowercase();
    ["mov", "webm", "m4v"]
        .into_iter()
        .find(|e| path.ends_with(&format!(".{e}")))
        .unwrap_or("mp4")
}

#[cfg(test)]
mod tests {
    #[test]
    fn extension_from_the_url_path_only() {
        let ext = |u: &str| super::extension(&u.parse().unwrap());
        assert_eq!(ext("https://m.example/a/b.MOV?x=.webm"), "mov");
        assert_eq!(ext("https://m.example/a/b"), "mp4");
        assert_eq!(ext("https://m.example/x.webm"), "webm");
    }
}
