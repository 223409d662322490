//! Reusable pieces of the shell: notices (with undo) and storage status banners.

mod banners;
mod notices;

pub use banners::Banners;
pub use notices::Notices;
