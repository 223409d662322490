//! Saving to this device: standing banners, failed or conflicting writes, unreadable data.
//!
//! Each arm holds the message in both languages: English first, then Persian.

use super::prelude::*;

/// Saving to this device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageMsg {
    /// A group was deleted (its name).
    GroupDeleted(String),
    /// A journal entry was deleted.
    EntryDeleted,
    /// Changes not yet stored.
    Unsaved(usize),
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
    /// A deletion was not applied: the item had been changed in another tab (review M8).
    ConflictEditedElsewhere,
    /// The data file holds a locked space only as stored, still encrypted.
    ExportedLockedLeftSealed,
    /// The earlier data is back, checked.
    PutBackDone,
    /// A built-in default text.
    BuiltinText(Builtin),
    /// The plan was saved.
    PlanSaved,
    /// Some fields need fixing first.
    FixFieldsFirst,
    /// The plan was saved; this many fields had also been changed in another window.
    PlanSavedWithBoth(usize),
    /// Why a date was refused, in a sentence of its own (journal entry, imported record).
    DateRefused(hamdel_domain::dates::DateProblem),
    /// An action refused because a field shows an error: the field's label.
    FixFieldFirst(Box<Msg>),
    /// A custom exercise was deleted.
    ExerciseDeleted,
    /// A goal was deleted.
    GoalDeleted,
    /// Changes that could not be stored before a reload were taken up again; `still` of them
    /// are not stored yet.
    PendingKeptAcrossReload {
        /// How many were taken up.
        kept: usize,
        /// How many are still not stored.
        still: usize,
    },
}

impl StorageMsg {
    /// The message in the given language.
    pub fn text(&self, l: Locale) -> String {
        match self {
            Self::GroupDeleted(name) => match l {
                En => format!("Group “{name}” deleted."),
                Fa => format!("گروه «{name}» حذف شد."),
            },
            Self::EntryDeleted => pick(l, "Entry deleted.", "یادداشت حذف شد."),
            Self::Unsaved(n) => match l {
                En => format!("{} not saved yet.", count(*n, "change", "changes")),
                Fa => format!("{} تغییر هنوز ذخیره نشده است.", number(n, l)),
            },
            Self::CorruptSetAside(n) => match l {
                En => format!(
                "{} could not be read. {} set aside unchanged; you can save {} to a file.",
                count(*n, "stored item", "stored items"),
                if *n == 1 { "It was" } else { "They were" },
                if *n == 1 { "it" } else { "them" }
            ),
                Fa => format!(
                "{} مورد از داده‌های ذخیره‌شده خوانا نبود. بی هیچ تغییری کنار گذاشته شد و می‌توانید آن را در یک فایل ذخیره کنید.",
                number(n, l)
            ),
            },
            Self::CorruptLeftInPlace => pick(l, "Some stored data could not be read and there was no room to set it aside. It is left untouched and this part of the app is read-only.", "بخشی از داده‌های ذخیره‌شده خوانا نبود و جایی برای کنار گذاشتنش نبود. دست‌نخورده مانده و این بخش از برنامه فقط‌خواندنی است."),
            Self::SaveSetAside => pick(l, "Save the unreadable data to a file", "ذخیرهٔ دادهٔ ناخوانا در یک فایل"),
            Self::FutureVersion => pick(l, "Some data was saved by a newer version of Hamdel. It is shown read-only so nothing is overwritten. Open the newer version to change it.", "بخشی از داده‌ها با نسخهٔ تازه‌تری از همدل ذخیره شده است. برای اینکه چیزی رونویسی نشود، فقط‌خواندنی نمایش داده می‌شود. برای تغییرش نسخهٔ تازه‌تر را باز کنید."),
            Self::StorageUnavailable => pick(l, "This browser does not let Hamdel store anything (private mode or a setting). Nothing you enter will be kept after you close the tab.", "این مرورگر اجازهٔ ذخیره‌سازی به همدل نمی‌دهد (حالت خصوصی یا یک تنظیم). آنچه وارد می‌کنید پس از بستن زبانه نگه داشته نمی‌شود."),
            Self::ReadOnly => pick(l, "Not saved: this data is read-only here.", "ذخیره نشد: این داده‌ها اینجا فقط‌خواندنی است."),
            Self::ConflictKeptBoth(n) => match l {
                En => format!(
                "{} {} changed in another tab at the same time. Both versions were kept.",
                count(*n, "item", "items"),
                if *n == 1 { "was" } else { "were" }
            ),
                Fa => format!(
                "{} مورد هم‌زمان در زبانهٔ دیگری تغییر کرده بود. هر دو نسخه نگه داشته شد.",
                number(n, l)
            ),
            },
            Self::ConflictDeletedElsewhere => pick(l, "This item was deleted in another tab; your edit brought it back.", "این مورد در زبانهٔ دیگری حذف شده بود؛ ویرایش این زبانه آن را برگرداند."),
            Self::ConflictEditedElsewhere => pick(l, "This item was changed in another tab, so it was not deleted. Delete it again if you still want to.", "این مورد در زبانهٔ دیگری تغییر کرده بود، پس حذف نشد. اگر هنوز می‌خواهید، دوباره حذفش کنید."),
            Self::ExportedLockedLeftSealed => pick(l, "A locked space is in the file only as it is stored, still encrypted with your lock. Unlock it and save again to have it readable.", "فضای قفل‌شده فقط به همان شکلی که ذخیره شده، یعنی هنوز رمزشده با همان قفل، در فایل آمده است. برای اینکه خوانا باشد، قفلش را باز کنید و دوباره ذخیره کنید."),
            Self::PutBackDone => pick(l, "Your earlier data is back, checked item by item.", "داده‌های قبلی برگشت و یکی‌یکی وارسی شد."),
            Self::BuiltinText(b) => match l {
                En => match b {
            Builtin::FirstObjectives => {
                "Members get to know each other and the group's purpose, agree how the group will work, and feel safe enough to take part."
            }
            Builtin::Welcome => "Welcome and introductions",
            Builtin::GroundRules => "Agreeing our ground rules together",
            Builtin::Confidentiality => "Confidentiality and its limits",
            Builtin::Consent => "Consent: what taking part means, and that you may pass",
            Builtin::FirstTask => {
                "Notice one moment this week when you felt part of a group, and what made it so."
            }
            Builtin::FirstPrompt => {
                "What do I hope to get from this group, and what might make it hard for me?"
            }
            Builtin::FinalObjectives => {
                "Members review what they learned, plan how to keep using it, and say goodbye."
            }
            Builtin::Review => "Looking back on our sessions",
            Builtin::Transfer => "Taking it with me: my plan for everyday life",
            Builtin::Goodbye => "Saying goodbye",
            Builtin::FinalTask => "Follow your plan for the next month and check it once a week.",
            Builtin::FinalPrompt => {
                "What will I take with me from this group, and who can support me?"
            }
            Builtin::ExitLearned => "Today I learned something I can use.",
            Builtin::FollowUpObjectives => {
                "Some weeks after the group, members meet once more: how they have kept using what they learned, what has held and what has been hard, and who to turn to now."
            }
            Builtin::FollowUpReview => "Since we last met: what has held, what has been hard",
            Builtin::FollowUpPrompt => {
                "Since the group ended, what have I kept doing, and what would help me keep going?"
            }
        }.to_owned(),
                Fa => match b {
            Builtin::FirstObjectives => {
                "اعضا با یکدیگر و با هدف گروه آشنا می‌شوند، دربارهٔ شیوهٔ کار گروه توافق می‌کنند و آن‌قدر احساس امنیت می‌کنند که مشارکت کنند."
            }
            Builtin::Welcome => "خوشامدگویی و معرفی",
            Builtin::GroundRules => "توافق بر سر قوانین گروه با هم",
            Builtin::Confidentiality => "رازداری و حدود آن",
            Builtin::Consent => "رضایت: مشارکت یعنی چه، و اینکه می‌توانی نوبتت را رد کنی",
            Builtin::FirstTask => {
                "این هفته به لحظه‌ای دقت کن که احساس می‌کنی بخشی از یک گروه هستی، و ببین چه چیزی این حس را می‌سازد."
            }
            Builtin::FirstPrompt => {
                "دوست دارم از این گروه چه چیزی به دست بیاورم، و چه چیزی ممکن است کار را برایم سخت کند؟"
            }
            Builtin::FinalObjectives => {
                "اعضا آموخته‌هایشان را مرور می‌کنند، برای ادامهٔ به‌کار بستن آن‌ها برنامه می‌ریزند و خداحافظی می‌کنند."
            }
            Builtin::Review => "نگاهی به جلسه‌هایی که گذشت",
            Builtin::Transfer => "با خودم می‌برم: برنامه‌ام برای زندگی روزمره",
            Builtin::Goodbye => "خداحافظی",
            Builtin::FinalTask => "تا یک ماه به برنامه‌ات عمل کن و هر هفته یک بار آن را مرور کن.",
            Builtin::FinalPrompt => {
                "از این گروه چه چیزی با خودم می‌برم، و چه کسی می‌تواند پشتیبانم باشد؟"
            }
            Builtin::ExitLearned => "امروز چیزی یاد گرفتم که می‌توانم به کار ببرم.",
            Builtin::FollowUpObjectives => {
                "چند هفته بعد از پایان گروه، اعضا یک بار دیگر دور هم جمع می‌شوند: آموخته‌هایشان را چطور به کار برده‌اند، چه چیزی مانده و چه چیزی سخت بوده، و حالا سراغ چه کسی می‌توانند بروند."
            }
            Builtin::FollowUpReview => "از آخرین دیدار تا امروز: چه ماند، چه سخت بود",
            Builtin::FollowUpPrompt => {
                "از وقتی گروه تمام شد، چه کاری را ادامه داده‌ام، و چه چیزی کمکم می‌کند ادامه بدهم؟"
            }
        }.to_owned(),
            },
            Self::PlanSaved => pick(l, "Plan saved.", "برنامه ذخیره شد."),
            Self::FixFieldsFirst => pick(l, "Some fields need a look before the plan can be saved.", "پیش از ذخیرهٔ برنامه، چند خانه را بازبینی کنید."),
            Self::PlanSavedWithBoth(n) => match l {
                En => if *n == 1 {
                "Plan saved. One field was also changed in another window: both versions are kept (text side by side); check it.".to_owned()
            } else {
                format!(
                    "Plan saved. {n} fields were also changed in another window: both versions are kept (text side by side); check them."
                )
            },
                Fa => format!(
                "برنامه ذخیره شد. {} خانه در پنجرهٔ دیگری هم تغییر کرده بود: هر دو نسخه نگه داشته شد (متن‌ها کنار هم)؛ آن را بازبینی کنید.",
                number(*n, Locale::Fa)
            ),
            },
            Self::DateRefused(p) => match l {
                En => match p {
            DateProblem::NotADate => "That is not a date of this calendar.",
            DateProblem::OutOfRange => "Dates between the years 1900 and 2200 only.",
            DateProblem::LooksGregorian => {
                "That year looks Gregorian; the Jalali calendar is in use."
            }
        }.to_owned(),
                Fa => match p {
            DateProblem::NotADate => "این تاریخ در این تقویم نیست.",
            DateProblem::OutOfRange => {
                "فقط تاریخ‌های سال ۱۲۷۸ تا ۱۵۷۹ خورشیدی (۱۹۰۰ تا ۲۲۰۰ میلادی)."
            }
            DateProblem::LooksGregorian => {
                "این سال میلادی به نظر می‌رسد، اما تقویم خورشیدی در کار است."
            }
        }.to_owned(),
            },
            Self::FixFieldFirst(label) => match l {
                En => format!(
                "Not done: \u{201c}{}\u{201d} shows a problem. Fix it first.",
                label.text(l)
            ),
                Fa => format!(
                "انجام نشد: «{}» مشکلی دارد. اول آن را درست کنید.",
                label.text(l)
            ),
            },
            Self::ExerciseDeleted => pick(l, "Exercise deleted.", "تمرین حذف شد."),
            Self::GoalDeleted => pick(l, "Goal deleted.", "هدف حذف شد."),
            Self::PendingKeptAcrossReload { kept, still } => match l {
                En => {
                    let (was, is) = if *kept == 1 { ("was", "is") } else { ("were", "are") };
                    if *still == 0 {
                        format!(
                            "{} that could not be stored before the page was reloaded {was} kept, and {is} stored now.",
                            count(*kept, "change", "changes")
                        )
                    } else {
                        format!(
                            "{} that could not be stored before the page was reloaded {was} kept; {} still {} not fit. Save your data to a file, or free space and try again.",
                            count(*kept, "change", "changes"),
                            number(still, l),
                            if *still == 1 { "does" } else { "do" }
                        )
                    }
                }
                Fa => if *still == 0 {
                format!(
                    "{} تغییری که پیش از بارگذاری دوبارهٔ صفحه ذخیره نشده بود نگه داشته شد و اکنون ذخیره شده است.",
                    number(kept, l)
                )
            } else {
                format!(
                    "{} تغییری که پیش از بارگذاری دوبارهٔ صفحه ذخیره نشده بود نگه داشته شد؛ {} مورد هنوز جا نمی‌شود. داده‌هایتان را در فایل ذخیره کنید، یا جا باز کنید و دوباره امتحان کنید.",
                    number(kept, l),
                    number(still, l)
                )
            },
            },
        }
    }
}
