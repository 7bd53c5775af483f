//! The memory of a process and everything it started (a webview app is several processes:
//! the app, WebKitWebProcess, WebKitNetworkProcess): the tree is walked through
//! `/proc/PID/task/*/children`, and `Pss:` / `Rss:` are summed from each
//! `/proc/P/smaps_rollup`. PSS shares the libraries the processes have in common fairly
//! (RSS counts them once per process).

use std::collections::BTreeMap;

/// Kilobytes, as /proc reports them.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Mem {
    pub pss_kb: u64,
    pub rss_kb: u64,
}

impl std::ops::AddAssign for Mem {
    fn add_assign(&mut self, o: Mem) {
        self.pss_kb += o.pss_kb;
        self.rss_kb += o.rss_kb;
    }
}

/// The whole tree's memory, and the same split by process name.
#[derive(Debug, Clone, Default)]
pub struct TreeMem {
    pub total: Mem,
    pub by_name: BTreeMap<String, Mem>,
}

fn rollup(pid: u32) -> Option<Mem> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).ok()?;
    let field = |name: &str| {
        text.lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<u64>().ok())
    };
    Some(Mem {
        pss_kb: field("Pss:")?,
        rss_kb: field("Rss:")?,
    })
}

fn name(pid: u32) -> String {
    std::fs::read_to_string(format!("/proc/{pid}/comm"))
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|_| "?".into())
}

/// `root` and all its descendants.
pub fn tree(root: u32) -> TreeMem {
    let mut out = TreeMem::default();
    let mut todo = vec![root];
    while let Some(pid) = todo.pop() {
        if let Some(m) = rollup(pid) {
            out.total += m;
            *out.by_name.entry(name(pid)).or_default() += m;
        }
        todo.extend(ulazai_testkit::webdriver::children(pid));
    }
    out
}
