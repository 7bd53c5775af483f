//! Lenient readers for the wire structs: each accepts any JSON value and never fails. A
//! number sent as `100.0` or `"100"` reads as 100; a value of the wrong kind reads as
//! "missing".
use serde_json::Value;

/// Lenient readers: they accept any JSON value and never fail.
pub(super) mod de {
    use serde::{Deserialize, Deserializer};
    use serde_json::Value;

    pub fn string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
        Ok(super::lenient_string(&Value::deserialize(d)?))
    }
    pub fn strings<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
        Ok(match Value::deserialize(d)? {
            Value::Array(a) => a.iter().filter_map(item_name).collect(),
            other => super::lenient_string(&other).into_iter().collect(),
        })
    }
    pub fn uint<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
        Ok(super::lenient_u32(&Value::deserialize(d)?))
    }
    pub fn uints<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u32>, D::Error> {
        Ok(match Value::deserialize(d)? {
            Value::Array(a) => a.iter().filter_map(super::lenient_u32).collect(),
            Value::Object(o) => ["min", "max"]
                .iter()
                .filter_map(|k| o.get(*k).and_then(super::lenient_u32))
                .collect(),
            other => super::lenient_u32(&other).into_iter().collect(),
        })
    }
    pub fn boolean<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
        Ok(match Value::deserialize(d)? {
            Value::Bool(b) => Some(b),
            Value::Number(n) => n.as_f64().map(|f| f != 0.0),
            Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
                "true" | "yes" | "1" => Some(true),
                "false" | "no" | "0" => Some(false),
                _ => None,
            },
            _ => None,
        })
    }
    pub fn value<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Value>, D::Error> {
        Ok(match Value::deserialize(d)? {
            Value::Null => None,
            v => Some(v),
        })
    }
    /// RFC 3339 text as sent; a Unix timestamp (seconds) is converted.
    pub fn time<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
        Ok(match Value::deserialize(d)? {
            Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Value::Number(n) => n
                .as_f64()
                .and_then(|f| chrono::DateTime::from_timestamp(f as i64, 0))
                .map(|t| t.to_rfc3339()),
            _ => None,
        })
    }
    /// A list item: a string, or an object naming itself by `slug`/`id`/`value`/`name`.
    fn item_name(v: &Value) -> Option<String> {
        match v {
            Value::Object(o) => ["slug", "id", "value", "mode", "name"]
                .iter()
                .find_map(|k| o.get(*k).and_then(super::lenient_string)),
            other => super::lenient_string(other),
        }
    }
}

pub(crate) fn lenient_string(v: &Value) -> Option<String> {
    match v {
        Value::String(s) if !s.trim().is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// 100, 100.0, "100", "8s" → Some; negatives, fractions of nothing, junk → None.
pub(crate) fn lenient_u32(v: &Value) -> Option<u32> {
    let f = match v {
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                return u32::try_from(u).ok();
            }
            n.as_f64()?
        }
        Value::String(s) => {
            let t = s.trim().trim_end_matches(['s', 'S']).trim();
            if let Ok(u) = t.parse::<u32>() {
                return Some(u);
            }
            t.parse::<f64>().ok()?
        }
        _ => return None,
    };
    (f.is_finite() && f >= 0.0 && f <= f64::from(u32::MAX)).then(|| f.round() as u32)
}
