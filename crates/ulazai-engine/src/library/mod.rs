//! The creator's library on disk: which file is which job's ([`Library`]), safe names for
//! files and folders, downloads that survive dropped connections and never leave a
//! partial file behind, and the check that a downloaded file really is a video container.

pub mod container;
pub mod download;
mod errors;
pub mod export;
pub mod filename;
mod index;
mod length;
mod moves;
mod options;
mod poster;
mod shelf;

pub use container::{check_container, Container, ContainerError};
pub use download::{ByteProgress, DownloadError, Downloader};
pub use export::{copy_into, ExportError, ExportItem, ShareError};
pub use filename::{file_name, folder_dir_name, unique_path};
pub use options::{DownloadOptions, DEFAULT_MAX_BYTES};
pub use poster::{plain_job_id, POSTER_WIDTH};
pub use shelf::{Library, PARALLEL};

/// The file types the app opens, shows and plays from the library (by extension, any
/// case): a library entry naming anything else is never handed to the OS or the player.
pub const VIDEO_EXTENSIONS: &[&str] = &["mp4", "mov", "m4v", "webm", "mkv"];

/// Whether `path` has one of [`VIDEO_EXTENSIONS`].
pub fn is_video_file(path: &std::path::Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| VIDEO_EXTENSIONS.iter().any(|v| v.eq_ignore_ascii_case(e)))
}

/// The `Content-Type` a video file is played with (by extension; MP4 otherwise).
pub fn video_content_type(path: &std::path::Path) -> &'static str {
    match path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("webm") => "video/webm",
        Some("mov") => "video/quicktime",
        Some("mkv") => "video/x-matroska",
        _ => "video/mp4",
    }
}

/// The file extension for a result: `mov`, `webm` or `m4v` when the URL's path ends so,
/// else `mp4` (a query string never counts).
pub fn extension(url: &reqwest::Url) -> &'static str {
    let path = url.path().to_ascii_lowercase();
    ["mov", "webm", "m4v"]
        .into_iter()
        .find(|e| path.ends_with(&format!(".{e}")))
        .unwrap_or("mp4")
}

/// The creator's ffmpeg tools for work on saved clips (posters, lengths): the `chosen`
/// program, else the one on PATH; located off the async threads (a PATH search).
async fn tools(chosen: Option<std::path::PathBuf>) -> Option<crate::ffmpeg::FfmpegTools> {
    tokio::task::spawn_blocking(move || {
        crate::ffmpeg::FfmpegTools::locate_chosen(chosen.as_deref()).ok()
    })
    .await
    .ok()?
}

/// A library in `dir` holding the demo's blue clip as `job-a`'s saved file (unit tests).
#[cfg(test)]
fn with_saved_clip(dir: &std::path::Path) -> Library {
    let lib = Library::open(dir.join("library.json"), dir.join("lib"));
    let clip = lib.reserve("Unfiled", "a.mp4").unwrap();
    std::fs::write(&clip, ulazai_sim::media_assets::CLIP_BLUE).unwrap();
    lib.record("job-a", &clip);
    lib
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_video_files() {
        use std::path::Path;
        assert!(super::is_video_file(Path::new("/l/a.MP4")));
        assert!(super::is_video_file(Path::new("/l/a.mkv")));
        assert!(!super::is_video_file(Path::new("/etc/hostname")));
        assert!(!super::is_video_file(Path::new("/l/x.desktop")));
        assert!(!super::is_video_file(Path::new("/l/mp4")));
    }

    #[test]
    fn extension_from_the_url_path_only() {
        let ext = |u: &str| super::extension(&u.parse().unwrap());
        assert_eq!(ext("https://m.example/a/b.MOV?x=.webm"), "mov");
        assert_eq!(ext("https://m.example/a/b"), "mp4");
        assert_eq!(ext("https://m.example/x.webm"), "webm");
    }
}
