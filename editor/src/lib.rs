//! The authors' editor: make a comparison card without writing JSON by hand.
//!
//! The pure part ([`document`], [`history`], [`session`], [`export`]) knows
//! nothing of the browser and is tested natively; `app` (wasm only) renders
//! it with Yew, with the real card from the `versus` crate as the preview,
//! and `browser` is the one place that touches the page.

pub mod document;
pub mod export;
pub mod history;
pub mod session;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
mod browser;
