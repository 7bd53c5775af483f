//! What the provider reported about a job (length, quality…), kept as its JSON text.
//!
//! The app shows it in the detail panel and reads one number from it (the clip's length);
//! nothing else looks inside. Held as a tree (`serde_json::Value`) it cost about 780 bytes
//! a job in memory (a map, its keys, its values); as text it costs its length, and a
//! library of 100,000 clips keeps every job in memory. Loading the job database also
//! skips building the tree.

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use serde_json::Value;

/// The provider's report as JSON text (any JSON value: the server's, kept as it came).
#[derive(Clone, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ProviderMeta(Box<RawValue>);

impl ProviderMeta {
    /// The report as JSON text.
    pub fn json(&self) -> &str {
        self.0.get()
    }

    /// The report as a tree.
    pub fn to_value(&self) -> Value {
        serde_json::from_str(self.json()).unwrap_or(Value::Null)
    }

    /// One field of the report (`None` when it is not an object or lacks the field), read
    /// from the text without building the rest of the tree or copying its keys (the grid's
    /// index asks every job for its length).
    pub fn get(&self, key: &str) -> Option<Value> {
        if !self.json().contains(key) {
            return None;
        }
        let mut de = serde_json::Deserializer::from_str(self.json());
        // Not an object: an error, so no field.
        serde::Deserializer::deserialize_map(&mut de, Field(key))
            .ok()
            .flatten()
    }
}

/// Reads an object, keeping the value of one key (the last, as a tree would).
struct Field<'k>(&'k str);

impl<'de> serde::de::Visitor<'de> for Field<'_> {
    type Value = Option<Value>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut found = None;
        while let Some(hit) = map.next_key_seed(Key(self.0))? {
            if hit {
                found = Some(map.next_value::<Value>()?);
            } else {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(found)
    }
}

/// A key, compared with the one wanted as it is read (unescaped, never copied out).
struct Key<'k>(&'k str);

impl<'de> serde::de::DeserializeSeed<'de> for Key<'_> {
    type Value = bool;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Key<'_> {
    type Value = bool;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a key")
    }

    fn visit_str<E>(self, key: &str) -> Result<bool, E> {
        Ok(key == self.0)
    }
}

impl From<&Value> for ProviderMeta {
    fn from(value: &Value) -> ProviderMeta {
        // `Value` always prints as valid JSON.
        ProviderMeta(RawValue::from_string(value.to_string()).expect("a JSON value's text"))
    }
}

impl From<Value> for ProviderMeta {
    fn from(value: Value) -> ProviderMeta {
        ProviderMeta::from(&value)
    }
}

/// Equal when they say the same: the same text, or texts that read as the same tree
/// (spacing or key order aside).
impl PartialEq for ProviderMeta {
    fn eq(&self, other: &ProviderMeta) -> bool {
        self.json() == other.json() || self.to_value() == other.to_value()
    }
}

impl std::fmt::Debug for ProviderMeta {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.json())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn it_reads_and_writes_the_same_json_as_the_tree_did() {
        let tree = json!({"effective_duration_seconds": 5, "resolution": "1280x720"});
        let meta = ProviderMeta::from(&tree);
        assert_eq!(serde_json::to_value(&meta).unwrap(), tree);
        let back: ProviderMeta =
            serde_json::from_str(&serde_json::to_string(&meta).unwrap()).unwrap();
        assert_eq!(back.to_value(), tree);
        // From a tree too (the JSON store's salvage and the IPC read values, not text).
        let from_tree: ProviderMeta = serde_json::from_value(tree.clone()).unwrap();
        assert_eq!(from_tree.to_value(), tree);
    }

    #[test]
    fn one_field_is_read_from_the_text() {
        let meta = ProviderMeta::from(json!({"fps": 24, "effective_duration_seconds": "5.5"}));
        assert_eq!(meta.get("effective_duration_seconds"), Some(json!("5.5")));
        assert_eq!(meta.get("fps"), Some(json!(24)));
        assert_eq!(meta.get("resolution"), None);
        // A value that names the key is not the key.
        let named = ProviderMeta::from(json!({"note": "effective_duration_seconds"}));
        assert_eq!(named.get("effective_duration_seconds"), None);
        assert_eq!(ProviderMeta::from(json!([1, 2])).get("fps"), None);
        assert_eq!(ProviderMeta::from(json!("fps")).get("fps"), None);
        // Keys with escapes are read unescaped; a repeated key: the last, as a tree keeps.
        let text: ProviderMeta =
            serde_json::from_str(r#"{"f\u0070s": 30, "x": {"fps": 1}, "fps": 25, "fps": 24}"#)
                .unwrap();
        assert_eq!(text.get("fps"), Some(json!(24)));
        assert_eq!(text.get("x"), Some(json!({"fps": 1})));
    }

    #[test]
    fn equal_when_the_same_tree_whatever_the_spacing() {
        let compact: ProviderMeta = serde_json::from_str(r#"{"a":1,"b":[2]}"#).unwrap();
        let spaced: ProviderMeta = serde_json::from_str(r#"{ "b" : [2], "a" : 1 }"#).unwrap();
        assert_eq!(compact, spaced);
        assert_ne!(compact, ProviderMeta::from(json!({"a": 2, "b": [2]})));
    }
}
