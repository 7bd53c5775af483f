//! `make bench`: the footprint benchmark — memory and start-up of the app with
//! 0, 1,000 and 10,000 clips in its store, against an EMPTY Tauri 2 window
//! (examples/empty_window.rs: same Tauri, same features, same profile) measured in the same
//! run; the UI benchmark in the real webview (filters and scrolling at 10,000 cards); and
//! what persisting one status change costs with 10,000 jobs.
//!
//! - The stores are seeded by writing `jobs.json` / `library.json` into the app's data dir
//!   (`ULAZAI_STUDIO_DATA_DIR`), with every clip on disk (seed.rs). The app has its key in
//!   the session's Secret Service and talks to a simulator on loopback.
//! - Memory: PSS and RSS of the whole process tree (app + WebKit's web and network
//!   processes) once it has settled (procmem.rs). Start-up: WebDriver session request → the
//!   first frame painted with a card on it (the empty window: with its page) (launch.rs).
//! - Each case runs `FOOTPRINT_ROUNDS` times (default 3), the cases interleaved; the table
//!   shows medians.
//!
//! Runs inside tests/harness/desktop-session.sh (display, D-Bus, Secret Service). The
//! binaries measured are `FOOTPRINT_APP` and `FOOTPRINT_EMPTY` (default: the debug builds in
//! target/debug, which `make bench-footprint` builds first). Both are built with the SAME
//! profile in the same run, so the ratios compare like with like; the release profile (fat
//! LTO) takes 15-35 min to build on this machine and is not built for the benchmark. The
//! webview (WebKitGTK, most of the memory) is the system's either way.

mod launch;
mod persist;
mod procmem;
mod report;
mod seed;

use std::path::PathBuf;
use std::time::Duration;

use serde_json::Value;
use ulazai_sim::SimConfig;

use driver::Profile;
use report::{Case, Sample};
use ulazai_testkit::webdriver as driver;

const UI_BENCH: &str = include_str!("ui-bench.js");

fn binary(var: &str, default: &str) -> PathBuf {
    std::env::var_os(var)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(default))
}

fn main() {
    if !driver::e2e_available() {
        eprintln!("the footprint benchmark needs the desktop session: run it with `make bench`");
        std::process::exit(2);
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("a tokio runtime");
    if let Err(e) = rt.block_on(run()) {
        eprintln!("the footprint benchmark could not run: {e}");
        std::process::exit(1);
    }
}

async fn run() -> Result<(), String> {
    let app = binary("FOOTPRINT_APP", "target/debug/ulazai-studio");
    let empty = binary("FOOTPRINT_EMPTY", "target/debug/examples/empty_window");
    for b in [&app, &empty] {
        if !b.is_file() {
            return Err(format!(
                "{} is missing (make bench-footprint builds it)",
                b.display()
            ));
        }
    }
    let rounds: usize = std::env::var("FOOTPRINT_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let sizes: Vec<usize> = std::env::var("FOOTPRINT_JOBS")
        .ok()
        .map(|v| v.split(',').filter_map(|s| s.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![0, 1_000, 10_000]);
    let sim = ulazai_testkit::sim::start(SimConfig::default()).await;
    report::header(&app, &empty, rounds);

    let mut cases: Vec<Case> = std::iter::once(Case::empty())
        .chain(sizes.iter().map(|&n| Case::app(n)))
        .collect();
    let mut ui = None;
    for round in 0..rounds {
        for case in cases.iter_mut() {
            let profile = Profile::new(&format!("footprint-{}", case.jobs.unwrap_or(0)));
            let (bin, selector) = match case.jobs {
                None => (&empty, "body[data-ready='true']"),
                Some(n) => {
                    case.store_bytes = seed::write(&profile.data_dir, n, &sim.base_url())
                        .await?
                        .jobs_json_bytes;
                    profile.store_key(ulazai_sim::DEMO_KEY)?;
                    let sel = if n == 0 {
                        "[data-testid='empty-state']"
                    } else {
                        "[data-testid='job-card']"
                    };
                    (&app, sel)
                }
            };
            let run = launch::launch(bin, &profile, &sim.base_url(), selector).await?;
            if let Some(n) = case.jobs.filter(|n| *n > 0) {
                check_cards(&run.app, n).await?;
            }
            if std::env::var_os("FOOTPRINT_TRACE").is_some() {
                trace(&run.app).await;
                let shot = format!("footprint-{}", case.jobs.unwrap_or(0));
                let _ = run.app.screenshot(&shot).await; // tests/artifacts/screenshots/
            }
            eprintln!(
                "  round {}: {:<18} start-up {:>6.2} s, PSS {:>6.1} MB ({})",
                round + 1,
                case.name,
                run.startup.as_secs_f64(),
                run.mem.total.pss_kb as f64 / 1024.0,
                report::split(&run.mem)
            );
            let last_big = round + 1 == rounds && case.jobs == sizes.iter().max().copied();
            if last_big && case.jobs.unwrap_or(0) > 0 {
                // A UI benchmark that fails (or times out) is reported; the table still prints.
                ui = Some(ui_bench(&run.app).await.map_err(|e| {
                    eprintln!("  the UI benchmark did not finish: {e}");
                    e
                }));
            }
            case.samples.push(Sample {
                startup: run.startup,
                mem: run.mem,
            });
            let _ = run.pid;
            let _ = run.app.close().await;
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
    }
    report::table(&cases);
    match ui {
        Some(Ok(ui)) => report::ui(&ui),
        Some(Err(e)) => println!("\n==> UI in the real webview: did not finish ({e})"),
        None => {}
    }
    sim.shutdown();

    // Persisting one status change, with the store of the largest case.
    let big = sizes.iter().copied().max().unwrap_or(0).max(1_000);
    let psim = ulazai_testkit::sim::start(ulazai_testkit::sim::phases(10.0, 2.0, 10.0)).await;
    let mut figures = Vec::new();
    for n in [1_000, big] {
        let dir = Profile::new(&format!("footprint-persist-{n}"));
        figures.push(persist::measure(&psim, dir.data_dir.clone(), n).await?);
    }
    psim.shutdown();
    report::persist(&figures);
    Ok(())
}

/// The seeded store really is on screen: the grid counts every clip.
async fn check_cards(app: &driver::App, n: usize) -> Result<(), String> {
    let count = app
        .client
        .execute(
            "return document.querySelector(\"[data-testid='job-grid']\")?.dataset.visibleCount ?? null;",
            vec![],
        )
        .await
        .map_err(|e| e.to_string())?;
    let shown: usize = count.as_str().and_then(|s| s.parse().ok()).unwrap_or(0);
    if shown != n {
        return Err(format!("the grid shows {shown} clips, the store has {n}"));
    }
    Ok(())
}

/// `FOOTPRINT_TRACE=1`: where the start-up went, in the page's clock (ms after its time
/// origin): the document loaded, boot asked for the first state, the first jobs arrived.
async fn trace(app: &driver::App) {
    let v = app
        .client
        .execute(
            "const nav = performance.getEntriesByType('navigation')[0];
             return [`time origin ${performance.timeOrigin.toFixed(0)}`,
               `DOMContentLoaded ${nav ? nav.domContentLoadedEventEnd.toFixed(0) : '?'} ms`,
               `load ${nav ? nav.loadEventEnd.toFixed(0) : '?'} ms`,
               `response ${nav ? nav.responseEnd.toFixed(0) : '?'} ms`,
               ...performance.getEntriesByType('paint').map(m => `${m.name} ${m.startTime.toFixed(0)} ms`),
               ...performance.getEntriesByType('mark').map(m => `${m.name} ${m.startTime.toFixed(0)} ms`)];",
            vec![],
        )
        .await;
    eprintln!("  ipc: {v:?}");
}

async fn ui_bench(app: &driver::App) -> Result<Value, String> {
    let v = app
        .client
        .execute_async(UI_BENCH, vec![])
        .await
        .map_err(|e| format!("the UI benchmark: {e}"));
    let v = match v {
        Ok(v) => v,
        Err(e) => {
            let at = app
                .client
                .execute("return window.__uiBenchAt ?? null;", vec![])
                .await;
            return Err(format!("{e} (at: {at:?})"));
        }
    };
    if let Some(e) = v.get("error") {
        return Err(format!("the UI benchmark failed in the page: {e}"));
    }
    Ok(v)
}
