//! The school year at a glance (#18).
//!
//! Each arm holds the message in both languages: English first, then Persian.

use super::prelude::*;

/// The school year at a glance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YearMsg {
    /// The page's title.
    Title,
    /// The link from the groups list.
    Link,
    /// The year's picker.
    YearLabel,
    /// A school year by its two calendar years (already in the person's digits).
    SchoolYear(String, String),
    /// No group had its first session in the year.
    NoGroups,
    /// Groups run.
    Groups(usize),
    /// Students served, added over the groups.
    Students(usize),
    /// Sessions held in all.
    Held(usize),
    /// Sessions held of planned.
    HeldOf(usize, usize),
    /// Column: the group.
    GroupColumn,
    /// Column: students served.
    StudentsColumn,
    /// Column: sessions held.
    HeldColumn,
    /// How students are counted.
    StudentsNote,
    /// A category no plan or report of the year has words in.
    NothingWritten,
    /// The totals row of the CSV.
    Total,
    /// Button: the year as CSV.
    SaveCsv,
}

impl YearMsg {
    /// The message in the given language.
    pub fn text(&self, l: Locale) -> String {
        match self {
            Self::Title => pick(l, "The year at a glance", "سال در یک نگاه"),
            Self::Link => pick(l, "The year at a glance", "سال در یک نگاه"),
            Self::YearLabel => pick(l, "School year", "سال تحصیلی"),
            Self::SchoolYear(a, b) => match l {
                En => format!("School year {a}–{b}"),
                Fa => format!("سال تحصیلی {a}–{b}"),
            },
            Self::NoGroups => pick(
                l,
                "No group had its first session in this school year.",
                "هیچ گروهی جلسهٔ اولش در این سال تحصیلی نبوده است.",
            ),
            Self::Groups(n) => match l {
                En => count(*n, "group", "groups"),
                Fa => format!("{} گروه", number(n, l)),
            },
            Self::Students(n) => match l {
                En => count(*n, "student served", "students served"),
                Fa => format!("{} دانش‌آموز", number(n, l)),
            },
            Self::Held(n) => match l {
                En => count(*n, "session held", "sessions held"),
                Fa => format!("{} جلسهٔ برگزارشده", number(n, l)),
            },
            Self::HeldOf(held, planned) => match l {
                En => format!("{} of {}", number(held, l), number(planned, l)),
                Fa => format!("{} از {}", number(held, l), number(planned, l)),
            },
            Self::GroupColumn => pick(l, "Group", "گروه"),
            Self::StudentsColumn => pick(l, "Students", "دانش‌آموزان"),
            Self::HeldColumn => pick(l, "Sessions held", "جلسه‌های برگزارشده"),
            Self::NothingWritten => pick(
                l,
                "Nothing written for this in the year's plans and reports.",
                "در برنامه‌ها و گزارش‌های این سال چیزی برای این بخش نوشته نشده است.",
            ),
            Self::StudentsNote => pick(
                l,
                "Students are counted by their codes in each group; a student in two groups counts in both.",
                "دانش‌آموزان با کدشان در هر گروه شمرده می‌شوند؛ کسی که در دو گروه بوده در هر دو شمرده می‌شود.",
            ),
            Self::Total => pick(l, "Total", "جمع"),
            Self::SaveCsv => pick(l, "Save as CSV", "ذخیره به صورت CSV"),
        }
    }
}
