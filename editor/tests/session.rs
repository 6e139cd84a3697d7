//! The editor's state, natively: undo, the kept preview, starting over,
//! and the checks that need the author's clock.

use versus::model::calendar::Day;
use versus::model::native::Native;
use versus_editor::document::{evidence_path, Edit, Path};
use versus_editor::session::{Action, Session, Start, View, EXAMPLE};

/// The author's today in these tests: the day the example's evidence was
/// checked, so the example as shipped has no date after it.
fn today() -> Day {
    Day::new(2026, 12, 7).expect("a day of the calendar")
}

fn title_edit(text: &str) -> Action {
    Action::Edit(
        Edit::Text {
            path: Path::root().key("title"),
            text: text.to_string(),
        },
        Some("title".into()),
    )
}

#[test]
fn the_preview_keeps_the_last_valid_version_and_undo_brings_the_document_back() {
    let mut session = Session::new(EXAMPLE, &Native, Some(today()));
    assert!(session.preview_is_current());
    let shown = session.preview().cloned().expect("the example is valid");
    session.apply(Action::Show(View::Json));
    let broken = EXAMPLE.replacen(
        "\"title\": \"Node.js vs Python\",",
        "\"title\": \"Node.js vs Python\"",
        1,
    );
    session.apply(Action::SetText(broken));
    assert!(!session.preview_is_current());
    assert_eq!(
        session.preview(),
        Some(&shown),
        "the preview still shows the last valid card"
    );
    let problem = &session.problems()[0];
    assert_eq!((problem.line, problem.column), (3, 3));
    assert!(problem.message.contains("comma"), "{}", problem.message);
    session.apply(Action::Undo);
    assert_eq!(session.text(), EXAMPLE);
    assert!(session.problems().is_empty());
    session.apply(Action::Redo);
    assert!(!session.problems().is_empty());
}

#[test]
fn rule_problems_get_the_line_of_their_path() {
    let mut session = Session::new(EXAMPLE, &Native, Some(today()));
    session.apply(title_edit(""));
    let problem = &session.problems()[0];
    assert_eq!(problem.path.to_string(), "title");
    assert_eq!(
        problem.line, 2,
        "the title is on line 2 of the document the form writes"
    );
    assert_eq!(session.problems_at(&Path::root().key("title")).len(), 1);
}

#[test]
fn typing_in_one_field_undoes_in_one_step() {
    let mut session = Session::new(EXAMPLE, &Native, Some(today()));
    for text in ["T", "Te", "Tea"] {
        session.apply(title_edit(text));
    }
    session.apply(Action::EndGroup);
    session.apply(title_edit("Tea!"));
    session.apply(Action::Undo);
    assert!(session.text().contains("\"title\": \"Tea\""));
    session.apply(Action::Undo);
    assert_eq!(session.text(), EXAMPLE);
    assert!(!session.can_undo());
}

#[test]
fn starting_over_asks_before_it_replaces_work() {
    let mut session = Session::new(EXAMPLE, &Native, Some(today()));
    // Nothing to lose: the example as shipped.
    session.apply(Action::Start(Start::Blank));
    assert!(session.pending().is_none());
    session.apply(title_edit("Tea vs Coffee"));
    let draft = session.text().to_string();
    session.apply(Action::Start(Start::Example));
    assert_eq!(session.pending(), Some(&Start::Example));
    session.apply(Action::CancelStart);
    assert_eq!(session.text(), draft);
    session.apply(Action::Start(Start::Example));
    session.apply(Action::ConfirmStart);
    assert_eq!(session.text(), EXAMPLE);
    session.apply(Action::Undo);
    assert_eq!(session.text(), draft, "undo brings the replaced draft back");
}

#[test]
fn a_file_that_is_not_json_opens_in_the_json_view_with_its_problems() {
    let mut session = Session::new(EXAMPLE, &Native, Some(today()));
    session.apply(Action::Start(Start::Text {
        from: "notes.json".into(),
        text: "<html>".into(),
    }));
    assert_eq!(session.view(), View::Json);
    assert!(session
        .notice()
        .is_some_and(|n| n.starts_with("notes.json")));
    assert!(session.document().is_none());
    assert!(session.problems()[0].message.contains("HTML"));
    // The form cannot edit it, and says why instead of losing the text.
    session.apply(title_edit("x"));
    assert_eq!(session.text(), "<html>");
    assert!(session.notice().is_some());
}

#[test]
fn a_checked_date_after_today_is_a_problem_at_its_field_and_the_preview_still_follows() {
    let mut session = Session::new(EXAMPLE, &Native, Some(today()));
    assert!(session.problems().is_empty());
    let checked = evidence_path(0, "node").index(1).key("checked");
    let set = |text: &str| {
        Action::Edit(
            Edit::Text {
                path: checked.clone(),
                text: text.to_string(),
            },
            Some(checked.to_string()),
        )
    };
    session.apply(set("2026-12-08"));
    let at = session.problems_at(&checked);
    assert_eq!(at.len(), 1, "{:?}", session.problems());
    assert!(
        at[0]
            .message
            .contains("2026-12-08, is after today (2026-12-07)"),
        "{}",
        at[0].message
    );
    // Placed in the text like any other problem.
    let line = session
        .text()
        .lines()
        .position(|line| line.contains("\"checked\": \"2026-12-08\""))
        .expect("the edited date is in the text");
    assert_eq!(at[0].line, line + 1);
    // Readers' cards never judge dates: the preview shows the edit, but the
    // comparison is not offered for publishing until the date is fixed.
    assert!(session.preview_is_current());
    let shown = session.preview().expect("a preview");
    let day = shown.criteria()[0].scores()[0].evidence()[1].checked();
    assert_eq!(day.to_string(), "2026-12-08");
    assert!(session.publishable().is_none());
    session.apply(set("2026-12-07"));
    assert!(session.problems().is_empty());
    assert!(session.publishable().is_some());
}

#[test]
fn without_a_clock_no_date_is_too_late() {
    let future = EXAMPLE.replacen(
        "\"checked\": \"2026-12-07\"",
        "\"checked\": \"2099-01-01\"",
        1,
    );
    let session = Session::new(&future, &Native, None);
    assert!(session.problems().is_empty());
    let session = Session::new(&future, &Native, Some(today()));
    assert_eq!(session.problems().len(), 1);
}

#[test]
fn evidence_added_from_the_form_is_checked_today_and_undoes_in_one_step() {
    let mut session = Session::new(EXAMPLE, &Native, Some(today()));
    let before = session.text().to_string();
    session.apply(Action::Edit(
        Edit::AddEvidence {
            criterion: 1,
            contender: "python".into(),
            today: session
                .today()
                .map(|day| day.to_string())
                .unwrap_or_default(),
        },
        None,
    ));
    let document = session.document().expect("an object");
    let piece = evidence_path(1, "python").index(4);
    assert_eq!(document.text(&piece.key("checked")), "2026-12-07");
    assert_eq!(document.text(&piece.key("source")), "v8-docs");
    // Nothing said yet: the validator asks for the quote, at its field.
    assert_eq!(session.problems_at(&piece.key("says")).len(), 1);
    session.apply(Action::Undo);
    assert_eq!(session.text(), before);
}
