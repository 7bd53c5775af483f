//! Bytes a benchmark's own process writes (`/proc/self/io`), shared by the store's and the
//! library index's benchmarks (`#[path]`-included by each).

use std::time::{Duration, Instant};

/// `(write_bytes, wchar)` of this process so far.
pub fn io() -> (u64, u64) {
    let text = std::fs::read_to_string("/proc/self/io").unwrap_or_default();
    let field = |name: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(name)?.trim().parse().ok())
            .unwrap_or(0)
    };
    (field("write_bytes:"), field("wchar:"))
}

/// Bytes written by `f` (`write_bytes`, or `wchar` when that stays 0: `true` then), and
/// its time.
pub fn written(f: impl FnOnce()) -> (u64, bool, Duration) {
    let before = io();
    let t = Instant::now();
    f();
    let took = t.elapsed();
    let after = io();
    let disk = after.0 - before.0;
    if disk > 0 {
        (disk, false, took)
    } else {
        (after.1 - before.1, true, took)
    }
}
