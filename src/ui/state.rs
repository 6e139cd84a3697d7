//! The Yew reducer around the model's [`Choices`].

use std::rc::Rc;

use yew::Reducible;

use crate::model::{Action, Choices, Comparison};

/// One card's state: the comparison it shows and what the reader chose.
#[derive(Clone, Debug, PartialEq)]
pub struct CardState {
    /// The validated comparison; shared, never copied.
    pub comparison: Rc<Comparison>,
    /// The reader's choices.
    pub choices: Choices,
}

impl CardState {
    /// A card starting from the given choices, or the author's defaults.
    pub fn new(comparison: Rc<Comparison>, initial: Option<Choices>) -> Self {
        let choices = initial.unwrap_or_else(|| Choices::defaults(&comparison));
        CardState {
            comparison,
            choices,
        }
    }
}

impl Reducible for CardState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let choices = self.choices.apply(&self.comparison, action);
        if choices == self.choices {
            return self;
        }
        Rc::new(CardState {
            comparison: self.comparison.clone(),
            choices,
        })
    }
}
