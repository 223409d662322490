//! Exit tickets (#18): after each session a member answers "how helpful was today" (0–10) and
//! one to three quick statements on the 4-point agreement scale (1–4, no middle). They travel
//! as [`Attempt`](super::survey::Attempt)s of the survey [`EXIT`] with the session's number,
//! in the member's share-back, and become [`ExitResult`]s of the group.
//!
//! Rules of the session-by-session series ([`series`]):
//! - a member's ticket for a session is their latest for it (codes compared as typed in any
//!   case, digits or spacing);
//! - a session's "helpful" is the mean over the members with a ticket for it, with its n;
//! - each statement's mean is over the tickets that answered it (a statement added to the
//!   session later is missing from earlier tickets, not counted as 0);
//! - sessions without a ticket are left out, not shown as 0.

use super::Id;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The survey id an exit ticket's attempt carries.
pub const EXIT: &str = "exit";
/// The highest "how helpful was today" answer.
pub const HELPFUL_MAX: u8 = 10;
/// The most quick statements a ticket has.
pub const MAX_ITEMS: usize = 3;
/// The agreement scale of the quick statements: 1 (strongly disagree) to 4 (strongly agree).
pub const AGREE: std::ops::RangeInclusive<u8> = 1..=4;

/// Whether `answers` are a ticket: "helpful" 0–10 first, then one to [`MAX_ITEMS`] statements,
/// each 1–4.
pub fn answers_fit(answers: &[u8]) -> bool {
    match answers.split_first() {
        Some((helpful, items)) => {
            *helpful <= HELPFUL_MAX
                && (1..=MAX_ITEMS).contains(&items.len())
                && items.iter().all(|a| AGREE.contains(a))
        }
        None => false,
    }
}

/// One member's exit ticket for one session, as the counsellor keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExitResult {
    /// The member's code.
    pub code: String,
    /// The session, 1-based.
    pub session: u16,
    /// The day it was answered.
    #[serde(with = "super::iso_date::serde_iso")]
    pub date: NaiveDate,
    /// "How helpful was today" (0–10), then each statement (1–4) in the session's order.
    pub answers: Vec<u8>,
    /// The share-back it came in.
    pub share: Id,
    /// The member's attempt it came from (shared again later, it counts once).
    pub attempt: Id,
}

/// One session's tickets together.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionTickets {
    /// The session, 1-based.
    pub session: u16,
    /// Members with a ticket for it.
    pub n: usize,
    /// Mean "how helpful was today", 0–10.
    pub helpful: f64,
    /// Each statement's mean (1–4) over the tickets that answered it.
    pub items: Vec<Option<f64>>,
}

/// The session-by-session series (rules in the module doc), in session order.
pub fn series(results: &[ExitResult]) -> Vec<SessionTickets> {
    let key = super::member::code_key;
    let mut sessions: Vec<u16> = results.iter().map(|r| r.session).collect();
    sessions.sort_unstable();
    sessions.dedup();
    sessions
        .into_iter()
        .filter_map(|n| {
            let mut latest: Vec<&ExitResult> = Vec::new();
            for r in results
                .iter()
                .filter(|r| r.session == n && answers_fit(&r.answers))
            {
                match latest.iter_mut().find(|l| key(&l.code) == key(&r.code)) {
                    Some(l) if l.date <= r.date => *l = r,
                    Some(_) => {}
                    None => latest.push(r),
                }
            }
            if latest.is_empty() {
                return None;
            }
            let count = latest.len();
            let helpful =
                latest.iter().map(|r| f64::from(r.answers[0])).sum::<f64>() / count as f64;
            let width = latest
                .iter()
                .map(|r| r.answers.len() - 1)
                .max()
                .unwrap_or(0);
            let items = (1..=width)
                .map(|i| {
                    let given: Vec<f64> = latest
                        .iter()
                        .filter_map(|r| r.answers.get(i).map(|a| f64::from(*a)))
                        .collect();
                    (!given.is_empty()).then(|| given.iter().sum::<f64>() / given.len() as f64)
                })
                .collect();
            Some(SessionTickets {
                session: n,
                n: count,
                helpful,
                items,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(code: &str, session: u16, day: u32, answers: &[u8]) -> ExitResult {
        ExitResult {
            code: code.into(),
            session,
            date: NaiveDate::from_ymd_opt(2026, 10, day).expect("valid"),
            answers: answers.to_vec(),
            share: Id::from_raw(format!("s-{code}-{session}-{day}")),
            attempt: Id::from_raw(format!("a-{code}-{session}-{day}")),
        }
    }

    #[test]
    fn answers_are_helpful_then_one_to_three_statements() {
        assert!(answers_fit(&[10, 4]) && answers_fit(&[0, 1, 2, 3]));
        assert!(!answers_fit(&[]) && !answers_fit(&[7]), "no statement");
        assert!(!answers_fit(&[11, 3]), "helpful past 10");
        assert!(
            !answers_fit(&[5, 0]) && !answers_fit(&[5, 5]),
            "off the 1–4 scale"
        );
        assert!(!answers_fit(&[5, 1, 1, 1, 1]), "four statements");
    }

    /// Worked by hand:
    /// - session 1: A [8, 3], B [6, 4] → helpful 7 (n 2), statement 3.5;
    /// - session 2: A first [2, 1] on day 8, then [9, 4, 2] on day 9 (the later counts), B [5, 3]
    ///   → helpful (9 + 5) / 2 = 7; statement 1 (4 + 3) / 2 = 3.5; statement 2 only A's: 2;
    /// - session 3: nobody; session 4: " a " (A, typed otherwise) [10, 4] → 10 (n 1); a ticket
    ///   off the scale [12, 4] is left out.
    #[test]
    fn the_series_is_each_members_latest_ticket_per_session_worked_by_hand() {
        let results = vec![
            t("A", 1, 1, &[8, 3]),
            t("B", 1, 1, &[6, 4]),
            t("A", 2, 8, &[2, 1]),
            t("A", 2, 9, &[9, 4, 2]),
            t("B", 2, 8, &[5, 3]),
            t(" a ", 4, 22, &[10, 4]),
            t("B", 4, 22, &[12, 4]),
        ];
        let s = series(&results);
        assert_eq!(
            s.iter().map(|x| (x.session, x.n)).collect::<Vec<_>>(),
            [(1, 2), (2, 2), (4, 1)]
        );
        assert_eq!((s[0].helpful, s[0].items.clone()), (7.0, vec![Some(3.5)]));
        assert_eq!(
            (s[1].helpful, s[1].items.clone()),
            (7.0, vec![Some(3.5), Some(2.0)])
        );
        assert_eq!((s[2].helpful, s[2].items.clone()), (10.0, vec![Some(4.0)]));
        assert!(series(&[]).is_empty());
    }
}
