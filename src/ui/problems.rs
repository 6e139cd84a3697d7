//! The card's error state: every problem with a spec, as readable text.

use yew::prelude::*;

use crate::model::Problem;

/// Problems listed at most: a hostile document can have thousands, and the
/// first ones are what an author fixes first.
const SHOWN: usize = 20;

/// Shown instead of the card when its comparison cannot be used: what is
/// wrong, each with its place in the document. A plain function: it has no
/// state, and a component type would add its own lifecycle code to the wasm.
pub fn problem_list(problems: &[Problem]) -> Html {
    html! {
        <section class="versus-card versus-error" role="alert" data-testid="problems">
            <h2 class="versus-error-title">{ "This comparison cannot be shown" }</h2>
            <ul>
                { for problems.iter().take(SHOWN).map(|problem| html! {
                    <li>
                        if !problem.path.is_root() {
                            <code class="versus-error-path">{ problem.path.to_string() }</code>{ ": " }
                        }
                        { problem.sentence() }
                    </li>
                }) }
            </ul>
            if problems.len() > SHOWN {
                <p>{ format!("{} more problems are not shown: fix these first.", problems.len() - SHOWN) }</p>
            }
        </section>
    }
}
