//! The JavaScript engine as the model's [`Platform`] (the card and the
//! editor in the reader's browser, `npx versus-card` on Node): its own WHATWG URL parser,
//! `Intl.NumberFormat` (CLDR's data), Unicode property escapes in regular
//! expressions (the Unicode Character Database) and a canvas's CSS colour
//! parser, so the card carries none of those tables in its wasm. The native
//! platform (the url crate, ICU4X, unicode-properties, csscolorparser) gives
//! the same answers; e2e/tests/platform.spec.ts compares the two.

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

    fn colour_hex(&self, text: &str) -> Option<String> {
        CANVAS.with(|canvas| match canvas.get_or_init(canvas_context) {
            Some(context) => colour_from_canvas(context, text),
            None => colour_without_canvas(text),
        })
    }
}

thread_local! {
    /// The language last asked about, and its decimal separator.
    static LAST_SEPARATOR: RefCell<Option<(String, Option<String>)>> = const { RefCell::new(None) };
    /// The pattern of a visible character, or `None` where the engine has no
    /// Unicode property escapes.
    static VISIBLE: OnceCell<Option<js_sys::RegExp>> = const { OnceCell::new() };
    /// A 2D canvas context, whose `fillStyle` reads colours; `None` where
    /// there is no canvas (Node).
    static CANVAS: OnceCell<Option<JsValue>> = const { OnceCell::new() };
}

/// A 2D context of a canvas the page never sees: the document's, or in a
/// worker an `OffscreenCanvas`'s. Its `fillStyle` is the CSS colour parser of
/// the engine, apart from the page's style sheets (which a computed style
/// would be subject to) and from fingerprinting defences (which blur pixels
/// read back, not `fillStyle`).
fn canvas_context() -> Option<JsValue> {
    let global = js_sys::global();
    let canvas = match Reflect::get(&global, &"document".into()) {
        Ok(document) if document.is_object() => {
            let create: Function = Reflect::get(&document, &"createElement".into())
                .ok()?
                .dyn_into()
                .ok()?;
            create.call1(&document, &"canvas".into()).ok()?
        }
        _ => construct(
            &global,
            "OffscreenCanvas",
            &Array::of2(&1.into(), &1.into()),
        )?,
    };
    let get_context: Function = Reflect::get(&canvas, &"getContext".into())
        .ok()?
        .dyn_into()
        .ok()?;
    get_context
        .call1(&canvas, &"2d".into())
        .ok()
        .filter(JsValue::is_object)
}

/// `text` as the canvas reads it. An invalid colour leaves `fillStyle` as it
/// was, so it is set after two different colours: only a colour gives the
/// same answer both times. Chromium, Firefox and WebKit write an sRGB colour
/// back as `#rrggbb`, or `rgba(r, g, b, a)` when not opaque.
fn colour_from_canvas(context: &JsValue, text: &str) -> Option<String> {
    let fill_style = JsValue::from_str("fillStyle");
    let read_after = |before: &str| {
        Reflect::set(context, &fill_style, &before.into()).ok()?;
        Reflect::set(context, &fill_style, &text.into()).ok()?;
        Reflect::get(context, &fill_style).ok()?.as_string()
    };
    let read = read_after("#000000")?;
    if read_after("#ffffff")? != read {
        return None;
    }
    hex_from_fill_style(&read)
}

/// `#rrggbb` or `rgba(r, g, b, a)` as `fillStyle` writes them, in hex;
/// `None` for anything else (a colour space other than sRGB).
fn hex_from_fill_style(read: &str) -> Option<String> {
    if read.len() == 7 && read.starts_with('#') {
        return Some(read.to_ascii_lowercase());
    }
    let channels = read
        .strip_prefix("rgba(")
        .or_else(|| read.strip_prefix("rgb("))?
        .strip_suffix(')')?;
    let mut hex = String::from("#");
    for (i, channel) in channels.split(',').enumerate() {
        // Red, green and blue from 0 to 255, then the alpha from 0 to 1.
        let value = rounded(channel.trim(), if i < 3 { 1 } else { 255 })?;
        if i > 3 || value > 255 {
            return None;
        }
        if i < 3 || value < 255 {
            for digit in [value >> 4, value & 15] {
                hex.push(char::from(b"0123456789abcdef"[digit as usize]));
            }
        }
    }
    (hex.len() >= 7).then_some(hex)
}

/// A decimal number such as `0.267` times `scale`, rounded half up: the
/// alpha `fillStyle` writes, as 0 to 255. No float parsing for this.
fn rounded(decimal: &str, scale: u64) -> Option<u64> {
    let (whole, fraction) = decimal.split_once('.').unwrap_or((decimal, ""));
    // More digits than an 8-bit channel needs are not rounded away, only dropped.
    let fraction = fraction.get(..fraction.len().min(6))?;
    if whole.is_empty() || whole.len() > 3 {
        return None;
    }
    let mut value: u64 = 0;
    for digit in whole.bytes().chain(fraction.bytes()) {
        if !digit.is_ascii_digit() {
            return None;
        }
        value = value * 10 + u64::from(digit - b'0');
    }
    let unit = 10u64.pow(fraction.len() as u32);
    Some((value * scale * 2 + unit) / (2 * unit))
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

/// Where no canvas is (Node): csscolorparser, when the build has it (the
/// `css-colours` feature, which the command line on Node turns on).
#[cfg(feature = "css-colours")]
fn colour_without_canvas(text: &str) -> Option<String> {
    versus_model::colour::css_colour_hex(text)
}

/// Where no canvas is, in a build without csscolorparser: no colour.
#[cfg(not(feature = "css-colours"))]
fn colour_without_canvas(_: &str) -> Option<String> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What Chromium 156, Firefox 153 and WebKitGTK 2.50 read back from `fillStyle`.
    #[test]
    fn fill_styles_become_hex() {
        for (read, hex) in [
            ("#3c873a", Some("#3c873a")),
            ("rgba(17, 34, 51, 0.267)", Some("#11223344")),
            ("rgba(51, 153, 51, 0.5)", Some("#33993380")),
            ("rgba(0, 0, 0, 0)", Some("#00000000")),
            ("rgba(0, 0, 0, 0.8)", Some("#000000cc")),
            ("rgba(0, 0, 0, 1)", Some("#000000")),
            ("rgb(10, 20, 30)", Some("#0a141e")),
            ("rgba(10.6, 20, 30, 0.333)", Some("#0b141e55")),
            ("oklch(0.5 0.1 120)", None),
            ("color(srgb 1 0 0)", None),
            ("rgba(256, 0, 0, 0.5)", None),
            ("rgba(0, 0, 0, 0.5, 1)", None),
            ("rgba(0, 0)", None),
            ("rgba(-1, 0, 0, 0.5)", None),
            ("rgba(1e2, 0, 0, 0.5)", None),
            ("#fff", None),
        ] {
            assert_eq!(hex_from_fill_style(read).as_deref(), hex, "{read}");
        }
    }
}
