//! Preset buttons, the customised marker and the reset button.

use yew::prelude::*;

use crate::model::strings::Text;
use crate::model::{Comparison, Origin};

/// Properties of [`PresetBar`].
#[derive(Properties, PartialEq, Clone)]
pub struct PresetBarProps {
    /// Presets and wording come from here.
    pub comparison: std::rc::Rc<Comparison>,
    /// Where the current choices came from.
    pub origin: Origin,
    /// Called with the index of the preset picked.
    pub onapply: Callback<usize>,
    /// Called when the reader asks for the defaults back.
    pub onreset: Callback<()>,
}

/// One toggle button per preset; the active one is pressed.
#[function_component(PresetBar)]
pub fn preset_bar(props: &PresetBarProps) -> Html {
    let strings = &props.comparison.strings;
    let presets = &props.comparison.presets;
    let status = match props.origin {
        Origin::Customised(Some(from)) => presets
            .get(from)
            .map(|p| strings.fill(Text::CustomisedFrom, &[("preset", &p.label)])),
        Origin::Customised(None) => Some(strings.get(Text::Customised).to_string()),
        _ => None,
    };
    let onreset = props.onreset.reform(|_: MouseEvent| ());
    html! {
        <section class="versus-presets">
            if !presets.is_empty() {
                <h3 class="versus-section-heading">{ strings.get(Text::PresetsHeading) }</h3>
                <div class="versus-preset-buttons">
                    { for presets.iter().enumerate().map(|(index, preset)| {
                        let pressed = props.origin == Origin::Preset(index);
                        let onclick = props.onapply.reform(move |_: MouseEvent| index);
                        html! {
                            <button type="button" class="versus-preset" aria-pressed={if pressed { "true" } else { "false" }}
                                data-preset={preset.id.clone()} {onclick}>{ &preset.label }</button>
                        }
                    }) }
                </div>
            }
            <div class="versus-preset-status">
                <span data-testid="origin" role="status">{ status.unwrap_or_default() }</span>
                <button type="button" class="versus-reset" disabled={props.origin == Origin::Defaults} onclick={onreset}>
                    { strings.get(Text::Reset) }
                </button>
            </div>
        </section>
    }
}
