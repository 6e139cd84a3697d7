//! Every piece of wording the card shows that is not part of the content.
//!
//! Authors may replace any of them through the spec's `strings` object, for
//! example to publish the card in another language. Placeholders such as
//! `{leader}` are filled in by [`Strings::fill`]; validation rejects an
//! override that uses a placeholder its string does not offer.

/// Declares the [`Text`] keys with their JSON name, default wording and the
/// placeholders that wording may use, so the three can never drift apart.
macro_rules! texts {
    ($( $(#[$doc:meta])* $key:ident = $name:literal, $default:literal, [$($ph:literal),*]; )*) => {
        /// Names one piece of the card's own wording.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Text {
            $( $(#[$doc])* $key, )*
        }

        impl Text {
            /// Every key, in declaration order.
            pub const ALL: &'static [Text] = &[$(Text::$key),*];

            /// The key's name in a spec's `strings` object.
            pub fn name(self) -> &'static str {
                match self { $(Text::$key => $name,)* }
            }

            /// The English wording used when the spec overrides nothing.
            pub fn default_text(self) -> &'static str {
                match self { $(Text::$key => $default,)* }
            }

            /// The placeholders this wording may contain.
            pub fn placeholders(self) -> &'static [&'static str] {
                match self { $(Text::$key => &[$($ph),*],)* }
            }
        }
    };
}

texts! {
    /// Heading over the priority switches.
    PrioritiesHeading = "priorities_heading", "What matters to you?", [];
    /// Heading over the preset buttons.
    PresetsHeading = "presets_heading", "Start from a use case", [];
    /// Heading over the recommendation.
    VerdictHeading = "verdict_heading", "Recommendation", [];
    /// Shown instead of a verdict while every priority is off.
    NothingSelected = "nothing_selected", "Switch on at least one priority to get a recommendation.", [];
    /// Headline of a clear win.
    WinnerClear = "winner_clear", "{leader} is the clear pick", ["leader"];
    /// Headline of a narrow win.
    WinnerLean = "winner_lean", "Leaning towards {leader}", ["leader"];
    /// Headline when the top contenders are too close to separate.
    TossUp = "toss_up", "Either works: {contenders} are too close to call", ["contenders"];
    /// Confidence label of a clear win.
    ConfidenceClear = "confidence_clear", "Clear win", [];
    /// Confidence label of a narrow win.
    ConfidenceLean = "confidence_lean", "Lean", [];
    /// Confidence label of a near tie.
    ConfidenceTossUp = "confidence_toss_up", "Toss-up", [];
    /// One contender's total, such as "72 / 100".
    Total = "total", "{total} / 100", ["total"];
    /// Why the leader leads.
    LeadsOn = "leads_on", "{leader} is ahead mainly on {criteria}.", ["leader", "criteria"];
    /// The runner-up's best argument.
    RunnerUpStrength = "runner_up_strength", "{contender}'s strongest point is {criterion}.", ["contender", "criterion"];
    /// When the runner-up wins nothing the reader picked.
    RunnerUpNoStrength = "runner_up_no_strength", "{contender} does not beat {leader} on any priority you picked.", ["contender", "leader"];
    /// A switch that would change the verdict if turned on.
    ChangeTurnOn = "change_turn_on", "Switching on {criterion} at {importance} importance would {outcome}.", ["criterion", "importance", "outcome"];
    /// A switch that would change the verdict if turned off.
    ChangeTurnOff = "change_turn_off", "Switching off {criterion} would {outcome}.", ["criterion", "outcome"];
    /// An importance change that would change the verdict.
    ChangeImportance = "change_importance", "Making {criterion} {importance} would {outcome}.", ["criterion", "importance", "outcome"];
    /// Outcome of a change that puts another contender first.
    OutcomeNewLeader = "outcome_new_leader", "put {contender} ahead", ["contender"];
    /// Outcome of a change that makes the race too close to call.
    OutcomeTossUp = "outcome_toss_up", "make it a toss-up", [];
    /// Outcome of a change that turns a toss-up into a win.
    OutcomeDecided = "outcome_decided", "tip it towards {contender}", ["contender"];
    /// When no single change alters the verdict.
    NoSingleChange = "no_single_change", "No single change to your priorities would alter this recommendation.", [];
    /// Importance level 1.
    ImportanceNormal = "importance_normal", "normal", [];
    /// Importance level 2.
    ImportanceHigh = "importance_high", "high", [];
    /// Importance level 3.
    ImportanceCritical = "importance_critical", "critical", [];
    /// Was the heading over the per-criterion bars, which are now in each
    /// criterion's row: no longer shown, still accepted, so a comparison
    /// that sets it stays valid.
    BreakdownHeading = "breakdown_heading", "How they compare on your priorities", [];
    /// Heading of the reasons in a criterion's disclosure.
    WhyTheseScores = "why_these_scores", "Why these scores?", [];
    /// One contender's score on one criterion.
    ScoreOutOfTen = "score_out_of_ten", "{score} / 10", ["score"];
    /// Marks a score that is the author's estimate rather than the source's claim.
    BasisEstimate = "basis_estimate", "(estimate)", [];
    /// Marks a score that rests on the evidence it cites.
    BasisCited = "basis_cited", "(cited)", [];
    /// Marks a score that restates the attributed source.
    BasisSource = "basis_source", "(per source)", [];
    /// Accessible name of a numbered citation, such as "Source 3: Modules: TypeScript".
    Citation = "citation", "Source {number}: {title}", ["number", "title"];
    /// Summary of the list of every source, such as "Sources (14)".
    SourcesHeading = "sources_heading", "Sources ({count})", ["count"];
    /// When a source was published, in the list of sources.
    SourcePublished = "source_published", "published {date}", ["date"];
    /// When the author last read a source, in the list of sources.
    SourceChecked = "source_checked", "checked {date}", ["date"];
    /// Under the verdict when no score behind it is an estimate.
    EstimatesNone = "estimates_none", "None of the {scores} scores behind this is the author's estimate.", ["scores"];
    /// Under the verdict when one score behind it is an estimate.
    EstimatesOne = "estimates_one", "1 of the {scores} scores behind this is the author's estimate.", ["scores"];
    /// Under the verdict when several scores behind it are estimates.
    EstimatesSome = "estimates_some", "{estimates} of the {scores} scores behind this are the author's estimates.", ["estimates", "scores"];
    /// A whole date, such as "7 December 2026".
    DateDay = "date_day", "{day} {month} {year}", ["day", "month", "year"];
    /// A month of a year, such as "June 2025".
    DateMonth = "date_month", "{month} {year}", ["month", "year"];
    /// The first month's name.
    Month1 = "month_1", "January", [];
    /// The second month's name.
    Month2 = "month_2", "February", [];
    /// The third month's name.
    Month3 = "month_3", "March", [];
    /// The fourth month's name.
    Month4 = "month_4", "April", [];
    /// The fifth month's name.
    Month5 = "month_5", "May", [];
    /// The sixth month's name.
    Month6 = "month_6", "June", [];
    /// The seventh month's name.
    Month7 = "month_7", "July", [];
    /// The eighth month's name.
    Month8 = "month_8", "August", [];
    /// The ninth month's name.
    Month9 = "month_9", "September", [];
    /// The tenth month's name.
    Month10 = "month_10", "October", [];
    /// The eleventh month's name.
    Month11 = "month_11", "November", [];
    /// The twelfth month's name.
    Month12 = "month_12", "December", [];
    /// A source that is a project's own documentation.
    KindDocumentation = "kind_documentation", "documentation", [];
    /// A source that is a specification or a design document such as a PEP.
    KindSpecification = "kind_specification", "specification", [];
    /// A source that is release notes or a changelog.
    KindReleaseNotes = "kind_release_notes", "release notes", [];
    /// A source that is a named, dated benchmark.
    KindBenchmark = "kind_benchmark", "benchmark", [];
    /// A source that is a survey.
    KindSurvey = "kind_survey", "survey", [];
    /// A source that is an article or a blog post.
    KindArticle = "kind_article", "article", [];
    /// A source that is a code repository.
    KindRepository = "kind_repository", "repository", [];
    /// Any other source.
    KindOther = "kind_other", "other", [];
    /// Accessible name of the importance choice for a criterion.
    ImportanceOf = "importance_of", "Importance of {criterion}", ["criterion"];
    /// Accessible name of the button that shows a criterion's description.
    AboutCriterion = "about_criterion", "About {criterion}", ["criterion"];
    /// Shown next to the presets when the reader has edited a preset.
    CustomisedFrom = "customised_from", "Customised from {preset}", ["preset"];
    /// Shown next to the presets when the reader has edited the defaults.
    Customised = "customised", "Customised", [];
    /// The button that restores the author's defaults.
    Reset = "reset", "Reset", [];
    /// The button that copies a link to the current choices.
    CopyLink = "copy_link", "Copy link to these choices", [];
    /// Feedback after the link was copied.
    LinkCopied = "link_copied", "Link copied", [];
    /// Feedback when the clipboard refused; the link is then shown to copy by hand.
    CopyFailed = "copy_failed", "Your browser blocked copying: select the link below and copy it.", [];
    /// Note shown when a shared link's settings could not be read.
    StartedFresh = "started_fresh", "The settings in this link could not be read ({part}), so the card started fresh.", ["part"];
    /// Note shown when the page's preset or priorities attribute could not be used.
    IgnoredSetting = "ignored_setting", "This card's settings name something this comparison does not have ({part}), so it shows its defaults.", ["part"];
    /// Static fallback (`versus render`): the caption of the table of every score.
    FallbackTableCaption = "fallback_table_caption", "Every criterion, scored from 0 to 10", [];
    /// Static fallback: the heading of the table's first column.
    FallbackCriterion = "fallback_criterion", "Criterion", [];
    /// Static fallback: marks a criterion that counts in the recommendation shown.
    FallbackCounted = "fallback_counted", "counts, {importance}", ["importance"];
    /// Static fallback: the heading over the presets and their recommendations.
    FallbackUseCases = "fallback_use_cases", "Use cases", [];
    /// Separates a score's whole and tenths, as in "7.5" ("," in German).
    DecimalSeparator = "decimal_separator", ".", [];
    /// Joins the last two items of a list, as in "A and B".
    ListAnd = "list_and", " and ", [];
    /// Joins the other items of a list, as in "A, B and C".
    ListComma = "list_comma", ", ", [];
}

/// The card's wording: defaults with the spec's overrides applied.
#[derive(Clone, Debug, PartialEq, Eq, Default, Hash)]
pub struct Strings {
    overrides: Vec<(Text, String)>,
    implied: Vec<(Text, String)>,
}

impl Strings {
    /// Wording with the author's overrides, then what the comparison's
    /// language implies (such as its decimal separator); callers validate
    /// both first.
    pub fn new(overrides: Vec<(Text, String)>, implied: Vec<(Text, String)>) -> Self {
        Strings { overrides, implied }
    }

    /// The wording for `key`: the author's, else the language's, else the default.
    pub fn get(&self, key: Text) -> &str {
        self.overrides
            .iter()
            .chain(&self.implied)
            .find(|(k, _)| *k == key)
            .map(|(_, text)| text.as_str())
            .unwrap_or_else(|| key.default_text())
    }

    /// The wording for `key` with each `{name}` replaced by its value.
    ///
    /// Values are inserted as they are, in one pass, so a contender named
    /// "{leader}" stays literal text.
    pub fn fill(&self, key: Text, values: &[(&str, &str)]) -> String {
        fill_placeholders(self.get(key), values)
    }

    /// Joins items as a list: "A", "A and B", "A, B and C".
    pub fn join_list(&self, items: &[&str]) -> String {
        match items {
            [] => String::new(),
            [only] => (*only).to_string(),
            [init @ .., last] => {
                let mut out = init.join(self.get(Text::ListComma));
                out.push_str(self.get(Text::ListAnd));
                out.push_str(last);
                out
            }
        }
    }
}

/// Replaces `{name}` with its value; unknown or unclosed braces stay as they are.
fn fill_placeholders(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            values
                .iter()
                .find(|(name, _)| *name == &after[..close])
                .map(|(_, v)| (close, v))
        });
        match value {
            Some((close, v)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The placeholder names used in a template, in order of appearance.
pub fn placeholders_in(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                names.push(&after[..close]);
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    names
}

/// Looks a key up by its JSON name.
pub fn text_by_name(name: &str) -> Option<Text> {
    Text::ALL.iter().copied().find(|key| key.name() == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_replaces_known_placeholders_once() {
        let strings = Strings::default();
        let text = strings.fill(Text::WinnerClear, &[("leader", "{leader}")]);
        assert_eq!(text, "{leader} is the clear pick");
    }

    #[test]
    fn overrides_replace_defaults() {
        let strings = Strings::new(vec![(Text::WinnerLean, "Eher {leader}".into())], Vec::new());
        assert_eq!(
            strings.fill(Text::WinnerLean, &[("leader", "Python")]),
            "Eher Python"
        );
        assert_eq!(strings.get(Text::ConfidenceLean), "Lean");
    }

    #[test]
    fn lists_join_naturally() {
        let s = Strings::default();
        assert_eq!(s.join_list(&["A"]), "A");
        assert_eq!(s.join_list(&["A", "B"]), "A and B");
        assert_eq!(s.join_list(&["A", "B", "C"]), "A, B and C");
    }

    #[test]
    fn every_default_uses_only_its_declared_placeholders() {
        for key in Text::ALL {
            for name in placeholders_in(key.default_text()) {
                assert!(
                    key.placeholders().contains(&name),
                    "{} uses {{{name}}}",
                    key.name()
                );
            }
        }
    }

    #[test]
    fn unclosed_brace_is_kept() {
        assert_eq!(fill_placeholders("a {b", &[("b", "x")]), "a {b");
    }
}
