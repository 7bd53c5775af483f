//! Concatenating clips: the concat demuxer with `-c copy` when every clip has the same
//! parameters, otherwise one re-encode through the concat filter to the first clip's
//! size and frame rate (H.264 yuv420p + AAC).

use std::path::{Path, PathBuf};

use tokio::sync::watch;

use super::args::{can_stream_copy, copy_args, reencode_args};
use super::list::{check_paths, write_list, PrivateDir};
use super::probe::Probed;
use super::run::{absolute, run_ffmpeg, Progress};
use super::trim::{self, span, MergeInput, Span};
use super::{io_err, FfmpegTools, MergeError, MergeOutcome};
use crate::cleanup::RemoveOnDrop;

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
        self.concat_clips(&whole(inputs), output, on_progress, cancel)
            .await
    }

    /// [`FfmpegTools::concat`] of clips that may be trimmed: each keeps only its part,
    /// cut on the frame (see [`FfmpegTools::concat_clips_in`]).
    pub async fn concat_clips(
        &self,
        clips: &[MergeInput],
        output: &Path,
        on_progress: impl Fn(f64) + Send + Sync,
        cancel: watch::Receiver<bool>,
    ) -> Result<MergeOutcome, MergeError> {
        check_paths(&paths(clips))?;
        let work = PrivateDir::create_in(&std::env::temp_dir())?;
        self.concat_clips_in(work.path(), clips, output, on_progress, cancel)
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
        cancel: watch::Receiver<bool>,
    ) -> Result<MergeOutcome, MergeError> {
        self.concat_clips_in(work_dir, &whole(inputs), output, on_progress, cancel)
            .await
    }

    /// The merge itself. Trims are snapped to the clip's frames; the stream copy is used
    /// only when it makes every cut exactly (in points on keyframes, out points in video
    /// without reordered frames) and its result has the asked length (within a frame);
    /// otherwise every clip is re-encoded, cut on the frame. [`MergeOutcome`] says which,
    /// and why it re-encoded.
    pub async fn concat_clips_in(
        &self,
        work_dir: &Path,
        clips_in: &[MergeInput],
        output: &Path,
        on_progress: impl Fn(f64) + Send + Sync,
        mut cancel: watch::Receiver<bool>,
    ) -> Result<MergeOutcome, MergeError> {
        if clips_in.len() < 2 {
            return Err(MergeError::NeedTwoClips);
        }
        check_paths(&paths(clips_in))?;
        if *cancel.borrow() {
            return Err(MergeError::Cancelled);
        }
        let inputs: Vec<PathBuf> = clips_in.iter().map(|c| absolute(&c.path)).collect();
        let output = absolute(output);
        let mut clips = Vec::with_capacity(inputs.len());
        let mut spans = Vec::with_capacity(inputs.len());
        for (i, input) in inputs.iter().enumerate() {
            let probed = self.probe_full(input).await?;
            if !probed.has_video {
                return Err(MergeError::Probe(format!(
                    "{} has no video",
                    input.file_name().unwrap_or_default().to_string_lossy()
                )));
            }
            spans.push(span(i + 1, clips_in[i].trim, &probed)?);
            clips.push(probed);
            if *cancel.borrow() {
                return Err(MergeError::Cancelled);
            }
        }
        let total: f64 = spans.iter().map(Span::secs).sum();
        let trimmed = spans.iter().any(|s| !s.is_whole());

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

        let mut why = self.copy_blocker(&inputs, &clips, &spans).await?;
        if why.is_none() {
            tokio::fs::create_dir_all(work_dir).await.map_err(io_err)?;
            let (list, _list_guard) = write_list(work_dir, &inputs, &spans).await?;
            let args = copy_args(&list, &part);
            // A trimmed merge must be exact (a frame); a whole one only not lose a clip.
            let tolerance = if trimmed {
                spans[0].frame * 1.01
            } else {
                COPY_TOLERANCE_SECS
            };
            match run_ffmpeg(&self.ffmpeg, &args, total, &progress, &mut cancel).await {
                Ok(()) => match self.probe_full(&part).await {
                    Ok(p) if (copied_secs(&p, trimmed) - total).abs() <= tolerance => {}
                    other => {
                        tracing::warn!("stream copy gave {other:?}; re-encoding");
                        why = Some("the stream copy did not come out at the asked length".into());
                    }
                },
                Err(e @ MergeError::Ffmpeg { .. }) => {
                    tracing::warn!("stream copy failed ({e}); re-encoding");
                    why = Some("ffmpeg could not join the clips as they are".into());
                }
                Err(e) => return Err(e),
            }
        }
        if why.is_some() {
            let args = reencode_args(&inputs, &clips, &spans, &part);
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
            stream_copy: why.is_none(),
            duration_secs,
            reencoded_because: why,
        })
    }

    /// Why these clips (with these cuts) cannot be joined by stream copy; `None`: they can.
    async fn copy_blocker(
        &self,
        inputs: &[PathBuf],
        clips: &[Probed],
        spans: &[Span],
    ) -> Result<Option<String>, MergeError> {
        if !can_stream_copy(clips) {
            return Ok(Some(
                "the clips differ in codec, size, frame rate or audio".into(),
            ));
        }
        if !inputs.iter().all(|p| p.to_str().is_some()) {
            return Ok(Some(
                "a clip's file name cannot go into a concat list".into(),
            ));
        }
        for (i, (clip, span)) in clips.iter().zip(spans).enumerate() {
            let keyframes = if span.cuts_start() {
                self.keyframes(&inputs[i]).await?
            } else {
                Vec::new()
            };
            if let Some(why) = trim::copy_blocker(i + 1, span, clip, &keyframes) {
                return Ok(Some(why));
            }
        }
        Ok(None)
    }
}

fn whole(inputs: &[PathBuf]) -> Vec<MergeInput> {
    inputs.iter().map(MergeInput::whole).collect()
}

fn paths(clips: &[MergeInput]) -> Vec<PathBuf> {
    clips.iter().map(|c| c.path.clone()).collect()
}

/// The length a stream copy came out at: its video when trimmed (what the cuts are
/// measured on), else the whole file.
fn copied_secs(p: &Probed, trimmed: bool) -> f64 {
    if trimmed {
        p.segment_secs()
    } else {
        p.info.duration_secs
    }
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
            let whole = span(1, None, &probed).unwrap();
            let args = reencode_args(
                &inputs,
                &[probed.clone(), probed.clone()],
                &[whole, whole],
                &part,
            );
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

            std::fs::write(&list, concat_list(&inputs, &[])).unwrap();
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
