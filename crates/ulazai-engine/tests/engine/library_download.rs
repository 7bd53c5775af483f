//! Downloads over real HTTP against the simulator: plain, resumed after connection
//! resets, cancelled, refused URLs, 404 — and never a partial file left in the library.
//! Hostile answers over loopback too: a playlist posing as a video, a file over the size
//! cap, a trickle past the deadline, a stall, a redirect to another local port.

use crate::support::api as api_support;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use api_support::*;
use tokio::sync::watch;
use ulazai_engine::library::{ByteProgress, DownloadError, DownloadOptions, Downloader};
use ulazai_sim::{Faults, SimHandle};

/// A completed job's media URL and the bytes the simulator serves for it.
async fn completed_clip(sim: &SimHandle) -> (String, Vec<u8>) {
    let client = demo_client(sim);
    let answer = client.generate(&veo("a red fox in snow", 1)).await.unwrap();
    let job = wait_terminal(&client, &answer.job_ids[0]).await;
    let url = job.result_urls.first().expect("a result URL").clone();
    assert!(url.starts_with(&sim.base_url()), "{url}");
    assert!(url.ends_with(&format!("job-{}.mp4", job.job_id)), "{url}");
    // The simulator picks the clip by the id's last byte (mod 4): read that asset file.
    let last = u8::from_str_radix(&job.job_id[job.job_id.len() - 2..], 16).unwrap();
    let colour = ["red", "green", "blue", "yellow"][(last % 4) as usize];
    let asset = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../ulazai-sim/assets")
        .join(format!("clip-{colour}.mp4"));
    (url, std::fs::read(asset).unwrap())
}

/// A downloader for a local server's own media (the URL policy allows only the loopback
/// origin of the server in use).
fn downloader_for(server: &str) -> Downloader {
    Downloader::with_options(DownloadOptions {
        server_origin: Some(server.to_string()),
        ..DownloadOptions::default()
    })
}

fn no_cancel() -> watch::Receiver<bool> {
    // The sender is dropped: "never cancelled".
    watch::channel(false).1
}

/// Names of everything in `dir`, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn media_requests(sim: &SimHandle) -> Vec<ulazai_sim::RequestRecord> {
    sim.stats()
        .log
        .into_iter()
        .filter(|r| r.endpoint == "media")
        .collect()
}

#[tokio::test]
async fn plain_download_matches_the_source() {
    let sim = start_sim(fast_config()).await;
    let (url, expected) = completed_clip(&sim).await;
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("Unfiled").join("fox.mp4");
    let seen: Mutex<Vec<ByteProgress>> = Mutex::new(Vec::new());

    let n = downloader_for(&sim.base_url())
        .download(&url, &dest, |p| seen.lock().unwrap().push(p), no_cancel())
        .await
        .expect("download");

    assert_eq!(n, expected.len() as u64);
    assert_eq!(std::fs::read(&dest).unwrap(), expected);
    assert_eq!(listing(dest.parent().unwrap()), vec!["fox.mp4"]);
    let seen = seen.lock().unwrap();
    let last = seen.last().expect("progress reported");
    assert_eq!(last.received, n);
    assert_eq!(last.total, Some(n));
    assert_eq!(media_requests(&sim).len(), 1);
    sim.shutdown();
}

/// A `<name>.part` planted in the library folder as a link to one of the creator's files
/// (a shared folder): the download never writes through it, and still lands.
#[cfg(unix)]
#[tokio::test]
async fn a_planted_part_link_is_never_written_through() {
    let sim = start_sim(fast_config()).await;
    let (url, expected) = completed_clip(&sim).await;
    let dir = tempfile::tempdir().unwrap();
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, b"the creator's own file").unwrap();
    let folder = dir.path().join("Unfiled");
    std::fs::create_dir_all(&folder).unwrap();
    std::os::unix::fs::symlink(&victim, folder.join("fox.mp4.part")).unwrap();
    let dest = folder.join("fox.mp4");

    let got = downloader_for(&sim.base_url())
        .download(&url, &dest, |_| {}, no_cancel())
        .await;

    assert!(
        std::fs::read(&victim).unwrap() == b"the creator's own file",
        "the victim was written through the planted link"
    );
    assert_eq!(got, Ok(expected.len() as u64));
    assert!(!std::fs::symlink_metadata(&dest).unwrap().is_symlink());
    assert!(std::fs::read(&dest).unwrap() == expected);
    assert_eq!(listing(&folder), vec!["fox.mp4", "fox.mp4.part"]);
    sim.shutdown();
}

#[tokio::test]
async fn resets_half_way_are_resumed_with_range_requests() {
    let sim = start_sim(fast_config()).await;
    let (url, expected) = completed_clip(&sim).await;
    let len = expected.len() as u64;
    // Cut after half the file (the Range answer for the rest may or may not be cut too,
    // depending on the parity of the size), then after a third (two cuts for sure).
    for (cut, allowed) in [
        (len / 2, vec![vec![0, 206], vec![0, 0, 206]]),
        (len / 3, vec![vec![0, 0, 206]]),
    ] {
        sim.reset_stats();
        sim.set_faults(Faults {
            media_reset_after_bytes: Some(cut),
            media_resets: 2,
            ..Default::default()
        });
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("fox.mp4");

        let n = downloader_for(&sim.base_url())
            .download(&url, &dest, |_| {}, no_cancel())
            .await
            .expect("the download completes by resuming");

        assert_eq!(n, len);
        assert_eq!(std::fs::read(&dest).unwrap(), expected, "bytes match");
        assert_eq!(listing(dir.path()), vec!["fox.mp4"], "no .part left");
        // The simulator logs a deliberately aborted answer with status 0, and answers
        // 206 only to a Range request.
        let log = media_requests(&sim);
        let statuses: Vec<u16> = log.iter().map(|r| r.status).collect();
        assert!(allowed.contains(&statuses), "cut {cut}: {log:?}");
    }
    sim.shutdown();
}

#[tokio::test]
async fn cancel_mid_way_leaves_nothing() {
    let sim = start_sim(fast_config()).await;
    let (url, _) = completed_clip(&sim).await;
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("fox.mp4");

    // (a) Cancelled at the first progress report (the connection also drops half-way,
    // so the first answer can never complete the file).
    sim.set_faults(Faults {
        media_reset_after_bytes: Some(4000),
        media_resets: 0,
        ..Default::default()
    });
    let (tx, rx) = watch::channel(false);
    let got = downloader_for(&sim.base_url())
        .download(
            &url,
            &dest,
            |_| {
                tx.send_replace(true);
            },
            rx,
        )
        .await;
    assert_eq!(got, Err(DownloadError::Cancelled));
    assert!(listing(dir.path()).is_empty(), "{:?}", listing(dir.path()));

    // (b) Cancelled while waiting to resume after a reset.
    let (tx, rx) = watch::channel(false);
    let started = Instant::now();
    let cancel_soon = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(150)).await;
        tx.send(true).unwrap();
        tx
    });
    let got = downloader_for(&sim.base_url())
        .download(&url, &dest, |_| {}, rx)
        .await;
    assert_eq!(got, Err(DownloadError::Cancelled));
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "cancel is prompt"
    );
    assert!(listing(dir.path()).is_empty(), "{:?}", listing(dir.path()));
    drop(cancel_soon.await.unwrap());

    // (c) Already cancelled: nothing is requested.
    sim.reset_stats();
    let (tx, rx) = watch::channel(true);
    let got = downloader_for(&sim.base_url())
        .download(&url, &dest, |_| {}, rx)
        .await;
    assert_eq!(got, Err(DownloadError::Cancelled));
    assert!(media_requests(&sim).is_empty());
    drop(tx);
    sim.shutdown();
}

/// This machine's address on its default route, if it has one (no packet is sent).
fn lan_ip() -> Option<std::net::IpAddr> {
    let s = std::net::UdpSocket::bind("0.0.0.0:0").ok()?;
    s.connect("192.0.2.1:9").ok()?;
    let ip = s.local_addr().ok()?.ip();
    (!ip.is_loopback() && !ip.is_unspecified()).then_some(ip)
}

#[tokio::test]
async fn insecure_urls_are_refused_without_a_request() {
    let (port, connections) = ulazai_testkit::net::counting_listener().await;
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("x.mp4");
    let mut urls = vec![
        "http://example.com/clip.mp4".to_string(),
        format!("ftp://127.0.0.1:{port}/clip.mp4"),
        format!("ws://127.0.0.1:{port}/clip.mp4"),
        "file:///etc/passwd".to_string(),
        "javascript:alert(1)".to_string(),
        "not a url".to_string(),
        format!("http://127.0.0.1.example.com:{port}/clip.mp4"),
    ];
    if let Some(ip) = lan_ip() {
        // Plain http to this very machine, but not through loopback: still refused.
        urls.push(format!("http://{ip}:{port}/clip.mp4"));
    } else {
        eprintln!("note: no non-loopback address here; the LAN-address case is skipped");
    }
    let downloader = Downloader::new();
    for url in &urls {
        let got = downloader.download(url, &dest, |_| {}, no_cancel()).await;
        assert!(
            matches!(got, Err(DownloadError::BadUrl(_))),
            "{url}: {got:?}"
        );
        let text = got.unwrap_err().to_string();
        assert!(text.contains("cannot be downloaded"), "{text}");
    }
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(connections.load(Ordering::SeqCst), 0, "no connection made");
    assert!(listing(dir.path()).is_empty());
}

#[tokio::test]
async fn not_found_is_an_http_error_and_leaves_nothing() {
    let sim = start_sim(fast_config()).await;
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("missing.mp4");
    let url = format!(
        "{}/media/results/job-00000000-0000-4000-8000-000000000000.mp4",
        sim.base_url()
    );
    let got = downloader_for(&sim.base_url())
        .download(&url, &dest, |_| {}, no_cancel())
        .await;
    assert_eq!(got, Err(DownloadError::Http { status: 404 }));
    assert!(got.unwrap_err().to_string().contains("no longer available"));
    assert!(listing(dir.path()).is_empty());
    assert_eq!(media_requests(&sim).len(), 1, "a 404 is not retried");
    sim.shutdown();
}

#[tokio::test]
async fn a_server_that_ignores_range_restarts_from_zero() {
    let letters: String = (0..4000)
        .map(|i| char::from(b'a' + (i % 26) as u8))
        .collect();
    let body = format!("{MP4_HEAD}{letters}");
    let calls = Arc::new(AtomicUsize::new(0));
    let (b, c) = (body.clone(), calls.clone());
    let base = scripted_server(move |_| {
        let head = format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n", b.len());
        match c.fetch_add(1, Ordering::SeqCst) {
            0 => format!("{head}{}", &b[..1500]), // cut short, then the connection closes
            _ => format!("{head}{b}"),            // Range ignored: the whole file again
        }
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let dest: PathBuf = dir.path().join("x.mp4");
    let n = downloader_for(&base)
        .download(&format!("{base}/x.mp4"), &dest, |_| {}, no_cancel())
        .await
        .expect("download");
    assert_eq!(n, body.len() as u64);
    assert_eq!(std::fs::read_to_string(&dest).unwrap(), body);
    assert_eq!(calls.load(Ordering::SeqCst), 2);
    assert_eq!(listing(dir.path()), vec!["x.mp4"]);
}

#[tokio::test]
async fn gives_up_after_five_attempts_and_cleans_up() {
    let sim = start_sim(fast_config()).await;
    let (url, _) = completed_clip(&sim).await;
    sim.reset_stats();
    sim.set_faults(Faults {
        media_reset_after_bytes: Some(0),
        media_resets: 0,
        ..Default::default()
    });
    let dir = tempfile::tempdir().unwrap();
    let got = downloader_for(&sim.base_url())
        .download(&url, &dir.path().join("x.mp4"), |_| {}, no_cancel())
        .await;
    assert!(matches!(got, Err(DownloadError::Network(_))), "{got:?}");
    assert_eq!(media_requests(&sim).len(), 5);
    assert!(listing(dir.path()).is_empty());
    sim.shutdown();
}

/// The desktop shell spawns downloads on a multi-threaded runtime.
#[test]
fn the_download_future_is_send() {
    fn assert_send<T: Send>(_: &T) {}
    let d = Downloader::new();
    let dest = PathBuf::from("x.mp4");
    let fut = d.download("https://example.com/x.mp4", &dest, |_| {}, no_cancel());
    assert_send(&fut);
}

/// The head of an MP4 file (an `ftyp` box), so a test body passes the container check.
const MP4_HEAD: &str = "\0\0\0\x18ftypisom\0\0\x02\0isomiso2";

#[tokio::test]
async fn a_playlist_posing_as_a_video_is_not_saved() {
    // An HLS playlist served as "video/mp4": ffmpeg would follow it to other local files.
    let playlist = "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:3\n#EXTINF:2.0,\n\
                    ../outside/clip-red.mp4\n#EXT-X-ENDLIST\n";
    let base = canned_server(raw_answer("200 OK", &["Content-Type: video/mp4"], playlist)).await;
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("fox.mp4");
    let got = downloader_for(&base)
        .download(&format!("{base}/fox.mp4"), &dest, |_| {}, no_cancel())
        .await;
    assert_eq!(got, Err(DownloadError::NotVideo));
    let text = got.unwrap_err().to_string();
    assert!(text.contains("not a video"), "{text}");
    assert!(listing(dir.path()).is_empty(), "{:?}", listing(dir.path()));
}

#[tokio::test]
async fn an_oversized_answer_is_too_large_and_leaves_nothing() {
    let body = format!("{MP4_HEAD}{}", "x".repeat(10_000));
    // Announced by Content-Length, and found while streaming (no length given).
    let announced = canned_server(raw_answer("200 OK", &[], &body)).await;
    let streamed = canned_server(format!(
        "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n{body}"
    ))
    .await;
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("big.mp4");
    for base in [announced, streamed] {
        let downloader = Downloader::with_options(DownloadOptions {
            max_bytes: 4096,
            server_origin: Some(base.clone()),
            ..DownloadOptions::default()
        });
        let got = downloader
            .download(&format!("{base}/big.mp4"), &dest, |_| {}, no_cancel())
            .await;
        assert_eq!(got, Err(DownloadError::TooLarge { limit: 4096 }), "{base}");
        let text = got.unwrap_err().to_string();
        assert!(text.contains("too large"), "{text}");
        assert!(listing(dir.path()).is_empty(), "{:?}", listing(dir.path()));
    }
    // The same file under the default cap (2 GiB) is fine.
    let ok = canned_server(raw_answer("200 OK", &[], &body)).await;
    let n = downloader_for(&ok)
        .download(&format!("{ok}/big.mp4"), &dest, |_| {}, no_cancel())
        .await
        .expect("under the cap");
    assert_eq!(n, body.len() as u64);
    assert_eq!(DownloadOptions::default().max_bytes, 2 << 30);
}

/// A server that sends the head of a big file and then `rest` (a trickle or silence).
async fn slow_server(trickle: Option<Duration>) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", l.local_addr().unwrap());
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = l.accept().await {
            tokio::spawn(async move {
                let mut buf = [0u8; 4096];
                let _ = sock.read(&mut buf).await;
                let head = format!("HTTP/1.1 200 OK\r\nContent-Length: 1000000\r\n\r\n{MP4_HEAD}");
                if sock.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                loop {
                    match trickle {
                        Some(every) => {
                            tokio::time::sleep(every).await;
                            if sock.write_all(&[b'x'; 64]).await.is_err() {
                                return;
                            }
                        }
                        None => tokio::time::sleep(Duration::from_secs(3600)).await,
                    }
                }
            });
        }
    });
    base
}

/// Download `{base}/x.mp4` into a fresh folder with `options`: the folder, the time
/// it took and the result.
async fn timed_download(
    options: DownloadOptions,
    base: &str,
) -> (tempfile::TempDir, Duration, Result<u64, DownloadError>) {
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("x.mp4");
    let started = Instant::now();
    let options = DownloadOptions {
        server_origin: Some(base.to_string()),
        ..options
    };
    let got = Downloader::with_options(options)
        .download(&format!("{base}/x.mp4"), &dest, |_| {}, no_cancel())
        .await;
    (dir, started.elapsed(), got)
}

#[tokio::test]
async fn a_trickling_download_stops_at_the_deadline() {
    let base = slow_server(Some(Duration::from_millis(20))).await;
    let options = DownloadOptions {
        deadline: Duration::from_millis(600),
        ..DownloadOptions::default()
    };
    let (dir, took, got) = timed_download(options, &base).await;
    assert!(
        matches!(got, Err(DownloadError::TimedOut { .. })),
        "{got:?}"
    );
    assert!(took < Duration::from_secs(5), "stopped promptly: {took:?}");
    assert!(listing(dir.path()).is_empty(), "{:?}", listing(dir.path()));
}

#[tokio::test]
async fn a_stalled_download_is_given_up() {
    let base = slow_server(None).await;
    let options = DownloadOptions {
        stall_timeout: Duration::from_millis(150),
        ..DownloadOptions::default()
    };
    let (dir, took, got) = timed_download(options, &base).await;
    let Err(DownloadError::Network(why)) = &got else {
        panic!("expected a network error, got {got:?}");
    };
    assert!(why.contains("stopped answering"), "{why}");
    // Five attempts of 150 ms plus the backoff (0.25 + 0.5 + 1 + 2 s).
    assert!(took < Duration::from_secs(10), "{took:?}");
    assert!(listing(dir.path()).is_empty(), "{:?}", listing(dir.path()));
}

/// Names of the files in `dir` whose name starts with `prefix`.
fn named(dir: &Path, prefix: &str) -> Vec<String> {
    listing(dir)
        .into_iter()
        .filter(|n| n.starts_with(prefix))
        .collect()
}

#[tokio::test]
async fn redirects_to_another_local_port_are_refused() {
    // The target: a local service on another port (it would serve a valid "video").
    let (target_port, target_hits) = ulazai_testkit::net::counting_listener().await;
    let target = format!("http://127.0.0.1:{target_port}/other.mp4");
    let clip = format!("{MP4_HEAD}clip");
    let t = target.clone();
    let server = scripted_server(move |line| {
        if line.starts_with("GET /same-origin") {
            raw_answer("302 Found", &["Location: /clip.mp4"], "")
        } else if line.starts_with("GET /clip.mp4") {
            raw_answer("200 OK", &[], &clip)
        } else {
            raw_answer("302 Found", &[&format!("Location: {t}")], "")
        }
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("x.mp4");
    let downloader = Downloader::with_options(DownloadOptions {
        server_origin: Some(server.clone()),
        ..DownloadOptions::default()
    });
    let got = downloader
        .download(&format!("{server}/away.mp4"), &dest, |_| {}, no_cancel())
        .await;
    assert!(matches!(got, Err(DownloadError::BadUrl(_))), "{got:?}");
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(
        target_hits.load(Ordering::SeqCst),
        0,
        "no request to {target}"
    );
    assert!(listing(dir.path()).is_empty());

    // A redirect within the server's own origin is followed.
    let n = downloader
        .download(&format!("{server}/same-origin"), &dest, |_| {}, no_cancel())
        .await
        .expect("same-origin redirect");
    assert_eq!(n, (MP4_HEAD.len() + 4) as u64);
    assert_eq!(named(dir.path(), "x.mp4"), vec!["x.mp4"]);

    // Without a server origin, no redirect to this computer is followed at all.
    let got = Downloader::new()
        .download(&format!("{server}/same-origin"), &dest, |_| {}, no_cancel())
        .await;
    assert!(matches!(got, Err(DownloadError::BadUrl(_))), "{got:?}");
}
