//! Hamdel (همدل): a browser-only app for school counsellors who run preventive and educational
//! counselling groups, and for group members who keep a private self-assessment journal.
//!
//! The app crate: [`ui`], the only layer with `view!`, on the workspace's library crates, which
//! it re-exports under their module names (the crate graph is the layering, ARCHITECTURE.md):
//! - [`domain`] (`hamdel-domain`): the pure model; no I/O, clock, randomness or user-facing text.
//! - [`i18n`] (`hamdel-i18n`): Persian and English words, digits and calendars.
//! - [`storage`] (`hamdel-storage`): the only I/O seam, versioned and chunked, with the
//!   browser's localStorage ([`storage::BrowserStore`]) added here.
//! - [`crypto`] (`hamdel-crypto`) and [`content`] (`hamdel-content`).

pub use hamdel_content as content;
pub use hamdel_crypto as crypto;
pub use hamdel_domain as domain;
pub use hamdel_i18n as i18n;
pub mod ui;

mod browser_store;

/// [`hamdel_storage`], with the browser's localStorage behind its `KeyValueStore` trait.
pub mod storage {
    pub use crate::browser_store::BrowserStore;
    pub use hamdel_storage::*;
}
