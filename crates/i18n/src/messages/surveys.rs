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
    /// Progress through the statements.
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
                "Right now you see yourself quite critically. Many people go through times like this; it can help to talk about it with someone you trust."
            }
            Band::SelfEsteemTypical => {
                "You see yourself in a fairly balanced way, with good days and harder ones, like most people your age."
            }
            Band::SelfEsteemHigh => {
                "Right now you see yourself in a warm, positive way. Notice what helps you feel like this."
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
                "این روزها نگاهت به خودت نسبتاً سخت‌گیرانه است. خیلی‌ها چنین دوره‌هایی را از سر می‌گذرانند؛ حرف زدن با کسی که به او اعتماد داری می‌تواند کمک کند."
            }
            Band::SelfEsteemTypical => {
                "نگاهت به خودت نسبتاً متعادل است، با روزهای خوب و روزهای سخت‌تر، مثل بیشتر هم‌سن‌هایت."
            }
            Band::SelfEsteemHigh => {
                "این روزها نگاهت به خودت گرم و مثبت است. ببین چه چیزی کمک می‌کند چنین حسی داشته باشی."
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
                    "{} short statements, about {}",
                    number(items, l),
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
                En => format!("Statement {} of {}", number(at, l), number(of, l)),
                Fa => format!("جملهٔ {} از {}", number(at, l), number(of, l)),
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
            Self::TranslatedForHamdel => pick(l, "The Persian wording was translated for Hamdel; it is not the published Persian version.", "متن فارسی برای همدل ترجمه شده است و نسخهٔ منتشرشدهٔ فارسی نیست."),
        }
    }
}
