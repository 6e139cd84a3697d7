//! What the reader has chosen on one card, and the actions that change it.
//!
//! Pure data: the Yew layer wraps it in a reducer, tests drive it directly.

use crate::comparison::{Comparison, CriterionIndex, Importance, PresetIndex};
use crate::scoring::Priorities;

/// Where the current priorities came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The author's defaults, untouched.
    Defaults,
    /// A preset, untouched since it was applied.
    Preset(PresetIndex),
    /// Edited by the reader; remembers the preset it started from, if any.
    Customised(Option<PresetIndex>),
}

/// One card's choices: made from a comparison ([`Choices::defaults`], a
/// share link's [`crate::share::decode`]) and changed only by actions, so
/// the priorities fit that comparison and the origin names one of its presets.
///
/// ```compile_fail,E0451
/// # fn forge(c: &versus_model::Comparison) -> versus_model::Choices {
/// let old = versus_model::Choices::defaults(c);
/// versus_model::Choices { origin: versus_model::Origin::Defaults, ..old } // private fields
/// # }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choices {
    priorities: Priorities,
    origin: Origin,
}

/// Something the reader does to the card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Flip a priority: off becomes normal, anything on becomes off.
    Toggle(CriterionIndex),
    /// Set a priority's importance, switching it on if needed.
    SetImportance(CriterionIndex, Importance),
    /// Replace every priority with a preset's.
    ApplyPreset(PresetIndex),
    /// Back to the author's defaults.
    Reset,
}

impl Choices {
    /// Choices the model has checked against the comparison they are for.
    pub(crate) fn new(priorities: Priorities, origin: Origin) -> Self {
        Choices { priorities, origin }
    }

    /// The priorities in force.
    pub fn priorities(&self) -> &Priorities {
        &self.priorities
    }

    /// Where they came from.
    pub fn origin(&self) -> Origin {
        self.origin
    }

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
            Action::Toggle(criterion) if criterion.position() < comparison.criteria.len() => {
                let mut priorities = self.priorities.clone();
                let next = match priorities.get(criterion) {
                    Some(_) => None,
                    None => Some(Importance::Normal),
                };
                priorities.set(criterion, next);
                edited(priorities, self.origin)
            }
            Action::SetImportance(criterion, importance)
                if criterion.position() < comparison.criteria.len() =>
            {
                let mut priorities = self.priorities.clone();
                priorities.set(criterion, Some(importance));
                edited(priorities, self.origin)
            }
            Action::ApplyPreset(preset) if preset.position() < comparison.presets.len() => {
                Choices {
                    priorities: Priorities::from_preset(comparison, preset),
                    origin: Origin::Preset(preset),
                }
            }
            Action::Reset => Choices::defaults(comparison),
            _ => self.clone(),
        }
    }
}
