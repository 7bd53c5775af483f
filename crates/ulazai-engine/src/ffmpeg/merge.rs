//! Concatenating clips: the concat demuxer with `-c copy` when every clip has the same
//! parameters, otherwise one re-encode through the concat filter to the first clip's
//! size and frame rate (H.264 yuv420p + AAC).

use std::ffi::OsString;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use tokio::sync::watch;

use super::list::{check_paths, write_list, PrivateDir};
use super::probe::Probed;
use super::run::{absolute, clip_input_options, list_input_options, run_ffmpeg, Progress};
use super::{io_err, FfmpegTools, MergeError, MergeOutcome};
use crate::library::download::RemoveOnDrop;

/// A stream-copied result whose length is off by more than this is redone by re-encoding.
const COPY_TOLERANCE_SECS: f64 = 0.5;

impl FfmpegTools {
    /// Concatenate `inputs` in order into `output` (an `.mp4`; replaced if it exists).
    ///
    /// Stream copy (concat demuxer, `-c copy`) when every clip's codecs, profile, size,
    /// frame rate, pixel format and audio parameters match; otherwise a re-encode to the
    /// first clip's size (letterboxed) and frame rate, libx264 yuv420p + AAC, with silence
    /// for clips without audio. A stream copy that ffmpeg refuses (or that comes out with
    /// the wrong length) falls back to the re-encode. Progress 0.0..=1.0 (monotonic; 1.0
    /// once the file is in place). Writes `<output>.part` next to `output` and renames it
    /// on success; on failure or cancel nothing is left behind.
    ///
    /// The concat list goes into a fresh private folder in the system temp folder; use
    /// [`FfmpegTools::concat_in`] to keep it in the app's own folder instead.
    pub async fn concat(
        &self,
        inputs: &[PathBuf],
        output: &Path,
        on_progress: impl Fn(f64) + Send + Sync,
        cancel: watch::Receiver<bool>,
    ) -> Result<MergeOutcome, MergeError> {
        check_paths(inputs)?;
        let work = PrivateDir::create_in(&std::env::temp_dir())?;
        self.concat_in(work.path(), inputs, output, on_progress, cancel)
            .await
    }

    /// [`FfmpegTools::concat`] with the concat list written into `work_dir` (the app's
    /// own folder; created if missing): a new file under a random name, mode 0600 on
    /// unix, removed afterwards. Input paths with control characters (a line break would
    /// add a line to the list) are refused with [`MergeError::BadPath`].
    pub async fn concat_in(
        &self,
        work_dir: &Path,
        inputs: &[PathBuf],
        output: &Path,
        on_progress: impl Fn(f64) + Send + Sync,
        mut cancel: watch::Receiver<bool>,
    ) -> Result<MergeOutcome, MergeError> {
        if inputs.len() < 2 {
            return Err(MergeError::NeedTwoClips);
        }
        check_paths(inputs)?;
        if *cancel.borrow() {
            return Err(MergeError::Cancelled);
        }
        let inputs: Vec<PathBuf> = inputs.iter().map(|p| absolute(p)).collect();
        let output = absolute(output);
        let mut clips = Vec::with_capacity(inputs.len());
        for input in &inputs {
            let probed = self.probe_full(input).await?;
            if !probed.has_video {
                return Err(MergeError::Probe(format!(
                    "{} has no video",
                    input.file_name().unwrap_or_default().to_string_lossy()
                )));
            }
            clips.push(probed);
            if *cancel.borrow() {
                return Err(MergeError::Cancelled);
            }
        }
        let total: f64 = clips.iter().map(Probed::segment_secs).sum();

        let name = output
            .file_name()
            .ok_or_else(|| MergeError::Io("the output has no file name".into()))?;
        if let Some(dir) = output.parent() {
            tokio::fs::create_dir_all(dir).await.map_err(io_err)?;
        }
        let mut part_name = name.to_os_string();
        part_name.push(".part");
        let part = output.with_file_name(part_name);
        let part_guard = RemoveOnDrop(Some(part.clone()));
        let progress = Progress::new(&on_progress);

        let mut stream_copy = false;
        if can_stream_copy(&clips) && inputs.iter().all(|p| p.to_str().is_some()) {
            tokio::fs::create_dir_all(work_dir).await.map_err(io_err)?;
            let (list, _list_guard) = write_list(work_dir, &inputs).await?;
            let args = copy_args(&list, &part);
            match run_ffmpeg(&self.ffmpeg, &args, total, &progress, &mut cancel).await {
                Ok(()) => match self.probe(&part).await {
                    Ok(info) if (info.duration_secs - total).abs() <= COPY_TOLERANCE_SECS => {
                        stream_copy = true;
                    }
                    other => tracing::warn!("stream copy gave {other:?}; re-encoding"),
                },
                Err(e @ MergeError::Ffmpeg { .. }) => {
                    tracing::warn!("stream copy failed ({e}); re-encoding");
                }
                Err(e) => return Err(e),
            }
        }
        if !stream_copy {
            let args = reencode_args(&inputs, &clips, &part);
            run_ffmpeg(&self.ffmpeg, &args, total, &progress, &mut cancel).await?;
        }
        if *cancel.borrow() {
            return Err(MergeError::Cancelled);
        }
        sync_file(&part).await?;
        tokio::fs::rename(&part, &output).await.map_err(io_err)?;
        part_guard.disarm();
        let duration_secs = match self.probe(&output).await {
            Ok(info) => info.duration_secs,
            Err(_) => total,
        };
        progress.report(1.0);
        Ok(MergeOutcome {
            stream_copy,
            duration_secs,
        })
    }
}

/// Same codecs and parameters everywhere (what the concat demuxer needs for `-c copy`).
fn can_stream_copy(clips: &[Probed]) -> bool {
    let first = &clips[0];
    type Key<'a> = (
        (
            &'a Option<String>,
            &'a Option<String>,
            u32,
            u32,
            &'a Option<String>,
        ),
        (bool, &'a Option<String>, Option<u32>, Option<u32>),
    );
    fn key(p: &Probed) -> Key<'_> {
        let i = &p.info;
        (
            (
                &i.video_codec,
                &p.video_profile,
                i.width,
                i.height,
                &i.pix_fmt,
            ),
            (p.has_audio, &i.audio_codec, i.sample_rate, i.channels),
        )
    }
    let same_fps = |p: &Probed| match (first.info.fps, p.info.fps) {
        (Some(a), Some(b)) => (a - b).abs() < 0.01,
        _ => false,
    };
    first.info.video_codec.is_some() && clips.iter().all(|c| key(c) == key(first) && same_fps(c))
}

fn os(parts: &[&str]) -> Vec<OsString> {
    parts.iter().map(OsString::from).collect()
}

fn copy_args(list: &Path, part: &Path) -> Vec<OsString> {
    let mut a = list_input_options();
    a.push("-i".into());
    a.push(list.into());
    a.extend(os(&["-map", "0:v:0", "-map", "0:a:0?", "-c", "copy"]));
    a.extend(os(&["-movflags", "+faststart", "-f", "mp4"]));
    a.push(part.into());
    a
}

fn reencode_args(inputs: &[PathBuf], clips: &[Probed], part: &Path) -> Vec<OsString> {
    let first = &clips[0];
    let even = |n: u32| (n.max(2) / 2) * 2;
    let (w, h) = (even(first.info.width), even(first.info.height));
    let fps = first
        .fps_rational
        .clone()
        .filter(|_| first.info.fps.is_some_and(|f| f <= 240.0))
        .unwrap_or_else(|| "30".into());
    let audio_src = clips.iter().find(|c| c.has_audio);
    let rate = audio_src
        .and_then(|c| c.info.sample_rate)
        .filter(|r| (8000..=192_000).contains(r))
        .unwrap_or(48_000);
    let layout = match audio_src.and_then(|c| c.info.channels) {
        Some(1) => "mono",
        _ => "stereo",
    };

    let mut graph = String::new();
    let mut pads = String::new();
    for (i, clip) in clips.iter().enumerate() {
        let seg = clip.segment_secs();
        let _ = write!(
            graph,
            "[{i}:v:0]setpts=PTS-STARTPTS,scale={w}:{h}:force_original_aspect_ratio=decrease,\
             pad={w}:{h}:(ow-iw)/2:(oh-ih)/2:color=black,setsar=1,fps={fps},format=yuv420p[v{i}];"
        );
        let _ = write!(pads, "[v{i}]");
        if audio_src.is_some() {
            let head = if clip.has_audio {
                format!("[{i}:a:0]asetpts=PTS-STARTPTS,aresample={rate},")
            } else {
                format!("anullsrc=r={rate}:cl={layout},")
            };
            let _ = write!(
                graph,
                "{head}aformat=sample_fmts=fltp:sample_rates={rate}:channel_layouts={layout},\
                 apad,atrim=0:{seg:.6},asetpts=PTS-STARTPTS[a{i}];"
            );
            let _ = write!(pads, "[a{i}]");
        }
    }
    let a = u8::from(audio_src.is_some());
    let _ = write!(graph, "{pads}concat=n={}:v=1:a={a}[v]", clips.len());
    if a == 1 {
        graph.push_str("[a]");
    }

    let mut args = Vec::new();
    for input in inputs {
        args.extend(clip_input_options());
        args.push(OsString::from("-i"));
        args.push(input.into());
    }
    args.extend(os(&["-filter_complex", &graph, "-map", "[v]"]));
    if a == 1 {
        args.extend(os(&["-map", "[a]", "-c:a", "aac", "-b:a", "192k"]));
    }
    args.extend(os(&[
        "-c:v", "libx264", "-preset", "veryfast", "-crf", "20",
    ]));
    args.extend(os(&[
        "-pix_fmt",
        "yuv420p",
        "-movflags",
        "+faststart",
        "-f",
        "mp4",
    ]));
    args.push(part.into());
    args
}

async fn sync_file(p: &Path) -> Result<(), MergeError> {
    let f = tokio::fs::OpenOptions::new()
        .write(true)
        .open(p)
        .await
        .map_err(io_err)?;
    f.sync_all().await.map_err(io_err)
}

#[cfg(test)]
mod tests {
    use super::super::list::concat_list;
    use super::*;

    /// Even if a clip were swapped for a playlist or a list after its probe, ffmpeg
    /// itself refuses to follow it: in the re-encode (each input) and in the concat list
    /// (each entry). Skipped when ffmpeg is not installed.
    #[tokio::test]
    async fn ffmpeg_itself_reads_no_file_a_playlist_names() {
        let Ok(tools) = FfmpegTools::locate() else {
            eprintln!("SKIPPED: ffmpeg not found");
            return;
        };
        let dir = tempfile::tempdir().unwrap();
        let assets = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ulazai-sim/assets");
        let blue = dir.path().join("blue.mp4");
        std::fs::copy(assets.join("clip-blue.mp4"), &blue).unwrap();
        // Another local video the playlists name (2 s of red).
        std::fs::copy(assets.join("clip-red.mp4"), dir.path().join("secret.mp4")).unwrap();
        let hls = dir.path().join("hls.mp4");
        std::fs::write(
            &hls,
            "#EXTM3U\n#EXT-X-TARGETDURATION:3\n#EXTINF:2.0,\nsecret.mp4\n#EXT-X-ENDLIST\n",
        )
        .unwrap();
        let nested = dir.path().join("nested.mp4");
        std::fs::write(&nested, "ffconcat version 1.0\nfile secret.mp4\n").unwrap();
        let probed = tools.probe_full(&blue).await.unwrap();
        let part = dir.path().join("out.mp4");
        let list = dir.path().join("list.ffconcat");
        let no_progress = |_: f64| {};
        for evil in [hls, nested] {
            let inputs = [blue.clone(), evil.clone()];
            let args = reencode_args(&inputs, &[probed.clone(), probed.clone()], &part);
            let progress = Progress::new(&no_progress);
            let got = run_ffmpeg(
                &tools.ffmpeg,
                &args,
                4.0,
                &progress,
                &mut watch::channel(false).1,
            )
            .await;
            assert!(
                matches!(got, Err(MergeError::Ffmpeg { .. })),
                "{evil:?}: {got:?}"
            );

            std::fs::write(&list, concat_list(&inputs)).unwrap();
            let progress = Progress::new(&no_progress);
            let got = run_ffmpeg(
                &tools.ffmpeg,
                &copy_args(&list, &part),
                4.0,
                &progress,
                &mut watch::channel(false).1,
            )
            .await;
            // The concat demuxer may end "successfully" at a refused entry: then the
            // output holds the blue clip alone, never the red one.
            if got.is_ok() {
                let secs = tools.probe(&part).await.unwrap().duration_secs;
                assert!(
                    secs < 2.5,
                    "{evil:?}: the merge read another file ({secs} s)"
                );
            }
        }
    }
}
