//! The form's edits, natively: what an author builds with the form alone is
//! a comparison the card accepts, and nothing the author wrote is lost.

use versus::model::native::parse_comparison;
use versus::model::{evaluate, Choices};
use versus_editor::document::{slug, Document, Edit, List, Path};

fn text(path: Path, text: &str) -> Edit {
    Edit::Text {
        path,
        text: text.to_string(),
    }
}

fn root() -> Path {
    Path::root()
}

/// Tea, coffee and mate on four criteria, made field by field from blank.
fn built_from_blank() -> Document {
    let mut document = Document::blank();
    let mut edit = |edit: Edit| document.apply(&edit).map_err(|e| e.to_string());
    let steps = || -> Vec<Edit> {
        let contender = |n: usize| root().key("contenders").index(n);
        let criterion = |n: usize| root().key("criteria").index(n);
        let mut steps = vec![
            text(root().key("title"), "Tea, coffee or mate?"),
            Edit::Add(List::Contenders),
            text(contender(0).key("name"), "Tea"),
            text(contender(1).key("name"), "Coffee"),
            text(contender(2).key("name"), "Mate"),
        ];
        let criteria = [
            ("Caffeine kick", [3, 9, 6]),
            ("Calm focus", [8, 3, 6]),
            ("Price per cup", [9, 5, 7]),
            ("Taste variety", [9, 7, 4]),
        ];
        for (n, (label, scores)) in criteria.iter().enumerate() {
            steps.push(Edit::Add(List::Criteria));
            steps.push(text(criterion(n).key("label"), label));
            steps.push(text(
                criterion(n).key("description"),
                "How it does on this.",
            ));
            for (c, id) in ["tea", "coffee", "mate"].iter().enumerate() {
                let score = criterion(n).key("scores").key(id);
                steps.push(Edit::Score {
                    path: score.key("score"),
                    text: scores[c].to_string(),
                });
                steps.push(text(score.key("reason"), "Because."));
            }
        }
        steps.push(Edit::Flag {
            path: criterion(0).key("on"),
            on: true,
        });
        steps.push(Edit::Add(List::Presets));
        steps.push(text(
            root().key("presets").index(0).key("label"),
            "Quiet evening",
        ));
        steps.push(Edit::PresetImportance {
            preset: 0,
            criterion: "calm-focus".into(),
            importance: Some("critical".into()),
        });
        steps.push(text(
            root().key("strings").key("winner_clear"),
            "{leader} wins clearly",
        ));
        steps
    };
    for step in steps() {
        edit(step).expect("every form edit applies");
    }
    document
}

#[test]
fn a_comparison_made_with_the_form_alone_is_valid() {
    let document = built_from_blank();
    let comparison = parse_comparison(&document.to_text()).expect("valid");
    assert_eq!(comparison.contenders().len(), 3);
    assert_eq!(comparison.criteria().len(), 4);
    // Ids follow the names: share links read well.
    assert_eq!(document.ids(List::Contenders), ["tea", "coffee", "mate"]);
    assert_eq!(
        document.ids(List::Criteria),
        [
            "caffeine-kick",
            "calm-focus",
            "price-per-cup",
            "taste-variety"
        ]
    );
    assert_eq!(document.ids(List::Presets), ["quiet-evening"]);
    // Only "Caffeine kick" counts by default: coffee (9) beats mate (6) and tea (3).
    let defaults = evaluate(&comparison, Choices::defaults(&comparison).priorities());
    assert_eq!(
        defaults
            .outcome()
            .winner()
            .map(|w| comparison.contender(w).id()),
        Some("coffee")
    );
}

#[test]
fn renaming_an_id_renames_where_it_is_used() {
    let mut document = built_from_blank();
    document
        .apply(&text(root().key("contenders").index(2).key("id"), "yerba"))
        .expect("applies");
    document
        .apply(&text(root().key("criteria").index(1).key("id"), "calm"))
        .expect("applies");
    assert_eq!(
        document.keys(&root().key("criteria").index(0).key("scores")),
        ["tea", "coffee", "yerba"]
    );
    assert_eq!(
        document.keys(&root().key("presets").index(0).key("priorities")),
        ["calm"]
    );
    assert!(parse_comparison(&document.to_text()).is_ok());
    // A hand-made id no longer follows the name.
    document
        .apply(&text(
            root().key("contenders").index(2).key("name"),
            "Yerba mate",
        ))
        .expect("applies");
    assert_eq!(document.ids(List::Contenders)[2], "yerba");
}

#[test]
fn removing_and_adding_keep_the_scores_in_step() {
    let mut document = built_from_blank();
    document
        .apply(&Edit::Remove(List::Contenders, 1))
        .expect("applies");
    document
        .apply(&Edit::Remove(List::Criteria, 1))
        .expect("applies");
    assert_eq!(
        document.keys(&root().key("criteria").index(0).key("scores")),
        ["tea", "mate"]
    );
    assert!(document
        .keys(&root().key("presets").index(0).key("priorities"))
        .is_empty());
    document
        .apply(&Edit::Add(List::Contenders))
        .expect("applies");
    assert_eq!(
        document.keys(&root().key("criteria").index(2).key("scores")),
        ["tea", "mate", "contender-1"]
    );
}

#[test]
fn moving_reorders_and_limits_hold() {
    let mut document = built_from_blank();
    document
        .apply(&Edit::Move(List::Criteria, 0, 1))
        .expect("applies");
    assert_eq!(
        document.ids(List::Criteria)[..2],
        ["calm-focus", "caffeine-kick"]
    );
    document
        .apply(&Edit::Move(List::Criteria, 0, -1))
        .expect("nothing to do at the top");
    for _ in 3..6 {
        document
            .apply(&Edit::Add(List::Contenders))
            .expect("up to six");
    }
    assert!(document.apply(&Edit::Add(List::Contenders)).is_err());
    assert_eq!(document.len(List::Contenders), 6);
}

#[test]
fn emptying_an_optional_field_removes_it() {
    let mut document = built_from_blank();
    let subtitle = root().key("subtitle");
    document
        .apply(&text(subtitle.clone(), "for a calm morning"))
        .expect("applies");
    document
        .apply(&text(subtitle.clone(), ""))
        .expect("applies");
    assert!(document.get(&subtitle).is_none());
    document
        .apply(&text(root().key("strings").key("winner_clear"), ""))
        .expect("applies");
    assert!(
        document.get(&root().key("strings")).is_none(),
        "no empty strings object left"
    );
    document
        .apply(&text(root().key("attribution").key("text"), "My notes"))
        .expect("applies");
    document
        .apply(&text(root().key("attribution").key("text"), ""))
        .expect("applies");
    assert!(document.get(&root().key("attribution")).is_none());
}

#[test]
fn a_form_edit_keeps_unknown_fields_and_the_authors_order() {
    let mut document = Document::from_text(
        r#"{"title": "A", "zeta": 1, "contenders": [], "criteria": [], "alpha": [true]}"#,
    )
    .expect("an object");
    document
        .apply(&text(root().key("title"), "B"))
        .expect("applies");
    let value: serde_json::Value = serde_json::from_str(&document.to_text()).expect("json");
    let keys: Vec<&String> = value.as_object().expect("object").keys().collect();
    assert_eq!(keys, ["title", "zeta", "contenders", "criteria", "alpha"]);
    assert_eq!(value["alpha"][0], true);
}

#[test]
fn scores_keep_their_digits_and_bad_numbers_stay_text() {
    let mut document = built_from_blank();
    let score = root()
        .key("criteria")
        .index(0)
        .key("scores")
        .key("tea")
        .key("score");
    document
        .apply(&Edit::Score {
            path: score.clone(),
            text: "7.5".into(),
        })
        .expect("applies");
    assert_eq!(document.text(&score), "7.5");
    document
        .apply(&Edit::Score {
            path: score.clone(),
            text: "seven".into(),
        })
        .expect("applies");
    let problems = parse_comparison(&document.to_text()).expect_err("invalid");
    assert_eq!(problems[0].path.to_string(), "criteria[0].scores.tea.score");
}

#[test]
fn an_edit_that_cannot_be_made_changes_nothing() {
    let mut document =
        Document::from_text(r#"{"title": "A", "contenders": {"not": "a list"}}"#).expect("object");
    let before = document.clone();
    assert!(document.apply(&Edit::Add(List::Contenders)).is_err());
    assert!(document
        .apply(&text(root().key("contenders").index(0).key("name"), "x"))
        .is_err());
    assert_eq!(document, before);
    assert!(Document::from_text("[1, 2]").is_none());
    assert!(Document::from_text("{ nope").is_none());
}

#[test]
fn ids_are_made_the_way_the_format_wants_them() {
    assert_eq!(slug("  Node.js  "), "node-js");
    assert_eq!(slug("42 Things"), "things");
    assert_eq!(slug("Ünïcode Café"), "unicode-cafe");
    assert_eq!(slug("شاي"), "");
    assert!(slug(&"long ".repeat(20)).len() <= 32);
}
