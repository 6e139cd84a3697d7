//! Helpers shared by the native test files.

use versus::model::spec::{ContenderSpec, CriterionSpec, Number, ScoreSpec, Spec};
use versus::model::{Comparison, ContenderIndex, CriterionIndex};

/// The number `tenths / 10`, written the way an author would.
fn from_tenths(tenths: u32) -> Number {
    let whole = (tenths / 10).to_string();
    Number(match tenths % 10 {
        0 => whole,
        decimal => whole + "." + &decimal.to_string(),
    })
}

/// A spec with `scores[criterion][contender]` in tenths (0 to 100), no presets.
/// `contender(i)` gives an id and a name, `criterion(c)` an id, a label and
/// whether it starts on.
pub fn spec_from_scores(
    scores: &[Vec<u32>],
    contender: impl Fn(usize) -> (String, String),
    criterion: impl Fn(usize) -> (String, String, bool),
) -> Spec {
    Spec {
        title: "Test".into(),
        subtitle: None,
        attribution: None,
        sources: Vec::new(),
        contenders: (0..scores[0].len())
            .map(|i| {
                let (id, name) = contender(i);
                ContenderSpec {
                    id,
                    name,
                    tagline: None,
                    accent: None,
                }
            })
            .collect(),
        criteria: scores
            .iter()
            .enumerate()
            .map(|(c, row)| {
                let (id, label, on) = criterion(c);
                CriterionSpec {
                    id,
                    label,
                    description: "d".into(),
                    on,
                    scores: row
                        .iter()
                        .enumerate()
                        .map(|(i, &score)| {
                            (
                                contender(i).0,
                                ScoreSpec {
                                    score: from_tenths(score),
                                    reason: "r".into(),
                                    basis: None,
                                    evidence: Vec::new(),
                                },
                            )
                        })
                        .collect(),
                }
            })
            .collect(),
        presets: Vec::new(),
        strings: Vec::new(),
        schema: None,
        lang: None,
    }
}

/// The criterion at `position` (from 0) of a test comparison.
#[allow(dead_code)] // each test file uses some of these helpers
pub fn criterion(c: &Comparison, position: usize) -> CriterionIndex {
    c.criterion_indexes()
        .nth(position)
        .expect("the test comparison has this criterion")
}

/// The contender at `position` (from 0) of a test comparison.
#[allow(dead_code)]
pub fn contender(c: &Comparison, position: usize) -> ContenderIndex {
    c.contender_indexes()
        .nth(position)
        .expect("the test comparison has this contender")
}
