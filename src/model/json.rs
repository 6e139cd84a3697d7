//! A small JSON reader that knows where it is.
//!
//! Why not serde_json: the card ships to every reader of a blog post, and
//! serde's generic deserialisers were the largest part of the wasm file after
//! Yew itself. This reader is one non-generic function, keeps numbers as the
//! author wrote them (so validation can say "1e309" rather than "inf"), limits
//! nesting so a hostile document cannot exhaust the stack, and reports every
//! syntax error with the path, line and column an author needs to fix it.

/// A parsed JSON value. Objects keep their fields in document order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, exactly as written in the document (already checked to be JSON number syntax).
    Number(String),
    /// A string, with escapes resolved.
    Text(String),
    /// A list `[ … ]`.
    List(Vec<Value>),
    /// An object `{ … }`, fields in document order, each name at most once.
    Object(Vec<(String, Value)>),
}

impl Value {
    /// What kind of value this is, in words a JSON author uses ("a number", "a list [ … ]").
    pub fn kind(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "true or false",
            Value::Number(_) => "a number",
            Value::Text(_) => "text in quotes",
            Value::List(_) => "a list [ … ]",
            Value::Object(_) => "an object { … }",
        }
    }
}

const NO_COMMENTS: &str = "JSON has no comments: remove the text that starts with / here";

/// Deepest nesting of lists and objects accepted; a comparison needs 4.
pub const MAX_DEPTH: usize = 32;

/// Why a document is not JSON, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// The path of the value being read, such as `criteria[2].scores`; empty at the top.
    pub path: String,
    /// 1-based line of the offending character.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// What is wrong, as a sentence fragment without a final full stop.
    pub message: String,
}

/// Parses a whole document: one value, surrounded by nothing but whitespace.
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    // Editors on Windows may save a byte order mark; it is not content.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        at: 0,
        path: Vec::new(),
    };
    let value = reader.value()?;
    reader.skip_whitespace();
    if reader.at < reader.bytes.len() {
        return Err(reader.error(
            "there is more text after the end of the document: remove it, or wrap everything in one object",
        ));
    }
    Ok(value)
}

enum Step {
    Index(usize),
    Field(String),
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    path: Vec<Step>,
}

impl Reader<'_> {
    fn error(&self, message: impl Into<String>) -> SyntaxError {
        self.error_at(self.at, message)
    }

    /// An error pointing at byte `at`, with the path of the value being read.
    fn error_at(&self, at: usize, message: impl Into<String>) -> SyntaxError {
        let mut at = at.min(self.text.len());
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        let before = &self.text[..at];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let mut path = String::new();
        for step in &self.path {
            match step {
                Step::Index(i) => {
                    path.push('[');
                    path.push_str(&i.to_string());
                    path.push(']');
                }
                Step::Field(name) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(name);
                }
            }
        }
        SyntaxError {
            path,
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
            message: message.into(),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn value(&mut self) -> Result<Value, SyntaxError> {
        self.skip_whitespace();
        match self.peek() {
            None => Err(self.error("the document ends where a value was expected")),
            Some(b'{') => self.nested(Self::object),
            Some(b'[') => self.nested(Self::list),
            Some(b'"') => self.text().map(Value::Text),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b'\'') => Err(self.error("text must be in double quotes \"…\", not single quotes")),
            Some(b'/') => Err(self.error(NO_COMMENTS)),
            Some(b'<') if self.path.is_empty() => Err(self.error(
                "this looks like an HTML page, not a JSON document: check that the address points to the JSON file",
            )),
            Some(c) if c.is_ascii_alphabetic() => self.word(),
            Some(_) => Err(self.error(
                "expected a value here: text in double quotes, a number, true, false, null, a list [ … ] or an object { … }",
            )),
        }
    }

    fn nested(
        &mut self,
        read: fn(&mut Self) -> Result<Value, SyntaxError>,
    ) -> Result<Value, SyntaxError> {
        if self.path.len() >= MAX_DEPTH {
            return Err(self.error(format!(
                "lists and objects are nested more than {MAX_DEPTH} deep; a comparison needs only 4 levels"
            )));
        }
        read(self)
    }

    fn word(&mut self) -> Result<Value, SyntaxError> {
        let start = self.at;
        let mut end = start;
        while self.bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
            end += 1;
        }
        let value = match &self.text[start..end] {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            "null" => Value::Null,
            word => {
                let hint = if matches!(word, "NaN" | "Infinity" | "nan" | "inf" | "infinity") {
                    "JSON numbers are digits such as 7.5"
                } else {
                    "text must be in double quotes"
                };
                return Err(self.error(format!("{} is not a JSON value: {hint}", quoted(word))));
            }
        };
        self.at = end;
        Ok(value)
    }

    fn number(&mut self) -> Result<Value, SyntaxError> {
        let start = self.at;
        let digits = |reader: &mut Self| {
            let from = reader.at;
            while matches!(reader.peek(), Some(b'0'..=b'9')) {
                reader.at += 1;
            }
            reader.at - from
        };
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        let leading_zero = self.peek() == Some(b'0');
        let whole = digits(self);
        let mut valid = whole > 0 && !(leading_zero && whole > 1);
        if self.peek() == Some(b'.') {
            self.at += 1;
            valid &= digits(self) > 0;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            valid &= digits(self) > 0;
        }
        if !valid {
            self.at = start;
            return Err(self.error(
                "this number is not written the JSON way: use digits with an optional decimal point, such as 7 or 7.5, without leading zeros",
            ));
        }
        Ok(Value::Number(self.text[start..self.at].to_string()))
    }

    fn text(&mut self) -> Result<String, SyntaxError> {
        let open = self.at;
        self.at += 1;
        let mut out = String::new();
        loop {
            let run_start = self.at;
            while matches!(self.peek(), Some(c) if c != b'"' && c != b'\\' && c >= 0x20) {
                self.at += 1;
            }
            out.push_str(&self.text[run_start..self.at]);
            match self.peek() {
                None => {
                    self.at = open;
                    return Err(self.error(
                        "this text is never closed: a double quote \" is missing at its end",
                    ));
                }
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    let escape = self.escape()?;
                    out.push(escape);
                }
                Some(_) => {
                    return Err(self.error(
                        "a line break or control character inside text must be written as an escape such as \\n; or a closing double quote is missing before it",
                    ))
                }
            }
        }
    }

    /// Reads one escape sequence starting at the backslash.
    fn escape(&mut self) -> Result<char, SyntaxError> {
        let backslash = self.at;
        self.at += 1;
        let plain = match self.peek() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.at += 1;
                let first = self.hex4(backslash)?;
                let code = if (0xD800..0xDC00).contains(&first) {
                    if self.bytes.get(self.at..self.at + 2) != Some(b"\\u") {
                        self.at = backslash;
                        return Err(self.error("this \\u escape is half of a surrogate pair, and the other half is missing"));
                    }
                    self.at += 2;
                    let second = self.hex4(backslash)?;
                    if !(0xDC00..0xE000).contains(&second) {
                        self.at = backslash;
                        return Err(self.error("this \\u escape is half of a surrogate pair, and the other half is missing"));
                    }
                    0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                } else {
                    first
                };
                return char::from_u32(code).ok_or_else(|| {
                    self.error_at(
                        backslash,
                        "this \\u escape is a lone surrogate, not a character",
                    )
                });
            }
            _ => {
                self.at = backslash;
                return Err(self.error(
                    "unknown escape: inside text a backslash starts one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u0041; write \\\\ for a backslash",
                ));
            }
        };
        self.at += 1;
        Ok(plain)
    }

    fn hex4(&mut self, backslash: usize) -> Result<u32, SyntaxError> {
        let digits = self.bytes.get(self.at..self.at + 4).and_then(|four| {
            four.iter().try_fold(0u32, |code, &b| {
                char::from(b).to_digit(16).map(|digit| code * 16 + digit)
            })
        });
        match digits {
            Some(code) => {
                self.at += 4;
                Ok(code)
            }
            None => Err(self.error_at(
                backslash,
                "a \\u escape needs exactly four hexadecimal digits, such as \\u00e9",
            )),
        }
    }

    fn list(&mut self) -> Result<Value, SyntaxError> {
        self.at += 1;
        let mut items = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Value::List(items));
        }
        loop {
            self.path.push(Step::Index(items.len()));
            let item = self.value()?;
            self.path.pop();
            items.push(item);
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => {
                    self.at += 1;
                    self.skip_whitespace();
                    if self.peek() == Some(b']') {
                        return Err(self.error(
                            "there is a comma before this ]: JSON allows no comma after the last item, remove it",
                        ));
                    }
                }
                Some(b']') => {
                    self.at += 1;
                    return Ok(Value::List(items));
                }
                None => {
                    return Err(
                        self.error("the document ends inside a list: a closing ] is missing")
                    )
                }
                Some(_) => {
                    return Err(self.error("expected a comma or a closing ] after this item"))
                }
            }
        }
    }

    fn object(&mut self) -> Result<Value, SyntaxError> {
        self.at += 1;
        let mut fields: Vec<(String, Value)> = Vec::new();
        self.skip_whitespace();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Value::Object(fields));
        }
        loop {
            self.skip_whitespace();
            match self.peek() {
                Some(b'"') => {}
                None => return Err(self.error("the document ends inside an object: a closing } is missing")),
                Some(b'}') => {
                    return Err(self.error(
                        "there is a comma before this }: JSON allows no comma after the last field, remove it",
                    ))
                }
                Some(b'/') => return Err(self.error(NO_COMMENTS)),
                Some(_) => return Err(self.error("expected a field name in double quotes, such as \"title\"")),
            }
            let name_at = self.at;
            let name = self.text()?;
            if fields.iter().any(|(existing, _)| *existing == name) {
                self.at = name_at;
                return Err(self.error(format!(
                    "the field {} appears twice in this object: keep only one",
                    quoted(&name)
                )));
            }
            self.skip_whitespace();
            if self.peek() != Some(b':') {
                return Err(self.error("expected a colon : after the field name"));
            }
            self.at += 1;
            self.path.push(Step::Field(name));
            let value = self.value()?;
            let name = match self.path.pop() {
                Some(Step::Field(name)) => name,
                _ => String::new(),
            };
            fields.push((name, value));
            self.skip_whitespace();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Value::Object(fields));
                }
                None => {
                    return Err(
                        self.error("the document ends inside an object: a closing } is missing")
                    )
                }
                Some(_) => {
                    return Err(self.error("expected a comma or a closing } after this field"))
                }
            }
        }
    }
}

/// `value` in double quotes, cut short if long, for messages.
pub fn quoted(value: &str) -> String {
    const LIMIT: usize = 40;
    let mut out = String::from("\"");
    let mut chars = value.chars();
    out.extend(chars.by_ref().take(LIMIT));
    if chars.next().is_some() {
        out.push('…');
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> SyntaxError {
        parse(text).expect_err("the test document is invalid")
    }

    #[test]
    fn reads_every_kind_of_value_in_order() {
        let value =
            parse(r#" {"b": [1, -2.5e3, true, false, null], "a": "x\u00e9\ud83d\ude00\n"} "#);
        assert_eq!(
            value,
            Ok(Value::Object(vec![
                (
                    "b".into(),
                    Value::List(vec![
                        Value::Number("1".into()),
                        Value::Number("-2.5e3".into()),
                        Value::Bool(true),
                        Value::Bool(false),
                        Value::Null,
                    ])
                ),
                ("a".into(), Value::Text("xé😀\n".into())),
            ]))
        );
    }

    #[test]
    fn errors_carry_path_line_and_column() {
        let found = error("{\n  \"criteria\": [ {\"scores\": {\"a\": 1,}} ]\n}");
        assert_eq!(found.path, "criteria[0].scores");
        assert_eq!((found.line, found.column), (2, 36));
        assert!(found.message.contains("comma before this }"));
    }

    #[test]
    fn rejects_what_json_does_not_allow() {
        for (text, needle) in [
            ("", "ends where a value"),
            ("[1 2]", "comma or a closing ]"),
            ("{'a': 1}", "double quote"),
            ("{\"a\" 1}", "colon"),
            ("[NaN]", "digits such as 7.5"),
            ("[01]", "leading zeros"),
            ("[1.]", "JSON way"),
            ("[\"a\nb\"]", "line break"),
            ("[\"\\x\"]", "unknown escape"),
            ("[\"\\ud800\"]", "surrogate"),
            ("[\"\\u12\"]", "four hexadecimal"),
            ("{\"a\":1,\"a\":2}", "appears twice"),
            ("[\"open", "never closed"),
            ("{} {}", "after the end"),
            ("[1,]", "comma before this ]"),
        ] {
            let found = error(text);
            assert!(found.message.contains(needle), "{text:?}: {found:?}");
        }
    }

    #[test]
    fn a_byte_order_mark_is_not_content() {
        assert_eq!(parse("\u{feff}[]"), Ok(Value::List(Vec::new())));
    }

    #[test]
    fn deep_nesting_is_refused_not_a_stack_overflow() {
        let deep = "[".repeat(100_000);
        let found = error(&deep);
        assert!(found.message.contains("nested more than 32"), "{found:?}");
        assert!(parse(&format!("{}{}", "[".repeat(32), "]".repeat(32))).is_ok());
    }
}
