//! The browser as the model's [`Platform`]: its own WHATWG URL parser,
//! `Intl.NumberFormat` (CLDR's data) and Unicode property escapes in regular
//! expressions (the Unicode Character Database), so the card carries none of
//! those tables in its wasm. The native platform (the url crate, ICU4X,
//! unicode-properties) gives the same answers; e2e/tests/platform.spec.ts
//! compares the two.

use js_sys::{Array, Function, Intl, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::model::{Platform, UrlParts};

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
        let options = Object::new();
        Reflect::set(&options, &"numberingSystem".into(), &"latn".into()).ok()?;
        let arguments = Array::of2(&Array::of1(&language.into()), &options);
        // Intl.NumberFormat found on the global object and built with
        // Reflect.construct, not NumberFormat::new: a browser without Intl,
        // or one that refuses the tag (it throws), gives None, not a trap.
        let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
        let constructor: Function = Reflect::get(&intl, &"NumberFormat".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let format: Intl::NumberFormat = Reflect::construct(&constructor, &arguments)
            .ok()?
            .dyn_into()
            .ok()?;
        format.format_to_parts(1.5).iter().find_map(|part| {
            let kind = Reflect::get(&part, &"type".into()).ok()?.as_string()?;
            let value = Reflect::get(&part, &"value".into()).ok()?.as_string()?;
            (kind == "decimal").then_some(value)
        })
    }

    fn has_visible_character(&self, text: &str) -> bool {
        // Anything but white space, marks (M) and other (C: controls, format
        // characters, surrogates, private use, unassigned). A browser
        // without Unicode property escapes (before 2018) cannot tell, and
        // lets the text through rather than refuse every comparison.
        let arguments = Array::of2(&r"[^\s\p{M}\p{C}]".into(), &"u".into());
        match construct(&js_sys::global(), "RegExp", &arguments)
            .and_then(|pattern| pattern.dyn_into::<js_sys::RegExp>().ok())
        {
            Some(pattern) => pattern.test(text),
            None => true,
        }
    }
}

/// `new owner[name](...arguments)`, or `None` when there is no such
/// constructor or it throws (Reflect.construct returns the throw as an Err).
fn construct(owner: &JsValue, name: &str, arguments: &Array) -> Option<JsValue> {
    let constructor: Function = Reflect::get(owner, &name.into()).ok()?.dyn_into().ok()?;
    Reflect::construct(&constructor, arguments).ok()
}
