//! Preset buttons, the customised marker and the reset button.

use yew::prelude::*;

use crate::model::strings::Text;
use crate::model::{Action, Comparison, Origin};
use crate::ui::CardAction;

/// One toggle button per preset (the active one is pressed), where the
/// choices came from, and a reset button; clicks go to `send`. The buttons
/// are `inert` until the card is live (see `CardProps::live`).
pub fn preset_bar(
    c: &Comparison,
    origin: Origin,
    send: &Callback<CardAction>,
    inert: bool,
) -> Html {
    let strings = c.strings();
    let presets = c.presets();
    let status = match origin {
        Origin::Customised(Some(from)) => {
            Some(strings.fill(Text::CustomisedFrom, &[("preset", c.preset(from).label())]))
        }
        Origin::Customised(None) => Some(strings.get(Text::Customised).to_string()),
        _ => None,
    };
    let onreset = send.reform(|_: MouseEvent| CardAction::Choose(Action::Reset));
    html! {
        <section class="versus-presets" {inert}>
            // Reset sits on the heading's line, and the origin's status line
            // takes no room while it has nothing to say.
            <div class="versus-presets-head">
                if !presets.is_empty() {
                    <h3 class="versus-section-heading">{ strings.get(Text::PresetsHeading) }</h3>
                }
                <button type="button" class="versus-reset" disabled={origin == Origin::Defaults} onclick={onreset}>
                    { strings.get(Text::Reset) }
                </button>
            </div>
            if !presets.is_empty() {
                <div class="versus-preset-buttons">
                    { for c.preset_indexes().zip(presets).map(|(index, preset)| {
                        let pressed = origin == Origin::Preset(index);
                        let onclick = send.reform(move |_: MouseEvent| CardAction::Choose(Action::ApplyPreset(index)));
                        html! {
                            <button type="button" class="versus-preset" aria-pressed={if pressed { "true" } else { "false" }}
                                data-preset={preset.id().to_string()} {onclick}>{ &preset.label() }</button>
                        }
                    }) }
                </div>
            }
            <p class="versus-origin" data-testid="origin" role="status">{ status.unwrap_or_default() }</p>
        </section>
    }
}
