//! Request counters and the bounded request log behind `GET /_sim/stats`.

use std::collections::{BTreeMap, VecDeque};

use serde::{Deserialize, Serialize};

/// Most recent log entries kept.
pub const LOG_CAPACITY: usize = 200_000;

/// Endpoint names used as counter keys (always present, possibly 0).
pub const ENDPOINTS: &[&str] = &[
    "generate",
    "status",
    "history",
    "models",
    "login",
    "folders",
    "merge",
    "media",
    "session_page",
];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RequestRecord {
    pub seq: u64,
    pub endpoint: String,
    pub method: String,
    pub path: String,
    /// Job the request was about (generate: the created ids, comma-separated).
    pub job_id: Option<String>,
    /// HTTP status sent; 0 when the connection was deliberately aborted.
    pub status: u16,
    /// Real milliseconds since the simulator started (request arrival).
    pub real_ms: f64,
    /// Sim-clock seconds since the simulator started (request arrival).
    pub sim_secs: f64,
    /// The `Authorization` the request carried, its key masked (`Bearer ulazai_live_…0000`).
    #[serde(default)]
    pub auth: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Stats {
    pub requests: BTreeMap<String, u64>,
    pub log: Vec<RequestRecord>,
}

#[derive(Debug)]
pub struct StatsState {
    requests: BTreeMap<String, u64>,
    log: VecDeque<RequestRecord>,
    next_seq: u64,
}

impl Default for StatsState {
    fn default() -> Self {
        StatsState {
            requests: ENDPOINTS.iter().map(|e| (e.to_string(), 0)).collect(),
            log: VecDeque::new(),
            next_seq: 1,
        }
    }
}

impl StatsState {
    pub fn record(&mut self, mut rec: RequestRecord) {
        *self.requests.entry(rec.endpoint.clone()).or_insert(0) += 1;
        rec.seq = self.next_seq;
        self.next_seq += 1;
        if self.log.len() >= LOG_CAPACITY {
            self.log.pop_front();
        }
        self.log.push_back(rec);
    }

    pub fn snapshot(&self) -> Stats {
        Stats {
            requests: self.requests.clone(),
            log: self.log.iter().cloned().collect(),
        }
    }

    pub fn reset(&mut self) {
        *self = StatsState::default();
    }
}
