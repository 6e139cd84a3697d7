//! Taking the comparison away: the JSON file, and the lines for a post.

use std::rc::Rc;

use versus::model::Choices;
use versus::render::{card_markup, fallback_markup, Look};
use versus::ui::SharedComparison;
use yew::prelude::*;

use crate::browser;
use crate::export::{clean_stem, file_stem, snippet, Delivery, SnippetOptions};

/// Properties of [`ExportPanel`].
#[derive(Properties, PartialEq)]
pub struct ExportPanelProps {
    /// The document's text, as it will be downloaded.
    pub text: Rc<str>,
    /// The title, for the file's name.
    pub title: String,
    /// The comparison when the document has no problems.
    pub comparison: Option<SharedComparison>,
}

/// Download, embed snippet, fallback HTML.
#[function_component(ExportPanel)]
pub fn export_panel(props: &ExportPanelProps) -> Html {
    let typed_stem = use_state(|| None::<String>);
    let delivery = use_state_eq(Delivery::default);
    let lazy = use_state_eq(|| false);
    let with_fallback = use_state_eq(|| true);
    let with_rendered = use_state_eq(|| true);
    let status = use_state(String::new);
    let download_url = use_mut_ref(|| None::<gloo::file::ObjectUrl>);

    let stem = typed_stem
        .as_deref()
        .map(clean_stem)
        .unwrap_or_else(|| file_stem(&props.title));
    let file_name = format!("{stem}.json");
    // The fallback and the rendered card, made by Yew's server renderer,
    // which in a browser needs the event loop: rendered once per comparison,
    // shown when ready.
    let markup = use_state(|| None::<(SharedComparison, String, String)>);
    {
        let markup = markup.clone();
        use_effect_with(props.comparison.clone(), move |comparison| {
            if let Some(comparison) = comparison.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    let choices = Choices::defaults(&comparison);
                    let fallback = fallback_markup(&comparison, &choices).await;
                    let rendered = card_markup(&comparison, &choices, Look::default()).await;
                    markup.set(Some((comparison, fallback, rendered)));
                });
            }
        });
    }
    let ready = markup
        .as_ref()
        .filter(|(comparison, ..)| Some(comparison) == props.comparison.as_ref());
    let fallback = ready.map(|(_, fallback, _)| fallback.clone());
    let rendered = ready
        .filter(|_| *with_rendered)
        .map(|(_, _, rendered)| rendered.clone());
    let snippet_text = fallback.as_ref().map(|fallback| {
        let options = SnippetOptions {
            delivery: *delivery,
            lazy: *lazy,
            fallback: with_fallback.then(|| fallback.clone()),
            rendered: rendered.clone(),
        };
        snippet(&browser::loader_url(), &stem, &props.text, &options)
    });

    let ondownload = {
        let (text, name, url, status) = (
            props.text.clone(),
            file_name.clone(),
            download_url.clone(),
            status.clone(),
        );
        let valid = props.comparison.is_some();
        Callback::from(move |_: MouseEvent| {
            *url.borrow_mut() = browser::download(&name, &text);
            status.set(if valid {
                format!("Downloaded {name}.")
            } else {
                format!("Downloaded {name}. It still has problems: the card will list them instead of showing the comparison.")
            });
        })
    };
    let copy = |what: &'static str, text: Option<String>| {
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(text) = text.clone() else {
                return;
            };
            let status = status.clone();
            versus::host::copy_text(
                text,
                Callback::from(move |outcome: Result<(), String>| {
                    status.set(match outcome {
                        Ok(()) => format!("{what} copied."),
                        Err(_) => format!("Copying was blocked by the browser: select the {} below and copy it by hand.", what.to_lowercase()),
                    })
                }),
            );
        })
    };
    let onstem = {
        let typed_stem = typed_stem.clone();
        Callback::from(move |event: InputEvent| {
            typed_stem.set(Some(
                event
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            ))
        })
    };
    let pick = |wanted: Delivery| {
        let delivery = delivery.clone();
        Callback::from(move |_: Event| delivery.set(wanted))
    };
    let toggle = |flag: &UseStateHandle<bool>| {
        let flag = flag.clone();
        Callback::from(move |event: Event| {
            flag.set(
                event
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .checked(),
            )
        })
    };
    let shown_stem = typed_stem
        .as_deref()
        .map(str::to_string)
        .unwrap_or_else(|| stem.clone());
    html! {
        <section class="editor-export" aria-labelledby="editor-export-heading">
            <h2 id="editor-export-heading">{"Publish"}</h2>
            <div class="editor-export-file">
                <div class="editor-field">
                    <label for="editor-file-name">{"File name"}</label>
                    <input id="editor-file-name" type="text" value={shown_stem} oninput={onstem}
                        aria-describedby="editor-file-name-hint" />
                    <p class="editor-hint" id="editor-file-name-hint">{format!("Saved as {file_name}; publish it next to your post.")}</p>
                </div>
                <button type="button" onclick={ondownload}>{format!("Download {file_name}")}</button>
            </div>
            if let (Some(snippet_text), Some(fallback)) = (snippet_text, fallback) {
                <fieldset class="editor-export-options">
                    <legend>{"The lines for your post"}</legend>
                    <label><input type="radio" name="editor-delivery" checked={*delivery == Delivery::File} onchange={pick(Delivery::File)} />
                        {format!(" Load {file_name} (src)")}</label>
                    <label><input type="radio" name="editor-delivery" checked={*delivery == Delivery::Inline} onchange={pick(Delivery::Inline)} />
                        {" Put the comparison in the post (no file)"}</label>
                    <label><input type="checkbox" checked={*with_rendered} onchange={toggle(&with_rendered)} data-testid="with-rendered" />
                        {" Show the card with the post's first paint, before any script runs (the card rendered into the post's HTML)"}</label>
                    <label><input type="checkbox" checked={*with_fallback} onchange={toggle(&with_fallback)} />
                        {" Include the static version for readers without scripts (feed readers, email, print)"}</label>
                    <label><input type="checkbox" checked={*lazy} onchange={toggle(&lazy)} />
                        {" Load the card only when a reader scrolls near it (for cards far down a post)"}</label>
                </fieldset>
                <label for="editor-snippet">{"Embed snippet"}</label>
                <textarea id="editor-snippet" class="editor-code" readonly=true rows="8" value={snippet_text.clone()} data-testid="snippet"
                    aria-describedby="editor-snippet-hint" />
                <p class="editor-hint" id="editor-snippet-hint">{"Paste it where the card goes, as HTML (in WordPress, a Custom HTML block); in a Markdown post, with an empty line before and after it."}</p>
                <div class="editor-export-buttons">
                    <button type="button" onclick={copy("Snippet", Some(snippet_text))}>{"Copy snippet"}</button>
                    <button type="button" onclick={copy("Fallback HTML", Some(fallback))}>{"Copy fallback HTML"}</button>
                </div>
            } else {
                <p class="editor-hint" data-testid="export-blocked">{"The embed snippet appears once the problems listed are fixed. You can download the draft meanwhile."}</p>
            }
            <p role="status" class="editor-export-status" data-testid="export-status">{(*status).clone()}</p>
        </section>
    }
}
