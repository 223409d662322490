//! Safety for young members (#16): Help now, the safety plan, the calm-down tools, the gentle
//! check of an entry, and the honest words about who reads what.
//!
//! Each arm holds the message in both languages: English first, then Persian. The member is
//! spoken to as «تو», as everywhere in the member space.

use super::prelude::*;
use hamdel_domain::safety::{HelpService, PlanStep};

/// Safety for young members.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SafetyMsg {
    /// The header's button and the screen's title.
    HelpNow,
    /// Under the title.
    HelpIntro,
    /// Section: talk to someone today.
    PeopleTitle,
    /// Talk to your school counsellor or a trusted adult.
    PeopleText,
    /// The counsellor of a joined group, as the kit names them.
    GroupCounsellor(String),
    /// Heading over the people of the member's plan.
    YourPeople,
    /// A call link's accessible name.
    Call(String),
    /// Section and screen: the member's own plan.
    PlanTitle,
    /// What the plan is, on the Help now card.
    PlanCard,
    /// Button: open the plan (something written).
    OpenPlan,
    /// Button: write the plan (nothing written yet).
    WritePlan,
    /// The plan cannot be shown while the journal is locked.
    PlanLocked,
    /// Section and screen: calm-down tools.
    CalmTitle,
    /// What the calm-down tools are.
    CalmCard,
    /// Section: the lines.
    LinesTitle,
    /// Outside Iran.
    LocalEmergency,
    /// Heading: Iran's lines.
    InIran,
    /// A line's name.
    ServiceName(HelpService),
    /// What a line is for.
    ServiceFor(HelpService),
    /// When the numbers were last checked (a formatted date).
    LinesChecked(String),
    /// Nothing on the screen is sent anywhere.
    HelpPrivacy,
    /// The plan's introduction.
    PlanIntro,
    /// A step's title.
    StepTitle(PlanStep),
    /// A step's hint.
    StepHint(PlanStep),
    /// Where the plan is kept.
    PlanKept,
    /// Button: print the plan.
    PrintPlan,
    /// Back to Help now.
    BackToHelp,
    /// The lock hint for a shared phone.
    SharedPhone,
    /// Box breathing: title.
    BreathingTitle,
    /// Box breathing: how.
    BreathingHow,
    /// Box breathing: one of the four sides (0 in, 1 hold, 2 out, 3 hold).
    BreathingPhase(u8),
    /// Box breathing: start the guide.
    StartBreathing,
    /// Box breathing: stop the guide.
    StopBreathing,
    /// Box breathing: the counted text, one side (0–3).
    BreathingCounted(u8),
    /// Grounding: title.
    GroundingTitle,
    /// Grounding: how.
    GroundingHow,
    /// Grounding: one step (5, 4, 3, 2, 1).
    GroundingStep(u8),
    /// The gentle check: title of the card under an entry that sounds like danger.
    RiskTitle,
    /// The gentle check: the card's words.
    RiskText,
    /// The gentle check: nothing is kept about it.
    RiskPrivate,
    /// Settings: the gentle check's switch.
    RiskCheckLabel,
    /// Settings: what the gentle check does.
    RiskCheckHint,
    /// No one reads the journal.
    NoOneReads,
    /// On every share screen: the counsellor reads what is shared and must act on a risk.
    DutyToAct,
    /// Kit page: the card for the members' Help now screen.
    KitHelpTitle,
    /// Kit page: the field.
    KitHelpLabel,
    /// Kit page: what to write there.
    KitHelpNote,
    /// Kit page: the lines replace Iran's national ones.
    KitHelpReplaces,
    /// Help now: the group's lines stand in for Iran's.
    GroupLines(String),
    /// The guide: the safety and confidentiality protocol's heading.
    ProtocolTitle,
    /// The guide: the protocol, section by section (0–6).
    Protocol(u8),
    /// Report: the card of low WHO-5 results.
    FlagsTitle,
    /// Report: what the flags are.
    FlagsIntro,
    /// Report: one flagged result.
    Flag {
        /// The member's code.
        code: String,
        /// The moment's name.
        moment: String,
        /// The formatted date.
        date: String,
        /// The raw score.
        raw: u32,
    },
    /// Report: a very low result's mark.
    VeryLow,
    /// Report: the private follow-up note's label.
    FollowUpLabel,
    /// Planner and counsellor print: the cautions of the exercise a block was made from.
    ExerciseCautions,
    /// Planner: the link back to that exercise.
    AboutExercise(String),
    /// Group page, planner and counsellor prints: the group's own cautions (from its template).
    GroupCautions,
    /// Planner: the group's cautions, folded, with their count.
    GroupCautionsCount(usize),
    /// Group plan form: the cautions field.
    GroupCautionsLabel,
    /// Group plan form: where the cautions show.
    GroupCautionsNote,
}

impl SafetyMsg {
    /// The message in the given language.
    pub fn text(&self, l: Locale) -> String {
        match self {
            Self::HelpNow => pick(l, "Help now", "کمک فوری"),
            Self::HelpIntro => pick(
                l,
                "You don’t have to carry this alone. Here is who you can turn to, and what can help right now.",
                "لازم نیست این را تنها به دوش بکشی. اینجا می‌بینی به چه کسی می‌توانی رو کنی و همین حالا چه چیزی کمک می‌کند.",
            ),
            Self::PeopleTitle => pick(l, "Talk to someone today", "امروز با کسی حرف بزن"),
            Self::PeopleText => pick(
                l,
                "Talk to your school counsellor or an adult you trust today: a parent, a relative, a teacher. You can show them what you wrote, or just say “I’m not OK”.",
                "امروز با مشاور مدرسه یا بزرگ‌سالی که به او اعتماد داری حرف بزن: پدر یا مادر، یکی از اقوام، یک معلم. می‌توانی نوشته‌ات را نشانش بدهی، یا فقط بگویی «حالم خوب نیست».",
            ),
            Self::GroupCounsellor(group) => match l {
                En => format!("Your counsellor in “{group}”"),
                Fa => format!("مشاورت در «{group}»"),
            },
            Self::YourPeople => pick(l, "People in your plan", "آدم‌های برنامه‌ات"),
            Self::Call(who) => match l {
                En => format!("Call {who}"),
                Fa => format!("تماس با {who}"),
            },
            Self::PlanTitle => pick(l, "My safety plan", "برنامهٔ ایمنی من"),
            Self::PlanCard => pick(
                l,
                "Your own six steps for a hard moment: the signs, what helps, and who to call.",
                "شش قدم خودت برای لحظه‌ای سخت: نشانه‌ها، چیزهایی که کمک می‌کنند، و کسانی که می‌توانی به آن‌ها زنگ بزنی.",
            ),
            Self::OpenPlan => pick(l, "Open my plan", "باز کردن برنامه‌ام"),
            Self::WritePlan => pick(l, "Write my plan", "نوشتن برنامه‌ام"),
            Self::PlanLocked => pick(
                l,
                "Your plan is in your locked journal: open the lock to see it. The lines below work without it.",
                "برنامه‌ات در دفترچهٔ قفل‌شده‌ات است: برای دیدنش قفل را باز کن. خط‌های پایین بدون آن هم کار می‌کنند.",
            ),
            Self::CalmTitle => pick(l, "Calm down now", "آرام شدن، همین حالا"),
            Self::CalmCard => pick(
                l,
                "Box breathing, and coming back to the here and now with your five senses.",
                "تنفس مربعی، و برگشتن به اینجا و اکنون با پنج حس.",
            ),
            Self::LinesTitle => pick(l, "If you are in danger now", "اگر همین حالا در خطری"),
            Self::LocalEmergency => pick(
                l,
                "If you or someone else is in danger right now, call your local emergency number.",
                "بیرون از ایران: اگر تو یا کس دیگری همین حالا در خطر است، با شمارهٔ اورژانس همان‌جا تماس بگیر.",
            ),
            Self::InIran => pick(l, "In Iran", "در ایران"),
            Self::ServiceName(s) => match l {
                En => match s {
                    HelpService::SocialEmergency => "Social emergency (Behzisti)",
                    HelpService::CounsellingLine => "Sedaye Moshaver, counselling by phone",
                    HelpService::Ambulance => "Medical emergency",
                    HelpService::Police => "Police",
                    HelpService::EducationLine => "Education counselling line",
                },
                Fa => match s {
                    HelpService::SocialEmergency => "اورژانس اجتماعی (بهزیستی)",
                    HelpService::CounsellingLine => "صدای مشاور",
                    HelpService::Ambulance => "اورژانس",
                    HelpService::Police => "پلیس",
                    HelpService::EducationLine => "خط مشاورهٔ آموزش‌وپرورش",
                },
            }
            .to_owned(),
            Self::ServiceFor(s) => match l {
                En => match s {
                    HelpService::SocialEmergency => {
                        "Abuse, violence at home, thoughts of suicide. Free and confidential, round the clock."
                    }
                    HelpService::CounsellingLine => {
                        "Talk with a counsellor. Free; you need not give your name."
                    }
                    HelpService::Ambulance => "Someone is hurt, or has taken something.",
                    HelpService::Police => "Someone is in danger from another person.",
                    HelpService::EducationLine => {
                        "For students and families, from the Ministry of Education."
                    }
                },
                Fa => match s {
                    HelpService::SocialEmergency => {
                        "آزار، خشونت در خانه، فکر خودکشی. رایگان و محرمانه، شبانه‌روزی."
                    }
                    HelpService::CounsellingLine => {
                        "گفت‌وگو با مشاور. رایگان؛ لازم نیست نامت را بگویی."
                    }
                    HelpService::Ambulance => "کسی آسیب دیده یا چیزی خورده است.",
                    HelpService::Police => "کسی از طرف دیگری در خطر است.",
                    HelpService::EducationLine => {
                        "برای دانش‌آموزان و خانواده‌ها، از آموزش‌وپرورش."
                    }
                },
            }
            .to_owned(),
            Self::LinesChecked(date) => match l {
                En => format!("Numbers last checked: {date}"),
                Fa => format!("آخرین بررسی شماره‌ها: {date}"),
            },
            Self::HelpPrivacy => pick(
                l,
                "Nothing on this screen is sent anywhere. A call goes from your phone like any other call.",
                "هیچ چیزی از این صفحه به جایی فرستاده نمی‌شود. تماس مثل هر تماس دیگری از گوشی خودت گرفته می‌شود.",
            ),
            Self::PlanIntro => pick(
                l,
                "Write this when you feel calmer. In a hard moment, start at step 1 and go on until something helps. It is kept like your journal: only on this device, under your lock if you set one.",
                "این را وقتی آرام‌تری بنویس. در لحظهٔ سخت از قدم ۱ شروع کن و جلو برو تا چیزی کمک کند. مثل دفترچه‌ات نگه داشته می‌شود: فقط روی همین دستگاه، و اگر قفل گذاشته باشی، زیر قفل.",
            ),
            Self::StepTitle(s) => match l {
                En => match s {
                    PlanStep::WarningSigns => "1. My warning signs",
                    PlanStep::OnMyOwn => "2. Things I can do on my own",
                    PlanStep::Distractions => "3. People and places that take my mind off it",
                    PlanStep::People => "4. People I can ask for help",
                    PlanStep::Professionals => "5. Professionals and help lines",
                    PlanStep::SafeSurroundings => "6. Making my surroundings safe",
                },
                Fa => match s {
                    PlanStep::WarningSigns => "۱. نشانه‌های هشدار من",
                    PlanStep::OnMyOwn => "۲. کارهایی که خودم تنهایی می‌توانم بکنم",
                    PlanStep::Distractions => "۳. آدم‌ها و جاهایی که حواسم را پرت می‌کنند",
                    PlanStep::People => "۴. کسانی که می‌توانم از آن‌ها کمک بخواهم",
                    PlanStep::Professionals => "۵. متخصص‌ها و خط‌های کمک",
                    PlanStep::SafeSurroundings => "۶. امن کردن دوروبرم",
                },
            }
            .to_owned(),
            Self::StepHint(s) => match l {
                En => match s {
                    PlanStep::WarningSigns => {
                        "Thoughts, feelings or situations that tell me a hard time is starting."
                    }
                    PlanStep::OnMyOwn => {
                        "What calms me or takes my mind off it without anyone else: music, a walk, a shower, drawing."
                    }
                    PlanStep::Distractions => {
                        "Where I can be among others, or who I can be with, without talking about the problem."
                    }
                    PlanStep::People => {
                        "One on each line, with their number: a parent, a relative, a teacher, a friend’s parent."
                    }
                    PlanStep::Professionals => {
                        "My school counsellor, a doctor, a line from Help now."
                    }
                    PlanStep::SafeSurroundings => {
                        "What I can put away or ask someone to keep for me, and where I can go to be safe."
                    }
                },
                Fa => match s {
                    PlanStep::WarningSigns => {
                        "فکرها، حس‌ها یا موقعیت‌هایی که به من می‌گویند دارد سخت می‌شود."
                    }
                    PlanStep::OnMyOwn => {
                        "چیزهایی که بدون کمک کسی آرامم می‌کنند یا حواسم را پرت می‌کنند: موسیقی، قدم زدن، دوش گرفتن، نقاشی."
                    }
                    PlanStep::Distractions => {
                        "جایی که می‌توانم میان دیگران باشم، یا کسانی که می‌توانم کنارشان باشم، بی‌آنکه از مشکل حرف بزنم."
                    }
                    PlanStep::People => {
                        "هر نفر در یک سطر، با شماره‌اش: پدر یا مادر، یکی از اقوام، معلم، پدر یا مادر یک دوست."
                    }
                    PlanStep::Professionals => {
                        "مشاور مدرسه، پزشک، خطی از صفحهٔ کمک فوری."
                    }
                    PlanStep::SafeSurroundings => {
                        "چیزهایی که می‌توانم کنار بگذارم یا از کسی بخواهم برایم نگه دارد، و جایی که می‌توانم بروم تا در امان باشم."
                    }
                },
            }
            .to_owned(),
            Self::PlanKept => pick(
                l,
                "Kept as you type, only on this device.",
                "همان‌طور که می‌نویسی نگه داشته می‌شود، فقط روی همین دستگاه.",
            ),
            Self::PrintPlan => pick(l, "Print my plan", "چاپ برنامه‌ام"),
            Self::BackToHelp => pick(l, "Back to Help now", "بازگشت به کمک فوری"),
            Self::SharedPhone => pick(
                l,
                "If you share this device with others, set a lock for your journal in Settings.",
                "اگر این دستگاه را با دیگران شریکی، در تنظیمات برای دفترچه‌ات قفل بگذار.",
            ),
            Self::BreathingTitle => pick(l, "Box breathing", "تنفس مربعی"),
            Self::BreathingHow => pick(
                l,
                "Breathe in for four, hold for four, breathe out for four, hold for four. Follow the square; four rounds are enough to start.",
                "تا چهار بشمار و نفس بکش، تا چهار نگه دار، تا چهار بیرون بده، تا چهار نگه دار. دنبال مربع برو؛ برای شروع چهار دور کافی است.",
            ),
            Self::BreathingPhase(p) => match l {
                En => ["Breathe in", "Hold", "Breathe out", "Hold"][usize::from(*p % 4)],
                Fa => ["دم", "نگه دار", "بازدم", "نگه دار"][usize::from(*p % 4)],
            }
            .to_owned(),
            Self::StartBreathing => pick(l, "Start", "شروع"),
            Self::StopBreathing => pick(l, "Stop", "توقف"),
            Self::BreathingCounted(p) => match l {
                En => [
                    "Breathe in slowly through your nose: one, two, three, four.",
                    "Hold your breath gently: one, two, three, four.",
                    "Breathe out slowly through your mouth: one, two, three, four.",
                    "Wait with empty lungs: one, two, three, four.",
                ][usize::from(*p % 4)],
                Fa => [
                    "آرام از بینی نفس بکش: یک، دو، سه، چهار.",
                    "نفست را آرام نگه دار: یک، دو، سه، چهار.",
                    "آرام از دهان بیرون بده: یک، دو، سه، چهار.",
                    "با ریه‌های خالی صبر کن: یک، دو، سه، چهار.",
                ][usize::from(*p % 4)],
            }
            .to_owned(),
            Self::GroundingTitle => pick(
                l,
                "5-4-3-2-1: back to here and now",
                "۵-۴-۳-۲-۱: برگشتن به اینجا و اکنون",
            ),
            Self::GroundingHow => pick(
                l,
                "When thoughts race, name things around you, slowly, out loud or in your head.",
                "وقتی فکرها تند می‌دوند، چیزهای دوروبرت را آرام نام ببر، بلند یا در دلت.",
            ),
            Self::GroundingStep(n) => match l {
                En => match n {
                    5 => "Five things you can see.",
                    4 => "Four things you can touch: your sleeve, the chair, the floor under your feet.",
                    3 => "Three things you can hear.",
                    2 => "Two things you can smell, or two smells you like.",
                    _ => "One thing you can taste, or one kind thing to say to yourself.",
                },
                Fa => match n {
                    5 => "پنج چیز که می‌بینی.",
                    4 => "چهار چیز که می‌توانی لمس کنی: آستینت، صندلی، زمین زیر پایت.",
                    3 => "سه صدا که می‌شنوی.",
                    2 => "دو بو که حس می‌کنی، یا دو بویی که دوست داری.",
                    _ => "یک مزه که حس می‌کنی، یا یک حرف مهربان به خودت.",
                },
            }
            .to_owned(),
            Self::RiskTitle => pick(
                l,
                "It sounds like things are really hard right now",
                "به نظر می‌رسد الان اوضاع واقعاً سخت است",
            ),
            Self::RiskText => pick(
                l,
                "You don’t have to carry this alone. Help now shows people and lines you can reach today.",
                "لازم نیست این را تنها به دوش بکشی. در «کمک فوری» کسانی و خط‌هایی هست که همین امروز می‌توانی با آن‌ها تماس بگیری.",
            ),
            Self::RiskPrivate => pick(
                l,
                "No one else sees this, and nothing is kept about it.",
                "هیچ‌کس دیگری این را نمی‌بیند و چیزی دربارهٔ آن نگه داشته نمی‌شود.",
            ),
            Self::RiskCheckLabel => pick(
                l,
                "Offer Help now when something I write sounds like I may be in danger",
                "وقتی نوشته‌ام نشان می‌دهد شاید در خطر باشم، کمک فوری را پیشنهاد بده",
            ),
            Self::RiskCheckHint => pick(
                l,
                "Checked on this device only, against a short list of phrases. Nothing is kept or sent, and no one is told.",
                "فقط روی همین دستگاه و با فهرست کوتاهی از عبارت‌ها بررسی می‌شود. چیزی نگه داشته یا فرستاده نمی‌شود و به کسی خبر داده نمی‌شود.",
            ),
            Self::NoOneReads => pick(
                l,
                "No one reads this journal. If you write that you are in danger, nobody is told unless you tell someone.",
                "کسی این دفترچه را نمی‌خواند. اگر بنویسی در خطری، هیچ‌کس خبردار نمی‌شود مگر خودت به کسی بگویی.",
            ),
            Self::DutyToAct => pick(
                l,
                "What you share, your counsellor reads. If it shows a risk of harm to you or someone else, they must act on it; they will try to talk with you first.",
                "آنچه می‌فرستی را مشاورت می‌خواند. اگر نشان دهد خطری تو یا کس دیگری را تهدید می‌کند، مشاور باید کاری بکند؛ او سعی می‌کند اول با خودت حرف بزند.",
            ),
            Self::ProtocolTitle => pick(
                l,
                "Safety and confidentiality protocol",
                "شیوه‌نامهٔ ایمنی و رازداری",
            ),
            Self::Protocol(n) => match l {
                En => match n {
                    0 => {
                        "Screening and orientation. Before the group, meet each student briefly: what the group is for, what a session is like, confidentiality and its limits. Check the group fits them now; a student in crisis or with a very recent loss needs individual support first. Ask for the student’s assent and a parent’s or guardian’s consent."
                    }
                    1 => {
                        "The three limits. Confidentiality ends where someone may be harmed: harm to self (thoughts or plans of suicide, self-harm), harm to others, and being harmed (abuse, neglect, violence at home or elsewhere). Say this with examples in the first session, and again when members begin to share."
                    }
                    2 => {
                        "Peers. You can promise your own confidentiality; members can promise only theirs. Say plainly that no one can guarantee every member keeps it, and invite members to share what they would be all right with others knowing."
                    }
                    3 => {
                        "When a risk shows. Stay calm, listen, thank the student for telling you, and do not promise secrecy. Ask directly about safety: asking about suicide does not put the idea in anyone’s head. Do not leave a student at immediate risk alone. Follow your school’s procedure and refer to health services; in immediate danger call 115 or the social emergency, 123."
                    }
                    4 => {
                        "The duty to report. In Iran, the Law on the Protection of Children and Adolescents (2020) requires those who work with children, school staff among them, to report a child who is in danger or being harmed, to the Welfare Organisation’s social emergency (123) or to the prosecutor. Learn your province’s and school’s referral path before the group starts."
                    }
                    5 => {
                        "Informing parents. Tell the student first what you will share, and with whom, unless that would put them in more danger (for example when the harm comes from home). Share what safety needs, not everything that was said."
                    }
                    _ => {
                        "What Hamdel shows you. Hamdel never shows you a member’s journal. You see only what a member chooses to share, so a low WHO-5 score reaches you only if it is shared; the report flags such scores by member code. Each member’s Help now screen lists Iran’s help lines and the contact you add on the kit page, and works offline."
                    }
                },
                Fa => match n {
                    0 => {
                        "غربالگری و آشناسازی. پیش از گروه هر دانش‌آموز را کوتاه ببینید: گروه برای چیست، جلسه چه شکلی است، رازداری و حدود آن. بسنجید که گروه اکنون برای او مناسب است؛ دانش‌آموزی که در بحران است یا سوگی بسیار تازه دارد، نخست به حمایت فردی نیاز دارد. رضایت خود دانش‌آموز و رضایت‌نامهٔ ولی را بگیرید."
                    }
                    1 => {
                        "سه حدّ رازداری. رازداری جایی تمام می‌شود که ممکن است به کسی آسیب برسد: آسیب به خود (فکر یا نقشهٔ خودکشی، خودزنی)، آسیب به دیگری، و آسیب دیدن (آزار، بی‌توجهی، خشونت در خانه یا جای دیگر). این را در جلسهٔ اول با مثال بگویید و وقتی اعضا شروع به گفتن از خود می‌کنند، دوباره یادآوری کنید."
                    }
                    2 => {
                        "هم‌گروهی‌ها. شما می‌توانید رازداری خودتان را قول بدهید؛ هر عضو فقط رازداری خودش را. روشن بگویید که هیچ‌کس نمی‌تواند تضمین کند همهٔ اعضا به آن پایبند بمانند و از اعضا بخواهید چیزی را بگویند که اگر دیگران هم بدانند، برایشان اشکالی نداشته باشد."
                    }
                    3 => {
                        "وقتی خطری پیدا می‌شود. آرام بمانید، گوش بدهید، از دانش‌آموز برای گفتنش تشکر کنید و قول پنهان نگه داشتن ندهید. مستقیم دربارهٔ ایمنی بپرسید: پرسیدن دربارهٔ خودکشی این فکر را در ذهن کسی نمی‌کارد. دانش‌آموزی را که در خطر فوری است تنها نگذارید. طبق روال مدرسه عمل کنید و به خدمات سلامت ارجاع دهید؛ در خطر فوری با ۱۱۵ یا اورژانس اجتماعی، ۱۲۳، تماس بگیرید."
                    }
                    4 => {
                        "وظیفهٔ گزارش. در ایران، قانون حمایت از اطفال و نوجوانان (۱۳۹۹) کسانی را که با کودکان کار می‌کنند، از جمله کارکنان مدرسه، موظف می‌کند کودکی را که در خطر است یا آسیب می‌بیند به اورژانس اجتماعی بهزیستی (۱۲۳) یا دادستانی گزارش دهند. مسیر ارجاع استان و مدرسهٔ خود را پیش از شروع گروه بشناسید."
                    }
                    5 => {
                        "آگاه کردن والدین. نخست به خود دانش‌آموز بگویید چه چیزی را با چه کسی در میان می‌گذارید، مگر اینکه این کار خطر را بیشتر کند (مثلاً وقتی آسیب از خانه است). آنچه را ایمنی لازم دارد بگویید، نه همهٔ آنچه گفته شده است."
                    }
                    _ => {
                        "آنچه همدل به شما نشان می‌دهد. همدل هرگز دفترچهٔ عضو را به شما نشان نمی‌دهد. فقط آنچه عضو خودش بفرستد به دست شما می‌رسد، پس امتیاز پایین WHO-5 را هم فقط وقتی می‌بینید که فرستاده شده باشد؛ گزارش چنین امتیازهایی را با کد عضو نشان می‌دهد. صفحهٔ کمک فوری هر عضو خط‌های کمک ایران و راه تماسی را که در صفحهٔ بستهٔ گروه می‌نویسید نشان می‌دهد و بدون اینترنت هم کار می‌کند."
                    }
                },
            }
            .to_owned(),
            Self::FlagsTitle => pick(
                l,
                "Follow up individually",
                "پیگیری فردی",
            ),
            Self::FlagsIntro => pick(
                l,
                "Shared WHO-5 results under the cut-offs (raw below 13; at or below 9 is very low), each on its own: a group mean never hides them. Talk with each member privately this week. Only you see these notes.",
                "نتیجه‌های WHO-5 فرستاده‌شده زیر نقطهٔ برش (امتیاز خام کمتر از ۱۳؛ ۹ و کمتر بسیار پایین است)، هر کدام جدا: میانگین گروه هرگز آن‌ها را پنهان نمی‌کند. همین هفته با هر عضو جداگانه حرف بزنید. این یادداشت‌ها را فقط شما می‌بینید.",
            ),
            Self::Flag {
                code,
                moment,
                date,
                raw,
            } => match l {
                En => format!(
                    "{code}: {} of 25 ({moment}, {date})",
                    number(raw, l)
                ),
                Fa => format!(
                    "{code}: {} از ۲۵ ({moment}، {date})",
                    number(raw, l)
                ),
            },
            Self::VeryLow => pick(l, "Very low", "بسیار پایین"),
            Self::FollowUpLabel => pick(l, "Private follow-up note", "یادداشت خصوصی پیگیری"),
            Self::ExerciseCautions => pick(l, "Cautions", "هشدارها"),
            Self::AboutExercise(title) => match l {
                En => format!("The exercise “{title}”"),
                Fa => format!("تمرین «{title}»"),
            },
            Self::GroupCautions => pick(l, "Cautions for this group", "هشدارهای این گروه"),
            Self::GroupCautionsCount(n) => match l {
                En => format!("Cautions for this group ({})", number(*n, l)),
                Fa => format!("هشدارهای این گروه ({})", number(*n, l)),
            },
            Self::GroupCautionsLabel => pick(
                l,
                "Cautions for this group, one on each line",
                "هشدارهای این گروه، هر کدام در یک سطر",
            ),
            Self::GroupCautionsNote => pick(
                l,
                "Shown on this page under the next session, in every session's planner and on your printed plan; never sent to members.",
                "در همین صفحه زیر جلسهٔ بعد، در برنامه‌ریز هر جلسه و در برنامهٔ چاپی شما دیده می‌شود و هرگز برای اعضا فرستاده نمی‌شود.",
            ),
            Self::KitHelpTitle => pick(l, "Help now for members", "کمک فوری برای اعضا"),
            Self::KitHelpLabel => pick(
                l,
                "Your contact and local numbers, one on each line",
                "راه تماس با شما و شماره‌های محلی، هر کدام در یک سطر",
            ),
            Self::KitHelpReplaces => pick(
                l,
                "These lines replace Iran’s national lines (for a school outside Iran). Members still see the line about their local emergency number.",
                "این خط‌ها جای خط‌های سراسری ایران را بگیرند (برای مدرسه‌ای بیرون از ایران). اعضا همچنان سطر مربوط به شمارهٔ اورژانس محل را می‌بینند.",
            ),
            Self::GroupLines(name) => match l {
                En => format!("From your counsellor in “{name}”"),
                Fa => format!("از مشاورت در «{name}»"),
            },
            Self::KitHelpNote => pick(
                l,
                "For example: your name, when and where members can find you at school, and a local emergency number outside Iran. Members see it on their Help now screen, above the national lines; a number in a line becomes a call link. Make a new kit after changing it.",
                "مثلاً: نامتان، کی و کجای مدرسه اعضا می‌توانند پیدایتان کنند، و بیرون از ایران شمارهٔ اورژانس محل. اعضا آن را در صفحهٔ کمک فوری، بالای خط‌های سراسری، می‌بینند و هر شماره‌ای در یک سطر پیوند تماس می‌شود. پس از تغییر، بستهٔ تازه‌ای بسازید.",
            ),
        }
    }
}
