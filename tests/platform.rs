//! The native platform (the url crate, ICU4X's CLDR data,
//! unicode-properties and csscolorparser) gives the
//! answers committed in tests/platform-agreement.json, which the browser
//! test e2e/tests/platform.spec.ts asks of the browser too: what the card
//! says in a browser and what `versus check` and the fallback say natively
//! agree. `VERSUS_BLESS=1 cargo test --test platform` rewrites the answers.

use std::path::Path;

use serde_json::{json, Map, Value};
use versus::model::native::{parse_comparison, Native};
use versus::model::Platform;

const TABLE: &str = "tests/platform-agreement.json";

/// Three criteria on which tea scores 7.5 and coffee 5.
fn criteria() -> Value {
    ["a", "b", "c"]
        .map(|id| {
            json!({
                "id": id, "label": id.to_uppercase(), "description": "d", "on": true,
                "scores": { "tea": { "score": 7.5, "reason": "r" }, "coffee": { "score": 5, "reason": "r" } }
            })
        })
        .into_iter()
        .collect()
}

/// Whether a comparison whose attribution links to `url` is accepted.
fn accepts_link(url: &str) -> bool {
    let spec = json!({
        "title": "Tea or coffee",
        "attribution": { "text": "Notes", "url": url },
        "contenders": [{ "id": "tea", "name": "Tea" }, { "id": "coffee", "name": "Coffee" }],
        "criteria": criteria(),
    });
    parse_comparison(&spec.to_string()).is_ok()
}

#[test]
fn the_native_platform_gives_the_committed_answers() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(TABLE);
    let committed: Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("the table")).expect("JSON");
    let mut fresh = committed.clone();
    let separators: Map<String, Value> = committed["decimal_separators"]
        .as_object()
        .expect("languages")
        .keys()
        .map(|language| {
            let separator = Native.decimal_separator(language).unwrap_or_default();
            (language.clone(), Value::from(separator))
        })
        .collect();
    let links: Map<String, Value> = committed["links"]
        .as_object()
        .expect("links")
        .keys()
        .map(|url| (url.clone(), Value::from(accepts_link(url))))
        .collect();
    let visible: Map<String, Value> = committed["visible"]
        .as_object()
        .expect("names")
        .keys()
        .map(|name| {
            (
                name.clone(),
                Value::from(Native.has_visible_character(name)),
            )
        })
        .collect();
    // What a contender's accent becomes: a hex colour, or null when refused.
    let colours: Map<String, Value> = committed["colours"]
        .as_object()
        .expect("colours")
        .keys()
        .map(|colour| {
            let hex = versus::model::validate::plain_colour(colour, &Native);
            (colour.clone(), Value::from(hex))
        })
        .collect();
    fresh["colours"] = Value::Object(colours);
    fresh["visible"] = Value::Object(visible);
    fresh["decimal_separators"] = Value::Object(separators);
    fresh["links"] = Value::Object(links);
    if std::env::var_os("VERSUS_BLESS").is_some() {
        let text = serde_json::to_string_pretty(&fresh).expect("serialisable") + "\n";
        std::fs::write(&path, text).expect("writable");
        return;
    }
    assert_eq!(
        fresh, committed,
        "run VERSUS_BLESS=1 cargo test --test platform"
    );
}

#[test]
fn a_german_comparison_writes_a_decimal_comma_unless_the_author_says_otherwise() {
    for (lang, strings, separator) in [
        ("de", json!({}), ","),
        ("en", json!({}), "."),
        ("de-CH", json!({}), "."),
        ("de", json!({ "decimal_separator": "." }), "."),
        ("en", json!({ "decimal_separator": "·" }), "·"),
    ] {
        let spec = json!({
            "title": "Tee oder Kaffee", "lang": lang, "strings": strings,
            "contenders": [{ "id": "tea", "name": "Tee" }, { "id": "coffee", "name": "Kaffee" }],
            "criteria": criteria(),
        });
        let comparison = parse_comparison(&spec.to_string()).expect("valid");
        let written = comparison
            .strings()
            .get(versus::model::strings::Text::DecimalSeparator);
        assert_eq!(written, separator, "{lang} {strings}");
    }
}
