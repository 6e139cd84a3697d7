//! Thin Yew components: they render the model and turn clicks into actions.
//!
//! No scoring or wording decisions live here; they come from [`crate::model`].
//! Nothing here touches the page directly: the host passes callbacks.

pub(crate) mod bars;
mod breakdown;
mod card;
mod presets;
mod priority;
mod problems;
mod share;
mod state;
mod verdict;

pub use breakdown::{Breakdown, BreakdownProps};
pub use card::{Card, CardProps};
pub use presets::{PresetBar, PresetBarProps};
pub use priority::{ImportanceChoice, ImportanceChoiceProps, PriorityRow, PriorityRowProps};
pub use problems::{ProblemList, ProblemListProps};
pub use share::{CopyOutcome, ShareBar, ShareBarProps};
pub use state::CardState;
pub use verdict::{VerdictPanel, VerdictPanelProps};

/// The card's colour theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow the reader's `prefers-color-scheme`.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Reads a theme name (`auto`, `light`, `dark`); anything else is `None`.
    pub fn from_name(name: &str) -> Option<Theme> {
        match name.trim().to_ascii_lowercase().as_str() {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    /// The CSS class that selects the theme's colours.
    pub fn class(self) -> &'static str {
        match self {
            Theme::Auto => "versus-theme-auto",
            Theme::Light => "versus-theme-light",
            Theme::Dark => "versus-theme-dark",
        }
    }
}
