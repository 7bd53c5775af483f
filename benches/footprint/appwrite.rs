//! What the RUNNING APP writes to disk for one status change, with the largest library on
//! screen: one clip is started the way the UI starts it (the `generate` command, invoked in
//! the page through Tauri's IPC), and the app process's `write_bytes` (`/proc/PID/io`: the
//! bytes it sent towards the disk, page by page, whatever file they went to) is read while
//! the clip waits on the server (pending), once the app has seen it rendering (one status
//! change: pending → processing, nothing else happens to it) and once it has completed
//! (processing → completed: that one also saves the clip and its poster into the library).
//! Each reading is taken once the counter has stood still for [`QUIET`], so the debounced
//! save (and its WAL commit) is in it. The status is read where the creator sees it: the
//! card's `data-status` in the grid (the newest clip is the first card).

use std::time::{Duration, Instant};

use serde_json::{json, Value};

use super::driver::App;

/// The counter has settled when it has not moved for this long.
const QUIET: Duration = Duration::from_millis(1500);
/// How often the page and the counter are read.
const TICK: Duration = Duration::from_millis(100);

/// `write_bytes` and `wchar` (every byte handed to write(), sockets and pipes too).
#[derive(Debug, Clone, Copy, Default)]
pub struct Io {
    pub write_bytes: u64,
    pub wchar: u64,
}

fn io(pid: u32) -> Io {
    let text = std::fs::read_to_string(format!("/proc/{pid}/io")).unwrap_or_default();
    let field = |name: &str| -> u64 {
        text.lines()
            .find_map(|l| l.strip_prefix(name)?.trim().parse().ok())
            .unwrap_or(0)
    };
    Io {
        write_bytes: field("write_bytes:"),
        wchar: field("wchar:"),
    }
}

/// What one status change cost the app process.
#[derive(Debug, Clone)]
pub struct StatusWrites {
    /// pending → processing: (write_bytes, wchar) between the settled readings.
    pub to_processing: Io,
    /// processing → completed, the clip and its poster saved with it.
    pub to_completed: Io,
    /// The clip's file as saved (to tell the clip from the rows in `to_completed`).
    pub clip_bytes: u64,
    /// How much `jobs.db-wal` grew over the status change (SQLite appends a 4,120-byte
    /// frame per page a commit changes; `None` when it did not grow: a checkpoint began it
    /// afresh).
    pub wal_growth: Option<u64>,
}

const START: &str = "const [params, done] = [arguments[0], arguments[arguments.length - 1]];
  window.__TAURI_INTERNALS__.invoke('generate', {params}).then(
    (jobs) => done({ids: jobs.map((j) => j.id)}), (error) => done({error: String(error?.message ?? error)}));";

const STATUS: &str = "return document.querySelector(
  `[data-testid='job-card'][data-job-id='${CSS.escape(arguments[0])}']`)?.dataset.status ?? null;";

async fn status(app: &App, id: &str) -> Option<String> {
    app.client
        .execute(STATUS, vec![json!(id)])
        .await
        .ok()?
        .as_str()
        .map(str::to_owned)
}

/// The counter once it has stood still for [`QUIET`] (at most `max`), and the status seen
/// meanwhile (the last one).
async fn settled(app: &App, pid: u32, id: &str, max: Duration) -> (Io, Option<String>) {
    let until = Instant::now() + max;
    let mut last = io(pid);
    let mut since = Instant::now();
    loop {
        tokio::time::sleep(TICK).await;
        let now = io(pid);
        if now.write_bytes != last.write_bytes {
            since = Instant::now();
        }
        last = now;
        if since.elapsed() >= QUIET || Instant::now() > until {
            return (last, status(app, id).await);
        }
    }
}

/// Wait until the card shows `want` (or a later status: an error names what was seen).
async fn until_status(app: &App, id: &str, want: &str, max: Duration) -> Result<(), String> {
    let until = Instant::now() + max;
    let mut seen = None;
    while Instant::now() < until {
        seen = status(app, id).await;
        if seen.as_deref() == Some(want) {
            return Ok(());
        }
        if matches!(seen.as_deref(), Some("failed" | "cancelled")) {
            break;
        }
        tokio::time::sleep(TICK).await;
    }
    Err(format!(
        "the new clip's card did not show `{want}` (last seen: {seen:?})"
    ))
}

fn delta(a: Io, b: Io) -> Io {
    Io {
        write_bytes: b.write_bytes.saturating_sub(a.write_bytes),
        wchar: b.wchar.saturating_sub(a.wchar),
    }
}

/// Start one clip in the app `pid` (its page in `app`) and weigh its status changes. The
/// simulator must keep it pending for several seconds (main.rs: `PENDING_SECS`).
pub async fn measure(
    app: &App,
    pid: u32,
    data_dir: &std::path::Path,
) -> Result<StatusWrites, String> {
    let params = json!({"model_slug": "veo31_fast", "prompt": "footprint: one status change",
                        "aspect_ratio": "16:9", "duration_seconds": 8});
    let answer: Value = app
        .client
        .execute_async(START, vec![params])
        .await
        .map_err(|e| format!("invoking generate in the page: {e}"))?;
    let id = answer["ids"][0]
        .as_str()
        .ok_or_else(|| format!("generate answered {answer}"))?
        .to_owned();
    // Created: its row is written; then quiet while the server keeps it pending.
    let (pending, seen) = settled(app, pid, &id, Duration::from_secs(10)).await;
    let wal = || {
        std::fs::metadata(data_dir.join("jobs.db-wal"))
            .map(|m| m.len())
            .unwrap_or(0)
    };
    let wal_before = wal();
    if seen.as_deref() != Some("pending") {
        return Err(format!(
            "the new clip was {seen:?} once its creation was saved, not pending (is the simulator's pending phase long enough?)"
        ));
    }
    until_status(app, &id, "processing", Duration::from_secs(60)).await?;
    let (processing, seen) = settled(app, pid, &id, Duration::from_secs(10)).await;
    let wal_growth = wal().checked_sub(wal_before).filter(|g| *g > 0);
    if seen.as_deref() != Some("processing") {
        return Err(format!(
            "the new clip was {seen:?} before its processing save settled (a longer render phase needed)"
        ));
    }
    until_status(app, &id, "completed", Duration::from_secs(120)).await?;
    // The clip is downloaded and its poster made after the status: the counter settles
    // once they are written.
    let (completed, _) = settled(app, pid, &id, Duration::from_secs(30)).await;
    let clip_bytes = saved_clip(data_dir, &id);
    Ok(StatusWrites {
        to_processing: delta(pending, processing),
        wal_growth,
        to_completed: delta(processing, completed),
        clip_bytes,
    })
}

/// The size of the clip the library index (`library.db`: job id → file) names for `id`,
/// and of its poster (`posters/<id>.jpg` in the data dir, as the engine makes them); 0 when
/// absent.
fn saved_clip(data_dir: &std::path::Path, id: &str) -> u64 {
    let Some(file) =
        ulazai_testkit::store::library_file(data_dir, id).map(std::path::PathBuf::from)
    else {
        return 0;
    };
    let size = |p: &std::path::Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    size(&file) + size(&data_dir.join("posters").join(format!("{id}.jpg")))
}
