//! Reading a document with serde: what the format promises an author beyond
//! the single rules (tests/validation.rs) and the corpus (tests/bad_specs.rs).

use serde_json::{json, Value};

#[path = "common/sorted.rs"]
mod sorted;
use sorted::sorted_text;
use versus::model::native::parse_comparison;
use versus::model::{Comparison, Problem};

/// A small valid comparison for each test to change (its text has the
/// fields of each object in alphabetical order).
fn valid() -> Value {
    json!({
        "title": "Tea vs Coffee",
        "contenders": [ { "id": "tea", "name": "Tea" }, { "id": "coffee", "name": "Coffee" } ],
        "criteria": [
            { "id": "taste", "label": "Taste", "description": "How good it tastes.", "on": true,
              "scores": { "tea": { "score": 7, "reason": "Subtle." }, "coffee": { "score": 8.5, "reason": "Rich." } } },
            { "id": "calm", "label": "Calm", "description": "How calm you stay.",
              "scores": { "tea": { "score": 9, "reason": "Gentle." }, "coffee": { "score": 3, "reason": "Jittery." } } },
            { "id": "price", "label": "Price", "description": "Cost per cup.",
              "scores": { "tea": { "score": 8, "reason": "Cheap." }, "coffee": { "score": 5, "reason": "Dear." } } }
        ],
        "presets": [ { "id": "morning", "label": "Morning", "priorities": { "taste": "high" } } ]
    })
}

fn read(text: &str) -> Result<Comparison, Vec<Problem>> {
    parse_comparison(text)
}

fn only_problem(text: &str) -> Problem {
    let mut problems = read(text).expect_err("the document is refused");
    assert_eq!(problems.len(), 1, "{problems:#?}");
    problems.remove(0)
}

/// The valid document's text with the first `from` replaced by `to`.
fn edited(from: &str, to: &str) -> String {
    let text = sorted_text(&valid());
    assert!(text.contains(from), "{from} is in the test document");
    text.replacen(from, to, 1)
}

#[test]
fn scores_keep_the_digits_the_author_wrote() {
    let score = |text: &str| {
        read(&edited("\"score\":8.5", &format!("\"score\":{text}")))
            .map(|c| c.criteria()[0].scores()[1].value().tenths())
    };
    assert_eq!(score("7.5"), Ok(75));
    assert_eq!(score("7.50"), Ok(75));
    assert_eq!(score("0.75e1"), Ok(75));
    assert_eq!(score("10"), Ok(100));
    assert_eq!(score("0"), Ok(0));
    // Two decimals stay two decimals, however close to a tenth they are.
    let too_precise = score("7.500000000000000001").unwrap_err();
    assert!(
        too_precise[0].sentence().contains("more than one decimal"),
        "{too_precise:?}"
    );
    let huge = score("1e309").unwrap_err();
    assert!(huge[0].sentence().contains("out of range"), "{huge:?}");
}

#[test]
fn not_a_number_is_named() {
    for word in ["NaN", "Infinity", "-Infinity"] {
        let problem = only_problem(&edited("\"score\":8.5", &format!("\"score\":{word}")));
        assert_eq!(problem.path.to_string(), "criteria[0].scores.coffee.score");
        assert!(
            problem
                .sentence()
                .contains(&format!("\"{word}\" is not a JSON value")),
            "{problem:?}"
        );
    }
}

#[test]
fn a_key_given_twice_is_an_error_not_last_one_wins() {
    let cases = [
        (
            "\"coffee\":{\"reason\":\"Rich.\",\"score\":8.5}",
            "\"coffee\":{\"reason\":\"Rich.\",\"score\":8.5},\"coffee\":{\"reason\":\"Again.\",\"score\":1}",
            "criteria[0].scores",
            "\"coffee\"",
        ),
        (
            "\"priorities\":{\"taste\":\"high\"}",
            "\"priorities\":{\"taste\":\"high\",\"taste\":\"normal\"}",
            "presets[0].priorities",
            "\"taste\"",
        ),
        (
            "\"title\":\"Tea vs Coffee\"",
            "\"title\":\"Tea vs Coffee\",\"strings\":{\"reset\":\"A\",\"reset\":\"B\"}",
            "strings",
            "\"reset\"",
        ),
        (
            "\"title\":\"Tea vs Coffee\"",
            "\"title\":\"Tea vs Coffee\",\"title\":\"Tea\"",
            "",
            "\"title\"",
        ),
    ];
    for (from, to, path, key) in cases {
        let problem = only_problem(&edited(from, to));
        assert_eq!(problem.path.to_string(), path, "{problem:?}");
        assert!(problem.sentence().contains(key), "{problem:?}");
        assert!(problem.sentence().contains("twice"), "{problem:?}");
    }
}

#[test]
fn unknown_fields_are_named_with_the_closest_known_name() {
    let problem = only_problem(&edited("\"label\":\"Calm\"", "\"lable\":\"Calm\""));
    assert_eq!(problem.path.to_string(), "criteria[1].lable");
    assert!(
        problem.sentence().contains("did you mean \"label\"?"),
        "{problem:?}"
    );
    let problem = only_problem(&edited("\"title\"", "\"colour\":\"red\",\"title\""));
    assert_eq!(problem.path.to_string(), "colour");
    assert!(
        problem.sentence().contains("check its spelling"),
        "{problem:?}"
    );
    assert!(
        !problem.sentence().contains("$schema"),
        "editors' field is not offered: {problem:?}"
    );
}

#[test]
fn an_object_written_as_a_list_of_values_is_refused() {
    // Serde's derive would read this as { "id": "tea", "name": "Tea" }.
    let problem = only_problem(&edited(
        "{\"id\":\"tea\",\"name\":\"Tea\"}",
        "[\"tea\",\"Tea\"]",
    ));
    assert_eq!(problem.path.to_string(), "contenders[0]");
    assert!(
        problem
            .sentence()
            .ends_with("Expected an object { … } here, but found a list [ … ]."),
        "{problem:?}"
    );
}

#[test]
fn problems_of_form_give_line_and_column_in_characters() {
    // "é" is two bytes in UTF-8; the column counts it once, as editors do.
    let text = "{\n  \"title\": \"Thé\", \"subtitle\": 5\n}";
    let problem = only_problem(text);
    assert_eq!(problem.path.to_string(), "subtitle");
    assert!(
        problem.sentence().starts_with("Line 2, column 31: "),
        "{problem:?}"
    );
}

#[test]
fn the_schema_address_is_accepted_and_ignored() {
    let text = edited(
        "\"title\"",
        "\"$schema\":\"https://example.com/versus.schema.json\",\"title\"",
    );
    assert!(read(&text).is_ok(), "{:?}", read(&text).err());
}

#[test]
fn a_byte_order_mark_is_not_content() {
    let text = format!("\u{feff}{}", valid());
    assert!(read(&text).is_ok());
}

#[test]
fn documents_over_the_limit_are_refused_before_parsing() {
    // Broken JSON after the limit: only the size is reported, so it was not parsed.
    let text = format!("{{\"title\": \"{}", "x".repeat(300 * 1024));
    let problem = only_problem(&text);
    assert!(
        problem.sentence().starts_with("The document is "),
        "{problem:?}"
    );
}

/// Nesting at serde_json's recursion limit (128) and far beyond, in every
/// place a value can stand, on a thread with a stack as small as the wasm
/// card's (128 KB): a clear problem each time, never a stack overflow.
#[test]
fn deep_nesting_anywhere_is_a_clear_problem_on_a_small_stack() {
    let places = [
        ("\"title\":\"Tea vs Coffee\"", "\"title\":{}"),
        ("{\"id\":\"tea\",\"name\":\"Tea\"}", "{}"),
        ("\"score\":8.5", "\"score\":{}"),
        ("\"reason\":\"Rich.\"", "\"reason\":{}"),
        ("\"on\":true", "\"on\":{}"),
        ("\"taste\":\"high\"", "\"taste\":{}"),
        ("\"criteria\":[", "\"criteria\":[{},"),
    ];
    let worker = std::thread::Builder::new()
        .stack_size(128 * 1024)
        .spawn(move || {
            for depth in [1, 127, 128, 129, 40_000] {
                for (from, template) in places {
                    for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
                        let nested = [open.repeat(depth), close.repeat(depth)].concat();
                        let text = edited(from, &template.replacen("{}", &nested, 1));
                        let problems = read(&text).expect_err("nesting is refused");
                        assert!(
                            problems[0].sentence().starts_with("Line 1, column "),
                            "{depth} deep at {from}: {problems:?}"
                        );
                    }
                }
            }
            // A whole document of nothing but nesting.
            let text = ["[".repeat(100_000), "]".repeat(100_000)].concat();
            let problem = only_problem(&text);
            assert!(
                problem.sentence().contains("must be an object"),
                "{problem:?}"
            );
        })
        .expect("a test thread starts");
    worker.join().expect("no stack overflow or panic");
}
