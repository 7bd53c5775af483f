//! Result media: real MP4 bytes, Range requests, 416, injected resets, clip validity.

use crate::common;

use std::process::Command;

use common::*;
use reqwest::StatusCode;
use ulazai_sim::media_assets::{clip_colour, clip_for, CLIPS};
use ulazai_sim::Faults;
use uuid::Uuid;

async fn completed_job(c: &reqwest::Client, sim: &ulazai_sim::SimHandle) -> (String, String) {
    let ids = create(c, sim, veo()).await;
    let job = wait_for(c, sim, &ids[0], "completed").await;
    (
        ids[0].clone(),
        job["result_urls"][0].as_str().unwrap().to_string(),
    )
}

/// GET with a `Range` header.
async fn get_range(c: &reqwest::Client, url: &str, range: &str) -> reqwest::Response {
    c.get(url).header("Range", range).send().await.unwrap()
}

#[tokio::test]
async fn full_get_and_ranges() {
    let sim = start(quick()).await;
    let c = &client();
    let (id, url) = completed_job(c, &sim).await;
    let clip = clip_for(&Uuid::parse_str(&id).unwrap());
    let len = clip.len();

    let r = c.get(&url).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.headers()["content-type"], "video/mp4");
    assert_eq!(r.headers()["accept-ranges"], "bytes");
    assert_eq!(r.headers()["content-length"], len.to_string().as_str());
    assert_eq!(&r.bytes().await.unwrap()[..], clip);

    let r = get_range(c, &url, "bytes=100-199").await;
    assert_eq!(r.status(), StatusCode::PARTIAL_CONTENT);
    assert_eq!(
        r.headers()["content-range"],
        format!("bytes 100-199/{len}").as_str()
    );
    assert_eq!(&r.bytes().await.unwrap()[..], &clip[100..200]);

    let r = get_range(c, &url, "bytes=1000-").await;
    assert_eq!(r.status(), StatusCode::PARTIAL_CONTENT);
    assert_eq!(
        r.headers()["content-range"],
        format!("bytes 1000-{}/{len}", len - 1).as_str()
    );
    assert_eq!(&r.bytes().await.unwrap()[..], &clip[1000..]);

    let r = get_range(c, &url, "bytes=-64").await;
    assert_eq!(r.status(), StatusCode::PARTIAL_CONTENT);
    assert_eq!(&r.bytes().await.unwrap()[..], &clip[len - 64..]);

    // End past the size is clamped.
    let r = get_range(c, &url, &format!("bytes={}-{}", len - 10, len + 500)).await;
    assert_eq!(r.status(), StatusCode::PARTIAL_CONTENT);
    assert_eq!(&r.bytes().await.unwrap()[..], &clip[len - 10..]);

    let r = get_range(c, &url, &format!("bytes={len}-")).await;
    assert_eq!(r.status(), StatusCode::RANGE_NOT_SATISFIABLE);
    assert_eq!(
        r.headers()["content-range"],
        format!("bytes */{len}").as_str()
    );

    // The clip is a stable function of the job id.
    let again = c.get(&url).send().await.unwrap().bytes().await.unwrap();
    assert_eq!(&again[..], clip);
    let colour = clip_colour(&Uuid::parse_str(&id).unwrap());
    assert!(CLIPS
        .iter()
        .any(|(name, bytes)| *name == colour && *bytes == clip));
}

#[tokio::test]
async fn media_of_unknown_or_unfinished_jobs_is_404() {
    let sim = start(cfg(1.0, 60.0, 60.0)).await;
    let c = &client();
    let ids = create(c, &sim, veo()).await;
    let base = sim.base_url();
    let pending = c
        .get(format!("{base}/media/results/job-{}.mp4", ids[0]))
        .send()
        .await
        .unwrap();
    assert_eq!(pending.status(), StatusCode::NOT_FOUND);
    let unknown = c
        .get(format!("{base}/media/results/job-{}.mp4", Uuid::new_v4()))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    let junk = c
        .get(format!("{base}/media/results/whatever.mp4"))
        .send()
        .await
        .unwrap();
    assert_eq!(junk.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn media_reset_fault_cuts_the_stream() {
    let sim = start(quick()).await;
    let c = &client();
    let (_, url) = completed_job(c, &sim).await;
    sim.set_faults(Faults {
        media_reset_after_bytes: Some(1000),
        media_resets: 1,
        ..Faults::default()
    });
    let r = c.get(&url).send().await.unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    assert!(
        r.bytes().await.is_err(),
        "the body must end in a network error"
    );
    // Only one response was affected; the fault then clears itself.
    let r = c.get(&url).send().await.unwrap();
    assert!(r.bytes().await.is_ok());
    assert_eq!(sim.faults().media_reset_after_bytes, None);

    // media_resets = 0: every media response while set.
    sim.set_faults(Faults {
        media_reset_after_bytes: Some(0),
        ..Faults::default()
    });
    for _ in 0..2 {
        let res = c.get(&url).send().await;
        let failed = match res {
            Err(_) => true,
            Ok(r) => r.bytes().await.is_err(),
        };
        assert!(failed);
    }
    let log = sim.stats().log;
    assert!(
        log.iter()
            .filter(|r| r.endpoint == "media" && r.status == 0)
            .count()
            >= 3
    );
}

fn tool(name: &str) -> bool {
    Command::new(name).arg("-version").output().is_ok()
}

#[test]
fn embedded_clips_are_valid_h264_mp4s_of_distinct_colours() {
    if !tool("ffprobe") {
        println!("note: ffprobe not on PATH; skipping the MP4 validity check");
        return;
    }
    let dir = std::env::temp_dir().join(format!("ulazai-sim-clips-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (colour, bytes) in CLIPS {
        let path = dir.join(format!("{colour}.mp4"));
        std::fs::write(&path, bytes).unwrap();
        let out = Command::new("ffprobe")
            .args([
                "-v",
                "error",
                "-show_entries",
                "stream=codec_name,width,height,pix_fmt:format=duration",
                "-of",
                "default=nw=1",
            ])
            .arg(&path)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{colour}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(text.contains("codec_name=h264"), "{colour}: {text}");
        assert!(text.contains("codec_name=aac"), "{colour}: {text}");
        assert!(
            text.contains("width=320") && text.contains("height=180"),
            "{text}"
        );
        assert!(text.contains("pix_fmt=yuv420p"), "{text}");
        let duration: f64 = text
            .lines()
            .find_map(|l| l.strip_prefix("duration="))
            .unwrap()
            .parse()
            .unwrap();
        assert!(
            (duration - 2.0).abs() < 0.1,
            "{colour}: duration {duration}"
        );
        assert!(
            bytes.len() < 100_000,
            "{colour} clip is {} bytes",
            bytes.len()
        );

        if !tool("ffmpeg") {
            continue;
        }
        // The middle frame, averaged to one pixel, names the clip's colour.
        let out = Command::new("ffmpeg")
            .args(["-v", "error", "-ss", "1", "-i"])
            .arg(&path)
            .args([
                "-frames:v",
                "1",
                "-vf",
                "scale=1:1",
                "-f",
                "rawvideo",
                "-pix_fmt",
                "rgb24",
                "-",
            ])
            .output()
            .unwrap();
        let px = out.stdout;
        assert_eq!(px.len(), 3, "{colour}");
        let (r, g, b) = (px[0] as i32, px[1] as i32, px[2] as i32);
        let seen = match (r > 128, g > 90, b > 128) {
            (true, false, false) => "red",
            (false, true, false) => "green",
            (false, false, true) => "blue",
            (true, true, false) => "yellow",
            _ => "unknown",
        };
        assert_eq!(seen, colour, "mid frame rgb=({r},{g},{b})");
    }
    std::fs::remove_dir_all(&dir).ok();
}
