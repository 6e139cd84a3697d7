//! The reader's choices as a URL fragment, so a copied link reopens the card
//! exactly as it was left.
//!
//! A card owns one `key=value` pair among the fragment's `&`-separated pairs,
//! so several cards (and the host page's own anchors) can share one URL. The
//! value is a comma-separated list:
//!
//! - `preset:chat` names the preset the choices started from;
//! - `speed`, `speed:high`, `speed:critical` switch a priority on;
//! - `none` means everything is off.
//!
//! An untouched preset is written as the preset alone; untouched defaults are
//! not written at all. Anything unreadable makes the whole value rejected, so
//! a card never opens in a half-understood state.

use crate::comparison::{Comparison, Importance, PresetIndex};
use crate::problem::shortened;
use crate::scoring::Priorities;
use crate::state::{Choices, Origin};

/// The fragment key used by a card that has no name of its own.
pub const DEFAULT_KEY: &str = "versus";

/// What starts the part of a share-link value that names a preset
/// (`preset:chat`): the one home of that syntax.
pub const PRESET_PREFIX: &str = "preset:";

/// The share-link part that names the preset `id`.
pub fn preset_part(id: &str) -> String {
    format!("{PRESET_PREFIX}{id}")
}

/// The reader's starting choices from a card's `preset` and `priorities`,
/// as the element's attributes, `versus render --preset/--priorities`, the
/// platforms' options and the editor's preview give them: one meaning
/// everywhere. A preset alone is that use case; priorities alone (share-link
/// syntax) are exactly those priorities; both are those priorities,
/// customised from the preset (the preset itself when they are its own).
/// `None` when neither is given; the error names the first part this
/// comparison does not have.
pub fn starting_choices(
    comparison: &Comparison,
    preset: Option<&str>,
    priorities: Option<&str>,
) -> Option<Result<Choices, Garbled>> {
    let wanted: Vec<String> = preset
        .map(preset_part)
        .into_iter()
        .chain(priorities.map(str::to_string))
        .collect();
    (!wanted.is_empty()).then(|| decode(comparison, &wanted.join(",")))
}

/// Why a fragment value could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Garbled {
    /// The first part that could not be read, shortened for display.
    pub part: String,
}

/// Encodes choices as a fragment value, or `None` when they are the defaults.
pub fn encode(comparison: &Comparison, choices: &Choices) -> Option<String> {
    let preset = |index: PresetIndex| preset_part(&comparison.preset(index).id);
    let priorities = || -> Vec<String> {
        choices
            .priorities()
            .on()
            .map(|(criterion, importance)| {
                let id = &comparison.criterion(criterion).id;
                match importance {
                    Importance::Normal => id.clone(),
                    other => format!("{id}:{}", other.id()),
                }
            })
            .collect()
    };
    let parts: Vec<String> = match choices.origin() {
        Origin::Defaults => return None,
        Origin::Preset(index) => vec![preset(index)],
        Origin::Customised(from) => {
            let mut parts: Vec<String> = from.map(preset).into_iter().collect();
            let on = priorities();
            if on.is_empty() {
                parts.push("none".to_string());
            } else {
                parts.extend(on);
            }
            parts
        }
    };
    Some(parts.join(","))
}

/// Decodes a fragment value written by [`encode`] (or by hand).
pub fn decode(comparison: &Comparison, value: &str) -> Result<Choices, Garbled> {
    let value = percent_decode(value).ok_or_else(|| garbled(value))?;
    let mut preset = None;
    let mut priorities = Priorities::none(comparison);
    let mut listed_any = false;
    for part in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        if part == "none" {
            listed_any = true;
            continue;
        }
        if let Some(id) = part.strip_prefix(PRESET_PREFIX) {
            preset = Some(comparison.preset_index(id).ok_or_else(|| garbled(part))?);
            continue;
        }
        let (id, importance) = match part.split_once(':') {
            Some((id, level)) => (id, Importance::from_id(level).ok_or_else(|| garbled(part))?),
            None => (part, Importance::Normal),
        };
        let criterion = comparison
            .criterion_index(id)
            .ok_or_else(|| garbled(part))?;
        priorities.set(criterion, Some(importance));
        listed_any = true;
    }
    match (preset, listed_any) {
        (Some(index), false) => Ok(Choices::new(
            Priorities::from_preset(comparison, index),
            Origin::Preset(index),
        )),
        (preset, true) => {
            // A link whose priorities equal its preset's is that preset, untouched.
            let origin = match preset {
                Some(index) if Priorities::from_preset(comparison, index) == priorities => {
                    Origin::Preset(index)
                }
                other => Origin::Customised(other),
            };
            Ok(Choices::new(priorities, origin))
        }
        (None, false) => Err(garbled(&value)),
    }
}

/// Finds this card's value among the fragment's `&`-separated `key=value` pairs.
/// The fragment may start with the `#` of `location.hash`; only that one is
/// dropped, so that reading and writing agree on every key (found by fuzzing:
/// `##versus=…` used to be read as this card's pair but written as another's).
pub fn find_in_fragment<'a>(fragment: &'a str, key: &str) -> Option<&'a str> {
    without_hash(fragment).split('&').find_map(|pair| {
        pair.split_once('=')
            .filter(|(k, _)| *k == key)
            .map(|(_, v)| v)
    })
}

/// The fragment with this card's pair replaced, added, or removed (`None`),
/// leaving every other pair as it was. Returns it without the leading `#`.
pub fn update_fragment(fragment: &str, key: &str, value: Option<&str>) -> String {
    let mut pairs: Vec<String> = without_hash(fragment)
        .split('&')
        .filter(|pair| !pair.is_empty() && pair.split_once('=').map(|(k, _)| k) != Some(key))
        .map(str::to_string)
        .collect();
    if let Some(value) = value {
        pairs.push(format!("{key}={value}"));
    }
    pairs.join("&")
}

/// A card's key in the fragment: the one it asks for if no earlier card has
/// it, else the first free one of `versus`, `versus-2`, `versus-3`, …
pub fn assign_key(wanted: Option<&str>, taken: &[String]) -> String {
    let free = |key: &str| !taken.iter().any(|t| t == key);
    if let Some(key) = wanted.filter(|key| free(key)) {
        return key.to_string();
    }
    (1..)
        .map(|n| match n {
            1 => DEFAULT_KEY.to_string(),
            n => format!("{DEFAULT_KEY}-{n}"),
        })
        .find(|key| free(key))
        .unwrap_or_default()
}

/// Whether a key can name a pair in a URL fragment without escaping.
pub fn is_fragment_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= 40
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn without_hash(fragment: &str) -> &str {
    fragment.strip_prefix('#').unwrap_or(fragment)
}

fn garbled(part: &str) -> Garbled {
    Garbled {
        part: shortened(part),
    }
}

/// Decodes `%XX` escapes some apps add when they pass links around; text
/// that is not UTF-8 once decoded is unreadable.
fn percent_decode(text: &str) -> Option<String> {
    percent_encoding::percent_decode_str(text)
        .decode_utf8()
        .ok()
        .map(|decoded| decoded.into_owned())
}
