//! The card's reducer: what a click does to the state the view shows, and
//! when nothing changes (so Yew renders nothing).

use std::rc::Rc;

use versus::content::node_vs_python;
use versus::model::native::{validate, Native};
use versus::model::{Action, CriterionIndex, Origin};
use versus::ui::{CardAction, CardState, CopyState, SharedComparison};
use yew::Reducible;

mod common;

fn fresh() -> Rc<CardState> {
    let comparison =
        SharedComparison::new(node_vs_python(&Native).expect("default content is valid"));
    Rc::new(CardState::new(comparison, None))
}

fn criterion(state: &CardState, id: &str) -> CriterionIndex {
    state
        .comparison()
        .criterion_index(id)
        .expect("criterion exists")
}

#[test]
fn a_rows_disclosure_opens_and_closes_on_its_own() {
    let state = fresh();
    let ml = criterion(&state, "ml");
    let opened = state.clone().reduce(CardAction::Disclose(ml));
    assert!(opened.is_open(ml));
    let others_open = opened
        .comparison()
        .criterion_indexes()
        .filter(|&i| opened.is_open(i))
        .count();
    assert_eq!(others_open, 1, "only the one asked for opens");
    assert_eq!(
        opened.choices(),
        state.choices(),
        "opening a disclosure changes no choice"
    );
    let closed = opened.reduce(CardAction::Disclose(ml));
    assert!(!closed.is_open(ml));
}

#[test]
fn open_disclosures_stay_open_when_a_preset_is_applied() {
    let state = fresh();
    let ml = criterion(&state, "ml");
    let chat = state
        .comparison()
        .preset_index("chat")
        .expect("preset exists");
    let state = state
        .reduce(CardAction::Disclose(ml))
        .reduce(CardAction::Choose(Action::ApplyPreset(chat)));
    assert_eq!(state.choices().origin(), Origin::Preset(chat));
    assert!(state.is_open(ml));
}

#[test]
fn the_list_of_sources_opens_and_closes_as_the_reader_leaves_it() {
    let state = fresh();
    assert!(!state.sources_open(), "closed at first");
    let opened = state.clone().reduce(CardAction::ShowSources(true));
    assert!(opened.sources_open());
    assert_eq!(opened.choices(), state.choices());
    // Told again what it is already: the same state, so nothing re-renders.
    let again = opened.clone().reduce(CardAction::ShowSources(true));
    assert!(Rc::ptr_eq(&opened, &again));
    assert!(!again.reduce(CardAction::ShowSources(false)).sources_open());
}

#[test]
fn copy_feedback_shows_until_the_choices_change() {
    let copied = fresh().reduce(CardAction::Copied(Ok(())));
    assert_eq!(*copied.copy(), CopyState::Copied);
    let ml = criterion(&copied, "ml");
    // Opening a disclosure does not make the copied link stale...
    let still = copied.reduce(CardAction::Disclose(ml));
    assert_eq!(*still.copy(), CopyState::Copied);
    // ...new choices do.
    let changed = still.reduce(CardAction::Choose(Action::Toggle(ml)));
    assert_eq!(*changed.copy(), CopyState::Idle);
}

#[test]
fn a_refused_copy_keeps_the_link_to_copy_by_hand() {
    let link = "https://example.com/post#versus=preset:chat".to_string();
    let failed = fresh().reduce(CardAction::Copied(Err(link.clone())));
    assert_eq!(*failed.copy(), CopyState::Failed(link));
}

#[test]
fn actions_that_change_nothing_keep_the_same_state() {
    let state = fresh();
    // Reset from the defaults, and a description this card does not have
    // (an index from a larger comparison: the only way to get one).
    let larger = validate(&common::spec_from_scores(
        &vec![vec![50, 60]; 30],
        |i| (format!("c{i}"), format!("C{i}")),
        |c| (format!("k{c}"), format!("K{c}"), true),
    ))
    .expect("a valid comparison of 30 criteria");
    let beyond = larger.criterion_indexes().last().expect("30 criteria");
    for action in [
        CardAction::Choose(Action::Reset),
        CardAction::Disclose(beyond),
    ] {
        let after = state.clone().reduce(action.clone());
        assert!(
            Rc::ptr_eq(&state, &after),
            "{action:?} should leave the state as it was"
        );
    }
}

#[test]
fn a_share_link_taken_up_after_hydration_never_undoes_the_readers_click() {
    let state = fresh();
    let ml_preset =
        versus::model::share::decode(state.comparison(), "preset:ml").expect("a preset");
    // Nothing touched yet: the card moves to the link's choices.
    let moved = state.clone().reduce(CardAction::Restart {
        from: None,
        to: Some(ml_preset.clone()),
    });
    assert_eq!(*moved.choices(), ml_preset);
    // The reader clicked first: their choice stays.
    let speed = criterion(&state, "speed");
    let clicked = state
        .clone()
        .reduce(CardAction::Choose(Action::Toggle(speed)));
    let kept = clicked.clone().reduce(CardAction::Restart {
        from: None,
        to: Some(ml_preset),
    });
    assert_eq!(kept.choices(), clicked.choices());
    assert!(Rc::ptr_eq(&kept, &clicked), "nothing to render again");
}

#[test]
fn choices_made_for_another_comparison_never_reach_the_card() {
    let state = fresh();
    let defaults = versus::model::Choices::defaults(state.comparison());
    let larger = validate(&common::spec_from_scores(
        &vec![vec![50, 60]; 30],
        |i| (format!("c{i}"), format!("C{i}")),
        |c| (format!("k{c}"), format!("K{c}"), true),
    ))
    .expect("a valid comparison of 30 criteria");
    let foreign = versus::model::Choices::defaults(&larger);
    // Starting from them starts from the author's defaults...
    let started = CardState::new(state.comparison().clone(), Some(foreign.clone()));
    assert_eq!(*started.choices(), defaults);
    // ...and so does moving to them after hydration.
    let speed = criterion(&state, "speed");
    let clicked = state.reduce(CardAction::Choose(Action::Toggle(speed)));
    let moved = clicked.clone().reduce(CardAction::Restart {
        from: Some(clicked.choices().clone()),
        to: Some(foreign),
    });
    assert_eq!(*moved.choices(), defaults);
}
