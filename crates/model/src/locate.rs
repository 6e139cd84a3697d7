//! Where a problem sits in the author's text. Problems of form carry their
//! line and column from the reader; rule problems only know their [`Path`]
//! (`criteria[2].scores.node`), so the command line and the editor look the
//! path up here, in jsonc-parser's syntax tree, which keeps every value's place.

use jsonc_parser::ast::Value;
use jsonc_parser::common::Ranged;
use jsonc_parser::{parse_to_ast, CollectOptions, ParseOptions};

use crate::problem::{Path, Position, Problem, Step};

/// Every problem with its place in `json`: its own, else where its path
/// starts (a missing value at the nearest enclosing one that exists), else
/// the start. The one pairing of problems and places, for the command line
/// and the editor. The text is parsed once for all of them, and not at all
/// for none (the editor does this on every keystroke).
pub fn problems_with_positions<'a>(
    json: &str,
    problems: &'a [Problem],
) -> Vec<(&'a Problem, Position)> {
    if problems.is_empty() {
        return Vec::new();
    }
    let text = crate::reading::without_byte_order_mark(json);
    let tree = parse_to_ast(text, &CollectOptions::default(), &ParseOptions::default()).ok();
    let root = tree.as_ref().and_then(|tree| tree.value.as_ref());
    problems
        .iter()
        .map(|problem| {
            let at = problem
                .at
                .or_else(|| root.map(|root| position_in(text, root, &problem.path)))
                .unwrap_or(Position::START);
            (problem, at)
        })
        .collect()
}

/// Where the value at `path` (such as `criteria[2].scores.node`) starts in
/// the parsed `text`.
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

    fn positions(json: &str, problems: &[Problem]) -> Vec<Position> {
        problems_with_positions(json, problems)
            .into_iter()
            .map(|(_, at)| at)
            .collect()
    }

    #[test]
    fn paths_are_found_where_they_start() {
        let json = "{\n  \"criteria\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\", \"scores\": {\"x\": 1}}\n  ]\n}";
        let problems = [
            Problem::new(
                Path::root().key("criteria").index(1).key("scores").key("x"),
                "x",
            ),
            // A missing field is placed at its object.
            Problem::new(Path::root().key("criteria").index(0).key("label"), "label"),
        ];
        assert_eq!(
            positions(json, &problems),
            [
                Position {
                    line: 4,
                    column: 28
                },
                Position { line: 3, column: 5 }
            ]
        );
        // Not JSON at all: the start.
        assert_eq!(
            positions("{ nope", &[Problem::new(Path::root().key("title"), "t")]),
            [Position::START]
        );
    }

    #[test]
    fn a_problem_keeps_its_own_place_and_comes_with_its_position() {
        let own = Position { line: 2, column: 3 };
        let problems = [
            Problem::placed(Path::root().key("title"), own, "placed"),
            Problem::new(Path::root(), "whole"),
        ];
        let placed = problems_with_positions("{\"title\": 1}", &problems);
        assert_eq!(placed.len(), 2);
        assert!(std::ptr::eq(placed[0].0, &problems[0]));
        assert_eq!(placed[0].1, own);
        assert!(std::ptr::eq(placed[1].0, &problems[1]));
        assert_eq!(placed[1].1, Position::START);
        assert!(problems_with_positions("{", &[]).is_empty());
    }
}
