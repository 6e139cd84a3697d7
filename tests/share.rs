//! Share links: the fragment encodes the reader's choices and reads them back.

use proptest::prelude::*;
use versus::content::node_vs_python;
use versus::model::native::Native;
use versus::model::share::{decode, encode, find_in_fragment, update_fragment};
use versus::model::{Action, Choices, Comparison, CriterionIndex, Importance, Origin};

fn comparison() -> Comparison {
    node_vs_python(&Native).expect("default content is valid")
}

fn index(c: &Comparison, id: &str) -> CriterionIndex {
    c.criterion_index(id).unwrap()
}

#[test]
fn defaults_need_no_fragment() {
    let c = comparison();
    assert_eq!(encode(&c, &Choices::defaults(&c)), None);
}

#[test]
fn an_untouched_preset_is_just_its_name() {
    let c = comparison();
    let choices =
        Choices::defaults(&c).apply(&c, Action::ApplyPreset(c.preset_index("chat").unwrap()));
    assert_eq!(encode(&c, &choices).as_deref(), Some("preset:chat"));
    assert_eq!(decode(&c, "preset:chat"), Ok(choices));
}

#[test]
fn customised_choices_keep_their_preset_and_importances() {
    let c = comparison();
    let choices = Choices::defaults(&c)
        .apply(&c, Action::ApplyPreset(c.preset_index("ml").unwrap()))
        .apply(&c, Action::Toggle(index(&c, "speed")))
        .apply(
            &c,
            Action::SetImportance(index(&c, "readability"), Importance::High),
        );
    let value = encode(&c, &choices).unwrap();
    assert_eq!(
        value,
        "preset:ml,speed,ml:critical,readability:high,analytics:high"
    );
    let back = decode(&c, &value).unwrap();
    assert_eq!(back, choices);
    assert_eq!(
        back.origin(),
        Origin::Customised(Some(c.preset_index("ml").unwrap()))
    );
}

#[test]
fn everything_off_is_written_as_none() {
    let c = comparison();
    let mut choices = Choices::defaults(&c);
    for (criterion, _) in Choices::defaults(&c).priorities().on() {
        choices = choices.apply(&c, Action::Toggle(criterion));
    }
    assert_eq!(encode(&c, &choices).as_deref(), Some("none"));
    assert!(decode(&c, "none")
        .unwrap()
        .priorities()
        .on()
        .next()
        .is_none());
}

#[test]
fn garbled_values_are_rejected_whole_and_name_the_part() {
    let c = comparison();
    for (value, part) in [
        ("preset:nope", "preset:nope"),
        ("speed,warp-drive", "warp-drive"),
        ("speed:extreme", "speed:extreme"),
        ("%zz", "%zz"),
        ("", ""),
        (",,,", ",,,"),
    ] {
        assert_eq!(
            decode(&c, value).map_err(|g| g.part),
            Err(part.to_string()),
            "{value:?}"
        );
    }
}

#[test]
fn percent_escapes_from_other_apps_are_understood() {
    let c = comparison();
    assert_eq!(
        decode(&c, "preset%3Achat").unwrap().origin(),
        Origin::Preset(c.preset_index("chat").unwrap())
    );
}

#[test]
fn each_card_owns_one_pair_of_the_fragment() {
    let fragment = "#intro&versus=preset:chat&other=speed";
    assert_eq!(find_in_fragment(fragment, "versus"), Some("preset:chat"));
    assert_eq!(find_in_fragment(fragment, "other"), Some("speed"));
    assert_eq!(find_in_fragment(fragment, "missing"), None);
    assert_eq!(
        update_fragment(fragment, "versus", Some("preset:ml")),
        "intro&other=speed&versus=preset:ml"
    );
    assert_eq!(
        update_fragment(fragment, "versus", None),
        "intro&other=speed"
    );
    assert_eq!(update_fragment("", "versus", Some("none")), "versus=none");
}

/// Found by fuzzing (fuzz/fuzz_targets/fragment.rs): a pair whose key starts
/// with '#' was read as this card's pair after a write, so a reload showed
/// the old choices instead of the reader's.
#[test]
fn a_key_that_starts_with_a_hash_is_another_key() {
    let hash = "#&#versus=\u{0}s=?";
    let written = format!("#{}", update_fragment(hash, "versus", Some("speed:high")));
    assert_eq!(find_in_fragment(&written, "versus"), Some("speed:high"));
    let removed = format!("#{}", update_fragment(&written, "versus", None));
    assert_eq!(find_in_fragment(&removed, "versus"), None);
}

fn choices_strategy() -> impl Strategy<Value = Vec<Action>> {
    let c = comparison();
    let criteria: Vec<CriterionIndex> = c.criterion_indexes().collect();
    let presets: Vec<_> = c.preset_indexes().collect();
    prop::collection::vec(
        prop_oneof![
            prop::sample::select(criteria.clone()).prop_map(Action::Toggle),
            (prop::sample::select(criteria), 0usize..3)
                .prop_map(|(i, l)| Action::SetImportance(i, Importance::ALL[l])),
            prop::sample::select(presets).prop_map(Action::ApplyPreset),
            Just(Action::Reset),
        ],
        0..12,
    )
}

proptest! {
    #[test]
    fn any_choices_survive_the_round_trip(actions in choices_strategy()) {
        let c = comparison();
        let choices = actions.iter().fold(Choices::defaults(&c), |ch, &a| ch.apply(&c, a));
        match encode(&c, &choices) {
            None => prop_assert_eq!(choices.origin(), Origin::Defaults),
            Some(value) => {
                let back = decode(&c, &value).expect("own encoding decodes");
                prop_assert_eq!(&back.priorities(), &choices.priorities());
                // Edits that happen to restore a preset read back as that preset.
                if back.origin() != choices.origin() {
                    prop_assert!(matches!((back.origin(), choices.origin()), (Origin::Preset(a), Origin::Customised(Some(b))) if a == b));
                }
            }
        }
    }

    #[test]
    fn no_fragment_value_makes_decoding_panic(value in ".{0,80}") {
        let c = comparison();
        let _ = decode(&c, &value);
        let _ = find_in_fragment(&value, "versus");
        let _ = update_fragment(&value, "versus", Some("x"));
    }
}

#[test]
fn each_card_gets_its_own_key_in_page_order() {
    use versus::model::share::assign_key;
    let mut taken = Vec::new();
    for wanted in [None, Some("tea"), None, Some("tea"), Some("versus-2")] {
        let key = assign_key(wanted, &taken);
        taken.push(key);
    }
    assert_eq!(taken, ["versus", "tea", "versus-2", "versus-3", "versus-4"]);
}

/// Escapes that apps add are read; a malformed or non-UTF-8 escape never
/// becomes a choice.
#[test]
fn percent_escapes_are_read_by_the_percent_encoding_rules() {
    let c = comparison();
    let escaped = decode(&c, "preset:chat%2Cspeed").expect("an escaped comma reads as a comma");
    assert_eq!(escaped, decode(&c, "preset:chat,speed").expect("plain"));
    for garbled in ["preset:chat%+f", "preset:chat%", "speed%FF", "%E2%9C"] {
        assert!(decode(&c, garbled).is_err(), "{garbled}");
    }
}

/// One meaning of `preset` with `priorities`, for every entry point (the
/// element, `versus render`, the platforms, the editor's preview).
#[test]
fn a_preset_and_priorities_start_a_card_one_way() {
    use versus::model::share::starting_choices;
    use versus::model::{Origin, Priorities};
    let c = versus::content::node_vs_python(&versus::model::native::Native).expect("valid");
    let chat = c.preset_index("chat").expect("chat");
    assert!(starting_choices(&c, None, None).is_none());
    let preset = starting_choices(&c, Some("chat"), None)
        .expect("given")
        .expect("known");
    assert_eq!(preset.origin(), Origin::Preset(chat));
    assert_eq!(preset.priorities(), &Priorities::from_preset(&c, chat));
    let own = starting_choices(&c, None, Some("speed,ml:high"))
        .expect("given")
        .expect("known");
    assert_eq!(own.origin(), Origin::Customised(None));
    let both = starting_choices(&c, Some("chat"), Some("speed,ml:high"))
        .expect("given")
        .expect("known");
    assert_eq!(both.origin(), Origin::Customised(Some(chat)));
    assert_eq!(
        both.priorities(),
        own.priorities(),
        "exactly the priorities given"
    );
    // The preset's own priorities, written out, are that preset untouched.
    let same = starting_choices(
        &c,
        Some("chat"),
        Some("realtime:critical,concurrency:high,scaling"),
    )
    .expect("given")
    .expect("known");
    assert_eq!(same.origin(), Origin::Preset(chat));
    let garbled = starting_choices(&c, Some("chat"), Some("speed,warp")).expect("given");
    assert_eq!(garbled.map(|_| ()).unwrap_err().part, "warp");
}
