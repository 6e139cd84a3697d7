//! The copy-link button and its feedback.

use yew::prelude::*;

use crate::model::strings::{Strings, Text};
use crate::ui::CopyState;

/// A button that copies the link (`oncopy`), then says so; if the clipboard
/// was refused, the link appears in a text field to copy by hand. `inert`
/// until the card is live (see `CardProps::live`).
pub fn share_bar(
    strings: &Strings,
    copy: &CopyState,
    oncopy: Callback<MouseEvent>,
    inert: bool,
) -> Html {
    let feedback = match copy {
        CopyState::Idle => "",
        CopyState::Copied => strings.get(Text::LinkCopied),
        CopyState::Failed(_) => strings.get(Text::CopyFailed),
    };
    html! {
        <div class="versus-share" {inert}>
            <button type="button" class="versus-copy" onclick={oncopy}>{ strings.get(Text::CopyLink) }</button>
            <span class="versus-copy-feedback" role="status" data-testid="copy-feedback">{ feedback }</span>
            if let CopyState::Failed(link) = copy {
                <input class="versus-link" type="text" readonly=true value={link.clone()} aria-label={strings.get(Text::CopyLink).to_string()} />
            }
        </div>
    }
}
