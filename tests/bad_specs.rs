//! The corpus of bad comparison specs in `tests/bad-specs/`: each `NAME.json`
//! has a `NAME.expected` listing the exact problems the card must report, one
//! per line as `path<TAB>message` (the path is empty for the whole document).
//! The browser tests (e2e/tests/bad-input.spec.ts) give the same files to cards.
//!
//! After a deliberate change of wording, `VERSUS_BLESS=1 cargo test --test
//! bad_specs` rewrites the .expected files; review the diff before committing.

use std::fs;
use std::path::{Path, PathBuf};

use versus::model::native::parse_comparison;

fn corpus() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-specs");
    let mut specs: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("tests/bad-specs exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    specs.sort();
    specs
}

/// The problems as the .expected files write them.
fn report(text: &str) -> String {
    match parse_comparison(text) {
        Ok(_) => "(accepted: no problems)\n".to_string(),
        Err(problems) => problems
            .iter()
            .map(|p| format!("{}\t{}\n", p.path, p.sentence()))
            .collect(),
    }
}

#[test]
fn every_bad_spec_gets_exactly_its_expected_messages() {
    let specs = corpus();
    assert!(
        specs.len() >= 40,
        "the corpus has only {} specs",
        specs.len()
    );
    let bless = std::env::var_os("VERSUS_BLESS").is_some();
    let mut wrong = Vec::new();
    for spec in &specs {
        let text = fs::read_to_string(spec).expect("corpus files are UTF-8");
        let found = report(&text);
        let expected_path = spec.with_extension("expected");
        if bless {
            fs::write(&expected_path, &found).expect("writable corpus");
            continue;
        }
        let expected = fs::read_to_string(&expected_path).unwrap_or_default();
        if found != expected {
            wrong.push(format!(
                "{}:\n  expected:\n{expected}  found:\n{found}",
                spec.display()
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_message_is_a_sentence_that_names_its_place() {
    for spec in corpus() {
        let text = fs::read_to_string(&spec).expect("corpus files are UTF-8");
        let Err(problems) = parse_comparison(&text) else {
            panic!("{} is accepted", spec.display());
        };
        for problem in problems {
            let message = &problem.sentence();
            assert!(
                message.starts_with(|c: char| c.is_uppercase() || c == '"')
                    && message.ends_with('.'),
                "{}: {message:?} is not a sentence",
                spec.display()
            );
            assert!(
                message.chars().count() <= 400,
                "{}: a message of {} characters is too long to read",
                spec.display(),
                message.chars().count()
            );
            // A problem without a path is about the whole document, or gives a line and column.
            assert!(
                !problem.path.is_root()
                    || message.starts_with("Line ")
                    || message.contains("document"),
                "{}: {message:?} does not say where",
                spec.display()
            );
        }
    }
}
