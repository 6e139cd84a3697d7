//! JSON text with every object's keys in alphabetical order, whatever
//! serde_json's features: the card's tests build documents from values and
//! then find places in their text, and `cargo test --workspace` builds them
//! with the editor's `preserve_order`, which would keep the order written.

// Each test file uses what it needs.
#![allow(dead_code)]

use serde_json::{Map, Value};

/// `value` with every object's keys sorted, recursively.
pub fn sorted(value: &Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            let mut out = Map::new();
            for key in keys {
                out.insert(key.clone(), sorted(&map[key]));
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(sorted).collect()),
        other => other.clone(),
    }
}

/// The compact JSON text of `value`, keys in alphabetical order.
pub fn sorted_text(value: &Value) -> String {
    sorted(value).to_string()
}
