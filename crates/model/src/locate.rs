//! Where a problem sits in the author's text. Problems of form carry their
//! line and column from the reader; rule problems only know their path
//! (`criteria[2].scores.node`), so the command line and the editor look the
//! path up here, in jsonc-parser's syntax tree, which keeps every value's place.

use jsonc_parser::ast::Value;
use jsonc_parser::common::Ranged;
use jsonc_parser::{parse_to_ast, CollectOptions, ParseOptions};

use crate::{Position, Problem};

/// Every problem's place: its own, else where its path starts, else the
/// start. The text is parsed once for all of them (the editor does this on
/// every keystroke).
pub fn problem_positions(json: &str, problems: &[Problem]) -> Vec<Position> {
    let text = json.strip_prefix('\u{feff}').unwrap_or(json);
    let tree = parse_to_ast(text, &CollectOptions::default(), &ParseOptions::default()).ok();
    let root = tree.as_ref().and_then(|tree| tree.value.as_ref());
    problems
        .iter()
        .map(|problem| {
            problem
                .at
                .or_else(|| root.map(|root| position_in(text, root, &problem.path)))
                .unwrap_or(Position { line: 1, column: 1 })
        })
        .collect()
}

/// The message without its "Line L, column C: " prefix, for places that
/// show the position apart from the message.
pub fn message_without_position(problem: &Problem, at: Position) -> &str {
    let prefix = format!("Line {}, column {}: ", at.line, at.column);
    problem
        .message
        .strip_prefix(&prefix)
        .unwrap_or(&problem.message)
}

/// Where the value at `path` (such as `criteria[2].scores.node`) starts. A
/// missing value is placed at the nearest enclosing one that exists; `None`
/// when the text is not JSON at all.
pub fn position_of(json: &str, path: &str) -> Option<Position> {
    let text = json.strip_prefix('\u{feff}').unwrap_or(json);
    let tree = parse_to_ast(text, &CollectOptions::default(), &ParseOptions::default()).ok()?;
    Some(position_in(text, tree.value.as_ref()?, path))
}

/// [`position_of`] in an already parsed `text`.
fn position_in(text: &str, root: &Value<'_>, path: &str) -> Position {
    let mut value = root;
    let mut start = value.start();
    for segment in path_segments(path) {
        let next = match (value, segment) {
            (Value::Object(object), Segment::Key(key)) => object
                .properties
                .iter()
                .find(|p| p.name.as_str() == key)
                .map(|property| (property.range.start, &property.value)),
            (Value::Array(array), Segment::Index(index)) => array
                .elements
                .get(index)
                .map(|element| (element.start(), element)),
            _ => None,
        };
        let Some((next_start, next_value)) = next else {
            break;
        };
        start = next_start;
        value = next_value;
    }
    let before = text.get(..start).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .unwrap_or_default()
        .chars()
        .count()
        + 1;
    Position { line, column }
}

/// One step of a problem's path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    /// A field or map key.
    Key(&'a str),
    /// A list index.
    Index(usize),
}

/// `a.b[2].c` as keys and indexes.
pub fn path_segments(path: &str) -> Vec<Segment<'_>> {
    let mut segments = Vec::new();
    for part in path.split('.').filter(|part| !part.is_empty()) {
        let (key, indexes) = part
            .split_once('[')
            .map_or((part, ""), |(k, rest)| (k, rest));
        if !key.is_empty() {
            segments.push(Segment::Key(key));
        }
        for index in indexes.split('[') {
            if let Ok(index) = index.trim_end_matches(']').parse() {
                segments.push(Segment::Index(index));
            }
        }
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_found_where_they_start() {
        let json = "{\n  \"criteria\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\", \"scores\": {\"x\": 1}}\n  ]\n}";
        assert_eq!(
            position_of(json, "criteria[1].scores.x"),
            Some(Position {
                line: 4,
                column: 28
            })
        );
        // A missing field is placed at its object.
        assert_eq!(
            position_of(json, "criteria[0].label"),
            Some(Position { line: 3, column: 5 })
        );
        assert_eq!(position_of("{ nope", "title"), None);
    }

    #[test]
    fn segments_split_keys_and_indexes() {
        assert_eq!(
            path_segments("criteria[2].scores.node"),
            vec![
                Segment::Key("criteria"),
                Segment::Index(2),
                Segment::Key("scores"),
                Segment::Key("node")
            ]
        );
    }
}
