//! The pure model: spec → validated comparison → scores → explanation.
//!
//! Nothing here knows about Yew, the DOM or wasm; it is tested natively.

pub mod comparison;
pub mod content;
pub mod explain;
pub mod locate;
pub mod reading;
pub mod scoring;
pub mod share;
pub mod spec;
pub mod state;
pub mod strings;
pub mod validate;

pub use comparison::{Comparison, Importance};
pub use explain::{describe, explain, what_would_change, Change, Explanation, VerdictText};
pub use scoring::{evaluate, Confidence, Evaluation, Outcome, Priorities, Total};
pub use spec::Spec;
pub use state::{Action, Choices, Origin};
pub use validate::{parse_comparison, validate, Position, Problem};
