//! What the store's and the library index's benchmarks share (`#[path]`-included by each):
//! the sizes asked on the command line, the bytes the benchmark's own process writes
//! (`/proc/self/io`), and how times and files are printed.

use std::path::Path;
use std::time::{Duration, Instant};

/// The sizes given as arguments (numbers above 1), else `default`.
pub fn sizes(default: &[usize]) -> Vec<usize> {
    let asked: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .filter(|n| *n > 1)
        .collect();
    if asked.is_empty() {
        default.to_vec()
    } else {
        asked
    }
}

pub fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

/// A file's size, 0 when it is not there.
pub fn size_of(path: &Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

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
