//! Where a comparison starts: the example, a blank one, a file, pasted text.

use yew::prelude::*;

use crate::session::{Action, Start};

/// Properties of [`StartPanel`].
#[derive(Properties, PartialEq)]
pub struct StartPanelProps {
    /// Sends the author's choice.
    pub send: Callback<Action>,
    /// A start waiting for "replace your draft?".
    pub pending: Option<Start>,
    /// Reads a chosen file.
    pub open_file: Callback<web_sys::File>,
    /// Whether the editor opened on a draft kept from an earlier visit.
    pub restored: bool,
    /// Whether starting again would replace work (then it asks first).
    pub has_work: bool,
}

/// "Start from": buttons, a file input, a paste box; and the question
/// before a start replaces work.
#[function_component(StartPanel)]
pub fn start_panel(props: &StartPanelProps) -> Html {
    let pasted = use_state(String::new);
    let send = props.send.clone();
    let start = |start: Start| send.reform(move |_: MouseEvent| Action::Start(start.clone()));
    let onchoose = {
        let open_file = props.open_file.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                open_file.emit(file);
            }
            // The same file can be chosen again after an edit.
            input.set_value("");
        })
    };
    let onpaste_input = {
        let pasted = pasted.clone();
        Callback::from(move |event: InputEvent| {
            pasted.set(
                event
                    .target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value(),
            )
        })
    };
    let use_pasted = {
        let (pasted, send) = (pasted.clone(), send.clone());
        Callback::from(move |_: MouseEvent| {
            if !pasted.trim().is_empty() {
                send.emit(Action::Start(Start::Text {
                    from: "The pasted text".to_string(),
                    text: (*pasted).clone(),
                }));
            }
        })
    };
    // Focus goes to the question, so keyboard and screen reader users meet it.
    let question = use_node_ref();
    {
        let question = question.clone();
        use_effect_with(props.pending.is_some(), move |pending| {
            if *pending {
                if let Some(element) = question.cast::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
            }
        });
    }
    html! {
        <section class="editor-start" aria-labelledby="editor-start-heading">
            <h2 id="editor-start-heading">{if props.has_work { "Start over from" } else { "Start from" }}</h2>
            if props.restored {
                <p class="editor-hint">{"Your draft from your last visit is back. Starting over replaces it (you can undo that)."}</p>
            }
            <div class="editor-start-choices">
                <button type="button" onclick={start(Start::Example)}>{"The Node.js vs Python example"}</button>
                <button type="button" onclick={start(Start::Blank)}>{"A blank comparison"}</button>
                <label class="editor-file">
                    {"Open a JSON file…"}
                    <input type="file" accept=".json,application/json" onchange={onchoose} />
                </label>
                <span class="editor-hint">{"or drop a JSON file anywhere on this page."}</span>
            </div>
            <details class="editor-paste">
                <summary>{"Paste JSON"}</summary>
                <label for="editor-paste">{"A comparison's JSON"}</label>
                <textarea id="editor-paste" class="editor-code" rows="6" spellcheck="false"
                    value={(*pasted).clone()} oninput={onpaste_input} />
                <button type="button" onclick={use_pasted}>{"Use the pasted JSON"}</button>
            </details>
            if props.pending.is_some() {
                <div class="editor-confirm" role="alertdialog" aria-labelledby="editor-confirm-text"
                    tabindex="-1" ref={question}>
                    <p id="editor-confirm-text">{"Replace the comparison you are editing? Undo brings it back."}</p>
                    <button type="button" onclick={send.reform(|_| Action::ConfirmStart)}>{"Replace it"}</button>
                    <button type="button" onclick={send.reform(|_| Action::CancelStart)}>{"Keep editing"}</button>
                </div>
            }
        </section>
    }
}
