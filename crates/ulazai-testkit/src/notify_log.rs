//! The desktop test session's notification recorder (tests/harness/notify-recorder.py)
//! appends one JSON object per `Notify` call to the file named by `NOTIFY_LOG`. The log is
//! shared by every test of the session: a test looks only for records that name something
//! of its own (a prompt with a token, a job id).

use std::path::PathBuf;

use serde_json::Value;

/// The log's path; inside tests/harness/desktop-session.sh it is always set.
pub fn path() -> PathBuf {
    PathBuf::from(
        std::env::var_os("NOTIFY_LOG")
            .expect("NOTIFY_LOG is set inside tests/harness/desktop-session.sh"),
    )
}

/// Every notification recorded so far, oldest first (none while the file does not exist).
pub fn records() -> Vec<Value> {
    std::fs::read_to_string(path())
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

/// Whether a record's body contains `text`.
pub fn mentions(record: &Value, text: &str) -> bool {
    record["body"].as_str().is_some_and(|b| b.contains(text))
}

/// The records whose body contains `text`.
pub fn mentioning(text: &str) -> Vec<Value> {
    records()
        .into_iter()
        .filter(|r| mentions(r, text))
        .collect()
}
