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
fn every_score_cites_its_evidence_or_says_it_is_an_estimate() {
    let c = comparison();
    let mut cited_sources = std::collections::BTreeSet::new();
    for criterion in c.criteria() {
        for score in criterion.scores() {
            match score.basis() {
                Some(Basis::Cited) => assert!(!score.evidence().is_empty(), "{}", criterion.id()),
                Some(Basis::Estimate) => {}
                other => panic!(
                    "{}: basis {other:?}: cite the evidence or say it is an estimate",
                    criterion.id()
                ),
            }
            for evidence in score.evidence() {
                cited_sources.insert(c.source(evidence.source()).url().as_str().to_string());
            }
        }
    }
    assert!(
        cited_sources.len() >= 12,
        "only {} distinct sources",
        cited_sources.len()
    );
    // Every source listed is cited by some score: the list is what the scores rest on.
    assert_eq!(cited_sources.len(), c.sources().len());
    let estimates = c
        .criteria()
        .iter()
        .flat_map(|cr| cr.scores())
        .filter(|s| s.basis() == Some(Basis::Estimate))
        .count();
    assert!(estimates > 0 && estimates < c.criteria().len() * 2);
}

#[test]
fn the_article_stays_the_attribution_with_its_address() {
    let c = comparison();
    let attribution = c.attribution().expect("the card credits the article");
    assert!(attribution
        .text()
        .contains("The Ultimate Showdown for Backend Glory"));
    assert_eq!(
        attribution.url().map(|url| url.as_str()),
        Some("https://blog.myskillport.com/blog/nodejs-vs-python-the-ultimate-showdown-for-backend-glory")
    );
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
    // Not a clear win for anyone: the default priorities pull both ways.
    let c = comparison();
    let evaluation = evaluate(&c, &Priorities::defaults(&c));
    let outcome = evaluation.outcome();
    assert!(
        matches!(
            outcome,
            Outcome::TossUp { .. }
                | Outcome::Win {
                    confidence: versus::model::Confidence::Lean,
                    ..
                }
        ),
        "{outcome:?}"
    );
}

#[test]
fn the_data_file_follows_the_documented_format_exactly() {
    // Strict reading: an unknown or misspelt field would be a problem here.
    let spec = versus::model::reading::read_spec(versus::content::NODE_VS_PYTHON_JSON)
        .expect("the data file fits the format");
    assert_eq!(spec.contenders.len(), 2);
    assert!(spec.criteria.iter().all(|c| c.scores.len() == 2));
}
