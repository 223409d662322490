//! The counsellor's day (#17): a group at a glance on the groups list and on top of its page,
//! the roll call, and the sessions as a calendar file.
//!
//! Each arm holds the message in both languages: English first, then Persian. The counsellor is
//! spoken to as «شما».

use super::prelude::*;

/// The counsellor's day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OverviewMsg {
    /// The overview card's heading.
    NextTitle,
    /// The next session, with its formatted date (and time, room).
    Next {
        /// The session's number (1-based).
        number: usize,
        /// When and where, formatted.
        when: String,
    },
    /// The next session is today.
    Today {
        /// The session's number (1-based).
        number: usize,
        /// Time and room, formatted (may be empty).
        at: String,
    },
    /// The next session has no date yet.
    NextUndated(usize),
    /// Every session is behind.
    AllHeld,
    /// The schedule is not set.
    NoSchedule,
    /// Progress.
    Held {
        /// Sessions held.
        held: usize,
        /// Sessions planned.
        total: usize,
    },
    /// Heading over what needs attention.
    AttentionTitle,
    /// Members with a consent still to answer.
    ConsentsMissing(usize),
    /// A past session has no attendance.
    AttendanceMissing(usize),
    /// Results still to come in.
    ResultsWaiting(usize),
    /// Nothing needs attention.
    AllClear,
    /// Link: the next session's planner.
    OpenPlanner,
    /// Button: go to the roll call.
    TakeAttendance,
    /// Button: go to the plan (its summary).
    SeePlan,
    /// The roll call's heading.
    RollCallTitle,
    /// The roll call: which session.
    RollCallSession,
    /// The roll call: mark everyone present.
    MarkAllPresent,
    /// Undo notice after marking everyone present.
    MarkedAllPresent,
    /// The roll call's count.
    RollCount {
        /// Present.
        present: usize,
        /// Absent.
        absent: usize,
        /// Excused.
        excused: usize,
        /// Not marked yet.
        unmarked: usize,
    },
    /// The roll call with no members.
    NoMembers,
    /// A chip on a member: their own consent is still to answer.
    ConsentPending,
    /// A chip on a member: their parents' permission is still to answer.
    PermissionPending,
    /// Button: the sessions as a calendar file.
    ExportCalendar,
    /// What the calendar file is.
    CalendarNote,
    /// A calendar event's title.
    EventTitle {
        /// The group's name.
        group: String,
        /// The session's number (1-based).
        number: usize,
    },
}

impl OverviewMsg {
    /// The message in the given language.
    pub fn text(&self, l: Locale) -> String {
        match self {
            Self::NextTitle => pick(l, "Next session", "جلسهٔ بعد"),
            Self::Next { number: n, when } => match l {
                En => format!("Session {} · {when}", number(n, l)),
                Fa => format!("جلسهٔ {} · {when}", number(n, l)),
            },
            Self::Today { number: n, at } => match l {
                En => format!("Today: session {} {at}", number(n, l)),
                Fa => format!("امروز: جلسهٔ {} {at}", number(n, l)),
            },
            Self::NextUndated(n) => match l {
                En => format!("Session {} · no date yet", number(n, l)),
                Fa => format!("جلسهٔ {} · هنوز تاریخ ندارد", number(n, l)),
            },
            Self::AllHeld => pick(
                l,
                "Every session is behind you: time for the results report.",
                "همهٔ جلسه‌ها برگزار شده است؛ وقت گزارش نتیجه‌هاست.",
            ),
            Self::NoSchedule => pick(
                l,
                "No dates yet: set the start date and meeting day in the plan.",
                "هنوز تاریخی ندارد: تاریخ شروع و روز جلسه را در برنامه وارد کنید.",
            ),
            Self::Held { held, total } => match l {
                En => format!(
                    "{} of {} held",
                    number(held, l),
                    count(*total, "session", "sessions")
                ),
                Fa => format!(
                    "{} جلسه از {} جلسه برگزار شده",
                    number(held, l),
                    number(total, l)
                ),
            },
            Self::AttentionTitle => pick(l, "Needs attention", "نیاز به پیگیری"),
            Self::ConsentsMissing(n) => match l {
                En => format!(
                    "{} with a consent still to come",
                    count(*n, "member", "members")
                ),
                Fa => format!("{} عضو هنوز رضایت‌نامه نیاورده‌اند", number(n, l)),
            },
            Self::AttendanceMissing(n) => match l {
                En => format!("No attendance taken for session {}", number(n, l)),
                Fa => format!("حضور و غیاب جلسهٔ {} ثبت نشده", number(n, l)),
            },
            Self::ResultsWaiting(n) => match l {
                En => format!(
                    "{} still to come in",
                    count(*n, "survey result", "survey results")
                ),
                Fa => format!("{} نتیجهٔ پرسش‌نامه هنوز نرسیده", number(n, l)),
            },
            Self::AllClear => pick(l, "Nothing waiting.", "کاری عقب نمانده."),
            Self::OpenPlanner => pick(l, "Open planner", "برنامهٔ جلسه"),
            Self::TakeAttendance => pick(l, "Take attendance", "حضور و غیاب"),
            Self::SeePlan => pick(l, "See the plan", "دیدن برنامه"),
            Self::RollCallTitle => pick(l, "Roll call", "حضور و غیاب"),
            Self::RollCallSession => pick(l, "Session", "جلسه"),
            Self::MarkAllPresent => pick(l, "Mark all present", "همه حاضرند"),
            Self::MarkedAllPresent => pick(l, "Everyone is marked present.", "همه حاضر ثبت شدند."),
            Self::RollCount {
                present,
                absent,
                excused,
                unmarked,
            } => match l {
                En => format!(
                    "{} present, {} absent, {} excused, {} not marked",
                    number(present, l),
                    number(absent, l),
                    number(excused, l),
                    number(unmarked, l)
                ),
                Fa => format!(
                    "{} حاضر، {} غایب، {} غیبت موجه، {} ثبت‌نشده",
                    number(present, l),
                    number(absent, l),
                    number(excused, l),
                    number(unmarked, l)
                ),
            },
            Self::NoMembers => pick(
                l,
                "Add members below to take attendance.",
                "برای حضور و غیاب، پایین‌تر اعضا را اضافه کنید.",
            ),
            Self::ConsentPending => pick(l, "Consent to come", "رضایت خودش مانده"),
            Self::PermissionPending => pick(l, "Parents’ permission to come", "اجازهٔ والدین مانده"),
            Self::ExportCalendar => pick(
                l,
                "Add the sessions to a calendar",
                "افزودن جلسه‌ها به تقویم",
            ),
            Self::CalendarNote => pick(
                l,
                "Saves a calendar file that your phone’s or computer’s calendar opens: one event a session, at the group’s time and room, skipped dates left out. Save it again after a change.",
                "فایل تقویمی ذخیره می‌شود که تقویم گوشی یا رایانه‌تان آن را باز می‌کند: برای هر جلسه یک رویداد، با ساعت و محل گروه و بدون روزهای تعطیل. پس از هر تغییر دوباره ذخیره‌اش کنید.",
            ),
            Self::EventTitle { group, number: n } => match l {
                En => format!("{group} · Session {}", number(n, l)),
                Fa => format!("{group} · جلسهٔ {}", number(n, l)),
            },
        }
    }
}
