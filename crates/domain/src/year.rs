//! The school year at a glance (#18): a row per group run in a chosen year, and the year's
//! totals, for the program summary a counsellor reports.
//!
//! Rules:
//! - a group belongs to the year its first dated session falls in (`from ..= to`, both days
//!   counted); a group with no dated session belongs to no year;
//! - students served are the distinct member codes of a group (its members, and any code that
//!   sent a result without being on the list; codes compared as [`code_key`] compares them);
//!   the year's total adds the groups' counts, so a student in two groups counts twice, as a
//!   program summary counts participation;
//! - sessions held are sessions with attendance taken; the attendance rate is present marks
//!   over all marks, over the whole year's marks for the total (not a mean of rates);
//! - each group's outcome is the paired change of each survey it has results for
//!   ([`summarize`]), with its n.

use super::member::code_key;
use super::outcome::{GroupResults, Results, summarize};
use super::survey::Survey;
use super::{Focus, Group, Id};
use chrono::NaiveDate;

/// One survey's paired change in one group.
#[derive(Debug, Clone, PartialEq)]
pub struct YearOutcome {
    /// The survey.
    pub survey: Id,
    /// The paired change (post minus pre per member, averaged).
    pub change: Option<f64>,
    /// Members with both results.
    pub paired: usize,
}

/// One group's line in the year.
#[derive(Debug, Clone, PartialEq)]
pub struct YearRow {
    /// The group.
    pub group: Id,
    /// Its name.
    pub name: String,
    /// Its focus.
    pub focus: Focus,
    /// Its first dated session.
    pub first: NaiveDate,
    /// Distinct member codes.
    pub students: usize,
    /// Sessions with attendance taken.
    pub held: usize,
    /// Sessions planned.
    pub planned: usize,
    /// Present marks, and all marks.
    pub present: usize,
    /// All attendance marks.
    pub marks: usize,
    /// The paired change per survey with results.
    pub outcomes: Vec<YearOutcome>,
    /// The student standards its plan addresses (ASCA, as typed).
    pub standards: String,
    /// The achievement-related data its plan names.
    pub achievement: String,
    /// The report's contributing factors and limits.
    pub contributing: String,
}

impl YearRow {
    /// Whether its plan or report says anything of standards, achievement or contributing
    /// factors.
    pub fn has_words(&self) -> bool {
        !(self.standards.is_empty() && self.achievement.is_empty() && self.contributing.is_empty())
    }

    /// Present over all marks, a whole percentage.
    pub fn attendance_rate(&self) -> Option<u32> {
        rate(self.present, self.marks)
    }
}

fn rate(present: usize, marks: usize) -> Option<u32> {
    (marks > 0).then(|| ((present * 200 + marks) / (2 * marks)) as u32)
}

/// The year's groups and totals.
#[derive(Debug, Clone, PartialEq)]
pub struct YearSummary {
    /// The groups, by first session.
    pub rows: Vec<YearRow>,
}

impl YearSummary {
    /// Groups run.
    pub fn groups(&self) -> usize {
        self.rows.len()
    }
    /// Students served, added over the groups.
    pub fn students(&self) -> usize {
        self.rows.iter().map(|r| r.students).sum()
    }
    /// Sessions held in all.
    pub fn held(&self) -> usize {
        self.rows.iter().map(|r| r.held).sum()
    }
    /// The year's attendance rate over all its marks.
    pub fn attendance_rate(&self) -> Option<u32> {
        rate(
            self.rows.iter().map(|r| r.present).sum(),
            self.rows.iter().map(|r| r.marks).sum(),
        )
    }
}

/// The groups whose first dated session falls in `from ..= to`, each summarised with its
/// records among `results`; `instrument` finds a survey by id (the built-in ones).
pub fn year_summary<'a>(
    groups: &[Group],
    results: &[Results],
    from: NaiveDate,
    to: NaiveDate,
    instrument: impl Fn(&Id) -> Option<&'a Survey>,
) -> YearSummary {
    let mut rows: Vec<YearRow> = groups
        .iter()
        .filter_map(|g| {
            let first = g.session_dates().into_iter().flatten().min()?;
            (from <= first && first <= to).then_some((g, first))
        })
        .map(|(g, first)| {
            let r = GroupResults::of(&g.id, results);
            let mut codes: Vec<String> = g
                .members
                .iter()
                .map(|m| code_key(&m.code))
                .chain(r.outcomes.iter().map(|o| code_key(&o.code)))
                .collect();
            codes.sort_unstable();
            codes.dedup();
            let marks: Vec<_> = g
                .sessions
                .iter()
                .flat_map(|s| s.attendance.iter().map(|(_, a)| *a))
                .collect();
            let outcomes = r
                .surveys()
                .into_iter()
                .filter_map(&instrument)
                .map(|s| {
                    let sc = summarize(s, &r.outcomes).scale;
                    YearOutcome {
                        survey: s.id.clone(),
                        change: sc.change,
                        paired: sc.paired,
                    }
                })
                .collect();
            YearRow {
                group: g.id.clone(),
                name: g.name.clone(),
                focus: g.focus,
                first,
                students: codes.len(),
                held: g.sessions_held(),
                planned: g.sessions.len(),
                present: marks
                    .iter()
                    .filter(|a| **a == super::member::Attendance::Present)
                    .count(),
                marks: marks.len(),
                outcomes,
                standards: g.asca.standards.trim().to_owned(),
                achievement: g.asca.achievement_data.trim().to_owned(),
                contributing: g.contributing.trim().to_owned(),
            }
        })
        .collect();
    rows.sort_by(|a, b| (a.first, &a.name).cmp(&(b.first, &b.name)));
    YearSummary { rows }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::member::{Attendance, Member};
    use crate::outcome::{Outcome, Source};
    use crate::survey::{BiText, Moment, SurveyItem};

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid")
    }

    fn ids() -> impl FnMut() -> Id {
        let mut n = 0;
        move || {
            n += 1;
            Id::from_raw(format!("s{n}"))
        }
    }

    /// A group meeting on Saturdays from `start` (a Saturday), with members `codes`.
    fn group(id: &str, start: Option<NaiveDate>, codes: &[&str]) -> Group {
        let mut g = Group::new(Id::from_raw(id), id, date(2026, 9, 1))
            .expect("valid")
            .with_default_sessions(ids());
        g.start_date = start;
        g.weekday = Some(5);
        g.members = codes
            .iter()
            .map(|c| Member {
                id: Id::from_raw(format!("{id}-{c}")),
                code: (*c).into(),
                real_name: String::new(),
                consent: Default::default(),
                parental_permission: Default::default(),
            })
            .collect();
        g
    }

    fn who5() -> Survey {
        let text = |s: &str| BiText {
            en: s.into(),
            fa: s.into(),
        };
        Survey {
            id: Id::from_raw("who5"),
            scale_min: 0,
            options: (0..6).map(|n| text(&n.to_string())).collect(),
            items: ["w1", "w2", "w3", "w4", "w5"]
                .map(|i| SurveyItem {
                    en: i.into(),
                    fa: i.into(),
                    ..SurveyItem::new(Id::from_raw(i), Default::default())
                })
                .to_vec(),
            title: text("WHO-5"),
            instructions: text(""),
            attribution: text(""),
            translation: String::new(),
            version: 1,
        }
    }

    /// Worked by hand, the school year 1405 (1 Mehr 1405 = 2026-09-23 to 2027-09-22):
    /// - A from Saturday 2026-09-26, members M1–M3, and "m۴" who sent a result without being
    ///   on the list: 4 students; session 1 M1 and M2 present, M3 absent; session 2 M1 present,
    ///   M2 excused: 2 held, 3 present of 5 marks; WHO-5 M1 10 → 20: paired change +10, n 1
    ///   (m۴'s post alone is in no change).
    /// - B from Saturday 2027-02-06, M1 and M2 (other students, other group): 2 students, none
    ///   held, no marks.
    /// - C from Saturday 2027-10-02 belongs to the next year; D has no dates: in no year.
    ///
    /// The year: 2 groups, 6 students, 2 sessions held, attendance 3 / 5 = 60 %.
    #[test]
    fn a_hand_counted_school_year() {
        let mut a = group("A", Some(date(2026, 9, 26)), &["M1", "M2", "M3"]);
        let m = |g: &Group, i: usize| g.members[i].id.clone();
        let (m1, m2, m3) = (m(&a, 0), m(&a, 1), m(&a, 2));
        a.sessions[0].mark(&m1, Some(Attendance::Present));
        a.sessions[0].mark(&m2, Some(Attendance::Present));
        a.sessions[0].mark(&m3, Some(Attendance::Absent));
        a.sessions[1].mark(&m1, Some(Attendance::Present));
        a.sessions[1].mark(&m2, Some(Attendance::Excused));
        let result = |code: &str, moment, v: u8| Outcome {
            code: code.into(),
            survey: Id::from_raw("who5"),
            moment,
            date: date(2026, 10, 1),
            answers: vec![v; 5],
            source: Source::Paper,
            attempt: None,
        };
        let mut paper = Results::new(Id::from_raw("paper-a"), a.id.clone());
        paper.outcomes = vec![
            result("M1", Moment::Pre, 2),
            result("M1", Moment::Post, 4),
            result("m۴", Moment::Post, 3),
        ];
        a.asca.standards = "  B-SS 2: positive relationships \n".into();
        a.contributing = "Exams in week 6.".into();
        let b = group("B", Some(date(2027, 2, 6)), &["M1", "M2"]);
        let c = group("C", Some(date(2027, 10, 2)), &["M1"]);
        let d = group("D", None, &["M1"]);
        let survey = who5();
        let year = year_summary(
            &[b, d, c, a],
            &[paper],
            date(2026, 9, 23),
            date(2027, 9, 22),
            |id| (id == &survey.id).then_some(&survey),
        );
        let names: Vec<&str> = year.rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(
            names,
            ["A", "B"],
            "by first session; C and D in no such year"
        );
        let a = &year.rows[0];
        assert_eq!(a.first, date(2026, 9, 26));
        assert_eq!((a.students, a.held, a.planned), (4, 2, 8));
        assert_eq!((a.present, a.marks, a.attendance_rate()), (3, 5, Some(60)));
        assert_eq!(
            a.outcomes,
            [YearOutcome {
                survey: Id::from_raw("who5"),
                change: Some(10.0),
                paired: 1
            }]
        );
        // The categories in words: as typed, trimmed; a group with none has no words.
        assert_eq!(
            (
                a.standards.as_str(),
                a.achievement.as_str(),
                a.contributing.as_str()
            ),
            ("B-SS 2: positive relationships", "", "Exams in week 6.")
        );
        assert!(a.has_words());
        let b = &year.rows[1];
        assert!(!b.has_words());
        assert_eq!((b.students, b.held, b.attendance_rate()), (2, 0, None));
        assert!(b.outcomes.is_empty());
        assert_eq!(
            (
                year.groups(),
                year.students(),
                year.held(),
                year.attendance_rate()
            ),
            (2, 6, 2, Some(60))
        );
    }
}
