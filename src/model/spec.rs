//! The comparison document as an author writes it in JSON.
//!
//! These types mirror the JSON format one to one and promise nothing beyond
//! "it parsed". [`crate::model::validate`] turns a [`Spec`] into a
//! [`crate::model::Comparison`] whose invariants the rest of the code trusts.

use crate::model::json::{quoted, Value};
use crate::model::validate::Problem;

/// A whole comparison: who is compared, on what, and the ready-made use cases.
#[derive(Clone, Debug, PartialEq)]
pub struct Spec {
    /// Headline of the card, such as "Node.js vs Python".
    pub title: String,
    /// A line under the title, such as "for backend development".
    pub subtitle: Option<String>,
    /// Where the claims come from.
    pub attribution: Option<AttributionSpec>,
    /// The things being compared, 2 to 6.
    pub contenders: Vec<ContenderSpec>,
    /// What they are compared on, 3 to 30.
    pub criteria: Vec<CriterionSpec>,
    /// Ready-made sets of priorities, typically one per use case.
    pub presets: Vec<PresetSpec>,
    /// Replacements for the card's own wording, keyed by string name.
    pub strings: Vec<(String, String)>,
}

/// Credit line shown under the card, with an optional http(s) link.
#[derive(Clone, Debug, PartialEq)]
pub struct AttributionSpec {
    /// The words shown, such as "Based on an article by …".
    pub text: String,
    /// Where the words link to; only http and https are accepted.
    pub url: Option<String>,
}

/// One of the things being compared.
#[derive(Clone, Debug, PartialEq)]
pub struct ContenderSpec {
    /// Stable identifier used in scores, presets and share links.
    pub id: String,
    /// Display name.
    pub name: String,
    /// A few words under the name.
    pub tagline: Option<String>,
    /// Accent colour in plain CSS colour syntax (`#3c873a`, `rgb(…)`, `teal`).
    pub accent: Option<String>,
}

/// One thing a reader may care about, with every contender's score on it.
#[derive(Clone, Debug, PartialEq)]
pub struct CriterionSpec {
    /// Stable identifier used in presets, attributes and share links.
    pub id: String,
    /// Short label on the switch.
    pub label: String,
    /// One line saying what the criterion means.
    pub description: String,
    /// Whether the priority starts switched on (at normal importance).
    pub on: bool,
    /// Score and reason for each contender, keyed by contender id.
    pub scores: Vec<(String, ScoreSpec)>,
}

/// How one contender does on one criterion.
#[derive(Clone, Debug, PartialEq)]
pub struct ScoreSpec {
    /// From 0 (poor) to 10 (excellent), at most one decimal.
    pub score: Number,
    /// One sentence saying why.
    pub reason: String,
    /// Whether the score restates the source or is the author's estimate.
    pub basis: Option<Basis>,
}

/// Where a score comes from, so readers can tell claims from judgement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// The attributed source makes this claim.
    Source,
    /// The author's reasoned estimate where the source is silent.
    Estimate,
}

/// A named set of priorities, such as "Real-time chat".
#[derive(Clone, Debug, PartialEq)]
pub struct PresetSpec {
    /// Stable identifier used in attributes and share links.
    pub id: String,
    /// Label on the preset button.
    pub label: String,
    /// Criterion id to importance (`"normal"`, `"high"` or `"critical"`);
    /// criteria not named are off.
    pub priorities: Vec<(String, String)>,
}

/// A JSON number exactly as the author wrote it, so that validation can
/// quote "1e309" back rather than "inf", and check decimals without rounding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Number(pub String);

/// Why a number is not a usable score.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScoreProblem {
    /// Below 0 or above 10.
    OutOfRange,
    /// Between 0 and 10, but with more than one decimal.
    TooPrecise,
    /// Not number syntax at all (only possible for specs built in code).
    NotANumber,
}

impl Number {
    /// The number `tenths / 10`, written the way an author would.
    pub fn from_tenths(tenths: u32) -> Self {
        let whole = (tenths / 10).to_string();
        Number(match tenths % 10 {
            0 => whole,
            decimal => whole + "." + &decimal.to_string(),
        })
    }

    /// The value in whole tenths, if it is from 0 to 10 with at most one decimal.
    /// Exact for any length of digits or exponent: no floating point involved.
    pub fn tenths(&self) -> Result<u32, ScoreProblem> {
        let raw = self.0.trim();
        let (negative, unsigned) = match raw.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, raw),
        };
        let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
            Some((mantissa, exponent)) => (mantissa, parse_exponent(exponent)?),
            None => (unsigned, 0),
        };
        let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
        if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) {
            return Err(ScoreProblem::NotANumber);
        }
        // The value in tenths is `digits × 10^scale`.
        let digits = [whole, fraction].concat();
        let digits = digits.trim_start_matches('0');
        let significant = digits.trim_end_matches('0');
        if significant.is_empty() {
            return Ok(0);
        }
        let scale = exponent
            .saturating_sub(fraction.len() as i64)
            .saturating_add(1)
            .saturating_add((digits.len() - significant.len()) as i64);
        let integer_digits = (significant.len() as i64).saturating_add(scale);
        if negative || integer_digits > 3 {
            return Err(ScoreProblem::OutOfRange);
        }
        let (integer_part, has_fraction) = if scale >= 0 {
            (significant.to_string() + &"0".repeat(scale as usize), false)
        } else if integer_digits > 0 {
            (significant[..integer_digits as usize].to_string(), true)
        } else {
            (String::from("0"), true)
        };
        let tenths: u32 = integer_part.parse().map_err(|_| ScoreProblem::NotANumber)?;
        if tenths > 100 || (tenths == 100 && has_fraction) {
            Err(ScoreProblem::OutOfRange)
        } else if has_fraction {
            Err(ScoreProblem::TooPrecise)
        } else {
            Ok(tenths)
        }
    }
}

/// An exponent as a saturating integer: `1e999999999999999999` is simply huge.
fn parse_exponent(text: &str) -> Result<i64, ScoreProblem> {
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() {
        return Err(ScoreProblem::NotANumber);
    }
    let mut value: i64 = 0;
    for b in digits.bytes() {
        if !b.is_ascii_digit() {
            return Err(ScoreProblem::NotANumber);
        }
        value = value.saturating_mul(10).saturating_add(i64::from(b - b'0'));
    }
    Ok(if negative { -value } else { value })
}

impl Spec {
    /// Reads a parsed JSON document as a spec, or lists every place where it
    /// does not fit the format: unknown or missing fields, wrong kinds of value.
    pub fn from_json(document: &Value) -> Result<Spec, Vec<Problem>> {
        let mut fit = Fit::default();
        let spec = fit.spec(document);
        if fit.problems.is_empty() {
            Ok(spec)
        } else {
            Err(fit.problems)
        }
    }
}

/// Collects format problems while reading; values that do not fit are read
/// as empty defaults, which never matter because any problem discards them.
#[derive(Default)]
struct Fit {
    problems: Vec<Problem>,
}

/// An object being read, with the path that leads to it.
struct Object<'a> {
    path: String,
    fields: &'a [(String, Value)],
    /// False when the value was not an object at all: that one problem is
    /// reported, not each of its missing fields as well.
    is_object: bool,
}

impl<'a> Object<'a> {
    /// The field's value; `null` counts as absent, as for an optional field.
    fn get(&self, name: &str) -> Option<&'a Value> {
        self.fields
            .iter()
            .find(|(field, value)| field == name && *value != Value::Null)
            .map(|(_, value)| value)
    }

    fn path_of(&self, name: &str) -> String {
        join(&self.path, name)
    }
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        [path, ".", name].concat()
    }
}

impl Fit {
    fn report(&mut self, path: String, message: String) {
        self.problems.push(Problem { path, message });
    }

    fn wrong_kind(&mut self, path: String, expected: &str, found: &Value) {
        let message = if path.is_empty() {
            [
                "The document must be ",
                expected,
                ", but it is ",
                found.kind(),
                ".",
            ]
            .concat()
        } else {
            [
                "Expected ",
                expected,
                " here, but found ",
                found.kind(),
                ".",
            ]
            .concat()
        };
        self.report(path, message);
    }

    /// Reads `value` as an object whose field names must be among `allowed`.
    fn object<'a>(&mut self, path: String, value: &'a Value, allowed: &[&str]) -> Object<'a> {
        let (fields, is_object): (&'a [(String, Value)], bool) = match value {
            Value::Object(fields) => (fields, true),
            other => {
                self.wrong_kind(path.clone(), "an object { … }", other);
                (&[], false)
            }
        };
        for (name, _) in fields {
            if !allowed.contains(&name.as_str()) {
                self.report(
                    join(&path, name),
                    [
                        "There is no field ",
                        &quoted(name),
                        " here: check its spelling. The fields are ",
                        &allowed.join(", "),
                        ".",
                    ]
                    .concat(),
                );
            }
        }
        Object {
            path,
            fields,
            is_object,
        }
    }

    fn required<'a>(&mut self, object: &Object<'a>, name: &str) -> Option<&'a Value> {
        let value = object.get(name);
        if value.is_none() && object.is_object {
            let place = if object.path.is_empty() {
                "the document"
            } else {
                "this object"
            };
            self.report(
                object.path.clone(),
                [
                    "The field ",
                    &quoted(name),
                    " is missing from ",
                    place,
                    ": add it.",
                ]
                .concat(),
            );
        }
        value
    }

    fn text_value(&mut self, path: String, value: &Value) -> String {
        match value {
            Value::Text(text) => text.clone(),
            other => {
                self.wrong_kind(path, "text in double quotes", other);
                String::new()
            }
        }
    }

    fn text(&mut self, object: &Object, name: &str) -> String {
        match self.required(object, name) {
            Some(value) => self.text_value(object.path_of(name), value),
            None => String::new(),
        }
    }

    fn optional_text(&mut self, object: &Object, name: &str) -> Option<String> {
        object
            .get(name)
            .map(|value| self.text_value(object.path_of(name), value))
    }

    /// A list field; absent reads as empty (the validator counts entries).
    fn list<T>(
        &mut self,
        object: &Object,
        name: &str,
        mut item: impl FnMut(&mut Self, String, &Value) -> T,
    ) -> Vec<T> {
        let path = object.path_of(name);
        match object.get(name) {
            None => Vec::new(),
            Some(Value::List(items)) => items
                .iter()
                .enumerate()
                .map(|(i, value)| {
                    item(
                        self,
                        [path.as_str(), "[", &i.to_string(), "]"].concat(),
                        value,
                    )
                })
                .collect(),
            Some(other) => {
                self.wrong_kind(path, "a list [ … ]", other);
                Vec::new()
            }
        }
    }

    /// An object used as a map from ids to values; absent reads as empty.
    fn map<T>(
        &mut self,
        object: &Object,
        name: &str,
        mut entry: impl FnMut(&mut Self, String, &Value) -> T,
    ) -> Vec<(String, T)> {
        let path = object.path_of(name);
        match object.get(name) {
            None => Vec::new(),
            Some(Value::Object(fields)) => fields
                .iter()
                .map(|(key, value)| (key.clone(), entry(self, join(&path, key), value)))
                .collect(),
            Some(other) => {
                self.wrong_kind(path, "an object { … }", other);
                Vec::new()
            }
        }
    }

    fn spec(&mut self, document: &Value) -> Spec {
        let o = self.object(
            String::new(),
            document,
            &[
                "title",
                "subtitle",
                "attribution",
                "contenders",
                "criteria",
                "presets",
                "strings",
            ],
        );
        let attribution = o.get("attribution").map(|value| {
            let a = self.object(o.path_of("attribution"), value, &["text", "url"]);
            AttributionSpec {
                text: self.text(&a, "text"),
                url: self.optional_text(&a, "url"),
            }
        });
        let title = self.text(&o, "title");
        // Lists read as empty when absent, so their absence is reported here.
        for required in ["contenders", "criteria"] {
            self.required(&o, required);
        }
        Spec {
            title,
            subtitle: self.optional_text(&o, "subtitle"),
            attribution,
            contenders: self.list(&o, "contenders", |fit, path, value| {
                let c = fit.object(path, value, &["id", "name", "tagline", "accent"]);
                ContenderSpec {
                    id: fit.text(&c, "id"),
                    name: fit.text(&c, "name"),
                    tagline: fit.optional_text(&c, "tagline"),
                    accent: fit.optional_text(&c, "accent"),
                }
            }),
            criteria: self.list(&o, "criteria", Self::criterion),
            presets: self.list(&o, "presets", |fit, path, value| {
                let p = fit.object(path, value, &["id", "label", "priorities"]);
                fit.required(&p, "priorities");
                PresetSpec {
                    id: fit.text(&p, "id"),
                    label: fit.text(&p, "label"),
                    priorities: fit.map(&p, "priorities", Self::text_value),
                }
            }),
            strings: self.map(&o, "strings", Self::text_value),
        }
    }

    fn criterion(&mut self, path: String, value: &Value) -> CriterionSpec {
        let c = self.object(path, value, &["id", "label", "description", "on", "scores"]);
        let on = match c.get("on") {
            None | Some(Value::Bool(false)) => false,
            Some(Value::Bool(true)) => true,
            Some(other) => {
                self.wrong_kind(c.path_of("on"), "true or false", other);
                false
            }
        };
        self.required(&c, "scores");
        CriterionSpec {
            id: self.text(&c, "id"),
            label: self.text(&c, "label"),
            description: self.text(&c, "description"),
            on,
            scores: self.map(&c, "scores", |fit, path, value| {
                let s = fit.object(path, value, &["score", "reason", "basis"]);
                let score = match fit.required(&s, "score") {
                    Some(Value::Number(raw)) => Number(raw.clone()),
                    Some(other) => {
                        fit.wrong_kind(s.path_of("score"), "a number from 0 to 10", other);
                        Number::from_tenths(0)
                    }
                    None => Number::from_tenths(0),
                };
                let basis = match s.get("basis") {
                    None => None,
                    Some(Value::Text(word)) if word == "source" => Some(Basis::Source),
                    Some(Value::Text(word)) if word == "estimate" => Some(Basis::Estimate),
                    Some(other) => {
                        let found = match other {
                            Value::Text(word) => quoted(word),
                            other => other.kind().to_string(),
                        };
                        fit.report(
                            s.path_of("basis"),
                            [
                                "Expected \"source\" or \"estimate\" here, but found ",
                                &found,
                                ".",
                            ]
                            .concat(),
                        );
                        None
                    }
                };
                ScoreSpec {
                    score,
                    reason: fit.text(&s, "reason"),
                    basis,
                }
            }),
        }
    }
}
