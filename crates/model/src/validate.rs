//! Turns an author's JSON into a [`Comparison`], or into every problem found.
//!
//! Validation never stops at the first problem: an author fixing a spec by
//! hand wants the whole list, each with the place it is at and what to do.

use crate::calendar::{Day, Published};
use crate::comparison::*;
use crate::platform::Platform;
use crate::problem::{quoted, shortened, Path, Problem};
use crate::reading::read_spec;
use crate::spec::{
    Basis, ContenderSpec, CriterionSpec, EvidenceSpec, Number, PresetSpec, ScoreProblem, ScoreSpec,
    SourceSpec, Spec,
};
use crate::strings::{placeholders_in, text_by_name, Strings, Text};

/// Largest JSON document accepted, in bytes; a comparison is a few KB.
pub const MAX_DOCUMENT_BYTES: usize = 256 * 1024;
/// Longest id, in characters.
pub const MAX_ID: usize = 32;
/// Longest title.
pub const MAX_TITLE: usize = 120;
/// Longest subtitle, attribution text or tagline.
pub const MAX_LINE: usize = 200;
/// Longest contender name or criterion or preset label.
pub const MAX_NAME: usize = 60;
/// Longest description, reason or string override.
pub const MAX_SENTENCE: usize = 300;
/// Longest link.
pub const MAX_URL: usize = 2048;

/// Parses and validates a JSON comparison document; `platform` parses its
/// links and knows its language's number symbols.
pub fn parse_comparison(json: &str, platform: &dyn Platform) -> Result<Comparison, Vec<Problem>> {
    if json.len() > MAX_DOCUMENT_BYTES {
        return Err(vec![Problem::new(
            Path::root(),
            format!(
                "The document is {} bytes; the limit is {MAX_DOCUMENT_BYTES}. A comparison needs only a few kilobytes: check that the right file is used.",
                json.len()
            ),
        )]);
    }
    validate(&read_spec(json).map_err(|problem| vec![problem])?, platform)
}

/// Checks every rule and builds the model, or lists every problem found.
pub fn validate(spec: &Spec, platform: &dyn Platform) -> Result<Comparison, Vec<Problem>> {
    let mut v = Validator {
        problems: Vec::new(),
        platform,
    };
    let title = v.text(&Path::root().key("title"), &spec.title, MAX_TITLE);
    let subtitle = spec
        .subtitle
        .as_ref()
        .map(|s| v.text(&Path::root().key("subtitle"), s, MAX_LINE));
    let attribution = spec.attribution.as_ref().map(|a| Attribution {
        text: v.text(
            &Path::root().key("attribution").key("text"),
            &a.text,
            MAX_LINE,
        ),
        url: a
            .url
            .as_ref()
            .and_then(|url| v.url(&Path::root().key("attribution").key("url"), url)),
    });
    let (sources, source_ids_usable) = v.sources(&spec.sources);
    let (contenders, ids_usable) = v.contenders(&spec.contenders);
    // With a broken contender id, every score keyed by it would be reported
    // again: one root cause, one message. Likewise a broken source id.
    let criteria = v.criteria(
        &spec.criteria,
        &spec.contenders,
        ids_usable,
        (&spec.sources, source_ids_usable),
    );
    let presets = v.presets(&spec.presets, &spec.criteria);
    let language = v.language(spec.lang.as_deref());
    let strings = v.strings(spec, &language);
    if v.problems.is_empty() {
        Ok(Comparison {
            title,
            subtitle,
            attribution,
            sources,
            contenders,
            criteria,
            presets,
            strings,
            language,
        })
    } else {
        Err(v.problems)
    }
}

struct Validator<'a> {
    problems: Vec<Problem>,
    platform: &'a dyn Platform,
}

impl Validator<'_> {
    fn report(&mut self, path: &Path, message: impl Into<String>) {
        self.problems.push(Problem::new(path.clone(), message));
    }

    /// A required piece of text: not blank, not absurdly long. Returns it trimmed.
    fn text(&mut self, path: &Path, value: &str, max: usize) -> String {
        let trimmed = value.trim();
        let length = trimmed.chars().count();
        if trimmed.is_empty() {
            self.report(path, "This text is empty: write a few words here.");
        } else if !self.platform.has_visible_character(trimmed) {
            self.report(
                path,
                "This text has no visible characters (only combining marks or zero-width characters): write a few words here.",
            );
        } else if let Some(control) = trimmed.chars().find(|&c| is_direction_control(c)) {
            self.report(
                path,
                format!(
                    "This text contains an invisible direction control (U+{:04X}), which can make text read differently from how it is stored: remove it. Right-to-left text itself needs no control characters.",
                    u32::from(control)
                ),
            );
        } else if length > max {
            self.report(
                path,
                format!("This text is {length} characters long; the limit is {max}. Shorten it."),
            );
        }
        trimmed.to_string()
    }

    /// A replacement for the card's wording, kept exactly as written: the
    /// spaces in `" und "` or `"، "` are part of the wording, and a space at
    /// either end of a sentence does no harm in HTML. The usual checks apply
    /// to the visible text; a joiner may also be spaces alone.
    fn string_override(&mut self, path: &Path, key: Text, text: &str) -> String {
        let joiner = matches!(key, Text::ListAnd | Text::ListComma);
        if joiner && !text.is_empty() && text.trim().is_empty() {
            return text.to_string();
        }
        self.text(path, text, MAX_SENTENCE);
        text.to_string()
    }

    /// The comparison's language; English without a `lang`. The direction
    /// comes from unic-langid's table of right-to-left languages and scripts.
    fn language(&mut self, tag: Option<&str>) -> Language {
        let Some(tag) = tag else {
            return Language::default();
        };
        match tag.trim().parse::<unic_langid::LanguageIdentifier>() {
            Ok(parsed) if tag.len() <= MAX_ID => {
                let right_to_left =
                    parsed.character_direction() == unic_langid::CharacterDirection::RTL;
                Language::new(parsed.to_string(), right_to_left)
            }
            _ => {
                self.report(
                    &Path::root().key("lang"),
                    format!(
                        "{} is not a language tag: use a BCP 47 tag such as \"en\", \"de\", \"pt-BR\" or \"ar\".",
                        quoted(tag)
                    ),
                );
                Language::default()
            }
        }
    }

    fn optional_text(&mut self, path: &Path, value: &Option<String>, max: usize) -> Option<String> {
        value.as_ref().map(|text| self.text(path, text, max))
    }

    /// Reports an unusable id; returns whether it is usable.
    fn id(&mut self, path: &Path, id: &str) -> bool {
        let well_formed = id.len() <= MAX_ID
            && id.starts_with(|c: char| c.is_ascii_lowercase())
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
        if !well_formed {
            self.report(
                path,
                format!(
                    "The id {} is not usable: use 1 to {MAX_ID} characters, lowercase letters a-z, digits, '-' or '_', starting with a letter (such as \"node\").",
                    quoted(id)
                ),
            );
        }
        well_formed
    }

    /// `what` is the word for one entry and for several, such as `("criterion", "criteria")`.
    fn count(&mut self, path: &Path, what: (&str, &str), found: usize, min: usize, max: usize) {
        if found < min || found > max {
            let there_are = if found == 1 {
                format!("There is 1 {}", what.0)
            } else {
                format!("There are {found} {}", what.1)
            };
            self.report(
                path,
                format!("{there_are}; a comparison needs {min} to {max}. Add or remove some."),
            );
        }
    }

    /// Reports ids used twice; returns whether all are unique.
    fn unique_ids<'a>(&mut self, list: &str, ids: impl Iterator<Item = &'a str>) -> bool {
        // Bounded: a hostile list of thousands is already reported by its count.
        let ids: Vec<&str> = ids.take(4 * MAX_CRITERIA).collect();
        let mut unique = true;
        for (index, id) in ids.iter().enumerate() {
            if ids[..index].contains(id) {
                unique = false;
                self.report(
                    &Path::root().key(list).index(index).key("id"),
                    format!(
                        "The id {} is used twice in {list}: give each entry its own id.",
                        quoted(id)
                    ),
                );
            }
        }
        unique
    }

    fn url(&mut self, path: &Path, url: &str) -> Option<SafeUrl> {
        match check_url(url, self.platform) {
            Ok(()) => Some(SafeUrl(url.to_string())),
            Err(reason) => {
                self.report(path, reason);
                None
            }
        }
    }

    /// The contenders, and whether all their ids are well formed and unique.
    fn contenders(&mut self, specs: &[ContenderSpec]) -> (Vec<Contender>, bool) {
        self.count(
            &Path::root().key("contenders"),
            ("contender", "contenders"),
            specs.len(),
            MIN_CONTENDERS,
            MAX_CONTENDERS,
        );
        let mut ids_usable = self.unique_ids("contenders", specs.iter().map(|c| c.id.as_str()));
        let contenders = specs
            .iter()
            .enumerate()
            .map(|(i, spec)| {
                let at = Path::root().key("contenders").index(i);
                ids_usable &= self.id(&at.key("id"), &spec.id);
                Contender {
                    id: spec.id.clone(),
                    name: self.text(&at.key("name"), &spec.name, MAX_NAME),
                    tagline: self.optional_text(&at.key("tagline"), &spec.tagline, MAX_LINE),
                    accent: spec.accent.as_ref().and_then(|colour| {
                        if let Some(hex) = plain_colour(colour, self.platform) {
                            Some(Colour(hex))
                        } else {
                            self.report(
                                &at.key("accent"),
                                format!(
                                    "{} is not a plain CSS colour: use a hex colour such as \"#3c873a\", rgb(…)/hsl(…) with numbers only, or a colour name such as \"teal\".",
                                    quoted(colour)
                                ),
                            );
                            None
                        }
                    }),
                }
            })
            .collect();
        (contenders, ids_usable)
    }

    /// The sources, and whether all their ids are well formed and unique.
    fn sources(&mut self, specs: &[SourceSpec]) -> (Vec<Source>, bool) {
        if specs.len() > MAX_SOURCES {
            self.report(
                &Path::root().key("sources"),
                format!(
                    "There are {} sources; the limit is {MAX_SOURCES}. Keep the ones the scores cite.",
                    specs.len()
                ),
            );
        }
        let mut ids_usable = self.unique_ids("sources", specs.iter().map(|s| s.id.as_str()));
        let sources = specs
            .iter()
            .enumerate()
            .filter_map(|(i, spec)| {
                let at = Path::root().key("sources").index(i);
                ids_usable &= self.id(&at.key("id"), &spec.id);
                let title = self.text(&at.key("title"), &spec.title, MAX_LINE);
                let url = self.url(&at.key("url"), &spec.url);
                let publisher = self.optional_text(&at.key("publisher"), &spec.publisher, MAX_NAME);
                let published = spec.published.as_ref().and_then(|text| {
                    let date = Published::parse(text.trim());
                    if date.is_none() {
                        self.report(
                            &at.key("published"),
                            format!("{} is not a date: write YYYY-MM-DD, YYYY-MM or YYYY, such as \"2025-06-16\" or \"2025\".", quoted(text)),
                        );
                    }
                    date
                });
                let kind = spec.kind.as_ref().and_then(|name| {
                    let kind = SourceKind::from_id(name.trim());
                    if kind.is_none() {
                        self.report(
                            &at.key("kind"),
                            format!(
                                "{} is not a kind of source: use one of {}.",
                                quoted(name),
                                id_list(SourceKind::ALL.iter().map(|kind| kind.id()))
                            ),
                        );
                    }
                    kind
                });
                Some(Source { id: spec.id.clone(), title, url: url?, publisher, published, kind })
            })
            .collect();
        (sources, ids_usable)
    }

    /// A score's evidence, which its basis must agree with: "cited" rests
    /// on at least one piece; an "estimate" may list what informed it; a
    /// score that states no basis, or restates the attribution, lists none
    /// (the data says what a score rests on; nothing is inferred).
    fn evidence(
        &mut self,
        path: &Path,
        score: &ScoreSpec,
        (sources, source_ids_usable): (&[SourceSpec], bool),
    ) -> Vec<Evidence> {
        if score.basis == Some(Basis::Cited) && score.evidence.is_empty() {
            self.report(
                &path.key("basis"),
                "This score is marked \"cited\" but cites nothing: add \"evidence\": [{\"source\": \"…\", \"says\": \"…\", \"checked\": \"YYYY-MM-DD\"}], or mark it \"estimate\".",
            );
        }
        if matches!(score.basis, None | Some(Basis::Source)) && !score.evidence.is_empty() {
            let basis = if score.basis.is_some() {
                "is \"source\""
            } else {
                "is not given"
            };
            self.report(
                &path.key("evidence"),
                format!("This score lists evidence but its basis {basis}: write \"basis\": \"cited\" when the evidence supports the score, or \"estimate\" when it only informs your own judgement."),
            );
        }
        if score.evidence.len() > MAX_EVIDENCE {
            self.report(
                &path.key("evidence"),
                format!(
                    "This score cites {} pieces of evidence; the limit is {MAX_EVIDENCE}. Keep the strongest.",
                    score.evidence.len()
                ),
            );
        }
        score
            .evidence
            .iter()
            .enumerate()
            .filter_map(|(e, spec): (usize, &EvidenceSpec)| {
                let at = path.key("evidence").index(e);
                let source = sources.iter().position(|s| s.id == spec.source);
                if source.is_none() && source_ids_usable {
                    self.report(
                        &at.key("source"),
                        format!(
                            "There is no source with the id {}: use one of {}, or add it to \"sources\".",
                            quoted(&spec.source),
                            id_list(sources.iter().map(|s| s.id.as_str()))
                        ),
                    );
                }
                let says = self.text(&at.key("says"), &spec.says, MAX_SENTENCE);
                let checked = Day::parse(spec.checked.trim());
                if checked.is_none() {
                    self.report(
                        &at.key("checked"),
                        format!("{} is not a date: write the day you read the source as YYYY-MM-DD, such as \"2026-12-07\".", quoted(&spec.checked)),
                    );
                }
                Some(Evidence { source: SourceIndex::new(source?), says, checked: checked? })
            })
            .collect()
    }

    fn criteria(
        &mut self,
        specs: &[CriterionSpec],
        contenders: &[ContenderSpec],
        contender_ids_usable: bool,
        sources: (&[SourceSpec], bool),
    ) -> Vec<Criterion> {
        self.count(
            &Path::root().key("criteria"),
            ("criterion", "criteria"),
            specs.len(),
            MIN_CRITERIA,
            MAX_CRITERIA,
        );
        self.unique_ids("criteria", specs.iter().map(|c| c.id.as_str()));
        specs
            .iter()
            .enumerate()
            .map(|(i, spec)| {
                let at = Path::root().key("criteria").index(i);
                self.id(&at.key("id"), &spec.id);
                for (id, _) in &spec.scores {
                    if contender_ids_usable && !contenders.iter().any(|c| &c.id == id) {
                        self.report(
                            &at.key("scores").key(id),
                            format!("There is no contender with the id {}: use one of {}.", quoted(id), id_list(contenders.iter().map(|c| c.id.as_str()))),
                        );
                    }
                }
                let scores = contenders
                    .iter()
                    .filter_map(|contender| {
                        let path = at.key("scores").key(&contender.id);
                        let Some((_, score)) = spec.scores.iter().find(|(id, _)| *id == contender.id) else {
                            if !contender_ids_usable {
                                return None;
                            }
                            self.report(&path, format!("The score for {} is missing: add {{\"score\": 0 to 10, \"reason\": \"…\"}}.", quoted(&contender.id)));
                            return None;
                        };
                        Some(Score {
                            value: self.score_value(&path.key("score"), &score.score),
                            reason: self.text(&path.key("reason"), &score.reason, MAX_SENTENCE),
                            basis: score.basis,
                            evidence: self.evidence(&path, score, sources),
                        })
                    })
                    .collect();
                Criterion {
                    id: spec.id.clone(),
                    label: self.text(&at.key("label"), &spec.label, MAX_NAME),
                    description: self.text(&at.key("description"), &spec.description, MAX_SENTENCE),
                    on_by_default: spec.on,
                    scores,
                }
            })
            .collect()
    }

    fn score_value(&mut self, path: &Path, score: &Number) -> Tenths {
        let problem = match score.tenths() {
            Ok(tenths) => return Tenths(tenths),
            Err(ScoreProblem::TooPrecise) => "has more than one decimal: round it, such as 7.5",
            Err(_) => "is out of range: use a number from 0 to 10",
        };
        self.report(
            path,
            format!("The score {} {problem}.", shortened(&score.0)),
        );
        Tenths(0)
    }

    fn presets(&mut self, specs: &[PresetSpec], criteria: &[CriterionSpec]) -> Vec<Preset> {
        if specs.len() > MAX_PRESETS {
            self.report(
                &Path::root().key("presets"),
                format!(
                    "There are {} presets; the limit is {MAX_PRESETS}. Keep the most useful ones.",
                    specs.len()
                ),
            );
        }
        self.unique_ids("presets", specs.iter().map(|p| p.id.as_str()));
        specs
            .iter()
            .enumerate()
            .map(|(i, spec)| {
                let at = Path::root().key("presets").index(i);
                self.id(&at.key("id"), &spec.id);
                if spec.priorities.is_empty() {
                    self.report(&at.key("priorities"), "This preset switches nothing on: name at least one criterion.");
                }
                let mut priorities = Vec::new();
                for (id, importance) in &spec.priorities {
                    let path = at.key("priorities").key(id);
                    let index = criteria.iter().position(|c| &c.id == id).map(CriterionIndex::new);
                    if index.is_none() {
                        self.report(
                            &path,
                            format!("There is no criterion with the id {}: use one of {}.", quoted(id), id_list(criteria.iter().map(|c| c.id.as_str()))),
                        );
                    }
                    let level = Importance::from_id(importance);
                    if level.is_none() {
                        self.report(&path, format!("{} is not an importance: use \"normal\", \"high\" or \"critical\".", quoted(importance)));
                    }
                    if let (Some(index), Some(level)) = (index, level) {
                        priorities.push((index, level));
                    }
                }
                priorities.sort_unstable();
                Preset { id: spec.id.clone(), label: self.text(&at.key("label"), &spec.label, MAX_NAME), priorities }
            })
            .collect()
    }

    /// The author's wording, over what the language implies (its decimal
    /// separator, from the platform's CLDR data), over the card's defaults.
    fn strings(&mut self, spec: &Spec, language: &Language) -> Strings {
        let mut overrides = Vec::new();
        for (name, text) in &spec.strings {
            let path = Path::root().key("strings").key(name);
            let Some(key) = text_by_name(name) else {
                self.report(&path, format!("There is no string called {}: check the spelling against the list in the format documentation.", quoted(name)));
                continue;
            };
            let text = self.string_override(&path, key, text);
            for placeholder in placeholders_in(&text) {
                if !key.placeholders().contains(&placeholder) {
                    let offered = if key.placeholders().is_empty() {
                        "this string takes no placeholders".to_string()
                    } else {
                        format!(
                            "it offers {}",
                            id_list(key.placeholders().iter().copied()).replace('"', "")
                        )
                    };
                    self.report(
                        &path,
                        format!("The placeholder {{{placeholder}}} is unknown here: {offered}."),
                    );
                }
            }
            overrides.push((key, text));
        }
        let implied = self
            .platform
            .decimal_separator(language.tag())
            .map(|separator| (Text::DecimalSeparator, separator));
        Strings::new(overrides, implied.into_iter().collect())
    }
}

/// Explicit bidirectional embeddings, overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069): the characters behind "Trojan Source" spoofing.
fn is_direction_control(c: char) -> bool {
    matches!(u32::from(c), 0x202A..=0x202E | 0x2066..=0x2069)
}

fn id_list<'a>(ids: impl Iterator<Item = &'a str>) -> String {
    let ids: Vec<String> = ids.take(8).map(quoted).collect();
    if ids.is_empty() {
        "(none defined)".to_string()
    } else {
        ids.join(", ")
    }
}

/// An http or https link with a host, parsed by the url crate (the WHATWG
/// URL standard browsers follow), as written by the author: characters that
/// could end an HTML attribute or hide part of the link are refused rather
/// than silently encoded, and so are credentials before the host
/// (`https://bank.example@evil.example`), which make a link read as going
/// somewhere it does not.
fn check_url(url: &str, platform: &dyn Platform) -> Result<(), String> {
    let lower = url.to_ascii_lowercase();
    if !(lower.starts_with("https://") || lower.starts_with("http://")) {
        return Err(format!(
            "{} is not an http or https link: links must start with https:// or http://.",
            quoted(url)
        ));
    }
    if url.len() > MAX_URL {
        return Err(format!(
            "This link is {} characters long; the limit is {MAX_URL}.",
            url.len()
        ));
    }
    if url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\' | '`'))
    {
        return Err("This link contains spaces, quotes or control characters: encode them (%20) or remove them.".to_string());
    }
    let no_host = || {
        format!(
            "{} has no host name after the scheme: write it like https://example.com/page.",
            quoted(url)
        )
    };
    let parsed = platform.url_parts(url).ok_or_else(no_host)?;
    // Browsers differ on percent escapes in a host name (Chromium keeps
    // "exa%20mple.com", the URL standard refuses it): no real host has one.
    if parsed.host.is_empty()
        || parsed.host.contains('%')
        || !matches!(parsed.scheme.as_str(), "http" | "https")
    {
        return Err(no_host());
    }
    if parsed.has_credentials || url.contains("//@") {
        return Err(format!(
            "{} has a name before an @ in front of its host, which makes a link look as if it goes elsewhere: remove the part up to the @.",
            quoted(url)
        ));
    }
    Ok(())
}

/// The colour as `#rrggbb` (or `#rrggbbaa`) if `colour` is plain CSS colour
/// syntax: a hex colour, `rgb()`/`rgba()`/`hsl()`/`hsla()` with numbers, or
/// a colour name. The syntax is checked here; the platform reads the colour
/// (in the browser, a canvas). Only the hex form reaches the page, so nothing
/// but a colour can (no `;`, `url(…)`, `var(…)`).
pub fn plain_colour(colour: &str, platform: &dyn Platform) -> Option<String> {
    let colour = colour.trim();
    // A colour is short; a long value is something else, however it parses.
    if colour.len() > 64 {
        return None;
    }
    if let Some(digits) = colour.strip_prefix('#') {
        return hex_colour(digits);
    }
    let plain = match colour.split_once('(') {
        // Numbers, angle units, `none`, commas and the slash before the
        // alpha: no nested function (`calc(`, `var(`) and no relative colour
        // (`from red r g b`), which readers' browsers do not all read alike.
        Some((function, arguments)) => {
            ["rgb", "rgba", "hsl", "hsla"]
                .iter()
                .any(|name| function.eq_ignore_ascii_case(name))
                && arguments.strip_suffix(')').is_some_and(|arguments| {
                    arguments
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b" .,%/+-".contains(&b))
                        && arguments
                            .split(|c: char| !c.is_ascii_alphabetic())
                            .all(|word| {
                                ["", "e", "deg", "grad", "rad", "turn", "none"]
                                    .iter()
                                    .any(|unit| word.eq_ignore_ascii_case(unit))
                            })
                })
        }
        // A name, but not one that depends on the reader's system or the
        // page (system colours, `currentcolor`), which browsers also accept,
        // and not hex digits without their `#` ("fade"), which no name is.
        None => {
            colour.bytes().all(|b| b.is_ascii_alphabetic())
                && !colour.bytes().all(|b| b.is_ascii_hexdigit())
                && !NOT_PLAIN_NAMES
                    .split(' ')
                    .any(|name| name.eq_ignore_ascii_case(colour))
        }
    };
    plain.then(|| platform.colour_hex(colour)).flatten()
}

/// Colour keywords browsers accept whose colour is not the author's to
/// choose: `currentcolor` and CSS Color 4's system colours, deprecated ones
/// included.
const NOT_PLAIN_NAMES: &str = "currentcolor accentcolor accentcolortext activetext buttonborder \
buttonface buttontext canvas canvastext field fieldtext graytext highlight highlighttext linktext \
mark marktext selecteditem selecteditemtext visitedtext activeborder activecaption appworkspace \
background buttonhighlight buttonshadow captiontext inactiveborder inactivecaption \
inactivecaptiontext infobackground infotext menu menutext scrollbar threeddarkshadow threedface \
threedhighlight threedlightshadow threedshadow window windowframe windowtext";

/// `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa` (without the `#`) written out
/// as `#rrggbb`, or `#rrggbbaa` when not opaque.
fn hex_colour(digits: &str) -> Option<String> {
    if !matches!(digits.len(), 3 | 4 | 6 | 8) || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let digits = digits.to_ascii_lowercase();
    let mut hex: String = if digits.len() <= 4 {
        digits.chars().flat_map(|c| [c, c]).collect()
    } else {
        digits
    };
    if hex.len() == 8 && hex.ends_with("ff") {
        hex.truncate(6);
    }
    Some(format!("#{hex}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A platform that reads anything as a colour, as a lenient browser
    /// might: what the model's syntax check refuses never reaches it.
    struct ReadsAnything;

    impl Platform for ReadsAnything {
        fn url_parts(&self, _: &str) -> Option<crate::platform::UrlParts> {
            None
        }
        fn decimal_separator(&self, _: &str) -> Option<String> {
            None
        }
        fn has_visible_character(&self, _: &str) -> bool {
            true
        }
        fn colour_hex(&self, _: &str) -> Option<String> {
            Some("#010203".to_string())
        }
    }

    #[test]
    #[cfg(feature = "native")]
    fn plain_colours_pass_as_hex_and_injections_fail() {
        let plain_colour = |colour| plain_colour(colour, &crate::native::Native);
        for (good, hex) in [
            ("#3c873a", "#3c873a"),
            ("#FFF", "#ffffff"),
            ("#11223344", "#11223344"),
            ("#abcf", "#aabbcc"),
            ("rgb(10, 20, 30)", "#0a141e"),
            ("rgb(10 20 30)", "#0a141e"),
            ("rgba(10, 20, 30, 0.5)", "#0a141e80"),
            ("hsl(120deg 50% 40% / 0.5)", "#33993380"),
            ("hsla(120, 50%, 40%, 1)", "#339933"),
            ("Teal", "#008080"),
            (" navy ", "#000080"),
            ("transparent", "#00000000"),
        ] {
            assert_eq!(plain_colour(good).as_deref(), Some(hex), "{good}");
        }
        for bad in [
            "#12",
            "#ggg",
            "red; background: url(x)",
            "url(https://x)",
            "rgb(1,2,3);x",
            "rgb(1 e g d)",
            "expression(alert(1))",
            "var(--x)",
            "",
            "#fff}",
            "notacolour",
        ] {
            assert_eq!(plain_colour(bad), None, "{bad}");
        }
    }

    /// Whatever the platform would make of them, these never reach it: no
    /// injection, no nested function, no colour the reader's system or the
    /// page decides, no colour space browsers serialise differently.
    #[test]
    fn only_plain_colour_syntax_reaches_the_platform() {
        for bad in [
            "red; background: url(x)",
            "url(https://x)",
            "rgb(1,2,3);x",
            "rgb(1,2,3)}",
            "expression(alert(1))",
            "var(--x)",
            "rgb(var(--x) 0 0)",
            "rgb(calc(1) 2 3)",
            "rgb(from red r g b)",
            "env(x)",
            "attr(x)",
            "oklch(50% 0.1 120)",
            "lab(50 20 30)",
            "hwb(120 10% 10%)",
            "color(srgb 1 0 0)",
            "currentcolor",
            "CurrentColor",
            "Canvas",
            "AccentColor",
            "ButtonText",
            "-webkit-link",
            "red blue",
            "fff",
            "facade",
            "red\\;",
            "#ffffff\"",
            "\"red\"",
            "",
        ] {
            assert_eq!(plain_colour(bad, &ReadsAnything), None, "{bad}");
        }
        for good in [
            "Teal",
            "rgb(10 20 30 / 50%)",
            "HSL(1turn, 50%, 50%)",
            "rgb(1e2 none 0)",
        ] {
            assert!(plain_colour(good, &ReadsAnything).is_some(), "{good}");
        }
    }

    #[cfg(feature = "native")]
    fn check_url_natively(url: &str) -> Result<(), String> {
        check_url(url, &crate::native::Native)
    }

    #[test]
    #[cfg(feature = "native")]
    fn marks_alone_are_not_visible_in_any_script() {
        use crate::native::Native;
        use crate::platform::Platform;
        let is_visible = |c: char| Native.has_visible_character(&c.to_string());
        for invisible in [
            "\u{301}\u{308}",
            "\u{64E}\u{650}\u{652}",
            "\u{93F}\u{94D}",
            "\u{200B}\u{FEFF}",
            "\u{FE0F}",
        ] {
            assert!(!invisible.chars().any(is_visible), "{invisible:?}");
        }
        for visible in ["Tea", "شاي", "चाय", "茶", "😀", "9"] {
            assert!(visible.chars().any(is_visible), "{visible:?}");
        }
    }

    #[test]
    #[cfg(feature = "native")]
    fn only_http_links_with_a_host_pass() {
        assert!(check_url_natively("https://example.com/a?b#c").is_ok());
        assert!(check_url_natively("HTTP://example.com").is_ok());
        assert!(check_url_natively("https://bücher.example/straße?q=ü").is_ok());
        assert!(check_url_natively("https://[::1]:8080/").is_ok());
        for bad in [
            "javascript:alert(1)",
            "data:text/html,x",
            "//example.com",
            "https://",
            "https://exa mple.com",
            "https://x.com/\"onmouseover=1",
            "ftp://x",
            "https://@example.com",
            "https://bank.example@evil.example/",
            "https://user:pass@example.com/",
        ] {
            assert!(check_url_natively(bad).is_err(), "{bad}");
        }
    }
}
