//! The comparison document as an author writes it in JSON.
//!
//! These types mirror the JSON format one to one and promise nothing beyond
//! "it fits the format": serde reads them (strictly: unknown fields, a key
//! given twice, or a list where an object belongs are refused), and
//! [`crate::validate`] turns a [`Spec`] into a
//! [`crate::Comparison`] whose invariants the rest of the code trusts.
//! [`crate::reading`] puts serde's errors into an author's words.

use std::collections::BTreeSet;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;

use crate::problem::quoted;
use crate::strings::Text;

/// A whole comparison: who is compared, on what, and the ready-made use cases.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Spec {
    /// Headline of the card, such as "Node.js vs Python".
    pub title: String,
    /// A line under the title, such as "for backend development".
    #[serde(default)]
    pub subtitle: Option<String>,
    /// Where the claims come from.
    #[serde(default, deserialize_with = "optional_object")]
    pub attribution: Option<AttributionSpec>,
    /// The sources the scores cite, each listed once; a score's evidence
    /// names one by its id, and the card numbers them in this order.
    #[serde(default, deserialize_with = "objects")]
    pub sources: Vec<SourceSpec>,
    /// The things being compared, 2 to 6.
    #[serde(deserialize_with = "objects")]
    pub contenders: Vec<ContenderSpec>,
    /// What they are compared on, 3 to 30.
    #[serde(deserialize_with = "objects")]
    pub criteria: Vec<CriterionSpec>,
    /// Ready-made sets of priorities, typically one per use case.
    #[serde(default, deserialize_with = "objects")]
    pub presets: Vec<PresetSpec>,
    /// Replacements for the card's own wording, keyed by string name.
    #[serde(default, deserialize_with = "unique_keys")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "std::collections::BTreeMap<String, String>")
    )]
    pub strings: Vec<(String, String)>,
    /// The language of the comparison's text, as a BCP 47 tag such as "de"
    /// or "ar-EG"; English when absent. It sets the card's `lang` and its
    /// direction (right-to-left for Arabic, Hebrew, Persian, Urdu, …).
    #[serde(default)]
    pub lang: Option<String>,
    /// The address of the format's JSON Schema, for editors; the card ignores it.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
}

/// Credit line shown under the card, with an optional http(s) link.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AttributionSpec {
    /// The words shown, such as "Based on an article by …".
    pub text: String,
    /// Where the words link to; only http and https are accepted.
    #[serde(default)]
    pub url: Option<String>,
}

/// A source a score may cite: a page a reader can open and check.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SourceSpec {
    /// Stable identifier that evidence uses to cite it, such as "pep-779".
    pub id: String,
    /// The source's own title, such as "Modules: TypeScript".
    pub title: String,
    /// Where a reader can read it; only http and https are accepted.
    pub url: String,
    /// Who published it, such as "Node.js" or "Python Software Foundation".
    #[serde(default)]
    pub publisher: Option<String>,
    /// When it was published or last revised: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))
    )]
    pub published: Option<String>,
    /// What kind of source it is, so a reader can weigh it.
    #[serde(default)]
    #[cfg_attr(feature = "schema", schemars(with = "Option<KindName>"))]
    pub kind: Option<String>,
}

/// What one source says in support of one score, and when the author read it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EvidenceSpec {
    /// The id of a source in the comparison's `sources`.
    pub source: String,
    /// What that source says: a short quote or a figure, as written there.
    pub says: String,
    /// The day the author last read it there, as `YYYY-MM-DD`; not after today.
    #[cfg_attr(
        feature = "schema",
        schemars(regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))
    )]
    pub checked: String,
}

/// One of the things being compared.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ContenderSpec {
    /// Stable identifier used in scores, presets and share links.
    pub id: String,
    /// Display name.
    pub name: String,
    /// A few words under the name.
    #[serde(default)]
    pub tagline: Option<String>,
    /// Accent colour in plain CSS colour syntax (`#3c873a`, `rgb(…)`, `teal`).
    #[serde(default)]
    pub accent: Option<String>,
}

/// One thing a reader may care about, with every contender's score on it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CriterionSpec {
    /// Stable identifier used in presets, attributes and share links.
    pub id: String,
    /// Short label on the switch.
    pub label: String,
    /// One line saying what the criterion means.
    pub description: String,
    /// Whether the priority starts switched on (at normal importance).
    #[serde(default)]
    pub on: bool,
    /// Score and reason for each contender, keyed by contender id.
    #[serde(deserialize_with = "unique_keys_of_objects")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "std::collections::BTreeMap<String, ScoreSpec>")
    )]
    pub scores: Vec<(String, ScoreSpec)>,
}

/// How one contender does on one criterion.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ScoreSpec {
    /// From 0 (poor) to 10 (excellent), at most one decimal.
    pub score: Number,
    /// One sentence saying why.
    pub reason: String,
    /// What the score rests on: `"cited"` (the evidence below),
    /// `"source"` (the attributed source) or `"estimate"` (the author's own
    /// judgement). Stated, never inferred from the evidence.
    #[serde(default)]
    pub basis: Option<Basis>,
    /// What the cited sources say, for a `"cited"` score (1 to 5 entries).
    #[serde(default, deserialize_with = "objects")]
    pub evidence: Vec<EvidenceSpec>,
}

/// Where a score comes from, so readers can tell claims from judgement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basis {
    /// The attributed source makes this claim.
    Source,
    /// The author's reasoned estimate where the source is silent.
    Estimate,
    /// The score's own evidence: sources it cites, with what they say.
    Cited,
}

/// What kind of page a source is, so a reader can weigh it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SourceKind {
    /// A project's own documentation.
    Documentation,
    /// A specification or a design document such as a PEP.
    Specification,
    /// Release notes or a changelog.
    ReleaseNotes,
    /// A named, dated benchmark.
    Benchmark,
    /// A survey with published figures.
    Survey,
    /// An article or a blog post.
    Article,
    /// A code repository or its README.
    Repository,
    /// Anything else.
    Other,
}

impl SourceKind {
    /// Every kind, in the order the format documents them.
    pub const ALL: [SourceKind; 8] = [
        SourceKind::Documentation,
        SourceKind::Specification,
        SourceKind::ReleaseNotes,
        SourceKind::Benchmark,
        SourceKind::Survey,
        SourceKind::Article,
        SourceKind::Repository,
        SourceKind::Other,
    ];

    /// The name written in a comparison's `kind`.
    pub fn id(self) -> &'static str {
        match self {
            SourceKind::Documentation => "documentation",
            SourceKind::Specification => "specification",
            SourceKind::ReleaseNotes => "release-notes",
            SourceKind::Benchmark => "benchmark",
            SourceKind::Survey => "survey",
            SourceKind::Article => "article",
            SourceKind::Repository => "repository",
            SourceKind::Other => "other",
        }
    }

    /// Reads a kind's name.
    pub fn from_id(id: &str) -> Option<SourceKind> {
        SourceKind::ALL.into_iter().find(|kind| kind.id() == id)
    }

    /// The card's word for this kind.
    pub fn text(self) -> Text {
        match self {
            SourceKind::Documentation => Text::KindDocumentation,
            SourceKind::Specification => Text::KindSpecification,
            SourceKind::ReleaseNotes => Text::KindReleaseNotes,
            SourceKind::Benchmark => Text::KindBenchmark,
            SourceKind::Survey => Text::KindSurvey,
            SourceKind::Article => Text::KindArticle,
            SourceKind::Repository => Text::KindRepository,
            SourceKind::Other => Text::KindOther,
        }
    }
}

/// A named set of priorities, such as "Real-time chat".
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PresetSpec {
    /// Stable identifier used in attributes and share links.
    pub id: String,
    /// Label on the preset button.
    pub label: String,
    /// Criterion id to importance (`"normal"`, `"high"` or `"critical"`);
    /// criteria not named are off.
    #[serde(deserialize_with = "unique_keys")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "std::collections::BTreeMap<String, ImportanceName>")
    )]
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

impl<'de> Deserialize<'de> for Number {
    /// Keeps the number's text (serde_json's `arbitrary_precision`), so
    /// `7.5` stays exactly 7.5 and `1e309` can be quoted back, not as `inf`.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        serde_json::Number::deserialize(deserializer).map(|number| Number(number.to_string()))
    }
}

impl<'de> Deserialize<'de> for Basis {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Word;
        impl Visitor<'_> for Word {
            type Value = Basis;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("\"cited\", \"source\" or \"estimate\"")
            }
            fn visit_str<E: de::Error>(self, word: &str) -> Result<Basis, E> {
                match word {
                    "source" => Ok(Basis::Source),
                    "estimate" => Ok(Basis::Estimate),
                    "cited" => Ok(Basis::Cited),
                    other => Err(E::invalid_value(de::Unexpected::Str(other), &self)),
                }
            }
        }
        deserializer.deserialize_str(Word)
    }
}

/// The fields of the format that hold one piece of text and may be left
/// out: an editor removes them when emptied rather than writing `""`. The
/// schema test (tests/schema.rs) keeps this list equal to the types above.
pub const OPTIONAL_TEXT_FIELDS: [&str; 9] = [
    "subtitle",
    "lang",
    "url",
    "accent",
    "tagline",
    "basis",
    "publisher",
    "published",
    "kind",
];

/// What the author must write where an object belongs, in serde's
/// "expected …" slot (see [`crate::reading`]).
pub const EXPECTED_OBJECT: &str = "an object { … }";

/// A value that must be written as a JSON object. Serde's derived structs
/// also accept a list of field values in order, which no author means:
/// `"attribution": ["a", "b"]` would silently become text and link.
struct Object<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Fields<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for Fields<T> {
            type Value = T;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(EXPECTED_OBJECT)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map))
            }
        }
        deserializer
            .deserialize_map(Fields(PhantomData))
            .map(Object)
    }
}

impl Spec {
    /// Reads a whole document, which must be an object (not a list of field
    /// values, which serde's derive would also take).
    pub fn deserialize_document<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        Object::<Spec>::deserialize(deserializer).map(|document| document.0)
    }
}

/// A list whose entries are objects.
fn objects<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Vec::<Object<T>>::deserialize(deserializer)
        .map(|entries| entries.into_iter().map(|entry| entry.0).collect())
}

/// An optional field that, when given, is an object.
fn optional_object<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<Object<T>>::deserialize(deserializer).map(|entry| entry.map(|entry| entry.0))
}

/// An object used as a map from ids to values, in document order. A key
/// given twice is an error: JSON parsers disagree on which one wins, so an
/// author could not know which score the card shows.
fn unique_keys<'de, D, V>(deserializer: D) -> Result<Vec<(String, V)>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    struct Entries<V>(PhantomData<V>);
    impl<'de, V: Deserialize<'de>> Visitor<'de> for Entries<V> {
        type Value = Vec<(String, V)>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str(EXPECTED_OBJECT)
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut seen = BTreeSet::new();
            let mut entries = Vec::new();
            while let Some(key) = map.next_key::<String>()? {
                if !seen.insert(key.clone()) {
                    return Err(de::Error::custom(format!(
                        "The key {} appears twice in this object: keep only one.",
                        quoted(&key)
                    )));
                }
                let value = map.next_value()?;
                entries.push((key, value));
            }
            Ok(entries)
        }
    }
    deserializer.deserialize_map(Entries(PhantomData))
}

/// [`unique_keys`] whose values are objects.
fn unique_keys_of_objects<'de, D, V>(deserializer: D) -> Result<Vec<(String, V)>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    unique_keys::<D, Object<V>>(deserializer).map(|entries| {
        entries
            .into_iter()
            .map(|(key, value)| (key, value.0))
            .collect()
    })
}

/// The schema of a score: a number from 0 to 10 (one decimal at most, which
/// JSON Schema cannot say exactly: the validator does).
#[cfg(feature = "schema")]
impl schemars::JsonSchema for Number {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Score".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "number",
            "minimum": 0,
            "maximum": 10,
            "description": "From 0 (poor) to 10 (excellent), at most one decimal, such as 7.5."
        })
    }
}

/// The schema of [`Basis`]: its two words.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for Basis {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Basis".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "enum": ["cited", "source", "estimate"],
            "description": "\"cited\": the score's evidence (its sources and what they say); \"source\": the attributed source makes this claim; \"estimate\": the author's reasoned estimate."
        })
    }
}

/// The kinds of source as the schema lists them: the validator's own list
/// ([`SourceKind::ALL`]), so the two cannot differ.
#[cfg(feature = "schema")]
struct KindName;

#[cfg(feature = "schema")]
impl schemars::JsonSchema for KindName {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "KindName".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let kinds: Vec<&str> = SourceKind::ALL.iter().map(|kind| kind.id()).collect();
        schemars::json_schema!({
            "type": "string",
            "enum": kinds,
            "description": "What kind of source it is: a project's documentation, a specification such as a PEP, release notes, a named and dated benchmark, a survey, an article, a code repository, or other."
        })
    }
}

/// How much a preset's priority counts, as the schema names it.
#[cfg(feature = "schema")]
#[derive(schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
#[allow(dead_code)] // only its schema is used
enum ImportanceName {
    /// Counts once.
    Normal,
    /// Counts twice.
    High,
    /// Counts four times.
    Critical,
}

#[cfg(feature = "schema")]
impl Spec {
    /// The format's JSON Schema (docs/versus.schema.json), from these types.
    pub fn json_schema() -> schemars::Schema {
        schemars::schema_for!(Spec)
    }
}
