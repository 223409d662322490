//! Review #20: the Jalali conversion walks every day of 1300–1500 SH in both directions against
//! an independent oracle, ICU4X's Persian calendar (`icu_calendar`). `jelal` 0.6, used before,
//! refused every day of the leap years before 1348 SH (1300, 1304, 1309, …, 1346).

use chrono::{Datelike, NaiveDate};
use hamdel::i18n::{JalaliDate, from_jalali, to_jalali};
use icu_calendar::Date;
use icu_calendar::cal::{Iso, Persian};

fn icu_to_gregorian(year: i32, month: u8, day: u8) -> Option<NaiveDate> {
    let d = Date::try_new_persian(year, month, day).ok()?;
    // ICU clamps nothing here: a day the month lacks is an error, which `ok()` turns to None.
    let iso = d.to_calendar(Iso);
    NaiveDate::from_ymd_opt(
        iso.year().extended_year(),
        u32::from(iso.month().ordinal),
        u32::from(iso.day_of_month().0),
    )
}

#[test]
fn every_jalali_day_1300_to_1500_matches_icu_in_both_directions() {
    let mut days = 0usize;
    let mut leap_days = 0usize;
    for year in 1300..=1500 {
        for month in 1..=12u8 {
            for day in 1..=31u8 {
                let ours = from_jalali(JalaliDate { year, month, day });
                let icu = icu_to_gregorian(year, month, day)
                    // ICU4X may construct 30 Esfand of a common year by overflow; a round trip
                    // through ICU itself tells a real day from one it moved.
                    .filter(|g| {
                        let back = Date::try_new_iso(g.year(), g.month() as u8, g.day() as u8)
                            .expect("valid ISO date")
                            .to_calendar(Persian);
                        (
                            back.year().extended_year(),
                            back.month().ordinal,
                            back.day_of_month().0,
                        ) == (year, month, day)
                    });
                assert_eq!(ours, icu, "Jalali {year}/{month}/{day} → Gregorian");
                if let Some(g) = ours {
                    assert_eq!(
                        to_jalali(g),
                        JalaliDate { year, month, day },
                        "Gregorian {g} → Jalali"
                    );
                    days += 1;
                    if month == 12 && day == 30 {
                        leap_days += 1;
                    }
                }
            }
        }
    }
    // 201 years; the 33-year cycle has 8 leap years.
    assert!(days > 201 * 365, "{days} days checked");
    assert!((45..=50).contains(&leap_days), "{leap_days} leap years");
}

/// Gregorian → Jalali for every day of 1300–1500 SH (1921-03-21 to 2122-03-20), plus the years
/// before it down to 1900. From 1502 SH on, ICU4X 2 follows astronomical corrections where the
/// 33-year rule (ICU4C, and so every browser's `Intl`) differs; Hamdel keeps the browsers' rule.
#[test]
fn every_gregorian_day_1900_to_1500_sh_matches_icu() {
    let mut d = hamdel::domain::dates::FIRST;
    let last = from_jalali(JalaliDate {
        year: 1501,
        month: 1,
        day: 1,
    })
    .expect("valid");
    while d < last {
        let icu = Date::try_new_iso(d.year(), d.month() as u8, d.day() as u8)
            .expect("valid ISO date")
            .to_calendar(Persian);
        let ours = to_jalali(d);
        assert_eq!(
            (ours.year, ours.month, ours.day),
            (
                icu.year().extended_year(),
                icu.month().ordinal,
                icu.day_of_month().0
            ),
            "{d}"
        );
        d = d.succ_opt().expect("in range");
    }
}

#[test]
fn the_days_jelal_got_wrong_are_right_now() {
    // TOOLCHAIN.md checks: 1925-03-21 = 1304-01-01 and 1968-02-01 = 1346-11-12; 1346 is one of
    // the leap years jelal refused.
    let g = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("valid");
    let j = |year, month, day| JalaliDate { year, month, day };
    assert_eq!(from_jalali(j(1304, 1, 1)), Some(g(1925, 3, 21)));
    assert_eq!(from_jalali(j(1346, 11, 12)), Some(g(1968, 2, 1)));
    assert_eq!(from_jalali(j(1346, 12, 30)), Some(g(1968, 3, 20)));
    assert_eq!(from_jalali(j(1300, 12, 30)), Some(g(1922, 3, 21)));
}
