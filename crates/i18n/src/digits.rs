//! Digits: Persian (U+06F0–U+06F9) for display in Persian, and back to ASCII for parsing.

use hamdel_domain::Locale;

/// The Persian decimal separator (U+066B), as in ۱۲٫۵.
const DECIMAL: char = '\u{066B}';

/// Rewrites the ASCII digits of `s` in the locale's digits, and in Persian a point between two
/// digits as the Persian decimal separator (۱۲٫۵); other characters pass through (a sentence's
/// full stop after a number stays a full stop).
pub fn localize_digits(s: &str, locale: Locale) -> String {
    match locale {
        Locale::En => s.to_owned(),
        Locale::Fa => {
            let chars: Vec<char> = s.chars().collect();
            chars
                .iter()
                .enumerate()
                .map(|(i, &c)| match c.to_digit(10) {
                    Some(d) if c.is_ascii_digit() => char::from_u32(0x06F0 + d).unwrap_or(c),
                    _ if c == '.'
                        && i > 0
                        && chars[i - 1].is_ascii_digit()
                        && chars.get(i + 1).is_some_and(char::is_ascii_digit) =>
                    {
                        DECIMAL
                    }
                    _ => c,
                })
                .collect()
        }
    }
}

/// A whole number in the locale's digits.
pub fn number(n: impl std::fmt::Display, locale: Locale) -> String {
    localize_digits(&n.to_string(), locale)
}

/// A percentage in the locale's digits and sign: "40%", "۴۰٪".
pub fn percent(n: impl std::fmt::Display, locale: Locale) -> String {
    let sign = match locale {
        Locale::Fa => '٪',
        Locale::En => '%',
    };
    format!("{}{sign}", number(n, locale))
}

/// Rewrites Persian (U+06F0–U+06F9) and Arabic-Indic (U+0660–U+0669) digits as ASCII, and the
/// Persian decimal separator as a point, so text a person typed in either script can be parsed.
pub fn to_ascii_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c as u32 {
            0x066B => '.',
            0x06F0..=0x06F9 => char::from_u32('0' as u32 + (c as u32 - 0x06F0)).unwrap_or(c),
            0x0660..=0x0669 => char::from_u32('0' as u32 + (c as u32 - 0x0660)).unwrap_or(c),
            _ => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn persian_digits_round_trip() {
        assert_eq!(localize_digits("1405/09/05", Locale::Fa), "۱۴۰۵/۰۹/۰۵");
        assert_eq!(localize_digits("1405/09/05", Locale::En), "1405/09/05");
        assert_eq!(to_ascii_digits("۱۴۰۵/۰۹/۰۵"), "1405/09/05");
        assert_eq!(to_ascii_digits("٣"), "3");
        assert_eq!(number(1234567890, Locale::Fa), "۱۲۳۴۵۶۷۸۹۰");
    }

    #[test]
    fn a_percentage_takes_the_locales_digits_and_sign() {
        assert_eq!(percent(40, Locale::Fa), "۴۰٪");
        assert_eq!(percent(40, Locale::En), "40%");
    }

    #[test]
    fn persian_decimals_and_times_use_persian_marks() {
        assert_eq!(number(12.5, Locale::Fa), "۱۲٫۵");
        assert_eq!(number(12.5, Locale::En), "12.5");
        assert_eq!(localize_digits("11:30", Locale::Fa), "۱۱:۳۰");
        // A full stop after a number is not a decimal point.
        assert_eq!(localize_digits("at most 5.", Locale::Fa), "at most ۵.");
        assert_eq!(to_ascii_digits("۱۲٫۵"), "12.5");
    }
}
