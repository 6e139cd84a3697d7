//! The copy-link button and its feedback.

use yew::prelude::*;

use crate::model::strings::{Strings, Text};

/// What happened to the last copy attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CopyState {
    Idle,
    Copied,
    Failed,
}

/// The link to show when copying failed.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
struct ManualLink(String);

/// Properties of [`ShareBar`].
#[derive(Properties, PartialEq, Clone)]
pub struct ShareBarProps {
    /// Changes whenever the choices change, so stale feedback is cleared.
    pub state_key: AttrValue,
    /// The card's wording.
    pub strings: Strings,
    /// Copies the link to the current choices, then answers through the
    /// callback: `Ok` when copied, `Err(link)` with the link to copy by hand.
    pub oncopy: Callback<Callback<CopyOutcome>>,
}

/// What the host answers to a copy request.
pub type CopyOutcome = Result<(), String>;

/// A button that copies the link, then says so; if the clipboard is refused,
/// the link appears in a selected text field to copy by hand.
#[function_component(ShareBar)]
pub fn share_bar(props: &ShareBarProps) -> Html {
    let state = use_state_eq(|| CopyState::Idle);
    let manual = use_state_eq(ManualLink::default);
    {
        // New choices make old feedback stale.
        let state = state.clone();
        use_effect_with(props.state_key.clone(), move |_| state.set(CopyState::Idle));
    }
    let onclick = {
        let (state, manual) = (state.clone(), manual.clone());
        let oncopy = props.oncopy.clone();
        Callback::from(move |_: MouseEvent| {
            let (state, manual) = (state.clone(), manual.clone());
            oncopy.emit(Callback::from(move |outcome: CopyOutcome| match outcome {
                Ok(()) => state.set(CopyState::Copied),
                Err(link) => {
                    manual.set(ManualLink(link));
                    state.set(CopyState::Failed);
                }
            }));
        })
    };
    let feedback = match *state {
        CopyState::Idle => "",
        CopyState::Copied => props.strings.get(Text::LinkCopied),
        CopyState::Failed => props.strings.get(Text::CopyFailed),
    };
    html! {
        <div class="versus-share">
            <button type="button" class="versus-copy" {onclick}>{ props.strings.get(Text::CopyLink) }</button>
            <span class="versus-copy-feedback" role="status" data-testid="copy-feedback">{ feedback }</span>
            if *state == CopyState::Failed {
                <input class="versus-link" type="text" readonly=true value={manual.0.clone()} aria-label={props.strings.get(Text::CopyLink).to_string()} />
            }
        </div>
    }
}
