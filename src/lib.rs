//! versus: an embeddable comparison card.
//!
//! Data flows one way: [`model`] (the `versus-model` crate) turns a JSON spec
//! into a validated comparison, scores it and explains the verdict; [`ui`]
//! renders that with Yew; `host` (wasm only) is the one place that touches
//! the page; [`fallback`] renders the same comparison as static HTML.

pub use versus_model as model;

pub mod content;
pub mod fallback;
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub mod host;
