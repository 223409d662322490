//! The settings screen.
//!
//! Each arm holds the message in both languages: English first, then Persian.

use super::prelude::*;

/// The settings screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SettingsMsg {
    /// Settings: language.
    Language,
    /// Settings: calendar.
    CalendarLabel,
    /// Calendar option: Jalali.
    CalendarJalali,
    /// Calendar option: Gregorian.
    CalendarGregorian,
    /// Settings: theme.
    ThemeLabel,
    /// Theme option: follow the system.
    ThemeSystem,
    /// Theme option: light.
    ThemeLight,
    /// Theme option: dark.
    ThemeDark,
    /// Settings: which space opens first.
    StartSpace,
    /// Settings: how the plan's ASCA fields are named (#17).
    AscaNamesLabel,
    /// Settings: what the ASCA naming choice changes.
    AscaNamesHint,
    /// ASCA naming: plain words.
    AscaPlain,
    /// ASCA naming: the 5th edition's.
    AscaFifth,
    /// ASCA naming: the 4th edition's.
    AscaFourth,
    /// Settings: storage section.
    StorageTitle,
    /// Storage usage in kilobytes and percent.
    StorageUsed {
        /// Kilobytes used.
        used_kb: usize,
        /// Kilobytes available in all.
        total_kb: usize,
        /// Share used, 0–100.
        percent: usize,
    },
    /// Storage is 80 % full or more.
    StorageNearlyFull,
    /// What the export file is (until encrypted backups exist).
    ExportPlainNote,
    /// Encryption: SecurityLink.
    SecurityLink,
}

impl SettingsMsg {
    /// The message in the given language.
    pub fn text(&self, l: Locale) -> String {
        match self {
            Self::Language => pick(l, "Language", "زبان"),
            Self::CalendarLabel => pick(l, "Calendar", "تقویم"),
            Self::CalendarJalali => pick(l, "Solar Hijri (Jalali)", "هجری خورشیدی (جلالی)"),
            Self::CalendarGregorian => pick(l, "Gregorian", "میلادی"),
            Self::ThemeLabel => pick(l, "Theme", "پوسته"),
            Self::ThemeSystem => pick(l, "Same as this device", "مانند این دستگاه"),
            Self::ThemeLight => pick(l, "Light", "روشن"),
            Self::ThemeDark => pick(l, "Dark", "تیره"),
            Self::AscaNamesLabel => pick(
                l,
                "Names of the plan's ASCA fields",
                "نام بخش‌های ASCA در برنامه",
            ),
            Self::AscaNamesHint => pick(
                l,
                "For counsellors who report to the ASCA National Model; the plan, its print and the results use the names chosen here.",
                "برای مشاورانی که با الگوی ملی ASCA گزارش می‌دهند؛ برنامه، نسخهٔ چاپی آن و گزارش نتایج همین نام‌ها را به کار می‌برند.",
            ),
            Self::AscaPlain => pick(l, "Plain words", "واژه‌های ساده"),
            Self::AscaFifth => pick(l, "ASCA, 5th edition", "ASCA، ویرایش ۵"),
            Self::AscaFourth => pick(l, "ASCA, 4th edition", "ASCA، ویرایش ۴"),
            Self::StartSpace => pick(l, "Start page", "صفحهٔ شروع"),
            Self::StorageTitle => pick(l, "Storage on this device", "فضای ذخیره روی این دستگاه"),
            Self::StorageUsed {
                used_kb,
                total_kb,
                percent,
            } => match l {
                En => format!(
                    "{} KB of about {} KB used ({}%).",
                    number(used_kb, l),
                    number(total_kb, l),
                    number(percent, l)
                ),
                Fa => format!(
                    "{} کیلوبایت از حدود {} کیلوبایت به کار رفته است ({}٪).",
                    number(used_kb, l),
                    number(total_kb, l),
                    number(percent, l)
                ),
            },
            Self::StorageNearlyFull => pick(
                l,
                "Storage is nearly full. Save your data to a file, then remove what you no longer need.",
                "فضای ذخیره تقریباً پر است. داده‌هایتان را در یک فایل ذخیره کنید و سپس آنچه را لازم ندارید پاک کنید.",
            ),
            Self::ExportPlainNote => pick(
                l,
                "The file is not encrypted: keep it somewhere only you can open.",
                "این فایل رمزگذاری نشده است: آن را جایی نگه دارید که فقط خودتان به آن دسترسی دارید.",
            ),
            Self::SecurityLink => pick(l, "Backup and lock", "پشتیبان و قفل"),
        }
    }
}
