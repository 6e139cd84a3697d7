//! Undo and redo over every edit, form or JSON.
//!
//! The history keeps whole texts: a comparison is a few kilobytes, and a
//! text is what the author sees, so undo restores exactly what was there,
//! even a JSON view that did not parse.
//!
//! Typing in one field is one step, not one per key: edits with the same
//! group (the field's path) follow each other into the same step until the
//! field is left ([`History::end_group`]) or another field is edited.

use std::rc::Rc;

/// The most steps kept; older ones are forgotten first.
const MOST_STEPS: usize = 200;

/// Past and future texts around the current one.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    // Shared texts: the editor's reducer clones its state on every action.
    past: Vec<Rc<str>>,
    future: Vec<Rc<str>>,
    open_group: Option<String>,
}

impl History {
    /// Records that `before` is being replaced by an edit in `group` (the
    /// field's path; `None` for an edit that is always a step of its own).
    pub fn record(&mut self, before: &Rc<str>, group: Option<&str>) {
        self.future.clear();
        let same_group = group.is_some() && self.open_group.as_deref() == group;
        if !same_group {
            self.past.push(before.clone());
            if self.past.len() > MOST_STEPS {
                self.past.remove(0);
            }
        }
        self.open_group = group.map(str::to_string);
    }

    /// The author left the field: the next edit starts a new step.
    pub fn end_group(&mut self) {
        self.open_group = None;
    }

    /// The text before the last step, if any; `current` becomes redoable.
    pub fn undo(&mut self, current: &Rc<str>) -> Option<Rc<str>> {
        let before = self.past.pop()?;
        self.future.push(current.clone());
        self.open_group = None;
        Some(before)
    }

    /// The text the last undo left, if any; `current` becomes undoable.
    pub fn redo(&mut self, current: &Rc<str>) -> Option<Rc<str>> {
        let after = self.future.pop()?;
        self.past.push(current.clone());
        self.open_group = None;
        Some(after)
    }

    /// Whether there is anything to undo.
    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    /// Whether there is anything to redo.
    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(text: &str) -> Rc<str> {
        Rc::from(text)
    }

    #[test]
    fn typing_in_one_field_is_one_step() {
        let mut history = History::default();
        history.record(&t("a"), Some("title"));
        history.record(&t("ab"), Some("title"));
        history.record(&t("abc"), Some("title"));
        assert_eq!(history.undo(&t("abcd")).as_deref(), Some("a"));
        assert!(!history.can_undo());
        assert_eq!(history.redo(&t("a")).as_deref(), Some("abcd"));
    }

    #[test]
    fn leaving_a_field_or_changing_field_starts_a_step() {
        let mut history = History::default();
        history.record(&t("0"), Some("title"));
        history.end_group();
        history.record(&t("1"), Some("title"));
        history.record(&t("2"), Some("subtitle"));
        history.record(&t("3"), None);
        history.record(&t("4"), None);
        let mut current = t("5");
        let mut seen = Vec::new();
        while let Some(before) = history.undo(&current) {
            seen.push(before.to_string());
            current = before;
        }
        assert_eq!(seen, ["4", "3", "2", "1", "0"]);
    }

    #[test]
    fn a_new_edit_forgets_the_redo_steps() {
        let mut history = History::default();
        history.record(&t("a"), None);
        assert_eq!(history.undo(&t("b")).as_deref(), Some("a"));
        history.record(&t("a"), None);
        assert!(!history.can_redo());
    }

    #[test]
    fn only_the_newest_steps_are_kept() {
        let mut history = History::default();
        for n in 0..MOST_STEPS + 10 {
            history.record(&t(&n.to_string()), None);
        }
        let mut current = t("end");
        let mut count = 0;
        while let Some(before) = history.undo(&current) {
            current = before;
            count += 1;
        }
        assert_eq!(count, MOST_STEPS);
        assert_eq!(&*current, "10");
    }
}
