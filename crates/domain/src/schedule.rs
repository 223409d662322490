//! A group's meeting dates: one a week on a chosen weekday from a start date, skipping dates the
//! counsellor marks (holidays, exam weeks), with any single session moved by hand.

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// The dates of `count` weekly sessions on `weekday`, from the first such day on or after
/// `start`, leaving out every date in `skipped` (that week has no session; the rest move on).
pub fn weekly_dates(
    start: NaiveDate,
    weekday: Weekday,
    count: usize,
    skipped: &[NaiveDate],
) -> Vec<NaiveDate> {
    let ahead = (7 + weekday.num_days_from_monday() - start.weekday().num_days_from_monday()) % 7;
    let mut dates = Vec::with_capacity(count);
    // L1: checked, so a start date near the end of chrono's range ends the schedule, not the app.
    let Some(mut day) = start.checked_add_days(Days::new(u64::from(ahead))) else {
        return dates;
    };
    // Bounded: a year of skipped weeks would mean a mistake, not a schedule.
    let mut weeks_left = count + skipped.len() + 1;
    while dates.len() < count && weeks_left > 0 {
        if !skipped.contains(&day) {
            dates.push(day);
        }
        match day.checked_add_days(Days::new(7)) {
            Some(next) => day = next,
            None => break,
        }
        weeks_left -= 1;
    }
    dates
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    #[test]
    fn starts_on_the_first_matching_weekday() {
        // 2026-11-26 is a Thursday; the first Saturday is the 28th.
        let dates = weekly_dates(g(2026, 11, 26), Weekday::Sat, 3, &[]);
        assert_eq!(dates, [g(2026, 11, 28), g(2026, 12, 5), g(2026, 12, 12)]);
        // Starting on the weekday itself counts.
        assert_eq!(
            weekly_dates(g(2026, 11, 28), Weekday::Sat, 1, &[]),
            [g(2026, 11, 28)]
        );
    }

    #[test]
    fn skipped_dates_push_the_rest_a_week_on() {
        let dates = weekly_dates(g(2026, 11, 28), Weekday::Sat, 3, &[g(2026, 12, 5)]);
        assert_eq!(dates, [g(2026, 11, 28), g(2026, 12, 12), g(2026, 12, 19)]);
    }

    #[test]
    fn crosses_the_year_boundary() {
        let dates = weekly_dates(g(2026, 12, 20), Weekday::Mon, 3, &[]);
        assert_eq!(dates, [g(2026, 12, 21), g(2026, 12, 28), g(2027, 1, 4)]);
    }

    #[test]
    fn skips_the_nowruz_holidays_across_a_jalali_leap_year_end() {
        // Saturdays from 18 Esfand 1403 (2025-03-08) through the end of leap year 1403
        // (30 Esfand = 2025-03-20) into Farvardin 1404, skipping the two Nowruz weeks
        // (2 and 9 Farvardin 1404 = 2025-03-22 and 2025-03-29). The Jalali equivalents are
        // checked in i18n::calendar and in tests/planner.rs.
        let nowruz_weeks = [g(2025, 3, 22), g(2025, 3, 29)];
        let dates = weekly_dates(g(2025, 3, 8), Weekday::Sat, 4, &nowruz_weeks);
        assert_eq!(
            dates,
            [g(2025, 3, 8), g(2025, 3, 15), g(2025, 4, 5), g(2025, 4, 12)]
        );
    }

    #[test]
    fn a_start_at_the_end_of_time_ends_the_schedule_instead_of_panicking() {
        // L1: `NaiveDate + Days` panicked here.
        let dates = weekly_dates(NaiveDate::MAX, Weekday::Sat, 3, &[]);
        assert!(dates.len() <= 1, "{dates:?}");
    }

    #[test]
    fn zero_sessions_is_an_empty_schedule() {
        assert!(weekly_dates(g(2026, 1, 1), Weekday::Sun, 0, &[]).is_empty());
    }
}
