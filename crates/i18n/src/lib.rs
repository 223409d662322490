//! Words, digits and dates in the person's language: Persian (RTL, Jalali, Persian digits) and
//! English, both first-class.
//!
//! Every user-facing string lives in [`messages`]: one `Msg` enum and one exhaustive `match` per
//! language, so a missing translation is a compile error.

pub mod calendar;
pub mod digits;
pub mod messages;

pub use calendar::{
    JalaliDate, MonthView, format_date, format_date_long, format_numeric, from_jalali, month_view,
    parse_numeric, read_numeric, shift_month, to_jalali, week_days, weekday_short,
};
/// Facts about one thing in a line, each apart: "Warm-up · 10 min · Opening". The middle dot
/// reads the same in both languages; views use the `dots` class instead where they can.
pub fn dots(parts: &[String]) -> String {
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Items of one kind in a sentence's list: "Personal, Social" / "شخصی، اجتماعی".
pub fn list(items: &[String], locale: hamdel_domain::Locale) -> String {
    items.join(match locale {
        hamdel_domain::Locale::En => ", ",
        hamdel_domain::Locale::Fa => "، ",
    })
}

/// A plan's [`Text`](hamdel_domain::session::Text) in `locale`: typed text as it is, a built-in
/// default in that language.
pub fn plan_text(text: &hamdel_domain::session::Text, locale: hamdel_domain::Locale) -> String {
    match text {
        hamdel_domain::session::Text::Typed(s) => s.clone(),
        hamdel_domain::session::Text::Builtin(b) => {
            Msg::from(messages::StorageMsg::BuiltinText(*b)).text(locale)
        }
    }
}

pub use digits::{localize_digits, number, percent, to_ascii_digits};
pub use messages::Msg;
/// Every feature's messages, for `use crate::i18n::msg::*`.
pub mod msg {
    pub use super::messages::{
        CommonMsg, ConsentMsg, GroupsMsg, JournalMsg, KitsMsg, LibraryMsg, Msg, OverviewMsg,
        SafetyMsg, SecurityMsg, SessionsMsg, SettingsMsg, ShellMsg, StorageMsg, SurveysMsg,
        YearMsg, count,
    };
}
