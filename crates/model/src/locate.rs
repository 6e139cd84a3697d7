//! Where a problem sits in the author's text. Problems of form carry their
//! line and column from the reader; rule problems only know their [`Path`]
//! (`criteria[2].scores.node`), so the command line and the editor look the
//! path up here, in jsonc-parser's syntax tree, which keeps every value's place.

use jsonc_parser::ast::Value;
use jsonc_parser::common::Ranged;
use jsonc_parser::{parse_to_ast, CollectOptions, ParseOptions};

use crate::problem::{Path, Position, Problem, Step};

/// Every problem's place: its own, else where its path starts, else the
/// start. The text is parsed once for all of them (the editor does this on
/// every keystroke).
pub fn problem_positions(json: &str, problems: &[Problem]) -> Vec<Position> {
    let text = crate::reading::without_byte_order_mark(json);
    let tree = parse_to_ast(text, &CollectOptions::default(), &ParseOptions::default()).ok();
    let root = tree.as_ref().and_then(|tree| tree.value.as_ref());
    problems
        .iter()
        .map(|problem| {
            problem
                .at
                .or_else(|| root.map(|root| position_in(text, root, &problem.path)))
                .unwrap_or(Position::START)
        })
        .collect()
}

/// Where the value at `path` (such as `criteria[2].scores.node`) starts. A
/// missing value is placed at the nearest enclosing one that exists; `None`
/// when the text is not JSON at all.
pub fn position_of(json: &str, path: &Path) -> Option<Position> {
    let text = crate::reading::without_byte_order_mark(json);
    let tree = parse_to_ast(text, &CollectOptions::default(), &ParseOptions::default()).ok()?;
    Some(position_in(text, tree.value.as_ref()?, path))
}

/// [`position_of`] in an already parsed `text`.
fn position_in(text: &str, root: &Value<'_>, path: &Path) -> Position {
    let mut value = root;
    let mut start = value.start();
    for step in path.steps() {
        let next = match (value, step) {
            (Value::Object(object), Step::Key(key)) => object
                .properties
                .iter()
                .find(|p| p.name.as_str() == key)
                .map(|property| (property.range.start, &property.value)),
            (Value::Array(array), Step::Index(index)) => array
                .elements
                .get(*index)
                .map(|element| (element.start(), element)),
            _ => None,
        };
        let Some((next_start, next_value)) = next else {
            break;
        };
        start = next_start;
        value = next_value;
    }
    Position::at(text, start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_found_where_they_start() {
        let json = "{\n  \"criteria\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\", \"scores\": {\"x\": 1}}\n  ]\n}";
        assert_eq!(
            position_of(
                json,
                &Path::root().key("criteria").index(1).key("scores").key("x")
            ),
            Some(Position {
                line: 4,
                column: 28
            })
        );
        // A missing field is placed at its object.
        assert_eq!(
            position_of(json, &Path::root().key("criteria").index(0).key("label")),
            Some(Position { line: 3, column: 5 })
        );
        assert_eq!(position_of("{ nope", &Path::root().key("title")), None);
    }
}
