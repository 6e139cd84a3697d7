//! The JSON reader agrees with serde_json (the reference) on any document,
//! and refuses what serde_json refuses.

use proptest::prelude::*;
use serde_json::Value as Reference;
use versus::model::json::{parse, Value};

/// Any JSON value up to a few levels deep, with awkward text and numbers.
fn any_json() -> impl Strategy<Value = Reference> {
    let leaf = prop_oneof![
        Just(Reference::Null),
        any::<bool>().prop_map(Reference::Bool),
        any::<i64>().prop_map(Reference::from),
        (-1e300f64..1e300).prop_map(Reference::from),
        "\\PC{0,12}".prop_map(Reference::String),
        prop::collection::vec(any::<char>(), 0..6)
            .prop_map(|chars| Reference::String(chars.into_iter().collect())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Reference::Array),
            prop::collection::btree_map("\\PC{0,6}", inner, 0..6)
                .prop_map(|map| Reference::Object(map.into_iter().collect())),
        ]
    })
}

fn same(ours: &Value, reference: &Reference) -> bool {
    match (ours, reference) {
        (Value::Null, Reference::Null) => true,
        (Value::Bool(a), Reference::Bool(b)) => a == b,
        (Value::Number(raw), Reference::Number(n)) => raw.parse::<f64>().ok() == n.as_f64(),
        (Value::Text(a), Reference::String(b)) => a == b,
        (Value::List(a), Reference::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
        }
        (Value::Object(a), Reference::Object(b)) => {
            a.len() == b.len()
                && a.iter()
                    .all(|(key, x)| b.get(key).is_some_and(|y| same(x, y)))
        }
        _ => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn reads_what_serde_json_writes(document in any_json()) {
        for text in [
            serde_json::to_string(&document).unwrap(),
            serde_json::to_string_pretty(&document).unwrap(),
        ] {
            let ours = parse(&text);
            prop_assert!(ours.as_ref().is_ok_and(|ours| same(ours, &document)), "{text:?} -> {ours:?}");
        }
    }

    #[test]
    fn accepts_exactly_what_serde_json_accepts(text in "[\\[\\]{}\",:0-9.eE+\\-a-z \\\\\n]{0,24}") {
        let ours = parse(&text);
        let reference = serde_json::from_str::<Reference>(&text);
        // serde_json keeps the last of duplicate fields; this reader refuses them.
        let duplicate = ours.as_ref().is_err_and(|e| e.message.contains("appears twice"));
        prop_assert_eq!(ours.is_ok(), reference.is_ok() && !duplicate, "{:?}: ours {:?}, serde_json {:?}", text, ours, reference);
    }

    #[test]
    fn errors_point_inside_the_document(text in "\\PC{0,40}") {
        if let Err(error) = parse(&text) {
            let lines: Vec<&str> = text.split('\n').collect();
            prop_assert!(error.line >= 1 && error.line <= lines.len());
            prop_assert!(error.column >= 1 && error.column <= lines[error.line - 1].chars().count() + 1);
        }
    }
}
