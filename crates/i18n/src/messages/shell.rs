//! The frame around every screen and the first visit: the name, navigation, welcome.
//!
//! Each arm holds the message in both languages: English first, then Persian.

use super::prelude::*;

/// The frame around every screen and the first visit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShellMsg {
    /// The product's name.
    AppName,
    /// Link that jumps past the navigation.
    SkipToContent,
    /// Label of the main navigation.
    MainNavigation,
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
    /// Tab: the member's journal.
    TabJournal,
    /// Tab: the member's surveys (short: it fits a phone's tab).
    TabSurveys,
    /// Tab: the member's goals.
    TabGoals,
    /// Tab: the counsellor's groups.
    TabGroups,
    /// Tab: the library of exercises and plans.
    TabLibrary,
    /// Encryption: LockThisSpace.
    LockThisSpace,
}

impl ShellMsg {
    /// The message in the given language.
    pub fn text(&self, l: Locale) -> String {
        match self {
            Self::AppName => pick(l, "Hamdel", "همدل"),
            Self::SkipToContent => pick(l, "Skip to main content", "پرش به محتوای اصلی"),
            Self::MainNavigation => pick(l, "Main menu", "منوی اصلی"),
            Self::NavSettings => pick(l, "Settings", "تنظیمات"),
            Self::OtherLanguage => pick(l, "فارسی", "English"),
            Self::WelcomeTitle => pick(l, "Welcome to Hamdel", "به همدل خوش آمدید"),
            Self::WelcomeQuestion => pick(
                l,
                "Who is using Hamdel on this device?",
                "چه کسی روی این دستگاه از همدل استفاده می‌کند؟",
            ),
            Self::RoleCounsellor => pick(l, "I am a counsellor", "مشاور هستم"),
            Self::RoleCounsellorHint => pick(
                l,
                "Plan and run counselling groups: sessions, members, attendance.",
                "برنامه‌ریزی و اجرای گروه‌های مشاوره: جلسه‌ها، اعضا، حضور و غیاب.",
            ),
            Self::RoleMember => pick(l, "I am a group member", "عضو گروه هستم"),
            Self::RoleMemberHint => pick(
                l,
                "Keep a private journal about yourself and your group.",
                "دفترچه‌ای خصوصی دربارهٔ خودت و گروهت.",
            ),
            Self::WelcomePrivacy => pick(
                l,
                "Everything you write stays in this browser on this device. You can switch spaces at any time.",
                "هر چه می‌نویسید فقط در همین مرورگر و روی همین دستگاه می‌ماند. هر وقت بخواهید می‌توانید فضا را عوض کنید.",
            ),
            Self::TabJournal => pick(l, "Journal", "دفترچه"),
            Self::TabSurveys => pick(l, "Check-in", "خودسنجی"),
            Self::TabGoals => pick(l, "Goals", "هدف‌ها"),
            Self::TabGroups => pick(l, "Groups", "گروه‌ها"),
            Self::TabLibrary => pick(l, "Library", "کتابخانه"),
            Self::LockThisSpace => pick(l, "Lock", "قفل"),
        }
    }
}
