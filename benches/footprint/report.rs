//! The figures, printed as the README's tables (medians of the rounds; ratios to the empty
//! window of the same run).

use std::path::Path;
use std::time::Duration;

use serde_json::Value;

use super::persist::Figures;
use super::procmem::TreeMem;

pub struct Sample {
    pub startup: Duration,
    /// The session request → every job in the grid (the app with jobs).
    pub all_jobs: Option<Duration>,
    pub mem: TreeMem,
    /// At the first card painted, before the rest of the jobs reached the UI.
    pub first: TreeMem,
}

pub struct Case {
    pub name: String,
    /// `None`: the empty window.
    pub jobs: Option<usize>,
    /// The seeded `jobs.db`.
    pub store_bytes: u64,
    pub samples: Vec<Sample>,
}

impl Case {
    pub fn empty() -> Case {
        Case {
            name: "empty window".into(),
            jobs: None,
            store_bytes: 0,
            samples: Vec::new(),
        }
    }
    pub fn app(n: usize) -> Case {
        Case {
            name: format!("app, {} jobs", thousands(n)),
            jobs: Some(n),
            store_bytes: 0,
            samples: Vec::new(),
        }
    }
    fn median(&self, f: impl Fn(&Sample) -> f64) -> f64 {
        let mut v: Vec<f64> = self.samples.iter().map(f).collect();
        v.sort_by(|a, b| a.total_cmp(b));
        v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
    }
    pub fn pss(&self) -> f64 {
        self.median(|s| s.mem.total.pss_kb as f64 / 1024.0)
    }
    fn rss(&self) -> f64 {
        self.median(|s| s.mem.total.rss_kb as f64 / 1024.0)
    }
    pub fn startup(&self) -> f64 {
        self.median(|s| s.startup.as_secs_f64())
    }
    fn all_jobs(&self) -> Option<f64> {
        self.samples
            .iter()
            .any(|s| s.all_jobs.is_some())
            .then(|| self.median(|s| s.all_jobs.map_or(f64::NAN, |d| d.as_secs_f64())))
    }
}

use ulazai_engine::validate::thousands;

fn mb(path: &Path) -> String {
    std::fs::metadata(path)
        .map(|m| format!("{:.1} MB", m.len() as f64 / 1e6))
        .unwrap_or_else(|_| "?".into())
}

pub fn header(app: &Path, empty: &Path, rounds: usize, sizes: &[usize]) {
    let sizes: Vec<String> = sizes.iter().map(|n| thousands(*n)).collect();
    println!(
        "==> Footprint: the app with {} clips vs an empty Tauri window",
        sizes.join(" / ")
    );
    println!("    app:          {} ({})", app.display(), mb(app));
    println!("    empty window: {} ({})", empty.display(), mb(empty));
    println!("    {rounds} rounds, cases interleaved; medians. 1 MB = 2^20 bytes here (as /proc counts).");
    println!(
        "    Both binaries come from the same cargo profile in this run (by default `bench`: the"
    );
    println!("    release profile's optimisation without its fat LTO), so the ratios compare like");
    println!("    with like; the webview (WebKitGTK) is the system's either way.");
}

/// One library as seeded (once per run; every round starts from it).
pub fn seeded(n: usize, s: &super::seed::Seeded) {
    println!(
        "    seeded {} clips in {:.1} s: jobs.db {:.1} MB (as jobs.json: {:.1} MB), library.db {:.1} MB, the data dir {:.1} MB on disk",
        thousands(n),
        s.took.as_secs_f64(),
        s.db_bytes as f64 / 1e6,
        s.json_bytes as f64 / 1e6,
        s.library_bytes as f64 / 1e6,
        s.disk_bytes as f64 / 1e6
    );
}

pub fn table(cases: &[Case]) {
    let Some(base) = cases.iter().find(|c| c.jobs.is_none()) else {
        return;
    };
    let (bp, br, bs) = (base.pss(), base.rss(), base.startup());
    println!();
    println!("PSS: proportional set size of the process tree (app + WebKit's web and network processes), settled,");
    println!("every job in the grid; RSS: the same, shared pages counted in each process; start-up: the WebDriver");
    println!("session request → the first frame painted with a card (empty window: with its page); all jobs: the");
    println!("request → the first frame painted with every job in the grid's count (the engine's view answers the count).");
    println!();
    println!("| case | PSS | × empty | RSS | × empty | start-up | × empty | all jobs |");
    println!("|---|---|---|---|---|---|---|---|");
    for c in cases {
        println!(
            "| {} | {:.0} MB | {:.2} | {:.0} MB | {:.2} | {:.2} s | {:.2} | {} |",
            c.name,
            c.pss(),
            c.pss() / bp,
            c.rss(),
            c.rss() / br,
            c.startup(),
            c.startup() / bs,
            c.all_jobs()
                .map_or("–".to_string(), |s| format!("{s:.2} s"))
        );
    }
    // Where the memory is (median round's split by process name, PSS), and the tree at the
    // first card against settled: what the UI gathers after its first screenful.
    println!();
    for c in cases {
        let mut s: Vec<&Sample> = c.samples.iter().collect();
        s.sort_by_key(|s| s.mem.total.pss_kb);
        if let Some(m) = s.get(s.len() / 2) {
            let parts = split(&m.mem);
            let store = match c.jobs {
                Some(_) => format!(" (jobs.db {:.1} MB)", c.store_bytes as f64 / 1e6),
                None => String::new(),
            };
            println!("  {:<18} PSS by process: {parts}{store}", c.name);
            if c.jobs.is_some_and(|n| n > 0) {
                println!("  {:<18} at the first card: {}", "", split(&m.first));
            }
        }
    }
    // Growth per 1,000 jobs between consecutive sizes: flat when linear.
    let apps: Vec<&Case> = cases.iter().filter(|c| c.jobs.is_some()).collect();
    println!();
    for w in apps.windows(2) {
        let (a, b) = (w[0], w[1]);
        let k = (b.jobs.unwrap_or(0) - a.jobs.unwrap_or(0)) as f64 / 1000.0;
        if k > 0.0 {
            println!(
                "  {} → {} jobs: +{:.1} MB PSS and +{:.3} s start-up per 1,000 jobs",
                thousands(a.jobs.unwrap_or(0)),
                thousands(b.jobs.unwrap_or(0)),
                (b.pss() - a.pss()) / k,
                (b.startup() - a.startup()) / k
            );
        }
    }
}

/// PSS by process name, e.g. "WebKitWebProcess 180 MB, ulazai-studio 90 MB".
pub fn split(mem: &TreeMem) -> String {
    let parts: Vec<String> = mem
        .by_name
        .iter()
        .map(|(name, v)| format!("{name} {:.0} MB", v.pss_kb as f64 / 1024.0))
        .collect();
    parts.join(", ")
}

fn ms(v: &Value) -> String {
    v.as_f64()
        .map(|x| format!("{x:.1} ms"))
        .unwrap_or_else(|| "?".into())
}

/// Medians of the UI steps the goals name (ms to the frame painted), and how many tries.
pub struct UiSummary {
    pub folder: (f64, usize),
    pub search: (f64, usize),
}

fn median_of(v: &Value, kind: &str) -> (f64, usize) {
    let mut x: Vec<f64> = v["steps"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|s| s["kind"] == kind)
        .filter_map(|s| s["painted"].as_f64())
        .collect();
    x.sort_by(|a, b| a.total_cmp(b));
    (x.get(x.len() / 2).copied().unwrap_or(f64::NAN), x.len())
}

pub fn ui(v: &Value) -> UiSummary {
    println!();
    println!(
        "==> UI in the real webview (WebKitGTK via WebDriver), {} cards",
        thousands(v["visible"].as_u64().unwrap_or(0) as usize)
    );
    println!("| view change | work (→ DOM updated) | → frame painted | asked after | the engine's answer (IPC) | applied in the page | every card in the page | shown | cards in DOM |");
    println!("|---|---|---|---|---|---|---|---|---|");
    for s in v["steps"].as_array().into_iter().flatten() {
        let split = &s["split"];
        // A view of more cards than its first answer holds: its rest came after the paint.
        let whole = if s["whole"].is_null() {
            "with the first answer".to_string()
        } else {
            ms(&s["whole"])
        };
        println!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            s["name"].as_str().unwrap_or("?"),
            ms(&s["work"]),
            ms(&s["painted"]),
            ms(&split["asked"]),
            ms(&split["ipc"]),
            ms(&split["apply"]),
            whole,
            s["shown"].as_str().unwrap_or("?"),
            s["cards"]
        );
    }
    let summary = UiSummary {
        folder: median_of(v, "folder"),
        search: median_of(v, "search"),
    };
    println!(
        "  folder switch (a click in the sidebar → the frame painted), median of {}: {:.1} ms",
        summary.folder.1, summary.folder.0
    );
    println!(
        "  prompt search (the word typed → the frame painted with the result), median of {}: {:.1} ms",
        summary.search.1, summary.search.0
    );
    let sc = &v["scroll"];
    println!(
        "  scrolling, one step a frame for {} frames: frame interval median {}, p95 {}, max {}; {} frames over 33 ms; {} cards in the DOM",
        sc["frames"],
        ms(&sc["median"]),
        ms(&sc["p95"]),
        ms(&sc["max"]),
        sc["over33"],
        sc["cardsInDom"]
    );
    let nu = &v["nudge"];
    println!(
        "  the same 2 px a frame ({} frames, no row enters or leaves: the webview's own cost of a scrolled frame): median {}, p95 {}",
        nu["frames"],
        ms(&nu["median"]),
        ms(&nu["p95"])
    );
    println!(
        "  at rest after the jumps: {} media players, {} posters on screen",
        v["players"], v["posters"]
    );
    for j in v["jumps"].as_array().into_iter().flatten() {
        println!(
            "  jump to the {}: {} to the frame painted ({} cards in the DOM)",
            j["name"].as_str().unwrap_or("?"),
            ms(&j["painted"]),
            j["cards"]
        );
    }
    summary
}

pub fn persist(figures: &[Figures]) {
    println!();
    println!("==> Persisting one status change (the engine's debounced saver, jobs.db: the rows that changed)");
    println!("| jobs in the store | write after one status change | bytes written | copy of the store for it | job events → writes during one render |");
    println!("|---|---|---|---|---|");
    for f in figures {
        println!(
            "| {} | {:.1} ms | {:.1} KB | {:.1} ms | {} → {} |",
            thousands(f.jobs),
            f.one_change.took.as_secs_f64() * 1e3,
            f.one_change.bytes as f64 / 1e3,
            f.snapshot_copy.as_secs_f64() * 1e3,
            f.job_events,
            f.writes
        );
    }
    println!();
    println!("| jobs in the store | engine start (reads jobs.db) | the engine's heap at rest (malloc in use) | library.db opened | its heap | every job as one IPC answer (collect + JSON) | its size |");
    println!("|---|---|---|---|---|---|---|");
    for f in figures {
        println!(
            "| {} | {:.0} ms | {} | {:.0} ms | {:.0} MB | {:.0} ms | {:.1} MB |",
            thousands(f.jobs),
            f.start.as_secs_f64() * 1e3,
            f.engine_heap.map_or("never at rest".into(), |b| format!(
                "{:.0} MB",
                b as f64 / 1048576.0
            )),
            f.library_open.0.as_secs_f64() * 1e3,
            f.library_open.1 as f64 / 1048576.0,
            f.list_all.0.as_secs_f64() * 1e3,
            f.list_all.1 as f64 / 1e6
        );
    }
}
