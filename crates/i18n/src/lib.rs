//! Words, digits and dates in the person's language: Persian (RTL, Jalali, Persian digits) and
//! English, both first-class.
//!
//! Every user-facing string lives in [`messages`]: one `Msg` enum and one exhaustive `match` per
//! language, so a missing translation is a compile error.

pub mod calendar;
pub mod digits;
pub mod messages;

pub use calendar::{
    JalaliDate, format_date, format_date_long, format_numeric, from_jalali, parse_numeric,
    read_numeric, to_jalali,
};
pub use digits::{localize_digits, number, to_ascii_digits};
pub use messages::Msg;
