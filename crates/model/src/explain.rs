//! Why the card recommends what it does, and what would change its mind.

use crate::comparison::{Comparison, ContenderIndex, CriterionIndex, Importance};
use crate::scoring::{rank, totals, Confidence, Evaluation, Outcome, Priorities, Total};
use crate::strings::Text;

/// Most priorities named as the reason for a lead.
pub const MAX_LEAD_REASONS: usize = 3;

/// A single edit to the priorities.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The criterion edited.
    pub criterion: CriterionIndex,
    /// Its importance before (`None`: off).
    pub from: Option<Importance>,
    /// Its importance after (`None`: off).
    pub to: Option<Importance>,
    /// The verdict the edit would lead to.
    pub outcome: Outcome,
}

impl Change {
    /// How far the edit moves the switch: off, normal, high and critical are
    /// one step apart, so "off to critical" is three steps.
    pub fn size(&self) -> u32 {
        level(self.from).abs_diff(level(self.to))
    }
}

fn level(importance: Option<Importance>) -> u32 {
    importance.map_or(0, Importance::level)
}

/// Everything the card says about a verdict, as model data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Explanation {
    /// Priorities that gave the leader most of its lead over the runner-up,
    /// largest contribution first. For a toss-up: where the first is ahead of the second.
    pub lead_reasons: Vec<CriterionIndex>,
    /// Where the runner-up (for a toss-up: the second) beats the first most, if anywhere.
    pub runner_up_strength: Option<CriterionIndex>,
    /// The smallest single edit that changes the recommendation, if any.
    pub change: Option<Change>,
}

/// Explains an evaluation. Returns `None` when nothing is selected.
pub fn explain(
    comparison: &Comparison,
    priorities: &Priorities,
    evaluation: &Evaluation,
) -> Option<Explanation> {
    let (first, second) = match evaluation.standings() {
        [first, second, ..] => (first.contender(), second.contender()),
        _ => return None,
    };
    // Contribution of a criterion to `a`'s lead over `b`: weight × score gap.
    let gap = |criterion, importance: Importance, a, b| -> i64 {
        let score = |contender| i64::from(comparison.score(criterion, contender).value.0);
        i64::from(importance.weight()) * (score(a) - score(b))
    };
    let mut leads: Vec<(i64, CriterionIndex)> = priorities
        .on()
        .map(|(c, level)| (gap(c, level, first, second), c))
        .filter(|(g, _)| *g > 0)
        .collect();
    // Largest first; equal contributions keep the author's order.
    leads.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let runner_up_strength = priorities
        .on()
        .map(|(c, level)| (gap(c, level, second, first), c))
        .filter(|(g, _)| *g > 0)
        .min_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)))
        .map(|(_, c)| c);
    Some(Explanation {
        lead_reasons: leads
            .into_iter()
            .take(MAX_LEAD_REASONS)
            .map(|(_, c)| c)
            .collect(),
        runner_up_strength,
        change: what_would_change(comparison, priorities, evaluation.outcome()),
    })
}

/// The smallest single edit to the priorities that changes the recommendation.
///
/// Edits are tried by size (see [`Change::size`]), then in the author's order
/// of criteria, then from lower to higher importance, so the answer is
/// deterministic. Edits that would leave nothing selected are not offered.
/// Each candidate adjusts the current totals instead of recomputing them, so
/// the whole search costs about one full evaluation per criterion.
pub fn what_would_change(
    comparison: &Comparison,
    priorities: &Priorities,
    current: &Outcome,
) -> Option<Change> {
    if matches!(current, Outcome::NothingSelected) {
        return None;
    }
    let base = totals(comparison, priorities);
    let on_count = priorities.on().count();
    let mut candidates: Vec<(u32, CriterionIndex, Option<Importance>)> = Vec::new();
    for criterion in comparison.criterion_indexes() {
        let from = priorities.get(criterion);
        for to in [
            None,
            Some(Importance::Normal),
            Some(Importance::High),
            Some(Importance::Critical),
        ] {
            let leaves_nothing = to.is_none() && on_count == 1;
            if to != from && !leaves_nothing {
                candidates.push((level(from).abs_diff(level(to)), criterion, to));
            }
        }
    }
    candidates.sort_unstable_by_key(|&(size, criterion, to)| (size, criterion, level(to)));
    candidates.into_iter().find_map(|(_, criterion, to)| {
        let from = priorities.get(criterion);
        let adjusted: Vec<Total> = base
            .iter()
            .zip(&comparison.criterion(criterion).scores)
            .map(|(total, score)| {
                let (old, new) = (
                    from.map_or(0, Importance::weight),
                    to.map_or(0, Importance::weight),
                );
                Total {
                    weighted: total.weighted - old * score.value.0 + new * score.value.0,
                    weight: total.weight - old + new,
                }
            })
            .collect();
        let outcome = rank(adjusted).outcome().clone();
        outcome.differs_from(current).then_some(Change {
            criterion,
            from,
            to,
            outcome,
        })
    })
}

/// The sentences a reader sees for a verdict, in the comparison's wording.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerdictText {
    /// The recommendation in one line.
    pub headline: String,
    /// "Clear win", "Lean" or "Toss-up"; empty when nothing is selected.
    pub confidence: String,
    /// Why, in one or two sentences.
    pub reasons: Vec<String>,
    /// The "what would change it" sentence.
    pub what_would_change: Option<String>,
    /// How many of the scores behind the verdict are the author's
    /// estimates, such as "2 of the 6 scores behind this are the author's
    /// estimates."; `None` when nothing is selected or the comparison marks
    /// no score's basis.
    pub estimates: Option<String>,
}

/// Puts an evaluation and its explanation into words.
pub fn describe(
    comparison: &Comparison,
    priorities: &Priorities,
    evaluation: &Evaluation,
) -> VerdictText {
    let strings = &comparison.strings;
    let name = |contender: ContenderIndex| comparison.contender(contender).name.as_str();
    let label = |criterion: CriterionIndex| comparison.criterion(criterion).label.as_str();
    let nothing = || VerdictText {
        headline: strings.get(Text::NothingSelected).to_string(),
        confidence: String::new(),
        reasons: Vec::new(),
        what_would_change: None,
        estimates: None,
    };
    let (headline, confidence) = match evaluation.outcome() {
        Outcome::NothingSelected => return nothing(),
        Outcome::Win {
            leader,
            confidence: Confidence::Clear,
            ..
        } => (
            strings.fill(Text::WinnerClear, &[("leader", name(*leader))]),
            Text::ConfidenceClear,
        ),
        Outcome::Win { leader, .. } => (
            strings.fill(Text::WinnerLean, &[("leader", name(*leader))]),
            Text::ConfidenceLean,
        ),
        Outcome::TossUp { contenders, .. } => {
            let names: Vec<&str> = contenders.iter().map(|&c| name(c)).collect();
            (
                strings.fill(Text::TossUp, &[("contenders", &strings.join_list(&names))]),
                Text::ConfidenceTossUp,
            )
        }
    };
    let (Some(explanation), [first, second, ..]) = (
        explain(comparison, priorities, evaluation),
        evaluation.standings(),
    ) else {
        return nothing();
    };
    let (first, second) = (first.contender(), second.contender());
    let mut reasons = Vec::new();
    if !explanation.lead_reasons.is_empty() {
        let labels: Vec<&str> = explanation.lead_reasons.iter().map(|&c| label(c)).collect();
        reasons.push(strings.fill(
            Text::LeadsOn,
            &[
                ("leader", name(first)),
                ("criteria", &strings.join_list(&labels)),
            ],
        ));
    }
    reasons.push(match explanation.runner_up_strength {
        Some(criterion) => strings.fill(
            Text::RunnerUpStrength,
            &[("contender", name(second)), ("criterion", label(criterion))],
        ),
        None => strings.fill(
            Text::RunnerUpNoStrength,
            &[("contender", name(second)), ("leader", name(first))],
        ),
    });
    let what_would_change = Some(match &explanation.change {
        None => strings.get(Text::NoSingleChange).to_string(),
        Some(change) => {
            let outcome = match &change.outcome {
                Outcome::Win { leader, .. }
                    if matches!(evaluation.outcome(), Outcome::TossUp { .. }) =>
                {
                    strings.fill(Text::OutcomeDecided, &[("contender", name(*leader))])
                }
                Outcome::Win { leader, .. } => {
                    strings.fill(Text::OutcomeNewLeader, &[("contender", name(*leader))])
                }
                _ => strings.get(Text::OutcomeTossUp).to_string(),
            };
            let criterion = label(change.criterion);
            match (change.from, change.to) {
                (_, None) => strings.fill(
                    Text::ChangeTurnOff,
                    &[("criterion", criterion), ("outcome", &outcome)],
                ),
                (None, Some(to)) => strings.fill(
                    Text::ChangeTurnOn,
                    &[
                        ("criterion", criterion),
                        ("importance", strings.get(to.text())),
                        ("outcome", &outcome),
                    ],
                ),
                (Some(_), Some(to)) => strings.fill(
                    Text::ChangeImportance,
                    &[
                        ("criterion", criterion),
                        ("importance", strings.get(to.text())),
                        ("outcome", &outcome),
                    ],
                ),
            }
        }
    });
    VerdictText {
        headline,
        confidence: strings.get(confidence).to_string(),
        reasons,
        what_would_change,
        estimates: estimates_line(comparison, priorities),
    }
}

/// "2 of the 6 scores behind this are the author's estimates", for the
/// scores of every contender on every priority that is on.
fn estimates_line(comparison: &Comparison, priorities: &Priorities) -> Option<String> {
    if !comparison.marks_evidence() {
        return None;
    }
    let strings = &comparison.strings;
    let (estimates, scores) =
        crate::evidence::estimates_among(comparison, priorities.on().map(|(index, _)| index));
    let scores = scores.to_string();
    Some(match estimates {
        0 => strings.fill(Text::EstimatesNone, &[("scores", &scores)]),
        1 => strings.fill(Text::EstimatesOne, &[("scores", &scores)]),
        n => strings.fill(
            Text::EstimatesSome,
            &[("estimates", &n.to_string()), ("scores", &scores)],
        ),
    })
}
