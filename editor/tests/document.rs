//! The form's edits, natively: what an author builds with the form alone is
//! a comparison the card accepts, and nothing the author wrote is lost.

use versus::model::comparison::MAX_EVIDENCE;
use versus::model::native::parse_comparison;
use versus::model::{evaluate, Choices};
use versus_editor::document::{evidence_path, slug, Document, Edit, EditError, List, Path};

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

fn source(n: usize) -> Path {
    root().key("sources").index(n)
}

fn add_evidence(criterion: usize, contender: &str) -> Edit {
    Edit::AddEvidence {
        criterion,
        contender: contender.to_string(),
        today: "2026-12-07".to_string(),
    }
}

/// The form-built comparison with two sources, the coffee score on
/// "Caffeine kick" citing the second.
fn with_sources() -> Document {
    let mut document = built_from_blank();
    let steps = [
        Edit::Add(List::Sources),
        text(source(0).key("title"), "The brewing guide"),
        text(source(0).key("url"), "https://example.com/brewing"),
        Edit::Add(List::Sources),
        text(source(1).key("title"), "Caffeine in drinks"),
        text(source(1).key("url"), "https://example.com/caffeine"),
        text(source(1).key("kind"), "article"),
        text(source(1).key("published"), "2025-06"),
        add_evidence(0, "coffee"),
        text(
            evidence_path(0, "coffee").index(0).key("source"),
            "caffeine-in-drinks",
        ),
        text(
            evidence_path(0, "coffee").index(0).key("says"),
            "A cup of coffee has about 95 mg of caffeine.",
        ),
    ];
    for step in steps {
        document.apply(&step).expect("every form edit applies");
    }
    document
}

#[test]
fn sources_are_added_edited_and_removed_and_their_ids_follow_their_titles() {
    let mut document = with_sources();
    assert_eq!(
        document.ids(List::Sources),
        ["the-brewing-guide", "caffeine-in-drinks"]
    );
    let comparison = parse_comparison(&document.to_text()).expect("valid");
    assert_eq!(comparison.sources().len(), 2);
    // An optional field emptied is left out; a source's address, required,
    // stays for the validator to ask for (the attribution's link is optional).
    document
        .apply(&text(source(1).key("publisher"), "Example Press"))
        .expect("applies");
    document
        .apply(&text(source(1).key("publisher"), ""))
        .expect("applies");
    document
        .apply(&text(source(1).key("kind"), ""))
        .expect("applies");
    assert!(document.get(&source(1).key("publisher")).is_none());
    assert!(document.get(&source(1).key("kind")).is_none());
    document
        .apply(&text(source(0).key("url"), ""))
        .expect("applies");
    assert_eq!(
        document.get(&source(0).key("url")),
        Some(&serde_json::json!(""))
    );
    let problems = parse_comparison(&document.to_text()).expect_err("no address");
    assert_eq!(
        problems
            .iter()
            .map(|p| p.path.to_string())
            .collect::<Vec<_>>(),
        ["sources[0].url"]
    );
    document
        .apply(&Edit::Remove(List::Sources, 0))
        .expect("applies");
    assert_eq!(document.ids(List::Sources), ["caffeine-in-drinks"]);
    assert!(parse_comparison(&document.to_text()).is_ok());
}

#[test]
fn renaming_a_source_renames_it_in_the_evidence_that_cites_it() {
    let mut document = with_sources();
    let cited = evidence_path(0, "coffee").index(0).key("source");
    document
        .apply(&text(source(1).key("id"), "caffeine"))
        .expect("applies");
    assert_eq!(document.text(&cited), "caffeine");
    // Hand-made: the id no longer follows the title.
    document
        .apply(&text(source(1).key("title"), "Caffeine in common drinks"))
        .expect("applies");
    assert_eq!(document.ids(List::Sources)[1], "caffeine");
    assert!(parse_comparison(&document.to_text()).is_ok());
    // With an id another source has already, whose citations are whose
    // could no longer be told: they stay as they were, and the validator
    // names the id given twice.
    document
        .apply(&text(source(1).key("id"), "the-brewing-guide"))
        .expect("applies");
    assert_eq!(document.text(&cited), "caffeine");
    let problems = parse_comparison(&document.to_text()).expect_err("two sources, one id");
    assert_eq!(
        problems
            .iter()
            .map(|p| p.path.to_string())
            .collect::<Vec<_>>(),
        ["sources[1].id"]
    );
    document
        .apply(&text(source(1).key("id"), "caffeine"))
        .expect("applies");
    assert!(parse_comparison(&document.to_text()).is_ok());
}

#[test]
fn evidence_is_added_checked_today_from_the_first_source_and_removed() {
    let mut document = with_sources();
    let score = root().key("criteria").index(1).key("scores").key("tea");
    let evidence = evidence_path(1, "tea");
    document.apply(&add_evidence(1, "tea")).expect("applies");
    assert_eq!(
        document.get(&evidence),
        Some(&serde_json::json!([
            { "source": "the-brewing-guide", "says": "", "checked": "2026-12-07" }
        ]))
    );
    assert_eq!(document.text(&score.key("basis")), "cited");
    // A stated basis is the author's: an estimate may list what informed it.
    document
        .apply(&text(score.key("basis"), "estimate"))
        .expect("applies");
    document.apply(&add_evidence(1, "tea")).expect("applies");
    assert_eq!(document.text(&score.key("basis")), "estimate");
    assert_eq!(document.count(&evidence), 2);
    // Up to the format's limit, and not one more.
    for _ in 2..MAX_EVIDENCE {
        document.apply(&add_evidence(1, "tea")).expect("applies");
    }
    let full = document.clone();
    assert_eq!(
        document.apply(&add_evidence(1, "tea")),
        Err(EditError::EvidenceLimit)
    );
    assert_eq!(document, full);
    for index in (0..MAX_EVIDENCE).rev() {
        document
            .apply(&Edit::RemoveEvidence {
                criterion: 1,
                contender: "tea".into(),
                index,
            })
            .expect("applies");
    }
    assert!(
        document.get(&evidence).is_none(),
        "no empty evidence list left"
    );
    // A score the document does not have is no place for evidence.
    assert!(document.apply(&add_evidence(1, "mate-tea")).is_err());
}

#[test]
fn a_cited_score_left_without_evidence_is_reported_at_its_basis() {
    let mut document = with_sources();
    document
        .apply(&Edit::RemoveEvidence {
            criterion: 0,
            contender: "coffee".into(),
            index: 0,
        })
        .expect("applies");
    let problems = parse_comparison(&document.to_text()).expect_err("cites nothing");
    assert_eq!(
        problems[0].path.to_string(),
        "criteria[0].scores.coffee.basis"
    );
}

#[test]
fn removing_a_cited_source_keeps_the_quote_for_the_author_to_point_elsewhere() {
    let mut document = with_sources();
    let cited = evidence_path(0, "coffee").index(0);
    document
        .apply(&Edit::Remove(List::Sources, 1))
        .expect("applies");
    assert_eq!(
        document.text(&cited.key("says")),
        "A cup of coffee has about 95 mg of caffeine."
    );
    let problems = parse_comparison(&document.to_text()).expect_err("a dangling citation");
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].path, cited.key("source"));
    assert!(problems[0]
        .message
        .contains("There is no source with the id"));
    document
        .apply(&text(cited.key("source"), "the-brewing-guide"))
        .expect("applies");
    assert!(parse_comparison(&document.to_text()).is_ok());
}
