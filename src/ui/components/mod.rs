//! Reusable pieces: notices (with undo), storage status banners, and form fields.

mod banners;
mod chart;
mod fields;
mod notices;

pub use banners::Banners;
pub use chart::LineChart;
pub use fields::{
    CalendarDateField, Control, FilePicker, SelectField, TextField, choice_options, choice_value,
    parse_choice,
};
pub use notices::Notices;
