//! How the page configured one card, read from its attributes.
//!
//! Pure string handling, so it is tested natively; `host` supplies the
//! attribute values. Unknown values fall back to defaults, never an error:
//! a typo in a blog post's markup must not break the card.

use crate::model::share::is_fragment_key;

/// The card's colour theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow the reader's `prefers-color-scheme`.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Every theme, in the order the element documents them.
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// Every theme's attribute value: the one list the element's
    /// documentation, the command line and the platforms take.
    pub const NAMES: [&'static str; 3] = ["auto", "light", "dark"];

    /// Reads a theme name (`auto`, `light`, `dark`, any case); anything else is `None`.
    pub fn from_name(name: &str) -> Option<Theme> {
        let name = name.trim().to_ascii_lowercase();
        Theme::ALL.into_iter().find(|theme| theme.name() == name)
    }

    /// The attribute value that selects this theme.
    pub fn name(self) -> &'static str {
        match self {
            Theme::Auto => Theme::NAMES[0],
            Theme::Light => Theme::NAMES[1],
            Theme::Dark => Theme::NAMES[2],
        }
    }

    /// The CSS class that selects the theme's colours.
    pub fn class(self) -> &'static str {
        match self {
            Theme::Auto => "versus-theme-auto",
            Theme::Light => "versus-theme-light",
            Theme::Dark => "versus-theme-dark",
        }
    }
}

/// Where the comparison comes from.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum SpecSource {
    /// The built-in Node.js vs Python comparison.
    #[default]
    BuiltIn,
    /// JSON from a child `<script type="application/json">`.
    Inline(String),
    /// JSON from the `src` attribute's URL (resolved against the page).
    Url(String),
}

/// Everything the page said about one card.
///
/// The share key is private: [`EmbedConfig::read`] keeps it only when it
/// passes [`is_fragment_key`], so no config holds a key the URL fragment
/// cannot carry as it is.
///
/// ```compile_fail,E0451
/// versus::ui::EmbedConfig {
///     share_key: Some("a=b".to_string()), // private field
///     ..Default::default()
/// };
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct EmbedConfig {
    /// The comparison to show.
    pub source: SpecSource,
    /// A preset id to start from (`preset`).
    pub preset: Option<String>,
    /// Priorities to start with, in share-link syntax (`priorities="speed,ml:high"`).
    pub priorities: Option<String>,
    /// Light, dark or auto (`theme`).
    pub theme: Theme,
    /// A smaller layout for narrow sidebars (`compact`).
    pub compact: bool,
    /// Use the page's font instead of the system font (`inherit-font`).
    pub inherit_font: bool,
    /// The key of this card's pair in the URL fragment (`share-key`, else
    /// the element id), if it is one ([`is_fragment_key`]).
    share_key: Option<String>,
    /// Load a `src` only from the page's own origin (`same-origin-src`).
    /// embed.html sets it: its `src` comes from a link anyone can write.
    pub same_origin_src: bool,
}

impl EmbedConfig {
    /// Reads the configuration through `attribute(name)`; `inline_json` is the
    /// text of a child JSON script, if any. `src` wins over inline JSON.
    pub fn read(
        attribute: impl Fn(&str) -> Option<String>,
        inline_json: Option<String>,
    ) -> EmbedConfig {
        let text = |name: &str| {
            attribute(name)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let source = match (text("src"), inline_json) {
            (Some(url), _) => SpecSource::Url(url),
            (None, Some(json)) => SpecSource::Inline(json),
            (None, None) => SpecSource::BuiltIn,
        };
        EmbedConfig {
            source,
            preset: text("preset"),
            priorities: text("priorities"),
            theme: text("theme")
                .and_then(|t| Theme::from_name(&t))
                .unwrap_or_default(),
            compact: attribute("compact").is_some(),
            inherit_font: attribute("inherit-font").is_some(),
            share_key: text("share-key")
                .or_else(|| text("id"))
                .filter(|key| is_fragment_key(key)),
            same_origin_src: attribute("same-origin-src").is_some(),
        }
    }

    /// The key the page asked for this card's pair in the URL fragment
    /// (`share-key`, else the element id), if it is a valid one.
    pub fn share_key(&self) -> Option<&str> {
        self.share_key.as_deref()
    }
}
