//! The editor's Yew components: thin views of the [`Session`] that turn
//! clicks and typing into [`Action`]s.

mod export;
mod fields;
mod form;
mod preview;
mod problems;
mod start;

use yew::prelude::*;

use crate::browser;
use crate::session::{Action, Session, View, EXAMPLE};
use export::ExportPanel;
use form::FormView;
use preview::Preview;
use problems::ProblemList;
use start::StartPanel;

/// Renders the editor into the page's `#editor` element (editor.html).
pub fn start() {
    if let Some(root) = browser::editor_root() {
        yew::Renderer::<App>::with_root(root).render();
    }
}

/// The whole editor: start, edit (form or JSON), problems, preview, export.
#[function_component(App)]
pub fn app() -> Html {
    let restored = use_state(browser::saved_draft);
    let session = use_reducer({
        let restored = (*restored).clone();
        move || {
            Session::new(
                restored.as_deref().unwrap_or(EXAMPLE),
                &versus_js::JsEngine,
                browser::today(),
            )
        }
    });
    let send = {
        let dispatcher = session.dispatcher();
        Callback::from(move |action: Action| dispatcher.dispatch(action))
    };
    // The draft is saved on every change of the text, never on a timer.
    let saved = use_state_eq(|| true);
    {
        let (saved, text) = (saved.clone(), session.shared_text());
        use_effect_with(session.revision(), move |_| {
            saved.set(browser::save_draft(&text));
        });
    }
    // Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (or Ctrl+Y) anywhere in the page.
    {
        let send = send.clone();
        use_effect_with((), move |_| {
            let listener = browser::on_page_keys(move |event| {
                if !(event.ctrl_key() || event.meta_key()) || event.alt_key() {
                    return;
                }
                let action = match (event.key().to_lowercase().as_str(), event.shift_key()) {
                    ("z", false) => Action::Undo,
                    ("z", true) | ("y", false) => Action::Redo,
                    _ => return,
                };
                event.prevent_default();
                send.emit(action);
            });
            move || drop(listener)
        });
    }
    let ondragover = Callback::from(|event: DragEvent| event.prevent_default());
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    let onfile = {
        let send = send.clone();
        Callback::from(move |result: Result<(String, String), String>| {
            send.emit(match result {
                Ok((from, text)) => Action::Start(crate::session::Start::Text { from, text }),
                Err(why) => Action::Refuse(why),
            })
        })
    };
    let open_file = {
        let (reader, onfile) = (reader.clone(), onfile.clone());
        Callback::from(move |file: web_sys::File| {
            *reader.borrow_mut() = browser::read_file(file, onfile.clone());
        })
    };
    let ondrop = {
        let open_file = open_file.clone();
        Callback::from(move |event: DragEvent| {
            if let Some(file) = browser::dropped_file(&event) {
                event.prevent_default();
                open_file.emit(file);
            }
        })
    };
    let view = session.view();
    let show = |wanted: View| {
        let send = send.clone();
        Callback::from(move |_: MouseEvent| send.emit(Action::Show(wanted)))
    };
    let title = session
        .document()
        .map(|document| document.text(&crate::document::Path::root().key("title")))
        .unwrap_or_default();
    let current = session.publishable().cloned();

    html! {
        <div class="editor" {ondragover} {ondrop}>
            <header class="editor-header">
                <div>
                    <h1>{"Make your own comparison card"}</h1>
                    <p class="editor-lead">
                        {"Fill in the form or edit the JSON; the preview shows the card exactly as your readers will see it. "}
                        {"Your draft stays in this browser, nowhere else."}
                    </p>
                </div>
                <div class="editor-tools" role="toolbar" aria-label="Editing">
                    <button type="button" onclick={send.reform(|_| Action::Undo)} disabled={!session.can_undo()}
                        aria-keyshortcuts="Control+Z Meta+Z">{"Undo"}</button>
                    <button type="button" onclick={send.reform(|_| Action::Redo)} disabled={!session.can_redo()}
                        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y">{"Redo"}</button>
                    <span class="editor-switch" role="group" aria-label="Edit as">
                        <button type="button" aria-pressed={(view == View::Form).to_string()} onclick={show(View::Form)}>{"Form"}</button>
                        <button type="button" aria-pressed={(view == View::Json).to_string()} onclick={show(View::Json)}>{"JSON"}</button>
                    </span>
                </div>
            </header>
            <StartPanel
                send={send.clone()}
                pending={session.pending().cloned()}
                open_file={open_file}
                restored={restored.is_some() && session.revision() == 1}
                has_work={session.would_lose_work()}
            />
            <div class="editor-status" role="status" data-testid="editor-status">
                if let Some(notice) = session.notice() {
                    <p class="editor-notice">{notice}</p>
                }
                if !*saved {
                    <p class="editor-notice">{"This browser does not let the editor keep your draft: download the JSON before you leave."}</p>
                }
            </div>
            <div class="editor-main">
                <main class="editor-work" aria-label="Comparison">
                    <ProblemList problems={session.shared_problems()} {view} text_id="editor-json" />
                    if view == View::Form {
                        <FormView session={session.clone()} send={send.clone()} />
                    } else {
                        <div class="editor-json">
                            <label for="editor-json">{"The comparison as JSON"}</label>
                            <p class="editor-hint" id="editor-json-hint">
                                {"Everything the form edits, as text. The format is described in docs/spec-format.md; editors that read JSON Schema can use docs/versus.schema.json."}
                            </p>
                            <textarea id="editor-json" class="editor-code" spellcheck="false"
                                aria-describedby="editor-json-hint editor-problems-heading"
                                value={session.text().to_string()}
                                oninput={send.reform(|event: InputEvent| Action::SetText(event.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value()))}
                                onblur={send.reform(|_| Action::EndGroup)} />
                        </div>
                    }
                </main>
                <Preview comparison={session.preview().cloned()} current={session.preview_is_current()} />
            </div>
            <ExportPanel text={session.shared_text()} {title} comparison={current} />
        </div>
    }
}
