//! The whole card: header, priorities and verdict.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::strings::Text;
use crate::model::{describe, evaluate, Action, Comparison};
use crate::ui::{CardState, PrioritySwitch, VerdictPanel};

/// Properties of [`Card`].
#[derive(Properties, PartialEq, Clone)]
pub struct CardProps {
    /// The validated comparison to show.
    pub comparison: Rc<Comparison>,
}

/// Renders one comparison and recomputes the verdict on every change.
#[function_component(Card)]
pub fn card(props: &CardProps) -> Html {
    let state = use_reducer_eq({
        let comparison = props.comparison.clone();
        move || CardState::new(comparison)
    });
    let comparison = &state.comparison;
    let priorities = &state.choices.priorities;
    let evaluation = Rc::new(evaluate(comparison, priorities));
    let text = Rc::new(describe(comparison, priorities, &evaluation));
    let strings = &comparison.strings;

    html! {
        <article class="versus-card" data-testid="card">
            <header class="versus-header">
                <h2 class="versus-title">{ &comparison.title }</h2>
                if let Some(subtitle) = &comparison.subtitle {
                    <p class="versus-subtitle">{ subtitle }</p>
                }
            </header>
            <section class="versus-priorities">
                <h3>{ strings.get(Text::PrioritiesHeading) }</h3>
                <ul class="versus-priority-list">
                    { for comparison.criteria.iter().enumerate().map(|(index, criterion)| {
                        let dispatcher = state.dispatcher();
                        html! {
                            <PrioritySwitch
                                key={criterion.id.clone()}
                                id={criterion.id.clone()}
                                label={criterion.label.clone()}
                                description={criterion.description.clone()}
                                on={priorities.get(index).is_some()}
                                ontoggle={Callback::from(move |_| dispatcher.dispatch(Action::Toggle(index)))}
                            />
                        }
                    }) }
                </ul>
            </section>
            <VerdictPanel comparison={comparison.clone()} {evaluation} {text} />
            if let Some(attribution) = &comparison.attribution {
                <footer class="versus-attribution">
                    if let Some(url) = &attribution.url {
                        <a href={url.as_str().to_string()} rel="noopener noreferrer" target="_blank">{ &attribution.text }</a>
                    } else {
                        { &attribution.text }
                    }
                </footer>
            }
        </article>
    }
}
