//! Thin Yew components: they render the model and turn clicks into actions.
//!
//! No scoring or wording decisions live here; they come from [`crate::model`].

mod card;
mod problems;
mod state;
mod switch;
mod verdict;

pub use card::{Card, CardProps};
pub use problems::{ProblemList, ProblemListProps};
pub use state::CardState;
pub use switch::{PrioritySwitch, PrioritySwitchProps};
pub use verdict::{VerdictPanel, VerdictPanelProps};

use std::rc::Rc;

use yew::prelude::*;

use crate::model::content::node_vs_python;

/// The card with the default Node.js vs Python content, or the problems
/// that stop it from showing.
#[function_component(DefaultCard)]
pub fn default_card() -> Html {
    let loaded = use_memo((), |_| node_vs_python().map(Rc::new));
    match &*loaded {
        Ok(comparison) => html! { <Card comparison={comparison.clone()} /> },
        Err(problems) => html! { <ProblemList problems={Rc::new(problems.clone())} /> },
    }
}
