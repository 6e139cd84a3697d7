//! "Embed this card": the two-line snippet for the current preset and theme.

use yew::prelude::*;

use crate::model::share::encode;
use crate::model::strings::Text;
use crate::model::{Choices, Comparison, Origin};
use crate::ui::{CopyOutcome, Theme};

/// The embed snippet that reproduces a card: the loader from `folder`, then
/// the element with the attributes for these choices and this theme.
pub fn embed_snippet(
    comparison: &Comparison,
    choices: Option<&Choices>,
    theme: Theme,
    folder: &str,
) -> String {
    let mut attributes = String::new();
    if let Some(choices) = choices {
        let preset = match choices.origin {
            Origin::Preset(p) | Origin::Customised(Some(p)) => {
                comparison.presets.get(p).map(|p| p.id.as_str())
            }
            _ => None,
        };
        if let Some(preset) = preset {
            attributes.push_str(&format!(" preset=\"{preset}\""));
        }
        if matches!(choices.origin, Origin::Customised(_)) {
            // The share value lists the priorities after the preset, if any.
            let value = encode(comparison, choices).unwrap_or_default();
            let priorities: Vec<&str> = value
                .split(',')
                .filter(|part| !part.starts_with("preset:"))
                .collect();
            attributes.push_str(&format!(" priorities=\"{}\"", priorities.join(",")));
        }
    }
    if theme != Theme::Auto {
        attributes.push_str(&format!(" theme=\"{}\"", theme.name()));
    }
    format!("<script type=\"module\" src=\"{folder}versus.js\" blocking=\"render\"></script>\n<versus-card{attributes}></versus-card>")
}

/// Properties of [`EmbedPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct EmbedPanelProps {
    /// The comparison shown.
    pub comparison: crate::ui::SharedComparison,
    /// The reader's current choices, once the card has reported them.
    pub choices: Option<Choices>,
    /// The card's theme.
    pub theme: Theme,
    /// URL of the folder the card's files are served from.
    pub folder: AttrValue,
    /// Copies a text, then answers with the outcome.
    pub oncopy: Callback<(String, Callback<CopyOutcome>)>,
}

/// A disclosure with the snippet in a read-only text box and a copy button.
#[function_component(EmbedPanel)]
pub fn embed_panel(props: &EmbedPanelProps) -> Html {
    let strings = &props.comparison.strings;
    let snippet = embed_snippet(
        &props.comparison,
        props.choices.as_ref(),
        props.theme,
        &props.folder,
    );
    let copied = use_state_eq(|| None::<String>);
    let onclick = {
        let (copied, snippet, oncopy) = (copied.clone(), snippet.clone(), props.oncopy.clone());
        Callback::from(move |_: MouseEvent| {
            let (copied, copied_snippet) = (copied.clone(), snippet.clone());
            oncopy.emit((
                snippet.clone(),
                Callback::from(move |outcome: CopyOutcome| {
                    copied.set(outcome.ok().map(|_| copied_snippet.clone()))
                }),
            ));
        })
    };
    let feedback = if copied.as_deref() == Some(snippet.as_str()) {
        strings.get(Text::SnippetCopied)
    } else {
        ""
    };
    html! {
        <details class="versus-card versus-embed" data-testid="embed-panel">
            <summary>{ strings.get(Text::EmbedHeading) }</summary>
            <p>{ strings.get(Text::EmbedHelp) }</p>
            <textarea class="versus-snippet" readonly=true rows="3" aria-label={strings.get(Text::EmbedHeading).to_string()} data-testid="snippet" value={snippet} />
            <div class="versus-share">
                <button type="button" class="versus-copy" {onclick}>{ strings.get(Text::CopySnippet) }</button>
                <span class="versus-copy-feedback" role="status">{ feedback }</span>
            </div>
        </details>
    }
}
