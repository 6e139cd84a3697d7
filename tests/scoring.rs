//! Totals, verdicts, explanations and "what would change it", on small specs
//! whose arithmetic can be checked by hand.

mod common;

use versus::model::native::validate;
use versus::model::{
    describe, evaluate, explain, Comparison, Confidence, Importance, Outcome, Priorities,
};

/// A comparison of contenders "a", "b", … with one criterion per row of `scores`
/// (criterion ids "c0", "c1", …), every criterion off by default.
fn comparison(scores: &[&[f64]]) -> Comparison {
    // Scores in these tests have at most one decimal, so tenths are exact.
    let rows: Vec<Vec<u32>> = scores
        .iter()
        .map(|row| row.iter().map(|s| (s * 10.0).round() as u32).collect())
        .collect();
    let spec = common::spec_from_scores(
        &rows,
        |i| (id(i), id(i).to_uppercase()),
        |c| (format!("c{c}"), format!("C{c}"), false),
    );
    validate(&spec).expect("test spec is valid")
}

fn id(i: usize) -> String {
    char::from(b'a' + i as u8).to_string()
}

fn with(c: &Comparison, on: &[(usize, Importance)]) -> Priorities {
    let mut p = Priorities::none(c);
    for &(position, level) in on {
        p.set(common::criterion(c, position), Some(level));
    }
    p
}

fn who(c: &Comparison, position: usize) -> versus::model::ContenderIndex {
    common::contender(c, position)
}

fn whom(c: &Comparison, positions: &[usize]) -> Vec<versus::model::ContenderIndex> {
    positions.iter().map(|&p| who(c, p)).collect()
}

use Importance::{Critical, High, Normal};

#[test]
fn weights_are_one_two_and_four() {
    assert_eq!(
        [Normal.weight(), High.weight(), Critical.weight()],
        [1, 2, 4]
    );
}

#[test]
fn total_is_the_weighted_mean_on_a_0_to_100_scale() {
    let c = comparison(&[&[10.0, 0.0], &[4.0, 6.0], &[7.5, 5.0]]);
    // a: (10×1 + 4×2 + 7.5×4) / 7 = 48 / 7 = 6.857… → 69 points
    // b: (0×1 + 6×2 + 5×4) / 7 = 32 / 7 = 4.571… → 46 points
    let e = evaluate(&c, &with(&c, &[(0, Normal), (1, High), (2, Critical)]));
    assert_eq!(e.points_of(who(&c, 0)), Some(69));
    assert_eq!(e.points_of(who(&c, 1)), Some(46));
    assert_eq!(
        *e.outcome(),
        Outcome::Win {
            leader: who(&c, 0),
            runner_up: who(&c, 1),
            margin: 23,
            confidence: Confidence::Clear
        }
    );
}

#[test]
fn halves_round_up_and_equal_totals_display_alike() {
    // Both average 6.25 exactly, reached through different scores.
    let c = comparison(&[&[5.0, 7.5], &[7.5, 5.0], &[0.0, 0.0]]);
    let e = evaluate(&c, &with(&c, &[(0, Normal), (1, Normal)]));
    assert_eq!(e.points_of(who(&c, 0)), Some(63));
    assert_eq!(e.points_of(who(&c, 1)), Some(63));
}

#[test]
fn a_tie_says_either_works_and_keeps_the_authors_order() {
    let c = comparison(&[&[6.0, 6.0], &[3.0, 3.0], &[1.0, 1.0]]);
    let e = evaluate(&c, &with(&c, &[(0, Normal)]));
    assert_eq!(
        *e.outcome(),
        Outcome::TossUp {
            contenders: whom(&c, &[0, 1]),
            margin: 0
        }
    );
    assert_eq!(evaluate(&c, &with(&c, &[(0, Normal)])), e, "deterministic");
    let text = describe(&c, &with(&c, &[(0, Normal)]), &e);
    assert_eq!(text.headline, "Either works: A and B are too close to call");
    assert_eq!(text.confidence, "Toss-up");
}

#[test]
fn confidence_thresholds() {
    // One criterion on: totals are score × 10, so margins are easy to set.
    let margin = |a: f64, b: f64| {
        let c = comparison(&[&[a, b], &[0.0, 0.0], &[0.0, 0.0]]);
        evaluate(&c, &with(&c, &[(0, Normal)])).outcome().clone()
    };
    assert!(matches!(
        margin(5.2, 5.0),
        Outcome::TossUp { margin: 2, .. }
    ));
    assert!(matches!(
        margin(5.3, 5.0),
        Outcome::Win {
            margin: 3,
            confidence: Confidence::Lean,
            ..
        }
    ));
    assert!(matches!(
        margin(5.9, 5.0),
        Outcome::Win {
            margin: 9,
            confidence: Confidence::Lean,
            ..
        }
    ));
    assert!(matches!(
        margin(6.0, 5.0),
        Outcome::Win {
            margin: 10,
            confidence: Confidence::Clear,
            ..
        }
    ));
}

#[test]
fn a_toss_up_lists_everyone_within_reach_of_the_top() {
    let c = comparison(&[
        &[8.0, 7.9, 7.8, 5.0],
        &[0.0, 0.0, 0.0, 0.0],
        &[0.0, 0.0, 0.0, 0.0],
    ]);
    let e = evaluate(&c, &with(&c, &[(0, Normal)]));
    assert_eq!(
        *e.outcome(),
        Outcome::TossUp {
            contenders: whom(&c, &[0, 1, 2]),
            margin: 1
        }
    );
}

#[test]
fn nothing_selected_is_not_a_fake_winner() {
    let c = comparison(&[&[9.0, 1.0], &[9.0, 1.0], &[9.0, 1.0]]);
    let p = Priorities::none(&c);
    let e = evaluate(&c, &p);
    assert_eq!(*e.outcome(), Outcome::NothingSelected);
    assert!(e.standings().is_empty());
    assert_eq!(explain(&c, &p, &e), None);
    let text = describe(&c, &p, &e);
    assert_eq!(
        text.headline,
        "Switch on at least one priority to get a recommendation."
    );
    assert_eq!(text.what_would_change, None);
}

#[test]
fn explanation_names_the_biggest_contributions_and_the_runner_ups_strength() {
    let c = comparison(&[&[9.0, 5.0], &[8.0, 2.0], &[3.0, 6.0], &[7.0, 6.0]]);
    let p = with(&c, &[(0, Normal), (1, Normal), (2, Normal), (3, High)]);
    let e = evaluate(&c, &p);
    let why = explain(&c, &p, &e).unwrap();
    // Contributions to a's lead: c1 = 6, c0 = 4, c3 = 2 × 1 = 2; c2 favours b by 3.
    assert_eq!(
        why.lead_reasons,
        [1, 0, 3].map(|n| common::criterion(&c, n))
    );
    assert_eq!(why.runner_up_strength, Some(common::criterion(&c, 2)));
    let text = describe(&c, &p, &e);
    assert_eq!(
        text.reasons,
        vec![
            "A is ahead mainly on C1, C0 and C3.",
            "B's strongest point is C2."
        ]
    );
}

#[test]
fn a_runner_up_that_wins_nothing_is_said_so() {
    let c = comparison(&[&[9.0, 5.0], &[8.0, 2.0], &[3.0, 6.0]]);
    let p = with(&c, &[(0, Normal), (1, Normal)]);
    let text = describe(&c, &p, &evaluate(&c, &p));
    assert_eq!(
        text.reasons[1],
        "B does not beat A on any priority you picked."
    );
}

#[test]
fn what_would_change_it_is_the_smallest_single_edit() {
    // a leads on c0 (8 vs 6); c1 favours b (4 vs 9), c2 favours b slightly (5 vs 6).
    let c = comparison(&[&[8.0, 6.0], &[4.0, 9.0], &[5.0, 6.0]]);
    let p = with(&c, &[(0, High)]);
    let e = evaluate(&c, &p);
    let change = explain(&c, &p, &e).unwrap().change.unwrap();
    // One step: switch c0 from high to normal changes nothing (still a by 20);
    // switching c1 on at normal gives a 67 vs b 70: b ahead by 3. That is the smallest.
    assert_eq!(
        (change.criterion, change.from, change.to),
        (common::criterion(&c, 1), None, Some(Normal))
    );
    assert_eq!(change.size(), 1);
    assert!(matches!(
        change.outcome,
        Outcome::Win {
            leader,
            margin: 3,
            ..
        } if leader == who(&c, 1)
    ));
    assert_eq!(
        describe(&c, &p, &e).what_would_change.as_deref(),
        Some("Switching on C1 at normal importance would put B ahead.")
    );
}

#[test]
fn what_would_change_a_toss_up_says_who_it_tips_towards() {
    let c = comparison(&[&[6.0, 6.0], &[9.0, 2.0], &[1.0, 1.0]]);
    let p = with(&c, &[(0, Normal)]);
    let text = describe(&c, &p, &evaluate(&c, &p));
    assert_eq!(
        text.what_would_change.as_deref(),
        Some("Switching on C1 at normal importance would tip it towards A.")
    );
}

#[test]
fn when_no_single_edit_changes_the_verdict_it_says_so() {
    let c = comparison(&[&[10.0, 0.0], &[10.0, 0.0], &[10.0, 0.0]]);
    let p = with(&c, &[(0, Normal)]);
    let e = evaluate(&c, &p);
    assert_eq!(explain(&c, &p, &e).unwrap().change, None);
    assert_eq!(
        describe(&c, &p, &e).what_would_change.as_deref(),
        Some("No single change to your priorities would alter this recommendation.")
    );
}

#[test]
fn turning_off_the_only_priority_is_never_offered() {
    let c = comparison(&[&[10.0, 0.0], &[0.0, 10.0], &[0.0, 10.0]]);
    let p = with(&c, &[(0, Critical)]);
    let change = explain(&c, &p, &evaluate(&c, &p)).unwrap().change.unwrap();
    assert!(change.to.is_some(), "{change:?}");
}

#[test]
fn overridden_wording_is_used() {
    let mut json: serde_json::Value =
        serde_json::from_str(versus::content::NODE_VS_PYTHON_JSON).unwrap();
    json["strings"] = serde_json::json!({ "winner_clear": "Klarer Sieg für {leader}" });
    let c = versus::model::native::parse_comparison(&json.to_string()).unwrap();
    let p = Priorities::from_preset(&c, c.preset_index("ml").unwrap());
    assert_eq!(
        describe(&c, &p, &evaluate(&c, &p)).headline,
        "Klarer Sieg für Python"
    );
}
