//! Local merges with the real ffmpeg on the simulator's clips: stream copy, re-encode
//! (different size, missing audio), progress, cancel. Skipped with a note when ffmpeg is
//! not installed — except in a desktop session (`ULAZAI_DESKTOP_SESSION`), where that
//! is a failure.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use tokio::sync::watch;
use ulazai_engine::ffmpeg::{FfmpegTools, MergeError};

use crate::support::media;
use media::{clips, colour_at, dominant, ffmpeg, p, tools};

/// The green clip scaled to 640x360: a clip whose parameters differ from the others.
fn green_640(tools: &FfmpegTools, dir: &Path, green: &Path) -> PathBuf {
    let big = dir.join("green-640.mp4");
    ffmpeg(
        tools,
        &[
            "-i",
            p(green),
            "-vf",
            "scale=640:360",
            "-c:a",
            "copy",
            p(&big),
        ],
    );
    big
}

fn assert_colours(tools: &FfmpegTools, file: &Path, expected: &[&str]) {
    for (i, want) in expected.iter().enumerate() {
        let t = 2.0 * i as f64 + 1.0;
        let rgb = colour_at(tools, file, t);
        assert_eq!(dominant(rgb), *want, "segment {i} at {t}s: {rgb:?}");
    }
}

fn no_cancel() -> watch::Receiver<bool> {
    watch::channel(false).1
}

/// Progress values seen, checked for order and completion.
fn assert_progress(seen: &[f64]) {
    assert!(!seen.is_empty(), "progress reported");
    assert!(seen.windows(2).all(|w| w[0] < w[1]), "monotonic: {seen:?}");
    assert!(seen.iter().all(|f| (0.0..=1.0).contains(f)), "{seen:?}");
    assert!(*seen.last().unwrap() >= 0.99, "{seen:?}");
}

fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

async fn sum_of(tools: &FfmpegTools, files: &[PathBuf]) -> f64 {
    let mut sum = 0.0;
    for f in files {
        sum += tools.probe(f).await.unwrap().duration_secs;
    }
    sum
}

#[tokio::test]
async fn probe_reads_the_clip_parameters() {
    let Some(tools) = tools() else { return };
    let (_dir, clip) = clips();
    let info = tools.probe(&clip("red")).await.unwrap();
    assert!((info.duration_secs - 2.0).abs() < 0.1, "{info:?}");
    assert_eq!((info.width, info.height), (320, 180));
    assert_eq!(info.video_codec.as_deref(), Some("h264"));
    assert_eq!(info.fps, Some(24.0));
    assert_eq!(info.pix_fmt.as_deref(), Some("yuv420p"));
    assert_eq!(info.audio_codec.as_deref(), Some("aac"));
    assert_eq!((info.sample_rate, info.channels), (Some(44100), Some(1)));
    let bad = clip("red").with_file_name("not-a-video.mp4");
    std::fs::write(&bad, b"hello").unwrap();
    assert!(matches!(tools.probe(&bad).await, Err(MergeError::Probe(_))));
}

#[tokio::test]
async fn identical_clips_are_joined_by_stream_copy() {
    let Some(tools) = tools() else { return };
    let (_dir, clip) = clips();
    let out_dir = tempfile::tempdir().unwrap();
    let output = out_dir.path().join("merged.mp4");
    let inputs = vec![clip("red"), clip("green"), clip("blue")];
    let seen = Mutex::new(Vec::new());

    let outcome = tools
        .concat(
            &inputs,
            &output,
            |f| seen.lock().unwrap().push(f),
            no_cancel(),
        )
        .await
        .expect("merge");

    assert!(outcome.stream_copy, "{outcome:?}");
    let sum = sum_of(&tools, &inputs).await;
    let probed = tools.probe(&output).await.unwrap().duration_secs;
    eprintln!(
        "copy: {outcome:?}, inputs {sum}, progress {:?}",
        seen.lock().unwrap()
    );
    assert!((probed - sum).abs() <= 0.1, "{probed} vs {sum}");
    assert!((outcome.duration_secs - probed).abs() < 1e-6);
    assert_colours(&tools, &output, &["red", "green", "blue"]);
    assert_progress(&seen.lock().unwrap());
    assert_eq!(
        listing(out_dir.path()),
        vec!["merged.mp4"],
        "no temp files left"
    );
}

#[tokio::test]
async fn a_clip_of_another_size_is_re_encoded() {
    let Some(tools) = tools() else { return };
    let (dir, clip) = clips();
    let big = green_640(&tools, dir.path(), &clip("green"));
    assert_eq!(tools.probe(&big).await.unwrap().width, 640);
    let out_dir = tempfile::tempdir().unwrap();
    let output = out_dir.path().join("merged.mp4");
    let inputs = vec![clip("red"), big, clip("blue")];
    let seen = Mutex::new(Vec::new());

    let outcome = tools
        .concat(
            &inputs,
            &output,
            |f| seen.lock().unwrap().push(f),
            no_cancel(),
        )
        .await
        .expect("merge");

    assert!(!outcome.stream_copy, "{outcome:?}");
    let info = tools.probe(&output).await.unwrap();
    assert_eq!(
        (info.width, info.height),
        (320, 180),
        "the first clip's size"
    );
    assert_eq!(info.fps, Some(24.0));
    assert_eq!(info.video_codec.as_deref(), Some("h264"));
    assert_eq!(info.audio_codec.as_deref(), Some("aac"));
    let sum = sum_of(&tools, &inputs).await;
    eprintln!(
        "re-encode: {outcome:?}, inputs {sum}, progress {:?}",
        seen.lock().unwrap()
    );
    assert!(
        (info.duration_secs - sum).abs() <= 0.1,
        "{} vs {sum}",
        info.duration_secs
    );
    assert_colours(&tools, &output, &["red", "green", "blue"]);
    assert_progress(&seen.lock().unwrap());
    assert_eq!(listing(out_dir.path()), vec!["merged.mp4"]);
}

#[tokio::test]
async fn a_clip_without_audio_gets_silence() {
    let Some(tools) = tools() else { return };
    let (dir, clip) = clips();
    let mute = dir.path().join("green-mute.mp4");
    ffmpeg(
        &tools,
        &["-i", p(&clip("green")), "-an", "-c:v", "copy", p(&mute)],
    );
    assert_eq!(tools.probe(&mute).await.unwrap().audio_codec, None);
    let output = dir.path().join("out").join("merged.mp4");
    let inputs = vec![clip("red"), mute, clip("blue")];

    let outcome = tools
        .concat(&inputs, &output, |_| {}, no_cancel())
        .await
        .expect("merge");

    assert!(!outcome.stream_copy);
    let info = tools.probe(&output).await.unwrap();
    assert_eq!(info.audio_codec.as_deref(), Some("aac"), "audio throughout");
    let sum = sum_of(&tools, &inputs).await;
    assert!(
        (info.duration_secs - sum).abs() <= 0.1,
        "{} vs {sum}",
        info.duration_secs
    );
    assert_colours(&tools, &output, &["red", "green", "blue"]);
}

#[tokio::test]
async fn cancel_kills_ffmpeg_and_removes_the_partial_output() {
    let Some(tools) = tools() else { return };
    let (dir, clip) = clips();
    // A 640x360 first clip and a 2-minute second one: a re-encode of ~2 minutes of video.
    let big = green_640(&tools, dir.path(), &clip("green"));
    let long = dir.path().join("red-long.mp4");
    ffmpeg(
        &tools,
        &[
            "-stream_loop",
            "59",
            "-i",
            p(&clip("red")),
            "-c",
            "copy",
            p(&long),
        ],
    );
    let out_dir = tempfile::tempdir().unwrap();
    let output = out_dir.path().join("merged.mp4");
    let (tx, rx) = watch::channel(false);
    let cancelled_at = Mutex::new(None::<Instant>);

    let got = tools
        .concat(
            &[big, long],
            &output,
            |f| {
                if f < 0.9 && !*tx.borrow() {
                    *cancelled_at.lock().unwrap() = Some(Instant::now());
                    tx.send_replace(true);
                }
            },
            rx,
        )
        .await;

    assert_eq!(got, Err(MergeError::Cancelled));
    eprintln!(
        "cancelled; {:?} after the cancel",
        cancelled_at.lock().unwrap().map(|t| t.elapsed())
    );
    let at = cancelled_at
        .lock()
        .unwrap()
        .expect("cancelled after a progress report");
    assert!(at.elapsed() < Duration::from_secs(5), "cancel is prompt");
    assert!(!output.exists());
    assert!(
        listing(out_dir.path()).is_empty(),
        "{:?}",
        listing(out_dir.path())
    );
}

#[tokio::test]
async fn bad_requests_are_refused() {
    let Some(tools) = tools() else { return };
    let (dir, clip) = clips();
    let output = dir.path().join("merged.mp4");
    let one = tools
        .concat(&[clip("red")], &output, |_| {}, no_cancel())
        .await;
    assert_eq!(one, Err(MergeError::NeedTwoClips));
    let missing = tools
        .concat(
            &[clip("red"), dir.path().join("gone.mp4")],
            &output,
            |_| {},
            no_cancel(),
        )
        .await;
    assert!(
        matches!(&missing, Err(MergeError::Probe(m)) if m.contains("gone.mp4")),
        "{missing:?}"
    );
    assert!(!output.exists());
}

/// The desktop shell spawns merges on a multi-threaded runtime.
#[test]
fn the_merge_future_is_send() {
    fn assert_send<T: Send>(_: &T) {}
    let tools = FfmpegTools {
        ffmpeg: "ffmpeg".into(),
        ffprobe: "ffprobe".into(),
    };
    let inputs = vec![PathBuf::from("a.mp4"), PathBuf::from("b.mp4")];
    let out = PathBuf::from("out.mp4");
    let fut = tools.concat(&inputs, &out, |_| {}, no_cancel());
    assert_send(&fut);
}

/// A library folder with a real clip and an HLS playlist saved as `.mp4` that names a
/// clip outside the library (`../outside/clip-red.mp4`).
fn library_with_a_playlist() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let root = tempfile::tempdir().unwrap();
    let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ulazai-sim/assets");
    let (lib, outside) = (root.path().join("library"), root.path().join("outside"));
    std::fs::create_dir_all(&lib).unwrap();
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::copy(assets.join("clip-red.mp4"), outside.join("clip-red.mp4")).unwrap();
    let blue = lib.join("clip-blue.mp4");
    std::fs::copy(assets.join("clip-blue.mp4"), &blue).unwrap();
    let playlist = lib.join("result.mp4");
    std::fs::write(
        &playlist,
        "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:3\n#EXT-X-MEDIA-SEQUENCE:0\n\
         #EXTINF:2.0,\n../outside/clip-red.mp4\n#EXT-X-ENDLIST\n",
    )
    .unwrap();
    (root, blue, playlist)
}

#[tokio::test]
async fn a_playlist_posing_as_a_clip_is_refused_by_probe_and_merge() {
    let Some(tools) = tools() else { return };
    let (root, blue, playlist) = library_with_a_playlist();
    let probed = tools.probe(&playlist).await;
    assert!(
        matches!(&probed, Err(MergeError::Probe(m)) if m.contains("result.mp4")),
        "{probed:?}"
    );
    let output = root.path().join("library").join("merged.mp4");
    for inputs in [
        vec![blue.clone(), playlist.clone()],
        vec![playlist.clone(), blue.clone()],
    ] {
        let got = tools.concat(&inputs, &output, |_| {}, no_cancel()).await;
        assert!(matches!(got, Err(MergeError::Probe(_))), "{got:?}");
        assert!(!output.exists());
    }
}

#[tokio::test]
async fn the_concat_list_lives_only_in_the_given_dir_and_is_private() {
    let Some(tools) = tools() else { return };
    let (_dir, clip) = clips();
    let work = tempfile::tempdir().unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let output = out_dir.path().join("merged.mp4");
    // Whatever sits in the work dir while ffmpeg runs: (name, unix mode).
    let seen: Mutex<Vec<(String, u32)>> = Mutex::new(Vec::new());
    let outcome = tools
        .concat_in(
            work.path(),
            &[clip("red"), clip("green")],
            &output,
            |_| {
                for e in std::fs::read_dir(work.path()).unwrap() {
                    let e = e.unwrap();
                    let name = e.file_name().to_string_lossy().into_owned();
                    seen.lock().unwrap().push((name, mode(&e.path())));
                }
            },
            no_cancel(),
        )
        .await
        .expect("merge");
    assert!(outcome.stream_copy, "{outcome:?}");
    let seen = seen.lock().unwrap();
    assert!(
        !seen.is_empty(),
        "the list was in the work dir during the merge"
    );
    for (name, mode) in seen.iter() {
        assert!(name.ends_with(".ffconcat"), "{name}");
        if cfg!(unix) {
            assert_eq!(mode & 0o777, 0o600, "{name}: {mode:o}");
        }
    }
    assert!(listing(work.path()).is_empty(), "the list is removed");
}

#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode()
}

#[cfg(not(unix))]
fn mode(_: &Path) -> u32 {
    0
}

#[tokio::test]
async fn control_characters_in_a_clip_path_are_refused() {
    let Some(tools) = tools() else { return };
    let (dir, clip) = clips();
    let output = dir.path().join("merged.mp4");
    // A newline would start a new line in the concat list (a second `file` entry).
    for name in [
        "red\nfile 'clip-blue.mp4'.mp4",
        "red\ttab.mp4",
        "red\rx.mp4",
    ] {
        let odd = dir.path().join(name);
        std::fs::copy(clip("red"), &odd).unwrap();
        let got = tools
            .concat(&[odd, clip("green")], &output, |_| {}, no_cancel())
            .await;
        assert!(
            matches!(&got, Err(MergeError::BadPath(m)) if m.contains("control character")),
            "{name:?}: {got:?}"
        );
        assert!(!output.exists());
    }
}
