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
    /// Under the mood chart when it shows only the newest moods.
    MoodChartRecent(usize),
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
    /// The check-in card's question.
    CheckInTitle,
    /// Under it: what one tap does.
    CheckInHint,
    /// A check-in was saved (the mood's name).
    CheckedIn(u8),
    /// Button after a check-in: open it to add words or tags.
    AddWords,
    /// The writing card's heading.
    WriteTitle,
    /// An entry with neither a mood nor text.
    EntryEmpty,
    /// An entry without text, as its card names it.
    CheckInOnly,
    /// The button that opens an entry's menu (the entry's date).
    EntryMenu(String),
    /// Show the whole text of an entry.
    ReadMore,
    /// Show only its first lines again.
    ReadLess,
    /// Button: show the search and filters.
    SearchButton,
    /// Button: hide them.
    HideSearch,
    /// The month calendar's heading.
    CalendarTitle,
    /// Button: the month before.
    PrevMonth,
    /// Button: the month after.
    NextMonth,
    /// A day in the calendar: its date and the mood of its entries, if any.
    DayLabel {
        /// The date in words.
        date: String,
        /// The mood's name, if the day has one.
        mood: Option<String>,
    },
    /// The list shows one day (its date).
    ShowingDay(String),
    /// Button: show every day again.
    ShowAllDays,
    /// The mood-by-tag card's heading.
    MoodByTagTitle,
    /// One tag's line: the tag, the mean mood (formatted) and how many entries.
    TagMood {
        /// The tag.
        tag: String,
        /// The mean mood, 1–5, formatted.
        mean: String,
        /// Entries with this tag and a mood.
        entries: usize,
    },
    /// Under the mood-by-tag lines: how they are worked out.
    MoodByTagNote,
    /// The backup card's heading.
    BackupCardTitle,
    /// Its text.
    BackupCardText,
    /// Its button: go and save a backup.
    BackupCardSave,
    /// Its button: never show it again.
    BackupCardDismiss,
    /// The entry's menu: its heading.
    EntryMenuTitle,
    /// The list of entries: its heading.
    EntriesTitle,
    /// The journal's print page: its title (and the link to it).
    PrintTitle,
    /// What the print page does.
    PrintIntro,
    /// The printed sheet's heading: the days it covers.
    PrintRange {
        /// The first day.
        from: String,
        /// The last day.
        to: String,
    },
    /// How many entries will be printed.
    PrintCount(usize),
    /// No entries on the chosen days.
    NothingToPrint,
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
            Self::MoodChartRecent(n) => match l {
                En => format!("Only the newest {} are shown.", count(*n, "mood", "moods")),
                Fa => format!("فقط {} حال آخر اینجا دیده می‌شود.", number(n, l)),
            },
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
            Self::CheckInTitle => pick(l, "How are you right now?", "الان چه حالی داری؟"),
            Self::CheckInHint => pick(
                l,
                "One tap saves it for today. Words and feelings can come after, if you like.",
                "با یک لمس برای امروز ثبت می‌شود. اگر خواستی، بعدش چند کلمه یا احساس هم اضافه کن.",
            ),
            Self::CheckedIn(m) => match l {
                En => format!("Saved for today: {}.", Self::MoodName(*m).text(l)),
                Fa => format!("برای امروز ثبت شد: {}.", Self::MoodName(*m).text(l)),
            },
            Self::AddWords => pick(l, "Add words or feelings", "افزودن چند کلمه یا احساس"),
            Self::WriteTitle => pick(l, "Write it down", "بنویس"),
            Self::EntryEmpty => pick(
                l,
                "Choose a mood or write a few words first.",
                "اول یک حال انتخاب کن یا چند کلمه بنویس.",
            ),
            Self::CheckInOnly => pick(l, "Check-in", "ثبت حال"),
            Self::EntryMenu(date) => match l {
                En => format!("Options for the entry of {date}"),
                Fa => format!("گزینه‌های یادداشت {date}"),
            },
            Self::ReadMore => pick(l, "Read all", "خواندن همه"),
            Self::ReadLess => pick(l, "Show less", "نمایش کمتر"),
            Self::SearchButton => pick(l, "Search", "جست‌وجو"),
            Self::HideSearch => pick(l, "Close search", "بستن جست‌وجو"),
            Self::CalendarTitle => pick(l, "My month", "ماه من"),
            Self::PrevMonth => pick(l, "Previous month", "ماه قبل"),
            Self::NextMonth => pick(l, "Next month", "ماه بعد"),
            Self::DayLabel { date, mood } => match l {
                En => format!("{date}: {}", mood.as_deref().unwrap_or("no check-in")),
                Fa => format!("{date}: {}", mood.as_deref().unwrap_or("حالی ثبت نشده")),
            },
            Self::ShowingDay(date) => match l {
                En => format!("Entries of {date}"),
                Fa => format!("یادداشت‌های {date}"),
            },
            Self::ShowAllDays => pick(l, "Show all days", "نمایش همهٔ روزها"),
            Self::MoodByTagTitle => pick(l, "My mood and my tags", "حال من و برچسب‌هایم"),
            Self::TagMood { tag, mean, entries } => match l {
                En => format!(
                    "On days tagged “{tag}” your mood averaged {mean} ({}).",
                    count(*entries, "entry", "entries")
                ),
                Fa => format!(
                    "در روزهایی که برچسب «{tag}» داشتند، میانگین حالت {mean} بود ({} یادداشت).",
                    number(entries, l)
                ),
            },
            Self::MoodByTagNote => pick(
                l,
                "Worked out on this device from your own entries (1 is very low, 5 very good). Only you see it.",
                "روی همین دستگاه از یادداشت‌های خودت حساب شده (۱ یعنی خیلی بد، ۵ یعنی خیلی خوب). فقط خودت آن را می‌بینی.",
            ),
            Self::BackupCardTitle => pick(
                l,
                "Your journal lives only in this browser",
                "دفترچه‌ات فقط در همین مرورگر است",
            ),
            Self::BackupCardText => pick(
                l,
                "If the browser's data is cleared or the phone is lost, it is gone. Save a backup file, or install the app so the browser keeps it.",
                "اگر داده‌های مرورگر پاک شود یا گوشی گم شود، دفترچه هم از دست می‌رود. یک فایل پشتیبان ذخیره کن، یا برنامه را نصب کن تا مرورگر نگهش دارد.",
            ),
            Self::BackupCardSave => pick(l, "Save a backup", "ذخیرهٔ پشتیبان"),
            Self::BackupCardDismiss => pick(l, "Don't show again", "دیگر نشان نده"),
            Self::EntryMenuTitle => pick(l, "This entry", "این یادداشت"),
            Self::EntriesTitle => pick(l, "My entries", "یادداشت‌هایم"),
            Self::PrintTitle => pick(l, "Print my journal", "چاپ دفترچه‌ام"),
            Self::PrintIntro => pick(
                l,
                "Choose the days. Only the entries of those days are printed, nothing else: take the page to your counsellor if you want to.",
                "روزها را انتخاب کن. فقط یادداشت‌های همان روزها چاپ می‌شود و هیچ چیز دیگر؛ اگر خواستی برگه را برای مشاورت ببر.",
            ),
            Self::PrintRange { from, to } => match l {
                En => format!("My journal: {from} to {to}"),
                Fa => format!("دفترچهٔ من: {from} تا {to}"),
            },
            Self::PrintCount(n) => match l {
                En => format!("{} will be printed.", count(*n, "entry", "entries")),
                Fa => format!("{} یادداشت چاپ می‌شود.", number(n, l)),
            },
            Self::NothingToPrint => pick(
                l,
                "No entries on these days.",
                "در این روزها یادداشتی نیست.",
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
