//! The status change's writes and issue 23's goals, met or missed by how much.

use super::appwrite::StatusWrites;
use super::report::{Case, UiSummary};
use ulazai_engine::validate::thousands;

/// (jobs, PSS ratio, start-up ratio) at most, against the empty window of the same run.
const RATIOS: [(usize, f64, f64); 2] = [(10_000, 1.35, 1.4), (100_000, 1.4, 1.5)];
/// From 10,000 to 100,000 jobs, PSS and start-up grow by less than this.
const GROWTH: f64 = 0.10;
/// One status change writes at most this many bytes (64 KB).
const WRITE_MAX: u64 = 64 * 1024;
/// A prompt search or a folder switch paints within this (ms).
const VIEW_MS: f64 = 100.0;

/// "met", or "MISSED by …" (`over`: how far past the goal, in the goal's unit).
fn verdict(ok: bool, over: String) -> String {
    if ok {
        "met".into()
    } else {
        format!("MISSED by {over}")
    }
}

/// The median try's figures (by `write_bytes` of the status change).
fn median(tries: &[StatusWrites]) -> Option<&StatusWrites> {
    let mut v: Vec<&StatusWrites> = tries.iter().collect();
    v.sort_by_key(|w| w.to_processing.write_bytes);
    v.get(v.len() / 2).copied()
}

pub fn writes(jobs: usize, tries: Option<&[StatusWrites]>) {
    let Some(tries) = tries else { return };
    println!();
    println!(
        "==> The running app's writes for one status change, {} clips in the library (/proc/PID/io of the app process)",
        thousands(jobs)
    );
    if tries.is_empty() {
        println!("  did not finish (the error is above)");
        return;
    }
    println!("| clip | pending → processing (nothing else changes): write_bytes (to the disk) | wchar (every write(), sockets too) | jobs.db-wal grew | processing → completed, with the clip and poster saved: write_bytes | the clip and poster |");
    println!("|---|---|---|---|---|---|");
    for (i, w) in tries.iter().enumerate() {
        println!(
            "| {} | {:.1} KB | {:.1} KB | {} | {:.1} KB | {:.1} KB |",
            i + 1,
            w.to_processing.write_bytes as f64 / 1024.0,
            w.to_processing.wchar as f64 / 1024.0,
            w.wal_growth
                .map_or("not (begun afresh)".into(), |g| format!(
                    "{:.1} KB, {} frames",
                    g as f64 / 1024.0,
                    g / 4120
                )),
            w.to_completed.write_bytes as f64 / 1024.0,
            w.clip_bytes as f64 / 1024.0
        );
    }
}

pub fn goals(cases: &[Case], ui: Option<UiSummary>, tries: Option<&[StatusWrites]>) {
    let Some(base) = cases.iter().find(|c| c.jobs.is_none()) else {
        return;
    };
    let (bp, bs) = (base.pss(), base.startup());
    let app = |n: usize| cases.iter().find(|c| c.jobs == Some(n));
    println!();
    println!("==> Issue 23's goals (ratios to the empty window of this run)");
    for (n, pss_goal, start_goal) in RATIOS {
        if let Some(c) = app(n) {
            let (p, s) = (c.pss() / bp, c.startup() / bs);
            println!(
                "  {} clips: PSS {p:.2}× (≤ {pss_goal}×: {}), start-up {s:.2}× (≤ {start_goal}×: {})",
                thousands(n),
                verdict(p <= pss_goal, format!("{:.2}×", p - pss_goal)),
                verdict(s <= start_goal, format!("{:.2}×", s - start_goal))
            );
        }
    }
    if let (Some(a), Some(b)) = (app(10_000), app(100_000)) {
        let gp = b.pss() / a.pss() - 1.0;
        let gs = b.startup() / a.startup() - 1.0;
        println!(
            "  10,000 → 100,000 clips: PSS +{:.0} % ({}), start-up +{:.0} % ({}) (goal: < {:.0} % each)",
            gp * 100.0,
            verdict(gp < GROWTH, format!("{:.0} points", (gp - GROWTH) * 100.0)),
            gs * 100.0,
            verdict(gs < GROWTH, format!("{:.0} points", (gs - GROWTH) * 100.0)),
            GROWTH * 100.0
        );
    }
    if let Some(w) = tries.and_then(median) {
        let b = w.to_processing.write_bytes;
        println!(
            "  one status change: {:.1} KB written, median of {} (≤ 64 KB: {})",
            b as f64 / 1024.0,
            tries.map_or(0, <[_]>::len),
            verdict(
                b <= WRITE_MAX,
                format!("{:.1} KB", (b - WRITE_MAX.min(b)) as f64 / 1024.0)
            )
        );
    }
    if let Some(ui) = ui {
        for (what, (ms, _)) in [("prompt search", ui.search), ("folder switch", ui.folder)] {
            println!(
                "  {what}: {ms:.0} ms to the frame painted (≤ {VIEW_MS:.0} ms: {})",
                verdict(ms <= VIEW_MS, format!("{:.0} ms", ms - VIEW_MS))
            );
        }
    }
}
