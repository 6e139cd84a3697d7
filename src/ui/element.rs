//! The `<versus-card>` element as pages and tools see it: every attribute
//! with its values, the event, the method, the CSS custom properties and
//! parts. The one list that the Custom Elements Manifest, the editors' HTML
//! data and the TypeScript declarations are generated from (tests/element.rs
//! writes docs/custom-elements.json, docs/html-data.json and
//! docs/versus.d.ts with the JSX files, and fails when they are stale), and that the tests
//! hold [`crate::ui::EmbedConfig`] and the loader's `observedAttributes` to.

/// What an attribute accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Values {
    /// Free text of this kind, such as "a preset id".
    Text(&'static str),
    /// One of these words.
    OneOf(&'static [&'static str]),
    /// Present or absent (a boolean attribute).
    Flag,
}

/// One attribute of `<versus-card>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Attribute {
    /// Its name.
    pub name: &'static str,
    /// What it accepts.
    pub values: Values,
    /// What it does, for a blogger.
    pub description: &'static str,
}

/// The element's name: the one place it is written by hand. The writer of
/// the element (`crate::embed`), the generated manifest, types and platform
/// templates take it from here.
pub const TAG_NAME: &str = "versus-card";

/// Every attribute a page sets on `<versus-card>` (docs/embedding.md, "Attributes").
pub const ATTRIBUTES: &[Attribute] = &[
    Attribute {
        name: "preset",
        values: Values::Text("a preset id of the comparison, such as chat or ml"),
        description: "Start from that use case.",
    },
    Attribute {
        name: "priorities",
        values: Values::Text(
            "priorities in share-link syntax, such as speed,realtime:critical,ml:high",
        ),
        description: "Start with exactly these priorities on; with preset, customised from it.",
    },
    Attribute {
        name: "theme",
        values: Values::OneOf(&crate::ui::Theme::NAMES),
        description:
            "Light or dark colours; auto (the default) follows the reader's system setting.",
    },
    Attribute {
        name: "compact",
        values: Values::Flag,
        description:
            "Smaller type and spacing and no per-criterion scores (the totals stay), for sidebars.",
    },
    Attribute {
        name: "src",
        values: Values::Text("the URL of a comparison JSON file, relative to the page"),
        description: "Show your own comparison instead of the built-in one.",
    },
    Attribute {
        name: "inherit-font",
        values: Values::Flag,
        description: "Use the page's font family instead of the system font.",
    },
    Attribute {
        name: "loading",
        values: Values::OneOf(&["eager", "lazy"]),
        description:
            "lazy: download and start the card only when it comes within a screen of the viewport.",
    },
    Attribute {
        name: "share-key",
        values: Values::Text("letters, digits, - and _"),
        description:
            "The card's key in share links (#key=…); the element's id is used when there is none.",
    },
    Attribute {
        name: "id",
        values: Values::Text("letters, digits, - and _"),
        description: "Also the card's key in share links when there is no share-key.",
    },
];

/// Attributes the card reads that are not for pages: embed.html sets them.
pub const INTERNAL_ATTRIBUTES: &[&str] = &["same-origin-src"];

/// The event every card fires after each change.
pub const CHANGE_EVENT: &str = "versus-change";

/// What `event.detail` of [`CHANGE_EVENT`] holds.
pub const CHANGE_EVENT_DETAIL: &[(&str, &str, &str)] = &[
    (
        "state",
        "string | null",
        "The share-link value of the reader's choices; null for the author's defaults.",
    ),
    (
        "winner",
        "string | null",
        "The recommended contender's id; null for a toss-up or when nothing is selected.",
    ),
];

/// The element's method.
pub const EMBED_SNIPPET_METHOD: (&str, &str) = (
    "embedSnippet",
    "Resolves to the two lines that give a page this card as the reader has set it, loading the card from loaderUrl; null while the card has not started.",
);

/// The CSS custom properties a page may set on `versus-card` or an ancestor.
pub const CSS_PROPERTIES: &[(&str, &str)] = &[
    ("--versus-bg", "Card background."),
    ("--versus-fg", "Card text."),
    ("--versus-muted", "Secondary text."),
    ("--versus-border", "Borders."),
    ("--versus-surface", "Tracks, chips and buttons."),
    (
        "--versus-accent",
        "Links, pressed presets, the chosen importance.",
    ),
    ("--versus-on", "A switch that is on."),
    ("--versus-off", "A switch that is off."),
    ("--versus-focus", "The keyboard focus ring."),
    (
        "--versus-notice-bg",
        "Background of notes such as \"started fresh\".",
    ),
    ("--versus-radius", "Corner radius (default 12px)."),
    (
        "--versus-font",
        "Font family (or the inherit-font attribute).",
    ),
    ("--versus-margin", "Space around the card (default 32px 0)."),
    (
        "--versus-reserve-height",
        "Room kept while the card loads (default 100svh).",
    ),
];

/// The shadow parts a page may style with `versus-card::part(…)`.
pub const CSS_PARTS: &[(&str, &str)] = &[(
    "start-failure",
    "The line shown above the fallback when the card's files could not be loaded.",
)];
