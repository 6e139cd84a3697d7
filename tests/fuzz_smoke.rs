//! A short fuzzing run for CI, on stable Rust: the same checks as the
//! libFuzzer targets in `fuzz/` (tests/common/checks.rs), fed by proptest with
//! mutations of real specs and fragments. The long coverage-guided runs are
//! `cargo +nightly fuzz run spec` and `… fragment` (SECURITY.md).

#[path = "common/checks.rs"]
mod checks;

use proptest::prelude::*;
use versus::content::NODE_VS_PYTHON_JSON;

/// One small edit of a text: JSON-ish tokens inserted, ranges deleted or repeated.
#[derive(Clone, Debug)]
enum Edit {
    Insert(usize, &'static str),
    Delete(usize, usize),
    Repeat(usize, usize),
}

const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\\",
    "\\u",
    "0",
    "-1",
    "1e309",
    "10.05",
    "null",
    "true",
    "\"on\": \"yes\"",
    "\"score\": 11",
    "\u{202e}",
    "\u{301}",
    "😀",
    "<img src=x onerror=alert(1)>",
    "\"id\": \"x\"",
    "\"accent\": \"red;}\"",
    "\"url\": \"javascript:alert(1)\"",
];

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    prop::collection::vec(
        prop_oneof![
            (any::<usize>(), prop::sample::select(TOKENS)).prop_map(|(at, t)| Edit::Insert(at, t)),
            (any::<usize>(), 0usize..64).prop_map(|(at, n)| Edit::Delete(at, n)),
            (any::<usize>(), 0usize..64).prop_map(|(at, n)| Edit::Repeat(at, n)),
        ],
        1..6,
    )
}

/// Applies edits at character boundaries, so the result stays valid UTF-8.
fn apply(text: &str, edits: &[Edit]) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for edit in edits {
        let len = chars.len().max(1);
        match *edit {
            Edit::Insert(at, token) => {
                let at = at % len;
                chars.splice(at..at, token.chars());
            }
            Edit::Delete(at, n) => {
                let at = at % len;
                let end = (at + n).min(chars.len());
                chars.drain(at.min(end)..end);
            }
            Edit::Repeat(at, n) => {
                let at = at % len;
                let end = (at + n).min(chars.len());
                let copy: Vec<char> = chars[at.min(end)..end].to_vec();
                chars.splice(end..end, copy);
            }
        }
    }
    chars.into_iter().collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn mutated_specs_never_break_the_model(edits in edits()) {
        checks::check_spec(apply(NODE_VS_PYTHON_JSON, &edits).as_bytes());
    }

    #[test]
    fn arbitrary_bytes_never_break_the_model(data in prop::collection::vec(any::<u8>(), 0..256)) {
        checks::check_spec(&data);
    }

    #[test]
    fn arbitrary_fragments_never_break_share_links(
        fragment in "[#&=,:%0-9A-Fa-z.\\-_ \u{0}é😀]{0,60}"
    ) {
        checks::check_fragment(&fragment);
    }
}

#[test]
fn the_crash_the_fragment_fuzzer_found_stays_fixed() {
    checks::check_fragment("&#versus=\u{1}\u{0}\u{0}v\u{0}\u{0}\u{0}");
}
