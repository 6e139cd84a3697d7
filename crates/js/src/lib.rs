//! The JavaScript engine as the model's [`Platform`] (the card and the
//! editor in the reader's browser, `npx versus-card` on Node): its own WHATWG URL parser,
//! `Intl.NumberFormat` (CLDR's data) and Unicode property escapes in regular
//! expressions (the Unicode Character Database), so the card carries none of
//! those tables in its wasm. The native platform (the url crate, ICU4X,
//! unicode-properties) gives the same answers; e2e/tests/platform.spec.ts
//! compares the two.

use std::cell::{OnceCell, RefCell};

use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use versus_model::{Platform, UrlParts};

/// The JavaScript engine the code runs in: the reader's browser for the
/// card and the editor, Node for `npx versus-card` (crates/node). Both have
/// the same `URL`, `Intl` and regular expressions.
#[derive(Clone, Copy, Debug, Default)]
pub struct JsEngine;

impl Platform for JsEngine {
    fn url_parts(&self, text: &str) -> Option<UrlParts> {
        // `new URL` throws on what the standard refuses; web-sys returns that as Err.
        let url = web_sys::Url::new(text).ok()?;
        Some(UrlParts {
            scheme: url.protocol().trim_end_matches(':').to_string(),
            host: url.hostname(),
            has_credentials: !url.username().is_empty() || !url.password().is_empty(),
        })
    }

    fn decimal_separator(&self, language: &str) -> Option<String> {
        // Asked once per validation, and the editor validates on every
        // keystroke: the last language's answer is kept.
        let cached = LAST_SEPARATOR.with(|last| {
            last.borrow()
                .as_ref()
                .filter(|(asked, _)| asked == language)
                .map(|(_, answer)| answer.clone())
        });
        if let Some(answer) = cached {
            return answer;
        }
        let answer = separator_from_intl(language);
        LAST_SEPARATOR
            .with(|last| *last.borrow_mut() = Some((language.to_string(), answer.clone())));
        answer
    }

    fn has_visible_character(&self, text: &str) -> bool {
        // Made once: validation asks for every piece of text.
        VISIBLE.with(|visible| match visible.get_or_init(visible_pattern) {
            Some(pattern) => pattern.test(text),
            None => true,
        })
    }
}

thread_local! {
    /// The language last asked about, and its decimal separator.
    static LAST_SEPARATOR: RefCell<Option<(String, Option<String>)>> = const { RefCell::new(None) };
    /// The pattern of a visible character, or `None` where the engine has no
    /// Unicode property escapes.
    static VISIBLE: OnceCell<Option<js_sys::RegExp>> = const { OnceCell::new() };
}

/// The decimal separator `Intl.NumberFormat` writes for `language` with Latin
/// digits. Built with Reflect.construct, not NumberFormat::new: an engine
/// without Intl, or one that refuses the tag (it throws), gives None, not a trap.
fn separator_from_intl(language: &str) -> Option<String> {
    let options = Object::new();
    Reflect::set(&options, &"numberingSystem".into(), &"latn".into()).ok()?;
    let arguments = Array::of2(&Array::of1(&language.into()), &options);
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let format: Intl::NumberFormat = construct(&intl, "NumberFormat", &arguments)?
        .dyn_into()
        .ok()?;
    format.format_to_parts(1.5).iter().find_map(|part| {
        let kind = Reflect::get(&part, &"type".into()).ok()?.as_string()?;
        let value = Reflect::get(&part, &"value".into()).ok()?.as_string()?;
        (kind == "decimal").then_some(value)
    })
}

/// Anything but white space, marks (M) and other (C: controls, format
/// characters, surrogates, private use, unassigned). An engine without
/// Unicode property escapes (before 2018) cannot tell, and lets text through
/// rather than refuse every comparison.
fn visible_pattern() -> Option<js_sys::RegExp> {
    let arguments = Array::of2(&r"[^\s\p{M}\p{C}]".into(), &"u".into());
    construct(&js_sys::global(), "RegExp", &arguments)?
        .dyn_into()
        .ok()
}

/// `new owner[name](...arguments)`, or `None` when there is no such
/// constructor or it throws (Reflect.construct returns the throw as an Err).
fn construct(owner: &JsValue, name: &str, arguments: &Array) -> Option<JsValue> {
    let constructor: Function = Reflect::get(owner, &name.into()).ok()?.dyn_into().ok()?;
    Reflect::construct(&constructor, arguments).ok()
}
