//! The invariants the fuzzers check, shared by the libFuzzer targets in
//! `fuzz/` (long runs, by hand) and `tests/fuzz_smoke.rs` (short runs in CI).

use std::sync::OnceLock;

use versus::content::node_vs_python;
use versus::model::native::{parse_comparison, Native};
use versus::model::share::{decode, encode, find_in_fragment, update_fragment, DEFAULT_KEY};
use versus::model::{describe, evaluate, explain, Action, Choices, Comparison, Importance};

/// Any bytes as a comparison spec: parsing and validation never panic, a
/// refusal always says what is wrong, and an accepted spec survives scoring,
/// explanation, every preset and every action, and a share link round trip.
pub fn check_spec(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let comparison = match parse_comparison(text) {
        Ok(comparison) => comparison,
        Err(problems) => {
            assert!(!problems.is_empty(), "a refusal without a reason");
            assert!(problems.iter().all(|p| !p.sentence().is_empty()));
            return;
        }
    };
    let mut starts = vec![Choices::defaults(&comparison)];
    for preset in comparison.preset_indexes() {
        starts.push(Choices::defaults(&comparison).apply(&comparison, Action::ApplyPreset(preset)));
    }
    // Edits driven by the input's bytes, so the fuzzer explores priorities too.
    let mut edited = Choices::defaults(&comparison);
    for &byte in data.iter().take(64) {
        let criteria = comparison.criteria().len().max(1);
        let Some(criterion) = comparison
            .criterion_indexes()
            .nth(usize::from(byte) % criteria)
        else {
            continue;
        };
        let action = match byte % 4 {
            0 => Action::Toggle(criterion),
            1 => Action::SetImportance(criterion, Importance::ALL[usize::from(byte / 4) % 3]),
            2 => match comparison.preset_indexes().nth(usize::from(byte / 4)) {
                Some(preset) => Action::ApplyPreset(preset),
                None => continue,
            },
            _ => Action::Reset,
        };
        edited = edited.apply(&comparison, action);
    }
    starts.push(edited);
    starts.push(decode(&comparison, "none").expect("everything off is a valid link"));
    for choices in starts {
        let evaluation = evaluate(&comparison, choices.priorities());
        for standing in evaluation.standings() {
            assert!(standing.total().points() <= 100);
        }
        let _ = explain(&comparison, choices.priorities(), &evaluation);
        let text = describe(&comparison, choices.priorities(), &evaluation);
        assert!(!text.headline.is_empty());
        if let Some(value) = encode(&comparison, &choices) {
            let back = decode(&comparison, &value).expect("a link the card wrote reads back");
            assert_eq!(
                back.priorities(),
                choices.priorities(),
                "share link {value:?}"
            );
        }
    }
}

/// The built-in comparison, parsed once: the fragment target is the decoder.
fn built_in() -> &'static Comparison {
    static COMPARISON: OnceLock<Comparison> = OnceLock::new();
    COMPARISON.get_or_init(|| match node_vs_python(&Native) {
        Ok(comparison) => comparison,
        Err(problems) => panic!("the built-in comparison is invalid: {problems:?}"),
    })
}

/// Any text as a URL fragment: finding the card's pair, decoding it against
/// the built-in comparison and writing a new pair never panic; whatever
/// decodes re-encodes to a link that decodes to the same choices; and after a
/// write, a read finds exactly what was written.
pub fn check_fragment(fragment: &str) {
    let comparison = built_in();
    for key in [DEFAULT_KEY, "versus-2", "a"] {
        let value = find_in_fragment(fragment, key);
        for candidate in [value.unwrap_or(fragment), fragment] {
            if let Ok(choices) = decode(comparison, candidate) {
                if let Some(again) = encode(comparison, &choices) {
                    let back = decode(comparison, &again).expect("re-encoded links decode");
                    assert_eq!(back.priorities(), choices.priorities());
                }
            }
        }
        // As in the browser: location.hash has its '#', update_fragment's result does not.
        let hash = format!("#{fragment}");
        let written = format!("#{}", update_fragment(&hash, key, Some("speed:high")));
        assert_eq!(
            find_in_fragment(&written, key),
            Some("speed:high"),
            "{hash:?} -> {written:?}"
        );
        let removed = format!("#{}", update_fragment(&written, key, None));
        assert_eq!(
            find_in_fragment(&removed, key),
            None,
            "{written:?} -> {removed:?}"
        );
    }
}
