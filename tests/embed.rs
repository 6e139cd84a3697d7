//! Reading a card's attributes.

use std::collections::HashMap;

use versus::model::share::is_fragment_key;
use versus::ui::{EmbedConfig, SpecSource, Theme};

fn read(attributes: &[(&str, &str)], inline: Option<&str>) -> EmbedConfig {
    let map: HashMap<String, String> = attributes
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    EmbedConfig::read(|name| map.get(name).cloned(), inline.map(str::to_string))
}

#[test]
fn attributes_configure_the_card() {
    let config = read(
        &[
            ("preset", " chat "),
            ("theme", "DARK"),
            ("compact", ""),
            ("priorities", "speed,ml:high"),
            ("id", "my-card"),
        ],
        None,
    );
    assert_eq!(config.preset.as_deref(), Some("chat"));
    assert_eq!(config.theme, Theme::Dark);
    assert!(config.compact);
    assert!(!config.inherit_font);
    assert_eq!(config.priorities.as_deref(), Some("speed,ml:high"));
    assert_eq!(config.share_key(), Some("my-card"));
    assert_eq!(config.source, SpecSource::BuiltIn);
}

#[test]
fn unknown_or_empty_values_fall_back_to_defaults() {
    let config = read(
        &[("theme", "sepia"), ("preset", "  "), ("id", "has space")],
        None,
    );
    assert_eq!(config.theme, Theme::Auto);
    assert_eq!(config.preset, None);
    assert_eq!(
        config.share_key(),
        None,
        "an id that is not fragment-safe is not used as a key"
    );
}

#[test]
fn src_wins_over_inline_json() {
    assert_eq!(
        read(&[], Some("{}")).source,
        SpecSource::Inline("{}".into())
    );
    assert_eq!(
        read(&[("src", "x.json")], Some("{}")).source,
        SpecSource::Url("x.json".into())
    );
}

#[test]
fn fragment_keys_need_no_escaping() {
    assert!(is_fragment_key("versus-2"));
    assert!(!is_fragment_key("a=b"));
    assert!(!is_fragment_key(""));
    assert!(!is_fragment_key(&"k".repeat(41)));
}

#[test]
fn only_embed_html_limits_src_to_its_own_site() {
    assert!(!read(&[("src", "a.json")], None).same_origin_src);
    assert!(read(&[("src", "a.json"), ("same-origin-src", "")], None).same_origin_src);
}
