//! What the reader has chosen on one card, and the actions that change it.
//!
//! Pure data: the Yew layer wraps it in a reducer, tests drive it directly.

use crate::comparison::{Comparison, Importance};
use crate::scoring::Priorities;

/// Where the current priorities came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The author's defaults, untouched.
    Defaults,
    /// A preset, untouched since it was applied.
    Preset(usize),
    /// Edited by the reader; remembers the preset it started from, if any.
    Customised(Option<usize>),
}

/// One card's choices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choices {
    /// The priorities in force.
    pub priorities: Priorities,
    /// Where they came from.
    pub origin: Origin,
}

/// Something the reader does to the card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Flip a priority: off becomes normal, anything on becomes off.
    Toggle(usize),
    /// Set a priority's importance, switching it on if needed.
    SetImportance(usize, Importance),
    /// Replace every priority with a preset's.
    ApplyPreset(usize),
    /// Back to the author's defaults.
    Reset,
}

impl Choices {
    /// The author's defaults.
    pub fn defaults(comparison: &Comparison) -> Self {
        Choices {
            priorities: Priorities::defaults(comparison),
            origin: Origin::Defaults,
        }
    }

    /// The choices after an action. Indexes out of range leave them unchanged.
    pub fn apply(&self, comparison: &Comparison, action: Action) -> Choices {
        let edited = |priorities: Priorities, origin: Origin| {
            let from = match origin {
                Origin::Preset(p) | Origin::Customised(Some(p)) => Some(p),
                _ => None,
            };
            Choices {
                priorities,
                origin: Origin::Customised(from),
            }
        };
        match action {
            Action::Toggle(criterion) if criterion < comparison.criteria.len() => {
                let mut priorities = self.priorities.clone();
                let next = match priorities.get(criterion) {
                    Some(_) => None,
                    None => Some(Importance::Normal),
                };
                priorities.set(criterion, next);
                edited(priorities, self.origin)
            }
            Action::SetImportance(criterion, importance)
                if criterion < comparison.criteria.len() =>
            {
                let mut priorities = self.priorities.clone();
                priorities.set(criterion, Some(importance));
                edited(priorities, self.origin)
            }
            Action::ApplyPreset(preset) if preset < comparison.presets.len() => Choices {
                priorities: Priorities::from_preset(comparison, preset),
                origin: Origin::Preset(preset),
            },
            Action::Reset => Choices::defaults(comparison),
            _ => self.clone(),
        }
    }
}
