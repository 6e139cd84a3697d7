//! The shipped Node.js vs Python content: valid, complete, and faithful to the article.

use versus::content::node_vs_python;
use versus::model::native::Native;
use versus::model::spec::Basis;
use versus::model::{evaluate, Comparison, Outcome, Priorities};

fn comparison() -> Comparison {
    match node_vs_python(&Native) {
        Ok(c) => c,
        Err(problems) => panic!("default content is invalid: {problems:#?}"),
    }
}

fn winner_name(c: &Comparison, priorities: &Priorities) -> Option<String> {
    evaluate(c, priorities)
        .outcome()
        .winner()
        .map(|w| c.contender(w).name().to_string())
}

#[test]
fn every_preset_recommends_the_backend_the_article_names() {
    // The article's use-case lists: Node.js for real-time apps, SPAs and
    // REST APIs/microservices; Python for analytics, machine learning and CMS.
    let expected = [
        ("chat", "Node.js"),
        ("spa", "Node.js"),
        ("microservices", "Node.js"),
        ("analytics", "Python"),
        ("ml", "Python"),
        ("cms", "Python"),
    ];
    let c = comparison();
    assert_eq!(
        c.presets().len(),
        expected.len(),
        "one preset per use case in the article"
    );
    for (preset, backend) in expected {
        let index = c
            .preset_index(preset)
            .unwrap_or_else(|| panic!("preset {preset} missing"));
        let priorities = Priorities::from_preset(&c, index);
        assert_eq!(
            winner_name(&c, &priorities).as_deref(),
            Some(backend),
            "preset {preset}"
        );
    }
}

#[test]
fn covers_every_criterion_the_article_argues_about() {
    let c = comparison();
    for id in [
        "speed",
        "concurrency",
        "realtime",
        "scaling",
        "ml",
        "readability",
        "productivity",
        "beginners",
        "fullstack",
        "ecosystem",
        "community",
        "spa",
        "apis",
        "analytics",
        "cms",
    ] {
        assert!(c.criterion_index(id).is_some(), "criterion {id} missing");
    }
}

#[test]
fn every_score_says_whether_it_is_the_articles_claim_or_an_estimate() {
    let c = comparison();
    for criterion in c.criteria() {
        for score in criterion.scores() {
            assert!(
                score.basis().is_some(),
                "{} has a score without basis",
                criterion.id()
            );
        }
    }
    let estimates = c
        .criteria()
        .iter()
        .flat_map(|cr| cr.scores())
        .filter(|s| s.basis() == Some(Basis::Estimate))
        .count();
    assert!(estimates > 0 && estimates < c.criteria().len() * 2);
}

#[test]
fn the_article_claims_hold_for_single_priorities() {
    let c = comparison();
    let only = |id: &str| {
        let mut p = Priorities::none(&c);
        p.set(
            c.criterion_index(id).unwrap(),
            Some(versus::model::Importance::Normal),
        );
        winner_name(&c, &p)
    };
    for id in [
        "speed",
        "concurrency",
        "realtime",
        "scaling",
        "fullstack",
        "spa",
        "apis",
    ] {
        assert_eq!(only(id).as_deref(), Some("Node.js"), "{id}");
    }
    for id in [
        "ml",
        "readability",
        "productivity",
        "beginners",
        "analytics",
        "cms",
    ] {
        assert_eq!(only(id).as_deref(), Some("Python"), "{id}");
    }
}

#[test]
fn defaults_start_with_an_honest_close_call() {
    let c = comparison();
    let evaluation = evaluate(&c, &Priorities::defaults(&c));
    let outcome = evaluation.outcome();
    assert!(matches!(outcome, Outcome::TossUp { .. }), "{outcome:?}");
}

#[test]
fn the_data_file_follows_the_documented_format_exactly() {
    // Strict reading: an unknown or misspelt field would be a problem here.
    let spec = versus::model::reading::read_spec(versus::content::NODE_VS_PYTHON_JSON)
        .expect("the data file fits the format");
    assert_eq!(spec.contenders.len(), 2);
    assert!(spec.criteria.iter().all(|c| c.scores.len() == 2));
}
