//! Every validation rule: the problem is found, at the right path, with a fix.

use serde_json::{json, Value};
use versus::model::native::parse_comparison;
use versus::model::Problem;

#[path = "common/sorted.rs"]
mod sorted;
use sorted::sorted_text;

/// A small valid comparison that each test breaks in one or more ways.
fn valid() -> Value {
    json!({
        "title": "Tea vs Coffee",
        "attribution": { "text": "Our own tasting notes", "url": "https://example.com/notes" },
        "contenders": [
            { "id": "tea", "name": "Tea", "accent": "#2e7d32" },
            { "id": "coffee", "name": "Coffee", "tagline": "Bold" }
        ],
        "criteria": [
            { "id": "taste", "label": "Taste", "description": "How good it tastes.", "on": true,
              "scores": { "tea": { "score": 7, "reason": "Subtle." }, "coffee": { "score": 8.5, "reason": "Rich." } } },
            { "id": "calm", "label": "Calm", "description": "How calm you stay.",
              "scores": { "tea": { "score": 9, "reason": "Gentle lift." }, "coffee": { "score": 3, "reason": "Jittery." } } },
            { "id": "price", "label": "Price", "description": "Cost per cup.",
              "scores": { "tea": { "score": 8, "reason": "Cheap leaves." }, "coffee": { "score": 5, "reason": "Beans cost more." } } }
        ],
        "presets": [ { "id": "morning", "label": "Morning", "priorities": { "taste": "high", "calm": "normal" } } ],
        "strings": { "winner_clear": "{leader} wins" }
    })
}

fn problems(spec: &Value) -> Vec<Problem> {
    match parse_comparison(&sorted_text(spec)) {
        Ok(_) => Vec::new(),
        Err(problems) => problems,
    }
}

/// Asserts that a problem exists at `path` whose message contains `needle`.
fn assert_problem(found: &[Problem], path: &str, needle: &str) {
    assert!(
        found
            .iter()
            .any(|p| p.path.to_string() == path && p.sentence().contains(needle)),
        "expected a problem at {path:?} containing {needle:?}, got {found:#?}"
    );
}

#[test]
fn the_valid_example_is_accepted() {
    assert_eq!(problems(&valid()), Vec::<Problem>::new());
}

#[test]
fn unknown_contender_in_scores() {
    let mut spec = valid();
    spec["criteria"][1]["scores"]["cocoa"] = json!({ "score": 5, "reason": "Sweet." });
    assert_problem(
        &problems(&spec),
        "criteria[1].scores.cocoa",
        "no contender with the id \"cocoa\"",
    );
}

#[test]
fn missing_score() {
    let mut spec = valid();
    spec["criteria"][2]["scores"]
        .as_object_mut()
        .unwrap()
        .remove("coffee");
    assert_problem(
        &problems(&spec),
        "criteria[2].scores.coffee",
        "score for \"coffee\" is missing",
    );
}

#[test]
fn duplicate_ids_in_each_list() {
    let mut spec = valid();
    spec["contenders"][1]["id"] = json!("tea");
    spec["criteria"][2]["id"] = json!("taste");
    spec["presets"] = json!([
        { "id": "a", "label": "A", "priorities": { "taste": "normal" } },
        { "id": "a", "label": "B", "priorities": { "taste": "normal" } }
    ]);
    let found = problems(&spec);
    assert_problem(&found, "contenders[1].id", "used twice");
    assert_problem(&found, "criteria[2].id", "used twice");
    assert_problem(&found, "presets[1].id", "used twice");
}

#[test]
fn scores_out_of_range_or_too_precise() {
    let mut spec = valid();
    spec["criteria"][0]["scores"]["tea"]["score"] = json!(11);
    spec["criteria"][1]["scores"]["tea"]["score"] = json!(-1);
    spec["criteria"][2]["scores"]["tea"]["score"] = json!(7.25);
    let found = problems(&spec);
    assert_problem(&found, "criteria[0].scores.tea.score", "from 0 to 10");
    assert_problem(&found, "criteria[1].scores.tea.score", "from 0 to 10");
    assert_problem(
        &found,
        "criteria[2].scores.tea.score",
        "more than one decimal",
    );
}

#[test]
fn empty_names_and_labels() {
    let mut spec = valid();
    spec["title"] = json!("   ");
    spec["contenders"][0]["name"] = json!("");
    spec["criteria"][1]["label"] = json!(" ");
    spec["criteria"][1]["scores"]["tea"]["reason"] = json!("");
    let found = problems(&spec);
    for path in [
        "title",
        "contenders[0].name",
        "criteria[1].label",
        "criteria[1].scores.tea.reason",
    ] {
        assert_problem(&found, path, "empty");
    }
}

#[test]
fn too_few_and_too_many_items() {
    let mut spec = valid();
    spec["contenders"].as_array_mut().unwrap().truncate(1);
    spec["criteria"].as_array_mut().unwrap().truncate(2);
    let found = problems(&spec);
    assert_problem(
        &found,
        "contenders",
        "There is 1 contender; a comparison needs 2 to 6",
    );
    assert_problem(
        &found,
        "criteria",
        "There are 2 criteria; a comparison needs 3 to 30",
    );

    let mut spec = valid();
    let extra: Vec<Value> = (0..7)
        .map(|i| json!({ "id": format!("c{i}"), "name": format!("C{i}") }))
        .collect();
    spec["contenders"] = Value::Array(extra);
    assert_problem(&problems(&spec), "contenders", "There are 7 contenders");

    let mut spec = valid();
    let presets: Vec<Value> = (0..13)
        .map(
            |i| json!({ "id": format!("p{i}"), "label": "P", "priorities": { "taste": "normal" } }),
        )
        .collect();
    spec["presets"] = Value::Array(presets);
    assert_problem(&problems(&spec), "presets", "limit is 12");
}

#[test]
fn presets_naming_unknown_criteria_or_importances() {
    let mut spec = valid();
    spec["presets"][0]["priorities"] = json!({ "aroma": "high", "calm": "extreme" });
    let found = problems(&spec);
    assert_problem(
        &found,
        "presets[0].priorities.aroma",
        "no criterion with the id \"aroma\"",
    );
    assert_problem(
        &found,
        "presets[0].priorities.calm",
        "\"normal\", \"high\" or \"critical\"",
    );

    let mut spec = valid();
    spec["presets"][0]["priorities"] = json!({});
    assert_problem(
        &problems(&spec),
        "presets[0].priorities",
        "switches nothing on",
    );
}

#[test]
fn absurd_lengths() {
    let mut spec = valid();
    spec["title"] = json!("x".repeat(10_000));
    spec["criteria"][0]["description"] = json!("é".repeat(301));
    let found = problems(&spec);
    assert_problem(&found, "title", "10000 characters long; the limit is 120");
    assert_problem(
        &found,
        "criteria[0].description",
        "301 characters long; the limit is 300",
    );
}

#[test]
fn whole_documents_over_the_size_limit_are_refused_before_parsing() {
    let huge = format!("{{\"title\": \"{}\"}}", "a".repeat(1_048_576));
    let found = problems(&serde_json::from_str::<Value>(&huge).unwrap());
    assert_eq!(found.len(), 1);
    assert!(
        found[0].sentence().contains("the limit is 262144"),
        "{found:?}"
    );
}

#[test]
fn colours_that_are_not_plain_css() {
    let mut spec = valid();
    spec["contenders"][0]["accent"] = json!("red; background: url(https://evil.example/)");
    spec["contenders"][1]["accent"] = json!("expression(alert(1))");
    let found = problems(&spec);
    assert_problem(&found, "contenders[0].accent", "not a plain CSS colour");
    assert_problem(&found, "contenders[1].accent", "not a plain CSS colour");
}

#[test]
fn links_that_are_not_http() {
    for bad in [
        "javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "ftp://example.com",
        "example.com",
    ] {
        let mut spec = valid();
        spec["attribution"]["url"] = json!(bad);
        assert_problem(
            &problems(&spec),
            "attribution.url",
            "not an http or https link",
        );
    }
}

#[test]
fn ids_must_be_safe_for_links_and_attributes() {
    let mut spec = valid();
    spec["contenders"][0]["id"] = json!("Tea Time");
    spec["criteria"][0]["scores"] = json!({ "Tea Time": { "score": 1, "reason": "x" }, "coffee": { "score": 1, "reason": "y" } });
    assert_problem(&problems(&spec), "contenders[0].id", "lowercase letters");
}

#[test]
fn string_overrides_are_checked() {
    let mut spec = valid();
    spec["strings"] = json!({ "winner_clearr": "x", "toss_up": "{leader} maybe", "nothing_selected": "Pick {x}" });
    let found = problems(&spec);
    assert_problem(&found, "strings.winner_clearr", "no string called");
    assert_problem(
        &found,
        "strings.toss_up",
        "{leader} is unknown here: it offers contenders",
    );
    assert_problem(&found, "strings.nothing_selected", "takes no placeholders");
}

#[test]
fn every_problem_is_reported_not_only_the_first() {
    let mut spec = valid();
    spec["title"] = json!("");
    spec["contenders"][0]["accent"] = json!("nope(");
    spec["criteria"][0]["scores"]["tea"]["score"] = json!(12);
    spec["presets"][0]["priorities"] = json!({ "ghost": "high" });
    assert_eq!(problems(&spec).len(), 4, "{:#?}", problems(&spec));
}

#[test]
fn malformed_json_names_the_line_and_column() {
    let found = parse_comparison("{\"title\": \"x\",\n  \"contenders\": [}").unwrap_err();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].path.to_string(), "contenders[0]");
    assert_eq!(
        found[0].sentence(),
        "Line 2, column 18: Expected a value here: text in double quotes, a number, true, false, null, a list [ … ] or an object { … }. The document is not valid JSON."
    );
}

#[test]
fn wrong_types_name_the_path() {
    let mut spec = valid();
    spec["criteria"][1]["scores"]["coffee"]["score"] = json!("high");
    let found = problems(&spec);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].path.to_string(), "criteria[1].scores.coffee.score");
    assert_eq!(
        found[0].sentence(),
        "Line 1, column 485: Expected a number from 0 to 10 here, but found \"high\"."
    );
}

#[test]
fn misspelt_fields_are_reported() {
    let mut spec = valid();
    spec["criteria"][0]["lable"] = json!("Taste");
    let found = problems(&spec);
    assert_eq!(found[0].path.to_string(), "criteria[0].lable");
    assert_eq!(
        found[0].sentence(),
        "Line 1, column 276: There is no field \"lable\" here: did you mean \"label\"? The fields are id, label, description, on, scores."
    );
}

#[test]
fn numbers_json_cannot_hold_are_refused() {
    let text = sorted_text(&valid()).replace("\"score\":7}", "\"score\":1e309}");
    let found = parse_comparison(&text).unwrap_err();
    assert_eq!(found[0].path.to_string(), "criteria[0].scores.tea.score");
    // serde_json writes the exponent with its sign; the value is exact.
    assert_eq!(
        found[0].sentence(),
        "The score 1e+309 is out of range: use a number from 0 to 10."
    );
}

#[test]
fn trailing_garbage_is_refused() {
    let text = format!("{} extra", valid());
    let found = parse_comparison(&text).unwrap_err();
    assert!(
        found[0].sentence().contains("text after the end"),
        "{found:?}"
    );
}

/// Joiners keep their spaces: "Tee, Kaffee und Mate", not "TeeundMate".
#[test]
fn string_overrides_keep_the_spaces_they_need_in_any_language() {
    let toss_up = |strings: Value| {
        let mut spec = valid();
        spec["contenders"] = json!([
            { "id": "tea", "name": "Tee" }, { "id": "coffee", "name": "Kaffee" }, { "id": "mate", "name": "Mate" }
        ]);
        for criterion in spec["criteria"].as_array_mut().expect("criteria") {
            criterion["on"] = json!(true);
            criterion["scores"] = json!({
                "tea": { "score": 5, "reason": "r" }, "coffee": { "score": 5, "reason": "r" }, "mate": { "score": 5, "reason": "r" }
            });
        }
        spec["strings"] = strings;
        let c = parse_comparison(&spec.to_string()).expect("valid");
        let priorities = versus::model::Priorities::defaults(&c);
        let evaluation = versus::model::evaluate(&c, &priorities);
        versus::model::describe(&c, &priorities, &evaluation).headline
    };
    assert_eq!(
        toss_up(
            json!({ "list_and": " und ", "list_comma": ", ", "toss_up": "Beides geht: {contenders} liegen zu nah beieinander" })
        ),
        "Beides geht: Tee, Kaffee und Mate liegen zu nah beieinander"
    );
    assert_eq!(
        toss_up(
            json!({ "list_and": " et ", "list_comma": ", ", "toss_up": "Au choix : {contenders} sont trop proches" })
        ),
        "Au choix : Tee, Kaffee et Mate sont trop proches"
    );
    // A language may join with a space alone; blank sentences are still refused.
    assert_eq!(
        toss_up(json!({ "list_and": " ", "list_comma": " " })),
        "Either works: Tee Kaffee Mate are too close to call"
    );
    let mut blank = valid();
    blank["strings"] = json!({ "reset": "   " });
    assert_problem(&problems(&blank), "strings.reset", "empty");
}
