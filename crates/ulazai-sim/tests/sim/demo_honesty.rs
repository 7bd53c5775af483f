//! What the app's demo turns on: clips as long as each render asked for (built from the
//! 2 s clips, checked with the real ffprobe/ffmpeg), merges that play their sources in
//! order, and one render in N that fails as a demo failure with its credits refunded.

use crate::common;

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use common::*;
use serde_json::json;
use ulazai_sim::media_assets::{looped, CLIPS};
use ulazai_sim::{models, SimConfig};

fn tools() -> bool {
    ["ffprobe", "ffmpeg"]
        .iter()
        .all(|t| Command::new(t).arg("-version").output().is_ok())
}

fn probe(path: &Path, entries: &str) -> String {
    let out = Command::new("ffprobe")
        .args([
            "-v",
            "error",
            "-show_entries",
            entries,
            "-of",
            "default=nw=1",
        ])
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn seconds(path: &Path) -> f64 {
    let text = probe(path, "format=duration");
    text.trim()
        .strip_prefix("duration=")
        .unwrap()
        .parse()
        .unwrap()
}

/// Every frame and audio packet decodes without a complaint.
fn decodes_cleanly(path: &Path) {
    let out = Command::new("ffmpeg")
        .args(["-v", "error", "-i"])
        .arg(path)
        .args(["-f", "null", "-"])
        .output()
        .unwrap();
    let errors = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && errors.trim().is_empty(),
        "{}: {errors}",
        path.display()
    );
}

/// The dominant colour of the frame at `at` seconds.
fn colour_at(path: &Path, at: f64) -> &'static str {
    let out = Command::new("ffmpeg")
        .args(["-v", "error", "-ss", &at.to_string(), "-i"])
        .arg(path)
        .args(["-frames:v", "1", "-vf", "scale=1:1", "-f", "rawvideo"])
        .args(["-pix_fmt", "rgb24", "-"])
        .output()
        .unwrap();
    let px = out.stdout;
    assert_eq!(px.len(), 3, "a frame at {at} s of {}", path.display());
    match (px[0] > 128, px[1] > 90, px[2] > 128) {
        (true, false, false) => "red",
        (false, true, false) => "green",
        (false, false, true) => "blue",
        (true, true, false) => "yellow",
        _ => "unknown",
    }
}

#[test]
fn built_clips_last_every_duration_the_matrix_offers() {
    if !tools() {
        println!("note: ffmpeg/ffprobe not on PATH; skipping");
        return;
    }
    let dir = tempfile_dir("lengths");
    let durations: BTreeSet<u32> = models::all()
        .iter()
        .flat_map(|m| m.durations.iter().copied())
        .collect();
    assert!(
        durations.contains(&5) && durations.contains(&30),
        "{durations:?}"
    );
    for secs in durations {
        for (i, (colour, _)) in CLIPS.iter().enumerate() {
            let bytes = looped(&[(i, secs)]);
            let path = dir.join(format!("{colour}-{secs}.mp4"));
            std::fs::write(&path, &bytes).unwrap();
            let got = seconds(&path);
            assert!(
                (got - f64::from(secs)).abs() < 0.05,
                "{colour} {secs} s: lasts {got} s"
            );
            let streams = probe(&path, "stream=codec_name,width,height");
            assert!(
                streams.contains("codec_name=h264") && streams.contains("codec_name=aac"),
                "{streams}"
            );
            assert!(streams.contains("width=320") && streams.contains("height=180"));
            decodes_cleanly(&path);
            assert_eq!(colour_at(&path, f64::from(secs) - 0.5), *colour);
            // As small as an encoded clip of that length (about 7.5 KB a second).
            assert!(
                bytes.len() < 2_000 + 9_000 * secs as usize,
                "{colour} {secs} s: {} bytes",
                bytes.len()
            );
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_built_merge_plays_its_sources_in_order() {
    if !tools() {
        println!("note: ffmpeg/ffprobe not on PATH; skipping");
        return;
    }
    let dir = tempfile_dir("merge");
    let path = dir.join("red5-blue6.mp4");
    std::fs::write(&path, looped(&[(0, 5), (2, 6)])).unwrap();
    let got = seconds(&path);
    assert!((got - 11.0).abs() < 0.05, "lasts {got} s");
    decodes_cleanly(&path);
    assert_eq!(colour_at(&path, 2.5), "red");
    assert_eq!(colour_at(&path, 8.0), "blue");
    std::fs::remove_dir_all(&dir).ok();
}

fn tempfile_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("ulazai-sim-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[tokio::test]
async fn full_length_media_lasts_as_long_as_the_job_asked() {
    let sim = start(SimConfig {
        full_length_clips: true,
        ..quick()
    })
    .await;
    let c = &client();
    let ids = create(c, &sim, kling()).await;
    let job = wait_for(c, &sim, &ids[0], "completed").await;
    assert_eq!(job["provider_meta"]["effective_duration_seconds"], 5);
    let url = job["result_urls"][0].as_str().unwrap();
    let r = c.get(url).send().await.unwrap();
    let len: usize = r.headers()["content-length"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    let body = r.bytes().await.unwrap();
    assert_eq!(body.len(), len);
    assert_eq!(
        &body[..],
        &looped(&[(
            ulazai_sim::media_assets::clip_index(&uuid::Uuid::parse_str(&ids[0]).unwrap()),
            5
        )])[..]
    );
    // Ranges read the same bytes.
    let part = c
        .get(url)
        .header("Range", "bytes=100-199")
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert_eq!(&part[..], &body[100..200]);
    sim.shutdown();
}

#[tokio::test]
async fn every_nth_render_fails_as_a_demo_failure_refunded() {
    let sim = start(SimConfig {
        fail_every: 3,
        ..quick()
    })
    .await;
    let c = &client();
    let mut two = veo();
    two["count"] = json!(2);
    let mut ids = create(c, &sim, two).await;
    ids.extend(create(c, &sim, veo()).await);
    ids.extend(create(c, &sim, veo()).await);
    let mut outcomes = Vec::new();
    for id in &ids {
        let job = loop {
            let a = status(c, &sim, KEY, id).await;
            let s = a.body["job"]["status"].as_str().unwrap().to_string();
            if s == "completed" || s == "failed" {
                break a.body["job"].clone();
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        };
        outcomes.push(job);
    }
    let statuses: Vec<&str> = outcomes
        .iter()
        .map(|j| j["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["completed", "completed", "failed", "completed"]);
    let message = outcomes[2]["error_message"].as_str().unwrap();
    assert!(message.starts_with("Demo failure"), "{message}");
    assert!(message.contains("refunded"), "{message}");
    assert_eq!(outcomes[2]["credits_refunded"], true);
    // Three renders charged, the failed one's credits back.
    assert_eq!(sim.credits(KEY), 100_000 - 3 * 100);
    sim.shutdown();
}
