//! The card: one thin Yew component and the view functions it is made of.
//! They render the model and turn clicks into actions for one reducer.
//!
//! No scoring or wording decisions live here; they come from [`crate::model`].
//! Nothing here touches the page directly: the host passes callbacks.

pub(crate) mod bars;
mod card;
mod config;
pub mod element;
mod evidence;
mod fallback;
mod presets;
mod priority;
mod problems;
mod share;
mod state;
mod verdict;

pub use crate::model::SharedComparison;
pub use card::{Card, CardProps};
pub use config::{EmbedConfig, SpecSource, Theme};
pub use fallback::{Fallback, FallbackProps};
pub use problems::problem_list;
pub use state::{CardAction, CardState, CopyOutcome, CopyState};

/// The card's styles (card.css, minified by build.rs): adopted by each
/// card's shadow root in the browser, and written into the `<style>` of a
/// card rendered ahead of time.
pub const CARD_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/card.css"));
