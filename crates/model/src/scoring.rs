//! Totals and the verdict, in exact integer arithmetic.
//!
//! A total is the weighted mean of a contender's scores over the priorities
//! that are on. Scores are whole tenths (0 to 100), so the mean is already on
//! the 0–100 scale and is kept as a fraction: ranking compares fractions
//! exactly, and what the reader sees is the fraction rounded half up. Equal
//! totals therefore always display alike, and no float ever decides a verdict.

use crate::comparison::{Comparison, ContenderIndex, CriterionIndex, Importance, PresetIndex};

/// A verdict is a toss-up when the leader is fewer than this many points ahead.
pub const TOSS_UP_BELOW: u32 = 3;
/// A verdict is a clear win when the leader is at least this many points ahead.
pub const CLEAR_FROM: u32 = 10;

/// Which priorities are on, and how important each is; indexed like the criteria.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Priorities(Vec<Option<Importance>>);

impl Priorities {
    /// Every priority off.
    pub fn none(comparison: &Comparison) -> Self {
        Priorities(vec![None; comparison.criteria.len()])
    }

    /// The priorities the author switched on by default, at normal importance.
    pub fn defaults(comparison: &Comparison) -> Self {
        Priorities(
            comparison
                .criteria
                .iter()
                .map(|c| c.on_by_default.then_some(Importance::Normal))
                .collect(),
        )
    }

    /// Exactly the priorities of one preset.
    pub fn from_preset(comparison: &Comparison, preset: PresetIndex) -> Self {
        let mut priorities = Priorities::none(comparison);
        if let Some(preset) = comparison.presets.get(preset.position()) {
            for &(criterion, importance) in &preset.priorities {
                priorities.set(criterion, Some(importance));
            }
        }
        priorities
    }

    /// The importance of a criterion, or `None` when it is off or unknown.
    pub fn get(&self, criterion: CriterionIndex) -> Option<Importance> {
        self.0.get(criterion.position()).copied().flatten()
    }

    /// Switches a criterion on at an importance, or off with `None`; unknown indexes are ignored.
    pub fn set(&mut self, criterion: CriterionIndex, importance: Option<Importance>) {
        if let Some(slot) = self.0.get_mut(criterion.position()) {
            *slot = importance;
        }
    }

    /// How many criteria there are, on or off.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are no criteria at all.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The priorities that are on, with their criterion.
    pub fn on(&self) -> impl Iterator<Item = (CriterionIndex, Importance)> + '_ {
        self.0
            .iter()
            .enumerate()
            .filter_map(|(i, level)| level.map(|level| (CriterionIndex::new(i), level)))
    }
}

/// A contender's exact total: `weighted / weight` on the 0–100 scale. Only
/// scoring makes one, from validated scores, so it never exceeds 100.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Total {
    /// Sum of weight × score in tenths.
    pub(crate) weighted: u32,
    /// Sum of weights of the priorities that are on (never 0 in a standing).
    pub(crate) weight: u32,
}

impl Total {
    /// Nothing counted yet.
    pub(crate) const ZERO: Total = Total {
        weighted: 0,
        weight: 0,
    };

    /// The total rounded half up to a whole number from 0 to 100.
    pub fn points(self) -> u32 {
        if self.weight == 0 {
            0
        } else {
            (2 * self.weighted + self.weight) / (2 * self.weight)
        }
    }

    /// Exact comparison of two totals with possibly different weights.
    pub fn exact_cmp(self, other: Total) -> std::cmp::Ordering {
        (u64::from(self.weighted) * u64::from(other.weight))
            .cmp(&(u64::from(other.weighted) * u64::from(self.weight)))
    }
}

/// One contender's place in the ranking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Standing {
    contender: ContenderIndex,
    total: Total,
}

impl Standing {
    /// Which contender.
    pub fn contender(&self) -> ContenderIndex {
        self.contender
    }

    /// Its exact total.
    pub fn total(&self) -> Total {
        self.total
    }
}

/// How sure the verdict is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confidence {
    /// Ahead by at least [`CLEAR_FROM`] points.
    Clear,
    /// Ahead by [`TOSS_UP_BELOW`] points or more, but less than [`CLEAR_FROM`].
    Lean,
}

/// What the card recommends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// No priority is on, so there is nothing to recommend.
    NothingSelected,
    /// One contender is ahead.
    Win {
        /// The recommended contender.
        leader: ContenderIndex,
        /// The next best.
        runner_up: ContenderIndex,
        /// Displayed points between them.
        margin: u32,
        /// How clear the lead is.
        confidence: Confidence,
    },
    /// The top contenders are within [`TOSS_UP_BELOW`] points: either works.
    TossUp {
        /// Every contender within reach of the top, best first.
        contenders: Vec<ContenderIndex>,
        /// Displayed points between the first and second.
        margin: u32,
    },
}

impl Outcome {
    /// The single recommended contender, if there is one.
    pub fn winner(&self) -> Option<ContenderIndex> {
        match self {
            Outcome::Win { leader, .. } => Some(*leader),
            _ => None,
        }
    }

    /// Whether two outcomes recommend something different to the reader:
    /// another winner, or a win becoming a toss-up or the reverse.
    pub fn differs_from(&self, other: &Outcome) -> bool {
        match (self, other) {
            (Outcome::Win { leader: a, .. }, Outcome::Win { leader: b, .. }) => a != b,
            (Outcome::TossUp { .. }, Outcome::TossUp { .. }) => false,
            (Outcome::NothingSelected, Outcome::NothingSelected) => false,
            _ => true,
        }
    }
}

/// The ranking and the verdict for one set of priorities; only [`evaluate`]
/// makes one, so the two always agree.
///
/// ```compile_fail,E0616
/// # fn change(mut e: versus_model::Evaluation) {
/// e.standings.clear(); // private: the verdict cannot be made to disagree
/// # }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    standings: Vec<Standing>,
    outcome: Outcome,
}

impl Evaluation {
    /// Every contender, best first; ties keep the spec's order. Empty when nothing is selected.
    pub fn standings(&self) -> &[Standing] {
        &self.standings
    }

    /// The verdict.
    pub fn outcome(&self) -> &Outcome {
        &self.outcome
    }

    /// The displayed total of a contender, if anything is selected.
    pub fn points_of(&self, contender: ContenderIndex) -> Option<u32> {
        self.standings
            .iter()
            .find(|s| s.contender == contender)
            .map(|s| s.total.points())
    }
}

/// Each contender's total, indexed like the contenders.
pub fn totals(comparison: &Comparison, priorities: &Priorities) -> Vec<Total> {
    let mut totals = vec![Total::ZERO; comparison.contenders.len()];
    for (criterion, importance) in priorities.on() {
        let Some(criterion) = comparison.criteria.get(criterion.position()) else {
            continue;
        };
        let weight = importance.weight();
        for (total, score) in totals.iter_mut().zip(&criterion.scores) {
            total.weighted += weight * score.value.0;
            total.weight += weight;
        }
    }
    totals
}

/// Ranks the contenders and decides the verdict.
pub fn evaluate(comparison: &Comparison, priorities: &Priorities) -> Evaluation {
    rank(totals(comparison, priorities))
}

/// Ranks already computed totals; shared with the "what would change it" search.
pub(crate) fn rank(totals: Vec<Total>) -> Evaluation {
    if totals.first().is_none_or(|t| t.weight == 0) {
        return Evaluation {
            standings: Vec::new(),
            outcome: Outcome::NothingSelected,
        };
    }
    let mut standings: Vec<Standing> = totals
        .into_iter()
        .enumerate()
        .map(|(contender, total)| Standing {
            contender: ContenderIndex::new(contender),
            total,
        })
        .collect();
    // Equal totals keep the author's order, never a random one: with the
    // contender as the last key the order is total, so the standard
    // library's unstable sort gives exactly the stable order, in 2.3 KB
    // less wasm than its stable sort (docs/performance.md).
    standings.sort_unstable_by(|a, b| {
        b.total
            .exact_cmp(a.total)
            .then(a.contender.cmp(&b.contender))
    });
    // A validated comparison has at least two contenders; anything less has no verdict.
    let (first, second) = match standings.as_slice() {
        [first, second, ..] => (*first, *second),
        _ => {
            return Evaluation {
                standings,
                outcome: Outcome::NothingSelected,
            }
        }
    };
    let top = first.total.points();
    let margin = top.saturating_sub(second.total.points());
    let outcome = if margin < TOSS_UP_BELOW {
        Outcome::TossUp {
            contenders: standings
                .iter()
                .take_while(|s| top.saturating_sub(s.total.points()) < TOSS_UP_BELOW)
                .map(|s| s.contender)
                .collect(),
            margin,
        }
    } else {
        Outcome::Win {
            leader: first.contender,
            runner_up: second.contender,
            margin,
            confidence: if margin >= CLEAR_FROM {
                Confidence::Clear
            } else {
                Confidence::Lean
            },
        }
    };
    Evaluation { standings, outcome }
}
