//! A session's plan, its blocks and the guide.
//!
//! Each arm holds the message in both languages: English first, then Persian.

use super::prelude::*;

/// A session's plan, its blocks and the guide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionsMsg {
    /// One line on what a stage needs.
    StageHint(Stage),
    /// Over the session length by N minutes.
    OverBy(u32),
    /// Print: the session handout.
    PrintSession,
    /// Block field: materials.
    BlockMaterialsLabel,
    /// Block field: processing questions.
    BlockQuestionsLabel,
    /// Button: add a block.
    AddBlock,
    /// An empty session: start from the standard agenda of this many minutes (#17).
    StandardSession(u16),
    /// Button: move a block up.
    MoveUp,
    /// Button: move a block down.
    MoveDown,
    /// A block was removed.
    BlockRemoved,
    /// No materials.
    NoMaterials,
    /// Private notes after the session.
    NotesLabel,
    /// Hint: notes stay private.
    NotesHint,
    /// Guide text, section by section.
    GuideSection(u8),
    /// Label: add a block from the library.
    AddFromLibrary,
    /// Minutes left in the session.
    MinutesLeft(u32),
    /// Button: add the chosen exercise.
    AddExercise,
    /// Kits and results: ForMembersTitle.
    ForMembersTitle,
    /// Kits and results: ForMembersHint.
    ForMembersHint,
    /// Kits and results: SessionPromptLabel.
    SessionPromptLabel,
    /// Kits and results: SessionTaskLabel.
    SessionTaskLabel,
    /// A block with no title yet.
    Untitled,
    /// Button in an open block: fill it from the library.
    FillFromLibrary,
    /// Switch: the whole library, not only what fits this session.
    LibraryShowAll,
    /// The library sheet found nothing.
    LibraryNothing,
    /// Button on a library result: put it in the chosen block.
    UseForBlock,
    /// The library sheet, on each result: its stages.
    LibraryResultStages(String),
}

impl SessionsMsg {
    /// The message in the given language.
    pub fn text(&self, l: Locale) -> String {
        match self {
            Self::StageHint(st) => match l {
                En => match st {
            Stage::Initial => {
                "Getting to know each other; ground rules, confidentiality and consent; building safety and trust."
            }
            Stage::Transition => {
                "Members test the group: expect hesitation and conflict, name it kindly, keep the rules alive."
            }
            Stage::Working => {
                "The group works on its goals: practice, feedback, and trying new ways between sessions."
            }
            Stage::Final => {
                "Look back, plan how to keep using what was learned, and say goodbye well."
            }
        }.to_owned(),
                Fa => match st {
            Stage::Initial => {
                "آشنایی با یکدیگر؛ قوانین گروه، رازداری و رضایت؛ ساختن امنیت و اعتماد."
            }
            Stage::Transition => {
                "اعضا گروه را می‌آزمایند: انتظار تردید و تعارض داشته باشید، آن را با مهربانی نام ببرید و قوانین را زنده نگه دارید."
            }
            Stage::Working => {
                "گروه روی هدف‌هایش کار می‌کند: تمرین، بازخورد و امتحان راه‌های تازه میان جلسه‌ها."
            }
            Stage::Final => "مرور مسیر، برنامه‌ریزی برای به‌کار بستن آموخته‌ها و خداحافظی خوب.",
        }.to_owned(),
            },
            Self::OverBy(n) => match l {
                En => format!(
                    "{} over the session length.",
                    count(*n as usize, "minute", "minutes")
                ),
                Fa => format!("{} دقیقه بیش از مدت جلسه.", number(n, l)),
            },
            Self::PrintSession => pick(l, "Session handout", "برگهٔ جلسه"),
            Self::BlockMaterialsLabel => pick(l, "Materials (one per line)", "وسایل (هر کدام در یک خط)"),
            Self::BlockQuestionsLabel => pick(l, "Processing questions (one per line)", "پرسش‌های پردازش (هر کدام در یک خط)"),
            Self::AddBlock => pick(l, "Add block", "افزودن بخش"),
            Self::StandardSession(m) => match l {
                En => format!(
                    "Start from a standard {}-minute session: opening, warm-up, main activity, processing, closing",
                    number(m, l)
                ),
                Fa => format!(
                    "شروع با جلسهٔ استاندارد {} دقیقه‌ای: آغاز، گرم‌کردن، فعالیت اصلی، پردازش، پایان",
                    number(m, l)
                ),
            },
            Self::MoveUp => pick(l, "Move up", "بالاتر"),
            Self::MoveDown => pick(l, "Move down", "پایین‌تر"),
            Self::BlockRemoved => pick(l, "Block removed.", "بخش برداشته شد."),
            Self::NoMaterials => pick(l, "No materials listed.", "وسیله‌ای فهرست نشده است."),
            Self::NotesLabel => pick(l, "Private notes after the session", "یادداشت‌های خصوصی پس از جلسه"),
            Self::NotesHint => pick(l, "Only you see these notes; they are never printed for members or shared.", "این یادداشت‌ها را فقط شما می‌بینید؛ هرگز برای اعضا چاپ یا با کسی هم‌رسانی نمی‌شوند."),
            Self::GuideSection(n) => match l {
                En => match n {
            0 => {
                "Stages. Groups move through an initial stage (safety, rules, trust), a transition stage (testing and hesitation), a working stage (practice and feedback) and a final stage (review, transfer, goodbye). Plan each session for the stage the group is in. The stages overlap, and a plan's stages are a forecast: watch where the group really is and let the plan follow it."
            }
            1 => {
                "A session's shape. Open with a short check-in, warm up, do one main activity, process it with questions (what happened, what did you notice, what will you do with it), and close with a between-sessions task and a journal prompt."
            }
            2 => {
                "Size and length. School groups work best with 4 to 8 members, meeting 6 to 10 times for one school period. Many secondary periods run 45 minutes and many 75 to 90: the session length follows the school's timetable. A group needs at least two members; above ten, consider two groups."
            }
            3 => {
                "Ground rules and confidentiality. Agree the rules with the members in the first session. Explain confidentiality and its limits plainly: safety comes first, and some things must be shared with others to keep someone safe."
            }
            4 => {
                "Purpose. Preventive groups build strengths before problems grow; educational groups teach skills; remedial groups work on a difficulty that is already there. Choose activities that serve the purpose and the focus."
            }
            _ => {
                "Transfer to everyday life. Every session ends with a small task to try before the next one; start the next session by asking how it went."
            }
        }.to_owned(),
                Fa => match n {
            0 => {
                "مرحله‌ها. گروه از مرحلهٔ آغازین (امنیت، قوانین، اعتماد)، مرحلهٔ گذار (آزمودن و تردید)، مرحلهٔ کار (تمرین و بازخورد) و مرحلهٔ پایانی (مرور، انتقال، خداحافظی) می‌گذرد. هر جلسه را برای مرحله‌ای که گروه در آن است برنامه‌ریزی کنید. مرحله‌ها در هم می‌روند و مرحله‌های یک برنامه پیش‌بینی‌اند: ببینید گروه واقعاً کجاست و برنامه را با آن هماهنگ کنید."
            }
            1 => {
                "شکل یک جلسه. با احوال‌پرسی کوتاه آغاز کنید، با یک فعالیت گرم‌کننده شروع کنید، یک فعالیت اصلی انجام دهید، با پرسش آن را پردازش کنید (چه شد، چه دیدی، با آنچه خواهی کرد) و با تکلیفی برای میان جلسه‌ها و پرسشی برای دفترچه پایان دهید."
            }
            2 => {
                "اندازه و مدت. گروه‌های مدرسه با ۴ تا ۸ عضو و ۶ تا ۱۰ جلسه به اندازهٔ یک زنگ بهتر کار می‌کنند. زنگ بسیاری از مدرسه‌های متوسطه ۴۵ دقیقه و بسیاری ۷۵ تا ۹۰ دقیقه است: مدت جلسه از برنامهٔ مدرسه پیروی می‌کند. گروه دست‌کم دو عضو لازم دارد؛ بیش از ده عضو، دو گروه را در نظر بگیرید."
            }
            3 => {
                "قوانین و رازداری. در جلسهٔ اول با اعضا دربارهٔ قوانین گروه به توافق برسید. رازداری و حدود آن را ساده توضیح دهید: ایمنی مقدم است و گاهی برای حفظ امنیت کسی باید چیزی را با دیگران در میان گذاشت."
            }
            4 => {
                "هدف. گروه‌های پیشگیرانه پیش از بزرگ شدن مشکل توانمندی می‌سازند؛ گروه‌های آموزشی مهارت می‌آموزند؛ گروه‌های اصلاحی روی دشواری موجود کار می‌کنند. فعالیت‌هایی برگزینید که به هدف و حوزهٔ گروه خدمت کنند."
            }
            _ => {
                "انتقال به زندگی روزمره. هر جلسه با تکلیفی کوچک برای امتحان کردن تا جلسهٔ بعد تمام می‌شود؛ جلسهٔ بعد را با پرسیدن اینکه چطور پیش رفت آغاز کنید."
            }
        }.to_owned(),
            },
            Self::AddFromLibrary => pick(l, "Add an exercise from the library", "افزودن تمرین از کتابخانه"),
            Self::MinutesLeft(n) => match l {
                En => format!("{} left", count(*n as usize, "minute", "minutes")),
                Fa => format!("{} دقیقه باقی مانده", number(n, l)),
            },
            Self::AddExercise => pick(l, "Add exercise", "افزودن تمرین"),
            Self::ForMembersTitle => pick(l, "For members (sent in the group's kit)", "برای اعضا (در بستهٔ گروه به دستشان می‌رسد)"),
            Self::ForMembersHint => pick(l, "What members see in their journal after this session. Keep it free of names.", "آنچه اعضا پس از این جلسه در دفترچه‌شان می‌بینند. نامی در آن ننویسید."),
            Self::SessionPromptLabel => pick(l, "Journal prompt", "پرسش دفترچه"),
            Self::SessionTaskLabel => pick(l, "Between-sessions task", "تکلیف بین دو جلسه"),
            Self::Untitled => pick(l, "(no title yet)", "(هنوز بی‌عنوان)"),
            Self::FillFromLibrary => pick(l, "Fill from the library", "پر کردن از کتابخانه"),
            Self::LibraryShowAll => pick(l, "Show every exercise, not only those that fit this session", "همهٔ تمرین‌ها، نه فقط آنچه به این جلسه می‌خورد"),
            Self::LibraryNothing => pick(l, "Nothing here fits. Try another word, or show every exercise.", "چیزی پیدا نشد. کلمهٔ دیگری را امتحان کنید یا همهٔ تمرین‌ها را ببینید."),
            Self::UseForBlock => pick(l, "Use for this block", "استفاده برای این بخش"),
            Self::LibraryResultStages(stages) => match l {
                En => format!("Stage: {stages}"),
                Fa => format!("مرحله: {stages}"),
            },
        }
    }
}
