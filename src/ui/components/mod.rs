//! Reusable pieces: notices (with undo), storage status banners, form fields, charts, sheets
//! (modal menus) and mood faces.

mod banners;
mod chart;
mod fields;
mod mood;
mod notices;
mod sheet;

pub use banners::Banners;
pub use chart::LineChart;
pub use fields::{
    CalendarDateField, Control, FilePicker, SelectField, TextField, choice_options, choice_value,
    parse_choice,
};
pub use mood::MoodFace;
pub use notices::Notices;
pub use sheet::Sheet;
