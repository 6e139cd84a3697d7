//! The pure model of a versus card: spec → validated comparison → scores →
//! explanation, plus the reader's choices and their share links.
//!
//! This crate depends on nothing that knows about Yew, the DOM or wasm (the
//! `make test` step `model-is-pure` and `deny.toml` keep it so), and it is
//! tested natively. The card, the editor and the command line all build on it.

pub mod calendar;
#[cfg(feature = "css-colours")]
pub mod colour;
pub mod comparison;
pub mod evidence;
pub mod explain;
pub mod locate;
#[cfg(feature = "native")]
pub mod native;
pub mod platform;
pub mod problem;
pub mod reading;
pub mod scoring;
pub mod share;
pub mod spec;
pub mod state;
pub mod strings;
pub mod validate;

pub use comparison::{
    Comparison, ContenderIndex, CriterionIndex, Importance, PresetIndex, SharedComparison,
};
pub use explain::{describe, explain, what_would_change, Change, Explanation, VerdictText};
pub use platform::{Platform, UrlParts};
pub use problem::{Path, Position, Problem, Step};
pub use scoring::{evaluate, Confidence, Evaluation, Outcome, Priorities, Standing, Total};
pub use spec::Spec;
pub use state::{Action, Choices, Origin};
pub use validate::{parse_comparison, validate};
