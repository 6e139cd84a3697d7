//! The one place the editor touches the page: the saved draft, files the
//! author opens or drops, downloads, the clipboard, the clock, and moving
//! focus to the field a problem names. Every browser failure becomes a
//! value the view can show; nothing here panics on what the page or the
//! author gives it.

use gloo::file::callbacks::FileReader;
use gloo::storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};
use versus::model::calendar::Day;
use wasm_bindgen::JsCast;
use yew::Callback;

use crate::document::Path;

/// Where the draft is kept in the browser's local storage.
const DRAFT_KEY: &str = "versus-editor-draft";

/// Files bigger than this are refused before reading: a comparison is a few
/// kilobytes, and the card refuses anything over 256 KiB anyway.
const MOST_FILE_BYTES: u64 = 1024 * 1024;

/// The draft as stored: a versioned document, so a later editor can tell it
/// apart from another page's data under the same key.
#[derive(Serialize, Deserialize)]
struct SavedDraft {
    /// The format of this record.
    version: u32,
    /// The document's text.
    text: String,
}

/// The draft this browser kept, if any.
pub fn saved_draft() -> Option<String> {
    let draft: SavedDraft = LocalStorage::get(DRAFT_KEY).ok()?;
    (draft.version == 1).then_some(draft.text)
}

/// Keeps the draft; `false` when the browser refuses (storage off, full).
pub fn save_draft(text: &str) -> bool {
    LocalStorage::set(
        DRAFT_KEY,
        SavedDraft {
            version: 1,
            text: text.to_string(),
        },
    )
    .is_ok()
}

/// Reads a file the author chose or dropped; `done` gets its text or a
/// message naming the file and what is wrong. Keep the returned reader
/// alive until it answers: dropping it cancels the read.
pub fn read_file(
    file: web_sys::File,
    done: Callback<Result<(String, String), String>>,
) -> Option<FileReader> {
    let file = gloo::file::File::from(file);
    let name = file.name();
    if file.size() > MOST_FILE_BYTES {
        done.emit(Err(format!(
            "{name} is {} KB: a comparison is a few kilobytes, so this is not one. Choose its JSON file.",
            file.size() / 1024
        )));
        return None;
    }
    Some(gloo::file::callbacks::read_as_text(&file, move |result| {
        done.emit(match result {
            Ok(text) => Ok((name, text)),
            Err(_) => Err(format!(
                "{name} could not be read as text: choose a JSON file."
            )),
        })
    }))
}

/// The first file of a drop, if it carried any.
pub fn dropped_file(event: &web_sys::DragEvent) -> Option<web_sys::File> {
    event.data_transfer()?.files()?.get(0)
}

/// Offers `text` as a download called `name`. The returned URL must live
/// until the download started; dropping it frees the blob.
pub fn download(name: &str, text: &str) -> Option<gloo::file::ObjectUrl> {
    let blob = gloo::file::Blob::new_with_options(text, Some("application/json"));
    let url = gloo::file::ObjectUrl::from(blob);
    let document = gloo::utils::document();
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    Some(url)
}

/// The address of versus.js next to this page: the editor ships in the
/// card's release folder, so this is where the blogger's copy lives.
pub fn loader_url() -> String {
    let base = gloo::utils::document()
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_default();
    web_sys::Url::new_with_base("versus.js", &base)
        .map(|url| url.href())
        .unwrap_or_else(|_| "versus.js".to_string())
}

/// Moves focus to the form field for `path`, or the nearest enclosing part
/// of the form that has one (a field may not exist: an unknown key, say).
pub fn focus_path(path: &Path) {
    let document = gloo::utils::document();
    let Ok(fields) = document.query_selector_all("[data-path]") else {
        return;
    };
    let mut wanted = Some(path.clone());
    while let Some(path) = wanted {
        let text = path.to_string();
        for index in 0..fields.length() {
            let Some(field) = fields
                .item(index)
                .and_then(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
            else {
                continue;
            };
            if field.get_attribute("data-path").as_deref() == Some(text.as_str()) {
                // The card's wording sits in a closed <details>: open it first.
                if let Ok(Some(details)) = field.closest("details") {
                    let _ = details.set_attribute("open", "");
                }
                let _ = field.focus();
                return;
            }
        }
        wanted = path.parent();
    }
}

/// Today by the browser's clock, for the dates of evidence: the day in
/// UTC, as `versus check` counts it (crates/cli, crates/node), so the
/// editor and the author's CI agree on what is after today; `None` if the
/// clock is far outside the calendar.
pub fn today() -> Option<Day> {
    Day::from_unix_millis(js_sys::Date::now())
}

/// The page's `#editor` element, where the editor renders (editor.html).
pub fn editor_root() -> Option<web_sys::Element> {
    gloo::utils::document().get_element_by_id("editor")
}

/// Calls `onkey` for every key pressed anywhere in the page, letting it
/// prevent the browser's own handling (the undo shortcuts); dropping the
/// listener stops it.
pub fn on_page_keys(
    onkey: impl FnMut(&web_sys::KeyboardEvent) + 'static,
) -> gloo::events::EventListener {
    let mut onkey = onkey;
    gloo::events::EventListener::new_with_options(
        &gloo::utils::document(),
        "keydown",
        gloo::events::EventListenerOptions::enable_prevent_default(),
        move |event| {
            if let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() {
                onkey(event);
            }
        },
    )
}

/// Puts the caret of the text area with this id at a line and column, as
/// [`focus_text_at`] does; nothing when there is no such text area.
pub fn focus_text_area_at(id: &str, line: usize, column: usize) {
    let textarea = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|element| element.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
    if let Some(textarea) = textarea {
        focus_text_at(&textarea, line, column);
    }
}

/// Puts the JSON view's caret at a line and column (in characters) and
/// selects that character, so the author sees where the problem is.
pub fn focus_text_at(textarea: &web_sys::HtmlTextAreaElement, line: usize, column: usize) {
    let text = textarea.value();
    // The selection counts UTF-16 units, the problem counts characters.
    let mut offset = 0u32;
    let mut current_line = 1;
    let mut current_column = 1;
    for c in text.chars() {
        if current_line == line && current_column == column {
            break;
        }
        if c == '\n' {
            current_line += 1;
            current_column = 1;
        } else {
            current_column += 1;
        }
        offset += c.len_utf16() as u32;
    }
    let _ = textarea.focus();
    let _ = textarea.set_selection_range(offset, offset + 1);
}
