//! versus: an embeddable comparison card.
//!
//! Data flows one way: [`model`] (the `versus-model` crate) turns a JSON spec
//! into a validated comparison, scores it and explains the verdict; [`ui`]
//! renders that with Yew; `host` (wasm only) is the one place that touches
//! the page; [`render`] (natively, and with the `ssr` feature in the command line's and the editor's wasm)
//! renders the same components ahead of time, as the card in a page's HTML
//! and as the static fallback.

pub use versus_model as model;

/// The card's version (Cargo.toml's). A card rendered into a page's HTML
/// records it, and only the same version hydrates that markup.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

pub mod content;
pub mod embed;
#[cfg(any(not(target_arch = "wasm32"), feature = "ssr"))]
pub mod render;
pub mod rendered;
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub mod host;
