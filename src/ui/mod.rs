//! The Leptos interface: the only layer with `view!`. Components read signals from
//! [`context::AppContext`] and change data only through its actions.

pub mod app;
pub mod components;
pub mod context;
pub mod export;
pub mod kits;
pub mod pages;
pub mod platform;
pub mod route;
pub mod security;

pub use app::App;
