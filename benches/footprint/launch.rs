//! One launch of a window under WebDriver, measured: start-up (the WebDriver session
//! request → the first frame painted after the awaited element exists, timed in the page
//! against the same wall clock), for the app the time until its grid holds every job (the
//! UI asks for the first screenful, then the rest in pages), and the memory of the process
//! tree once that is done and it has settled.

use std::path::Path;
use std::time::{Duration, Instant, UNIX_EPOCH};

use serde_json::json;

use super::driver::{process_of, App, Profile};
use super::procmem::{self, TreeMem};

/// What one launch measured.
pub struct Launched {
    pub app: App,
    pub pid: u32,
    pub startup: Duration,
    /// The session request → the first frame painted with every job in the grid's count.
    pub all_jobs: Option<Duration>,
    pub mem: TreeMem,
    /// The tree at the first card painted (not settled).
    pub first: TreeMem,
}

/// Resolves at the first frame painted once the grid counts `arguments[0]` clips.
const ALL_JOBS: &str = "const [n, done] = [arguments[0], arguments[arguments.length - 1]];
  const check = () => {
    const count = document.querySelector(\"[data-testid='job-grid']\")?.dataset.visibleCount;
    if (Number(count) !== n) return requestAnimationFrame(check);
    requestAnimationFrame(() => setTimeout(() => done(performance.timeOrigin + performance.now()), 0));
  };
  check();";

/// Resolves, in the page, once `selector` matches: at the first frame painted after that
/// (requestAnimationFrame, then a task: the frame has been painted by then), with the
/// page's wall-clock time in ms. The page polls every frame, so no WebDriver round trip
/// sits between the element appearing and the clock reading.
const PAINTED: &str = "const [sel, done] = [arguments[0], arguments[arguments.length - 1]];
  const check = () => {
    if (!document.querySelector(sel)) return requestAnimationFrame(check);
    window.__footprintMatched = performance.now();
    requestAnimationFrame(() => setTimeout(() => done(performance.timeOrigin + performance.now()), 0));
  };
  check();";

/// Memory is sampled every second until three samples in a row are within 1 MB, for at
/// most this long after the first paint.
const SETTLE_MAX: Duration = Duration::from_secs(40);

/// Start `binary` for `profile`, wait for `selector` painted (and, with `jobs`, for that
/// many jobs in the grid), let it settle, measure.
pub async fn launch(
    binary: &Path,
    profile: &Profile,
    base_url: &str,
    selector: &str,
    jobs: Option<usize>,
) -> Result<Launched, String> {
    let (app, requested) = App::start_session(binary, profile, base_url, &[])
        .await
        .map_err(|e| format!("{}: {e}", binary.display()))?;
    app.client
        .update_timeouts(fantoccini::wd::TimeoutConfiguration::new(
            Some(Duration::from_secs(120)),
            None,
            None,
        ))
        .await
        .map_err(|e| e.to_string())?;
    let painted = app
        .client
        .execute_async(PAINTED, vec![json!(selector)])
        .await
        .map_err(|e| format!("waiting for `{selector}`: {e}"))?
        .as_f64()
        .ok_or("the page answered no time")?;
    let requested_ms = requested
        .duration_since(UNIX_EPOCH)
        .map_err(|e| e.to_string())?
        .as_secs_f64()
        * 1000.0;
    let startup = Duration::from_secs_f64(((painted - requested_ms) / 1000.0).max(0.0));
    if std::env::var_os("FOOTPRINT_TRACE").is_some() {
        let page = app
            .client
            .execute(
                "return [performance.timeOrigin, window.__footprintMatched ?? null];",
                vec![],
            )
            .await
            .unwrap_or_default();
        let origin = page[0].as_f64().unwrap_or(f64::NAN) - requested_ms;
        eprintln!(
            "  trace: page time origin {origin:.0} ms after the session request; `{selector}` found at {} ms, painted at {:.0} ms (page clock)",
            page[1],
            painted - page[0].as_f64().unwrap_or(f64::NAN)
        );
        for (at, what) in log_marks(&profile.data_dir) {
            eprintln!(
                "  trace: {:>5.0} ms after the session request, the app's log: {what}",
                at - requested_ms
            );
        }
    }
    let pid = process_of(binary, &profile.data_dir).ok_or("the window's process was not found")?;
    // The tree as the first card is painted: the UI holds the first page of jobs only.
    let first = procmem::tree(pid);
    let all_jobs = match jobs.filter(|n| *n > 0) {
        Some(n) => {
            let at = app
                .client
                .execute_async(ALL_JOBS, vec![json!(n)])
                .await
                .map_err(|e| format!("waiting for {n} jobs in the grid: {e}"))?
                .as_f64()
                .ok_or("the page answered no time")?;
            Some(Duration::from_secs_f64(
                ((at - requested_ms) / 1000.0).max(0.0),
            ))
        }
        None => None,
    };
    let mem = settle(pid).await;
    Ok(Launched {
        app,
        pid,
        startup,
        all_jobs,
        mem,
        first,
    })
}

/// The tree's memory once it stops moving.
pub async fn settle(pid: u32) -> TreeMem {
    let until = Instant::now() + SETTLE_MAX;
    let mut last: Vec<TreeMem> = Vec::new();
    loop {
        tokio::time::sleep(Duration::from_secs(1)).await;
        last.push(procmem::tree(pid));
        if last.len() >= 3 {
            let window = &last[last.len() - 3..];
            let (lo, hi) = window.iter().fold((u64::MAX, 0), |(lo, hi), m| {
                (lo.min(m.total.pss_kb), hi.max(m.total.pss_kb))
            });
            if hi - lo <= 1024 || Instant::now() > until {
                return last.pop().unwrap_or_default();
            }
        }
    }
}

/// The app's start-up marks in its log (`logs/ulazai-studio.log` in its data dir, from
/// setup to the grid's index; the empty window keeps no log), each with its wall-clock
/// time in Unix ms.
fn log_marks(data_dir: &Path) -> Vec<(f64, String)> {
    const MARKS: [&str; 6] = [
        "starting",
        "the setup is done",
        "the engine starts",
        "the job library is read",
        "the engine is running",
        "the grid's index is built",
    ];
    let Ok(log) = std::fs::read_to_string(data_dir.join("logs").join("ulazai-studio.log")) else {
        return Vec::new();
    };
    log.lines()
        .filter(|l| MARKS.iter().any(|m| l.contains(m)))
        .filter_map(|l| {
            let (stamp, rest) = l.split_once(char::is_whitespace)?;
            let at = chrono::DateTime::parse_from_rfc3339(stamp).ok()?;
            Some((
                at.timestamp_micros() as f64 / 1000.0,
                rest.trim().to_string(),
            ))
        })
        .collect()
}
