//! The editor's state: the author's text, what the validator says of it,
//! the last version the preview could show, and the undo history. One
//! reducer, as in Yew's todomvc example: the view sends [`Action`]s.
//!
//! Besides the card's own validation, the editor runs the checks that need
//! the author's clock ([`author_checks`]): a `checked` date after today is
//! a problem at its field, as `versus check` would report it. The day is
//! passed in (the browser's clock in the editor, a fixed day in tests).

use std::rc::Rc;

use versus::model::calendar::Day;
use versus::model::evidence::author_checks;
use versus::model::locate::problems_with_positions;
use versus::model::SharedComparison;
use versus::model::{parse_comparison, Platform, Problem};
use yew::Reducible;

use crate::document::{Document, Edit, Path};
use crate::history::History;

/// The Node.js vs Python comparison the card ships with, as its author wrote it.
pub const EXAMPLE: &str = include_str!("../../content/node-vs-python.json");

/// The blank comparison's text, made once: the start panel asks on every
/// render whether the draft is still one of the starting points.
fn blank_text() -> &'static str {
    static BLANK: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    BLANK.get_or_init(|| Document::blank().to_text())
}

/// Which way the author edits the document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum View {
    /// Field by field.
    #[default]
    Form,
    /// The JSON text itself.
    Json,
}

/// What a new start replaces the document with.
#[derive(Clone, Debug, PartialEq)]
pub enum Start {
    /// The Node.js vs Python comparison.
    Example,
    /// Two unnamed contenders and nothing else.
    Blank,
    /// A file or pasted text; `from` names it in messages.
    Text {
        /// Where it came from: a file name, or "the pasted text".
        from: String,
        /// The JSON.
        text: String,
    },
}

impl Start {
    fn text(&self) -> String {
        match self {
            Start::Example => EXAMPLE.to_string(),
            Start::Blank => blank_text().to_string(),
            Start::Text { text, .. } => text.clone(),
        }
    }
}

/// A problem as the editor lists it: where, and what.
#[derive(Clone, Debug, PartialEq)]
pub struct ListedProblem {
    /// The validator's path, such as `criteria[1].scores.tea.reason`.
    pub path: Path,
    /// Line in the JSON text, from 1.
    pub line: usize,
    /// Column in the JSON text, in characters, from 1.
    pub column: usize,
    /// The validator's message (its place is in `line` and `column`).
    pub message: String,
}

/// One thing the author did.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A form edit; `group` merges typing in one field into one undo step.
    Edit(Edit, Option<String>),
    /// The JSON view's text changed.
    SetText(String),
    /// The author left a field: the next edit is a new undo step.
    EndGroup,
    /// Undo the last step.
    Undo,
    /// Redo the last undone step.
    Redo,
    /// Switch between the form and the JSON view.
    Show(View),
    /// Start again from something else; asks first when work would be lost.
    Start(Start),
    /// Yes, replace the draft.
    ConfirmStart,
    /// No, keep the draft.
    CancelStart,
    /// A file could not be used; say why.
    Refuse(String),
}

/// Everything the editor shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    text: Rc<str>,
    document: Option<Document>,
    problems: Rc<Vec<ListedProblem>>,
    preview: Option<SharedComparison>,
    current: bool,
    today: Option<Day>,
    history: History,
    view: View,
    notice: Option<String>,
    pending: Option<Start>,
    revision: u64,
    platform: Validating,
}

/// Where the session runs, as the model's validation needs it (the browser
/// in the editor, the native platform in tests); equal to any other, so the
/// session compares by what it shows.
#[derive(Clone, Copy)]
struct Validating(&'static dyn Platform);

impl PartialEq for Validating {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for Validating {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Validating")
    }
}

impl Session {
    /// A session on `text` (a saved draft, or the example), validated on
    /// `platform`, with the author's `today` for the dates of evidence
    /// (`None` when the clock cannot say: no date is then too late).
    pub fn new(text: &str, platform: &'static dyn Platform, today: Option<Day>) -> Session {
        let mut session = Session {
            text: Rc::from(""),
            document: None,
            problems: Rc::default(),
            preview: None,
            current: false,
            today,
            history: History::default(),
            view: View::Form,
            notice: None,
            pending: None,
            revision: 0,
            platform: Validating(platform),
        };
        session.replace_text(text.to_string());
        session
    }

    /// The document's text, as the JSON view shows it and the draft keeps it.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text, shared without copying.
    pub fn shared_text(&self) -> std::rc::Rc<str> {
        self.text.clone()
    }

    /// The problems, shared without copying.
    pub fn shared_problems(&self) -> Rc<Vec<ListedProblem>> {
        self.problems.clone()
    }

    /// The document as the form reads it; `None` when the text is not one object.
    pub fn document(&self) -> Option<&Document> {
        self.document.as_ref()
    }

    /// Every problem the validator found, with its place in the text.
    pub fn problems(&self) -> &[ListedProblem] {
        &self.problems
    }

    /// The comparison the preview shows: the current one when the card
    /// accepts it, else the last one it accepted. A date the author's clock
    /// refuses does not stop the preview: readers' cards never judge dates.
    pub fn preview(&self) -> Option<&SharedComparison> {
        self.preview.as_ref()
    }

    /// Whether the preview shows the document as it is now.
    pub fn preview_is_current(&self) -> bool {
        self.current
    }

    /// The comparison, when it has no problems at all (the card's and the
    /// author's checks): what the export offers to publish.
    pub fn publishable(&self) -> Option<&SharedComparison> {
        (self.current && self.problems.is_empty())
            .then_some(self.preview.as_ref())
            .flatten()
    }

    /// The author's today, as the session was given it.
    pub fn today(&self) -> Option<Day> {
        self.today
    }

    /// Which view is showing.
    pub fn view(&self) -> View {
        self.view
    }

    /// A message about the last action (an edit the form could not make, a
    /// file that could not be used).
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// A start waiting for the author to confirm it.
    pub fn pending(&self) -> Option<&Start> {
        self.pending.as_ref()
    }

    /// Whether undo / redo would do something.
    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// Whether redo would do something.
    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Counts changes of the text, so the draft is saved once per change.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Applies one action.
    pub fn apply(&mut self, action: Action) {
        self.notice = None;
        match action {
            Action::Edit(edit, group) => {
                let Some(mut document) = self.document.clone() else {
                    self.notice = Some(crate::document::EditError::NotAnObject.to_string());
                    return;
                };
                match document.apply(&edit) {
                    Ok(()) => {
                        let text = document.to_text();
                        if text != *self.text {
                            self.history.record(&self.text, group.as_deref());
                            self.replace_text(text);
                        }
                    }
                    Err(error) => self.notice = Some(error.to_string()),
                }
            }
            Action::SetText(text) => {
                if text != *self.text {
                    self.history.record(&self.text, Some("json"));
                    self.replace_text(text);
                }
            }
            Action::EndGroup => self.history.end_group(),
            Action::Undo => {
                if let Some(before) = self.history.undo(&self.text) {
                    self.replace_text(before.to_string());
                }
            }
            Action::Redo => {
                if let Some(after) = self.history.redo(&self.text) {
                    self.replace_text(after.to_string());
                }
            }
            Action::Show(view) => {
                self.history.end_group();
                self.view = view;
            }
            Action::Start(start) => {
                if self.would_lose_work() {
                    self.pending = Some(start);
                } else {
                    self.start(start);
                }
            }
            Action::ConfirmStart => {
                if let Some(start) = self.pending.take() {
                    self.start(start);
                }
            }
            Action::CancelStart => self.pending = None,
            Action::Refuse(why) => self.notice = Some(why),
        }
    }

    /// Whether a new start would replace work: not when the draft is one of
    /// the starting points as given.
    pub fn would_lose_work(&self) -> bool {
        *self.text != *EXAMPLE && *self.text != *blank_text() && !self.text.trim().is_empty()
    }

    fn start(&mut self, start: Start) {
        let text = start.text();
        self.pending = None;
        if let Start::Text { from, .. } = &start {
            if Document::from_text(&text).is_none() {
                self.notice = Some(format!(
                    "{from} is not a JSON object: it is shown in the JSON view with its problems."
                ));
                self.view = View::Json;
            }
        }
        if text != *self.text {
            self.history.record(&self.text, None);
            self.replace_text(text);
        }
    }

    fn replace_text(&mut self, text: String) {
        self.document = Document::from_text(&text);
        match parse_comparison(&text, self.platform.0) {
            Ok(comparison) => {
                let checks = self
                    .today
                    .map(|today| author_checks(&comparison, today, None))
                    .unwrap_or_default();
                self.problems = Rc::new(listed(&text, &checks));
                self.preview = Some(SharedComparison::new(comparison));
                self.current = true;
            }
            Err(problems) => {
                self.problems = Rc::new(listed(&text, &problems));
                self.current = false;
            }
        }
        self.text = Rc::from(text);
        self.revision += 1;
    }

    /// The problems at exactly this path, for the field that shows them.
    pub fn problems_at(&self, path: &Path) -> Vec<&ListedProblem> {
        self.problems.iter().filter(|p| p.path == *path).collect()
    }
}

/// Problems with their places in `text`.
fn listed(text: &str, problems: &[Problem]) -> Vec<ListedProblem> {
    problems_with_positions(text, problems)
        .into_iter()
        .map(|(problem, at)| ListedProblem {
            path: problem.path.clone(),
            line: at.line,
            column: at.column,
            message: problem.message.clone(),
        })
        .collect()
}

impl Reducible for Session {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.apply(action);
        Rc::new(next)
    }
}
