//! The library index's entries (job id → entry): the clip's file, and its length once
//! probed; kept as rows of `library.db` (library/db.rs). The `library.json` of earlier
//! versions, read entry by entry when it moves in, held an entry as the file's path while
//! its length was unknown, else as `{"file": path, "seconds": 2.0}`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::store::json_file::Decoded;

/// One saved clip: its file, and its length in seconds once probed (so that it is not
/// probed again at every start).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Entry {
    pub file: PathBuf,
    pub seconds: Option<f64>,
}

/// An entry as `library.json` held it: `"path"` while its length is unknown (the form older
/// versions read and wrote), else `{"file": "path", "seconds": 2.0}` (the fuzz target and
/// the tests write such files; the app now keeps its index in `library.db`).
#[cfg(any(test, feature = "fuzzing"))]
pub(crate) fn encode_entry(e: &Entry) -> serde_json::Value {
    let file = e.file.to_string_lossy().into_owned();
    match e.seconds {
        None => serde_json::Value::String(file),
        Some(s) => serde_json::json!({ "file": file, "seconds": s }),
    }
}

fn decode_entry(json: &serde_json::Value) -> Option<Entry> {
    let (file, seconds) = match json {
        serde_json::Value::String(f) => (f.as_str(), None),
        serde_json::Value::Object(o) => (
            o.get("file")?.as_str()?,
            o.get("seconds")
                .and_then(serde_json::Value::as_f64)
                .filter(|s| s.is_finite() && *s > 0.0),
        ),
        _ => return None,
    };
    (!file.is_empty()).then(|| Entry {
        file: PathBuf::from(file),
        seconds,
    })
}

/// The index from JSON, entry by entry (an entry that is neither `"id": "path"` nor
/// `"id": {"file": "path", ...}` is left out).
pub(crate) fn decode_index(json: &serde_json::Value) -> Decoded<BTreeMap<String, Entry>> {
    let Some(entries) = json.as_object() else {
        return Decoded::Value(BTreeMap::new(), 1);
    };
    let mut index = BTreeMap::new();
    let mut dropped = 0;
    for (id, entry) in entries {
        match decode_entry(entry) {
            Some(e) => {
                index.insert(id.clone(), e);
            }
            None => dropped += 1,
        }
    }
    Decoded::Value(index, dropped)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by the `library_index` fuzz target: a length written with many digits read
    /// back one bit off after a save (serde_json's fast float parsing is not always the
    /// nearest double), so the index changed at every save.
    #[test]
    fn an_entry_saved_reads_back_equal() {
        let text = r#"{"a": {"file": "/v/a.mp4", "seconds": 7777777777777777777777777777777777777777777777777777777777777777777777777777777777777778.0}}"#;
        let read = |text: &str| match decode_index(&serde_json::from_str(text).unwrap()) {
            Decoded::Value(index, 0) => index,
            _ => panic!("{text}"),
        };
        let index = read(text);
        let saved: serde_json::Map<String, serde_json::Value> = index
            .iter()
            .map(|(id, e)| (id.clone(), encode_entry(e)))
            .collect();
        let again = read(&serde_json::to_string_pretty(&saved).unwrap());
        assert_eq!(again, index);
    }
}
