//! A group at a glance (#17): its next session, how many were held, and what needs the
//! counsellor's attention (consents still to answer, a past session without attendance, survey
//! results still to come in). Worked out from the group and today's date; nothing is stored.

use super::Group;
use super::member::{Consent, code_key};
use super::outcome::Outcome;
use chrono::NaiveDate;

/// The session to prepare or run next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NextSession {
    /// Its index (0-based).
    pub index: usize,
    /// Its date, once the schedule is set.
    pub date: Option<NaiveDate>,
}

/// What the counsellor sees of a group on the groups list and on top of its page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// The next session: today's, or the first after today; without a schedule, the first
    /// without attendance. `None` once every session is past or held.
    pub next: Option<NextSession>,
    /// Sessions with attendance taken.
    pub held: usize,
    /// Sessions planned.
    pub total: usize,
    /// Members with their own consent or their parents' permission still to answer.
    pub consents_missing: usize,
    /// The latest session before today with no attendance taken (there are members).
    pub attendance_missing: Option<usize>,
    /// Results still to come in: for each survey planned at a moment whose date has come, the
    /// members with no result for it.
    pub results_waiting: usize,
}

impl Status {
    /// Whether anything needs attention.
    pub fn needs_attention(&self) -> bool {
        self.consents_missing > 0 || self.attendance_missing.is_some() || self.results_waiting > 0
    }
}

/// The group's status on `today`, with the results it has (`outcomes`, from its records).
pub fn status(group: &Group, outcomes: &[Outcome], today: NaiveDate) -> Status {
    let dates = group.session_dates();
    let taken = |i: usize| !group.sessions[i].attendance.is_empty();
    let dated = dates.iter().any(Option::is_some);
    let next = (0..group.sessions.len())
        .find(|&i| match dates[i] {
            Some(d) => d >= today && !(d == today && taken(i)),
            None => !dated && !taken(i),
        })
        .map(|index| NextSession {
            index,
            date: dates[index],
        });
    let attendance_missing = if group.members.is_empty() {
        None
    } else {
        (0..group.sessions.len())
            .rev()
            .find(|&i| dates[i].is_some_and(|d| d < today))
            .filter(|&i| !taken(i))
    };
    let consents_missing = group
        .members
        .iter()
        .filter(|m| m.consent == Consent::Pending || m.parental_permission == Consent::Pending)
        .count();
    let mut results_waiting = 0;
    let mut seen = Vec::new();
    for p in &group.kit_surveys {
        if seen.contains(&(&p.survey, p.moment)) {
            continue;
        }
        seen.push((&p.survey, p.moment));
        if group.moment_date(p.moment).is_none_or(|d| d > today) {
            continue;
        }
        results_waiting += group
            .members
            .iter()
            .filter(|m| {
                !outcomes.iter().any(|o| {
                    o.survey == p.survey
                        && o.moment == p.moment
                        && code_key(&o.code) == code_key(&m.code)
                })
            })
            .count();
    }
    Status {
        next,
        held: group.sessions_held(),
        total: group.sessions.len(),
        consents_missing,
        attendance_missing,
        results_waiting,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Id;
    use crate::group::PlannedSurvey;
    use crate::member::{Attendance, Member};
    use crate::outcome::{Outcome, Source};
    use crate::survey::Moment;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).expect("valid test date")
    }

    fn group() -> Group {
        let mut g = Group::new(Id::from_raw("g"), "Plan", day(1))
            .expect("valid")
            .with_default_sessions({
                let mut n = 0;
                move || {
                    n += 1;
                    Id::from_raw(format!("s{n}"))
                }
            });
        // Tuesdays from 3 November: 3, 10, 17, 24 November, 1, 8, 15, 22 December.
        g.start_date = Some(day(3));
        g.weekday = Some(1);
        for code in ["M1", "M2"] {
            g.members.push(Member {
                id: Id::from_raw(code),
                code: code.into(),
                real_name: String::new(),
                consent: Consent::Given,
                parental_permission: Consent::Given,
            });
        }
        g
    }

    #[test]
    fn the_next_session_is_todays_until_its_roll_is_taken() {
        let mut g = group();
        let s = status(&g, &[], day(10));
        assert_eq!(
            s.next,
            Some(NextSession {
                index: 1,
                date: Some(day(10))
            })
        );
        assert_eq!((s.held, s.total), (0, 8));
        assert_eq!(s.attendance_missing, Some(0), "3 November had no roll call");
        g.sessions[0].mark(&Id::from_raw("M1"), Some(Attendance::Present));
        g.sessions[1].mark(&Id::from_raw("M1"), Some(Attendance::Present));
        let s = status(&g, &[], day(10));
        assert_eq!(s.next.map(|n| n.index), Some(2), "today's is done");
        assert_eq!((s.held, s.attendance_missing), (2, None));
        let s = status(&g, &[], day(26));
        assert_eq!(s.next.map(|n| n.index), Some(4));
        assert_eq!(s.attendance_missing, Some(3), "the latest past session");
        assert!(
            status(&g, &[], NaiveDate::from_ymd_opt(2027, 1, 5).expect("valid"))
                .next
                .is_none()
        );
    }

    #[test]
    fn without_a_schedule_the_next_is_the_first_not_held() {
        let mut g = group();
        g.start_date = None;
        g.sessions[0].mark(&Id::from_raw("M1"), Some(Attendance::Absent));
        let s = status(&g, &[], day(10));
        assert_eq!(
            s.next,
            Some(NextSession {
                index: 1,
                date: None
            })
        );
        assert_eq!(s.attendance_missing, None);
    }

    #[test]
    fn consents_and_results_that_need_attention_are_counted() {
        let mut g = group();
        let mut results = Vec::new();
        assert!(!status(&g, &results, day(2)).needs_attention());
        g.members[0].parental_permission = Consent::Pending;
        g.members[1].consent = Consent::Pending;
        g.kit_surveys.push(PlannedSurvey {
            survey: Id::from_raw("who5"),
            moment: Moment::Pre,
        });
        g.kit_surveys.push(PlannedSurvey {
            survey: Id::from_raw("who5"),
            moment: Moment::Post,
        });
        let s = status(&g, &results, day(2));
        assert_eq!(
            (s.consents_missing, s.results_waiting),
            (2, 0),
            "before the first session"
        );
        results.push(Outcome {
            code: "m1".into(),
            survey: Id::from_raw("who5"),
            moment: Moment::Pre,
            date: day(3),
            answers: vec![3; 5],
            source: Source::Paper,
            attempt: None,
        });
        let s = status(&g, &results, day(3));
        assert_eq!(
            s.results_waiting, 1,
            "M2's pre result; M1's came in (codes compared loosely)"
        );
        assert!(s.needs_attention());
    }
}
