//! One priority: an accessible on/off switch with its label and description.

use yew::prelude::*;

/// Properties of [`PrioritySwitch`].
#[derive(Properties, PartialEq, Clone)]
pub struct PrioritySwitchProps {
    /// Criterion id, used for element ids and test hooks.
    pub id: AttrValue,
    /// Short label.
    pub label: AttrValue,
    /// One-line description, always visible under the label.
    pub description: AttrValue,
    /// Whether the priority is on.
    pub on: bool,
    /// Called when the reader flips the switch.
    pub ontoggle: Callback<()>,
}

/// A `role="switch"` button: Space and Enter flip it, as on a native button.
#[function_component(PrioritySwitch)]
pub fn priority_switch(props: &PrioritySwitchProps) -> Html {
    let onclick = {
        let ontoggle = props.ontoggle.clone();
        Callback::from(move |_| ontoggle.emit(()))
    };
    let label_id = format!("versus-label-{}", props.id);
    let description_id = format!("versus-desc-{}", props.id);
    html! {
        <li class="versus-priority">
            <button
                type="button"
                class="versus-switch"
                role="switch"
                aria-checked={if props.on { "true" } else { "false" }}
                aria-labelledby={label_id.clone()}
                aria-describedby={description_id.clone()}
                data-criterion={props.id.clone()}
                {onclick}
            >
                <span class="versus-switch-track" aria-hidden="true"><span class="versus-switch-thumb"></span></span>
            </button>
            <span class="versus-priority-text">
                <span id={label_id} class="versus-priority-label">{ &props.label }</span>
                <span id={description_id} class="versus-priority-description">{ &props.description }</span>
            </span>
        </li>
    }
}
