//! A counselling group and its plan: focus, purpose, size, schedule, ASCA plan fields,
//! sessions and members, with the rules a school counsellor plans by.

use super::kit::{self, Kit, KitSession, KitSurvey};
use super::member::Member;
use super::outcome::{Outcome, Source};
use super::schedule::weekly_dates;
use super::session::{Session, Stage, Text, default_sessions, default_stage};
use super::survey::Moment;
use super::{Id, Keyed, TextError, iso_date, required_text};
use chrono::{NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// The longest group name accepted, in characters.
pub const GROUP_NAME_MAX: usize = 120;
/// The most counsellor keys a group's kits can have been made with, as a backup may bring them
/// (one key a device the counsellor worked on; a file with more is refused).
pub const KIT_RECIPIENTS_MAX: usize = 64;
/// The longest text a group carries for its members' Help now screen, in characters.
pub const HELP_TEXT_MAX: usize = 1_000;

/// A counselling group run by a counsellor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    /// Stable identity.
    pub id: Id,
    /// Name as the counsellor typed it (trimmed).
    pub name: String,
    /// The day the group was created in Hamdel.
    #[serde(with = "super::iso_date::serde_iso")]
    pub created_on: NaiveDate,
    /// The kind of concern the group works on.
    #[serde(default)]
    pub focus: Focus,
    /// Why the group exists.
    #[serde(default)]
    pub purpose: Purpose,
    /// Who the group is for: a grade or an age band.
    #[serde(default)]
    pub population: String,
    /// How many members are planned.
    #[serde(default = "default_size")]
    pub planned_size: u16,
    /// How many sessions are planned.
    #[serde(default = "default_count")]
    pub session_count: u16,
    /// Minutes per session (a school period by default).
    #[serde(default = "default_minutes")]
    pub session_minutes: u16,
    /// The first possible meeting day.
    #[serde(default, with = "iso_date::serde_iso_opt")]
    pub start_date: Option<NaiveDate>,
    /// The meeting weekday, as days from Monday (0–6).
    #[serde(default)]
    pub weekday: Option<u8>,
    /// Meeting time, `HH:MM`.
    #[serde(default)]
    pub time: String,
    /// Where the group meets.
    #[serde(default)]
    pub room: String,
    /// A second facilitator, if any.
    #[serde(default)]
    pub co_facilitator: String,
    /// The group's goals.
    #[serde(default)]
    pub goals: String,
    /// Ground rules agreed or proposed.
    #[serde(default)]
    pub ground_rules: String,
    /// The counsellor's cautions for this group, one a line (from its template, then edited):
    /// shown on the group page, in the planner and in the counsellor's prints, never in a kit.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub cautions: String,
    /// The ASCA small-group action plan fields.
    #[serde(default)]
    pub asca: AscaPlan,
    /// Dates with no meeting (holidays, exam weeks).
    #[serde(default, with = "iso_date::serde_iso_vec")]
    pub skipped: Vec<NaiveDate>,
    /// The sessions, in order.
    #[serde(default)]
    pub sessions: Vec<Session>,
    /// The members.
    #[serde(default)]
    pub members: Vec<Member>,
    /// Surveys members are asked to take, and when (sent in the group's kit).
    #[serde(default)]
    pub kit_surveys: Vec<PlannedSurvey>,
    /// Survey results as schema 4 kept them, inside the group. Since schema 5 they are
    /// records of their own ([`crate::outcome::Results`]); the workspace and a backup's
    /// reading move what an older version stored here out ([`Group::take_results`]), and
    /// this is empty (and not written) otherwise.
    #[serde(default, rename = "outcomes", skip_serializing_if = "Vec::is_empty")]
    pub legacy_outcomes: Vec<Outcome>,
    /// Whether the kit asks for an exit ticket after each session (#18).
    #[serde(default)]
    pub exit_tickets: bool,
    /// Exit tickets as schema 4 kept them (see `legacy_outcomes`).
    #[serde(
        default,
        rename = "exit_results",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub legacy_exit: Vec<super::exit::ExitResult>,
    /// Shared notes as schema 4 kept them (see `legacy_outcomes`).
    #[serde(default, rename = "shared", skip_serializing_if = "Vec::is_empty")]
    pub legacy_shared: Vec<SharedNote>,
    /// Results report: factors that contributed to (or limited) the results.
    #[serde(default)]
    pub contributing: String,
    /// Results report: implications for the next group or the school.
    #[serde(default)]
    pub implications: String,
    /// For the members' Help now screen, carried in the kit: the counsellor's own contact and
    /// any local lines, one a line (#16).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub help: String,
    /// Whether `help` replaces Iran's national lines on the members' Help now (#16).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub help_replaces: bool,
    /// Private follow-up notes on flagged low WHO-5 results (#16).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub follow_ups: Vec<crate::outcome::FollowUp>,
    /// The counsellor recipients (`age1…`) this group's kits were made with, so a backup of
    /// this group carries only the keys that open its share-backs (review L8). `None` for a
    /// group stored before this was recorded: which keys its kits used is unknown, and its
    /// backup carries every key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kit_recipients: Option<Vec<String>>,
}

/// A survey the group plans, at a moment of its life.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedSurvey {
    /// The survey.
    pub survey: Id,
    /// Pre (first session), mid (middle session) or post (last session).
    pub moment: Moment,
}

/// Something a member chose to share besides survey results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedNote {
    /// The member's code.
    pub code: String,
    /// The share it came in.
    pub share: Id,
    /// The entry's date (a goal: the day it was received).
    #[serde(with = "iso_date::serde_iso")]
    pub date: NaiveDate,
    /// The text (a goal: its title and steps).
    pub text: String,
}

fn default_size() -> u16 {
    6
}
fn default_count() -> u16 {
    8
}
fn default_minutes() -> u16 {
    45
}

/// The kind of concern a group works on (seed: personal, academic, social, vocational).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Focus {
    /// Personal growth.
    #[default]
    Personal,
    /// Study and school.
    Academic,
    /// Relationships and social skills.
    Social,
    /// Careers and the world of work.
    Vocational,
}

impl Focus {
    /// All focuses.
    pub const ALL: [Focus; 4] = [
        Focus::Personal,
        Focus::Academic,
        Focus::Social,
        Focus::Vocational,
    ];
}

/// Why a group exists (seed: preventive, educational, and corrective).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// Preventing a difficulty before it grows.
    #[default]
    Preventive,
    /// Teaching skills.
    Educational,
    /// Working on a difficulty already there.
    Remedial,
}

impl Purpose {
    /// All purposes.
    pub const ALL: [Purpose; 3] = [Purpose::Preventive, Purpose::Educational, Purpose::Remedial];
}

/// ASCA small-group action plan fields (4th and 5th edition names differ; the interface shows
/// both).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AscaPlan {
    /// Target group.
    pub target_group: String,
    /// Data used to select members.
    pub selection_data: String,
    /// Student standards addressed (5th ed.; 4th ed.: ASCA Mindsets & Behaviors).
    pub standards: String,
    /// Resources needed.
    pub resources: String,
    /// Participation data planned (5th ed.; 4th ed.: process data).
    pub participation_data: String,
    /// Mindsets & behaviors / perception data planned (pre/post).
    pub perception_data: String,
    /// Achievement-related / outcome data planned (4th ed.: outcome data).
    pub achievement_data: String,
}

/// A plan field a problem can be shown next to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanField {
    /// The name.
    Name,
    /// Planned size.
    PlannedSize,
    /// Number of sessions.
    SessionCount,
    /// Session length.
    SessionMinutes,
    /// Meeting time.
    Time,
    /// Start date.
    StartDate,
}

/// Something to tell the counsellor about a plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanIssue {
    /// The name is refused (blocks saving).
    Name(TextError),
    /// Fewer than two members: not a group (blocks saving).
    TooFewMembers,
    /// More than ten members: hard to run well (warning).
    LargeGroup,
    /// Outside the 4–8 usually advised for school groups (advice).
    SizeOutsideSchoolAdvice,
    /// No sessions (blocks saving).
    NoSessions,
    /// More sessions than anyone plans (blocks saving).
    TooManySessions,
    /// Outside the 6–10 usually advised (advice).
    SessionsOutsideAdvice,
    /// Session length of zero or over four hours (blocks saving).
    LengthOutOfRange,
    /// Time not `HH:MM` (blocks saving).
    BadTime,
    /// A date outside 1900–2200 (blocks saving).
    DateOutOfRange,
}

impl PlanIssue {
    /// Whether saving is refused until it is fixed.
    pub fn blocks_saving(self) -> bool {
        matches!(
            self,
            PlanIssue::Name(_)
                | PlanIssue::TooFewMembers
                | PlanIssue::NoSessions
                | PlanIssue::TooManySessions
                | PlanIssue::LengthOutOfRange
                | PlanIssue::BadTime
                | PlanIssue::DateOutOfRange
        )
    }
}

/// Most sessions a plan may have.
pub const MAX_SESSIONS: u16 = 40;

/// Weeks between a group's last session and its follow-up meeting (#19).
pub const FOLLOW_UP_WEEKS: i64 = 4;

/// Why a group could not be created or renamed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupError {
    /// The name was refused.
    Name(TextError),
}

impl std::fmt::Display for GroupError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GroupError::Name(e) => write!(f, "group name: {e}"),
        }
    }
}

impl std::error::Error for GroupError {}

impl Group {
    /// Creates a group after validating its name, with the default plan (sessions not yet made:
    /// see [`Group::with_default_sessions`]).
    pub fn new(id: Id, name: &str, created_on: NaiveDate) -> Result<Self, GroupError> {
        let name = required_text(name, GROUP_NAME_MAX).map_err(GroupError::Name)?;
        Ok(Group {
            id,
            name,
            created_on,
            focus: Focus::default(),
            purpose: Purpose::default(),
            population: String::new(),
            planned_size: default_size(),
            session_count: default_count(),
            session_minutes: default_minutes(),
            start_date: None,
            weekday: None,
            time: String::new(),
            room: String::new(),
            co_facilitator: String::new(),
            goals: String::new(),
            ground_rules: String::new(),
            cautions: String::new(),
            asca: AscaPlan::default(),
            skipped: Vec::new(),
            sessions: Vec::new(),
            members: Vec::new(),
            kit_surveys: Vec::new(),
            legacy_outcomes: Vec::new(),
            exit_tickets: true,
            legacy_exit: Vec::new(),
            legacy_shared: Vec::new(),
            contributing: String::new(),
            implications: String::new(),
            help: String::new(),
            help_replaces: false,
            follow_ups: Vec::new(),
            kit_recipients: Some(Vec::new()),
        })
    }

    /// Records that a kit of this group was made with `recipient`; whether that changed the
    /// group (a group whose recipients were never recorded stays so).
    pub fn note_kit_recipient(&mut self, recipient: &str) -> bool {
        match &mut self.kit_recipients {
            Some(list) if !list.iter().any(|r| r == recipient) => {
                list.push(recipient.to_owned());
                true
            }
            _ => false,
        }
    }

    /// Whether a backup of this group needs the key whose recipient is `recipient`.
    pub fn needs_key(&self, recipient: &str) -> bool {
        self.kit_recipients
            .as_ref()
            .is_none_or(|list| list.iter().any(|r| r == recipient))
    }

    /// The date planned for a moment: pre → the first session, mid → the middle one, post →
    /// the last one.
    pub fn moment_date(&self, moment: Moment) -> Option<NaiveDate> {
        let dates = self.session_dates();
        let i = match moment {
            Moment::Pre => 0,
            Moment::Mid => dates.len() / 2,
            Moment::Post => dates.len().checked_sub(1)?,
        };
        dates.get(i).copied().flatten()
    }

    /// The kit members receive: name, sessions with their dates, prompts and tasks, the planned
    /// surveys with their due dates, and `recipient`. Never the members' codes (#15: each
    /// member types the code on their slip, and no one sees another's). `resolve` puts a
    /// built-in text in the counsellor's language (each session's prompt and task for members,
    /// `Session::for_members`). `carried` gives each planned survey the member's app does not
    /// hold — the counsellor's own (#18) — which then travels whole; it answers `None` for a
    /// built-in one, which travels by id.
    pub fn kit(
        &self,
        recipient: &str,
        resolve: impl Fn(&Text) -> String,
        carried: impl Fn(&Id) -> Option<crate::survey::Survey>,
    ) -> Kit {
        let dates = self.session_dates();
        let mut instruments: Vec<crate::survey::Survey> = Vec::new();
        for p in &self.kit_surveys {
            if !instruments.iter().any(|s| s.id == p.survey)
                && let Some(s) = carried(&p.survey)
            {
                instruments.push(s);
            }
        }
        Kit {
            format: kit::KIT_FORMAT.into(),
            version: kit::KIT_VERSION,
            group: self.id.clone(),
            name: self.name.clone(),
            sessions: self
                .sessions
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let (prompt, task) = s.for_members(&resolve);
                    KitSession {
                        number: (i + 1) as u16,
                        date: dates.get(i).copied().flatten(),
                        prompt,
                        task,
                        exit: if self.exit_tickets {
                            s.exit_statements(&resolve)
                        } else {
                            Vec::new()
                        },
                    }
                })
                .collect(),
            surveys: self
                .kit_surveys
                .iter()
                .map(|p| KitSurvey {
                    survey: p.survey.clone(),
                    moment: p.moment,
                    due: self.moment_date(p.moment),
                })
                .collect(),
            codes: Vec::new(),
            instruments,
            recipient: recipient.to_owned(),
            help: self.help.clone(),
            help_replaces: self.help_replaces && !self.help.trim().is_empty(),
            time: if valid_time(&self.time) {
                self.time.clone()
            } else {
                String::new()
            },
            minutes: self.session_minutes,
            room: self.room.trim().to_owned(),
        }
    }

    /// The plan fields a form changed, put on top of the group as stored now (`self`), field
    /// by field: `base` is the group as the form opened, `draft` the form. A field the form did
    /// not change keeps its stored value, so a form opened before another window saved never
    /// writes back a stale room, goals or session count. A field changed both here and elsewhere
    /// keeps both versions where it is text (this form's first) and this form's value otherwise;
    /// the count of such fields is returned so the person can be told. Sessions, members,
    /// skipped dates and results are always kept as stored.
    pub fn merge_plan(&self, base: &Group, draft: &Group) -> (Group, usize) {
        let mut both = 0usize;
        let mut out = self.clone();
        fn pick<T: PartialEq + Clone>(stored: &T, base: &T, draft: &T, both: &mut usize) -> T {
            if draft == base || stored == draft {
                stored.clone()
            } else {
                if stored != base {
                    *both += 1;
                }
                draft.clone()
            }
        }
        fn text(stored: &str, base: &str, draft: &str, sep: &str, both: &mut usize) -> String {
            if draft == base || stored == draft {
                stored.to_owned()
            } else if stored == base {
                draft.to_owned()
            } else {
                *both += 1;
                match (stored.trim(), draft.trim()) {
                    ("", _) => draft.to_owned(),
                    (_, "") => stored.to_owned(),
                    _ => format!("{draft}{sep}{stored}"),
                }
            }
        }
        let b = &mut both;
        out.name = pick(&self.name, &base.name, &draft.name, b);
        out.focus = pick(&self.focus, &base.focus, &draft.focus, b);
        out.purpose = pick(&self.purpose, &base.purpose, &draft.purpose, b);
        out.population = text(
            &self.population,
            &base.population,
            &draft.population,
            " / ",
            b,
        );
        out.planned_size = pick(
            &self.planned_size,
            &base.planned_size,
            &draft.planned_size,
            b,
        );
        out.session_count = pick(
            &self.session_count,
            &base.session_count,
            &draft.session_count,
            b,
        );
        out.session_minutes = pick(
            &self.session_minutes,
            &base.session_minutes,
            &draft.session_minutes,
            b,
        );
        out.start_date = pick(&self.start_date, &base.start_date, &draft.start_date, b);
        out.weekday = pick(&self.weekday, &base.weekday, &draft.weekday, b);
        out.time = pick(&self.time, &base.time, &draft.time, b);
        out.room = text(&self.room, &base.room, &draft.room, " / ", b);
        out.co_facilitator = text(
            &self.co_facilitator,
            &base.co_facilitator,
            &draft.co_facilitator,
            " / ",
            b,
        );
        out.goals = text(&self.goals, &base.goals, &draft.goals, "\n\n", b);
        out.ground_rules = text(
            &self.ground_rules,
            &base.ground_rules,
            &draft.ground_rules,
            "\n\n",
            b,
        );
        out.cautions = text(&self.cautions, &base.cautions, &draft.cautions, "\n", b);
        let (s, o, d) = (&self.asca, &base.asca, &draft.asca);
        macro_rules! asca {
            ($($f:ident),*) => {
                $(out.asca.$f = text(&s.$f, &o.$f, &d.$f, "\n\n", b);)*
            };
        }
        asca!(
            target_group,
            selection_data,
            standards,
            resources,
            participation_data,
            perception_data,
            achievement_data
        );
        (out, both)
    }

    /// Sessions that were held: those with any attendance recorded.
    pub fn sessions_held(&self) -> usize {
        self.sessions
            .iter()
            .filter(|s| !s.attendance.is_empty())
            .count()
    }

    /// Whether it still holds results as schema 4 kept them.
    pub fn has_legacy_results(&self) -> bool {
        !(self.legacy_outcomes.is_empty()
            && self.legacy_exit.is_empty()
            && self.legacy_shared.is_empty())
    }

    /// Takes the results schema 4 kept inside the group out, as records of their own: one per
    /// share-back (its id), and the paper results in one record whose id is the group's with
    /// `~paper` (stable, so a move repeated after a failed write makes the same records).
    pub fn take_results(&mut self) -> Vec<crate::outcome::Results> {
        use crate::outcome::Results;
        let mut out: Vec<Results> = Vec::new();
        let group = self.id.clone();
        let mut record = |share: Option<&Id>| -> usize {
            let id = share
                .cloned()
                .unwrap_or_else(|| Id::from_raw(format!("{}~paper", group.as_str())));
            match out.iter().position(|r| r.id == id) {
                Some(i) => i,
                None => {
                    out.push(Results::new(id, group.clone()));
                    out.len() - 1
                }
            }
        };
        let outcomes = std::mem::take(&mut self.legacy_outcomes);
        let exit = std::mem::take(&mut self.legacy_exit);
        let notes = std::mem::take(&mut self.legacy_shared);
        let mut placed: Vec<(usize, Outcome)> = Vec::new();
        for o in outcomes {
            let share = match &o.source {
                Source::Shared { share } => Some(share.clone()),
                Source::Paper => None,
            };
            placed.push((record(share.as_ref()), o));
        }
        let exit: Vec<(usize, super::exit::ExitResult)> = exit
            .into_iter()
            .map(|e| (record(Some(&e.share)), e))
            .collect();
        let notes: Vec<(usize, SharedNote)> = notes
            .into_iter()
            .map(|n| (record(Some(&n.share)), n))
            .collect();
        for (i, o) in placed {
            out[i].outcomes.push(o);
        }
        for (i, e) in exit {
            out[i].exit.push(e);
        }
        for (i, n) in notes {
            out[i].notes.push(n);
        }
        out
    }

    /// The same group with default sessions for its planned count (first: safety; last:
    /// goodbye), ids drawn from `ids`.
    pub fn with_default_sessions(mut self, ids: impl FnMut() -> Id) -> Self {
        self.sessions = default_sessions(usize::from(self.session_count), ids);
        self
    }

    /// Everything to tell the counsellor about the plan, with the field it belongs to.
    pub fn check(&self) -> Vec<(PlanField, PlanIssue)> {
        let mut out = Vec::new();
        if let Err(e) = required_text(&self.name, GROUP_NAME_MAX) {
            out.push((PlanField::Name, PlanIssue::Name(e)));
        }
        match self.planned_size {
            0 | 1 => out.push((PlanField::PlannedSize, PlanIssue::TooFewMembers)),
            n if n > 10 => out.push((PlanField::PlannedSize, PlanIssue::LargeGroup)),
            n if !(4..=8).contains(&n) => {
                out.push((PlanField::PlannedSize, PlanIssue::SizeOutsideSchoolAdvice))
            }
            _ => {}
        }
        match self.session_count {
            0 => out.push((PlanField::SessionCount, PlanIssue::NoSessions)),
            n if n > MAX_SESSIONS => {
                out.push((PlanField::SessionCount, PlanIssue::TooManySessions))
            }
            n if !(6..=10).contains(&n) => {
                out.push((PlanField::SessionCount, PlanIssue::SessionsOutsideAdvice))
            }
            _ => {}
        }
        if self.session_minutes == 0 || self.session_minutes > 240 {
            out.push((PlanField::SessionMinutes, PlanIssue::LengthOutOfRange));
        }
        if !self.time.is_empty() && !valid_time(&self.time) {
            out.push((PlanField::Time, PlanIssue::BadTime));
        }
        let dates = self.start_date.iter().chain(&self.skipped).copied();
        let moved = self.sessions.iter().filter_map(|s| s.moved_to);
        if dates.chain(moved).any(|d| !super::dates::in_range(d)) {
            out.push((PlanField::StartDate, PlanIssue::DateOutOfRange));
        }
        out
    }

    /// The meeting weekday.
    pub fn meeting_weekday(&self) -> Option<Weekday> {
        self.weekday.and_then(|d| Weekday::try_from(d).ok())
    }

    /// Each session's date: moved by hand, or generated from the start date, weekday and
    /// skipped dates; `None` while the schedule is not set.
    pub fn session_dates(&self) -> Vec<Option<NaiveDate>> {
        let weekly = self.sessions.iter().filter(|s| !s.follow_up).count();
        let generated = match (self.start_date, self.meeting_weekday()) {
            (Some(start), Some(day)) => weekly_dates(start, day, weekly, &self.skipped),
            _ => Vec::new(),
        };
        let mut out: Vec<Option<NaiveDate>> = Vec::with_capacity(self.sessions.len());
        let mut next = generated.iter().copied();
        for s in &self.sessions {
            // A follow-up meeting (#19) is FOLLOW_UP_WEEKS after the session before it, and
            // takes no weekly slot.
            let date = if s.follow_up {
                s.moved_to.or_else(|| {
                    out.last()
                        .copied()
                        .flatten()
                        .map(|d| d + chrono::Duration::weeks(FOLLOW_UP_WEEKS))
                })
            } else {
                let weekly = next.next();
                s.moved_to.or(weekly)
            };
            out.push(date);
        }
        out
    }

    /// Adds a follow-up meeting after the last session (#19), [`FOLLOW_UP_WEEKS`] after it;
    /// `false` if the group has one already, has no sessions or is at [`MAX_SESSIONS`].
    pub fn add_follow_up(&mut self, ids: impl FnMut() -> Id) -> bool {
        if self.sessions.is_empty()
            || self.sessions.iter().any(|s| s.follow_up)
            || self.sessions.len() >= usize::from(MAX_SESSIONS)
        {
            return false;
        }
        self.sessions.push(super::session::follow_up_session(ids));
        self.session_count = self.sessions.len() as u16;
        true
    }

    /// Changes the number of sessions: new ones are added before the last (working stage); when
    /// reducing, only sessions with nothing planned are removed. Returns whether it changed.
    pub fn resize_sessions(&mut self, count: u16, mut ids: impl FnMut() -> Id) -> bool {
        let count = usize::from(count.min(MAX_SESSIONS));
        if self.sessions.is_empty() {
            self.sessions = default_sessions(count, ids);
            self.session_count = count as u16;
            return true;
        }
        // A follow-up meeting stays last, after the final session (#19).
        let tail = 1 + usize::from(self.sessions.last().is_some_and(|s| s.follow_up));
        while self.sessions.len() < count {
            let at = self
                .sessions
                .len()
                .saturating_sub(tail)
                .max(1)
                .min(self.sessions.len());
            self.sessions
                .insert(at, Session::empty(ids(), Stage::Working));
        }
        while self.sessions.len() > count.max(tail) {
            let Some(at) = self.sessions.len().checked_sub(tail + 1) else {
                break;
            };
            if !self.sessions[at].is_blank() || at == 0 {
                break;
            }
            self.sessions.remove(at);
        }
        let n = self.sessions.len();
        for (i, s) in self.sessions.iter_mut().enumerate() {
            if i == 0 || i + 1 == n {
                s.stage = default_stage(i, n);
            }
        }
        let changed = self.session_count as usize != n;
        self.session_count = n as u16;
        changed
    }

    /// The consent papers to print (#16): a parent's or guardian's letter with its permission
    /// slip for each member whose parental permission is still pending, a student assent form
    /// for each member whose own consent is; one blank set (no member) when nobody is waiting,
    /// so the counsellor can always print copies to hand out.
    pub fn consent_papers(&self) -> Vec<ConsentPaper<'_>> {
        use super::member::Consent;
        let waiting: Vec<ConsentPaper<'_>> = self
            .members
            .iter()
            .map(|m| ConsentPaper {
                member: Some(m),
                letter: m.parental_permission == Consent::Pending,
                assent: m.consent == Consent::Pending,
            })
            .filter(|p| p.letter || p.assent)
            .collect();
        if waiting.is_empty() {
            vec![ConsentPaper {
                member: None,
                letter: true,
                assent: true,
            }]
        } else {
            waiting
        }
    }

    /// Each member's id and code, in order (what attendance lists show).
    pub fn member_codes(&self) -> Vec<(Id, String)> {
        self.members
            .iter()
            .map(|m| (m.id.clone(), m.code.clone()))
            .collect()
    }

    /// Share of attendance marks that are "present", as a whole percentage.
    pub fn attendance_rate(&self) -> Option<u32> {
        super::member::attendance_rate(
            self.sessions
                .iter()
                .flat_map(|s| s.attendance.iter().map(|(_, a)| *a)),
        )
    }

    /// The same group under a new, validated name.
    pub fn renamed(&self, name: &str) -> Result<Self, GroupError> {
        let name = required_text(name, GROUP_NAME_MAX).map_err(GroupError::Name)?;
        Ok(Group {
            name,
            ..self.clone()
        })
    }
}

impl Keyed for Group {
    fn id(&self) -> &Id {
        &self.id
    }
    fn with_id(&self, id: Id) -> Self {
        Group { id, ..self.clone() }
    }
    /// Two windows' changes to one group become one group, not a second group beside it, when
    /// they touch different fields, sessions or members (review M7); results, shared notes,
    /// planned surveys and skipped dates from both sides are all kept. The same field, session
    /// or member changed differently on both sides keeps both versions whole.
    fn merge(base: &Self, mine: &Self, theirs: &Self) -> Option<Self> {
        use super::merge::{keyed3, set3, value3};
        if base.id != mine.id || mine.id != theirs.id {
            return None;
        }
        let (mut out, both) = theirs.merge_plan(base, mine);
        if both > 0 {
            return None;
        }
        out.sessions = keyed3(&base.sessions, &mine.sessions, &theirs.sessions, |s| &s.id)?;
        out.members = keyed3(&base.members, &mine.members, &theirs.members, |m| &m.id)?;
        out.kit_surveys = set3(&base.kit_surveys, &mine.kit_surveys, &theirs.kit_surveys);
        out.legacy_outcomes = set3(
            &base.legacy_outcomes,
            &mine.legacy_outcomes,
            &theirs.legacy_outcomes,
        );
        out.exit_tickets = value3(&base.exit_tickets, &mine.exit_tickets, &theirs.exit_tickets)?;
        out.legacy_exit = set3(&base.legacy_exit, &mine.legacy_exit, &theirs.legacy_exit);
        out.legacy_shared = set3(
            &base.legacy_shared,
            &mine.legacy_shared,
            &theirs.legacy_shared,
        );
        out.skipped = set3(&base.skipped, &mine.skipped, &theirs.skipped);
        out.skipped.sort_unstable();
        out.contributing = value3(&base.contributing, &mine.contributing, &theirs.contributing)?;
        out.implications = value3(&base.implications, &mine.implications, &theirs.implications)?;
        out.help = value3(&base.help, &mine.help, &theirs.help)?;
        out.help_replaces = value3(
            &base.help_replaces,
            &mine.help_replaces,
            &theirs.help_replaces,
        )?;
        out.follow_ups = set3(&base.follow_ups, &mine.follow_ups, &theirs.follow_ups);
        if let (Some(b), Some(m), Some(t)) = (
            &base.kit_recipients,
            &mine.kit_recipients,
            &theirs.kit_recipients,
        ) {
            out.kit_recipients = Some(set3(b, m, t));
        }
        Some(out)
    }
}

/// One member's consent papers, or a blank set (`member` is `None`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ConsentPaper<'a> {
    /// Whose papers: their code (and name, if the counsellor keeps one) goes on them.
    pub member: Option<&'a Member>,
    /// The parent's or guardian's letter and permission slip.
    pub letter: bool,
    /// The student's own assent form.
    pub assent: bool,
}

/// Groups in the order the counsellor sees them: newest first, then by name.
pub fn sort_for_display(groups: &mut [Group]) {
    groups.sort_unstable_by(|a, b| {
        b.created_on
            .cmp(&a.created_on)
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.id.cmp(&b.id))
    });
}

/// Whether `t` is a 24-hour `HH:MM` time.
pub fn valid_time(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() == 5
        && b[2] == b':'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit())
        && t[..2].parse::<u8>().is_ok_and(|h| h < 24)
        && t[3..].parse::<u8>().is_ok_and(|m| m < 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).expect("valid test date")
    }

    #[test]
    fn name_is_trimmed_and_required() {
        let g = Group::new(Id::from_raw("g1"), "  Study skills  ", day(1)).expect("valid");
        assert_eq!(g.name, "Study skills");
        assert_eq!(
            Group::new(Id::from_raw("g2"), " \t ", day(1)),
            Err(GroupError::Name(TextError::Empty))
        );
    }

    #[test]
    fn long_names_are_refused_counting_characters_not_bytes() {
        let persian = "گ".repeat(GROUP_NAME_MAX);
        assert!(Group::new(Id::from_raw("g"), &persian, day(1)).is_ok());
        let too_long = "گ".repeat(GROUP_NAME_MAX + 1);
        assert_eq!(
            Group::new(Id::from_raw("g"), &too_long, day(1)),
            Err(GroupError::Name(TextError::TooLong {
                max: GROUP_NAME_MAX,
                actual: GROUP_NAME_MAX + 1
            }))
        );
    }

    #[test]
    fn rename_keeps_identity() {
        let g = Group::new(Id::from_raw("g1"), "A", day(1)).expect("valid");
        let r = g.renamed("B").expect("valid");
        assert_eq!(
            (r.id, r.name, r.created_on),
            (g.id, "B".to_owned(), g.created_on)
        );
    }

    #[test]
    fn display_order_is_newest_first() {
        let mut gs = vec![
            Group::new(Id::from_raw("a"), "Old", day(1)).expect("valid"),
            Group::new(Id::from_raw("b"), "New", day(9)).expect("valid"),
        ];
        sort_for_display(&mut gs);
        assert_eq!(gs[0].name, "New");
    }

    fn ids() -> impl FnMut() -> Id {
        let mut n = 0;
        move || {
            n += 1;
            Id::from_raw(format!("x{n}"))
        }
    }

    #[test]
    fn plan_validation_separates_errors_from_advice() {
        let mut g = Group::new(Id::from_raw("g"), "Study skills", day(1)).expect("valid");
        assert!(
            g.check().is_empty(),
            "the defaults are a good plan: {:?}",
            g.check()
        );
        g.planned_size = 1;
        g.session_count = 0;
        g.session_minutes = 0;
        g.time = "25:00".into();
        let issues: Vec<PlanIssue> = g.check().into_iter().map(|(_, i)| i).collect();
        assert_eq!(
            issues,
            [
                PlanIssue::TooFewMembers,
                PlanIssue::NoSessions,
                PlanIssue::LengthOutOfRange,
                PlanIssue::BadTime
            ]
        );
        assert!(issues.iter().all(|i| i.blocks_saving()));
        g.planned_size = 12;
        g.session_count = 12;
        g.session_minutes = 45;
        g.time = "13:30".into();
        let issues: Vec<PlanIssue> = g.check().into_iter().map(|(_, i)| i).collect();
        assert_eq!(
            issues,
            [PlanIssue::LargeGroup, PlanIssue::SessionsOutsideAdvice]
        );
        assert!(issues.iter().all(|i| !i.blocks_saving()));
        g.planned_size = 3;
        assert_eq!(
            g.check()[0],
            (PlanField::PlannedSize, PlanIssue::SizeOutsideSchoolAdvice)
        );
        g.session_count = MAX_SESSIONS + 1;
        assert!(
            g.check()
                .contains(&(PlanField::SessionCount, PlanIssue::TooManySessions))
        );
    }

    #[test]
    fn times_are_24_hour() {
        for ok in ["00:00", "09:05", "23:59"] {
            assert!(valid_time(ok), "{ok}");
        }
        for bad in ["24:00", "9:05", "09:60", "0905", "ab:cd", "09:5x"] {
            assert!(!valid_time(bad), "{bad}");
        }
    }

    #[test]
    fn session_dates_follow_the_schedule_and_moves() {
        let mut g = Group::new(Id::from_raw("g"), "G", day(1))
            .expect("valid")
            .with_default_sessions(ids());
        assert_eq!(g.sessions.len(), 8);
        assert!(
            g.session_dates().iter().all(Option::is_none),
            "no schedule yet"
        );
        g.start_date = Some(day(26)); // Thursday
        g.weekday = Some(5); // Saturday
        g.skipped = vec![NaiveDate::from_ymd_opt(2026, 12, 5).expect("valid")];
        g.sessions[2].moved_to = Some(NaiveDate::from_ymd_opt(2026, 12, 23).expect("valid"));
        let dates = g.session_dates();
        let d = |m, dd| Some(NaiveDate::from_ymd_opt(2026, m, dd).expect("valid"));
        assert_eq!(&dates[..4], [d(11, 28), d(12, 12), d(12, 23), d(12, 26)]);
    }

    /// #19: a follow-up meeting comes four weeks after the last session, takes no weekly slot
    /// (skipped dates and moves of the weekly sessions carry it along), is added once, stays
    /// last when sessions are added, and is never removed as a blank session.
    #[test]
    fn a_follow_up_meeting_comes_four_weeks_after_the_last_session_and_stays_last() {
        let mut g = Group::new(Id::from_raw("g"), "G", day(1))
            .expect("valid")
            .with_default_sessions(ids());
        let mut next = ids();
        let mut fresh = move || Id::from_raw(format!("f{}", next().as_str()));
        g.start_date = Some(day(26)); // Thursday
        g.weekday = Some(5); // Saturday
        let d = |m, dd| Some(NaiveDate::from_ymd_opt(2027, m, dd).expect("valid"));
        assert_eq!(g.session_dates()[7], d(1, 16), "the eighth Saturday");
        assert!(g.add_follow_up(&mut fresh));
        assert!(!g.add_follow_up(&mut fresh), "once");
        assert_eq!((g.sessions.len(), g.session_count), (9, 9));
        let follow = g.sessions.last().expect("added");
        assert!(follow.follow_up && follow.stage == Stage::Final && !follow.is_blank());
        assert_eq!(
            g.session_dates()[8],
            d(2, 13),
            "four weeks after 16 January"
        );
        g.skipped = vec![NaiveDate::from_ymd_opt(2026, 12, 5).expect("valid")];
        assert_eq!(
            g.session_dates()[8],
            d(2, 20),
            "a skipped week moves it too"
        );
        assert!(g.resize_sessions(10, &mut fresh));
        assert!(g.sessions[9].follow_up, "still last");
        assert!(!g.sessions[8].follow_up && g.sessions[8].stage == Stage::Final);
        assert!(g.resize_sessions(2, &mut fresh));
        assert!(
            g.sessions.last().is_some_and(|s| s.follow_up),
            "never removed as blank"
        );
    }

    #[test]
    fn resizing_keeps_planned_sessions_and_the_final_one() {
        let mut g = Group::new(Id::from_raw("g"), "G", day(1))
            .expect("valid")
            .with_default_sessions(ids());
        let mut next = ids();
        let mut fresh = move || Id::from_raw(format!("n{}", next().as_str()));
        assert!(g.resize_sessions(10, &mut fresh));
        assert_eq!(g.sessions.len(), 10);
        assert_eq!(g.sessions[9].stage, Stage::Final);
        assert!(
            g.sessions[9]
                .blocks
                .iter()
                .any(|b| b.kind == crate::session::BlockKind::Closing)
        );
        // Planned content is never dropped: session 8 (index 7) is now working and empty, but
        // planning something in index 8 stops the shrink there.
        g.sessions[8].notes = "went well".into();
        g.resize_sessions(4, &mut fresh);
        assert_eq!(
            g.sessions.len(),
            10,
            "index 8 has notes, so nothing before it goes"
        );
        g.sessions[8].notes.clear();
        // Review M5: a prompt, a task or a moved date alone is content too.
        for (what, fill) in [
            (
                "prompt",
                (|s: &mut Session| s.prompt = "What helped?".into()) as fn(&mut Session),
            ),
            ("task", |s| s.task = "Try it once".into()),
            ("moved", |s| s.moved_to = Some(day(30))),
        ] {
            let mut h = g.clone();
            fill(&mut h.sessions[8]);
            h.resize_sessions(4, &mut fresh);
            assert_eq!(
                h.sessions.len(),
                10,
                "a session holding only its {what} was removed"
            );
        }
        g.resize_sessions(4, &mut fresh);
        assert_eq!(g.sessions.len(), 4);
        assert_eq!(g.session_count, 4);
        assert_eq!(
            (g.sessions[0].stage, g.sessions[3].stage),
            (Stage::Initial, Stage::Final)
        );
    }

    #[test]
    fn a_foundation_era_group_reads_with_plan_defaults() {
        let g: Group = serde_json::from_str(r#"{"id":"g","name":"Old","created_on":"2026-11-01"}"#)
            .expect("reads");
        assert_eq!(
            (g.planned_size, g.session_count, g.session_minutes),
            (6, 8, 45)
        );
        assert!(g.sessions.is_empty() && g.members.is_empty());
    }

    #[test]
    fn the_kit_replaces_irans_lines_only_with_lines_of_its_own() {
        let mut g = Group::new(Id::from_raw("g"), "Plan", day(1)).expect("valid");
        g.help_replaces = true;
        assert!(
            !g.kit("", |_| String::new(), |_| None).help_replaces,
            "no lines of its own: Iran's stay"
        );
        g.help = "Kabul helpline 119".into();
        let kit = g.kit("", |_| String::new(), |_| None);
        assert!(kit.help_replaces);
        let json = serde_json::to_string(&kit).expect("json");
        let back: Kit = serde_json::from_str(&json).expect("back");
        assert!(back.help_replaces && back.help == g.help);
        g.help_replaces = false;
        let json = serde_json::to_string(&g.kit("", |_| String::new(), |_| None)).expect("json");
        assert!(
            !json.contains("help_replaces"),
            "older apps read the kit as before"
        );
    }

    #[test]
    fn consent_papers_follow_each_members_status() {
        use crate::member::Consent::{Given, NotNeeded, Pending, Refused};
        let mut g = Group::new(Id::from_raw("g"), "Plan", day(1)).expect("valid");
        assert_eq!(
            g.consent_papers(),
            vec![ConsentPaper {
                member: None,
                letter: true,
                assent: true
            }],
            "no members: one blank set"
        );
        for (code, consent, parental) in [
            ("A1", Pending, Pending),
            ("B2", Given, Pending),
            ("C3", Pending, NotNeeded),
            ("D4", Given, Given),
            ("E5", Refused, Refused),
        ] {
            g.members.push(Member {
                id: Id::from_raw(code),
                code: code.into(),
                real_name: String::new(),
                consent,
                parental_permission: parental,
            });
        }
        let papers: Vec<(&str, bool, bool)> = g
            .consent_papers()
            .iter()
            .map(|p| (p.member.map_or("", |m| m.code.as_str()), p.letter, p.assent))
            .collect();
        assert_eq!(
            papers,
            [("A1", true, true), ("B2", true, false), ("C3", false, true)]
        );
        for m in &mut g.members {
            m.consent = Given;
            m.parental_permission = Given;
        }
        assert_eq!(
            g.consent_papers()[0].member,
            None,
            "all answered: blank copies"
        );
    }

    #[test]
    fn saving_a_plan_keeps_what_changed_elsewhere() {
        let opened = Group::new(Id::from_raw("g"), "Plan", day(1)).expect("valid");
        let mut stored = opened.clone();
        stored.members.push(Member {
            id: Id::from_raw("m1"),
            code: "M1".into(),
            real_name: String::new(),
            consent: Default::default(),
            parental_permission: Default::default(),
        });
        stored.skipped.push(day(20));
        let base = opened.clone();
        let mut form = opened;
        form.name = "Renamed".into();
        form.planned_size = 7;
        let (saved, both) = stored.merge_plan(&base, &form);
        assert_eq!((saved.name.as_str(), saved.planned_size), ("Renamed", 7));
        assert_eq!(saved.members.len(), 1);
        assert_eq!(saved.skipped, vec![day(20)]);
        assert_eq!(both, 0);
    }

    #[test]
    fn a_stale_form_writes_back_only_what_it_changed() {
        // Review #9: window A saves the room and ten sessions; window B, opened before, saves
        // the goals. The room and the ten sessions must survive B's save.
        let base = Group::new(Id::from_raw("g"), "Plan", day(1)).expect("valid");
        let mut stored = base.clone();
        stored.room = "Library".into();
        stored.session_count = 10;
        let mut form_b = base.clone();
        form_b.goals = "Calmer exams".into();
        let (saved, both) = stored.merge_plan(&base, &form_b);
        assert_eq!(saved.room, "Library");
        assert_eq!(
            saved.session_count, 10,
            "a stale form never shrinks the plan"
        );
        assert_eq!(saved.goals, "Calmer exams");
        assert_eq!(both, 0);
        // The cautions are a plan field like the goals: a form that changed them writes them.
        let mut form_d = base.clone();
        form_d.cautions = "No member with a loss in the last month".into();
        let (saved, both) = stored.merge_plan(&base, &form_d);
        assert_eq!(saved.cautions, form_d.cautions);
        assert_eq!((saved.room.as_str(), both), ("Library", 0));
        // The same field changed in both windows: both versions are kept and counted.
        let mut form_c = base.clone();
        form_c.room = "Room 12".into();
        let (saved, both) = stored.merge_plan(&base, &form_c);
        assert_eq!(saved.room, "Room 12 / Library");
        assert_eq!(both, 1);
    }
}
