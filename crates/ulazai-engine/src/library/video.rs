//! Which files are videos the app may open and play, their content types, the extension a
//! result is saved with, and the creator's ffmpeg for work on saved clips.

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
pub(super) async fn tools(
    chosen: Option<std::path::PathBuf>,
) -> Option<crate::ffmpeg::FfmpegTools> {
    tokio::task::spawn_blocking(move || {
        crate::ffmpeg::FfmpegTools::locate_chosen(chosen.as_deref()).ok()
    })
    .await
    .ok()?
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
