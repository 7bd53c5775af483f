//! `ULAZAI_FFMPEG` pointing at a missing program gives `NotInstalled` with install text.
//! The only test in this binary: it changes the process environment.

use ulazai_engine::ffmpeg::{FfmpegTools, MergeError};

#[test]
fn a_missing_override_is_not_installed_with_how_to_text() {
    std::env::set_var("ULAZAI_FFMPEG", "/definitely/not/here/ffmpeg");
    let got = FfmpegTools::locate();
    std::env::remove_var("ULAZAI_FFMPEG");
    let Err(MergeError::NotInstalled { how_to_install }) = got else {
        panic!("expected NotInstalled, got {got:?}");
    };
    assert!(
        how_to_install.contains("/definitely/not/here/ffmpeg"),
        "{how_to_install}"
    );
    let os_hint = if cfg!(target_os = "windows") {
        "winget install Gyan.FFmpeg"
    } else if cfg!(target_os = "macos") {
        "brew install ffmpeg"
    } else {
        "apt install ffmpeg"
    };
    assert!(how_to_install.contains(os_hint), "{how_to_install}");
    let text = MergeError::NotInstalled { how_to_install }.to_string();
    assert!(text.starts_with("ffmpeg was not found"), "{text}");

    // The same with ffprobe's override, ffmpeg itself found normally (if installed).
    std::env::set_var("ULAZAI_FFPROBE", "/definitely/not/here/ffprobe");
    let got = FfmpegTools::locate();
    std::env::remove_var("ULAZAI_FFPROBE");
    assert!(
        matches!(&got, Err(MergeError::NotInstalled { how_to_install }) if how_to_install.contains("ULAZAI_FFPROBE")),
        "{got:?}"
    );
}
