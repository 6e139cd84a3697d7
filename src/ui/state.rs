//! The Yew reducer around the model's [`Choices`], plus the little state that
//! only the view has (open disclosures, the list of sources, copy feedback).
//!
//! One reducer for the whole card rather than a hook per widget: each hook
//! and component type adds its own copy of Yew's machinery to the wasm.

use std::rc::Rc;

use yew::Reducible;

use crate::model::{Action, Choices, Comparison, CriterionIndex, Origin, SharedComparison};

/// What happened to the last attempt to copy the link.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum CopyState {
    /// Nothing to say.
    #[default]
    Idle,
    /// The link is on the clipboard.
    Copied,
    /// The clipboard refused: here is the link to copy by hand.
    Failed(String),
}

/// What the host answers to a copy request: `Ok` when copied, `Err(link)`
/// with the link to copy by hand.
pub type CopyOutcome = Result<(), String>;

/// Everything a reader can do to a card.
#[derive(Clone, Debug, PartialEq)]
pub enum CardAction {
    /// Change the choices (the model decides what that means).
    Choose(Action),
    /// Open or close the disclosure of this criterion (its meaning, reasons
    /// and citations).
    Disclose(CriterionIndex),
    /// The list of sources was opened (`true`) or closed.
    ShowSources(bool),
    /// The host answered a copy request.
    Copied(CopyOutcome),
    /// Move from the choices the card started with (`from`) to new ones
    /// (`to`; `None`: the author's defaults), unless the reader has changed
    /// them already: the reader's share link, taken up after hydration.
    Restart {
        /// What the card started from.
        from: Option<Choices>,
        /// Where it goes.
        to: Option<Choices>,
    },
}

/// One card's state: the comparison it shows, what the reader chose, and
/// what the view shows besides (open disclosures, copy feedback).
///
/// Private fields: the comparison is set once, when the card starts, and
/// the choices come only from it (its defaults, choices that fit it, or the
/// reducer's actions), so a state never pairs one comparison with another's
/// choices.
///
/// ```compile_fail,E0616
/// # fn swap(state: &mut versus::ui::CardState, other: versus::ui::SharedComparison) {
/// state.comparison = other; // private field
/// # }
/// ```
#[derive(Clone, Debug)]
pub struct CardState {
    /// The validated comparison; shared, never copied.
    comparison: SharedComparison,
    /// The reader's choices.
    choices: Choices,
    /// Which criteria have their disclosure open, by index.
    open: Vec<bool>,
    /// Whether the list of sources is open.
    sources_open: bool,
    /// Feedback for the copy-link button; new choices clear it.
    copy: CopyState,
}

impl CardState {
    /// A card starting from the given choices, or the author's defaults
    /// (also when the given choices cannot be this comparison's).
    pub fn new(comparison: SharedComparison, initial: Option<Choices>) -> Self {
        let choices = fitting(&comparison, initial);
        CardState {
            open: vec![false; comparison.criteria().len()],
            comparison,
            choices,
            sources_open: false,
            copy: CopyState::Idle,
        }
    }

    /// The comparison the card shows.
    pub fn comparison(&self) -> &SharedComparison {
        &self.comparison
    }

    /// The reader's choices, for [`CardState::comparison`].
    pub fn choices(&self) -> &Choices {
        &self.choices
    }

    /// Feedback for the copy-link button.
    pub fn copy(&self) -> &CopyState {
        &self.copy
    }

    /// Whether the list of sources is open.
    pub fn sources_open(&self) -> bool {
        self.sources_open
    }

    /// Whether the disclosure of this criterion is open.
    pub fn is_open(&self, criterion: CriterionIndex) -> bool {
        self.open
            .get(criterion.position())
            .copied()
            .unwrap_or(false)
    }
}

/// `choices` if they can be `comparison`'s, else its defaults. Choices carry
/// no mark of the comparison they were made for; what can be checked is
/// that they have a priority for each of its criteria and name one of its
/// presets, if any.
fn fitting(comparison: &Comparison, choices: Option<Choices>) -> Choices {
    let fits = |choices: &Choices| {
        let preset = match choices.origin() {
            Origin::Preset(preset) | Origin::Customised(Some(preset)) => Some(preset),
            Origin::Defaults | Origin::Customised(None) => None,
        };
        choices.priorities().len() == comparison.criteria().len()
            && preset.is_none_or(|preset| preset.position() < comparison.presets().len())
    };
    choices
        .filter(fits)
        .unwrap_or_else(|| Choices::defaults(comparison))
}

impl Reducible for CardState {
    type Action = CardAction;

    fn reduce(self: Rc<Self>, action: CardAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            CardAction::Choose(action) => {
                next.choices = self.choices.apply(&self.comparison, action);
                if next.choices != self.choices {
                    // Feedback about an older link would be stale.
                    next.copy = CopyState::Idle;
                }
            }
            CardAction::Disclose(criterion) => {
                if let Some(open) = next.open.get_mut(criterion.position()) {
                    *open = !*open;
                }
            }
            CardAction::ShowSources(open) => next.sources_open = open,
            CardAction::Copied(Ok(())) => next.copy = CopyState::Copied,
            CardAction::Copied(Err(link)) => next.copy = CopyState::Failed(link),
            CardAction::Restart { from, to } => {
                let or_defaults = |choices: Option<Choices>| {
                    choices.unwrap_or_else(|| Choices::defaults(&self.comparison))
                };
                if self.choices == or_defaults(from) {
                    next.choices = fitting(&self.comparison, to);
                    next.copy = CopyState::Idle;
                }
            }
        }
        // The same Rc tells Yew that nothing changed, so nothing re-renders.
        if next.choices == self.choices
            && next.open == self.open
            && next.sources_open == self.sources_open
            && next.copy == self.copy
        {
            self
        } else {
            Rc::new(next)
        }
    }
}
