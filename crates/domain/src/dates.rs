//! The dates Hamdel accepts: one plausible range for every date a person can type or a file can
//! carry (1900-01-01 to 2200-12-31 Gregorian; 1278-10-11 to 1579-10-10 in the Jalali calendar).
//!
//! Checked where text becomes a date (`i18n::calendar::read_numeric`) and again in the domain
//! (journal entries, plans, imported records), so a year such as 20266 can never be stored: the
//! storage format writes four-digit years only.

use chrono::{Datelike, NaiveDate};

/// The first date accepted.
pub const FIRST: NaiveDate = NaiveDate::from_ymd_opt(1900, 1, 1).expect("invariant: valid date");
/// The last date accepted.
pub const LAST: NaiveDate = NaiveDate::from_ymd_opt(2200, 12, 31).expect("invariant: valid date");

/// Why a typed date is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateProblem {
    /// Not a day of the calendar (wrong form, 31 Mehr, 30 Esfand in a common year).
    NotADate,
    /// A real day, but outside [`FIRST`]..=[`LAST`].
    OutOfRange,
    /// A Gregorian-looking year (2026/11/26) typed while the Jalali calendar is in use.
    LooksGregorian,
}

impl std::fmt::Display for DateProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            DateProblem::NotADate => "not a date of this calendar",
            DateProblem::OutOfRange => "outside the dates Hamdel accepts (1900–2200)",
            DateProblem::LooksGregorian => "a Gregorian year typed in the Jalali calendar",
        })
    }
}

impl std::error::Error for DateProblem {}

/// Whether `date` is inside the accepted range.
pub fn in_range(date: NaiveDate) -> bool {
    (FIRST..=LAST).contains(&date)
}

/// Whether some day of the Gregorian `year` is accepted.
pub fn in_range_year(year: i32) -> bool {
    (FIRST.year()..=LAST.year()).contains(&year)
}

/// `Ok` for an accepted date.
pub fn check(date: NaiveDate) -> Result<(), DateProblem> {
    if in_range(date) {
        Ok(())
    } else {
        Err(DateProblem::OutOfRange)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_range_is_inclusive_and_four_digit() {
        assert!(in_range(FIRST) && in_range(LAST));
        assert!(!in_range(FIRST.pred_opt().expect("valid")));
        assert!(!in_range(LAST.succ_opt().expect("valid")));
        // H1: a five-digit year must never reach storage, which writes four digits.
        assert_eq!(
            check(NaiveDate::from_ymd_opt(20266, 11, 26).expect("valid")),
            Err(DateProblem::OutOfRange)
        );
    }
}
