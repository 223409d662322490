//! A member's personal goals: small steps to tick off and a rating of progress each week.

use super::{Id, Keyed, TextError, iso_date, required_text};
use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// The longest goal or step text, in characters.
pub const GOAL_TEXT_MAX: usize = 300;

/// One small step towards a goal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoalStep {
    /// What to do.
    pub text: String,
    /// Done or not.
    #[serde(default)]
    pub done: bool,
}

/// How far along a goal felt in one week (0 = not started … 10 = reached).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct WeeklyRating {
    /// The Saturday the week starts on (the Iranian week).
    #[serde(with = "iso_date::serde_iso")]
    pub week: NaiveDate,
    /// 0–10.
    pub value: u8,
}

/// A personal goal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    /// Stable identity.
    pub id: Id,
    /// The goal, in the member's words.
    pub title: String,
    /// Small steps.
    #[serde(default)]
    pub steps: Vec<GoalStep>,
    /// Weekly ratings, oldest first.
    #[serde(default)]
    pub ratings: Vec<WeeklyRating>,
}

impl Keyed for Goal {
    fn id(&self) -> &Id {
        &self.id
    }
    fn with_id(&self, id: Id) -> Self {
        Goal { id, ..self.clone() }
    }
}

/// The Saturday on or before `day`: weeks start on Saturday, as in Iran.
pub fn week_of(day: NaiveDate) -> NaiveDate {
    let back = (day.weekday().num_days_from_monday() + 2) % 7; // Saturday → 0
    day - Days::new(u64::from(back))
}

impl Goal {
    /// A new goal with a validated title.
    pub fn new(id: Id, title: &str) -> Result<Goal, TextError> {
        Ok(Goal {
            id,
            title: required_text(title, GOAL_TEXT_MAX)?,
            steps: Vec::new(),
            ratings: Vec::new(),
        })
    }

    /// Adds a step with validated text.
    pub fn add_step(&mut self, text: &str) -> Result<(), TextError> {
        self.steps.push(GoalStep {
            text: required_text(text, GOAL_TEXT_MAX)?,
            done: false,
        });
        Ok(())
    }

    /// Rates the week containing `day` (0–10, clamped); rating a week again replaces it.
    pub fn rate(&mut self, day: NaiveDate, value: u8) {
        let week = week_of(day);
        let value = value.min(10);
        match self.ratings.iter_mut().find(|r| r.week == week) {
            Some(r) => r.value = value,
            None => {
                self.ratings.push(WeeklyRating { week, value });
                self.ratings.sort_by_key(|r| r.week);
            }
        }
    }

    /// The rating of the week containing `day`, if any.
    pub fn rating_for(&self, day: NaiveDate) -> Option<u8> {
        let week = week_of(day);
        self.ratings
            .iter()
            .find(|r| r.week == week)
            .map(|r| r.value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).expect("valid")
    }

    #[test]
    fn weeks_start_on_saturday() {
        assert_eq!(week_of(d(11, 28)), d(11, 28), "a Saturday is its own week");
        assert_eq!(
            week_of(d(11, 26)),
            d(11, 21),
            "Thursday belongs to the previous Saturday"
        );
        assert_eq!(week_of(d(11, 27)), d(11, 21), "Friday ends the week");
    }

    #[test]
    fn rating_a_week_again_replaces_it() {
        let mut g = Goal::new(Id::from_raw("g"), " Sleep before 11 ").expect("valid");
        assert_eq!(g.title, "Sleep before 11");
        g.rate(d(11, 26), 4);
        g.rate(d(11, 27), 6);
        g.rate(d(11, 14), 12);
        assert_eq!(
            g.ratings
                .iter()
                .map(|r| (r.week, r.value))
                .collect::<Vec<_>>(),
            [(d(11, 14), 10), (d(11, 21), 6)]
        );
        assert_eq!(g.rating_for(d(11, 22)), Some(6));
        assert!(g.add_step("  ").is_err());
        g.add_step("Phone out of the room").expect("valid");
        assert_eq!(g.steps.len(), 1);
    }
}
