//! The comparison document as an author writes it in JSON.
//!
//! These types mirror the JSON format one to one and promise nothing beyond
//! "it parsed". [`crate::model::validate`] turns a [`Spec`] into a
//! [`crate::model::Comparison`] whose invariants the rest of the code trusts.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A whole comparison: who is compared, on what, and the ready-made use cases.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    /// Headline of the card, such as "Node.js vs Python".
    pub title: String,
    /// A line under the title, such as "for backend development".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    /// Where the claims come from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribution: Option<AttributionSpec>,
    /// The things being compared, 2 to 6.
    pub contenders: Vec<ContenderSpec>,
    /// What they are compared on, 3 to 30.
    pub criteria: Vec<CriterionSpec>,
    /// Ready-made sets of priorities, typically one per use case.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub presets: Vec<PresetSpec>,
    /// Replacements for the card's own wording, keyed by string name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub strings: BTreeMap<String, String>,
}

/// Credit line shown under the card, with an optional http(s) link.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttributionSpec {
    /// The words shown, such as "Based on an article by …".
    pub text: String,
    /// Where the words link to; only http and https are accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// One of the things being compared.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContenderSpec {
    /// Stable identifier used in scores, presets and share links.
    pub id: String,
    /// Display name.
    pub name: String,
    /// A few words under the name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tagline: Option<String>,
    /// Accent colour in plain CSS colour syntax (`#3c873a`, `rgb(…)`, `teal`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accent: Option<String>,
}

/// One thing a reader may care about, with every contender's score on it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
    pub scores: BTreeMap<String, ScoreSpec>,
}

/// How one contender does on one criterion.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoreSpec {
    /// From 0 (poor) to 10 (excellent), at most one decimal.
    pub score: f64,
    /// One sentence saying why.
    pub reason: String,
    /// Whether the score restates the source or is the author's estimate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<Basis>,
}

/// Where a score comes from, so readers can tell claims from judgement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    /// The attributed source makes this claim.
    Source,
    /// The author's reasoned estimate where the source is silent.
    Estimate,
}

/// A named set of priorities, such as "Real-time chat".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PresetSpec {
    /// Stable identifier used in attributes and share links.
    pub id: String,
    /// Label on the preset button.
    pub label: String,
    /// Criterion id to importance (`"normal"`, `"high"` or `"critical"`);
    /// criteria not named are off.
    pub priorities: BTreeMap<String, String>,
}
