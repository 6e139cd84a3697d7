//! `versus check`: the card's own messages, with the file, line and column
//! an editor can jump to.

use std::fs;
use std::path::PathBuf;

mod common;
use common::{root, versus};

fn bad_specs() -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = fs::read_dir(root().join("tests/bad-specs"))
        .expect("a readable folder")
        .map(|entry| entry.expect("an entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    found.sort();
    found
}

#[test]
fn check_says_nothing_for_valid_files() {
    let output = versus(
        &[
            "check",
            "content/node-vs-python.json",
            "e2e/hosts/specs/databases.json",
        ],
        None,
    );
    assert!(output.status.success());
    assert!(output.stdout.is_empty() && output.stderr.is_empty());
    let stdin = fs::read_to_string(root().join("content/node-vs-python.json")).expect("readable");
    assert!(versus(&["check", "-"], Some(&stdin)).status.success());
}

/// For every bad spec, `versus check` gives the card's own messages, each
/// with the file, line and column an editor can jump to.
#[test]
fn check_gives_the_cards_messages_with_file_line_and_column() {
    for path in bad_specs() {
        let name = path
            .strip_prefix(root())
            .expect("inside")
            .display()
            .to_string();
        let expected = fs::read_to_string(path.with_extension("expected")).expect("its .expected");
        let output = versus(&["check", &name], None);
        assert_eq!(output.status.code(), Some(1), "{name}");
        let stdout = String::from_utf8_lossy(&output.stdout);
        let lines: Vec<&str> = stdout.lines().collect();
        let wanted: Vec<&str> = expected.lines().collect();
        assert_eq!(lines.len(), wanted.len(), "{name}: {stdout}");
        for (line, wanted) in lines.iter().zip(wanted) {
            let (path, message) = wanted.split_once('\t').expect("path<TAB>message");
            let rest = line
                .strip_prefix(&format!("{name}:"))
                .unwrap_or_else(|| panic!("{line} names its file"));
            let (line_number, rest) = rest.split_once(':').expect("a line");
            let (column, rest) = rest.split_once(": ").expect("a column");
            let (line_number, column): (usize, usize) = (
                line_number.parse().expect("a line number"),
                column.parse().expect("a column number"),
            );
            assert!(line_number >= 1 && column >= 1, "{line}");
            // Problems of form said their place in the message; the checker moves it to the front.
            let message = message
                .strip_prefix(&format!("Line {line_number}, column {column}: "))
                .unwrap_or(message);
            let place = if path.is_empty() {
                String::new()
            } else {
                format!("{path}: ")
            };
            assert_eq!(rest, format!("{place}{message}"), "{name}");
        }
    }
}

#[test]
fn check_places_rule_problems_at_their_value() {
    let output = versus(
        &["check", "tests/bad-specs/rule-duplicate-contender-id.json"],
        None,
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    let text = fs::read_to_string(root().join("tests/bad-specs/rule-duplicate-contender-id.json"))
        .expect("readable");
    let line = stdout.lines().next().expect("a problem");
    let line_number: usize = line
        .split(':')
        .nth(1)
        .expect("a line")
        .parse()
        .expect("a number");
    assert!(
        text.lines()
            .nth(line_number - 1)
            .is_some_and(|l| l.contains("\"id\": \"tea\"")),
        "{line} does not point at the second \"tea\" id"
    );
}
