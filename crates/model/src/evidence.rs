//! What a score rests on: the sources a comparison cites, the dates in them,
//! and the checks an author runs before publishing.
//!
//! The reader's card only shows evidence; it never judges a date against
//! the reader's clock, which may be wrong. The author's tools (`versus
//! check`, the editor) call [`author_checks`] with the author's own day:
//! a checked date after today is a typo, and with `--max-age` evidence read
//! too long ago is reported, claim by claim.

use crate::calendar::{Age, Day, Published};
use crate::comparison::{Comparison, SourceIndex};
use crate::problem::{quoted, Path, Problem};
use crate::spec::Basis;
use crate::strings::{Strings, Text};

/// The checks that need the author's clock, for `versus check` and the
/// editor: a checked date after `today` (a typo: nobody read a page
/// tomorrow), and with `max_age`, evidence checked before `today − max_age`.
/// Each problem names the claim (criterion and contender) and its source.
pub fn author_checks(comparison: &Comparison, today: Day, max_age: Option<Age>) -> Vec<Problem> {
    let oldest = max_age.map(|age| (today.minus(age), age));
    let mut problems = Vec::new();
    for (c, criterion) in comparison.criteria().iter().enumerate() {
        for (contender, score) in comparison.contenders().iter().zip(criterion.scores()) {
            for (e, evidence) in score.evidence().iter().enumerate() {
                let path = Path::root()
                    .key("criteria")
                    .index(c)
                    .key("scores")
                    .key(contender.id())
                    .key("evidence")
                    .index(e)
                    .key("checked");
                let source = comparison.source(evidence.source());
                let claim = format!(
                    "the evidence from {} for {} on {}",
                    quoted(source.id()),
                    contender.name(),
                    criterion.label()
                );
                let checked = evidence.checked();
                if checked > today {
                    problems.push(Problem::new(
                        path,
                        format!("This date, {checked}, is after today ({today}): {claim} cannot have been checked yet. Write the day you read the source."),
                    ));
                } else if let Some((oldest, written)) =
                    oldest.filter(|(oldest, _)| checked < *oldest)
                {
                    problems.push(Problem::new(
                        path,
                        format!("This date, {checked}, is more than {written} ago (before {oldest}): read {claim} again at {} and update the date, the score or the quote.", source.url().as_str()),
                    ));
                }
            }
        }
    }
    problems
}

/// How many of the scores behind a verdict are the author's estimates,
/// out of how many: every contender's score on every criterion that is on.
pub fn estimates_among(
    comparison: &Comparison,
    on: impl Iterator<Item = crate::CriterionIndex>,
) -> (usize, usize) {
    let mut estimates = 0;
    let mut all = 0;
    for index in on {
        for score in comparison.criterion(index).scores() {
            all += 1;
            if score.basis() == Some(Basis::Estimate) {
                estimates += 1;
            }
        }
    }
    (estimates, all)
}

/// A date the way the comparison's language writes it, from the card's
/// strings ("7 December 2026", "December 2026", "2026").
pub fn format_published(strings: &Strings, date: Published) -> String {
    match date {
        Published::Year(year) => year.to_string(),
        Published::Month(year, month) => strings.fill(
            Text::DateMonth,
            &[
                ("month", month_name(strings, month)),
                ("year", &year.to_string()),
            ],
        ),
        Published::Day(day) => format_day(strings, day),
    }
}

/// A day the way the comparison's language writes it, such as "7 December 2026".
pub fn format_day(strings: &Strings, day: Day) -> String {
    strings.fill(
        Text::DateDay,
        &[
            ("day", &day.day().to_string()),
            ("month", month_name(strings, day.month())),
            ("year", &day.year().to_string()),
        ],
    )
}

fn month_name(strings: &Strings, month: u32) -> &str {
    const MONTHS: [Text; 12] = [
        Text::Month1,
        Text::Month2,
        Text::Month3,
        Text::Month4,
        Text::Month5,
        Text::Month6,
        Text::Month7,
        Text::Month8,
        Text::Month9,
        Text::Month10,
        Text::Month11,
        Text::Month12,
    ];
    MONTHS
        .get(month.saturating_sub(1) as usize)
        .map(|&key| strings.get(key))
        .unwrap_or("")
}

/// The last day the author checked anything a source says: what the list
/// of sources shows as "checked"; `None` for a source no score cites.
pub fn last_checked(comparison: &Comparison, source: SourceIndex) -> Option<Day> {
    comparison
        .criteria()
        .iter()
        .flat_map(|criterion| criterion.scores())
        .flat_map(|score| score.evidence())
        .filter(|evidence| evidence.source() == source)
        .map(|evidence| evidence.checked())
        .max()
}

/// The source a citation number stands for is its place in the list, from 1.
pub fn citation_number(index: SourceIndex) -> usize {
    index.position() + 1
}
