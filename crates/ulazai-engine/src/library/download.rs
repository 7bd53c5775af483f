//! Robust media downloads into the library: stream into `<dest>.part`, resume with
//! `Range` after a dropped connection, verify the size, fsync, check that the file is a
//! video container (see [`super::container`]), then rename into place.
//! Nothing partial is ever left under the final name, and the `.part` file is removed
//! on failure, on cancel, and when the download future is dropped.

use std::path::Path;
use std::time::{Duration, Instant};

use reqwest::header::{CONTENT_RANGE, ETAG, IF_RANGE, LAST_MODIFIED, RANGE};
use reqwest::StatusCode;
use tokio::io::{AsyncSeekExt, AsyncWriteExt, BufWriter};
use tokio::sync::watch;

use super::container::{check_container, ContainerError};
pub use super::errors::DownloadError;
use super::errors::{io_err, net_err};
use super::filename::new_part;
use super::options::{http_client, DownloadOptions};
use crate::cleanup::{cancelled, RemoveOnDrop};

/// Attempts per download (the first one included).
pub const MAX_ATTEMPTS: u32 = 5;
/// Pause before attempt 2, doubled each time (250 ms, 500 ms, 1 s, 2 s).
const FIRST_BACKOFF: Duration = Duration::from_millis(250);
/// Progress callbacks at most this often (plus the first and the last one).
const PROGRESS_EVERY: Duration = Duration::from_millis(100);

/// Bytes in the `.part` file so far and the expected total (`None` until the server
/// says). `received` only drops (to 0) when a server ignores `Range` and the file restarts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ByteProgress {
    pub received: u64,
    pub total: Option<u64>,
}

/// Downloads media files. Cheap to clone (clones share one connection pool).
#[derive(Debug, Clone)]
pub struct Downloader {
    http: reqwest::Client,
    max_bytes: u64,
    deadline: Duration,
    /// The server in use (`DownloadOptions::server_origin`), for the URL policy.
    server: String,
}

impl Default for Downloader {
    fn default() -> Self {
        Downloader::new()
    }
}

impl Downloader {
    /// A downloader with the default [`DownloadOptions`].
    pub fn new() -> Downloader {
        Downloader::with_options(DownloadOptions::default())
    }

    pub fn with_options(options: DownloadOptions) -> Downloader {
        Downloader {
            http: http_client(&options),
            max_bytes: options.max_bytes,
            deadline: options.deadline,
            server: options.server_origin.unwrap_or_default(),
        }
    }

    /// Streams `url` into a new `<dest>.part` (same folder; the folder is created if
    /// missing; one that exists is never followed or truncated: `filename::new_part`),
    /// resuming with `Range: bytes=<have>-` after a network failure or a 5xx (at most
    /// [`MAX_ATTEMPTS`] attempts with a short backoff; a server that ignores `Range`
    /// restarts from 0), verifies the size against `Content-Length` / `Content-Range`,
    /// fsyncs, checks the container header ([`check_container`]: anything but MP4/MOV or
    /// Matroska/WebM is [`DownloadError::NotVideo`]), then renames to `dest` (replacing a
    /// file there). Returns the byte count. A file over the size cap ends in
    /// [`DownloadError::TooLarge`], a download past the deadline in
    /// [`DownloadError::TimedOut`] (see [`DownloadOptions`]).
    /// On failure or cancel (`*cancel == true`) the `.part` file is removed.
    /// `on_progress` is called at most every 100 ms, plus once at the end.
    pub async fn download(
        &self,
        url: &str,
        dest: &Path,
        on_progress: impl Fn(ByteProgress) + Send + Sync,
        mut cancel: watch::Receiver<bool>,
    ) -> Result<u64, DownloadError> {
        // The URL policy's result rule: https elsewhere, or the server's own origin.
        crate::urls::result(url, &self.server).map_err(|e| DownloadError::BadUrl(e.0))?;
        let url = url.trim();
        if *cancel.borrow() {
            return Err(DownloadError::Cancelled);
        }
        let name = dest
            .file_name()
            .ok_or_else(|| DownloadError::Io("the destination has no file name".into()))?;
        if let Some(dir) = dest.parent().filter(|d| !d.as_os_str().is_empty()) {
            tokio::fs::create_dir_all(dir).await.map_err(io_err)?;
        }
        let (part, file) = new_part(&dest.with_file_name(name)).map_err(io_err)?;
        let guard = RemoveOnDrop(Some(part.clone()));
        let file = tokio::fs::File::from_std(file);
        let mut t = Transfer {
            out: BufWriter::with_capacity(256 * 1024, file),
            have: 0,
            total: None,
            validator: None,
            last_emit: None,
        };

        let fetched = self.fetch(url, &mut t, &on_progress, &mut cancel);
        match tokio::time::timeout(self.deadline, fetched).await {
            Ok(fetched) => fetched?,
            Err(_) => {
                return Err(DownloadError::TimedOut {
                    secs: self.deadline.as_secs(),
                })
            }
        }
        if let Some(expected) = t.total.filter(|&n| n != t.have) {
            return Err(DownloadError::SizeMismatch {
                expected,
                got: t.have,
            });
        }
        if *cancel.borrow() {
            return Err(DownloadError::Cancelled);
        }
        t.out.flush().await.map_err(io_err)?;
        let file = t.out.into_inner();
        file.sync_all().await.map_err(io_err)?;
        drop(file);
        // Only a real video lands under its final name (and is recorded in the library).
        check_video(&part).await?;
        tokio::fs::rename(&part, dest).await.map_err(io_err)?;
        guard.disarm();
        on_progress(ByteProgress {
            received: t.have,
            total: Some(t.have),
        });
        Ok(t.have)
    }

    /// Every attempt, resuming after the failures worth a retry.
    async fn fetch(
        &self,
        url: &str,
        t: &mut Transfer,
        on_progress: &(impl Fn(ByteProgress) + Send + Sync),
        cancel: &mut watch::Receiver<bool>,
    ) -> Result<(), DownloadError> {
        let mut attempt = 1;
        loop {
            match self.attempt(url, t, on_progress, cancel).await {
                Ok(()) => return Ok(()),
                Err(Step::Fatal(e)) => return Err(e),
                Err(Step::Retry(e)) if attempt >= MAX_ATTEMPTS => return Err(e),
                Err(Step::Retry(e)) => {
                    tracing::debug!("download attempt {attempt} failed: {e}; resuming");
                    let pause = FIRST_BACKOFF * 2u32.pow(attempt - 1);
                    tokio::select! {
                        _ = tokio::time::sleep(pause) => {}
                        _ = cancelled(cancel) => return Err(DownloadError::Cancelled),
                    }
                    attempt += 1;
                }
            }
        }
    }

    /// One request: from `t.have` on (a `Range` request when > 0) to the end or an error.
    async fn attempt(
        &self,
        url: &str,
        t: &mut Transfer,
        on_progress: &(impl Fn(ByteProgress) + Send + Sync),
        cancel: &mut watch::Receiver<bool>,
    ) -> Result<(), Step> {
        let mut req = self.http.get(url);
        if t.have > 0 {
            req = req.header(RANGE, format!("bytes={}-", t.have));
            if let Some(v) = &t.validator {
                req = req.header(IF_RANGE, v.as_str());
            }
        }
        let mut resp = tokio::select! {
            r = req.send() => r.map_err(|e| if e.is_redirect() {
                Step::Fatal(DownloadError::BadUrl(
                    "it redirects to an address that is not allowed".into(),
                ))
            } else if let Some(refused) = refused_by_resolver(&e) {
                Step::Fatal(DownloadError::BadUrl(refused.0.clone()))
            } else {
                Step::Retry(net_err(&e))
            })?,
            _ = cancelled(cancel) => return Err(Step::Fatal(DownloadError::Cancelled)),
        };
        let status = resp.status();
        match status {
            StatusCode::PARTIAL_CONTENT => {
                let range = resp
                    .headers()
                    .get(CONTENT_RANGE)
                    .and_then(|v| v.to_str().ok())
                    .and_then(parse_content_range);
                match range {
                    Some((start, total)) if start == t.have => {
                        let rest = resp.content_length().map(|n| t.have + n);
                        t.total = total.or(rest).or(t.total);
                    }
                    // A range we did not ask for: start over from byte 0.
                    _ => {
                        t.restart().await?;
                        return Err(Step::Retry(DownloadError::Network(
                            "the server sent an unexpected part of the file".into(),
                        )));
                    }
                }
            }
            StatusCode::OK => {
                if t.have > 0 {
                    t.restart().await?; // Range ignored: the whole file again.
                }
                t.total = resp.content_length();
            }
            StatusCode::RANGE_NOT_SATISFIABLE if t.have > 0 => {
                let total = resp
                    .headers()
                    .get(CONTENT_RANGE)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.strip_prefix("bytes */"))
                    .and_then(|n| n.trim().parse::<u64>().ok());
                if total == Some(t.have) {
                    t.total = total; // everything was already here
                    return Ok(());
                }
                t.restart().await?;
                return Err(Step::Retry(DownloadError::Network(
                    "the file changed on the server".into(),
                )));
            }
            s if s.is_server_error() || s == StatusCode::REQUEST_TIMEOUT => {
                return Err(Step::Retry(DownloadError::Http { status: s.as_u16() }))
            }
            s => return Err(Step::Fatal(DownloadError::Http { status: s.as_u16() })),
        }
        if t.total.is_some_and(|n| n > self.max_bytes) {
            return Err(Step::Fatal(self.too_large()));
        }
        if t.validator.is_none() {
            t.validator = validator(resp.headers());
        }
        t.last_emit = None;
        loop {
            let chunk = tokio::select! {
                biased;
                _ = cancelled(cancel) => return Err(Step::Fatal(DownloadError::Cancelled)),
                c = resp.chunk() => c.map_err(|e| Step::Retry(net_err(&e)))?,
            };
            let Some(bytes) = chunk else { break };
            if t.have + bytes.len() as u64 > self.max_bytes {
                return Err(Step::Fatal(self.too_large()));
            }
            t.out
                .write_all(&bytes)
                .await
                .map_err(|e| Step::Fatal(io_err(e)))?;
            t.have += bytes.len() as u64;
            if let Some(expected) = t.total.filter(|&n| t.have > n) {
                return Err(Step::Fatal(DownloadError::SizeMismatch {
                    expected,
                    got: t.have,
                }));
            }
            if !matches!(t.last_emit, Some(at) if at.elapsed() < PROGRESS_EVERY) {
                t.last_emit = Some(Instant::now());
                on_progress(ByteProgress {
                    received: t.have,
                    total: t.total,
                });
            }
        }
        match t.total {
            // The server closed the body early without an error: resume.
            Some(n) if t.have < n => Err(Step::Retry(DownloadError::SizeMismatch {
                expected: n,
                got: t.have,
            })),
            _ => Ok(()),
        }
    }
}

impl Downloader {
    fn too_large(&self) -> DownloadError {
        DownloadError::TooLarge {
            limit: self.max_bytes,
        }
    }
}

/// The resolver's refusal (`urls::resolver::PublicOnly`: the host is on this computer or
/// its network) inside a request error: final, never retried.
fn refused_by_resolver(e: &reqwest::Error) -> Option<&crate::urls::Refused> {
    let mut src: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(s) = src {
        if let Some(r) = s.downcast_ref::<crate::urls::Refused>() {
            return Some(r);
        }
        src = s.source();
    }
    None
}

/// [`check_container`] on the finished `.part` file.
async fn check_video(part: &Path) -> Result<(), DownloadError> {
    let path = part.to_path_buf();
    match tokio::task::spawn_blocking(move || check_container(&path)).await {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(ContainerError::NotVideo)) => Err(DownloadError::NotVideo),
        Ok(Err(ContainerError::Io(e))) => Err(DownloadError::Io(e)),
        Err(e) => Err(DownloadError::Io(e.to_string())),
    }
}

/// State of one download across attempts.
struct Transfer {
    out: BufWriter<tokio::fs::File>,
    have: u64,
    total: Option<u64>,
    /// Strong ETag or Last-Modified of the first answer, sent as `If-Range` on resume.
    validator: Option<String>,
    last_emit: Option<Instant>,
}

impl Transfer {
    /// Drop what was received so far and write from byte 0 again.
    async fn restart(&mut self) -> Result<(), Step> {
        let fatal = |e| Step::Fatal(io_err(e));
        self.out.flush().await.map_err(fatal)?;
        let file = self.out.get_mut();
        file.set_len(0).await.map_err(fatal)?;
        file.seek(std::io::SeekFrom::Start(0))
            .await
            .map_err(fatal)?;
        self.have = 0;
        self.total = None;
        self.validator = None;
        Ok(())
    }
}

enum Step {
    Retry(DownloadError),
    Fatal(DownloadError),
}

/// `bytes 100-199/1000` → (100, Some(1000)); `bytes 100-199/*` → (100, None).
fn parse_content_range(v: &str) -> Option<(u64, Option<u64>)> {
    let (range, total) = v.trim().strip_prefix("bytes ")?.split_once('/')?;
    let start = range.split_once('-')?.0.trim().parse().ok()?;
    let total = match total.trim() {
        "*" => None,
        n => Some(n.parse().ok()?),
    };
    Some((start, total))
}

fn validator(h: &reqwest::header::HeaderMap) -> Option<String> {
    let text = |name| {
        h.get(name)
            .and_then(|v: &reqwest::header::HeaderValue| v.to_str().ok())
    };
    text(ETAG)
        .filter(|e| !e.starts_with("W/")) // If-Range needs a strong validator
        .or_else(|| text(LAST_MODIFIED))
        .map(str::to_string)
}

#[cfg(test)]
#[path = "download_tests.rs"]
mod tests;
