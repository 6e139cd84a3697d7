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

/// The built-in comparison with its first piece of evidence checked on
/// `day`, written where `versus check` can read it.
fn checked_on(day: &str) -> String {
    let text = fs::read_to_string(root().join("content/node-vs-python.json")).expect("readable");
    text.replacen(
        "\"checked\": \"2026-12-07\"",
        &format!("\"checked\": \"{day}\""),
        1,
    )
}

#[test]
fn check_refuses_a_checked_day_after_today_at_its_place() {
    let output = versus(&["check", "-"], Some(&checked_on("2999-01-01")));
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.starts_with("-:63:139: criteria[0].scores.node.evidence[0].checked: This date, 2999-01-01, is after today ("),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "the evidence from \"v8-docs\" for Node.js on Raw speed cannot have been checked yet"
        ),
        "{stdout}"
    );
    assert_eq!(stdout.lines().count(), 1);
}

#[test]
fn check_with_max_age_reports_old_evidence_claim_by_claim_and_only_then() {
    let old = checked_on("2000-01-01");
    // Without --max-age no date is too old.
    assert!(versus(&["check", "-"], Some(&old)).status.success());
    let output = versus(&["check", "--max-age", "12mo", "-"], Some(&old));
    assert_eq!(output.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(stdout.contains("criteria[0].scores.node.evidence[0].checked: This date, 2000-01-01, is more than 1 year ago"), "{stdout}");
    assert!(stdout.contains("read the evidence from \"v8-docs\" for Node.js on Raw speed again at https://v8.dev/docs"), "{stdout}");
    // The shipped comparison was checked within the year: nothing to report.
    assert!(versus(
        &["check", "--max-age", "1y", "content/node-vs-python.json"],
        None
    )
    .status
    .success());
    // An age that is not one is refused by name, with status 2.
    let wrong = versus(
        &["check", "--max-age", "12", "content/node-vs-python.json"],
        None,
    );
    assert_eq!(wrong.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&wrong.stderr)
        .contains("\"12\" is not an age: write a whole number"));
}
