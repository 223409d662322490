//! The member's journal and goals.
//!
//! Each arm holds the message in both languages: English first, then Persian.

use super::prelude::*;

/// The member's journal and goals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JournalMsg {
    /// The journal's privacy promise.
    JournalPrivacy,
    /// Label: the entry's text.
    EntryText,
    /// Button: add an entry.
    AddEntry,
    /// Empty journal.
    NoEntries,
    /// A mood on the 5-point scale (1–5).
    MoodName(u8),
    /// Field: mood.
    MoodLabel,
    /// Field: feelings tags.
    TagsLabel,
    /// Field: one's own tags.
    OwnTagsLabel,
    /// A starter feelings tag (index into the starter set).
    StarterTag(u8),
    /// Button: suggest a prompt.
    NeedIdea,
    /// The welcome, shown and hidden.
    WelcomeToggle,
    /// Search the journal.
    SearchJournal,
    /// Filter: from date.
    FromLabel,
    /// Filter: to date.
    ToLabel,
    /// A draft was restored.
    DraftRestored,
    /// Mood chart title.
    MoodChartTitle,
    /// Goals heading and link.
    GoalsTitle,
    /// Field: a new goal.
    NewGoal,
    /// Button: add the goal.
    AddGoal,
    /// Field: a new step.
    NewStep,
    /// Button: add the step.
    AddStep,
    /// Field: this week's progress.
    RateWeek,
    /// Column: progress.
    ProgressColumn,
    /// No goals yet.
    NoGoals,
    /// The between-sessions task was done.
    TaskDoneLabel,
    /// Journal list: show the next page.
    ShowMore {
        /// Entries shown now.
        shown: usize,
        /// Entries that match.
        total: usize,
    },
}

impl JournalMsg {
    /// The message in the given language.
    pub fn text(&self, l: Locale) -> String {
        match self {
            Self::JournalPrivacy => pick(
                l,
                "Your journal stays on this device. Nothing is shared unless you choose to share it.",
                "دفترچه‌ات روی همین دستگاه می‌ماند. هیچ چیز با کسی به اشتراک گذاشته نمی‌شود، مگر خودت بخواهی.",
            ),
            Self::EntryText => pick(l, "What is on your mind?", "به چه فکر می‌کنی؟"),
            Self::AddEntry => pick(l, "Add entry", "افزودن یادداشت"),
            Self::NoEntries => pick(
                l,
                "No entries yet. Write your first one above.",
                "هنوز یادداشتی نیست. نخستین یادداشتت را در بالا بنویس.",
            ),
            Self::MoodName(m) => match l {
                En => match m {
                    1 => "Very low",
                    2 => "Low",
                    3 => "Okay",
                    4 => "Good",
                    _ => "Very good",
                }
                .to_owned(),
                Fa => match m {
                    1 => "خیلی بد",
                    2 => "بد",
                    3 => "معمولی",
                    4 => "خوب",
                    _ => "خیلی خوب",
                }
                .to_owned(),
            },
            Self::MoodLabel => pick(l, "How do you feel?", "چه حالی داری؟"),
            Self::TagsLabel => pick(l, "Feelings", "احساس‌ها"),
            Self::OwnTagsLabel => pick(
                l,
                "Your own words (separate with commas)",
                "کلمه‌های خودت (با ویرگول جدا کن)",
            ),
            Self::StarterTag(i) => match l {
                En => match i {
                    0 => "calm",
                    1 => "happy",
                    2 => "proud",
                    3 => "hopeful",
                    4 => "tired",
                    5 => "worried",
                    6 => "sad",
                    7 => "angry",
                    8 => "lonely",
                    _ => "confused",
                }
                .to_owned(),
                Fa => match i {
                    0 => "آرام",
                    1 => "شاد",
                    2 => "سربلند",
                    3 => "امیدوار",
                    4 => "خسته",
                    5 => "نگران",
                    6 => "غمگین",
                    7 => "عصبانی",
                    8 => "تنها",
                    _ => "سردرگم",
                }
                .to_owned(),
            },
            Self::NeedIdea => pick(l, "Need an idea?", "ایده می‌خواهی؟"),
            Self::WelcomeToggle => pick(
                l,
                "About this journal and your group",
                "دربارهٔ این دفترچه و گروهت",
            ),
            Self::SearchJournal => pick(l, "Search my journal", "جست‌وجو در دفترچه‌ام"),
            Self::FromLabel => pick(l, "From", "از"),
            Self::ToLabel => pick(l, "To", "تا"),
            Self::DraftRestored => pick(
                l,
                "Your unfinished entry is back.",
                "یادداشت نیمه‌کاره‌ات برگشت.",
            ),
            Self::MoodChartTitle => pick(l, "My mood over time", "حال من در گذر زمان"),
            Self::GoalsTitle => pick(l, "My goals", "هدف‌های من"),
            Self::NewGoal => pick(l, "A goal of my own", "هدفی از خودم"),
            Self::AddGoal => pick(l, "Add goal", "افزودن هدف"),
            Self::NewStep => pick(l, "A small step", "یک گام کوچک"),
            Self::AddStep => pick(l, "Add step", "افزودن گام"),
            Self::RateWeek => pick(
                l,
                "This week, how far along am I? (0–10)",
                "این هفته چقدر جلو رفته‌ام؟ (۰ تا ۱۰)",
            ),
            Self::ProgressColumn => pick(l, "Progress", "پیشرفت"),
            Self::NoGoals => pick(
                l,
                "No goals yet. What small change would you like to try?",
                "هنوز هدفی نداری. دوست داری چه تغییر کوچکی را امتحان کنی؟",
            ),
            Self::TaskDoneLabel => pick(
                l,
                "I did my between-sessions task",
                "تکلیف میان جلسه‌ها را انجام دادم",
            ),
            Self::ShowMore { shown, total } => match l {
                En => format!(
                    "Show more (showing {} of {})",
                    number(shown, l),
                    number(total, l)
                ),
                Fa => format!("نمایش بیشتر ({} از {})", number(shown, l), number(total, l)),
            },
        }
    }
}
