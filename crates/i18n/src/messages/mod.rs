//! The message table, split by feature. Every piece of interface text is a variant of a
//! feature's enum, and each arm of that enum's `text` holds the English and the Persian side by
//! side, so a missing translation is a compile error and the two are read together.
//!
//! [`Msg`] is any message: each feature's enum converts into it, and the interface keeps and
//! shows `Msg` values. English counts go through [`count`] (no "item(s)").

mod common;
mod consent;
mod groups;
mod journal;
mod kits;
mod library;
mod overview;
mod safety;
mod security;
mod sessions;
mod settings;
mod shell;
mod storage;
mod surveys;
mod year;

pub use common::CommonMsg;
pub use consent::ConsentMsg;
pub use groups::GroupsMsg;
pub use journal::JournalMsg;
pub use kits::KitsMsg;
pub use library::LibraryMsg;
pub use overview::OverviewMsg;
pub use safety::SafetyMsg;
pub use security::SecurityMsg;
pub use sessions::SessionsMsg;
pub use settings::SettingsMsg;
pub use shell::ShellMsg;
pub use storage::StorageMsg;
pub use surveys::SurveysMsg;
pub use year::YearMsg;

use hamdel_domain::{Locale, TextError};

/// What every feature's table uses.
mod prelude {
    pub(super) use super::{Msg, count, pick};
    pub(super) use crate::digits::number;
    pub(super) use hamdel_domain::Locale::{self, En, Fa};
    pub(super) use hamdel_domain::backup::{RecordKind, RecordProblem};
    pub(super) use hamdel_domain::dates::DateProblem;
    pub(super) use hamdel_domain::kit::ResultProblem;
    pub(super) use hamdel_domain::member::{Attendance, Consent};
    pub(super) use hamdel_domain::prefs::AscaNames;
    pub(super) use hamdel_domain::session::{BlockKind, Builtin, Stage};
    pub(super) use hamdel_domain::survey::{Band, ItemKind, Moment, OwnSurveyProblem};
    pub(super) use hamdel_domain::{Focus, PlanIssue, Purpose, TextError};
}

/// A message whose text is fixed: the English or the Persian.
fn pick(l: Locale, en: &'static str, fa: &'static str) -> String {
    match l {
        Locale::En => en,
        Locale::Fa => fa,
    }
    .to_owned()
}

/// An English count with its noun: "1 change", "3 changes". Persian nouns do not change after
/// a number, so Persian arms write the noun once.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

macro_rules! features {
    ($($feature:ident($enum:ident, $file:literal)),* $(,)?) => {
        /// Any message of the interface: one feature's message.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum Msg {
            $(
                #[doc = concat!("A message of [`", stringify!($enum), "`].")]
                $feature($enum),
            )*
        }

        impl Msg {
            /// The message in the given language.
            pub fn text(&self, locale: Locale) -> String {
                match self {
                    $(Msg::$feature(m) => m.text(locale),)*
                }
            }
        }

        $(
            impl From<$enum> for Msg {
                fn from(m: $enum) -> Msg {
                    Msg::$feature(m)
                }
            }
        )*

        /// Each feature's source, for the test that reads every arm.
        #[cfg(test)]
        const SOURCES: &[(&str, &str)] = &[
            $((stringify!($enum), include_str!($file))),*
        ];
    };
}

features! {
    Common(CommonMsg, "common.rs"),
    Shell(ShellMsg, "shell.rs"),
    Settings(SettingsMsg, "settings.rs"),
    Storage(StorageMsg, "storage.rs"),
    Groups(GroupsMsg, "groups.rs"),
    Sessions(SessionsMsg, "sessions.rs"),
    Library(LibraryMsg, "library.rs"),
    Journal(JournalMsg, "journal.rs"),
    Surveys(SurveysMsg, "surveys.rs"),
    Kits(KitsMsg, "kits.rs"),
    Security(SecurityMsg, "security.rs"),
    Safety(SafetyMsg, "safety.rs"),
    Consent(ConsentMsg, "consent.rs"),
    Overview(OverviewMsg, "overview.rs"),
    Year(YearMsg, "year.rs"),
}

impl Msg {
    /// The message for a refused text field.
    pub fn for_text_error(err: TextError) -> Msg {
        match err {
            TextError::Empty => CommonMsg::FieldEmpty.into(),
            TextError::TooLong { max, .. } => CommonMsg::FieldTooLong { max }.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_messages_use_the_locale_digits() {
        let m = Msg::from(SettingsMsg::StorageUsed {
            used_kb: 12,
            total_kb: 5120,
            percent: 0,
        });
        assert_eq!(
            m.text(Locale::Fa),
            "۱۲ کیلوبایت از حدود ۵۱۲۰ کیلوبایت به کار رفته است (۰٪)."
        );
        assert_eq!(m.text(Locale::En), "12 KB of about 5120 KB used (0%).");
    }

    #[test]
    fn text_errors_map_to_messages() {
        assert_eq!(
            Msg::for_text_error(TextError::Empty),
            Msg::Common(CommonMsg::FieldEmpty)
        );
        assert_eq!(
            Msg::for_text_error(TextError::TooLong { max: 5, actual: 9 }).text(Locale::Fa),
            "خیلی بلند است: حداکثر ۵ نویسه."
        );
    }

    #[test]
    fn english_counts_agree_with_their_number() {
        assert_eq!(count(1, "change", "changes"), "1 change");
        assert_eq!(count(0, "change", "changes"), "0 changes");
        assert_eq!(count(2, "change", "changes"), "2 changes");
    }

    /// The string literals of a piece of source (no raw strings are used in the tables).
    fn literals(code: &str) -> Vec<String> {
        let mut lits = Vec::new();
        let mut chars = code.chars().peekable();
        while let Some(c) = chars.next() {
            if c != '"' {
                continue;
            }
            let mut lit = String::new();
            while let Some(c) = chars.next() {
                match c {
                    // An escape: `\u{…}` whole, any other one character.
                    '\\' => {
                        if chars.next() == Some('u') {
                            for c in chars.by_ref() {
                                if c == '}' {
                                    break;
                                }
                            }
                        }
                    }
                    '"' => break,
                    c => lit.push(c),
                }
            }
            lits.push(lit);
        }
        lits
    }

    /// One arm of a feature's table, read from its source.
    struct Arm {
        name: String,
        /// The values the variant carries, as the arm binds them.
        bound: Vec<String>,
        en_code: String,
        fa_code: String,
        en: Vec<String>,
        fa: Vec<String>,
    }

    /// Every arm of one feature's table, read from the source (so every message is walked
    /// without listing them). An arm is `pick(l, "English", "Persian")` or
    /// `match l { En => …, Fa => … }`.
    fn arms(source: &str) -> Vec<Arm> {
        const START: &str = "\n            Self::";
        let table = &source[source.find("pub fn text(").expect("a table")..];
        let mut starts: Vec<usize> = table.match_indices(START).map(|(i, _)| i).collect();
        starts.push(table.len());
        starts
            .windows(2)
            .map(|w| {
                let arm = &table[w[0] + START.len()..w[1]];
                let name: String = arm.chars().take_while(|c| c.is_alphanumeric()).collect();
                let pattern = &arm[name.len()..arm.find("=>").expect("an arm")];
                let bound = pattern
                    .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .filter(|w| !w.is_empty() && *w != "_")
                    .map(str::to_owned)
                    .collect();
                let (en_code, fa_code) = if let Some(at) = arm.find("pick(") {
                    let lits = literals(&arm[at..]);
                    assert_eq!(lits.len(), 2, "{name}: pick takes two literals");
                    (format!("{:?}", lits[0]), format!("{:?}", lits[1]))
                } else {
                    let en_at = arm
                        .find("En =>")
                        .unwrap_or_else(|| panic!("{name}: no English"));
                    let fa_at = arm
                        .find("Fa =>")
                        .unwrap_or_else(|| panic!("{name}: no Persian"));
                    assert!(en_at < fa_at, "{name}: English comes first");
                    (arm[en_at..fa_at].to_owned(), arm[fa_at..].to_owned())
                };
                Arm {
                    bound,
                    en: literals(&en_code),
                    fa: literals(&fa_code),
                    name,
                    en_code,
                    fa_code,
                }
            })
            .collect()
    }

    /// Whether `code` uses the identifier `word`.
    fn uses(code: &str, word: &str) -> bool {
        code.split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .any(|w| w == word)
    }

    /// The literals' text without their `{…}` placeholders.
    fn without_placeholders(lits: &[String]) -> String {
        let mut text = String::new();
        for lit in lits {
            let mut depth = 0;
            for c in lit.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth > 0 => depth -= 1,
                    c if depth == 0 => text.push(c),
                    _ => {}
                }
            }
            text.push(' ');
        }
        text
    }

    fn persian(c: char) -> bool {
        ('\u{0600}'..='\u{06FF}').contains(&c) || ('\u{FB50}'..='\u{FEFF}').contains(&c)
    }

    /// #13: every message, in both languages — the Persian text has Persian letters and no
    /// Latin word outside the names it may carry, the English has no Persian letter outside
    /// the app's name, and both show every value the message carries. (The language switch, and the
    /// message naming the Arabic-keyboard letters, quote the other script on purpose.)
    #[test]
    fn every_message_is_written_in_its_language_with_the_same_placeholders() {
        // The language switch names the other language in that language.
        const EXEMPT: &[&str] = &["OtherLanguage", "OpenedWithVariant"];
        const LATIN_IN_PERSIAN: &[&str] = &[
            "WHO",
            "RSES",
            "ASCA",
            "age",
            "rage",
            "pyrage",
            "KB",
            "MB",
            "PDF",
            "QR",
            "CSV",
            "ISO",
            "JSON",
            "Hamdel",
            "Rosenberg",
            "ID",
        ];
        let mut bad = Vec::new();
        let mut walked = 0;
        for (feature, source) in SOURCES {
            for arm in arms(source) {
                walked += 1;
                let name = format!("{feature}::{}", arm.name);
                // Both languages show every value the message carries (an English count
                // may add words of its own around it, so placeholders are not counted).
                for value in &arm.bound {
                    if uses(&arm.en_code, value) != uses(&arm.fa_code, value) {
                        bad.push(format!("{name}: `{value}` is shown in one language only"));
                    }
                }
                if EXEMPT.contains(&arm.name.as_str()) {
                    continue;
                }
                let fa_text = without_placeholders(&arm.fa);
                let en_text = without_placeholders(&arm.en);
                if fa_text.chars().any(char::is_alphabetic) && !fa_text.chars().any(persian) {
                    bad.push(format!("fa {name}: no Persian letter: {fa_text}"));
                }
                for word in fa_text.split(|c: char| !c.is_ascii_alphabetic()) {
                    if word.len() > 1 && !LATIN_IN_PERSIAN.contains(&word) {
                        bad.push(format!("fa {name}: Latin word {word:?}"));
                    }
                }
                if en_text.replace("همدل", "").chars().any(persian) {
                    bad.push(format!("en {name}: Persian letters: {en_text}"));
                }
            }
        }
        assert!(walked > 300, "every table was read: {walked} arms");
        assert!(
            bad.is_empty(),
            "{} problems:\n{}",
            bad.len(),
            bad.join("\n")
        );
    }
}
