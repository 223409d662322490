//! Dates in the person's calendar: Jalali ⇄ Gregorian by the arithmetic 33-year leap rule
//! (the rule ICU's Persian calendar uses; `tests/calendar_oracle.rs` walks every day of
//! 1300–1500 SH both ways against ICU4X's `icu_calendar`), the range of dates Hamdel accepts,
//! and formatting with month and weekday names in either language.

use super::digits::localize_digits;
use chrono::{Datelike, NaiveDate, Weekday};
use hamdel_domain::dates::{self, DateProblem};
use hamdel_domain::{Calendar, Locale};

/// A date in the Jalali (Solar Hijri) calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct JalaliDate {
    /// Year, e.g. 1405.
    pub year: i32,
    /// Month 1–12 (1 = Farvardin).
    pub month: u8,
    /// Day of month 1–31.
    pub day: u8,
}

/// Days before each Jalali month in its year (six months of 31 days, five of 30, then 29/30).
const MONTH_START: [i64; 12] = [0, 31, 62, 93, 124, 155, 186, 216, 246, 276, 306, 336];

/// `num_days_from_ce` of 1 Farvardin of year 1 (Gregorian 622-03-22, proleptic).
const JALALI_EPOCH: i64 = 226_895;

/// Days from 1 Farvardin 1 to 1 Farvardin of `year`: 365 a year plus the leap days of the
/// 33-year cycle (a year is leap when `(25 × year + 11) mod 33 < 8`).
fn farvardin_first(year: i64) -> i64 {
    365 * (year - 1) + (8 * year + 21).div_euclid(33)
}

/// Whether the Jalali year has 366 days.
pub fn is_jalali_leap(year: i32) -> bool {
    (25 * i64::from(year) + 11).rem_euclid(33) < 8
}

/// Converts a Gregorian date to Jalali.
pub fn to_jalali(date: NaiveDate) -> JalaliDate {
    let days = i64::from(date.num_days_from_ce()) - JALALI_EPOCH;
    // The cycle's mean year is 12053/33 days; the estimate is off by at most one year.
    let mut year = 1 + (33 * days + 3).div_euclid(12_053);
    while farvardin_first(year) > days {
        year -= 1;
    }
    while farvardin_first(year + 1) <= days {
        year += 1;
    }
    let day_of_year = days - farvardin_first(year);
    let month = MONTH_START
        .iter()
        .rposition(|start| *start <= day_of_year)
        .unwrap_or(0);
    JalaliDate {
        year: year as i32,
        month: month as u8 + 1,
        day: (day_of_year - MONTH_START[month] + 1) as u8,
    }
}

/// The number of days in a Jalali month.
pub fn jalali_month_len(year: i32, month: u8) -> u8 {
    match month {
        1..=6 => 31,
        7..=11 => 30,
        12 if is_jalali_leap(year) => 30,
        12 => 29,
        _ => 0,
    }
}

/// Converts a Jalali date to Gregorian; `None` if no such Jalali day exists
/// (e.g. 30 Esfand in a common year) or it lies outside what chrono can hold.
pub fn from_jalali(date: JalaliDate) -> Option<NaiveDate> {
    if date.day == 0 || date.day > jalali_month_len(date.year, date.month) {
        return None;
    }
    let days = JALALI_EPOCH
        + farvardin_first(i64::from(date.year))
        + MONTH_START[usize::from(date.month) - 1]
        + i64::from(date.day)
        - 1;
    NaiveDate::from_num_days_from_ce_opt(i32::try_from(days).ok()?)
}

const JALALI_MONTHS_FA: [&str; 12] = [
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
];
const JALALI_MONTHS_EN: [&str; 12] = [
    "Farvardin",
    "Ordibehesht",
    "Khordad",
    "Tir",
    "Mordad",
    "Shahrivar",
    "Mehr",
    "Aban",
    "Azar",
    "Dey",
    "Bahman",
    "Esfand",
];
const GREGORIAN_MONTHS_FA: [&str; 12] = [
    "ژانویه",
    "فوریه",
    "مارس",
    "آوریل",
    "مه",
    "ژوئن",
    "ژوئیه",
    "اوت",
    "سپتامبر",
    "اکتبر",
    "نوامبر",
    "دسامبر",
];
const GREGORIAN_MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The month's name in the given calendar and language (`month` is 1–12).
pub fn month_name(calendar: Calendar, locale: Locale, month: u8) -> &'static str {
    let table = match (calendar, locale) {
        (Calendar::Jalali, Locale::Fa) => &JALALI_MONTHS_FA,
        (Calendar::Jalali, Locale::En) => &JALALI_MONTHS_EN,
        (Calendar::Gregorian, Locale::Fa) => &GREGORIAN_MONTHS_FA,
        (Calendar::Gregorian, Locale::En) => &GREGORIAN_MONTHS_EN,
    };
    table[usize::from(month.clamp(1, 12)) - 1]
}

/// The weekday's name in the language.
pub fn weekday_name(weekday: Weekday, locale: Locale) -> &'static str {
    match locale {
        Locale::Fa => match weekday {
            Weekday::Sat => "شنبه",
            Weekday::Sun => "یکشنبه",
            Weekday::Mon => "دوشنبه",
            Weekday::Tue => "سه‌شنبه",
            Weekday::Wed => "چهارشنبه",
            Weekday::Thu => "پنجشنبه",
            Weekday::Fri => "جمعه",
        },
        Locale::En => match weekday {
            Weekday::Mon => "Monday",
            Weekday::Tue => "Tuesday",
            Weekday::Wed => "Wednesday",
            Weekday::Thu => "Thursday",
            Weekday::Fri => "Friday",
            Weekday::Sat => "Saturday",
            Weekday::Sun => "Sunday",
        },
    }
}

/// One month of a calendar, as a month view draws it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthView {
    /// "Azar 1405" / "آذر ۱۴۰۵" / "November 2026".
    pub title: String,
    /// The first day of the month.
    pub first: NaiveDate,
    /// How many days it has.
    pub len: u8,
    /// Empty cells before the first day in its week (weeks start on Saturday in Persian, on
    /// Monday in English).
    pub lead: u8,
}

/// The first day of the week a person of this language expects.
pub fn week_start(locale: Locale) -> Weekday {
    match locale {
        Locale::Fa => Weekday::Sat,
        Locale::En => Weekday::Mon,
    }
}

/// A week's days in order, from [`week_start`].
pub fn week_days(locale: Locale) -> [Weekday; 7] {
    let mut d = week_start(locale);
    std::array::from_fn(|_| {
        let this = d;
        d = d.succ();
        this
    })
}

/// The weekday's one- or two-letter name for a month view's column heads.
pub fn weekday_short(weekday: Weekday, locale: Locale) -> &'static str {
    match locale {
        Locale::Fa => match weekday {
            Weekday::Sat => "ش",
            Weekday::Sun => "ی",
            Weekday::Mon => "د",
            Weekday::Tue => "س",
            Weekday::Wed => "چ",
            Weekday::Thu => "پ",
            Weekday::Fri => "ج",
        },
        Locale::En => match weekday {
            Weekday::Mon => "Mo",
            Weekday::Tue => "Tu",
            Weekday::Wed => "We",
            Weekday::Thu => "Th",
            Weekday::Fri => "Fr",
            Weekday::Sat => "Sa",
            Weekday::Sun => "Su",
        },
    }
}

/// The month of `day` in the calendar.
pub fn month_view(day: NaiveDate, calendar: Calendar, locale: Locale) -> MonthView {
    let (first, len, year, month) = match calendar {
        Calendar::Jalali => {
            let j = to_jalali(day);
            let first = from_jalali(JalaliDate { day: 1, ..j }).unwrap_or(day);
            (first, jalali_month_len(j.year, j.month), j.year, j.month)
        }
        Calendar::Gregorian => {
            let first = day.with_day(1).unwrap_or(day);
            let next = first
                .checked_add_months(chrono::Months::new(1))
                .unwrap_or(first);
            let len = (next - first).num_days() as u8;
            (first, len, day.year(), day.month() as u8)
        }
    };
    let start = week_start(locale).num_days_from_monday();
    let lead = (first.weekday().num_days_from_monday() + 7 - start) % 7;
    MonthView {
        title: localize_digits(
            &format!("{} {year}", month_name(calendar, locale, month)),
            locale,
        ),
        first,
        len,
        lead: lead as u8,
    }
}

/// A day in the month `months` away from the month of `day` (the first of that month).
pub fn shift_month(day: NaiveDate, calendar: Calendar, months: i32) -> NaiveDate {
    let first = month_view(day, calendar, Locale::En).first;
    match calendar {
        Calendar::Jalali => {
            let j = to_jalali(first);
            let index = j.year * 12 + i32::from(j.month) - 1 + months;
            from_jalali(JalaliDate {
                year: index.div_euclid(12),
                month: index.rem_euclid(12) as u8 + 1,
                day: 1,
            })
            .unwrap_or(first)
        }
        Calendar::Gregorian => {
            let m = chrono::Months::new(months.unsigned_abs());
            if months >= 0 {
                first.checked_add_months(m)
            } else {
                first.checked_sub_months(m)
            }
            .unwrap_or(first)
        }
    }
}

/// "5 Azar 1405" / "۵ آذر ۱۴۰۵" / "26 November 2026": day, month name, year.
pub fn format_date(date: NaiveDate, calendar: Calendar, locale: Locale) -> String {
    let (year, month, day) = match calendar {
        Calendar::Jalali => {
            let j = to_jalali(date);
            (j.year, j.month, u32::from(j.day))
        }
        Calendar::Gregorian => (date.year(), date.month() as u8, date.day()),
    };
    let text = format!("{day} {} {year}", month_name(calendar, locale, month));
    localize_digits(&text, locale)
}

/// The date with its weekday: "Wednesday 5 Azar 1405" / "چهارشنبه ۵ آذر ۱۴۰۵".
pub fn format_date_long(date: NaiveDate, calendar: Calendar, locale: Locale) -> String {
    format!(
        "{} {}",
        weekday_name(date.weekday(), locale),
        format_date(date, calendar, locale)
    )
}

/// The date as numbers in the calendar: `1405/09/05` (Jalali) or `2026-11-26` (Gregorian), in
/// the language's digits. This is also the format [`parse_numeric`] reads.
pub fn format_numeric(date: NaiveDate, calendar: Calendar, locale: Locale) -> String {
    let text = match calendar {
        Calendar::Jalali => {
            let j = to_jalali(date);
            format!("{:04}/{:02}/{:02}", j.year, j.month, j.day)
        }
        Calendar::Gregorian => format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day()),
    };
    localize_digits(&text, locale)
}

/// Reads a typed date in the calendar: year, month and day separated by `/`, `-` or `.`, in
/// Persian, Arabic-Indic or Latin digits (`۱۴۰۵/۹/۵`, `1405-09-05`, `2026/11/26`). `None` if it
/// is not a real day or lies outside [`dates::FIRST`]..=[`dates::LAST`].
pub fn parse_numeric(text: &str, calendar: Calendar) -> Option<NaiveDate> {
    read_numeric(text, calendar).ok()
}

/// [`parse_numeric`] with the reason a text is refused.
pub fn read_numeric(text: &str, calendar: Calendar) -> Result<NaiveDate, DateProblem> {
    let ascii = super::digits::to_ascii_digits(text.trim());
    let mut parts = ascii.split(['/', '-', '.']).map(str::trim);
    let mut number = || -> Result<i32, DateProblem> {
        let part = parts.next().ok_or(DateProblem::NotADate)?;
        if part.is_empty() || part.len() > 6 || !part.bytes().all(|b| b.is_ascii_digit()) {
            return Err(DateProblem::NotADate);
        }
        part.parse().map_err(|_| DateProblem::NotADate)
    };
    let (year, month, day) = (number()?, number()?, number()?);
    if parts.next().is_some() {
        return Err(DateProblem::NotADate);
    }
    let (Ok(month), Ok(day)) = (u8::try_from(month), u8::try_from(day)) else {
        return Err(DateProblem::NotADate);
    };
    let date = match calendar {
        Calendar::Jalali => {
            // 2026/11/26 typed in the Jalali calendar would be the year 2647: a Gregorian date.
            if year >= 1700 && dates::in_range_year(year) {
                return Err(DateProblem::LooksGregorian);
            }
            from_jalali(JalaliDate { year, month, day })
        }
        Calendar::Gregorian => NaiveDate::from_ymd_opt(year, u32::from(month), u32::from(day)),
    };
    let date = date.ok_or(if (1..=12).contains(&month) && (1..=31).contains(&day) {
        if year_in_calendar_range(year, calendar) {
            DateProblem::NotADate
        } else {
            DateProblem::OutOfRange
        }
    } else {
        DateProblem::NotADate
    })?;
    dates::check(date)?;
    Ok(date)
}

/// Whether any day of `year` (in the calendar) is inside the accepted range.
fn year_in_calendar_range(year: i32, calendar: Calendar) -> bool {
    let (first, last) = match calendar {
        Calendar::Jalali => (to_jalali(dates::FIRST).year, to_jalali(dates::LAST).year),
        Calendar::Gregorian => (dates::FIRST.year(), dates::LAST.year()),
    };
    (first..=last).contains(&year)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }
    fn j(year: i32, month: u8, day: u8) -> JalaliDate {
        JalaliDate { year, month, day }
    }

    #[test]
    fn known_dates_convert_both_ways() {
        let known = [
            (g(2024, 3, 20), j(1403, 1, 1)),   // Nowruz 1403
            (g(2025, 3, 20), j(1403, 12, 30)), // last day of leap year 1403
            (g(2025, 3, 21), j(1404, 1, 1)),   // Nowruz 1404
            (g(2026, 3, 21), j(1405, 1, 1)),   // Nowruz 1405
            (g(2026, 11, 26), j(1405, 9, 5)),
            (g(1979, 2, 11), j(1357, 11, 22)),
            (g(1970, 1, 1), j(1348, 10, 11)),
        ];
        for (greg, jal) in known {
            assert_eq!(to_jalali(greg), jal, "{greg}");
            assert_eq!(from_jalali(jal), Some(greg), "{jal:?}");
        }
    }

    #[test]
    fn impossible_jalali_days_are_refused() {
        assert_eq!(
            from_jalali(j(1404, 12, 30)),
            None,
            "1404 is not a leap year"
        );
        assert_eq!(from_jalali(j(1405, 7, 31)), None, "Mehr has 30 days");
        assert_eq!(from_jalali(j(1405, 13, 1)), None);
        assert_eq!(from_jalali(j(1405, 1, 0)), None);
    }

    #[test]
    fn every_accepted_day_round_trips() {
        let mut d = dates::FIRST;
        while d <= dates::LAST {
            assert_eq!(from_jalali(to_jalali(d)), Some(d));
            d = d.succ_opt().expect("valid");
        }
    }

    #[test]
    fn numeric_dates_round_trip_in_both_calendars_and_scripts() {
        let d = g(2026, 11, 26);
        assert_eq!(
            format_numeric(d, Calendar::Jalali, Locale::Fa),
            "۱۴۰۵/۰۹/۰۵"
        );
        assert_eq!(
            format_numeric(d, Calendar::Gregorian, Locale::En),
            "2026-11-26"
        );
        for typed in ["۱۴۰۵/۰۹/۰۵", "1405/9/5", "۱۴۰۵-۹-۵", " 1405.09.05 "] {
            assert_eq!(parse_numeric(typed, Calendar::Jalali), Some(d), "{typed}");
        }
        assert_eq!(parse_numeric("2026/11/26", Calendar::Gregorian), Some(d));
        assert_eq!(
            parse_numeric("1404/12/30", Calendar::Jalali),
            None,
            "not a leap year"
        );
        assert_eq!(
            parse_numeric("1403/12/30", Calendar::Jalali),
            Some(g(2025, 3, 20))
        );
        assert_eq!(parse_numeric("1405/09", Calendar::Jalali), None);
        assert_eq!(parse_numeric("1405/09/05/1", Calendar::Jalali), None);
        assert_eq!(parse_numeric("tomorrow", Calendar::Gregorian), None);
    }

    #[test]
    fn typed_dates_outside_the_range_or_in_the_wrong_calendar_are_named() {
        // H1: a five-digit year was accepted and then made the whole chunk unreadable.
        assert_eq!(
            read_numeric("20266-11-26", Calendar::Gregorian),
            Err(DateProblem::OutOfRange)
        );
        assert_eq!(
            read_numeric("1899-12-31", Calendar::Gregorian),
            Err(DateProblem::OutOfRange)
        );
        assert_eq!(
            read_numeric("1900-01-01", Calendar::Gregorian),
            Ok(dates::FIRST)
        );
        assert_eq!(
            read_numeric("۲۲۰۰/۱۲/۳۱", Calendar::Gregorian),
            Ok(dates::LAST)
        );
        // L3: 2026/11/26 in the Jalali calendar was read as Gregorian 2647.
        assert_eq!(
            read_numeric("2026/11/26", Calendar::Jalali),
            Err(DateProblem::LooksGregorian)
        );
        assert_eq!(
            read_numeric("۱۲۰۰/۰۱/۰۱", Calendar::Jalali),
            Err(DateProblem::OutOfRange)
        );
        assert_eq!(
            read_numeric("1405/07/31", Calendar::Jalali),
            Err(DateProblem::NotADate)
        );
        assert_eq!(
            read_numeric("99999999/1/1", Calendar::Gregorian),
            Err(DateProblem::NotADate)
        );
        assert_eq!(
            read_numeric("1405/1/300", Calendar::Jalali),
            Err(DateProblem::NotADate)
        );
    }

    #[test]
    fn formats_in_each_calendar_and_language() {
        let d = g(2026, 11, 26);
        assert_eq!(format_date(d, Calendar::Jalali, Locale::Fa), "۵ آذر ۱۴۰۵");
        assert_eq!(format_date(d, Calendar::Jalali, Locale::En), "5 Azar 1405");
        assert_eq!(
            format_date(d, Calendar::Gregorian, Locale::En),
            "26 November 2026"
        );
        assert_eq!(
            format_date(d, Calendar::Gregorian, Locale::Fa),
            "۲۶ نوامبر ۲۰۲۶"
        );
        assert_eq!(
            format_date_long(d, Calendar::Jalali, Locale::Fa),
            "پنجشنبه ۵ آذر ۱۴۰۵"
        );
        assert_eq!(
            format_date_long(d, Calendar::Gregorian, Locale::En),
            "Thursday 26 November 2026"
        );
        let nowruz = g(2026, 3, 21);
        assert_eq!(
            format_date(nowruz, Calendar::Jalali, Locale::Fa),
            "۱ فروردین ۱۴۰۵"
        );
    }

    #[test]
    fn a_month_view_starts_its_weeks_where_the_reader_expects() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).expect("valid");
        // 1 Azar 1405 is Sunday 22 November 2026: one empty cell (Saturday) in a Persian week.
        let azar = month_view(d(2026, 12, 2), Calendar::Jalali, Locale::Fa);
        assert_eq!((azar.first, azar.len, azar.lead), (d(2026, 11, 22), 30, 1));
        assert_eq!(azar.title, "آذر ۱۴۰۵");
        // In an English week (from Monday) the same Sunday has six before it.
        assert_eq!(
            month_view(d(2026, 11, 22), Calendar::Jalali, Locale::En).lead,
            6
        );
        let nov = month_view(d(2026, 11, 5), Calendar::Gregorian, Locale::En);
        // 1 November 2026 is a Sunday.
        assert_eq!(
            (nov.first, nov.len, nov.lead, nov.title.as_str()),
            (d(2026, 11, 1), 30, 6, "November 2026")
        );
        assert_eq!(
            month_view(d(2028, 2, 9), Calendar::Gregorian, Locale::En).len,
            29
        );
        // Esfand 1403 is leap (30 days); the month after it is Farvardin 1404.
        let esfand = from_jalali(JalaliDate {
            year: 1403,
            month: 12,
            day: 10,
        })
        .expect("valid");
        assert_eq!(month_view(esfand, Calendar::Jalali, Locale::Fa).len, 30);
        let next = shift_month(esfand, Calendar::Jalali, 1);
        assert_eq!(
            to_jalali(next),
            JalaliDate {
                year: 1404,
                month: 1,
                day: 1
            }
        );
        assert_eq!(
            to_jalali(shift_month(next, Calendar::Jalali, -13)),
            JalaliDate {
                year: 1402,
                month: 12,
                day: 1
            }
        );
        assert_eq!(
            shift_month(d(2026, 1, 31), Calendar::Gregorian, -1),
            d(2025, 12, 1)
        );
        assert_eq!(week_days(Locale::Fa)[0], Weekday::Sat);
        assert_eq!(week_days(Locale::En)[6], Weekday::Sun);
    }
}
