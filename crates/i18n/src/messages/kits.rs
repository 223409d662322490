//! The kit exchange: kits, joining a group, sharing back, results.
//!
//! Each arm holds the message in both languages: English first, then Persian.

use super::prelude::*;

/// The kit exchange.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KitsMsg {
    /// Label: the prompt written to.
    PromptLabel,
    /// Kits and results: KitIntro.
    KitIntro,
    /// Kits and results: KitSurveys.
    KitSurveys,
    /// Kits and results: KitSurveysNote.
    KitSurveysNote,
    /// Kits and results: KitIncludeCodes.
    KitIncludeCodes,
    /// Kits and results: KitPromptsNote.
    KitPromptsNote,
    /// Kits and results: KitLinkTitle.
    KitLinkTitle,
    /// Kits and results: KitLinkLabel.
    KitLinkLabel,
    /// Kits and results: CopyLink.
    CopyLink,
    /// Kits and results: SaveKitFile.
    SaveKitFile,
    /// Kits and results: KitQrLabel.
    KitQrLabel,
    /// Kits and results: KitTooBigForQr.
    KitTooBigForQr,
    /// Kits and results: LinkCopied.
    LinkCopied,
    /// Kits and results: ShareImportTitle.
    ShareImportTitle,
    /// Kits and results: ShareImportNote.
    ShareImportNote,
    /// Kits and results: ShareFiles.
    ShareFiles,
    /// Kits and results: PaperTitle.
    PaperTitle,
    /// Paper forms: how the grid is typed (#17).
    PaperGridHint {
        /// Lowest answer.
        min: u8,
        /// Highest answer.
        max: u8,
    },
    /// Paper forms: one cell's name for a screen reader.
    PaperCell {
        /// The member's code.
        code: String,
        /// The statement's number (from 1).
        item: usize,
    },
    /// Paper forms: a row typed in part.
    PaperRowCount {
        /// Statements answered.
        done: usize,
        /// Statements in the form.
        count: usize,
    },
    /// Paper forms: the grid's caption.
    PaperGridCaption,
    /// Kits and results: PaperSurvey.
    PaperSurvey,
    /// Paper forms: nothing typed to save.
    PaperNothing,
    /// Paper forms: this many forms saved.
    PaperSaved(usize),
    /// Paper forms: rows left unsaved because statements are missing (the members' codes); the
    /// rows that were complete are saved, and said so by `PaperSaved`.
    PaperIncomplete(Vec<String>),
    /// Paper forms: a group without members has no rows.
    PaperNoMembers,
    /// Kits and results: SavePaper.
    SavePaper,
    /// Kits and results: NoPairs.
    NoPairs,
    /// Kits and results: ScaleCaption.
    ScaleCaption,
    /// Kits and results: ScaleColumn.
    ScaleColumn,
    /// Kits and results: ChangeColumn.
    ChangeColumn,
    /// Report: the table of each member's total before and after (#17).
    PerMemberCaption,
    /// Report: a member whose total fell.
    Declined,
    /// Paper forms: a digit outside the scale.
    PaperDigitOutside {
        /// Lowest answer.
        min: u8,
        /// Highest answer.
        max: u8,
    },
    /// A kit card: the sessions into the member's own calendar.
    MemberCalendar,
    /// Kits and results: ItemsCaption.
    ItemsCaption,
    /// Kits and results: ResultsPerMember.
    ResultsPerMember,
    /// Kits and results: ReportSummary.
    ReportSummary,
    /// Kits and results: ReportAttendance.
    ReportAttendance,
    /// Kits and results: ReportPerceptionNote.
    ReportPerceptionNote,
    /// Kits and results: SharedNotesTitle.
    SharedNotesTitle,
    /// Kits and results: ReportAchievement.
    ReportAchievement,
    /// Kits and results: ReportContributing.
    ReportContributing,
    /// Kits and results: ReportImplications.
    ReportImplications,
    /// Kits and results: ShareOtherCounsellor.
    ShareOtherCounsellor,
    /// Kits and results: ShareDamaged.
    ShareDamaged,
    /// Kits and results: ShareNotAShare.
    ShareNotAShare,
    /// Kits and results: ShareNewer.
    ShareNewer,
    /// Kits and results: ShareOtherGroup.
    ShareOtherGroup,
    /// Kits and results: ShareDuplicate.
    ShareDuplicate,
    /// A share-back's results do not fit the group's surveys; what is wrong.
    ShareBadResults(hamdel_domain::kit::ResultProblem),
    /// A share-back was read but could not be stored (storage).
    ShareNotStored,
    /// The counsellor's key record cannot be read.
    CounsellorKeysUnreadable,
    /// Kits and results: JoinedGroup.
    JoinedGroup,
    /// Kits and results: ShareSaved.
    ShareSaved,
    /// Kits and results: KitNotAKit.
    KitNotAKit,
    /// Kits and results: KitNewer.
    KitNewer,
    /// Kits and results: KitTooLarge.
    KitTooLarge,
    /// Kits and results: KitInvalid.
    KitInvalid,
    /// Kits and results: JoinTitle.
    JoinTitle,
    /// Kits and results: KitFile.
    KitFile,
    /// Kits and results: TaskLabel.
    TaskLabel,
    /// Kits and results: KitPreviewIntro.
    KitPreviewIntro,
    /// Kits and results: KitAlreadyJoined.
    KitAlreadyJoined,
    /// Kits and results: KitSessions.
    KitSessions,
    /// Kits and results: KitShareNote.
    KitShareNote,
    /// Kits and results: YourCode.
    YourCode,
    /// Kits and results: ChooseCode.
    ChooseCode,
    /// Under the code field: what the code is for.
    YourCodeHint,
    /// Link: print a code slip for each member.
    PrintSlips,
    /// The slips page's title.
    SlipsTitle,
    /// On a slip: the code's label.
    SlipCode,
    /// On a slip: how to join with it.
    SlipHow,
    /// No members yet: no slips.
    NoMembersForSlips,
    /// Kits and results: JoinGroup.
    JoinGroup,
    /// Kits and results: SurveyDue.
    SurveyDue,
    /// Kits and results: WriteAboutThis.
    WriteAboutThis,
    /// Kits and results: ShareWithCounsellor.
    ShareWithCounsellor,
    /// Kits and results: ShareIntro.
    ShareIntro,
    /// Kits and results: ShareSurveys.
    ShareSurveys,
    /// Kits and results: ShareEntries.
    ShareEntries,
    /// Kits and results: ShareGoals.
    ShareGoals,
    /// Kits and results: PreviewShare.
    PreviewShare,
    /// Kits and results: ShareExactly.
    ShareExactly,
    /// Kits and results: ShareEncryptedNote.
    ShareEncryptedNote,
    /// Kits and results: SaveShare.
    SaveShare,
    /// Kits and results: ImprovedShare.
    ImprovedShare {
        improved: usize,
        paired: usize,
        percent: u32,
        /// The rise in total that counts (the instrument's threshold).
        by: u32,
    },
    /// Report: the change is paired (#18).
    PairedNote,
    /// Report, a group's own survey: improved by one scale step on the statements' mean.
    ImprovedShareStep {
        improved: usize,
        paired: usize,
        percent: u32,
    },
    /// Report: the row of a survey's knowledge questions, as percent right.
    KnowledgeRow,
    /// Kit page: the other templates' surveys, folded.
    OtherTemplateSurveys,
    /// An exit ticket's name: "Exit ticket · session 3" (#18).
    ExitTicketTitle(usize),
    /// Exit ticket: the 0–10 question.
    ExitHelpful,
    /// The share preview's line for an exit ticket.
    ShareLineExit {
        /// The ticket's name.
        title: String,
        /// The date in words.
        date: String,
        /// How helpful, 0–10.
        helpful: u8,
    },
    /// Kit page: the exit tickets switch.
    KitExitTickets,
    /// Kit page: what an exit ticket asks.
    KitExitNote,
    /// Planner: the exit ticket's statements.
    SessionExitLabel,
    /// Planner: how the statements are typed, and the built-in one.
    SessionExitHint(String),
    /// Report: the exit tickets' section.
    ExitTitle,
    /// Report: the exit tickets' table.
    ExitCaption,
    /// Report: the "how helpful" column.
    ExitHelpfulColumn,
    /// Report: a statement's column.
    ExitStatementColumn(usize),
    /// Report: no exit ticket yet.
    ExitNone,
    /// Paper grid: how a question's cell is typed.
    PaperQuestionsHint,
    /// CSV: the ISO date column.
    CsvDateIso,
    /// CSV: a statement's number.
    CsvStatementNumber,
    /// CSV: the answer as given.
    CsvAnswer,
    /// CSV: the answer's score (reversed statements flipped).
    CsvScore,
    /// CSV: where a result came from.
    CsvFrom,
    /// CSV: typed from a paper form.
    CsvFromPaper,
    /// CSV: from a member's share-back file.
    CsvFromShare,
    /// CSV: how many members a figure is over.
    CsvN,
    /// CSV: the paired change.
    CsvPairedChange,
    /// CSV: members improved.
    CsvImproved,
    /// CSV: the rise that counts as improved.
    CsvThreshold,
    /// The export card's title.
    ExportTitle,
    /// What the export files are and how they open.
    ExportNote,
    /// Button: attendance as CSV.
    ExportAttendance,
    /// Button: every result as CSV.
    ExportResults,
    /// Button: the report's tables as CSV.
    ExportReport,
    /// Report: members with a pre result only, in no change (their codes).
    OnlyPre(Vec<String>),
    /// Report: members with a post result only.
    OnlyPost(Vec<String>),
    /// How many results a mean is taken over: "(n = 5)".
    SampleSize(usize),
    /// Kits and results: ScaleTotal.
    ScaleTotal(u32),
    /// Kits and results: ReportMembers.
    ReportMembers(usize),
    /// Kits and results: ReportSessionsHeld.
    ReportSessionsHeld(usize, usize),
    /// Kits and results: ShareReceived.
    ShareReceived {
        code: String,
        results: usize,
        notes: usize,
    },
    /// Kits and results: ShareCounts.
    ShareCounts {
        surveys: usize,
        entries: usize,
        goals: usize,
    },
    /// The share sheet took the file.
    ShareSent,
    /// The preview's heading: what the counsellor will see.
    SharePreviewTitle,
    /// A survey result in the preview: its title, date, score and the most it can be.
    ShareLineSurvey {
        /// The survey's title.
        title: String,
        /// The date in words.
        date: String,
        /// The score.
        score: u32,
        /// The highest score.
        max: u32,
    },
    /// An entry in the preview: its date and first line.
    ShareLineEntry {
        /// The date in words.
        date: String,
        /// The first line (cut short).
        first: String,
    },
    /// A check-in in the preview: its date and mood.
    ShareLineCheckIn {
        /// The date in words.
        date: String,
        /// The mood's name.
        mood: String,
    },
    /// A goal in the preview: its title and how many weekly ratings.
    ShareLineGoal {
        /// The goal.
        title: String,
        /// Weekly ratings it holds.
        ratings: usize,
    },
    /// Nothing was ticked.
    ShareNothing,
    /// The folded exact content of the file.
    ShareFileContent,
    /// Button: send it.
    SendToCounsellor,
    /// The list of what was sent: its heading.
    SentTitle,
    /// One sent share: its date, what it held, and how it left.
    SentLine {
        /// The date in words.
        date: String,
        /// What it held ([`KitsMsg::ShareCounts`]).
        counts: String,
        /// Through the share sheet (else saved as a file).
        sheet: bool,
    },
}

impl KitsMsg {
    /// The message in the given language.
    pub fn text(&self, l: Locale) -> String {
        match self {
            Self::PromptLabel => pick(l, "Prompt", "پرسش"),
            Self::KitIntro => pick(
                l,
                "A kit gives each member the group's name, dates, each session's journal prompt and between-sessions task, and the surveys to take and when. What members choose to send back is locked so that only this device of yours opens it. The kit holds no names, no member's code and nothing private.",
                "بسته به هر عضو نام گروه، تاریخ‌ها، موضوع نوشتن و تکلیف بین جلسه‌های هر جلسه، و پرسش‌نامه‌ها و زمانشان را می‌دهد. آنچه اعضا خودشان برایتان می‌فرستند طوری قفل می‌شود که فقط همین دستگاه شما بازش کند. در بسته هیچ نامی، کد هیچ عضوی و هیچ دادهٔ خصوصی‌ای نیست.",
            ),
            Self::KitSurveys => pick(l, "Surveys and when", "پرسش‌نامه‌ها و زمانشان"),
            Self::KitSurveysNote => pick(
                l,
                "Pre: at the first session; mid: at the middle session; post: at the last session.",
                "پیش: جلسهٔ اول؛ میانه: جلسهٔ میانی؛ پس: جلسهٔ آخر.",
            ),
            Self::KitIncludeCodes => pick(
                l,
                "Each member types the code you give them when they join; no one sees another member's code. Print a slip for each member.",
                "هر عضو هنگام پیوستن کدی را که به او می‌دهید می‌نویسد؛ هیچ‌کس کد عضو دیگری را نمی‌بیند. برای هر عضو یک برگه چاپ کنید.",
            ),
            Self::PrintSlips => pick(l, "Print code slips", "چاپ برگه‌های کد"),
            Self::SlipsTitle => pick(l, "Code slips", "برگه‌های کد"),
            Self::SlipCode => pick(l, "Your code", "کد تو"),
            Self::SlipHow => pick(
                l,
                "Open the link or scan the QR code your counsellor gave you, and type this code when you join. It stands for you in the group instead of your name.",
                "پیوند یا کد QR را که مشاورت داده باز کن و هنگام پیوستن این کد را بنویس. این کد در گروه به جای نامت می‌نشیند.",
            ),
            Self::NoMembersForSlips => pick(
                l,
                "Add the group's members first: each slip carries one member's code.",
                "اول اعضای گروه را اضافه کنید: هر برگه کد یک عضو را دارد.",
            ),
            Self::KitPromptsNote => pick(
                l,
                "Each session's prompt and task come from its planner page (\"For members\").",
                "پرسش و تکلیف هر جلسه از صفحهٔ برنامه‌ریزی همان جلسه («برای اعضا») می‌آید.",
            ),
            Self::KitLinkTitle => pick(l, "Link, QR code and file", "پیوند، کد QR و فایل"),
            Self::KitLinkLabel => pick(
                l,
                "Link (the kit is inside the link itself and is never sent to any server)",
                "پیوند (بسته درون خود پیوند است و هرگز به هیچ سروری فرستاده نمی‌شود)",
            ),
            Self::CopyLink => pick(l, "Copy link", "کپی پیوند"),
            Self::SaveKitFile => pick(l, "Save kit file", "ذخیرهٔ فایل بسته"),
            Self::KitQrLabel => pick(l, "QR code of the kit link", "کد QR پیوند بسته"),
            Self::KitTooBigForQr => pick(
                l,
                "This kit is too big for a QR code. Share the link or the kit file instead.",
                "این بسته برای کد QR بزرگ است. به جای آن پیوند یا فایل بسته را بدهید.",
            ),
            Self::LinkCopied => pick(l, "Link copied.", "پیوند کپی شد."),
            Self::ShareImportTitle => pick(
                l,
                "Bring in members' share-back files",
                "وارد کردن فایل‌های بازگشتی اعضا",
            ),
            Self::ShareImportNote => pick(
                l,
                "Choose one or many files members saved for you. Each is decrypted on this device with your key.",
                "یک یا چند فایلی را که اعضا برای شما ذخیره کرده‌اند انتخاب کنید. هرکدام روی همین دستگاه با کلید شما باز می‌شود.",
            ),
            Self::ShareFiles => pick(
                l,
                "Share-back files (.age)",
                "فایل‌های بازگشتی (\u{2066}.age\u{2069})",
            ),
            Self::PaperTitle => pick(l, "Type a paper form", "وارد کردن فرم کاغذی"),
            Self::PaperGridHint { min, max } => match l {
                En => format!(
                    "One row for each member. Type one digit for each statement ({} to {}); the cursor moves on by itself, and the arrow keys move between cells. Rows left empty are not saved.",
                    number(min, l),
                    number(max, l)
                ),
                Fa => format!(
                    "برای هر عضو یک ردیف. برای هر عبارت یک رقم بنویسید ({} تا {})؛ مکان‌نما خودش به خانهٔ بعد می‌رود و با کلیدهای جهت‌نما می‌شود بین خانه‌ها جابه‌جا شد. ردیف‌های خالی ذخیره نمی‌شوند.",
                    number(min, l),
                    number(max, l)
                ),
            },
            Self::PaperCell { code, item } => match l {
                En => format!("{code}, statement {}", number(item, l)),
                Fa => format!("{code}، عبارت {}", number(item, l)),
            },
            Self::PaperRowCount { done, count } => match l {
                En => format!("{} of {}", number(done, l), number(count, l)),
                Fa => format!("{} از {}", number(done, l), number(count, l)),
            },
            Self::PaperGridCaption => {
                pick(l, "Answers from the paper forms", "پاسخ‌های فرم‌های کاغذی")
            }
            Self::PaperSurvey => pick(l, "Survey", "پرسش‌نامه"),
            Self::PaperNothing => pick(
                l,
                "Type at least one member's answers first.",
                "اول پاسخ‌های دست‌کم یک عضو را بنویسید.",
            ),
            Self::PaperSaved(n) => match l {
                En => format!("{}.", count(*n, "paper form saved", "paper forms saved")),
                Fa => format!("{} فرم کاغذی ذخیره شد.", number(n, l)),
            },
            Self::PaperIncomplete(codes) => match l {
                En => format!(
                    "Not saved yet, a statement has no answer: {}. Finish the row, or empty it.",
                    codes.join(", ")
                ),
                Fa => format!(
                    "هنوز ذخیره نشد، عبارتی بی‌پاسخ مانده: {}. ردیف را کامل کنید یا خالی‌اش کنید.",
                    codes.join("، ")
                ),
            },
            Self::PaperNoMembers => pick(
                l,
                "Add the group's members first: each member gets a row.",
                "اول اعضای گروه را اضافه کنید: هر عضو یک ردیف دارد.",
            ),
            Self::SavePaper => pick(l, "Save forms", "ذخیرهٔ فرم‌ها"),
            Self::NoPairs => pick(
                l,
                "No member has both a pre and a post result yet.",
                "هنوز هیچ عضوی هم نتیجهٔ پیش و هم نتیجهٔ پس ندارد.",
            ),
            Self::ScaleCaption => pick(
                l,
                "Whole scale: mean total score",
                "کل مقیاس: میانگین امتیاز کل",
            ),
            Self::ScaleColumn => pick(l, "Scale", "مقیاس"),
            Self::ChangeColumn => pick(l, "Change", "تغییر"),
            Self::PerMemberCaption => pick(
                l,
                "Each member: total score before and after",
                "هر عضو: امتیاز کل پیش و پس از گروه",
            ),
            Self::Declined => pick(l, "lower", "کاهش"),
            Self::PaperDigitOutside { min, max } => match l {
                En => format!(
                    "Each answer is one digit from {} to {}.",
                    number(min, l),
                    number(max, l)
                ),
                Fa => format!(
                    "هر پاسخ یک رقم از {} تا {} است.",
                    number(min, l),
                    number(max, l)
                ),
            },
            Self::MemberCalendar => pick(
                l,
                "Add the sessions to my calendar",
                "جلسه‌ها را به تقویمم اضافه کن",
            ),
            Self::ItemsCaption => pick(
                l,
                "Per item: mean score (reverse-scored items flipped, so higher is better)",
                "هر گویه: میانگین امتیاز (گویه‌های معکوس برگردانده شده‌اند، پس بیشتر یعنی بهتر)",
            ),
            Self::ResultsPerMember => pick(
                l,
                "Results received, per member code",
                "نتایج دریافت‌شده، به تفکیک کد عضو",
            ),
            Self::ReportSummary => pick(l, "Summary", "خلاصه"),
            Self::ReportAttendance => pick(l, "Attendance rate", "نرخ حضور"),
            Self::ReportPerceptionNote => pick(
                l,
                "The survey results below: pre and post means, the change, and the share of members who improved.",
                "نتایج پرسش‌نامه در ادامه: میانگین پیش و پس، تغییر، و سهم اعضایی که بهبود داشتند.",
            ),
            Self::SharedNotesTitle => pick(
                l,
                "What members chose to share",
                "آنچه اعضا خواستند به اشتراک بگذارند",
            ),
            Self::ReportAchievement => pick(
                l,
                "Achievement notes (attendance, behaviour, grades where relevant)",
                "یادداشت پیشرفت (حضور، رفتار، نمره‌ها در صورت ارتباط)",
            ),
            Self::ReportContributing => pick(
                l,
                "Contributing factors and limits",
                "عوامل مؤثر و محدودیت‌ها",
            ),
            Self::ReportImplications => pick(
                l,
                "Implications for the next group or the school",
                "پیامدها برای گروه بعدی یا مدرسه",
            ),
            Self::ShareOtherCounsellor => pick(
                l,
                "This file was made for another counsellor: it does not open with your key. Nothing was changed.",
                "این فایل برای مشاور دیگری ساخته شده و با کلید شما باز نمی‌شود. چیزی تغییر نکرد.",
            ),
            Self::ShareDamaged => pick(
                l,
                "This file is damaged or was changed after it was saved. Nothing was changed.",
                "این فایل آسیب دیده یا پس از ذخیره تغییر کرده است. چیزی تغییر نکرد.",
            ),
            Self::ShareNotAShare => pick(
                l,
                "This is not a share-back file. Nothing was changed.",
                "این فایل بازگشتی اعضا نیست. چیزی تغییر نکرد.",
            ),
            Self::ShareNewer => pick(
                l,
                "This file was made by a newer version of Hamdel. Nothing was changed.",
                "این فایل را نسخهٔ تازه‌تری از همدل ساخته است. چیزی تغییر نکرد.",
            ),
            Self::ShareOtherGroup => pick(
                l,
                "This file belongs to another group. Nothing was changed.",
                "این فایل مال گروه دیگری است. چیزی تغییر نکرد.",
            ),
            Self::ShareDuplicate => pick(
                l,
                "This file was already brought in. Nothing was changed.",
                "این فایل قبلاً وارد شده است. چیزی تغییر نکرد.",
            ),
            Self::ShareBadResults(p) => match l {
                En => format!(
                    "This file was not brought in: it holds {}. Nothing was changed. Ask the member to make a new share-back with this version of Hamdel.",
                    match p {
                        ResultProblem::UnknownSurvey => "a survey this app does not know",
                        ResultProblem::WrongCount => "a survey with answers missing or extra",
                        ResultProblem::OutOfRange =>
                            "an answer that is not one of the survey's options",
                        ResultProblem::OtherGroup => "a result made for another group",
                        ResultProblem::UnplannedMoment =>
                            "a result for a moment this group did not plan",
                        ResultProblem::BadDate => "a date outside the years 1900–2200",
                    }
                ),
                Fa => format!(
                    "این فایل وارد نشد: {}. چیزی تغییر نکرد. از عضو بخواهید با همین نسخهٔ همدل فایل تازه‌ای بسازد.",
                    match p {
                        ResultProblem::UnknownSurvey =>
                            "پرسش‌نامه‌ای در آن است که این برنامه نمی‌شناسد",
                        ResultProblem::WrongCount => "پاسخ‌های یک پرسش‌نامه کم یا زیاد است",
                        ResultProblem::OutOfRange =>
                            "پاسخی در آن است که جزو گزینه‌های پرسش‌نامه نیست",
                        ResultProblem::OtherGroup => "نتیجه‌ای در آن برای گروه دیگری است",
                        ResultProblem::UnplannedMoment =>
                            "نتیجه‌ای در آن برای زمانی است که این گروه برنامه‌ریزی نکرده",
                        ResultProblem::BadDate =>
                            "تاریخی بیرون از سال‌های ۱۲۷۸ تا ۱۵۷۹ خورشیدی در آن است",
                    }
                ),
            },
            Self::ShareNotStored => pick(
                l,
                "The file was read, but its results could not be stored (see the message about storage). They are kept in this tab: choose Try again once there is space.",
                "فایل خوانده شد، اما نتیجه‌هایش ذخیره نشد (پیام مربوط به فضای ذخیره را ببینید). در همین زبانه نگه داشته شده‌اند: وقتی جا باز شد «دوباره» را بزنید.",
            ),
            Self::CounsellorKeysUnreadable => pick(
                l,
                "Your counsellor key record on this device is damaged, so share-backs cannot be opened and no kit can be made. Restore a backup made before (Backup and lock), which holds your keys; nothing else was changed.",
                "پروندهٔ کلید مشاور در این دستگاه آسیب دیده است؛ پس نه فایل اعضا باز می‌شود و نه بستهٔ تازه‌ای ساخته می‌شود. پشتیبانی را که پیش‌تر ساخته‌اید بازگردانید (پشتیبان و قفل)؛ کلیدهایتان در آن است. چیز دیگری تغییر نکرد.",
            ),
            Self::JoinedGroup => pick(
                l,
                "You joined the group. Its prompts and surveys appear on your journal.",
                "به گروه پیوستید. پرسش‌ها و پرسش‌نامه‌هایش در دفترچه‌تان نمایش داده می‌شود.",
            ),
            Self::ShareSaved => pick(
                l,
                "Saved, encrypted for your counsellor. Give them the file.",
                "ذخیره شد، رمزگذاری‌شده برای مشاورت. فایل را به او بده.",
            ),
            Self::KitNotAKit => pick(
                l,
                "This is not a Hamdel group kit. Nothing was added.",
                "این بستهٔ گروه همدل نیست. چیزی افزوده نشد.",
            ),
            Self::KitNewer => pick(
                l,
                "This kit was made by a newer version of Hamdel. Nothing was added.",
                "این بسته را نسخهٔ تازه‌تری از همدل ساخته است. چیزی افزوده نشد.",
            ),
            Self::KitTooLarge => pick(
                l,
                "This kit is too large. Nothing was added.",
                "این بسته بیش از اندازه بزرگ است. چیزی افزوده نشد.",
            ),
            Self::KitInvalid => pick(
                l,
                "This kit is damaged (a part is missing). Nothing was added.",
                "این بسته آسیب دیده است (بخشی از آن نیست). چیزی افزوده نشد.",
            ),
            Self::JoinTitle => pick(l, "Join a group", "پیوستن به گروه"),
            Self::KitFile => pick(l, "Kit file from your counsellor", "فایل بسته از مشاورت"),
            Self::TaskLabel => pick(l, "Task", "تکلیف"),
            Self::KitPreviewIntro => pick(
                l,
                "This is what the kit holds. Nothing is added until you choose Join.",
                "این محتوای بسته است. تا «پیوستن» را نزنید چیزی افزوده نمی‌شود.",
            ),
            Self::KitAlreadyJoined => pick(
                l,
                "You already joined this group: joining again updates its dates and prompts.",
                "قبلاً به این گروه پیوسته‌اید: پیوستن دوباره تاریخ‌ها و پرسش‌هایش را به‌روز می‌کند.",
            ),
            Self::KitSessions => pick(l, "Sessions", "جلسه‌ها"),
            Self::KitShareNote => pick(
                l,
                "Your journal stays on your device. You decide what, if anything, to share with the counsellor, and you see it before it is saved.",
                "دفترچه‌ات روی دستگاه خودت می‌ماند. خودت تصمیم می‌گیری چه چیزی را، اگر اصلاً چیزی، با مشاور به اشتراک بگذاری و پیش از ذخیره آن را می‌بینی.",
            ),
            Self::YourCode => pick(l, "The code on your slip", "کدی که مشاورت به تو داده"),
            Self::ChooseCode => pick(
                l,
                "Type the code your counsellor gave you.",
                "کدی را که مشاورت به تو داده بنویس.",
            ),
            Self::YourCodeHint => pick(
                l,
                "It stands for you in the group instead of your name: what you choose to send carries this code.",
                "این کد در گروه به جای نامت می‌نشیند: هر چه خودت بفرستی با همین کد می‌رسد.",
            ),
            Self::JoinGroup => pick(l, "Join", "پیوستن"),
            Self::SurveyDue => pick(l, "Survey to take", "پرسش‌نامهٔ پیش رو"),
            Self::WriteAboutThis => pick(l, "Write about this", "دربارهٔ این بنویس"),
            Self::ShareWithCounsellor => pick(l, "Share with my counsellor", "اشتراک با مشاورم"),
            Self::ShareIntro => pick(
                l,
                "Pick exactly what to share. Survey results this group asked for are ticked; nothing else is, unless you tick it.",
                "دقیقاً همان چیزی را که می‌خواهی به اشتراک بگذاری انتخاب کن. نتیجهٔ پرسش‌نامه‌هایی که این گروه خواسته علامت خورده‌اند؛ بقیه فقط اگر خودت علامت بزنی.",
            ),
            Self::ShareSurveys => pick(l, "Survey results", "نتایج پرسش‌نامه"),
            Self::ShareEntries => pick(l, "Journal entries", "یادداشت‌های دفترچه"),
            Self::ShareGoals => pick(l, "Goals", "هدف‌ها"),
            Self::PreviewShare => pick(
                l,
                "Show exactly what goes into the file",
                "نشان بده دقیقاً چه چیزی در فایل ذخیره می‌شود",
            ),
            Self::ShareExactly => pick(
                l,
                "Exactly this will be in the file",
                "دقیقاً همین در فایل خواهد بود",
            ),
            Self::ShareEncryptedNote => pick(
                l,
                "The file is encrypted so that only your counsellor's key opens it.",
                "فایل طوری رمزگذاری می‌شود که فقط کلید مشاورت آن را باز کند.",
            ),
            Self::SaveShare => pick(l, "Save encrypted file", "ذخیرهٔ فایل رمزگذاری‌شده"),
            Self::ImprovedShare {
                improved,
                paired,
                percent,
                by,
            } => match l {
                En => format!(
                    "Improved by {} or more: {} of {} with both results ({} %)",
                    count(*by as usize, "point", "points"),
                    number(improved, l),
                    count(*paired, "member", "members"),
                    number(percent, l)
                ),
                Fa => format!(
                    "بهبود دست‌کم {} امتیاز: {} از {} عضوی که هر دو نتیجه را دارند ({}٪)",
                    number(by, l),
                    number(improved, l),
                    number(paired, l),
                    number(percent, l)
                ),
            },
            Self::ImprovedShareStep {
                improved,
                paired,
                percent,
            } => match l {
                En => format!(
                    "Improved by at least one step of the scale on the statements' mean: {} of {} with both results ({})",
                    number(improved, l),
                    count(*paired, "member", "members"),
                    crate::digits::percent(percent, l)
                ),
                Fa => format!(
                    "بهبود دست‌کم یک درجهٔ مقیاس در میانگین عبارت‌ها: {} از {} عضوی که هر دو نتیجه را دارند ({})",
                    number(improved, l),
                    number(paired, l),
                    crate::digits::percent(percent, l)
                ),
            },
            Self::KnowledgeRow => pick(l, "Questions answered right", "پاسخ درست به سؤال‌ها"),
            Self::ExitTicketTitle(n) => match l {
                En => format!("Exit ticket · session {}", number(n, l)),
                Fa => format!("برگهٔ پایان جلسه · جلسهٔ {}", number(n, l)),
            },
            Self::ExitHelpful => pick(
                l,
                "How helpful was today's session for you? (0 = not at all, 10 = very)",
                "جلسهٔ امروز چقدر برایت مفید بود؟ (۰ = اصلاً، ۱۰ = خیلی زیاد)",
            ),
            Self::ShareLineExit {
                title,
                date,
                helpful,
            } => match l {
                En => format!("{title} · {date}: helpful {helpful} of 10"),
                Fa => format!("{title} · {date}: مفید بودن {} از ۱۰", number(helpful, l)),
            },
            Self::KitExitTickets => pick(
                l,
                "An exit ticket after each session",
                "برگهٔ پایان جلسه بعد از هر جلسه",
            ),
            Self::KitExitNote => pick(
                l,
                "A minute's answer on the member's phone: how helpful the session was (0–10) and the session's quick statements (Session → For members).",
                "پاسخی یک‌دقیقه‌ای روی گوشی عضو: جلسه چقدر مفید بود (۰ تا ۱۰) و جمله‌های کوتاه همان جلسه (جلسه ← برای اعضا).",
            ),
            Self::SessionExitLabel => pick(
                l,
                "Exit ticket statements (one a line, up to 3)",
                "جمله‌های برگهٔ پایان جلسه (هر خط یکی، حداکثر ۳)",
            ),
            Self::SessionExitHint(builtin) => match l {
                En => format!("Members agree or disagree with each. Left empty: “{builtin}”"),
                Fa => {
                    format!("اعضا با هر جمله موافقت یا مخالفت می‌کنند. اگر خالی بماند: «{builtin}»")
                }
            },
            Self::ExitTitle => pick(
                l,
                "Exit tickets, session by session",
                "برگه‌های پایان جلسه، جلسه به جلسه",
            ),
            Self::ExitCaption => pick(
                l,
                "Each member's latest ticket per session: how helpful (0–10) and each statement (1–4), as means",
                "آخرین برگهٔ هر عضو در هر جلسه: میانگین مفید بودن (۰ تا ۱۰) و هر جمله (۱ تا ۴)",
            ),
            Self::ExitHelpfulColumn => pick(l, "How helpful (0–10)", "مفید بودن (۰ تا ۱۰)"),
            Self::ExitStatementColumn(n) => match l {
                En => format!("Statement {}", number(n, l)),
                Fa => format!("جملهٔ {}", number(n, l)),
            },
            Self::ExitNone => pick(
                l,
                "No exit ticket has come in yet. They arrive in members' share-backs.",
                "هنوز برگهٔ پایان جلسه‌ای نرسیده است. این برگه‌ها با فایل بازگشتی اعضا می‌رسند.",
            ),
            Self::OtherTemplateSurveys => pick(
                l,
                "Surveys written for the other templates",
                "پرسش‌نامه‌های نوشته‌شده برای الگوهای دیگر",
            ),
            Self::PaperQuestionsHint => pick(
                l,
                "For a question, type the number of the choice the member ticked.",
                "برای هر سؤال، شمارهٔ گزینه‌ای را بنویسید که عضو علامت زده است.",
            ),
            Self::CsvDateIso => pick(l, "Date (ISO)", "تاریخ (ISO)"),
            Self::CsvStatementNumber => pick(l, "Statement no.", "شمارهٔ عبارت"),
            Self::CsvAnswer => pick(l, "Answer", "پاسخ"),
            Self::CsvScore => pick(l, "Score", "امتیاز"),
            Self::CsvFrom => pick(l, "From", "منبع"),
            Self::CsvFromPaper => pick(l, "paper form", "فرم کاغذی"),
            Self::CsvFromShare => pick(l, "member's file", "فایل عضو"),
            Self::CsvN => pick(l, "n", "تعداد"),
            Self::CsvPairedChange => pick(l, "Paired change", "تغییر جفت‌شده"),
            Self::CsvImproved => pick(l, "Improved", "بهبود"),
            Self::CsvThreshold => pick(l, "Counts from (points)", "حد بهبود (امتیاز)"),
            Self::ExportTitle => pick(l, "Files for a spreadsheet", "فایل برای برنامهٔ صفحه‌گسترده"),
            Self::ExportNote => pick(
                l,
                "CSV files that Excel, LibreOffice or Google Sheets open with Persian text intact; members appear by code only. They are not encrypted: keep them where the school keeps its records.",
                "فایل‌های CSV که برنامه‌های صفحه‌گسترده مثل اکسل با متن فارسی درست باز می‌کنند؛ اعضا فقط با کدشان می‌آیند. این فایل‌ها رمزگذاری نشده‌اند: آن‌ها را جایی نگه دارید که مدرسه پرونده‌هایش را نگه می‌دارد.",
            ),
            Self::ExportAttendance => pick(l, "Attendance (CSV)", "حضور و غیاب (CSV)"),
            Self::ExportResults => pick(l, "Every result (CSV)", "همهٔ نتیجه‌ها (CSV)"),
            Self::ExportReport => pick(l, "Report tables (CSV)", "جدول‌های گزارش (CSV)"),
            Self::PairedNote => pick(
                l,
                "The change is each member's own: after minus before, over the members with both results.",
                "تغییر برای هر عضو جداگانه حساب می‌شود: پس منهای پیشِ همان عضو، میان اعضایی که هر دو نتیجه را دارند.",
            ),
            Self::OnlyPre(codes) => match l {
                En => format!("Before only, in no change: {}", codes.join(", ")),
                Fa => format!("فقط پیش از گروه، بیرون از تغییر: {}", codes.join("، ")),
            },
            Self::OnlyPost(codes) => match l {
                En => format!("After only, in no change: {}", codes.join(", ")),
                Fa => format!("فقط پس از گروه، بیرون از تغییر: {}", codes.join("، ")),
            },
            Self::SampleSize(n) => match l {
                En => format!("(n = {})", number(n, l)),
                Fa => format!("(تعداد: {})", number(n, l)),
            },
            Self::ScaleTotal(max) => match l {
                En => format!("Total (0–{})", number(max, l)),
                Fa => format!("امتیاز کل (۰ تا {})", number(max, l)),
            },
            Self::ReportMembers(n) => match l {
                En => format!("Members: {}", number(n, l)),
                Fa => format!("اعضا: {}", number(n, l)),
            },
            Self::ReportSessionsHeld(held, all) => match l {
                En => format!("Sessions held: {} of {}", number(held, l), number(all, l)),
                Fa => format!(
                    "جلسه‌های برگزارشده: {} از {}",
                    number(held, l),
                    number(all, l)
                ),
            },
            Self::ShareReceived {
                code,
                results,
                notes,
            } => match l {
                En => format!(
                    "From {code}: {}, {}.",
                    count(*results, "survey result", "survey results"),
                    count(*notes, "shared note", "shared notes")
                ),
                Fa => format!(
                    "از {code}: {} نتیجهٔ پرسش‌نامه، {} یادداشت به‌اشتراک‌گذاشته.",
                    number(results, l),
                    number(notes, l)
                ),
            },
            Self::ShareSent => pick(
                l,
                "Sent. Only your counsellor can open the file.",
                "فرستاده شد. فقط مشاورت می‌تواند فایل را باز کند.",
            ),
            Self::SharePreviewTitle => {
                pick(l, "What your counsellor will see", "آنچه مشاورت می‌بیند")
            }
            Self::ShareLineSurvey {
                title,
                date,
                score,
                max,
            } => match l {
                En => format!("{title} · {date}: {score} of {max}"),
                Fa => format!(
                    "{title} · {date}: {} از {}",
                    number(score, l),
                    number(max, l)
                ),
            },
            Self::ShareLineEntry { date, first } => match l {
                En => format!("Entry of {date}: {first}"),
                Fa => format!("یادداشت {date}: {first}"),
            },
            Self::ShareLineCheckIn { date, mood } => match l {
                En => format!("Check-in of {date}: {mood}"),
                Fa => format!("ثبت حال {date}: {mood}"),
            },
            Self::ShareLineGoal { title, ratings } => match l {
                En => format!(
                    "Goal: {title} ({})",
                    count(*ratings, "weekly rating", "weekly ratings")
                ),
                Fa => format!("هدف: {title} ({} امتیاز هفتگی)", number(ratings, l)),
            },
            Self::ShareNothing => pick(
                l,
                "Nothing is ticked yet: tick what you want to share.",
                "هنوز چیزی علامت نخورده: هر چه می‌خواهی بفرستی علامت بزن.",
            ),
            Self::ShareFileContent => pick(l, "The exact content of the file", "متن دقیق فایل"),
            Self::SendToCounsellor => pick(l, "Send to my counsellor", "فرستادن برای مشاورم"),
            Self::SentTitle => pick(l, "What you have shared", "آنچه تا حالا فرستاده‌ای"),
            Self::SentLine {
                date,
                counts,
                sheet,
            } => match l {
                En => format!(
                    "{date}: {counts} {}",
                    if *sheet {
                        "Sent from this phone."
                    } else {
                        "Saved as a file."
                    }
                ),
                Fa => format!(
                    "{date}: {counts} {}",
                    if *sheet {
                        "از همین گوشی فرستاده شد."
                    } else {
                        "به‌صورت فایل ذخیره شد."
                    }
                ),
            },
            Self::ShareCounts {
                surveys,
                entries,
                goals,
            } => match l {
                En => format!(
                    "{}, {}, {}.",
                    count(*surveys, "survey result", "survey results"),
                    count(*entries, "journal entry", "journal entries"),
                    count(*goals, "goal", "goals")
                ),
                Fa => format!(
                    "{} نتیجهٔ پرسش‌نامه، {} یادداشت دفترچه، {} هدف.",
                    number(surveys, l),
                    number(entries, l),
                    number(goals, l)
                ),
            },
        }
    }
}
