//! Words many screens share: buttons, field errors, names of the domain's kinds.
//!
//! Each arm holds the message in both languages: English first, then Persian.

use super::prelude::*;

/// Words many screens share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommonMsg {
    /// Navigation: the counsellor space.
    NavCounsellor,
    /// Navigation: the member space.
    NavMember,
    /// A file picker's button.
    ChooseFile,
    /// A file picker before a file is chosen.
    NoFileChosen,
    /// A file picker with several files chosen.
    FilesChosen(usize),
    /// Button: save.
    Save,
    /// Button: cancel.
    Cancel,
    /// Button: close a sheet or menu.
    Close,
    /// Button: delete.
    Delete,
    /// Button: edit.
    Edit,
    /// Button: undo the last deletion.
    Undo,
    /// Button: close a notice.
    Dismiss,
    /// Member home heading.
    JournalTitle,
    /// Label: the entry's date.
    EntryDate,
    /// Settings heading.
    SettingsTitle,
    /// Button: save everything to a file.
    ExportAll,
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
    /// Button: try saving again.
    Retry,
    /// A restore failed and the earlier data could not all be put back (review H2).
    ImportUnverified,
    /// Button: save the data from before the restore to a file.
    SaveBeforeRestore,
    /// Button: try putting the earlier data back again.
    PutBackAgain,
    /// Saved to a file.
    Exported,
    /// A group's focus.
    FocusName(Focus),
    /// A session's stage.
    StageName(Stage),
    /// An agenda block's kind.
    BlockKindName(BlockKind),
    /// Field: focus.
    FocusLabel,
    /// ASCA: participation (5th) / process (4th) data, named as chosen in Settings.
    AscaParticipation(AscaNames),
    /// ASCA: mindsets & behaviors data (5th) / perception (4th) data.
    AscaPerception(AscaNames),
    /// ASCA: achievement-related (5th) / outcome (4th) data.
    AscaAchievement(AscaNames),
    /// Button: remove.
    Remove,
    /// Session N (1-based).
    SessionN(usize),
    /// Planned minutes against available.
    Minutes { planned: u32, available: u32 },
    /// Attendance section.
    AttendanceTitle,
    /// Member column header.
    MemberColumn,
    /// A table's session column.
    SessionColumn,
    /// Button: print.
    PrintNow,
    /// Link: back to the group.
    BackToGroup,
    /// Session page: objectives.
    ObjectivesLabel,
    /// Session page: stage.
    StageLabel,
    /// Session page: agenda.
    AgendaTitle,
    /// Block field: kind.
    BlockKindLabel,
    /// Block field: title.
    BlockTitleLabel,
    /// Block field: minutes.
    BlockMinutesLabel,
    /// Block field: description.
    BlockDescriptionLabel,
    /// Button: duplicate a block.
    Duplicate,
    /// Materials of the whole session.
    MaterialsTitle,
    /// Guide link.
    GuideTitle,
    /// Not found.
    NotFound,
    /// A date field's error, naming the problem and an example to copy.
    DateFieldProblem(hamdel_domain::dates::DateProblem, String),
    /// The date picker's toggle.
    PickDate,
    /// Picker: day.
    DayLabel,
    /// Picker: month.
    MonthLabel,
    /// Picker: year.
    YearLabel,
    /// Navigation and heading: the exercise library.
    LibraryTitle,
    /// Filter: any value.
    AnyOption,
    /// Text that is data, not interface (an exercise or template title), shown as it is.
    Verbatim(String),
    /// Navigation: surveys.
    SurveysTitle,
    /// Some items are unanswered.
    AnswerAll(usize),
    /// Encryption: BackupTitle.
    BackupTitle,
    /// Encryption: ImportLocked.
    ImportLocked,
    /// Encryption: LockTitle.
    LockTitle,
    /// Encryption: LockDamaged.
    LockDamaged,
    /// Kits and results: KitTitle.
    KitTitle,
    /// Kits and results: ReportTitle.
    ReportTitle,
    /// Kits and results: PaperForms.
    PaperForms,
    /// Kits and results: MomentChoice.
    MomentChoice,
    /// Kits and results: ItemColumn.
    ItemColumn,
    /// Kits and results: MomentName.
    MomentName(Moment),
}

impl CommonMsg {
    /// The message in the given language.
    pub fn text(&self, l: Locale) -> String {
        match self {
            Self::ChooseFile => pick(l, "Choose a file", "انتخاب فایل"),
            Self::NoFileChosen => pick(l, "No file chosen yet", "هنوز فایلی انتخاب نشده"),
            Self::FilesChosen(n) => match l {
                En => format!("{} chosen", count(*n, "file", "files")),
                Fa => format!("{} فایل انتخاب شد", number(n, l)),
            },
            Self::NavCounsellor => pick(l, "Counsellor", "مشاور"),
            Self::NavMember => pick(l, "My journal", "دفترچهٔ من"),
            Self::Save => pick(l, "Save", "ذخیره"),
            Self::Cancel => pick(l, "Cancel", "انصراف"),
            Self::Close => pick(l, "Close", "بستن"),
            Self::Delete => pick(l, "Delete", "حذف"),
            Self::Edit => pick(l, "Edit", "ویرایش"),
            Self::Undo => pick(l, "Undo", "بازگردانی"),
            Self::Dismiss => pick(l, "Dismiss", "بستن"),
            Self::JournalTitle => pick(l, "My journal", "دفترچهٔ من"),
            Self::EntryDate => pick(l, "Date", "تاریخ"),
            Self::SettingsTitle => pick(l, "Settings", "تنظیمات"),
            Self::ExportAll => pick(
                l,
                "Save all my data to a file",
                "ذخیرهٔ همهٔ داده‌هایم در یک فایل",
            ),
            Self::FieldEmpty => pick(
                l,
                "Please write something here.",
                "لطفاً اینجا چیزی بنویسید.",
            ),
            Self::FieldTooLong { max } => match l {
                En => format!(
                    "Too long: at most {}.",
                    count(*max, "character", "characters")
                ),
                Fa => format!("خیلی بلند است: حداکثر {} نویسه.", number(max, l)),
            },
            Self::QuotaExceeded => pick(
                l,
                "This browser’s storage is full, so your last change is kept only in this tab. Save your data to a file now, then free some space.",
                "فضای ذخیرهٔ این مرورگر پر است، پس آخرین تغییر فقط در همین زبانه نگه داشته شده است. همین حالا داده‌ها را در یک فایل ذخیره کنید و سپس جا باز کنید.",
            ),
            Self::SaveFailed => pick(
                l,
                "Your last change could not be stored, so it is kept only in this tab. Try again, or save your data to a file.",
                "آخرین تغییر ذخیره نشد، پس فقط در همین زبانه نگه داشته شده است. دوباره امتحان کنید یا داده‌ها را در یک فایل ذخیره کنید.",
            ),
            Self::Retry => pick(l, "Try saving again", "دوباره ذخیره کن"),
            Self::ImportUnverified => pick(
                l,
                "Bringing back the backup failed part way, and what was here before could not all be put back (storage is full). Your earlier data is kept in this tab: save it to a file now, or free some space and put it back.",
                "بازگرداندن پشتیبان در میانه متوقف شد و همهٔ داده‌های قبلی را نشد سر جایش گذاشت (فضای ذخیره پر است). داده‌های قبلی در همین زبانه نگه داشته شده: همین حالا آن را در فایل ذخیره کنید، یا کمی جا باز کنید و دوباره سر جایش بگذارید.",
            ),
            Self::SaveBeforeRestore => pick(
                l,
                "Save earlier data to a file",
                "ذخیرهٔ داده‌های قبلی در فایل",
            ),
            Self::PutBackAgain => pick(l, "Put it back again", "دوباره سر جایش بگذار"),
            Self::Exported => pick(l, "Saved to a file.", "در فایل ذخیره شد."),
            Self::FocusName(f) => match l {
                En => match f {
                    Focus::Personal => "Personal",
                    Focus::Academic => "Academic",
                    Focus::Social => "Social",
                    Focus::Vocational => "Vocational (career)",
                }
                .to_owned(),
                Fa => match f {
                    Focus::Personal => "شخصی",
                    Focus::Academic => "تحصیلی",
                    Focus::Social => "اجتماعی",
                    Focus::Vocational => "شغلی",
                }
                .to_owned(),
            },
            Self::StageName(st) => match l {
                En => match st {
                    Stage::Initial => "Initial",
                    Stage::Transition => "Transition",
                    Stage::Working => "Working",
                    Stage::Final => "Final",
                }
                .to_owned(),
                Fa => match st {
                    Stage::Initial => "آغازین",
                    Stage::Transition => "گذار",
                    Stage::Working => "کار",
                    Stage::Final => "پایانی",
                }
                .to_owned(),
            },
            Self::BlockKindName(k) => match l {
                En => match k {
                    BlockKind::Opening => "Opening / check-in",
                    BlockKind::WarmUp => "Warm-up",
                    BlockKind::Main => "Main activity",
                    BlockKind::Processing => "Processing",
                    BlockKind::Closing => "Closing",
                }
                .to_owned(),
                Fa => match k {
                    BlockKind::Opening => "آغاز / احوال‌پرسی",
                    BlockKind::WarmUp => "گرم‌کردن",
                    BlockKind::Main => "فعالیت اصلی",
                    BlockKind::Processing => "پردازش",
                    BlockKind::Closing => "جمع‌بندی و پایان",
                }
                .to_owned(),
            },
            Self::FocusLabel => pick(l, "Focus", "حوزه"),
            Self::AscaParticipation(AscaNames::Plain) => pick(
                l,
                "Taking part: who, and how often",
                "شرکت در گروه: چه کسانی و چند جلسه",
            ),
            Self::AscaParticipation(AscaNames::Fifth) => {
                pick(l, "Participation data", "داده‌های مشارکت")
            }
            Self::AscaParticipation(AscaNames::Fourth) => pick(l, "Process data", "داده‌های فرایند"),
            Self::AscaPerception(AscaNames::Plain) => pick(
                l,
                "What members think and can do, before and after",
                "نگرش و مهارت اعضا، پیش و پس از گروه",
            ),
            Self::AscaPerception(AscaNames::Fifth) => {
                pick(l, "Mindsets & behaviors data", "داده‌های نگرش‌ها و رفتارها")
            }
            Self::AscaPerception(AscaNames::Fourth) => pick(l, "Perception data", "داده‌های ادراک"),
            Self::AscaAchievement(AscaNames::Plain) => pick(
                l,
                "Results at school (attendance, marks, behaviour)",
                "نتیجه در مدرسه (حضور، نمره، انضباط)",
            ),
            Self::AscaAchievement(AscaNames::Fifth) => {
                pick(l, "Achievement-related data", "داده‌های مرتبط با پیشرفت")
            }
            Self::AscaAchievement(AscaNames::Fourth) => pick(l, "Outcome data", "داده‌های پیامد"),
            Self::Remove => pick(l, "Remove", "برداشتن"),
            Self::SessionN(n) => match l {
                En => format!("Session {}", number(n, l)),
                Fa => format!("جلسهٔ {}", number(n, l)),
            },
            Self::Minutes { planned, available } => match l {
                En => format!(
                    "{} of {} planned",
                    number(planned, l),
                    count(*available as usize, "minute", "minutes")
                ),
                Fa => format!(
                    "{} دقیقه از {} دقیقه برنامه‌ریزی شده",
                    number(planned, l),
                    number(available, l)
                ),
            },
            Self::AttendanceTitle => pick(l, "Attendance", "حضور و غیاب"),
            Self::MemberColumn => pick(l, "Member", "عضو"),
            Self::SessionColumn => pick(l, "Session", "جلسه"),
            Self::PrintNow => pick(l, "Print", "چاپ"),
            Self::BackToGroup => pick(l, "Back to the group", "بازگشت به گروه"),
            Self::ObjectivesLabel => pick(l, "Objectives", "هدف‌های جلسه"),
            Self::StageLabel => pick(l, "Stage", "مرحله"),
            Self::AgendaTitle => pick(l, "Agenda", "دستور جلسه"),
            Self::BlockKindLabel => pick(l, "Part", "بخش"),
            Self::BlockTitleLabel => pick(l, "Title", "عنوان"),
            Self::BlockMinutesLabel => pick(l, "Minutes", "دقیقه"),
            Self::BlockDescriptionLabel => pick(l, "What happens", "چه اتفاقی می‌افتد"),
            Self::Duplicate => pick(l, "Duplicate", "تکثیر"),
            Self::MaterialsTitle => pick(l, "Materials for this session", "وسایل این جلسه"),
            Self::GuideTitle => pick(l, "Counsellor's guide", "راهنمای مشاور"),
            Self::NotFound => pick(
                l,
                "This page does not exist (any more).",
                "این صفحه وجود ندارد (یا دیگر وجود ندارد).",
            ),
            Self::DateFieldProblem(p, example) => match l {
                En => match p {
                    DateProblem::NotADate => {
                        format!("Not a date this calendar has. Type it like {example}.")
                    }
                    DateProblem::OutOfRange => {
                        format!(
                            "Dates between the years 1900 and 2200 only. Type it like {example}."
                        )
                    }
                    DateProblem::LooksGregorian => format!(
                        "That year looks Gregorian, but the Jalali calendar is in use (Settings → Calendar). Type it like {example}."
                    ),
                },
                Fa => match p {
                    DateProblem::NotADate => {
                        format!("این تاریخ در این تقویم نیست. آن را این‌گونه بنویسید: {example}")
                    }
                    DateProblem::OutOfRange => format!(
                        "فقط تاریخ‌های سال ۱۲۷۸ تا ۱۵۷۹ خورشیدی (۱۹۰۰ تا ۲۲۰۰ میلادی). آن را این‌گونه بنویسید: {example}"
                    ),
                    DateProblem::LooksGregorian => format!(
                        "این سال میلادی به نظر می‌رسد، اما تقویم خورشیدی در کار است (تنظیمات ← تقویم). آن را این‌گونه بنویسید: {example}"
                    ),
                },
            },
            Self::PickDate => pick(l, "Pick", "انتخاب"),
            Self::DayLabel => pick(l, "Day", "روز"),
            Self::MonthLabel => pick(l, "Month", "ماه"),
            Self::YearLabel => pick(l, "Year", "سال"),
            Self::LibraryTitle => pick(l, "Exercise library", "کتابخانهٔ تمرین‌ها"),
            Self::AnyOption => pick(l, "Any", "همه"),
            Self::Verbatim(text) => match l {
                En => text.clone(),
                Fa => text.clone(),
            },
            Self::SurveysTitle => pick(l, "Check in with myself", "خودسنجی"),
            Self::AnswerAll(n) => match l {
                En => format!("Please answer every statement ({} left).", number(n, l)),
                Fa => format!("لطفاً به همهٔ جمله‌ها پاسخ بده ({} مانده).", number(n, l)),
            },
            Self::BackupTitle => pick(l, "Encrypted backup", "پشتیبان رمزگذاری‌شده"),
            Self::ImportLocked => pick(
                l,
                "Unlock the space first: the backup holds data for a locked space.",
                "اول فضا را باز کنید: پشتیبان داده‌هایی برای یک فضای قفل دارد.",
            ),
            Self::LockTitle => pick(l, "Lock with a passphrase", "قفل با عبارت عبور"),
            Self::LockDamaged => pick(
                l,
                "The lock's key record is damaged, so this space cannot be opened here. Bring back a backup.",
                "رکورد کلید قفل آسیب دیده است و این فضا اینجا باز نمی‌شود. یک پشتیبان را بازگردانید.",
            ),
            Self::KitTitle => pick(l, "Kit for members", "بستهٔ اعضا"),
            Self::ReportTitle => pick(l, "Results", "نتایج"),
            Self::PaperForms => pick(l, "Paper survey forms", "فرم‌های کاغذی پرسش‌نامه"),
            Self::MomentChoice => pick(l, "When", "زمان"),
            Self::ItemColumn => pick(l, "Item", "گویه"),
            Self::MomentName(m) => match l {
                En => match m {
                    Moment::Pre => "Pre",
                    Moment::Mid => "Mid",
                    Moment::Post => "Post",
                }
                .to_owned(),
                Fa => match m {
                    Moment::Pre => "پیش‌آزمون",
                    Moment::Mid => "میان‌آزمون",
                    Moment::Post => "پس‌آزمون",
                }
                .to_owned(),
            },
        }
    }
}
