//! The editor's state, natively: undo, the kept preview, starting over.

use versus::model::native::Native;
use versus_editor::document::{Edit, Path};
use versus_editor::session::{Action, Session, Start, View, EXAMPLE};

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
    let mut session = Session::new(EXAMPLE, &Native);
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
    let mut session = Session::new(EXAMPLE, &Native);
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
    let mut session = Session::new(EXAMPLE, &Native);
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
    let mut session = Session::new(EXAMPLE, &Native);
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
    let mut session = Session::new(EXAMPLE, &Native);
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
