//! What can still be read of a damaged JSON file (cut short, or with flipped bytes): the
//! well-formed part before the damage, item by item.
//!
//! [`salvage`] keeps, of the top-level object (or array), every member that is whole; the
//! member in which the damage lies is itself read item by item (a list of jobs keeps the
//! jobs before the damage, a settings object keeps the fields before it); the items of
//! that member are taken whole or not at all (never a job with half its fields). Reading
//! stops at the damage: what follows cannot be told apart from garbage.
//!
//! [`decode_fields`] and [`decode_items`] then turn a (salvaged or well-formed) JSON value
//! into typed data one field / one item at a time, so that one wrongly typed entry costs
//! that entry, not the file.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

/// Containers at a depth below this are read item by item when damaged; deeper ones are
/// taken whole or not at all. 0: the top level, 1: its members (a list, an object).
const DESCEND_BELOW: usize = 2;

/// The readable part of `bytes`: `None` when not even the top-level object or array
/// starts well.
pub fn salvage(bytes: &[u8]) -> Option<Value> {
    let mut p = Parser { b: bytes, i: 0 };
    p.ws();
    match p.peek() {
        Some(b'{' | b'[') => p.value(0),
        _ => None,
    }
}

struct Parser<'a> {
    b: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.i += 1;
        }
    }

    /// One whole, well-formed value at the cursor (advancing past it), or `None` (the
    /// cursor is then unchanged).
    fn whole(&mut self) -> Option<Value> {
        let mut stream =
            serde_json::Deserializer::from_slice(&self.b[self.i..]).into_iter::<Value>();
        match stream.next() {
            Some(Ok(v)) => {
                self.i += stream.byte_offset();
                Some(v)
            }
            _ => None,
        }
    }

    /// A value at `depth`: whole if it is well-formed, else (a container shallow enough)
    /// its items up to the damage. After a partial container the cursor is at the damage.
    fn value(&mut self, depth: usize) -> Option<Value> {
        if let Some(v) = self.whole() {
            return Some(v);
        }
        if depth >= DESCEND_BELOW {
            return None;
        }
        match self.peek() {
            Some(b'[') => {
                self.i += 1;
                let mut items = Vec::new();
                self.items(|p| {
                    let v = p.value(depth + 1)?;
                    items.push(v);
                    Some(())
                });
                Some(Value::Array(items))
            }
            Some(b'{') => {
                self.i += 1;
                let mut members = Map::new();
                self.items(|p| {
                    let Some(Value::String(key)) = p.whole() else {
                        return None;
                    };
                    p.ws();
                    (p.peek() == Some(b':')).then_some(())?;
                    p.i += 1;
                    p.ws();
                    let v = p.value(depth + 1)?;
                    members.insert(key, v);
                    Some(())
                });
                Some(Value::Object(members))
            }
            _ => None,
        }
    }

    /// `item, item, ...` up to the closing bracket or the first damage.
    fn items(&mut self, mut item: impl FnMut(&mut Self) -> Option<()>) {
        loop {
            self.ws();
            if matches!(self.peek(), Some(b']' | b'}') | None) {
                return;
            }
            let start = self.i;
            if item(self).is_none() {
                return;
            }
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                _ => return,
            }
            if self.i == start {
                return;
            }
        }
    }
}

/// `T` from the members of `value` that fit: each member is tried on top of the defaults,
/// one at a time; a member of the wrong type is left out (and counted). Members `T` does
/// not know are ignored as usual. Answers the value and how many members were left out.
pub fn decode_fields<T: Serialize + DeserializeOwned + Default>(value: &Value) -> (T, usize) {
    let Some(given) = value.as_object() else {
        return (T::default(), usize::from(!value.is_null()));
    };
    let Ok(Value::Object(mut merged)) = serde_json::to_value(T::default()) else {
        return (T::default(), given.len());
    };
    let mut dropped = 0;
    for (k, v) in given {
        let mut trial = merged.clone();
        trial.insert(k.clone(), v.clone());
        if serde_json::from_value::<T>(Value::Object(trial.clone())).is_ok() {
            merged = trial;
        } else {
            dropped += 1;
        }
    }
    match serde_json::from_value(Value::Object(merged)) {
        Ok(t) => (t, dropped),
        Err(_) => (T::default(), given.len()),
    }
}

/// The items of a JSON array that read as `T`, in order, and how many did not (a value
/// that is not an array counts as one).
pub fn decode_items<T: DeserializeOwned>(value: Option<&Value>) -> (Vec<T>, usize) {
    match value {
        None | Some(Value::Null) => (Vec::new(), 0),
        Some(Value::Array(items)) => {
            let mut out = Vec::with_capacity(items.len());
            let mut dropped = 0;
            for item in items {
                match serde_json::from_value(item.clone()) {
                    Ok(t) => out.push(t),
                    Err(_) => dropped += 1,
                }
            }
            (out, dropped)
        }
        Some(_) => (Vec::new(), 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_cut_list_keeps_its_whole_items() {
        let text = br#"{"version": 1, "jobs": [{"id": "a"}, {"id": "b"}, {"id": "c", "pro"#;
        assert_eq!(
            salvage(text),
            Some(json!({"version": 1, "jobs": [{"id": "a"}, {"id": "b"}]}))
        );
    }

    #[test]
    fn a_damaged_member_ends_the_reading() {
        let text = br#"{"a": [1, 2, x3], "b": 4}"#;
        assert_eq!(salvage(text), Some(json!({"a": [1, 2]})));
        assert_eq!(salvage(b"nonsense"), None);
        assert_eq!(salvage(b""), None);
        assert_eq!(salvage(b"{"), Some(json!({})));
    }

    #[test]
    fn deep_items_are_whole_or_nothing() {
        let text = br#"{"jobs": [{"id": "a", "x": [1, 2]}, {"id": "b", "x": [1, "#;
        assert_eq!(
            salvage(text),
            Some(json!({"jobs": [{"id": "a", "x": [1, 2]}]}))
        );
    }

    #[derive(Debug, Default, PartialEq, Serialize, serde::Deserialize)]
    #[serde(default)]
    struct S {
        on: bool,
        name: String,
    }

    #[test]
    fn wrong_fields_are_left_out_alone() {
        let (s, dropped) = decode_fields::<S>(&json!({"on": "yes", "name": "x", "new": 1}));
        assert_eq!(
            (s, dropped),
            (
                S {
                    on: false,
                    name: "x".into()
                },
                1
            )
        );
        let (items, dropped) = decode_items::<u32>(Some(&json!([1, "two", 3])));
        assert_eq!((items, dropped), (vec![1, 3], 1));
    }
}
