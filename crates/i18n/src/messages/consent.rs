//! The consent papers (#16): a letter to parents and guardians with its permission slip, and the
//! student's own assent form, printed from the group's plan.
//!
//! Each arm holds the message in both languages: English first, then Persian. The letter speaks
//! to parents as «شما»; the assent form speaks to the student as «تو», as the member space does.

use super::prelude::*;

/// The consent papers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConsentMsg {
    /// The print view's title and the group page's link.
    PapersTitle,
    /// What is printed, and how the answers come back (on screen only).
    PapersIntro,
    /// Where the parents' permission stands.
    PermissionStatus {
        /// Given.
        given: usize,
        /// Refused.
        refused: usize,
        /// Still to answer.
        pending: usize,
    },
    /// Where the members' own assent stands.
    AssentStatus {
        /// Given.
        given: usize,
        /// Refused.
        refused: usize,
        /// Still to answer.
        pending: usize,
    },
    /// Nobody is waiting: blank copies are printed.
    BlankCopies,
    /// The letter's heading.
    LetterTitle,
    /// The letter's greeting.
    Greeting,
    /// The invitation, with the group's name.
    Invite(String),
    /// What kind of group it is.
    PurposeSentence(Purpose),
    /// Who the group is for (the plan's population).
    ForWhom(String),
    /// Heading: what the group works on.
    WhatTitle,
    /// Heading: when and where.
    WhenTitle,
    /// How many sessions of how many minutes.
    Sessions {
        /// Sessions.
        count: usize,
        /// Minutes each.
        minutes: u16,
    },
    /// The first and last dates.
    Dates(String, String),
    /// The meeting day and time.
    DayAndTime(String, String),
    /// Where.
    Room(String),
    /// Heading: the sessions one by one.
    SessionListTitle,
    /// Heading: confidentiality and its limits.
    PrivacyTitle,
    /// The letter: confidentiality and its limits.
    PrivacyText,
    /// The letter: taking part is voluntary.
    Voluntary,
    /// The letter: the members' private journal.
    Journal,
    /// Heading: questions.
    QuestionsTitle,
    /// The letter: how to reach the counsellor.
    Questions,
    /// The letter's closing.
    Thanks,
    /// Under the closing.
    Counsellor,
    /// The slip's heading.
    SlipTitle,
    /// Above the cut line.
    ReturnSlip,
    /// The slip: the letter was read.
    SlipRead(String),
    /// The slip: yes.
    SlipYes,
    /// The slip: no.
    SlipNo,
    /// A line to fill in: the student's name.
    StudentName,
    /// A line to fill in: the parent's or guardian's name.
    ParentName,
    /// A line to fill in: a signature.
    Signature,
    /// A line to fill in: the date.
    Date,
    /// A line to fill in: a phone number.
    Phone,
    /// The member's code, for matching a returned paper.
    Code(String),
    /// The assent form's heading.
    AssentTitle,
    /// The assent form: the invitation.
    AssentInvite(String),
    /// The assent form: what the group does.
    AssentWhat,
    /// The assent form: confidentiality and its limits.
    AssentPrivacy,
    /// The assent form: passing and stopping.
    AssentChoice,
    /// The assent form: the journal.
    AssentJournal,
    /// The assent form: yes.
    AssentYes,
    /// The assent form: no.
    AssentNo,
    /// A line to fill in: the student's own name.
    YourName,
}

impl ConsentMsg {
    /// The message in the given language.
    pub fn text(&self, l: Locale) -> String {
        match self {
            Self::PapersTitle => pick(l, "Consent papers", "برگه‌های رضایت"),
            Self::PapersIntro => pick(
                l,
                "A letter with a permission slip for the parents of each member whose permission has not come yet, and an assent form for each member who has not answered themselves, filled from the plan. When a paper comes back, mark the answer in the member list on the group page.",
                "نامه‌ای با برگهٔ اجازه برای خانوادهٔ هر عضوی که اجازه‌اش هنوز نرسیده و برگهٔ موافقت برای هر عضوی که خودش هنوز پاسخ نداده، پرشده از برنامهٔ گروه. وقتی برگه‌ای برگشت، پاسخ را در فهرست اعضا در صفحهٔ گروه ثبت کنید.",
            ),
            Self::PermissionStatus {
                given,
                refused,
                pending,
            } => match l {
                En => format!(
                    "Parents’ permission: {} given, {} refused, {} still to answer.",
                    number(given, l),
                    number(refused, l),
                    number(pending, l)
                ),
                Fa => format!(
                    "اجازهٔ والدین: {} داده‌اند، {} نداده‌اند، {} هنوز پاسخ نداده‌اند.",
                    number(given, l),
                    number(refused, l),
                    number(pending, l)
                ),
            },
            Self::AssentStatus {
                given,
                refused,
                pending,
            } => match l {
                En => format!(
                    "Members’ own assent: {} yes, {} no, {} still to answer.",
                    number(given, l),
                    number(refused, l),
                    number(pending, l)
                ),
                Fa => format!(
                    "موافقت خود اعضا: {} موافق، {} مخالف، {} هنوز پاسخ نداده‌اند.",
                    number(given, l),
                    number(refused, l),
                    number(pending, l)
                ),
            },
            Self::BlankCopies => pick(
                l,
                "Nobody is waiting to answer, so these are blank copies to hand out.",
                "کسی منتظر پاسخ نیست؛ این‌ها نسخه‌های خالی برای پخش کردن است.",
            ),
            Self::LetterTitle => pick(
                l,
                "A letter for parents and guardians",
                "نامه‌ای برای پدر، مادر یا سرپرست",
            ),
            Self::Greeting => pick(l, "Dear parent or guardian,", "پدر، مادر یا سرپرست گرامی،"),
            Self::Invite(group) => match l {
                En => format!(
                    "Your child is invited to take part in “{group}”, a small counselling group run by the school counsellor."
                ),
                Fa => format!(
                    "فرزند شما به گروه «{group}» دعوت شده است؛ گروهی کوچک که مشاور مدرسه آن را برگزار می‌کند."
                ),
            },
            Self::PurposeSentence(p) => match l {
                En => match p {
                    Purpose::Preventive => "It is a preventive group: students build skills before difficulties grow. Being invited is not a sign that anything is wrong.",
                    Purpose::Educational => "It is an educational group: students learn and practise skills together.",
                    Purpose::Remedial => "It is a support group for students facing a particular difficulty; the counsellor has met each member on their own first.",
                },
                Fa => match p {
                    Purpose::Preventive => "این گروه پیشگیرانه است: دانش‌آموزان پیش از آن‌که دشواری‌ها بزرگ شوند مهارت یاد می‌گیرند. دعوت به گروه به این معنا نیست که مشکلی وجود دارد.",
                    Purpose::Educational => "این گروه آموزشی است: دانش‌آموزان با هم مهارت‌هایی را یاد می‌گیرند و تمرین می‌کنند.",
                    Purpose::Remedial => "این گروه حمایتی است، برای دانش‌آموزانی که با دشواری خاصی روبه‌رو هستند؛ مشاور پیش از گروه با هر عضو جداگانه دیدار کرده است.",
                },
            }
            .into(),
            Self::ForWhom(who) => match l {
                En => format!("It is for: {who}."),
                Fa => format!("این گروه برای این دانش‌آموزان است: {who}."),
            },
            Self::WhatTitle => pick(l, "What the group works on", "گروه روی چه چیزی کار می‌کند"),
            Self::WhenTitle => pick(l, "When and where", "کی و کجا"),
            Self::Sessions { count, minutes } => match l {
                En => format!(
                    "{} of {} each.",
                    super::count(*count, "weekly session", "weekly sessions"),
                    super::count(usize::from(*minutes), "minute", "minutes")
                ),
                Fa => format!(
                    "{} جلسهٔ هفتگی، هر جلسه {} دقیقه.",
                    number(count, l),
                    number(minutes, l)
                ),
            },
            Self::Dates(first, last) => match l {
                En => format!("From {first} to {last}."),
                Fa => format!("از {first} تا {last}."),
            },
            Self::DayAndTime(day, time) => match l {
                En => format!("On {day}s at {time}."),
                Fa => format!("{day}\u{200c}ها، ساعت {time}."),
            },
            Self::Room(room) => match l {
                En => format!("Where: {room}."),
                Fa => format!("محل: {room}."),
            },
            Self::SessionListTitle => pick(l, "The sessions", "جلسه‌ها"),
            Self::PrivacyTitle => pick(l, "Confidentiality and its limits", "رازداری و حدود آن"),
            Self::PrivacyText => pick(
                l,
                "What students say in the group stays in the group. The counsellor keeps it private and asks every member to do the same, though no one can promise that every student always will. The counsellor must act, and may tell you or the services that protect children, if a student may harm themselves, may harm someone else, or is being harmed. In that case the counsellor will try to talk with your child first.",
                "آنچه دانش‌آموزان در گروه می‌گویند در گروه می‌ماند. مشاور آن را محرمانه نگه می‌دارد و از همهٔ اعضا هم همین را می‌خواهد، هرچند هیچ‌کس نمی‌تواند قول بدهد که همهٔ دانش‌آموزان همیشه این کار را بکنند. اگر دانش‌آموزی ممکن است به خودش یا دیگری آسیب بزند، یا کسی به او آسیب می‌زند، مشاور باید اقدام کند و ممکن است به شما یا نهادهای حمایت از کودکان خبر بدهد. در این حالت مشاور سعی می‌کند اول با خود فرزندتان صحبت کند.",
            ),
            Self::Voluntary => pick(
                l,
                "Taking part is voluntary. Your child can pass on any activity and stop coming at any time, and saying no changes nothing else at school.",
                "شرکت در گروه داوطلبانه است. فرزندتان می‌تواند در هر فعالیتی نوبتش را رد کند و هر وقت خواست دیگر نیاید، و نه گفتن هیچ چیز دیگری را در مدرسه تغییر نمی‌دهد.",
            ),
            Self::Journal => pick(
                l,
                "Members may also keep a private journal on their own phone with the app Hamdel. It stays on the phone: the counsellor never sees it unless your child chooses to share something.",
                "اعضا می‌توانند با برنامهٔ همدل روی گوشی خودشان دفترچهٔ خصوصی هم داشته باشند. این دفترچه روی گوشی می‌ماند و مشاور آن را نمی‌بیند، مگر اینکه فرزندتان خودش بخواهد چیزی را بفرستد.",
            ),
            Self::QuestionsTitle => pick(l, "Questions", "پرسش‌ها"),
            Self::Questions => pick(
                l,
                "If you have any questions, please get in touch with the school counsellor:",
                "اگر پرسشی دارید، لطفاً با مشاور مدرسه تماس بگیرید:",
            ),
            Self::Thanks => pick(l, "With thanks,", "با سپاس،"),
            Self::Counsellor => pick(l, "The school counsellor", "مشاور مدرسه"),
            Self::SlipTitle => pick(l, "Permission slip", "برگهٔ اجازه"),
            Self::ReturnSlip => pick(
                l,
                "Please cut here and return this part to the school counsellor.",
                "لطفاً از اینجا جدا کنید و این بخش را به مشاور مدرسه برگردانید.",
            ),
            Self::SlipRead(group) => match l {
                En => format!("I have read the letter about the group “{group}”."),
                Fa => format!("نامهٔ مربوط به گروه «{group}» را خوانده‌ام."),
            },
            Self::SlipYes => pick(
                l,
                "I agree that my child may take part.",
                "موافقم که فرزندم در گروه شرکت کند.",
            ),
            Self::SlipNo => pick(
                l,
                "I do not agree that my child takes part.",
                "موافق نیستم که فرزندم در گروه شرکت کند.",
            ),
            Self::StudentName => pick(l, "Student’s name", "نام دانش‌آموز"),
            Self::ParentName => pick(
                l,
                "Parent’s or guardian’s name",
                "نام پدر، مادر یا سرپرست",
            ),
            Self::Signature => pick(l, "Signature", "امضا"),
            Self::Date => pick(l, "Date", "تاریخ"),
            Self::Phone => pick(
                l,
                "Phone (if you would like a call)",
                "تلفن (اگر می‌خواهید با شما تماس بگیریم)",
            ),
            Self::Code(code) => match l {
                En => format!("Member code: {code}"),
                Fa => format!("کد عضو: {code}"),
            },
            Self::AssentTitle => pick(
                l,
                "Joining the group: it is your choice",
                "پیوستن به گروه: انتخابش با خودت است",
            ),
            Self::AssentInvite(group) => match l {
                En => format!(
                    "You are invited to join “{group}”. Here is what it is, so that you can decide."
                ),
                Fa => format!(
                    "تو به گروه «{group}» دعوت شده‌ای. اینجا نوشته‌ایم گروه چیست تا خودت تصمیم بگیری."
                ),
            },
            Self::AssentWhat => pick(l, "What we will do", "چه کار می‌کنیم"),
            Self::AssentPrivacy => pick(
                l,
                "What you say in the group stays in the group: I keep it private, and we all agree to do the same, though I can’t promise that every member always will. If you or someone else might be in danger, or someone is hurting you, I must act to keep you safe, and I will try to talk with you first.",
                "آنچه در گروه می‌گویی در گروه می‌ماند: من آن را پیش خودم نگه می‌دارم و همه قرار می‌گذاریم همین کار را بکنیم، هرچند نمی‌توانم قول بدهم همهٔ اعضا همیشه این کار را بکنند. اگر تو یا کس دیگری در خطر باشید، یا کسی به تو آسیب بزند، باید برای امنیتت کاری بکنم و سعی می‌کنم اول با خودت حرف بزنم.",
            ),
            Self::AssentChoice => pick(
                l,
                "You can pass on any activity, and you can stop coming at any time: just tell me.",
                "می‌توانی در هر فعالیتی نوبتت را رد کنی و هر وقت خواستی دیگر نیایی؛ فقط به من بگو.",
            ),
            Self::AssentJournal => pick(
                l,
                "You can also keep a private journal on your own phone with Hamdel. No one reads it; you choose what, if anything, to share.",
                "می‌توانی با همدل روی گوشی خودت دفترچهٔ خصوصی هم داشته باشی. هیچ‌کس آن را نمی‌خواند و خودت انتخاب می‌کنی چه چیزی را، اگر بخواهی، بفرستی.",
            ),
            Self::AssentYes => pick(l, "I want to join the group.", "می‌خواهم در گروه شرکت کنم."),
            Self::AssentNo => pick(
                l,
                "I don’t want to join now.",
                "فعلاً نمی‌خواهم شرکت کنم.",
            ),
            Self::YourName => pick(l, "Your name", "نام تو"),
        }
    }
}
