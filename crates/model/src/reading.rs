//! From a JSON document to a [`Spec`]: serde_json parses it, serde's derive
//! reads it into the spec types, serde_path_to_error says where a problem is,
//! and this module puts serde's terse words ("invalid type: integer `5`,
//! expected a string") into sentences an author can act on.
//!
//! Serde stops at the first problem of form (broken JSON, a wrong kind of
//! value, an unknown or missing field), so a document gets one such problem
//! at a time; the rules checked afterwards by [`crate::validate`] are
//! all reported at once.

use serde_json::error::Category;
use serde_path_to_error::{Path, Segment, Track};

use crate::problem::{quoted, Path as DocumentPath, Position, Problem, Step};
use crate::spec::{Spec, EXPECTED_OBJECT};

/// The text without the byte order mark an editor on Windows may save at
/// its start, which is not content: the one place that drops it, for the
/// reader, the place finder and the editor.
pub fn without_byte_order_mark(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Reads a document into a [`Spec`], or says what is wrong and where: the
/// path of the value, and the line and column (in characters, from 1).
pub fn read_spec(text: &str) -> Result<Spec, Problem> {
    let text = without_byte_order_mark(text);
    let mut json = serde_json::Deserializer::from_str(text);
    let mut track = Track::new();
    let spec = Spec::deserialize_document(serde_path_to_error::Deserializer::new(
        &mut json, &mut track,
    ))
    .and_then(|spec| json.end().map(|()| spec));
    spec.map_err(|error| problem(text, &track.path(), &error))
}

/// The problem an author reads for one serde_json error.
fn problem(text: &str, path: &Path, error: &serde_json::Error) -> Problem {
    let path = document_path(path);
    let words = serde_words(error);
    let mut at = serde_position(text, error.line(), error.column());
    if at.column == 1 && at.line > 1 && words.starts_with("control character") {
        // serde_json stops after the raw line break, on the next line: show
        // the author the end of the line where the text should have closed.
        at = Position::at(text, line_start(text, at.line).saturating_sub(1));
    }
    let found = Offending::at(text, at.line, at.column);
    let message = match error.classify() {
        Category::Syntax | Category::Eof | Category::Io => {
            format!(
                "{} The document is not valid JSON.",
                syntax(&words, text, &found)
            )
        }
        Category::Data => shape(&words, path.is_root()),
    };
    Problem::placed(path, at, message)
}

/// serde_path_to_error's path as the document path the validator builds too.
fn document_path(path: &Path) -> DocumentPath {
    path.iter()
        .filter_map(|segment| match segment {
            Segment::Seq { index } => Some(Step::Index(*index)),
            // serde_json's exact numbers pass through a map with this one key.
            Segment::Map { key } if key.starts_with("$serde_json::") => None,
            Segment::Map { key } | Segment::Enum { variant: key } => Some(Step::Key(key.clone())),
            Segment::Unknown => None,
        })
        .collect()
}

/// serde_json's message without its " at line L column C" ending.
fn serde_words(error: &serde_json::Error) -> String {
    let full = error.to_string();
    let ending = format!(" at line {} column {}", error.line(), error.column());
    full.strip_suffix(&ending).unwrap_or(&full).to_string()
}

/// The text of line `line` (from 1), without its line break.
fn line_text(text: &str, line: usize) -> &str {
    text.split('\n')
        .nth(line.saturating_sub(1))
        .unwrap_or_default()
}

/// Where line `line` (from 1) starts, as a byte offset.
fn line_start(text: &str, line: usize) -> usize {
    text.split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum()
}

/// serde_json's line and byte column (the last byte it read) as a position
/// in characters, as authors' editors count them.
fn serde_position(text: &str, line: usize, byte_column: usize) -> Position {
    let start = line_start(text, line);
    let end = start + line_text(text, line).len();
    Position::at(text, (start + byte_column.saturating_sub(1)).min(end))
}

/// The text where serde_json stopped, to recognise common slips.
struct Offending<'a> {
    /// The line up to the offending character.
    before: &'a str,
    /// The line from the offending character on.
    rest: &'a str,
    /// The whole document starts (after blanks) with this character.
    first: Option<char>,
}

impl<'a> Offending<'a> {
    fn at(text: &'a str, line: usize, column: usize) -> Self {
        let line_text = line_text(text, line);
        let start = line_text
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(line_text.len(), |(at, _)| at);
        Offending {
            before: &line_text[..start],
            rest: &line_text[start..],
            first: text.trim_start().chars().next(),
        }
    }

    fn starts_with(&self, prefix: &str) -> bool {
        self.rest.starts_with(prefix)
    }

    fn character(&self) -> Option<char> {
        self.rest.chars().next()
    }

    /// Whether the last `\u` escape before this point is the first half of
    /// a surrogate pair (U+D800 to U+DBFF), which needs a second `\u` escape.
    fn after_leading_surrogate(&self) -> bool {
        self.before.rsplit_once("\\u").is_some_and(|(_, hex)| {
            hex.get(..4)
                .and_then(|hex| u16::from_str_radix(hex, 16).ok())
                .is_some_and(|unit| (0xD800..0xDC00).contains(&unit))
        })
    }
}

const SURROGATE: &str =
    "This \\u escape is half of a surrogate pair, and the other half is missing.";

/// Broken JSON: what is wrong at the offending character, and how to fix it.
fn syntax(words: &str, text: &str, found: &Offending) -> String {
    if found.first == Some('<') {
        return "This looks like an HTML page, not a JSON document: check that the address points to the JSON file.".to_string();
    }
    if found.starts_with("/") {
        return "JSON has no comments: remove the text that starts with / here.".to_string();
    }
    if found.starts_with("'") {
        return "JSON text and field names are written in double quotes \"…\", not single quotes."
            .to_string();
    }
    for word in ["NaN", "Infinity", "undefined"] {
        if found.starts_with(word) {
            let sign = if found.before.ends_with('-') { "-" } else { "" };
            return format!(
                "\"{sign}{word}\" is not a JSON value: JSON numbers are digits such as 7.5."
            );
        }
    }
    let closing = match found.character() {
        Some(']') => Some(("]", "item")),
        Some('}') => Some(("}", "field")),
        _ => None,
    };
    match words {
        "EOF while parsing a value" if text.trim().is_empty() => {
            "The document is empty: it should be one object { … }.".to_string()
        }
        "EOF while parsing a value" => "The document ends where a value was expected.".to_string(),
        "EOF while parsing a string" => {
            "This text is never closed: a double quote \" is missing at its end.".to_string()
        }
        "EOF while parsing a list" => {
            "The document ends inside a list: a closing ] is missing.".to_string()
        }
        "EOF while parsing an object" => {
            "The document ends inside an object: a closing } is missing.".to_string()
        }
        "expected `:`" => "Expected a colon : after this field name.".to_string(),
        "expected `,` or `]`" => "Expected a comma or a closing ] after this item.".to_string(),
        "expected `,` or `}`" => "Expected a comma or a closing } after this field.".to_string(),
        "expected ident" | "expected value" => {
            "Expected a value here: text in double quotes, a number, true, false, null, a list [ … ] or an object { … }.".to_string()
        }
        "key must be a string" => {
            "Expected a field name in double quotes, such as \"title\".".to_string()
        }
        "trailing comma" => match closing {
            Some((bracket, what)) => format!(
                "There is a comma before this {bracket}: JSON allows no comma after the last {what}, remove it."
            ),
            None => "There is a comma after the last entry: remove it.".to_string(),
        },
        "trailing characters" => {
            "There is more text after the end of the document: remove it, or wrap everything in one object.".to_string()
        }
        "invalid escape" => {
            "Unknown escape: inside text a backslash starts one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u0041; write \\\\ for a backslash.".to_string()
        }
        "invalid number" => {
            "This number is not written the JSON way: use digits with an optional decimal point, such as 7 or 7.5, without leading zeros.".to_string()
        }
        "number out of range" => {
            "This number is too large to read: use a number from 0 to 10.".to_string()
        }
        "control character (\\u0000-\\u001F) found while parsing a string" => {
            "A line break or control character inside text must be written as an escape such as \\n; or a closing double quote is missing before it.".to_string()
        }
        "lone leading surrogate in hex escape" | "invalid unicode code point" => {
            SURROGATE.to_string()
        }
        "unexpected end of hex escape" if found.after_leading_surrogate() => SURROGATE.to_string(),
        "unexpected end of hex escape" => {
            "A \\u escape needs four hexadecimal digits, such as \\u00e9.".to_string()
        }
        "recursion limit exceeded" => {
            "Lists and objects are nested too deep; a comparison needs only 4 levels.".to_string()
        }
        other => sentence(other),
    }
}

/// A value of the wrong form: serde's words, or ours where a visitor of
/// [`crate::spec`] already wrote a whole sentence.
fn shape(words: &str, at_root: bool) -> String {
    let place = if at_root {
        "the document"
    } else {
        "this object"
    };
    if let Some(rest) = words.strip_prefix("unknown field `") {
        let (name, mut known) = match rest.rfind("`, expected ") {
            Some(end) => (
                &rest[..end],
                field_names(&rest[end + "`, expected ".len()..]),
            ),
            None => (rest.split('`').next().unwrap_or_default(), Vec::new()),
        };
        let hint = match closest(name, &known) {
            Some(close) => format!("did you mean {}?", quoted(close)),
            None => "check its spelling.".to_string(),
        };
        // `$schema` is for editors, not something an author misspells.
        known.retain(|name| !name.starts_with('$'));
        let listed = if known.is_empty() {
            "This object takes no fields.".to_string()
        } else {
            format!("The fields are {}.", known.join(", "))
        };
        return format!("There is no field {} here: {hint} {listed}", quoted(name));
    }
    if let Some(name) = backquoted(words, "missing field `") {
        return format!(
            "The field {} is missing from {place}: add it.",
            quoted(name)
        );
    }
    if let Some(name) = backquoted(words, "duplicate field `") {
        return format!(
            "The field {} appears twice in {place}: keep only one.",
            quoted(name)
        );
    }
    let wrong = words
        .strip_prefix("invalid type: ")
        .or_else(|| words.strip_prefix("invalid value: "));
    if let Some((found, expected)) = wrong.and_then(|rest| rest.rsplit_once(", expected ")) {
        let (found, expected) = (found_words(found), expected_words(expected));
        return if at_root {
            format!("The document must be {expected}, but it is {found}.")
        } else {
            format!("Expected {expected} here, but found {found}.")
        };
    }
    if words.starts_with(|c: char| c.is_uppercase() || c == '"') {
        return words.to_string();
    }
    sentence(words)
}

/// Serde's name for what it found, in JSON words.
fn found_words(found: &str) -> String {
    if let Some(text) = found.strip_prefix("string ") {
        return quoted(text.trim_matches('"'));
    }
    let kind = found.split(' ').next().unwrap_or_default();
    match kind {
        "integer" | "floating" | "number" => "a number",
        "boolean" => "true or false",
        "null" | "unit" => "null",
        "sequence" => "a list [ … ]",
        "map" => EXPECTED_OBJECT,
        _ => found,
    }
    .to_string()
}

/// Serde's name for what it expected, in JSON words.
fn expected_words(expected: &str) -> &str {
    match expected {
        "a string" => "text in double quotes",
        "a boolean" => "true or false",
        "a sequence" => "a list [ … ]",
        "a JSON number" => "a number from 0 to 10",
        other => other,
    }
}

/// The names in serde's "one of `a`, `b`" or "`a`".
fn field_names(list: &str) -> Vec<&str> {
    list.split('`')
        .skip(1)
        .step_by(2)
        .filter(|name| !name.is_empty())
        .collect()
}

/// The known name an author most likely meant, if one is close enough.
fn closest<'a>(name: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|candidate| (strsim::osa_distance(name, candidate), *candidate))
        .filter(|(distance, candidate)| *distance <= 2 && *distance * 2 < candidate.len())
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

fn backquoted<'a>(words: &'a str, prefix: &str) -> Option<&'a str> {
    words.strip_prefix(prefix)?.strip_suffix('`')
}

/// Serde's lower-case fragment as a sentence.
fn sentence(words: &str) -> String {
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => format!("{}{}.", first.to_uppercase(), chars.as_str()),
        None => "This is not a comparison document.".to_string(),
    }
}
