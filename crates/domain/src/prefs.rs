//! The person's choices that shape the whole app: role, language, calendar, theme.

use serde::{Deserialize, Serialize};

/// Which space a person uses. Both stay reachable; this decides where the app opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A school counsellor planning and running groups.
    Counsellor,
    /// A group member keeping a private journal.
    Member,
}

/// The interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Locale {
    /// Persian (فارسی): right to left, Persian digits.
    #[default]
    Fa,
    /// English: left to right.
    En,
}

impl Locale {
    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::Fa => "fa",
            Locale::En => "en",
        }
    }

    /// The writing direction for `<html dir>`.
    pub fn dir(self) -> &'static str {
        match self {
            Locale::Fa => "rtl",
            Locale::En => "ltr",
        }
    }

    /// The calendar a person of this language expects unless they choose otherwise.
    pub fn default_calendar(self) -> Calendar {
        match self {
            Locale::Fa => Calendar::Jalali,
            Locale::En => Calendar::Gregorian,
        }
    }
}

/// The calendar dates are shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Calendar {
    /// The Solar Hijri (Jalali) calendar used in Iran.
    Jalali,
    /// The Gregorian calendar.
    Gregorian,
}

/// Colour scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    /// Follow the operating system.
    #[default]
    System,
    /// Light colours.
    Light,
    /// Dark colours.
    Dark,
}

impl Theme {
    /// The value of `data-theme` on the root element.
    pub fn attr(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// How the plan's ASCA small-group fields are named (#17): in plain words unless the counsellor
/// works with an edition of the ASCA National Model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum AscaNames {
    /// Plain words: who took part, what members think and can do, results at school.
    #[default]
    Plain,
    /// The 5th edition's names (participation, student standards, achievement-related data).
    Fifth,
    /// The 4th edition's names (process, perception, outcome data).
    Fourth,
}

/// Everything a person has chosen about the app itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// Chosen on first run; `None` until then.
    pub role: Option<Role>,
    /// Interface language.
    pub locale: Locale,
    /// Calendar for dates; `None` means the language's default.
    pub calendar: Option<Calendar>,
    /// Colour scheme.
    pub theme: Theme,
    /// The journal's one-time backup card was dismissed or followed (#15): never shown again.
    #[serde(default)]
    pub backup_card_done: bool,
    /// The gentle on-device check of journal entries for a risk phrase (#16): on unless the
    /// member switches it off.
    #[serde(default = "on")]
    pub risk_check: bool,
    /// How the plan's ASCA fields are named; plain words unless chosen (#17).
    #[serde(default)]
    pub asca_names: AscaNames,
}

fn on() -> bool {
    true
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            role: None,
            locale: Locale::Fa,
            calendar: None,
            theme: Theme::System,
            backup_card_done: false,
            risk_check: true,
            asca_names: AscaNames::Plain,
        }
    }
}

impl Settings {
    /// The calendar in effect: the chosen one, or the language's default.
    pub fn effective_calendar(&self) -> Calendar {
        self.calendar
            .unwrap_or_else(|| self.locale.default_calendar())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn persian_defaults_to_jalali_and_english_to_gregorian() {
        let mut s = Settings::default();
        assert_eq!(s.effective_calendar(), Calendar::Jalali);
        s.locale = Locale::En;
        assert_eq!(s.effective_calendar(), Calendar::Gregorian);
        s.calendar = Some(Calendar::Jalali);
        assert_eq!(s.effective_calendar(), Calendar::Jalali);
    }

    #[test]
    fn asca_names_are_plain_unless_chosen_and_settings_from_before_keep_loading() {
        assert_eq!(Settings::default().asca_names, AscaNames::Plain);
        // Settings stored before the choice existed load with plain names.
        let old = r#"{"role":"counsellor","locale":"fa","calendar":null,"theme":"system"}"#;
        let s: Settings = serde_json::from_str(old).expect("old settings load");
        assert_eq!((s.asca_names, s.risk_check), (AscaNames::Plain, true));
        let mut chosen = s;
        chosen.asca_names = AscaNames::Fourth;
        let back: Settings =
            serde_json::from_str(&serde_json::to_string(&chosen).expect("json")).expect("load");
        assert_eq!(back.asca_names, AscaNames::Fourth);
    }

    #[test]
    fn direction_follows_language() {
        assert_eq!((Locale::Fa.dir(), Locale::Fa.tag()), ("rtl", "fa"));
        assert_eq!((Locale::En.dir(), Locale::En.tag()), ("ltr", "en"));
    }
}
