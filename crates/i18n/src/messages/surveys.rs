//! Surveys: asking, scoring, bands and charts.
//!
//! Each arm holds the message in both languages: English first, then Persian.

use super::prelude::*;

/// Surveys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SurveysMsg {
    /// A point of a score chart, for screen readers: its date and score.
    PointLabel {
        /// The date, written out.
        date: String,
        /// The score, written in the person's digits.
        score: String,
    },
    /// Signature line on the attendance sheet.
    DateColumn,
    /// Button: take a survey.
    TakeSurvey,
    /// Button: see my score.
    SubmitAnswers,
    /// A score out of the maximum.
    YourScore(u32, u32),
    /// WHO-5 percentage.
    Who5Percent(u32),
    /// A plain description of a score.
    BandText(Band),
    /// History heading.
    HistoryTitle,
    /// No attempts yet.
    NoAttempts,
    /// Score chart title (survey name).
    ScoreChartTitle(String),
    /// Column: score.
    ScoreColumn,
    /// The Persian wording was translated for Hamdel.
    TranslatedForHamdel,
    /// A survey's size in plain words: statements and minutes.
    Size {
        /// How many statements.
        items: usize,
        /// About how many minutes.
        minutes: usize,
    },
    /// The folded attribution: its summary.
    AboutSurvey,
    /// Progress through the items ("5 of 6"): statements and questions alike.
    Progress {
        /// The statement shown, from 1.
        at: usize,
        /// How many there are.
        of: usize,
    },
    /// Button: the statement before.
    PrevItem,
    /// Button: the next statement.
    NextItem,
    /// Asked to answer before going on.
    AnswerFirst,
    /// After the result: back to the surveys.
    BackToSurveys,
    /// After a group's own survey (#18): saved, no score.
    AskThanks,
    /// After a group's own survey: back to the journal.
    BackToJournal,
    /// Library: the counsellor's own surveys (#18).
    OwnTitle,
    /// Library: what an own survey is.
    OwnIntro,
    /// Library: none yet.
    OwnNone,
    /// Button: a new survey.
    NewSurvey,
    /// Editor: the page's heading.
    EditSurveyTitle,
    /// Editor: the title in Persian.
    TitleFa,
    /// Editor: the title in English.
    TitleEn,
    /// Editor: one language or both.
    OneLanguageNote,
    /// Editor: the agreement scale.
    PointsLabel,
    /// Editor: a scale of n points.
    Points(u8),
    /// Editor: item n's heading.
    ItemN(usize),
    /// Editor: an item's kind.
    KindLabel,
    /// An item's kind in words.
    KindName(ItemKind),
    /// Editor: the wording in Persian.
    TextFa,
    /// Editor: the wording in English.
    TextEn,
    /// Editor: a question's choices in Persian.
    ChoicesFa,
    /// Editor: a question's choices in English.
    ChoicesEn,
    /// Editor: a question's right choice.
    CorrectLabel,
    /// Editor: choice n.
    ChoiceN(usize),
    /// Button: add an item.
    AddItem,
    /// Button: remove an item.
    RemoveItem,
    /// Notice: an item was removed (with Undo).
    ItemRemoved,
    /// Editor: in use, so read-only.
    InUse,
    /// Button: a new version to edit.
    NewVersion,
    /// A survey's version.
    VersionN(u16),
    /// Editor: ready to ask.
    Ready,
    /// Editor: what stops a survey from being asked.
    Problem(OwnSurveyProblem),
}

impl SurveysMsg {
    /// The message in the given language.
    pub fn text(&self, l: Locale) -> String {
        match self {
            Self::PointLabel { date, score } => match l {
                En => format!("{date}: {score}"),
                Fa => format!("{date}: {score}"),
            },
            Self::DateColumn => pick(l, "Date", "تاریخ"),
            Self::TakeSurvey => pick(l, "Start", "شروع"),
            Self::SubmitAnswers => pick(l, "See my result", "دیدن نتیجه"),
            Self::YourScore(t, m) => match l {
                En => format!("Your score: {} of {}", number(t, l), number(m, l)),
                Fa => format!("امتیاز تو: {} از {}", number(t, l), number(m, l)),
            },
            Self::Who5Percent(p) => match l {
                En => format!(
                    "On a scale from 0 to 100, where 100 is the best possible: {}",
                    number(p, l)
                ),
                Fa => format!(
                    "روی مقیاس ۰ تا ۱۰۰، که ۱۰۰ بهترین حال ممکن است: {}",
                    number(p, l)
                ),
            },
            Self::BandText(b) => match l {
                En => match b {
            Band::SelfEsteemLow => {
                "Your answers describe a quite critical view of yourself. Many people go through times like this; it can help to talk about it with someone you trust. (Hamdel's rough description of your answers: the scale has no official cut-off points.)"
            }
            Band::SelfEsteemTypical => {
                "Your answers describe a fairly balanced view of yourself, with good sides and harder ones. (Hamdel's rough description of your answers: the scale has no official cut-off points.)"
            }
            Band::SelfEsteemHigh => {
                "Your answers describe a warm, positive view of yourself. Notice what helps you feel like this. (Hamdel's rough description of your answers: the scale has no official cut-off points.)"
            }
            Band::WellBeingVeryLow => {
                "The last two weeks seem to have been very hard. Please talk with your group counsellor this week, or with another adult you trust: you deserve support. If you feel unsafe, Help now shows people and lines you can reach today. This is not a diagnosis."
            }
            Band::WellBeingLow => {
                "The last two weeks seem to have been hard. It could really help to talk with your group counsellor or another adult you trust. This is not a diagnosis, just a signal to look after yourself."
            }
            Band::WellBeingOk => {
                "The last two weeks seem to have gone fairly well for you. Keep noticing what helps."
            }
        }.to_owned(),
                Fa => match b {
            Band::SelfEsteemLow => {
                "پاسخ‌هایت نگاهی نسبتاً سخت‌گیرانه به خودت را نشان می‌دهد. خیلی‌ها چنین دوره‌هایی را از سر می‌گذرانند؛ حرف زدن با کسی که به او اعتماد داری می‌تواند کمک کند. (این توصیفی تقریبی از همدل است: این مقیاس نقطهٔ برش رسمی ندارد.)"
            }
            Band::SelfEsteemTypical => {
                "پاسخ‌هایت نگاهی نسبتاً متعادل به خودت را نشان می‌دهد، با جنبه‌های خوب و جنبه‌های سخت‌تر. (این توصیفی تقریبی از همدل است: این مقیاس نقطهٔ برش رسمی ندارد.)"
            }
            Band::SelfEsteemHigh => {
                "پاسخ‌هایت نگاهی گرم و مثبت به خودت را نشان می‌دهد. ببین چه چیزی کمک می‌کند چنین حسی داشته باشی. (این توصیفی تقریبی از همدل است: این مقیاس نقطهٔ برش رسمی ندارد.)"
            }
            Band::WellBeingVeryLow => {
                "به نظر می‌رسد دو هفتهٔ گذشته خیلی سخت بوده است. لطفاً همین هفته با مشاور گروهت یا بزرگ‌سال دیگری که به او اعتماد داری حرف بزن؛ تو سزاوار حمایتی. اگر احساس می‌کنی در امان نیستی، در «کمک فوری» کسانی و خط‌هایی هست که همین امروز می‌توانی با آن‌ها تماس بگیری. این تشخیص نیست."
            }
            Band::WellBeingLow => {
                "به نظر می‌رسد دو هفتهٔ گذشته سخت بوده است. حرف زدن با مشاور گروهت یا بزرگ‌سال دیگری که به او اعتماد داری می‌تواند واقعاً کمک کند. این تشخیص نیست، فقط نشانه‌ای است برای اینکه مراقب خودت باشی."
            }
            Band::WellBeingOk => {
                "به نظر می‌رسد دو هفتهٔ گذشته نسبتاً خوب گذشته است. به دیدن چیزهایی که کمکت می‌کنند ادامه بده."
            }
        }.to_owned(),
            },
            Self::HistoryTitle => pick(l, "My results over time", "نتیجه‌هایم در گذر زمان"),
            Self::NoAttempts => pick(l, "No results yet.", "هنوز نتیجه‌ای نیست."),
            Self::ScoreChartTitle(name) => match l {
                En => format!("{name}: scores over time"),
                Fa => format!("{name}: امتیازها در گذر زمان"),
            },
            Self::ScoreColumn => pick(l, "Score", "امتیاز"),
            Self::Size { items, minutes } => match l {
                En => format!(
                    "{}, about {}",
                    count(*items, "short statement", "short statements"),
                    count(*minutes, "minute", "minutes")
                ),
                Fa => format!(
                    "{} جملهٔ کوتاه، حدود {} دقیقه",
                    number(items, l),
                    number(minutes, l)
                ),
            },
            Self::AboutSurvey => pick(l, "About this questionnaire", "دربارهٔ این پرسش‌نامه"),
            Self::Progress { at, of } => match l {
                // Neither "statement" nor "question": a survey may hold both (#18).
                En => format!("{} of {}", number(at, l), number(of, l)),
                Fa => format!("{} از {}", number(at, l), number(of, l)),
            },
            Self::PrevItem => pick(l, "Back", "قبلی"),
            Self::NextItem => pick(l, "Next", "بعدی"),
            Self::AnswerFirst => pick(
                l,
                "Choose the answer that fits you best, then go on.",
                "پاسخی را که بیشتر به تو می‌خورد انتخاب کن، بعد برو جلو.",
            ),
            Self::BackToSurveys => pick(l, "Back to check-in", "بازگشت به خودسنجی"),
            Self::AskThanks => pick(
                l,
                "Thank you. Your answers are saved on this phone; they reach your counsellor only when you share them.",
                "ممنون. پاسخ‌هایت روی همین گوشی ذخیره شد و فقط وقتی آن‌ها را بفرستی به دست مشاورت می‌رسد.",
            ),
            Self::BackToJournal => pick(l, "Back to my journal", "بازگشت به دفترچه‌ام"),
            Self::OwnTitle => pick(l, "My surveys", "پرسش‌نامه‌های من"),
            Self::OwnIntro => pick(
                l,
                "Short surveys of your own for what a group teaches: statements about what members think (attitude) or feel able to do (skill), answered on an even scale with no middle, and questions with one right answer (knowledge). Ask them before and after on a group's kit page.",
                "پرسش‌نامه‌های کوتاه خودتان برای آنچه گروه آموزش می‌دهد: جمله‌هایی دربارهٔ نگرش اعضا یا اینکه چقدر از توانایی خود مطمئن‌اند (مهارت)، با مقیاسی زوج و بی‌گزینهٔ میانه، و سؤال‌هایی با یک پاسخ درست (دانش). در صفحهٔ بستهٔ گروه آن‌ها را برای پیش و پس از گروه انتخاب کنید.",
            ),
            Self::OwnNone => pick(l, "No survey of your own yet.", "هنوز پرسش‌نامه‌ای از خودتان ندارید."),
            Self::NewSurvey => pick(l, "New survey", "پرسش‌نامهٔ تازه"),
            Self::EditSurveyTitle => pick(l, "Edit survey", "ویرایش پرسش‌نامه"),
            Self::TitleFa => pick(l, "Title (Persian)", "عنوان (فارسی)"),
            Self::TitleEn => pick(l, "Title (English)", "عنوان (انگلیسی)"),
            Self::OneLanguageNote => pick(
                l,
                "Write in one language or both: where one is missing, members see the other.",
                "به یک زبان یا هر دو بنویسید: جایی که یکی خالی باشد، اعضا دیگری را می‌بینند.",
            ),
            Self::PointsLabel => pick(l, "Agreement scale", "مقیاس موافقت"),
            Self::Points(n) => match l {
                En => format!("{}, no middle", count(usize::from(*n), "point", "points")),
                Fa => format!("{} درجه، بدون گزینهٔ میانه", number(n, l)),
            },
            Self::ItemN(n) => match l {
                En => format!("Item {}", number(n, l)),
                Fa => format!("پرسش {}", number(n, l)),
            },
            Self::KindLabel => pick(l, "It asks about", "دربارهٔ"),
            Self::KindName(k) => match l {
                En => match k {
                    ItemKind::Attitude => "Attitude: what members think or feel about it",
                    ItemKind::Skill => "Skill: how sure members are they can do it",
                    ItemKind::Knowledge => "Knowledge: a question with one right answer",
                    ItemKind::Scale => "A published scale's item",
                }
                .to_owned(),
                Fa => match k {
                    ItemKind::Attitude => "نگرش: اعضا دربارهٔ آنچه فکر یا احساسی دارند",
                    ItemKind::Skill => "مهارت: اعضا چقدر مطمئن‌اند که از پسش برمی‌آیند",
                    ItemKind::Knowledge => "دانش: سؤالی با یک پاسخ درست",
                    ItemKind::Scale => "گویهٔ یک مقیاس منتشرشده",
                }
                .to_owned(),
            },
            Self::TextFa => pick(l, "Wording (Persian)", "متن (فارسی)"),
            Self::TextEn => pick(l, "Wording (English)", "متن (انگلیسی)"),
            Self::ChoicesFa => pick(l, "Choices in Persian, one a line", "گزینه‌ها به فارسی، هر خط یکی"),
            Self::ChoicesEn => pick(l, "Choices in English, one a line", "گزینه‌ها به انگلیسی، هر خط یکی"),
            Self::CorrectLabel => pick(l, "The right choice", "گزینهٔ درست"),
            Self::ChoiceN(n) => match l {
                En => format!("Choice {}", number(n, l)),
                Fa => format!("گزینهٔ {}", number(n, l)),
            },
            Self::AddItem => pick(l, "Add an item", "افزودن پرسش"),
            Self::RemoveItem => pick(l, "Remove this item", "حذف این پرسش"),
            Self::ItemRemoved => pick(l, "Item removed.", "پرسش حذف شد."),
            Self::InUse => pick(
                l,
                "This survey is in use (planned in a group's kit or holding results), so its wording stays as it is and the results keep their meaning. To change it, make a new version.",
                "این پرسش‌نامه در حال استفاده است (در بستهٔ گروهی انتخاب شده یا نتیجه دارد)، پس متنش همان می‌ماند تا نتیجه‌ها معنایشان را حفظ کنند. برای تغییر، نسخهٔ تازه‌ای بسازید.",
            ),
            Self::NewVersion => pick(l, "Make a new version to edit", "ساختن نسخهٔ تازه برای ویرایش"),
            Self::VersionN(n) => match l {
                En => format!("version {}", number(n, l)),
                Fa => format!("نسخهٔ {}", number(n, l)),
            },
            Self::Ready => pick(
                l,
                "Ready to ask: tick it on a group's kit page, before and after.",
                "آمادهٔ استفاده است: در صفحهٔ بستهٔ گروه، آن را برای پیش و پس از گروه انتخاب کنید.",
            ),
            Self::Problem(p) => match l {
                En => match p {
                    OwnSurveyProblem::NoTitle => "Give it a title.".to_owned(),
                    OwnSurveyProblem::NoItems => "Add at least one item.".to_owned(),
                    OwnSurveyProblem::TooManyItems => "At most 20 items.".to_owned(),
                    OwnSurveyProblem::EmptyItem(i) => {
                        format!("Item {} has no wording.", number(i + 1, l))
                    }
                    OwnSurveyProblem::BadChoices(i) => format!(
                        "Item {} needs 2 to 9 choices, each with text, and the right one chosen.",
                        number(i + 1, l)
                    ),
                    OwnSurveyProblem::BadScale => "Choose a 4- or 6-point scale.".to_owned(),
                },
                Fa => match p {
                    OwnSurveyProblem::NoTitle => "برایش عنوانی بنویسید.".to_owned(),
                    OwnSurveyProblem::NoItems => "دست‌کم یک پرسش بیفزایید.".to_owned(),
                    OwnSurveyProblem::TooManyItems => "حداکثر ۲۰ پرسش.".to_owned(),
                    OwnSurveyProblem::EmptyItem(i) => {
                        format!("پرسش {} متنی ندارد.", number(i + 1, l))
                    }
                    OwnSurveyProblem::BadChoices(i) => format!(
                        "پرسش {} به ۲ تا ۹ گزینه با متن و انتخاب گزینهٔ درست نیاز دارد.",
                        number(i + 1, l)
                    ),
                    OwnSurveyProblem::BadScale => "مقیاس ۴ یا ۶ درجه‌ای انتخاب کنید.".to_owned(),
                },
            },
            Self::TranslatedForHamdel => pick(
                l,
                "The Persian wording is Hamdel's own translation, not a published Persian version; its English back-translation, with the reason for each wording, ships with Hamdel.",
                "متن فارسی ترجمهٔ خود همدل است، نه نسخهٔ فارسیِ منتشرشده؛ ترجمهٔ دوبارهٔ آن به انگلیسی، با دلیل هر واژه‌گزینی، همراه همدل منتشر می‌شود.",
            ),
        }
    }
}
