//! The app's files in its data folder, read as a test (or a person with an editor) would:
//! as JSON, not through the engine's types, so a test sees what is really on disk.

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;

/// The job store, `jobs.json`: `Null` while there is none or it does not parse (a save in
/// progress is written beside it and renamed, so a reader never sees half of one).
pub fn jobs_file(data_dir: &Path) -> Value {
    read_json(&data_dir.join("jobs.json"))
}

/// id → status of every job in the job store (empty while there is none).
pub fn stored_statuses(data_dir: &Path) -> HashMap<String, String> {
    stored_jobs(data_dir).into_iter().collect()
}

/// (id, status) of every job in the job store, in the store's order.
pub fn stored_jobs(data_dir: &Path) -> Vec<(String, String)> {
    jobs_file(data_dir)["jobs"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|j| {
            Some((
                j["id"].as_str()?.to_string(),
                j["status"].as_str().unwrap_or("").to_string(),
            ))
        })
        .collect()
}

/// The library's index, `library.json` (`Null` while there is none).
pub fn library_index(data_dir: &Path) -> Value {
    read_json(&data_dir.join("library.json"))
}

/// The file the library's index names for job `id`: an entry is the file's path, or
/// `{"file": path, "seconds": length}` once the clip's length is known.
pub fn library_file(data_dir: &Path, id: &str) -> Option<String> {
    let index = library_index(data_dir);
    let entry = &index[id];
    entry
        .as_str()
        .or_else(|| entry["file"].as_str())
        .map(str::to_string)
}

fn read_json(path: &Path) -> Value {
    std::fs::read(path)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or(Value::Null)
}
