//! Hamdel (همدل): a browser-only app for school counsellors who run preventive and educational
//! counselling groups, and for group members who keep a private self-assessment journal.
//!
//! Layers, with dependencies pointing one way (`ui → storage, i18n → domain`):
//! - [`domain`]: the pure model; no I/O, clock, randomness or user-facing text.
//! - [`i18n`]: Persian and English words, digits and calendars.
//! - [`storage`]: the only I/O seam (localStorage behind a trait), versioned and chunked.
//! - [`ui`]: the Leptos components; the only layer with `view!`.

pub mod content;
pub mod crypto;
pub mod domain;
pub mod i18n;
pub mod storage;
pub mod ui;
