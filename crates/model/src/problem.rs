//! What is wrong with a comparison document, and where: the one home of
//! problems, their paths and positions, for the reader of the JSON
//! ([`crate::reading`]), the validator ([`crate::validate`]), the place finder
//! ([`crate::locate`]), the card, the editor and the command line.
//!
//! A path is typed ([`Path`]): built step by step, printed one way
//! (`criteria[3].scores.python`), and never parsed back from text.

use std::fmt;

/// One step from a value to a value inside it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    /// A field of an object, or a key of a map.
    Key(String),
    /// An item of a list, from 0.
    Index(usize),
}

/// Where a value sits in a document, such as `criteria[2].scores.node`;
/// the root (the whole document) prints as nothing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Path(Vec<Step>);

impl Path {
    /// The whole document.
    pub fn root() -> Path {
        Path(Vec::new())
    }

    /// This path, then a field.
    pub fn key(&self, key: &str) -> Path {
        self.then(Step::Key(key.to_string()))
    }

    /// This path, then a list item.
    pub fn index(&self, index: usize) -> Path {
        self.then(Step::Index(index))
    }

    /// This path, then one more step.
    pub fn then(&self, step: Step) -> Path {
        let mut steps = self.0.clone();
        steps.push(step);
        Path(steps)
    }

    /// The path one step up, or `None` at the root.
    pub fn parent(&self) -> Option<Path> {
        let (_, rest) = self.0.split_last()?;
        Some(Path(rest.to_vec()))
    }

    /// The steps, outermost first.
    pub fn steps(&self) -> &[Step] {
        &self.0
    }

    /// Whether this is the whole document.
    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }
}

impl FromIterator<Step> for Path {
    fn from_iter<I: IntoIterator<Item = Step>>(steps: I) -> Self {
        Path(steps.into_iter().collect())
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (n, step) in self.0.iter().enumerate() {
            match step {
                Step::Key(key) if n == 0 => f.write_str(key)?,
                Step::Key(key) => write!(f, ".{key}")?,
                Step::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// A place in a document, both counted from 1; columns in characters, as
/// authors' editors count them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// The line.
    pub line: usize,
    /// The column, in characters.
    pub column: usize,
}

impl fmt::Display for Position {
    /// "Line 2, column 13", as the card, the command line's messages and
    /// the editor's list write a place.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Line {}, column {}", self.line, self.column)
    }
}

impl Position {
    /// The start of a document.
    pub const START: Position = Position { line: 1, column: 1 };

    /// Where the character holding byte `offset` of `text` is (the end of
    /// the text if `offset` is past it). The one line and column
    /// calculator: the reader's serde positions and the place finder's
    /// syntax tree offsets both come here.
    pub fn at(text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line_start = before.rfind('\n').map_or(0, |at| at + 1);
        Position {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }
}

/// One thing wrong with a document: where it is, and what to do about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where in the document; the root for the whole document.
    pub path: Path,
    /// What is wrong and how to fix it, in plain English, without its place.
    pub message: String,
    /// Line and column where reading stopped, for problems of form; rule
    /// problems have only a path ([`crate::locate`] finds their place).
    pub at: Option<Position>,
}

impl Problem {
    /// A problem known by its path only (a broken rule).
    pub fn new(path: Path, message: impl Into<String>) -> Problem {
        Problem {
            path,
            message: message.into(),
            at: None,
        }
    }

    /// A problem at a known line and column (a problem of form).
    pub fn placed(path: Path, at: Position, message: impl Into<String>) -> Problem {
        Problem {
            path,
            message: message.into(),
            at: Some(at),
        }
    }

    /// The message after its line and column when it has them, such as
    /// "Line 2, column 13: Expected text …": what the card shows after the path.
    pub fn sentence(&self) -> String {
        match self.at {
            Some(at) => format!("{at}: {}", self.message),
            None => self.message.clone(),
        }
    }
}

impl fmt::Display for Problem {
    /// `path: Line L, column C: message`, leaving out what it lacks.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.path.is_root() {
            write!(f, "{}: ", self.path)?;
        }
        f.write_str(&self.sentence())
    }
}

/// Longest piece of an author's value repeated in a message.
const SHOWN_CHARACTERS: usize = 40;

/// A value as a message repeats it: cut short, with "…", when a hostile one
/// is huge. The one truncator of the model.
pub fn shortened(value: &str) -> String {
    let mut chars = value.chars();
    let mut short: String = chars.by_ref().take(SHOWN_CHARACTERS).collect();
    if chars.next().is_some() {
        short.push('…');
    }
    short
}

/// A value quoted in a message, such as `"tea"`, cut short like [`shortened`].
pub fn quoted(value: &str) -> String {
    format!("\"{}\"", shortened(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_print_like_the_format_documentation() {
        let path = Path::root()
            .key("criteria")
            .index(2)
            .key("scores")
            .key("node");
        assert_eq!(path.to_string(), "criteria[2].scores.node");
        assert_eq!(Path::root().to_string(), "");
        assert_eq!(
            path.parent().map(|p| p.to_string()).as_deref(),
            Some("criteria[2].scores")
        );
    }

    #[test]
    fn positions_count_characters_from_one() {
        let text = "{\n  \"é\": 1,\n  \"😀x\"";
        assert_eq!(Position::at(text, 0), Position::START);
        // The "x" after an emoji: 4 bytes, one character.
        let x = text.find('x').unwrap_or_default();
        assert_eq!(Position::at(text, x), Position { line: 3, column: 5 });
        // An offset inside the emoji is the emoji.
        assert_eq!(Position::at(text, x - 2), Position { line: 3, column: 4 });
        assert_eq!(Position::at(text, 999), Position { line: 3, column: 7 });
    }

    #[test]
    fn problems_say_path_place_and_message_once() {
        let placed = Problem::placed(
            Path::root().key("title"),
            Position {
                line: 2,
                column: 13,
            },
            "Expected text.",
        );
        assert_eq!(
            placed.to_string(),
            "title: Line 2, column 13: Expected text."
        );
        assert_eq!(Problem::new(Path::root(), "Empty.").to_string(), "Empty.");
    }

    #[test]
    fn long_values_are_cut_at_forty_characters() {
        assert_eq!(quoted("tea"), "\"tea\"");
        let long = "a".repeat(41);
        assert_eq!(shortened(&long), format!("{}…", "a".repeat(40)));
        assert_eq!(shortened(&"a".repeat(40)), "a".repeat(40));
    }
}
