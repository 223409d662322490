//! The counsellor's groups: the list, a group's plan, members, attendance, printing.
//!
//! Each arm holds the message in both languages: English first, then Persian.

use super::prelude::*;

/// The counsellor's groups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GroupsMsg {
    /// Counsellor home heading.
    GroupsTitle,
    /// Label of the new group name field.
    NewGroupName,
    /// Button: create a group.
    CreateGroup,
    /// Empty list of groups.
    NoGroups,
    /// Label of the rename field.
    GroupName,
    /// Button: rename.
    Rename,
    /// A group's purpose.
    PurposeName(Purpose),
    /// A problem or advice about a plan.
    Plan(PlanIssue),
    /// A consent state.
    ConsentName(Consent),
    /// An attendance mark.
    AttendanceName(Attendance),
    /// A weekday name (days from Monday).
    WeekdayName(u8),
    /// Group page: the plan section.
    PlanTitle,
    /// Field: purpose.
    PurposeLabel,
    /// Field: population.
    PopulationLabel,
    /// Field: planned size.
    PlannedSizeLabel,
    /// Field: number of sessions.
    SessionCountLabel,
    /// Field: session length.
    SessionMinutesLabel,
    /// Field: start date.
    StartDateLabel,
    /// Field: weekday.
    WeekdayLabel,
    /// Field: time.
    TimeLabel,
    /// Field: room.
    RoomLabel,
    /// Field: co-facilitator.
    CoFacilitatorLabel,
    /// Field: goals.
    GoalsLabel,
    /// Field: ground rules.
    GroundRulesLabel,
    /// ASCA section title, as named in Settings.
    AscaTitle(AscaNames),
    /// ASCA: target group.
    AscaTarget,
    /// ASCA: data used to select members.
    AscaSelection,
    /// ASCA: student standards (5th) / mindsets & behaviors (4th), as named in Settings.
    AscaStandards(AscaNames),
    /// ASCA: resources.
    AscaResources,
    /// ASCA: start and end dates (from the schedule).
    AscaDates(String, String),
    /// Button: edit the plan (it is shown read-only until then).
    EditPlan,
    /// The plan summary: a field not filled in yet.
    NotPlanned,
    /// Button: save the plan.
    SavePlan,
    /// Schedule section title.
    ScheduleTitle,
    /// No start date or weekday yet.
    ScheduleNotSet,
    /// Skipped dates.
    SkippedTitle,
    /// Button: add a skipped date.
    AddSkipped,
    /// Schedule: add a follow-up meeting some weeks after the last session (#19).
    AddFollowUp(i64),
    /// A follow-up meeting was added (offers Undo).
    FollowUpAdded,
    /// A follow-up meeting's name in the session list.
    FollowUpName,
    /// Field: a date to skip.
    SkipDateLabel,
    /// Field: move a session to another date.
    MoveTo,
    /// Members section.
    MembersTitle,
    /// Field: member code.
    MemberCode,
    /// Field: optional real name.
    MemberRealName,
    /// Hint: codes keep members pseudonymous.
    MemberPrivacyHint,
    /// Button: add a member.
    AddMember,
    /// Field: consent.
    ConsentLabel,
    /// Field: parental permission.
    ParentalLabel,
    /// Attendance rate (percent).
    AttendanceRate(u32),
    /// No mark yet.
    NotMarked,
    /// Print links.
    PrintTitle,
    /// Print: the whole plan.
    PrintPlan,
    /// Print: the attendance sheet.
    PrintAttendance,
    /// A member was removed.
    MemberRemoved,
    /// Heading: start from a ready plan.
    TemplatesTitle,
    /// Label: choose a template.
    TemplateChoose,
    /// Button: create a group from the template.
    CreateFromTemplate,
    /// Kits and results: MembersAndResults.
    MembersAndResults,
}

impl GroupsMsg {
    /// The message in the given language.
    pub fn text(&self, l: Locale) -> String {
        match self {
            Self::GroupsTitle => pick(l, "Your groups", "گروه‌های شما"),
            Self::NewGroupName => pick(l, "New group name", "نام گروه تازه"),
            Self::CreateGroup => pick(l, "Create group", "ساختن گروه"),
            Self::NoGroups => pick(
                l,
                "No groups yet. Create your first group below, or start from a ready plan.",
                "هنوز گروهی ندارید. نخستین گروه را در پایین بسازید، یا از یک برنامهٔ آماده شروع کنید.",
            ),
            Self::GroupName => pick(l, "Group name", "نام گروه"),
            Self::Rename => pick(l, "Rename", "تغییر نام"),
            Self::PurposeName(p) => match l {
                En => match p {
                    Purpose::Preventive => "Preventive",
                    Purpose::Educational => "Educational",
                    Purpose::Remedial => "Remedial",
                }
                .to_owned(),
                Fa => match p {
                    Purpose::Preventive => "پیشگیرانه",
                    Purpose::Educational => "آموزشی",
                    Purpose::Remedial => "اصلاحی",
                }
                .to_owned(),
            },
            Self::Plan(i) => match l {
                En => match i {
                    PlanIssue::Name(TextError::Empty) => "Please give the group a name.",
                    PlanIssue::Name(TextError::TooLong { .. }) => "The name is too long.",
                    PlanIssue::TooFewMembers => "A group needs at least two members.",
                    PlanIssue::LargeGroup => {
                        "More than ten members is hard to run well; consider two groups."
                    }
                    PlanIssue::SizeOutsideSchoolAdvice => {
                        "School groups usually work best with 4 to 8 members."
                    }
                    PlanIssue::NoSessions => "Plan at least one session.",
                    PlanIssue::TooManySessions => {
                        "That is more sessions than a plan can hold (at most 40)."
                    }
                    PlanIssue::SessionsOutsideAdvice => "Most school groups meet 6 to 10 times.",
                    PlanIssue::LengthOutOfRange => "A session lasts between 1 and 240 minutes.",
                    PlanIssue::BadTime => "Write the time as HH:MM, for example 10:30.",
                    PlanIssue::DateOutOfRange => "Dates between the years 1900 and 2200 only.",
                }
                .to_owned(),
                Fa => match i {
                    PlanIssue::Name(TextError::Empty) => "لطفاً برای گروه نامی بنویسید.",
                    PlanIssue::Name(TextError::TooLong { .. }) => "نام خیلی بلند است.",
                    PlanIssue::TooFewMembers => "گروه دست‌کم به دو عضو نیاز دارد.",
                    PlanIssue::LargeGroup => {
                        "اداره کردن گروهی با بیش از ده عضو دشوار است؛ دو گروه را در نظر بگیرید."
                    }
                    PlanIssue::SizeOutsideSchoolAdvice => {
                        "گروه‌های مدرسه معمولاً با ۴ تا ۸ عضو بهتر کار می‌کنند."
                    }
                    PlanIssue::NoSessions => "دست‌کم یک جلسه برنامه‌ریزی کنید.",
                    PlanIssue::TooManySessions => {
                        "این تعداد جلسه بیش از ظرفیت یک برنامه است (حداکثر ۴۰)."
                    }
                    PlanIssue::SessionsOutsideAdvice => "بیشتر گروه‌های مدرسه ۶ تا ۱۰ جلسه دارند.",
                    PlanIssue::LengthOutOfRange => "مدت هر جلسه میان ۱ تا ۲۴۰ دقیقه است.",
                    PlanIssue::BadTime => "ساعت را به شکل ساعت:دقیقه بنویسید، مثلاً ۱۰:۳۰.",
                    PlanIssue::DateOutOfRange => {
                        "فقط تاریخ‌های سال ۱۲۷۸ تا ۱۵۷۹ خورشیدی (۱۹۰۰ تا ۲۲۰۰ میلادی)."
                    }
                }
                .to_owned(),
            },
            Self::ConsentName(c) => match l {
                En => match c {
                    Consent::Pending => "Pending",
                    Consent::Given => "Given",
                    Consent::Refused => "Refused",
                    Consent::NotNeeded => "Not needed",
                }
                .to_owned(),
                Fa => match c {
                    Consent::Pending => "در انتظار",
                    Consent::Given => "داده شده",
                    Consent::Refused => "رد شده",
                    Consent::NotNeeded => "لازم نیست",
                }
                .to_owned(),
            },
            Self::AttendanceName(a) => match l {
                En => match a {
                    Attendance::Present => "Present",
                    Attendance::Absent => "Absent",
                    Attendance::Excused => "Excused",
                }
                .to_owned(),
                Fa => match a {
                    Attendance::Present => "حاضر",
                    Attendance::Absent => "غایب",
                    Attendance::Excused => "غیبت موجه",
                }
                .to_owned(),
            },
            Self::WeekdayName(d) => match l {
                En => match d {
                    0 => "Monday",
                    1 => "Tuesday",
                    2 => "Wednesday",
                    3 => "Thursday",
                    4 => "Friday",
                    5 => "Saturday",
                    _ => "Sunday",
                }
                .to_owned(),
                Fa => match d {
                    0 => "دوشنبه",
                    1 => "سه‌شنبه",
                    2 => "چهارشنبه",
                    3 => "پنجشنبه",
                    4 => "جمعه",
                    5 => "شنبه",
                    _ => "یکشنبه",
                }
                .to_owned(),
            },
            Self::PlanTitle => pick(l, "Plan", "برنامه"),
            Self::PurposeLabel => pick(l, "Purpose", "هدف"),
            Self::PopulationLabel => pick(
                l,
                "Who it is for (grade or age)",
                "برای چه کسانی (پایه یا سن)",
            ),
            Self::PlannedSizeLabel => {
                pick(l, "Planned number of members", "تعداد اعضای پیش‌بینی‌شده")
            }
            Self::SessionCountLabel => pick(l, "Number of sessions", "تعداد جلسه‌ها"),
            Self::SessionMinutesLabel => pick(l, "Minutes per session", "مدت هر جلسه (دقیقه)"),
            Self::StartDateLabel => pick(l, "Start date", "تاریخ شروع"),
            Self::WeekdayLabel => pick(l, "Meeting day", "روز جلسه"),
            Self::TimeLabel => pick(l, "Time (HH:MM)", "ساعت (ساعت:دقیقه)"),
            Self::RoomLabel => pick(l, "Room", "مکان"),
            Self::CoFacilitatorLabel => pick(l, "Co-facilitator", "هم‌رهبر گروه"),
            Self::GoalsLabel => pick(l, "Goals", "هدف‌ها"),
            Self::GroundRulesLabel => pick(l, "Ground rules", "قوانین گروه"),
            Self::AscaTitle(AscaNames::Plain) => pick(
                l,
                "For the school's records: how the group is chosen and judged",
                "برای پروندهٔ مدرسه: انتخاب اعضا و سنجش نتیجه",
            ),
            Self::AscaTitle(AscaNames::Fifth) => pick(
                l,
                "ASCA small-group plan (5th edition)",
                "برنامهٔ گروه کوچک ASCA (ویرایش ۵)",
            ),
            Self::AscaTitle(AscaNames::Fourth) => pick(
                l,
                "ASCA small-group plan (4th edition)",
                "برنامهٔ گروه کوچک ASCA (ویرایش ۴)",
            ),
            Self::AscaTarget => pick(l, "Target group", "گروه هدف"),
            Self::AscaSelection => pick(
                l,
                "Data used to select members",
                "داده‌هایی که برای انتخاب اعضا به کار رفت",
            ),
            Self::AscaStandards(AscaNames::Plain) => {
                pick(l, "What members are to learn", "آنچه اعضا باید بیاموزند")
            }
            Self::AscaStandards(AscaNames::Fifth) => {
                pick(l, "Student standards", "استانداردهای دانش‌آموزی")
            }
            Self::AscaStandards(AscaNames::Fourth) => {
                pick(l, "ASCA Mindsets & Behaviors", "نگرش‌ها و رفتارهای ASCA")
            }
            Self::AscaResources => pick(l, "Resources", "منابع"),
            Self::AscaDates(a, b) => match l {
                En => format!("Start and end dates: {a} – {b}"),
                Fa => format!("تاریخ شروع و پایان: {a} تا {b}"),
            },
            Self::EditPlan => pick(l, "Edit the plan", "ویرایش برنامه"),
            Self::NotPlanned => pick(l, "not set yet", "هنوز مشخص نشده"),
            Self::SavePlan => pick(l, "Save plan", "ذخیرهٔ برنامه"),
            Self::ScheduleTitle => pick(l, "Schedule", "زمان‌بندی"),
            Self::ScheduleNotSet => pick(
                l,
                "Set a start date and a meeting day to see the dates.",
                "برای دیدن تاریخ‌ها، تاریخ شروع و روز جلسه را تعیین کنید.",
            ),
            Self::SkippedTitle => pick(
                l,
                "Days without a meeting (holidays, exams)",
                "روزهای بدون جلسه (تعطیلات، امتحان‌ها)",
            ),
            Self::AddSkipped => pick(
                l,
                "Add to days without a meeting",
                "افزودن به روزهای بدون جلسه",
            ),
            Self::AddFollowUp(weeks) => match l {
                En => format!(
                    "Add a follow-up meeting, {} after the last session",
                    count(*weeks as usize, "week", "weeks")
                ),
                Fa => format!(
                    "افزودن یک دیدار پیگیری، {} هفته بعد از آخرین جلسه",
                    number(weeks, l)
                ),
            },
            Self::FollowUpAdded => pick(
                l,
                "Follow-up meeting added after the last session.",
                "دیدار پیگیری بعد از آخرین جلسه افزوده شد.",
            ),
            Self::FollowUpName => pick(l, "Follow-up meeting", "دیدار پیگیری"),
            Self::SkipDateLabel => pick(l, "Date to skip", "تاریخ بدون جلسه"),
            Self::MoveTo => pick(l, "Move to", "انتقال به"),
            Self::MembersTitle => pick(l, "Members", "اعضا"),
            Self::MemberCode => pick(l, "Code or initials", "کد یا حروف اول نام"),
            Self::MemberRealName => pick(l, "Real name (optional)", "نام واقعی (اختیاری)"),
            Self::MemberPrivacyHint => pick(
                l,
                "Members are known by a code unless you choose to type a name.",
                "اعضا با یک کد شناخته می‌شوند، مگر اینکه خودتان نامی بنویسید.",
            ),
            Self::AddMember => pick(l, "Add member", "افزودن عضو"),
            Self::ConsentLabel => pick(l, "Consent", "رضایت"),
            Self::ParentalLabel => pick(l, "Parental permission", "اجازهٔ والدین"),
            Self::AttendanceRate(p) => match l {
                En => format!("Attendance rate: {}%", number(p, l)),
                Fa => format!("نرخ حضور: {}٪", number(p, l)),
            },
            Self::NotMarked => pick(l, "—", "—"),
            Self::PrintTitle => pick(l, "Print", "چاپ"),
            Self::PrintPlan => pick(l, "Whole group plan", "برنامهٔ کامل گروه"),
            Self::PrintAttendance => pick(l, "Attendance sheet", "برگهٔ حضور و غیاب"),
            Self::MemberRemoved => pick(l, "Member removed.", "عضو برداشته شد."),
            Self::TemplatesTitle => pick(l, "Start from a ready plan", "شروع با یک برنامهٔ آماده"),
            Self::TemplateChoose => pick(l, "Ready plan", "برنامهٔ آماده"),
            Self::CreateFromTemplate => {
                pick(l, "Create group from this plan", "ساختن گروه با این برنامه")
            }
            Self::MembersAndResults => pick(l, "Kit and results", "بسته و نتایج"),
        }
    }
}
