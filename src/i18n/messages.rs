//! The message table. Add a variant, and the compiler asks for its Persian and English text.

use super::digits::number;
use crate::domain::{Locale, TextError};

/// Every piece of interface text. Variants carry the values they show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    /// The product's name.
    AppName,
    /// One line under the name.
    Tagline,
    /// Link that jumps past the navigation.
    SkipToContent,
    /// Label of the main navigation.
    MainNavigation,
    /// Navigation: the counsellor space.
    NavCounsellor,
    /// Navigation: the member space.
    NavMember,
    /// Navigation: settings.
    NavSettings,
    /// The language switch in the header (names the other language).
    OtherLanguage,
    /// First-run title.
    WelcomeTitle,
    /// First-run question.
    WelcomeQuestion,
    /// Role choice: counsellor.
    RoleCounsellor,
    /// What the counsellor space is for.
    RoleCounsellorHint,
    /// Role choice: member.
    RoleMember,
    /// What the member space is for.
    RoleMemberHint,
    /// Privacy promise on first run.
    WelcomePrivacy,
    /// Counsellor home heading.
    GroupsTitle,
    /// Label of the new group name field.
    NewGroupName,
    /// Button: create a group.
    CreateGroup,
    /// Empty list of groups.
    NoGroups,
    /// When a group was created.
    CreatedOn(String),
    /// Label of the rename field.
    GroupName,
    /// Button: rename.
    Rename,
    /// Button: save.
    Save,
    /// Button: cancel.
    Cancel,
    /// Button: delete.
    Delete,
    /// Button: edit.
    Edit,
    /// Button: undo the last deletion.
    Undo,
    /// Button: close a notice.
    Dismiss,
    /// A group was deleted (its name).
    GroupDeleted(String),
    /// A journal entry was deleted.
    EntryDeleted,
    /// Member home heading.
    JournalTitle,
    /// The journal's privacy promise.
    JournalPrivacy,
    /// Label: the entry's date.
    EntryDate,
    /// Label: the entry's text.
    EntryText,
    /// Button: add an entry.
    AddEntry,
    /// Empty journal.
    NoEntries,
    /// Settings heading.
    SettingsTitle,
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
    /// Button: save everything to a file.
    ExportAll,
    /// What the export file is (until encrypted backups exist).
    ExportPlainNote,
    /// A required field was empty.
    FieldEmpty,
    /// A field was too long.
    FieldTooLong {
        /// Most characters allowed.
        max: usize,
    },
    /// The browser's storage is full: the change is only in this tab.
    QuotaExceeded,
    /// Storing failed for another reason: the change is only in this tab.
    SaveFailed,
    /// Changes not yet stored.
    Unsaved(usize),
    /// Button: try saving again.
    Retry,
    /// Stored data could not be read and was set aside.
    CorruptSetAside(usize),
    /// Set-aside data could not even be moved: left in place, read-only.
    CorruptLeftInPlace,
    /// Button: save the set-aside data to a file.
    SaveSetAside,
    /// Data from a newer version: read-only.
    FutureVersion,
    /// The browser does not allow storage at all (private mode, disabled).
    StorageUnavailable,
    /// A change was refused because the data is read-only.
    ReadOnly,
    /// The same record was changed in another tab: both versions kept.
    ConflictKeptBoth(usize),
    /// A change in another tab removed what was being edited here.
    ConflictDeletedElsewhere,
    /// Saved to a file.
    Exported,
}

impl Msg {
    /// The message in the given language.
    pub fn text(&self, locale: Locale) -> String {
        match locale {
            Locale::Fa => fa(self, locale),
            Locale::En => en(self, locale),
        }
    }

    /// The message for a refused text field.
    pub fn for_text_error(err: TextError) -> Msg {
        match err {
            TextError::Empty => Msg::FieldEmpty,
            TextError::TooLong { max, .. } => Msg::FieldTooLong { max },
        }
    }
}

fn en(msg: &Msg, l: Locale) -> String {
    let s = match msg {
        Msg::AppName => "Hamdel",
        Msg::Tagline => "Counselling groups and a private journal",
        Msg::SkipToContent => "Skip to content",
        Msg::MainNavigation => "Main",
        Msg::NavCounsellor => "Counsellor",
        Msg::NavMember => "My journal",
        Msg::NavSettings => "Settings",
        Msg::OtherLanguage => "فارسی",
        Msg::WelcomeTitle => "Welcome to Hamdel",
        Msg::WelcomeQuestion => "Who is using Hamdel on this device?",
        Msg::RoleCounsellor => "I am a counsellor",
        Msg::RoleCounsellorHint => {
            "Plan and run counselling groups: sessions, members, attendance."
        }
        Msg::RoleMember => "I am a group member",
        Msg::RoleMemberHint => "Keep a private journal about yourself and your group.",
        Msg::WelcomePrivacy => {
            "Everything you write stays in this browser on this device. You can switch spaces at any time."
        }
        Msg::GroupsTitle => "Your groups",
        Msg::NewGroupName => "New group name",
        Msg::CreateGroup => "Create group",
        Msg::NoGroups => "No groups yet. Create your first group above.",
        Msg::CreatedOn(date) => return format!("Created {date}"),
        Msg::GroupName => "Group name",
        Msg::Rename => "Rename",
        Msg::Save => "Save",
        Msg::Cancel => "Cancel",
        Msg::Delete => "Delete",
        Msg::Edit => "Edit",
        Msg::Undo => "Undo",
        Msg::Dismiss => "Dismiss",
        Msg::GroupDeleted(name) => return format!("Group “{name}” deleted."),
        Msg::EntryDeleted => "Entry deleted.",
        Msg::JournalTitle => "My journal",
        Msg::JournalPrivacy => {
            "Your journal stays on this device. Nothing is shared unless you choose to share it."
        }
        Msg::EntryDate => "Date",
        Msg::EntryText => "What is on your mind?",
        Msg::AddEntry => "Add entry",
        Msg::NoEntries => "No entries yet. Write your first one above.",
        Msg::SettingsTitle => "Settings",
        Msg::Language => "Language",
        Msg::CalendarLabel => "Calendar",
        Msg::CalendarJalali => "Solar Hijri (Jalali)",
        Msg::CalendarGregorian => "Gregorian",
        Msg::ThemeLabel => "Theme",
        Msg::ThemeSystem => "Same as this device",
        Msg::ThemeLight => "Light",
        Msg::ThemeDark => "Dark",
        Msg::StartSpace => "Open on start",
        Msg::StorageTitle => "Storage on this device",
        Msg::StorageUsed {
            used_kb,
            total_kb,
            percent,
        } => {
            return format!(
                "{} KB of about {} KB used ({}%).",
                number(used_kb, l),
                number(total_kb, l),
                number(percent, l)
            );
        }
        Msg::StorageNearlyFull => {
            "Storage is nearly full. Save your data to a file, then remove what you no longer need."
        }
        Msg::ExportAll => "Save all my data to a file",
        Msg::ExportPlainNote => "The file is not encrypted: keep it somewhere only you can open.",
        Msg::FieldEmpty => "Please write something here.",
        Msg::FieldTooLong { max } => {
            return format!("Too long: at most {} characters.", number(max, l));
        }
        Msg::QuotaExceeded => {
            "This browser’s storage is full, so your last change is kept only in this tab. Save your data to a file now, then free some space."
        }
        Msg::SaveFailed => {
            "Your last change could not be stored, so it is kept only in this tab. Try again, or save your data to a file."
        }
        Msg::Unsaved(n) => return format!("{} change(s) not saved yet.", number(n, l)),
        Msg::Retry => "Try saving again",
        Msg::CorruptSetAside(n) => {
            return format!(
                "{} stored item(s) could not be read. They were set aside unchanged; you can save them to a file.",
                number(n, l)
            );
        }
        Msg::CorruptLeftInPlace => {
            "Some stored data could not be read and there was no room to set it aside. It is left untouched and this part of the app is read-only."
        }
        Msg::SaveSetAside => "Save the unreadable data to a file",
        Msg::FutureVersion => {
            "Some data was saved by a newer version of Hamdel. It is shown read-only so nothing is overwritten. Open the newer version to change it."
        }
        Msg::StorageUnavailable => {
            "This browser does not let Hamdel store anything (private mode or a setting). Nothing you enter will be kept after you close the tab."
        }
        Msg::ReadOnly => "Not saved: this data is read-only here.",
        Msg::ConflictKeptBoth(n) => {
            return format!(
                "{} item(s) were changed in another tab at the same time. Both versions were kept.",
                number(n, l)
            );
        }
        Msg::ConflictDeletedElsewhere => {
            "This item was deleted in another tab; your edit was kept as a new item."
        }
        Msg::Exported => "Saved to a file.",
    };
    s.to_owned()
}

fn fa(msg: &Msg, l: Locale) -> String {
    let s = match msg {
        Msg::AppName => "همدل",
        Msg::Tagline => "گروه‌های مشاوره و دفترچهٔ خصوصی",
        Msg::SkipToContent => "رفتن به محتوا",
        Msg::MainNavigation => "اصلی",
        Msg::NavCounsellor => "مشاور",
        Msg::NavMember => "دفترچهٔ من",
        Msg::NavSettings => "تنظیمات",
        Msg::OtherLanguage => "English",
        Msg::WelcomeTitle => "به همدل خوش آمدید",
        Msg::WelcomeQuestion => "چه کسی روی این دستگاه از همدل استفاده می‌کند؟",
        Msg::RoleCounsellor => "مشاور هستم",
        Msg::RoleCounsellorHint => "برنامه‌ریزی و اجرای گروه‌های مشاوره: جلسه‌ها، اعضا، حضور و غیاب.",
        Msg::RoleMember => "عضو گروه هستم",
        Msg::RoleMemberHint => "دفترچه‌ای خصوصی دربارهٔ خودت و گروهت.",
        Msg::WelcomePrivacy => {
            "هر چه می‌نویسید فقط در همین مرورگر و روی همین دستگاه می‌ماند. هر وقت بخواهید می‌توانید فضا را عوض کنید."
        }
        Msg::GroupsTitle => "گروه‌های شما",
        Msg::NewGroupName => "نام گروه تازه",
        Msg::CreateGroup => "ساختن گروه",
        Msg::NoGroups => "هنوز گروهی ندارید. نخستین گروه را در بالا بسازید.",
        Msg::CreatedOn(date) => return format!("ساخته‌شده در {date}"),
        Msg::GroupName => "نام گروه",
        Msg::Rename => "تغییر نام",
        Msg::Save => "ذخیره",
        Msg::Cancel => "انصراف",
        Msg::Delete => "حذف",
        Msg::Edit => "ویرایش",
        Msg::Undo => "بازگردانی",
        Msg::Dismiss => "بستن",
        Msg::GroupDeleted(name) => return format!("گروه «{name}» حذف شد."),
        Msg::EntryDeleted => "یادداشت حذف شد.",
        Msg::JournalTitle => "دفترچهٔ من",
        Msg::JournalPrivacy => {
            "دفترچه‌ات روی همین دستگاه می‌ماند. هیچ چیز با کسی به اشتراک گذاشته نمی‌شود، مگر خودت بخواهی."
        }
        Msg::EntryDate => "تاریخ",
        Msg::EntryText => "به چه فکر می‌کنی؟",
        Msg::AddEntry => "افزودن یادداشت",
        Msg::NoEntries => "هنوز یادداشتی نیست. نخستین یادداشتت را در بالا بنویس.",
        Msg::SettingsTitle => "تنظیمات",
        Msg::Language => "زبان",
        Msg::CalendarLabel => "تقویم",
        Msg::CalendarJalali => "هجری خورشیدی (جلالی)",
        Msg::CalendarGregorian => "میلادی",
        Msg::ThemeLabel => "پوسته",
        Msg::ThemeSystem => "مانند این دستگاه",
        Msg::ThemeLight => "روشن",
        Msg::ThemeDark => "تیره",
        Msg::StartSpace => "باز شدن در آغاز",
        Msg::StorageTitle => "فضای ذخیره روی این دستگاه",
        Msg::StorageUsed {
            used_kb,
            total_kb,
            percent,
        } => {
            return format!(
                "{} کیلوبایت از حدود {} کیلوبایت به کار رفته است ({}٪).",
                number(used_kb, l),
                number(total_kb, l),
                number(percent, l)
            );
        }
        Msg::StorageNearlyFull => {
            "فضای ذخیره تقریباً پر است. داده‌هایتان را در یک فایل ذخیره کنید و سپس آنچه را لازم ندارید پاک کنید."
        }
        Msg::ExportAll => "ذخیرهٔ همهٔ داده‌هایم در یک فایل",
        Msg::ExportPlainNote => {
            "این فایل رمزگذاری نشده است: آن را جایی نگه دارید که فقط خودتان به آن دسترسی دارید."
        }
        Msg::FieldEmpty => "لطفاً اینجا چیزی بنویسید.",
        Msg::FieldTooLong { max } => {
            return format!("خیلی بلند است: حداکثر {} نویسه.", number(max, l));
        }
        Msg::QuotaExceeded => {
            "فضای ذخیرهٔ این مرورگر پر است، پس آخرین تغییر شما فقط در همین زبانه نگه داشته شده است. همین حالا داده‌هایتان را در یک فایل ذخیره کنید و سپس جا باز کنید."
        }
        Msg::SaveFailed => {
            "آخرین تغییر شما ذخیره نشد، پس فقط در همین زبانه نگه داشته شده است. دوباره امتحان کنید یا داده‌هایتان را در یک فایل ذخیره کنید."
        }
        Msg::Unsaved(n) => return format!("{} تغییر هنوز ذخیره نشده است.", number(n, l)),
        Msg::Retry => "دوباره ذخیره کن",
        Msg::CorruptSetAside(n) => {
            return format!(
                "{} مورد از داده‌های ذخیره‌شده خوانا نبود. بی هیچ تغییری کنار گذاشته شد و می‌توانید آن را در یک فایل ذخیره کنید.",
                number(n, l)
            );
        }
        Msg::CorruptLeftInPlace => {
            "بخشی از داده‌های ذخیره‌شده خوانا نبود و جایی برای کنار گذاشتنش نبود. دست‌نخورده مانده و این بخش از برنامه فقط‌خواندنی است."
        }
        Msg::SaveSetAside => "ذخیرهٔ دادهٔ ناخوانا در یک فایل",
        Msg::FutureVersion => {
            "بخشی از داده‌ها با نسخهٔ تازه‌تری از همدل ذخیره شده است. برای اینکه چیزی رونویسی نشود، فقط‌خواندنی نمایش داده می‌شود. برای تغییرش نسخهٔ تازه‌تر را باز کنید."
        }
        Msg::StorageUnavailable => {
            "این مرورگر اجازهٔ ذخیره‌سازی به همدل نمی‌دهد (حالت خصوصی یا یک تنظیم). آنچه وارد می‌کنید پس از بستن زبانه نگه داشته نمی‌شود."
        }
        Msg::ReadOnly => "ذخیره نشد: این داده‌ها اینجا فقط‌خواندنی است.",
        Msg::ConflictKeptBoth(n) => {
            return format!(
                "{} مورد هم‌زمان در زبانهٔ دیگری تغییر کرده بود. هر دو نسخه نگه داشته شد.",
                number(n, l)
            );
        }
        Msg::ConflictDeletedElsewhere => {
            "این مورد در زبانهٔ دیگری حذف شده بود؛ ویرایش شما به‌صورت موردی تازه نگه داشته شد."
        }
        Msg::Exported => "در فایل ذخیره شد.",
    };
    s.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_messages_use_the_locale_digits() {
        let m = Msg::StorageUsed {
            used_kb: 12,
            total_kb: 5120,
            percent: 0,
        };
        assert_eq!(
            m.text(Locale::Fa),
            "۱۲ کیلوبایت از حدود ۵۱۲۰ کیلوبایت به کار رفته است (۰٪)."
        );
        assert_eq!(m.text(Locale::En), "12 KB of about 5120 KB used (0%).");
    }

    #[test]
    fn text_errors_map_to_messages() {
        assert_eq!(Msg::for_text_error(TextError::Empty), Msg::FieldEmpty);
        assert_eq!(
            Msg::for_text_error(TextError::TooLong { max: 5, actual: 9 }).text(Locale::Fa),
            "خیلی بلند است: حداکثر ۵ نویسه."
        );
    }
}
