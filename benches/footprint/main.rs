//! `make bench`: the footprint benchmark — memory and start-up of the app with
//! 0, 1,000, 10,000 and 100,000 clips in its library, against an EMPTY Tauri 2 window
//! (examples/empty_window.rs: same Tauri, same features, same profile) measured in the same
//! run; the UI in the real webview at the largest size (folder switches, prompt searches,
//! filters, scrolling); what the running app writes to disk for one status change there
//! (appwrite.rs); and what persisting costs the engine in-process (persist.rs).
//!
//! - Each library is seeded once (seed.rs: `jobs.db` through the engine's own database
//!   code, closed cleanly; `library.db` through the library's; every clip and poster on
//!   disk as hard links)
//!   into a profile the app then starts from in every round. Before each round the profile
//!   is put back as seeded (`jobs.db` copied back, anything the app added at the top of its
//!   data dir removed): the app ends each round killed with its WebDriver, which leaves the
//!   database without its clean-close mark, and a start from there checks the whole file
//!   first — not the start measured here. The app has its key in the session's Secret
//!   Service and talks to a simulator on loopback.
//! - Memory: PSS and RSS of the whole process tree (app + WebKit's web and network
//!   processes) once every job is in the grid and it has settled (procmem.rs). Start-up:
//!   WebDriver session request → the first frame painted with a card on it (the empty
//!   window: with its page) (launch.rs); beside it, the request → every job in the grid.
//! - Each case runs `FOOTPRINT_ROUNDS` times (default 3), the cases interleaved; the table
//!   shows medians. `FOOTPRINT_JOBS` (e.g. `0,1000`) replaces the sizes.
//!
//! Runs inside tests/harness/desktop-session.sh (display, D-Bus, Secret Service). The
//! binaries measured are `FOOTPRINT_APP` and `FOOTPRINT_EMPTY` (default: the optimised builds
//! in target/release that `make bench-footprint` builds first with the `bench` profile: the
//! release profile's optimisation without its fat LTO, which takes 15-35 min to build on
//! this machine). Both are built with the SAME profile in the same run, so the ratios
//! compare like with like. The webview (WebKitGTK, most of the memory) is the system's
//! either way.

mod appwrite;
mod goals;
mod launch;
mod persist;
mod procmem;
mod report;
mod seed;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::time::Duration;

use serde_json::Value;

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
    let app = binary("FOOTPRINT_APP", "target/release/ulazai-studio");
    let empty = binary("FOOTPRINT_EMPTY", "target/release/examples/empty_window");
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
        .unwrap_or_else(|| vec![0, 1_000, 10_000, 100_000]);
    let sim =
        ulazai_testkit::sim::start(ulazai_testkit::sim::phases(1.0, PENDING_SECS, RENDER_SECS))
            .await;
    report::header(&app, &empty, rounds, &sizes);

    let mut libraries = BTreeMap::new();
    for &n in &sizes {
        let lib = Seeded::new(n, &sim.base_url()).await?;
        report::seeded(n, &lib.seeded);
        libraries.insert(n, lib);
    }
    let mut cases: Vec<Case> = std::iter::once(Case::empty())
        .chain(sizes.iter().map(|&n| Case::app(n)))
        .collect();
    let biggest = sizes.iter().copied().max().filter(|n| *n > 0);
    let mut ui = None;
    let mut writes = None;
    for round in 0..rounds {
        for case in cases.iter_mut() {
            let fresh;
            let (bin, profile, selector) = match case.jobs {
                None => {
                    fresh = Profile::new("footprint-empty");
                    (&empty, &fresh, "body[data-ready='true']")
                }
                Some(n) => {
                    let lib = &libraries[&n];
                    lib.restore()?;
                    case.store_bytes = lib.seeded.db_bytes;
                    let sel = if n == 0 {
                        "[data-testid='empty-state']"
                    } else {
                        "[data-testid='job-card']"
                    };
                    (&app, &lib.profile, sel)
                }
            };
            let run = launch::launch(bin, profile, &sim.base_url(), selector, case.jobs).await?;
            if let Some(n) = case.jobs.filter(|n| *n > 0) {
                check_cards(&run.app, n).await?;
            }
            if std::env::var_os("FOOTPRINT_TRACE").is_some() {
                trace(&run.app).await;
                let shot = format!("footprint-{}", case.jobs.unwrap_or(0));
                let _ = run.app.screenshot(&shot).await; // tests/artifacts/screenshots/
            }
            eprintln!(
                "  round {}: {:<18} start-up {:>6.2} s{}, PSS {:>6.1} MB ({})",
                round + 1,
                case.name,
                run.startup.as_secs_f64(),
                run.all_jobs
                    .map(|d| format!(" (all jobs {:.2} s)", d.as_secs_f64()))
                    .unwrap_or_default(),
                run.mem.total.pss_kb as f64 / 1024.0,
                report::split(&run.mem)
            );
            if round + 1 == rounds && case.jobs.is_some() && case.jobs == biggest {
                // A UI benchmark that fails (or times out) is reported; the table still prints.
                ui = Some(ui_bench(&run.app).await.map_err(|e| {
                    eprintln!("  the UI benchmark did not finish: {e}");
                    e
                }));
                // Last: it adds clips to this profile (not used again in this run).
                let mut tries = Vec::new();
                for _ in 0..WRITE_TRIES {
                    match appwrite::measure(&run.app, run.pid, &profile.data_dir).await {
                        Ok(w) => tries.push(w),
                        Err(e) => {
                            eprintln!("  the status-change write did not finish: {e}");
                            break;
                        }
                    }
                }
                writes = Some(tries);
            }
            case.samples.push(Sample {
                startup: run.startup,
                all_jobs: run.all_jobs,
                mem: run.mem,
                first: run.first,
            });
            let _ = run.app.close().await;
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
    }
    report::table(&cases);
    let ui = ui.map(|r| r.map(|v| report::ui(&v)));
    if let Some(Err(e)) = &ui {
        println!("\n==> UI in the real webview: did not finish ({e})");
    }
    goals::writes(biggest.unwrap_or(0), writes.as_deref());
    goals::goals(&cases, ui.and_then(Result::ok), writes.as_deref());
    sim.shutdown();
    drop(libraries);

    // Persisting one status change in-process, with the store of the largest case.
    let big = biggest.unwrap_or(0).max(1_000);
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

/// How long the simulator keeps a new clip pending and then rendering (seconds, real
/// time): long enough for appwrite.rs to read the app's write counter settled in each.
const PENDING_SECS: f64 = 8.0;
const RENDER_SECS: f64 = 20.0;
/// Clips started one after another to weigh a status change (the table gives each, the
/// goal the median): a save now and then carries more (a WAL checkpoint, another row).
const WRITE_TRIES: usize = 3;

/// The databases a round puts back as seeded.
const PRISTINE: [&str; 2] = ["jobs.db", ulazai_engine::library::INDEX_FILE];

/// A library seeded once, and what a round puts back before the app starts from it.
struct Seeded {
    profile: Profile,
    /// The seeded `jobs.db` and `library.db`, kept outside the profile.
    pristine: Profile,
    /// The data dir's top-level entries as seeded.
    entries: BTreeSet<std::ffi::OsString>,
    seeded: seed::Seeded,
}

impl Seeded {
    async fn new(n: usize, base_url: &str) -> Result<Seeded, String> {
        let profile = Profile::new(&format!("footprint-{n}"));
        let seeded = seed::write(&profile.data_dir, n, base_url).await?;
        profile.store_key(ulazai_sim::DEMO_KEY)?;
        let pristine = Profile::new(&format!("footprint-{n}-seeded"));
        for db in PRISTINE {
            std::fs::copy(profile.data_dir.join(db), pristine.data_dir.join(db))
                .map_err(|e| format!("keeping the seeded {db}: {e}"))?;
        }
        let entries = top_level(&profile.data_dir)?;
        Ok(Seeded {
            profile,
            pristine,
            entries,
            seeded,
        })
    }

    /// The profile as seeded: `jobs.db` and `library.db` copied back (their WAL and
    /// shared-memory files removed), and whatever the app added at the top of its data dir
    /// removed.
    fn restore(&self) -> Result<(), String> {
        let dir = &self.profile.data_dir;
        for name in top_level(dir)?.difference(&self.entries) {
            let path = dir.join(name);
            let gone = if path.is_dir() {
                std::fs::remove_dir_all(&path)
            } else {
                std::fs::remove_file(&path)
            };
            gone.map_err(|e| format!("{}: {e}", path.display()))?;
        }
        for db in PRISTINE {
            std::fs::copy(self.pristine.data_dir.join(db), dir.join(db))
                .map_err(|e| format!("restoring {db}: {e}"))?;
        }
        Ok(())
    }
}

fn top_level(dir: &std::path::Path) -> Result<BTreeSet<std::ffi::OsString>, String> {
    Ok(std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.file_name())
        .collect())
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
